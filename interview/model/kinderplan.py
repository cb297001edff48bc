"""A child's own part of the safety plan, and who must never be offered to a child as safe."""


import datetime as dt
from typing import Any

from pydantic import Field, field_validator

from interview.model.basis import Basis
from interview.model.dossier import Dossier
from interview.model.types import Naam, Tekst


class Kinderplan(Basis):
    """What one child said about their own safety: who they feel safe with and can call, and what
    they themselves do when they are scared. Only the child's kinderversie prints it."""

    kind: Naam = Field(description="Voor welk kind.")
    veilig_bij: list[Naam] = Field(
        default=[],
        description="Bij wie het kind zich veilig voelt en wie het kan bellen, zoals het kind ze noemde "
        "(personen uit het dossier).")
    als_ik_bang_ben: list[Tekst] = Field(
        default=[],
        description="De eigen afspraken van het kind: als ik bang ben, dan … (in de woorden van het kind).")
    herkomst: str = Field(
        "", description="Waar het kind dit zei: een individueel gesprek of het netwerkberaad.")

    @field_validator("als_ik_bang_ben", mode="before")
    @classmethod
    def een_afspraak_per_regel(cls, waarde: Any) -> Any:
        """A question answers with one text, one agreement per line (as an afspraak's stappen)."""
        if isinstance(waarde, str):
            return [regel.strip() for regel in waarde.splitlines() if regel.strip()]
        return waarde


def niet_veilig_op(dossier: Dossier, datum: dt.date, kind: str) -> set[str]:
    """Who may not be offered to `kind` on `datum` as someone to go to or call: whoever is under a
    huisverbod that runs that day (a huisverbod also forbids contact with the household) and whoever
    is under a contact ban with this child that day. Empty when there is neither."""
    namen: set[str] = set()
    verbod = dossier.huisverbod
    if verbod is not None and verbod.van <= datum <= verbod.tot:
        namen.add(verbod.wie)
    for contact in dossier.contactverboden:
        loopt = contact.van <= datum and (contact.tot is None or datum <= contact.tot)
        if loopt and (not contact.met or kind in contact.met):
            namen.add(contact.wie)
    return namen
