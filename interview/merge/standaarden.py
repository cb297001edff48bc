"""The defaults the netwerkberaad offers: who signs, who receives which documents, the looptijd."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from interview.model import Dossier
from interview.model.plan import Documentsoort
from interview.model.toestemming import EIGEN_TOESTEMMING_VANAF

DIRECTE_VEILIGHEID_BINNEN = dt.timedelta(weeks=6)
AFSLUITEN_ALS = "alle veiligheidsdoelen bereikt zijn en iedereen het veilig genoeg vindt om af te sluiten"
VOLLEDIG: list[Documentsoort] = ["veiligheidsplan", "ondersteuningsplan"]


def standaard_looptijd(datum: dt.date) -> dict[str, str]:
    """What the group did not say about the looptijd: directe veiligheid within six weeks (it comes
    first and should take little time), the plan for a year (work instruction, step 10)."""
    try:
        jaar_later = datum.replace(year=datum.year + 1)
    except ValueError:  # 29 February
        jaar_later = datum + dt.timedelta(days=365)
    return {"directe_veiligheid_voor": (datum + DIRECTE_VEILIGHEID_BINNEN).isoformat(),
            "looptijd_tot": jaar_later.isoformat(), "afsluiten_als": AFSLUITEN_ALS}


def standaard_ondertekenaars(dossier: Dossier, regiehouder: str | None = None) -> list[str]:
    """Who signs unless the group says otherwise: parents with gezag, young people from 12 (their
    own line, DOMAIN.md) and the regiehouder (always)."""
    namen = [*(v.naam for v in dossier.gezin.volwassenen if v.gezag),
             *(k.naam for k in dossier.gezin.kinderen if k.leeftijd >= 12),
             regiehouder or dossier.regiehouder]
    return list(dict.fromkeys(namen))


def standaard_ontvangers(dossier: Dossier, ondertekenaars: Sequence[str]) -> list[str]:
    """Who receives the plan unless the group says otherwise: who signs, the network, and every
    child (their kinderversie, explained to them)."""
    kinderen = [kind.naam for kind in dossier.gezin.kinderen]
    return list(dict.fromkeys([*ondertekenaars, *(lid.naam for lid in dossier.netwerk), *kinderen]))


def standaard_ontvangst(dossier: Dossier, naam: str) -> dict[str, Any]:
    """What a recipient gets unless the group says otherwise (DOMAIN.md, need to know): a parent
    with gezag both plans and the gezinsversie, another adult of the family the gezinsversie; a
    child the kinderversie, explained in person, and from 12 (own right of access, signs on their
    own line) both plans too; a network member who is neither family nor professional the
    netwerkversie; the regiehouder, the worker, Veilig Thuis and jeugdbescherming both plans;
    another professional the professionalversie; anyone else both plans."""
    kinderen = {kind.naam: kind for kind in dossier.gezin.kinderen}
    if naam in kinderen:
        eigen: list[Documentsoort] = ["kinderversie"]
        jongere = kinderen[naam].leeftijd >= EIGEN_TOESTEMMING_VANAF
        return {"documenten": [*VOLLEDIG, *eigen] if jongere else eigen, "vorm": "mondeling"}
    volwassenen = {v.naam: v for v in dossier.gezin.volwassenen}
    if naam in volwassenen:
        return {"documenten": [*VOLLEDIG, "gezinsversie"] if volwassenen[naam].gezag else ["gezinsversie"]}
    professionals = {p.naam: p for p in [*dossier.professionals, dossier.werker]}
    if naam in {lid.naam for lid in dossier.netwerk} and naam not in professionals:
        return {"documenten": ["netwerkversie"]}
    if naam in professionals and not draagt_regie(dossier, naam):
        return {"documenten": ["professionalversie"]}
    return {"documenten": list(VOLLEDIG)}


REGIE_EN_WETTELIJK = ("veilig thuis", "jeugdbescherming", "raad voor de kinderbescherming",
                      "gecertificeerde instelling")
"""Organisations that carry a plan's legal weight (DOMAIN.md, need to know): their people read it all."""


def draagt_regie(dossier: Dossier, naam: str) -> bool:
    """Whether professional `naam` carries the plan's regie or legal weight: the regiehouder, the
    worker, Veilig Thuis or jeugdbescherming. Other professionals (school, huisarts, a therapist)
    get the professionalversie unless the worker says otherwise."""
    if naam in (dossier.regiehouder, dossier.werker.naam):
        return True
    gevonden = next((p for p in dossier.professionals if p.naam == naam), None)
    waar = f"{gevonden.organisatie} {gevonden.functie}".lower() if gevonden else ""
    return any(organisatie in waar for organisatie in REGIE_EN_WETTELIJK)
