"""The documents of one stored plan version, with what the werkmap knows beside it."""

from __future__ import annotations

from pathlib import Path
from typing import TypedDict

from interview.model import Plan
from interview.model.vaststelling import Vastlegging
from interview.store import Werkmap


def maak_documenten_van(werkmap: Werkmap, plan: Plan, uitvoer: Path, sjablonen: Path | None = None
                        ) -> list[Path]:
    """Render `plan`'s documents into `uitvoer` (the dossier's output folder); return their paths.

    The previous version (for "Wijzigingen ten opzichte van versie N") and the signatures and
    receipts (vaststellen, verstuurd) are read here, so the renderer reads no store. The documents
    take the fast path, whose prepared templates the disk cache keeps between runs (issue 11); it
    falls back to the normal path, and its Dutch errors, by itself. The set is written by
    interview.versieset, which keeps an older set of this version that was signed or sent.
    """
    from interview.render import snel  # docxtpl: only where documents are made
    from interview.versieset import schrijf_versieset

    documenten = snel.maak_documenten(plan, sjablonen, **naast_het_plan(werkmap, plan))
    return schrijf_versieset(plan, documenten, uitvoer, werkmap).documenten


class NaastHetPlan(TypedDict):
    """What a render of a stored version needs beside the plan itself."""

    vorige: Plan | None
    vastlegging: Vastlegging


def naast_het_plan(werkmap: Werkmap, plan: Plan) -> NaastHetPlan:
    """The previous version and the dossier's signatures and receipts, as the renderer takes them.

    One place for `vplan documenten` and `vplan opnieuw`, so both render a version alike.
    """
    kenmerk = plan.dossier.kenmerk
    vorige = werkmap.lees_plan(kenmerk, plan.versie - 1) if plan.versie > 1 else None
    return NaastHetPlan(vorige=vorige, vastlegging=Vastlegging(tuple(werkmap.handtekeningen(kenmerk)),
                                                               tuple(werkmap.ontvangsten(kenmerk))))
