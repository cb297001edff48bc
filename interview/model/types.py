"""Constrained types shared by every model, each with the rule it enforces in Dutch."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator, Field, StringConstraints

KENMERK_PATROON = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")


def controleer_kenmerk(waarde: str) -> str:
    """A kenmerk becomes a folder name, so only letters, digits, '-' and '_' are allowed."""
    if not KENMERK_PATROON.fullmatch(waarde):
        raise ValueError(
            "een kenmerk bestaat uit letters, cijfers, '-' en '_' (hoogstens 64 tekens), "
            "zonder spaties of schuine strepen"
        )
    return waarde


Kenmerk = Annotated[str, AfterValidator(controleer_kenmerk)]
Tekst = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
"""A required text: empty or only spaces is not an answer."""
Naam = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
EIGEN_NUMMER = re.compile(r"^(?:stap\s*)?\d{1,2}\s*[.):]\s+", re.IGNORECASE)


def zonder_eigen_nummer(stap: str) -> str:
    """The documents number the steps; a number typed in front ('1. Zeg …', 'Stap 2: …') would
    show twice ('1. 1. Zeg …'), so it is left out. A step that is only a number stays as typed."""
    return EIGEN_NUMMER.sub("", stap, count=1) or stap


Stap = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1),
                 AfterValidator(zonder_eigen_nummer)]
"""One step of an afspraak, without the number the worker may have typed in front."""


def score_als_getal(waarde: object) -> object:
    """A score written in a plan file is the text typed (interview.yamlbestand); whole digits
    become the number, anything else (7.5, true, 'zeven') is left for the strict check to refuse."""
    if isinstance(waarde, str) and waarde.strip().isdecimal() and waarde.strip().isascii():
        return int(waarde)
    return waarde


Schaalscore = Annotated[int, BeforeValidator(score_als_getal), Field(ge=0, le=10, strict=True)]
"""0 = the children cannot stay at home; 10 = everyone is sure they are safe enough to close."""
TELEFOON_PATROON = re.compile(r"\+?[0-9 ()-]{3,25}")
MINSTE_CIJFERS = 3
"""112 and 144 are the shortest numbers a family may need to call."""


def is_telefoonnummer(tekst: str) -> bool:
    """Whether `tekst` can be dialled: digits, spaces, '-', brackets, a '+' in front; at least 112."""
    tekst = tekst.strip()
    return bool(TELEFOON_PATROON.fullmatch(tekst)) and sum(t.isdigit() for t in tekst) >= MINSTE_CIJFERS


def controleer_telefoon(waarde: str) -> str:
    """One rule for every phone number in the plan, the noodplan's as much as the dossier's."""
    if not is_telefoonnummer(waarde):
        raise ValueError(
            "een telefoonnummer bestaat uit cijfers, eventueel met spaties, '-', haakjes en een '+' "
            "vooraan (bijvoorbeeld 06 1234 5678, 0800-2000 of 112), zonder namen of andere woorden"
        )
    return waarde


Telefoon = Annotated[str, StringConstraints(strip_whitespace=True), AfterValidator(controleer_telefoon)]

Fase = Literal["directe veiligheid", "risicogestuurd", "herstelgericht"]
Risiconiveau = Literal["laag", "middelmatig", "hoog"]
Instrument = Literal["ARIJ", "LIRIK", "anders"]
Status = Literal["concept", "vastgesteld"]
Akkoord = Literal["akkoord", "gezien", "niet akkoord"]
Aanleidingsoort = Literal["netwerkberaad", "evaluatie", "incident", "correctie"]
"""Why a plan version exists: the first netwerkberaad, or one of the three doors to a revision."""
Uitkomst = Literal["nagekomen", "deels", "niet_nagekomen", "niet_van_toepassing"]
Bereikt = Literal["bereikt", "deels_bereikt", "niet_bereikt"]
Verspreidingsvorm = Literal["mondeling", "digitaal", "post"]
Communicatie = Literal["geen", "LVB", "taal", "tolk nodig"]
Melder = Literal["politie", "school", "huisarts", "anders"]
