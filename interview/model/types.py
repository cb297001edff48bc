"""Constrained types shared by every model, each with the rule it enforces in Dutch."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, StringConstraints

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
Schaalscore = Annotated[int, Field(ge=0, le=10, strict=True)]
"""0 = the children cannot stay at home; 10 = everyone is sure they are safe enough to close."""
TELEFOON_PATROON = re.compile(r"^\+?[0-9][0-9 ()-]{5,19}$")
Telefoon = Annotated[
    str, StringConstraints(strip_whitespace=True, pattern=TELEFOON_PATROON.pattern)
]

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
