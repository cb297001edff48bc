"""Who a session is with: the name as typed, found in the dossier, and the questionnaire that fits."""

from __future__ import annotations

from dataclasses import dataclass

from interview.fouten import OngeldigeInvoer
from interview.gelijkend import bedoelt_u, gelijkend
from interview.model import Dossier, Kind, Netwerklid, Volwassene


@dataclass(frozen=True)
class Gesprekspartner:
    """Who a session is with, and which questionnaire fits them."""

    naam: str
    vragenlijst: str
    leeftijd: int | None = None


def vind_persoon(dossier: Dossier, gezocht: str) -> str:
    """The dossier's name for `gezocht`: exact, else ignoring case, else a family or network
    member's roepnaam and achternaam ('Sandra Bakker') or an achternaam only one of the gezin has
    ('Bakker'), else the one name it starts.

    A miss suggests close names only, not everyone in the dossier.
    """
    namen = list(dossier.personen)
    if gezocht in namen:
        return gezocht
    klein = " ".join(gezocht.split()).casefold()
    gezin: list[Kind | Volwassene] = [*dossier.gezin.kinderen, *dossier.gezin.volwassenen]
    bekend: list[Kind | Volwassene | Netwerklid] = [*gezin, *dossier.netwerk]
    voluit = [lid.naam for lid in bekend
              if lid.achternaam and f"{lid.naam} {lid.achternaam}".casefold() == klein]
    achternaam = [lid.naam for lid in gezin if lid.achternaam.casefold() == klein]
    gelijk = [naam for naam in namen if naam.casefold() == klein] or voluit or achternaam
    begint = [naam for naam in namen if klein and naam.casefold().startswith(klein)]
    for kandidaten in (gelijk, begint):
        if len(kandidaten) == 1:
            return kandidaten[0]
    bijna = begint[:3] or gelijkend(gezocht, namen)
    raise OngeldigeInvoer(" ".join(filter(None, [
        f"'{gezocht}' is geen (eenduidige) naam uit dossier {dossier.kenmerk}; gebruik de naam zoals "
        "die in het dossier staat.", bedoelt_u(bijna)])))


def gesprekspartner(dossier: Dossier, gezocht: str) -> Gesprekspartner:
    """The questionnaire follows the person's place in the dossier (and a child's age)."""
    naam = vind_persoon(dossier, gezocht)
    for kind in dossier.gezin.kinderen:
        if kind.naam == naam:
            return Gesprekspartner(naam, "jeugdige", kind.leeftijd)
    if any(v.naam == naam for v in dossier.gezin.volwassenen):
        return Gesprekspartner(naam, "ouder")
    if any(n.naam == naam for n in dossier.netwerk):
        return Gesprekspartner(naam, "netwerk")
    return Gesprekspartner(naam, "professional")
