"""Vaststellen and verstuurd: records made after a plan version is stored, kept beside it.

Where they live, and why: a plan version is an immutable file, but signing (akkoord / gezien /
niet akkoord) and sending happen after it is stored, one person at a time and often days later.
Rewriting the version would break "every earlier version stays byte-identical"; making a new
version per signature would flood the history. So each dossier keeps two append-only journals,
one JSON line per record, each record naming the plan version it is about:

    <werkmap>/<kenmerk>/vaststelling.jsonl   one `Handtekening` per line
    <werkmap>/<kenmerk>/verspreiding.jsonl   one `Ontvangst` per line

A later line for the same person and version replaces an earlier one (a correction appends,
it never rewrites). The plan file's own `status` and `ondertekening` keep what was known when the
version was written (for a schema-1 plan: what was signed at the netwerkberaad); the functions
here combine a version with its records: who must still sign, its status, who has not yet
received it. The renderer merges the same into the view it gives templates.
"""


import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import Field, model_validator

from interview.model.basis import Basis
from interview.model.dossier import leeftijd_op
from interview.model.plan import Documentsoort, Plan
from interview.model.types import Akkoord, Naam, Status, Verspreidingsvorm

ZELF_TEKENEN_VANAF = 12
"""Young people of 12 and older sign on their own line."""


class Handtekening(Basis):
    """One person's answer to one plan version."""

    versie: int = Field(ge=1, description="Planversie waarover het oordeel gaat.")
    naam: Naam = Field(description="Wie tekent (een persoon uit het dossier).")
    rol: str = Field("", description="Rol van wie tekent.")
    oordeel: Akkoord = Field(description="Akkoord, gezien of niet akkoord.")
    reden: str = Field("", description="Waarom niet akkoord, of een afwijkende mening bij gezien.")
    datum: dt.date = Field(description="Datum van het oordeel.")

    @model_validator(mode="after")
    def niet_akkoord_heeft_reden(self) -> "Handtekening":
        if self.oordeel == "niet akkoord" and not self.reden:
            raise ValueError("zeg bij 'niet akkoord' ook waarom (reden)")
        return self


class Ontvangst(Basis):
    """Who received which plan version, when and how."""

    ontvanger: Naam = Field(description="Wie de versie ontving.")
    versie: int = Field(ge=1, description="Welke planversie.")
    datum: dt.date = Field(description="Wanneer.")
    vorm: Verspreidingsvorm = Field(description="Mondeling, digitaal of post.")
    documenten: list[Documentsoort] = Field(
        default=[],
        description="Welke documenten zijn overhandigd; leeg bij een vastlegging van vóór deze vraag.")
    uitgelegd_door: str = Field(
        "", description="Bij een kinderversie: wie het plan aan het kind heeft uitgelegd; leeg als niemand.")


@dataclass(frozen=True)
class Vastlegging:
    """The records of one dossier (every version's), as the renderer gets them: it picks a version's own."""

    handtekeningen: tuple[Handtekening, ...] = ()
    ontvangsten: tuple[Ontvangst, ...] = ()


def te_tekenen(plan: Plan) -> list[str]:
    """Who must answer before the version is vastgesteld: the regiehouder, and every child
    aged 12 or more on the plan's date, on their own line. Others may sign; they are not waited for."""
    jongeren = [kind.naam for kind in plan.dossier.gezin.kinderen
                if leeftijd_op(kind.geboortedatum, plan.datum) >= ZELF_TEKENEN_VANAF]
    return list(dict.fromkeys([plan.dossier.regiehouder, *jongeren]))


def geldende_handtekeningen(plan: Plan, handtekeningen: Iterable[Handtekening]) -> list[Handtekening]:
    """The answers that count for this version: the last one per person, in the order people first signed."""
    per_naam: dict[str, Handtekening] = {}
    for handtekening in handtekeningen:
        if handtekening.versie == plan.versie:
            per_naam[handtekening.naam] = handtekening
    return list(per_naam.values())


def nog_te_tekenen(plan: Plan, handtekeningen: Iterable[Handtekening]) -> list[str]:
    """Required people (see `te_tekenen`) with no answer for this version yet; empty when complete."""
    getekend = {h.naam for h in geldende_handtekeningen(plan, handtekeningen)}
    return [naam for naam in te_tekenen(plan) if naam not in getekend]


def status_van(plan: Plan, handtekeningen: Iterable[Handtekening]) -> Status:
    """'vastgesteld' once every required person answered this version (any answer), else 'concept'."""
    return "concept" if nog_te_tekenen(plan, handtekeningen) else "vastgesteld"


def nog_niet_ontvangen(plan: Plan, ontvangsten: Iterable[Ontvangst]) -> list[str]:
    """People on this version's verspreidingslijst who have not received it (or a later one)."""
    ontvangen = {o.ontvanger for o in ontvangsten if o.versie >= plan.versie}
    return [regel.naam for regel in plan.verspreidingslijst if regel.naam not in ontvangen]


@dataclass(frozen=True)
class Bezwaar:
    """Someone named in an afspraak in force (as wie, controle_door or helper) who said niet akkoord."""

    naam: str
    afspraken: tuple[str, ...]
    reden: str


def bezwaren(plan: Plan, handtekeningen: Iterable[Handtekening]) -> list[Bezwaar]:
    """The 'niet akkoord' answers to this version of people an afspraak in force names as wie or
    controle_door, in the order they signed: a plan whose agreements are carried by someone who
    does not agree with it is fragile, and the worker and every reader should see that."""
    afspraken = [a for a in (*plan.veiligheidsplan.afspraken, *plan.ondersteuningsplan.afspraken)
                 if a.beeindigd is None]
    gevonden = []
    for handtekening in geldende_handtekeningen(plan, handtekeningen):
        if handtekening.oordeel != "niet akkoord":
            continue
        eigen = tuple(a.id for a in afspraken if handtekening.naam in (*a.wie, a.controle_door, *a.helpt))
        if eigen:
            gevonden.append(Bezwaar(handtekening.naam, eigen, handtekening.reden))
    return gevonden


def vaststellingsvlag(plan: Plan, handtekeningen: Iterable[Handtekening]) -> str | None:
    """One Dutch line when this version is (or, with these answers, becomes) vastgesteld while a
    person named in an afspraak said niet akkoord; None otherwise. `vplan vaststellen` says it
    before it records, the documents print it on their first page."""
    handtekeningen = list(handtekeningen)
    gevonden = bezwaren(plan, handtekeningen)
    if not gevonden or status_van(plan, handtekeningen) != "vastgesteld":
        return None
    wie = [f"{b.naam} ({'afspraak' if len(b.afspraken) == 1 else 'afspraken'} {_opsomming(b.afspraken)})"
           for b in gevonden]
    return (f"Planversie {plan.versie} is vastgesteld terwijl {_opsomming(wie)} niet akkoord "
            f"{'is' if len(wie) == 1 else 'zijn'}.")


def _opsomming(delen: Iterable[str]) -> str:
    """'A1', 'A1 en A3', 'A1, A2 en A3'."""
    lijst = list(delen)
    return lijst[0] if len(lijst) == 1 else f"{', '.join(lijst[:-1])} en {lijst[-1]}"


def ontvangt_niet(plan: Plan, handtekeningen: Iterable[Handtekening],
                  ontvangsten: Iterable[Ontvangst] = ()) -> list[str]:
    """Who answered this version but is not on its verspreidingslijst and has no receipt of it
    (or a later one): they signed a plan they will not get. The worker who wrote it is left out."""
    op_de_lijst = {regel.naam for regel in plan.verspreidingslijst}
    ontvangen = {o.ontvanger for o in ontvangsten if o.versie >= plan.versie}
    return [h.naam for h in geldende_handtekeningen(plan, handtekeningen)
            if h.naam not in op_de_lijst | ontvangen and h.naam != plan.dossier.werker.naam]
