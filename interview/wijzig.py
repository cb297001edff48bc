"""One pure step for every revision: previous plan version + changes -> next version.

Evaluation, incident and correction are three doors to this one step (`volgende_versie`); the
door only decides the `Aanleiding` and which changes it asks for. What changed between two versions,
for "Wijzigingen ten opzichte van versie N", is interview.versieverschil's.

Rules the step keeps, whatever it is given:
- an item is never removed: ending it sets `beeindigd` (date and reason) and it stays listed;
- a new item gets the next free number of its kind, never one an earlier item had (ended or not);
- an ended item does not change any more, and is not moved or ended again;
- the new version is `concept` (vaststellen comes after it is stored), its aanleiding is the one
  given, and the previous version joins `eerdere_versies`. With no changes, that is all that differs.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pydantic import Field, ValidationError

from interview.fouten import OngeldigeInvoer
from interview.model import (
    Aanleiding,
    Afspraak,
    Bodemeis,
    Evaluatiemoment,
    Gesprek,
    Incident,
    Looptijd,
    Ondersteuningsdoel,
    Plan,
    Risicotaxatie,
    Schaalvraag,
    Veiligheidsdoel,
    Versiemoment,
    Zorg,
    nederlandse_fouten,
)
from interview.model.basis import Basis
from interview.model.nummers import GENUMMERDE_LIJSTEN, genummerde_lijsten_in
from interview.model.types import Fase, Tekst
from interview.versieverschil import NIET_VERGELEKEN

Plandeel = Literal["veiligheidsplan", "ondersteuningsplan"]
Nummerbaar = Zorg | Veiligheidsdoel | Bodemeis | Afspraak | Ondersteuningsdoel | Incident
VASTE_VELDEN = frozenset({"id", "beeindigd"})
"""Fields `Aanpassing` may not touch: the number is forever, ending has its own step."""


class Aanpassing(Basis):
    """Change fields of one numbered item: `{"id": "A3", "velden": {"wanneer": "elke dag"}}`."""

    id: Tekst = Field(description="Nummer van het item, bijvoorbeeld A3.")
    velden: dict[str, Any] = Field(min_length=1, description="Veldnaam -> nieuwe waarde.")


class Beeindigen(Basis):
    """End one numbered item: it stays listed as 'beëindigd op … omdat …'."""

    id: Tekst = Field(description="Nummer van het item, bijvoorbeeld B2.")
    op: dt.date = Field(description="Datum van beëindiging.")
    omdat: Tekst = Field(description="Waarom het beëindigd wordt.")


class Verplaatsing(Basis):
    """Move an afspraak to another fase, and/or from one plan to the other."""

    id: Tekst = Field(description="Nummer van de afspraak.")
    fase: Fase | None = Field(None, description="Nieuwe fase; leeg houdt de fase.")
    naar: Plandeel | None = Field(
        None, description="Plan waar de afspraak naartoe gaat; leeg houdt het plan."
    )


class Correctie(Basis):
    """Correct a text or date outside the numbered items by its path: `veiligheidsplan.noodplan[2].telefoon`.

    Positions count from 1, as in error messages. Numbered items change through `Aanpassing`.
    """

    pad: Tekst = Field(description="Pad van het veld, bijvoorbeeld dossier.volwassenen[1].telefoon.")
    waarde: str | dt.date = Field(description="De gecorrigeerde tekst of datum.")


class Toevoegingen(Basis):
    """New items, without a number: each gets the next free one of its kind, in this order.

    An item that refers to another new item (an afspraak that serves a new doel) names the number
    that doel will get; `volgende_nummers` tells which numbers those are.
    """

    zorgen: list[Zorg] = Field(default=[])
    veiligheidsdoelen: list[Veiligheidsdoel] = Field(default=[])
    bodemeisen: list[Bodemeis] = Field(default=[])
    afspraken: list[Afspraak] = Field(default=[], description="In het veiligheidsplan.")
    ondersteuningsdoelen: list[Ondersteuningsdoel] = Field(default=[])
    ondersteuningsafspraken: list[Afspraak] = Field(
        default=[], description="In het ondersteuningsplan."
    )


TOEVOEGEN_IN: dict[str, str] = {
    "zorgen": "veiligheidsplan.zorgen",
    "veiligheidsdoelen": "veiligheidsplan.veiligheidsdoelen",
    "bodemeisen": "veiligheidsplan.bodemeisen",
    "afspraken": "veiligheidsplan.afspraken",
    "ondersteuningsdoelen": "ondersteuningsplan.doelen",
    "ondersteuningsafspraken": "ondersteuningsplan.afspraken",
}


class Wijzigingen(Basis):
    """Everything one revision changes; each part is optional, and nothing given changes nothing."""

    aanpassen: list[Aanpassing] = Field(default=[])
    beeindigen: list[Beeindigen] = Field(default=[])
    toevoegen: Toevoegingen = Field(default_factory=Toevoegingen)
    verplaatsen: list[Verplaatsing] = Field(default=[])
    correcties: list[Correctie] = Field(
        default=[], description="Gecorrigeerde teksten buiten de genummerde items."
    )
    schaalvragen: list[Schaalvraag] | None = Field(None, description="Nieuwe scores; vervangen de vorige.")
    evaluatie: Evaluatiemoment | None = Field(None, description="Uitkomst van de evaluatie.")
    incident: Incident | None = Field(None, description="Een incident voor het register (zonder nummer).")
    risicotaxatie: Risicotaxatie | None = Field(None, description="Een nieuwe risicotaxatie.")
    volgende_evaluatie: dt.date | None = Field(None, description="Nieuwe datum van de volgende evaluatie.")
    looptijd: Looptijd | None = Field(None, description="Nieuwe looptijd; vervangt de vorige.")
    toelichting: list[Tekst] = Field(
        default=[], description="Wat er veranderd is, in woorden (plan.wijzigingen)."
    )
    gesprekken: list[Gesprek] = Field(
        default=[], description="Gesprekken gevoerd voor deze versie; komen bij de vorige."
    )


def volgende_versie(vorige: Plan, wijzigingen: Wijzigingen, aanleiding: Aanleiding, datum: dt.date) -> Plan:
    """Planversie N+1: `vorige` with `wijzigingen` applied, validated as any plan is.

    `vorige` is not changed. Raises OngeldigeInvoer (one Dutch line, details per problem) when a
    change names an unknown or ended item, or the result breaks a rule of the plan model.
    """
    if datum < vorige.datum:
        raise OngeldigeInvoer(f"Versie {vorige.versie + 1} kan niet van vóór versie {vorige.versie} zijn "
                              f"({vorige.datum.isoformat()}); er is niets bewaard.")
    gegevens = vorige.model_dump()
    _pas_aan(gegevens, wijzigingen.aanpassen)
    _corrigeer(gegevens, wijzigingen.correcties)
    _verplaats(gegevens, wijzigingen.verplaatsen)
    _beeindig(gegevens, wijzigingen.beeindigen)
    _voeg_toe(gegevens, wijzigingen)
    _vervang_overige(gegevens, wijzigingen, vorige.versie + 1)
    vorig_moment = Versiemoment(versie=vorige.versie, datum=vorige.datum, aanleiding=vorige.aanleiding)
    gegevens |= {
        "versie": vorige.versie + 1,
        "datum": datum,
        "status": "concept",
        "aanleiding": aanleiding.model_dump(),
        "eerdere_versies": [*gegevens["eerdere_versies"], vorig_moment.model_dump()],
        "wijzigingen": list(wijzigingen.toelichting),
    }
    try:
        return Plan.model_validate(gegevens)
    except ValidationError as fout:
        raise OngeldigeInvoer(
            f"Met deze wijzigingen klopt versie {vorige.versie + 1} niet; er is niets bewaard:",
            nederlandse_fouten(fout),
        ) from fout


def volgende_nummers(plan: Plan, voorvoegsel: str, aantal: int) -> list[str]:
    """The numbers the next `aantal` new items of a kind (Z, D, B, A, O, I) will get in `plan`'s successor."""
    hoogste: int = getattr(plan.nummers, voorvoegsel)
    return [f"{voorvoegsel}{hoogste + n}" for n in range(1, aantal + 1)]


# --- Applying the changes to the previous version's data ---------------------------------------


def _zoek(gegevens: dict[str, Any], id_: str) -> tuple[str, list[dict[str, Any]], dict[str, Any]]:
    for pad, lijst in genummerde_lijsten_in(gegevens):
        for item in lijst:
            if item["id"] == id_:
                return pad, lijst, item
    raise OngeldigeInvoer(f"Nummer {id_} bestaat niet in dit plan; er is niets bewaard.")


def _lopend(gegevens: dict[str, Any], id_: str) -> tuple[str, list[dict[str, Any]], dict[str, Any]]:
    pad, lijst, item = _zoek(gegevens, id_)
    if item.get("beeindigd"):
        raise OngeldigeInvoer(f"{id_} is beëindigd en verandert niet meer; voeg zo nodig een nieuw "
                              "item toe. Er is niets bewaard.")
    return pad, lijst, item


def _pas_aan(gegevens: dict[str, Any], aanpassingen: list[Aanpassing]) -> None:
    for aanpassing in aanpassingen:
        vast = sorted(VASTE_VELDEN & aanpassing.velden.keys())
        if vast:
            raise OngeldigeInvoer(f"Bij {aanpassing.id} kan '{vast[0]}' niet aangepast worden: een "
                                  "nummer blijft, beëindigen is een eigen stap. Er is niets bewaard.")
        _, _, item = _lopend(gegevens, aanpassing.id)
        item.update(aanpassing.velden)


PAD_DEEL = re.compile(r"([a-z_]+)((?:\[[1-9][0-9]*\])*)")


def _corrigeer(gegevens: dict[str, Any], correcties: list[Correctie]) -> None:
    for correctie in correcties:
        houder, sleutel = _plek(gegevens, correctie.pad)
        if type(houder.get(sleutel)) is not type(correctie.waarde):
            soort = "datum" if isinstance(correctie.waarde, dt.date) else "tekst"
            raise OngeldigeInvoer(f"'{correctie.pad}' is geen {soort} in dit plan; er is niets bewaard.")
        houder[sleutel] = correctie.waarde


def _plek(gegevens: dict[str, Any], pad: str) -> tuple[dict[str, Any], str]:
    """The mapping that holds the text at `pad`, and its key; only outside the numbered items."""
    onbekend = OngeldigeInvoer(f"'{pad}' is geen tekst die gecorrigeerd kan worden; er is niets bewaard.")
    delen: list[tuple[str, list[int]]] = []
    for deel in pad.split("."):
        gevonden = PAD_DEEL.fullmatch(deel)
        if gevonden is None:
            raise onbekend
        delen.append((gevonden[1], [int(i) for i in re.findall(r"\d+", gevonden[2])]))
    genummerd = {tuple(lijst.split(".")) for _, lijst in GENUMMERDE_LIJSTEN}
    if delen[0][0] in NIET_VERGELEKEN or tuple(naam for naam, _ in delen[:2]) in genummerd or delen[-1][1]:
        raise onbekend
    houder: Any = gegevens
    for naam, posities in delen[:-1]:
        houder = _stap_in(houder, naam, posities, onbekend)
    if not isinstance(houder, dict) or delen[-1][0] not in houder:
        raise onbekend
    return houder, delen[-1][0]


def _stap_in(houder: Any, naam: str, posities: list[int], onbekend: OngeldigeInvoer) -> Any:
    if not isinstance(houder, dict) or naam not in houder:
        raise onbekend
    houder = houder[naam]
    for positie in posities:
        if not isinstance(houder, list) or not 1 <= positie <= len(houder):
            raise onbekend
        houder = houder[positie - 1]
    return houder


def _verplaats(gegevens: dict[str, Any], verplaatsingen: list[Verplaatsing]) -> None:
    for verplaatsing in verplaatsingen:
        pad, lijst, item = _lopend(gegevens, verplaatsing.id)
        if not pad.endswith(".afspraken"):
            raise OngeldigeInvoer(f"Alleen afspraken kunnen verplaatst worden, {verplaatsing.id} niet. "
                                  "Er is niets bewaard.")
        if verplaatsing.fase is not None:
            item["fase"] = verplaatsing.fase
        if verplaatsing.naar is not None and not pad.startswith(verplaatsing.naar):
            lijst.remove(item)
            gegevens[verplaatsing.naar]["afspraken"].append(item)


def _beeindig(gegevens: dict[str, Any], beeindigingen: list[Beeindigen]) -> None:
    for beeindiging in beeindigingen:
        _, _, item = _lopend(gegevens, beeindiging.id)
        if "beeindigd" not in item:
            raise OngeldigeInvoer(f"{beeindiging.id} kan niet beëindigd worden (een incident blijft "
                                  "in het register). Er is niets bewaard.")
        item["beeindigd"] = {"op": beeindiging.op, "omdat": beeindiging.omdat}


def _voeg_toe(gegevens: dict[str, Any], wijzigingen: Wijzigingen) -> None:
    nieuw: list[tuple[str, Nummerbaar]] = [
        (TOEVOEGEN_IN[veld], item)
        for veld in TOEVOEGEN_IN
        for item in getattr(wijzigingen.toevoegen, veld)
    ]
    if wijzigingen.incident is not None:
        nieuw.append(("veiligheidsplan.incidenten", wijzigingen.incident))
    for pad, item in nieuw:
        if item.id:
            raise OngeldigeInvoer(f"Een nieuw item krijgt zelf een nummer; laat '{item.id}' "
                                  "weg. Er is niets bewaard.")
        deel, lijst = pad.split(".")
        gegevens[deel][lijst].append(item.model_dump())


def _vervang_overige(gegevens: dict[str, Any], wijzigingen: Wijzigingen, versie: int) -> None:
    if wijzigingen.schaalvragen is not None:
        gegevens["veiligheidsplan"]["schaalvragen"] = [s.model_dump() for s in wijzigingen.schaalvragen]
    if wijzigingen.evaluatie is not None:
        moment = wijzigingen.evaluatie.model_copy(update={"versie": versie}).model_dump()
        gegevens["evaluatie"]["geschiedenis"].append(moment)
    if wijzigingen.risicotaxatie is not None:
        gegevens["dossier"]["risicotaxatie"] = wijzigingen.risicotaxatie.model_dump()
    if wijzigingen.volgende_evaluatie is not None:
        gegevens["evaluatie"]["volgende_datum"] = wijzigingen.volgende_evaluatie
    if wijzigingen.looptijd is not None:
        gegevens["looptijd"] = wijzigingen.looptijd.model_dump()
    gegevens["gesprekken"] += [g.model_dump() for g in wijzigingen.gesprekken]
