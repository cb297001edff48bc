"""`vplan verstuurd`: record who received which plan version, and say who has not yet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from interview.fouten import OngeldigeInvoer
from interview.merge.standaarden import standaard_ontvangst
from interview.model import Plan
from interview.model.plan import Documentsoort
from interview.model.types import Verspreidingsvorm
from interview.model.vaststelling import Ontvangst, nog_niet_ontvangen, ontvangt_niet
from interview.stappen.personen import vind_persoon
from interview.store import Werkmap

STANDAARDVORM: Verspreidingsvorm = "digitaal"
"""How a version went out when neither the command nor the verspreidingslijst says."""


@dataclass(frozen=True)
class Verzending:
    """A receipt just recorded, and whether its recipient is on that version's verspreidingslijst."""

    ontvangst: Ontvangst
    op_de_lijst: bool


def registreer_ontvangst(
    werkmap: Werkmap,
    kenmerk: str,
    aan: str,
    datum: dt.date | None = None,
    vorm: Verspreidingsvorm | None = None,
    versie: int | None = None,
    uitgelegd_door: str = "",
) -> Verzending:
    """Append that `aan` (a name as typed, matched like `--met`) received a version.

    The version defaults to the newest, the date to today, the form to the one the
    verspreidingslijst names for this person (else `STANDAARDVORM`), the documents handed over to
    the ones it names (else what such a recipient gets by default). `uitgelegd_door` records who
    explained a child their kinderversie (the kinderversie then says so). Someone not on the list
    may still receive it; the caller says so. Raises OngeldigeInvoer for a name not in the
    dossier, or an explanation recorded for someone who is not a child of the family.
    """
    plan = werkmap.lees_plan(kenmerk, versie)
    naam = vind_persoon(plan.dossier, aan)
    datum = datum or dt.date.today()
    _controleer_datum(plan, datum)
    regel = next((r for r in plan.verspreidingslijst if r.naam == naam), None)
    documenten = list(regel.documenten) if regel else standaard_ontvangst(plan.dossier, naam)["documenten"]
    if uitgelegd_door.strip():
        documenten = _met_kinderversie(plan, naam, documenten)
    ontvangst = Ontvangst(
        ontvanger=naam, versie=plan.versie, datum=datum,
        vorm=vorm or (regel.vorm if regel and regel.vorm else STANDAARDVORM),
        documenten=documenten, uitgelegd_door=uitgelegd_door.strip(),
    )
    werkmap.voeg_ontvangst_toe(kenmerk, ontvangst)
    return Verzending(ontvangst, regel is not None)


def _met_kinderversie(plan: Plan, naam: str, documenten: list[Documentsoort]) -> list[Documentsoort]:
    """An explanation is of a kinderversie: only a child of the family has one."""
    if naam not in {kind.naam for kind in plan.dossier.gezin.kinderen}:
        raise OngeldigeInvoer(f"--uitgelegd-door hoort bij de kinderversie van een kind; {naam} is geen "
                              "kind uit het gezin.")
    return documenten if "kinderversie" in documenten else [*documenten, "kinderversie"]


def _controleer_datum(plan: Plan, datum: dt.date) -> None:
    """A version is received after it was made, and not in the future."""
    if datum < plan.datum:
        raise OngeldigeInvoer(f"{datum:%d-%m-%Y} ligt vóór planversie {plan.versie} ({plan.datum:%d-%m-%Y}); "
                              "een versie wordt ontvangen nadat ze gemaakt is.")
    if datum > dt.date.today():
        raise OngeldigeInvoer(f"{datum:%d-%m-%Y} ligt in de toekomst; leg een verzending vast als ze "
                              "gebeurd is.")


def wie_nog_niet(werkmap: Werkmap, kenmerk: str, versie: int | None = None) -> tuple[Plan, list[str]]:
    """The version (newest by default) and who has not received it yet: everyone on its
    verspreidingslijst without a receipt, then whoever signed it while not on that list (they
    would never get what they signed; see vaststelling.ontvangt_niet)."""
    plan = werkmap.lees_plan(kenmerk, versie)
    ontvangsten = werkmap.ontvangsten(kenmerk)
    namen = nog_niet_ontvangen(plan, ontvangsten)
    return plan, [*namen, *(naam for naam in ontvangt_niet(plan, werkmap.handtekeningen(kenmerk), ontvangsten)
                            if naam not in namen)]
