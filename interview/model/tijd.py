"""Time a worker records by hand for what vplan cannot see (preparation, travel, a phone call)."""


import datetime as dt
from typing import Literal

from pydantic import Field

from interview.model.basis import Basis

Tijdsoort = Literal["contact", "telefoon", "voorbereiding", "verslag", "overleg", "reistijd"]
DIRECTE_SOORTEN: frozenset[str] = frozenset({"contact", "telefoon"})
"""Added time that is direct contact with the family or network; the rest is time around it."""
HOOGSTENS_MINUTEN = 24 * 60


class Tijdregel(Basis):
    """One entry in the dossier's `tijd.jsonl`; entries are only ever added, never changed."""

    minuten: int = Field(ge=1, le=HOOGSTENS_MINUTEN, description="Hoeveel minuten.")
    soort: Tijdsoort = Field(description="Waaraan de tijd besteed is.")
    datum: dt.date = Field(description="Op welke dag.")
