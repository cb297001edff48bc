"""What the three doors to a next plan version share: the newest version, its journal, storing N+1.

`vplan evaluatie`, `vplan incident` and `vplan corrigeer` each ask their own questions (a `Deur`);
the rest is the frame's walk (interview.stappen.frame) under the dossier lock: read the newest
version, run the session until the change engine (`interview.wijzig`) accepts the answers, check
the templates, store version N+1.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from babel.dates import format_date
from pydantic import ValidationError

from interview.conduct import Resultaat, Vraagcontext, Vragenlijst
from interview.fouten import AlVerwerkt, DossierNietGevonden, OngeldigeInvoer
from interview.model import Aanleiding, Plan
from interview.stappen.frame import UIT_BESTAND, Stapcontext, Stapsessie, bewaar_versie, loop
from interview.stappen.gedeeld import Antwoordfout
from interview.store import Werkmap
from interview.versiestap import Herkomst, antwoordhash, herkomst_van
from interview.versieverschil import Verandering, wijzigingen_tussen
from interview.wijzig import Wijzigingen, volgende_versie


@dataclass(frozen=True)
class Herziening:
    """Version N+1 as made from version N, and what changed between them (by stable number)."""

    vorige: Plan
    plan: Plan
    veranderingen: list[Verandering]
    documenten: list[Path] = field(default_factory=list)
    """The documents as written, before the lock was released (none without an output folder)."""


@dataclass(frozen=True)
class Deur:
    """One door: its questionnaire and choice lists, and how its answers become version N+1.

    `soort` names its journals (`<soort>-v<N>-NNN.jsonl`, one series per version it starts
    from); `vul_voor` writes a new journal's first answers (corrigeer: the version's own values).
    """

    soort: str
    vragenlijst: Vragenlijst
    context: Vraagcontext
    maak: Callable[[Resultaat], Herziening]
    controles: Mapping[str, Callable[[Any], str | None]] = field(default_factory=dict)
    vul_voor: Callable[[Path], None] | None = None


def herzie(stap: Stapcontext, kenmerk: str, deur_bij: Callable[[Plan], Deur]) -> Herziening:
    """Run the door that `deur_bij` makes for the newest version and store version N+1.

    A keyboard session that was interrupted continues from its journal (also one closed just
    before the version was stored); an answers-file run uses a journal of its own (see frame).
    """
    stap.werkmap.lees_dossier(kenmerk)  # an unknown kenmerk is reported before a missing terminal
    return loop(stap, stap.werkmap.slot(kenmerk), lambda prompter: _sessie(stap, kenmerk, deur_bij))


def _sessie(stap: Stapcontext, kenmerk: str, deur_bij: Callable[[Plan], Deur]
            ) -> Stapsessie[Herziening, Herziening]:
    vorige = nieuwste_plan(stap.werkmap, kenmerk)
    deur = deur_bij(vorige)
    _niet_nog_eens(stap, vorige, deur.soort)
    journalen = stap.werkmap.journalen(kenmerk)
    soort = f"{deur.soort}-v{vorige.versie}"
    eerder = [] if stap.antwoorden is not None else journalen.genummerd(soort)
    if not eerder and stap.antwoorden is None:
        _zojuist_bewaard(stap, vorige, deur.soort)
    return Stapsessie(
        vragenlijst=deur.vragenlijst, antwoorden=stap.antwoorden,
        maak=lambda resultaat: _door_de_motor(deur.maak, resultaat),
        bewaar=lambda herziening, _: replace(
            herziening, documenten=bewaar_versie(stap, herziening.plan, deur.soort)),
        journalen=journalen, soort=soort if stap.antwoorden is None else f"{UIT_BESTAND}{soort}",
        verder=eerder[-1] if eerder else None, achtergelaten=stap.antwoorden is not None,
        kop=f"Met deze antwoorden klopt versie {vorige.versie + 1} nog niet",
        opties={"context": deur.context, "controles": deur.controles}, vul_voor=deur.vul_voor,
    )


def _niet_nog_eens(stap: Stapcontext, vorige: Plan, deur: str) -> None:
    """The answers file that made the newest version, given again to the same door, makes no
    duplicate version (a retry after a kill or a full disk): AlVerwerkt, nothing changed."""
    if stap.antwoorden is None:
        return
    herkomst = herkomst_van(stap.werkmap, vorige.dossier.kenmerk, vorige.versie)
    if herkomst == Herkomst(deur, antwoordhash(stap.antwoorden)):
        raise AlVerwerkt(f"Deze antwoorden zijn al verwerkt in planversie {vorige.versie} "
                         f"({vorige.aanleiding.omschrijving or vorige.aanleiding.soort}). Er is niets "
                         "veranderd.")


def _zojuist_bewaard(stap: Stapcontext, vorige: Plan, deur: str) -> None:
    """At the keyboard, a door that starts afresh right after it stored a version (today) says so:
    the worker who thinks the last run failed sees that it did not."""
    bewaard = stap.werkmap.bewaard_op(vorige.dossier.kenmerk, vorige.versie).date()
    if vorige.aanleiding.soort == deur and bewaard == dt.date.today():
        stap.meld(f"Planversie {vorige.versie} ({vorige.aanleiding.omschrijving or vorige.aanleiding.soort}) "
                  f"is vandaag al vastgelegd met deze opdracht. Wat u nu invult, wordt planversie "
                  f"{vorige.versie + 1}; stop met Ctrl-C als dat niet de bedoeling is.")


def nieuwste_plan(werkmap: Werkmap, kenmerk: str) -> Plan:
    """The newest plan version; a dossier without one gets a Dutch line saying how to make it."""
    if not werkmap.versies(kenmerk):
        raise DossierNietGevonden(
            f"Dossier {kenmerk} heeft nog geen plan. Maak eerst planversie 1 met: "
            f"vplan netwerkberaad {kenmerk}")
    return werkmap.lees_plan(kenmerk)


def _door_de_motor(maak: Callable[[Resultaat], Herziening], resultaat: Resultaat) -> Herziening:
    """The engine's refusal as an answer that does not hold, so the worker can change it."""
    try:
        return maak(resultaat)
    except OngeldigeInvoer as fout:
        if isinstance(fout.__cause__, ValidationError):
            raise fout.__cause__ from None
        raise Antwoordfout([("wijzigingen", fout.bericht)]) from fout


def maak_herziening(vorige: Plan, wijzigingen: Wijzigingen, aanleiding: Aanleiding,
                    datum: dt.date) -> Herziening:
    """Version N+1 through the change engine. Without a toelichting of the worker's own, the
    version's `wijzigingen` list says in words what the engine changed."""
    plan = volgende_versie(vorige, wijzigingen, aanleiding, datum)
    veranderingen = wijzigingen_tussen(vorige, plan)
    if not wijzigingen.toelichting:
        woorden = beschrijf(veranderingen) or ["Geen wijzigingen."]
        zelf = wijzigingen.model_copy(update={"toelichting": woorden})
        plan = volgende_versie(vorige, zelf, aanleiding, datum)
    return Herziening(vorige, plan, veranderingen)


def beschrijf(veranderingen: list[Verandering]) -> list[str]:
    """One Dutch line per change: 'A3 gewijzigd (wanneer)', 'A2 verplaatst: veiligheidsplan → ...'."""
    regels = []
    for verandering in veranderingen:
        wat = verandering.id or _in_woorden(verandering.onderdeel)
        regel = f"{wat} {verandering.soort}"
        if verandering.soort == "verplaatst":
            regel += f": {verandering.van} → {verandering.naar}"
        elif verandering.velden:
            regel += f" ({', '.join(verandering.velden)})"
        regels.append(regel)
    return regels


def _in_woorden(onderdeel: str) -> str:
    """A model path as a reader says it: 'evaluatie.volgende_datum' -> 'volgende datum (evaluatie)'."""
    deel, _, binnen = onderdeel.rpartition(".")
    woorden = binnen.replace("_", " ")
    return f"{woorden} ({deel.replace('_', ' ')})" if deel else woorden


def lange_datum(datum: dt.date) -> str:
    """'20 december 2026', as the documents write dates."""
    return str(format_date(datum, format="long", locale="nl_NL"))


def lopend(plan: Plan) -> list[Any]:
    """Every numbered item that has not ended (zorgen, doelen, bodemeisen, afspraken), in document order."""
    vp, op = plan.veiligheidsplan, plan.ondersteuningsplan
    items: list[Any] = [*vp.zorgen, *vp.veiligheidsdoelen, *vp.bodemeisen, *vp.afspraken, *op.doelen,
                        *op.afspraken]
    return [item for item in items if item.beeindigd is None]
