"""Stable numbers (Z1, D1, B1, A1, O1, I1): given once, never renumbered, never reused."""


import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pydantic import Field

from interview.model.basis import Basis

if TYPE_CHECKING:
    from interview.model.plan import Plan

NUMMER = re.compile(r"^([ZDBAOI])([1-9][0-9]{0,3})$")


class Nummers(Basis):
    """The highest number handed out per kind; carried from one plan version to the next."""

    Z: int = Field(0, ge=0, description="Hoogste nummer van een zorg.")
    D: int = Field(0, ge=0, description="Hoogste nummer van een veiligheidsdoel.")
    B: int = Field(0, ge=0, description="Hoogste nummer van een bodemeis.")
    A: int = Field(0, ge=0, description="Hoogste nummer van een afspraak.")
    O: int = Field(0, ge=0, description="Hoogste nummer van een ondersteuningsdoel.")  # noqa: E741
    I: int = Field(0, ge=0, description="Hoogste nummer van een incident.")  # noqa: E741

    def ken_toe(self, plan: "Plan") -> None:
        """Give every item without a number the next free one of its kind.

        Numbers already present first raise the counters, so a new item never takes
        a number that an earlier item (in this or an earlier version) had.
        """
        groepen = genummerde_items(plan)
        for voorvoegsel, items in groepen:
            for item in items:
                gevonden = NUMMER.match(item.id)
                if gevonden and gevonden.group(1) == voorvoegsel:
                    hoogste = max(getattr(self, voorvoegsel), int(gevonden.group(2)))
                    setattr(self, voorvoegsel, hoogste)
        for voorvoegsel, items in groepen:
            for item in items:
                if not item.id:
                    volgende = getattr(self, voorvoegsel) + 1
                    setattr(self, voorvoegsel, volgende)
                    item.id = f"{voorvoegsel}{volgende}"


def genummerde_items(plan: "Plan") -> list[tuple[str, list]]:  # type: ignore[type-arg]
    """Every numbered list of the plan with the prefix its numbers carry, in document order."""
    return [(voorvoegsel, lijst) for voorvoegsel, _, lijst in genummerde_lijsten(plan)]


GENUMMERDE_LIJSTEN: list[tuple[str, str]] = [
    ("Z", "veiligheidsplan.zorgen"),
    ("D", "veiligheidsplan.veiligheidsdoelen"),
    ("B", "veiligheidsplan.bodemeisen"),
    ("A", "veiligheidsplan.afspraken"),
    ("O", "ondersteuningsplan.doelen"),
    ("A", "ondersteuningsplan.afspraken"),
    ("I", "veiligheidsplan.incidenten"),
]
"""Every numbered list as (prefix, path "deel.lijst"), in document order; the one place that says so."""


def genummerde_lijsten(plan: "Plan") -> list[tuple[str, str, list]]:  # type: ignore[type-arg]
    """As genummerde_items, with each list's field path for error messages."""
    lijsten = []
    for voorvoegsel, pad in GENUMMERDE_LIJSTEN:
        deel, lijst = pad.split(".")
        lijsten.append((voorvoegsel, pad, getattr(getattr(plan, deel), lijst)))
    return lijsten


def genummerde_lijsten_in(gegevens: dict[str, Any]) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Every numbered list in plan data (a dump, which a change edits), with its path, in document order."""
    for _, pad in GENUMMERDE_LIJSTEN:
        deel, lijst = pad.split(".")
        yield pad, gegevens[deel][lijst]
