"""How much one document's template may do: time, loop steps, size of texts, lists and output."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from jinja2.exceptions import SecurityError


class NietToegestaan(SecurityError):
    """A construct a template may not use; str() is the Dutch reason, naming the construct."""


class Grens(Exception):
    """A render that passed one of its limits; str() says which, in Dutch."""


def getal(waarde: int) -> str:
    """`1000000` -> `1.000.000`, as a Dutch reader writes it."""
    return f"{waarde:,}".replace(",", ".")


def omvang(waarde: Any) -> int:
    """Roughly how many characters `waarde` takes when printed; texts inside lists count fully."""
    if isinstance(waarde, str):
        return len(waarde)
    if isinstance(waarde, list | tuple):
        return sum(omvang(item) + 2 for item in waarde)
    if isinstance(waarde, Mapping):
        return sum(omvang(sleutel) + omvang(item) + 4 for sleutel, item in waarde.items())
    return 1


@dataclass
class Grenzen:
    """The limits of rendering one document (all its parts), and what it has used so far.

    The clock is checked at every loop step and every call a template makes, so the limit holds
    in any thread (no signals); a single step is cheap because texts and ranges are capped.
    """

    seconden: float = 5.0
    stappen: int = 1_000_000
    tekens_per_waarde: int = 1_000_000
    reeks: int = 10_000
    uitvoer: int = 20_000_000
    gezet: int = field(default=0, init=False)
    geschreven: int = field(default=0, init=False)
    getoond: int = field(default=0, init=False)
    einde: float = field(default=0.0, init=False)

    def __post_init__(self) -> None:
        self.einde = time.monotonic() + self.seconden

    def stap(self) -> None:
        """One loop step or call; raise Grens when the render has done or taken too much."""
        self.gezet += 1
        if self.gezet > self.stappen:
            raise Grens(f"de lussen en aanroepen herhalen samen meer dan {getal(self.stappen)} keer "
                        "(staat er een lus in een lus met range()?)")
        if time.monotonic() > self.einde:
            raise Grens(f"het vullen duurt langer dan {self.seconden:g} seconden "
                        "(staat er een lus in een lus met range()?)")

    def toon(self, waarde: Any) -> None:
        """One printed value: a step, and its size counts even where no output reaches the document.

        Text printed inside {% set %} or a macro is held in memory but never joined by
        `volledige_uitvoer`, so it is counted here.
        """
        self.stap()
        self.getoond += omvang(waarde)
        if self.getoond > self.uitvoer:
            raise Grens(f"het sjabloon toont samen meer dan {getal(self.uitvoer)} tekens aan gegevens")

    def waarde(self, waarde: Any) -> Any:
        """`waarde` if it is small enough to make in a template, else NietToegestaan."""
        if omvang(waarde) > self.tekens_per_waarde:
            raise NietToegestaan(f"een tekst of lijst maken van meer dan {getal(self.tekens_per_waarde)} "
                                 "tekens")
        return waarde

    def range(self, *grenzen: int) -> range:
        """`range()` for templates: at most `reeks` numbers."""
        reeks = range(*grenzen)
        if len(reeks) > self.reeks:
            raise NietToegestaan(f"range() met meer dan {getal(self.reeks)} getallen")
        return reeks

    def volledige_uitvoer(self, stukken: Any) -> str:
        """Join the rendered pieces of one part; Grens once all parts together pass the output limit."""
        gebruikt: list[str] = []
        for stuk in stukken:
            self.geschreven += len(stuk)
            if self.geschreven > self.uitvoer:
                raise Grens(f"het document wordt groter dan {getal(self.uitvoer)} tekens")
            gebruikt.append(stuk)
        return "".join(gebruikt)
