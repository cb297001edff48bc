"""The documents of a stored plan version, with what the werkmap knows beside it; a stopped run finished."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from interview.fouten import DossierBezet, VplanFout, schijffout
from interview.model import Plan
from interview.model.vaststelling import Vastlegging
from interview.store import Werkmap
from interview.versiestap import onaf_van

if TYPE_CHECKING:
    from interview.versieset import Geschreven


def maak_documenten_van(werkmap: Werkmap, plan: Plan, uitvoer: Path, sjablonen: Path | None = None
                        ) -> Geschreven:
    """Render `plan`'s documents into `uitvoer` (the dossier's output folder); return what was written.

    The previous version (for "Wijzigingen ten opzichte van versie N") and the signatures and
    receipts (vaststellen, verstuurd) are read here, so the renderer reads no store. The documents
    take the fast path, whose prepared templates the disk cache keeps between runs (issue 11); it
    falls back to the normal path, and its Dutch errors, by itself. The set is written by
    interview.versieset, which keeps an older set of this version that was given out or edited by
    hand. The output lock is held from before rendering: a second command for this dossier is
    refused (DossierBezet) rather than both writing.
    """
    from interview.render import snel  # docxtpl: only where documents are made
    from interview.versieset import schrijf_versieset, uitvoerslot

    with uitvoerslot(uitvoer, plan.dossier.kenmerk):
        documenten = snel.maak_documenten(plan, sjablonen, **naast_het_plan(werkmap, plan))
        return schrijf_versieset(plan, documenten, uitvoer, werkmap)


class NaastHetPlan(TypedDict):
    """What a render of a stored version needs beside the plan itself."""

    vorige: Plan | None
    vastlegging: Vastlegging
    eerdere: tuple[Plan, ...]


def naast_het_plan(werkmap: Werkmap, plan: Plan) -> NaastHetPlan:
    """The earlier versions and the dossier's signatures and receipts, as the renderer takes them.

    One place for `vplan documenten` and `vplan opnieuw`, so both render a version alike.
    """
    kenmerk = plan.dossier.kenmerk
    eerdere = tuple(werkmap.lees_plan(kenmerk, versie) for versie in werkmap.versies(kenmerk)
                    if versie < plan.versie)
    vorige = eerdere[-1] if eerdere and eerdere[-1].versie == plan.versie - 1 else None
    return NaastHetPlan(vorige=vorige, vastlegging=Vastlegging(tuple(werkmap.handtekeningen(kenmerk)),
                                                               tuple(werkmap.ontvangsten(kenmerk))),
                        eerdere=eerdere)


def maak_af(werkmap: Werkmap, kenmerk: str, meld: Callable[[str], None]) -> None:
    """Write the documents of every stored version a stopped run left without them (a kill or a
    full disk between storing the version and writing its documents, see interview.versiestap),
    where that run would have written them; each finished version is told in one Dutch line
    (`meld`). Called by every command that opens the dossier, before it does its own work.

    Never stops the command: a dossier that cannot be read is the command's to report, a dossier
    in use is finished by a later command, and a failure is told and tried again next time.
    """
    try:
        if not werkmap.bestaat(kenmerk) or not onaf_van(werkmap, kenmerk):
            return
    except VplanFout:
        return  # a wrong kenmerk or an unreadable dossier: the command itself says so, once
    try:
        with werkmap.slot(kenmerk):
            for onaf in onaf_van(werkmap, kenmerk, opruimen=True):
                plan = werkmap.lees_plan(kenmerk, onaf.versie)
                geschreven = maak_documenten_van(werkmap, plan, onaf.uitvoer, onaf.sjablonen)
                map_ = geschreven.documenten[0].parent if geschreven.documenten else onaf.uitvoer
                if geschreven.melding:
                    meld(geschreven.melding)
                meld(f"Planversie {onaf.versie} van dossier {kenmerk} had nog geen documenten (de opdracht "
                     f"die haar vastlegde, is onderbroken); ze zijn nu gemaakt in {map_}.")
    except DossierBezet:
        return
    except (VplanFout, OSError) as fout:
        reden = fout.bericht if isinstance(fout, VplanFout) else schijffout(fout, "").bericht.strip()
        meld(f"De ontbrekende documenten van dossier {kenmerk} zijn nog niet gemaakt: {reden} "
                  "De volgende opdracht voor dit dossier probeert het opnieuw.")
