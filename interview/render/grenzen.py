"""How much one document's template may do: time, loop steps, size of texts, lists and output."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from jinja2.exceptions import SecurityError

from interview.render.zicht import Veldgroep


class NietToegestaan(SecurityError):
    """A construct a template may not use; str() is the Dutch reason, naming the construct."""


class Grens(Exception):
    """A render that passed one of its limits; str() says which, in Dutch."""


def getal(waarde: int) -> str:
    """`1000000` -> `1.000.000`, as a Dutch reader writes it."""
    return f"{waarde:,}".replace(",", ".")


class _Meting:
    """Roughly how many characters a value takes when printed (`telling`); texts in lists count fully.

    One walk, without recursion (deep nesting cannot overflow the stack). Shared parts count every
    time they occur, as printing or joining repeats them; the walk stops as soon as `grens` is
    passed, so its work (`bezocht`) is at most `grens` items whatever the sharing.
    """

    def __init__(self, waarde: Any, grens: int, tik: Callable[[], None]) -> None:
        self.telling = 0
        self.bezocht = 0
        te_doen: list[Iterator[Any]] = [iter((waarde,))]
        while te_doen:
            item = next(te_doen[-1], _KLAAR)
            if item is _KLAAR:
                te_doen.pop()
                continue
            self.bezocht += 1
            if not self.bezocht % TIK_ELKE:
                tik()
            self.telling += self._eigen(item, te_doen)
            if self.telling > grens:
                return

    @staticmethod
    def _eigen(item: Any, te_doen: list[Iterator[Any]]) -> int:
        """What `item` itself adds; its parts are put on `te_doen`."""
        if isinstance(item, str):
            return len(item)
        if isinstance(item, list | tuple):
            te_doen.append(iter(item))
            return 2 * len(item)
        if isinstance(item, int):
            return abs(item).bit_length() * 3 // 10 + 1 if abs(item) > GROOT_GETAL else 1  # ~ its digits
        if isinstance(item, Veldgroep):
            return len(str(item))  # it prints its field names
        if isinstance(item, Mapping):
            te_doen.append(chain.from_iterable(item.items()))
            return 4 * len(item)
        return 1


GROOT_GETAL = 2**32
"""Numbers up to here count as one character, as any other small value; larger ones by their digits."""


ENKELVOUDIG = frozenset({int, bool, float, type(None), dt.date, dt.datetime})
"""Values that hold nothing to walk: `_Meting` counts each as one item of size 1 (a small int too)."""
_KLAAR = object()
BEZOEK = 10
"""What walking one item counts against `Grenzen.meetwerk`: it costs about as much as ten characters."""
TIK_ELKE = 4096
"""How many items a measurement walks between two looks at the clock."""


@dataclass
class Grenzen:
    """The limits of rendering one document (all its parts), and what it has used so far.

    The clock is checked at every loop step and every call a template makes, and while a value is
    measured, so the limit holds in any thread (no signals). A single step is cheap because every
    value a template builds is measured where it is built (`waarde`) and capped. What is measured
    (characters of texts, items walked in lists) adds up against `meetwerk`: that bounds the work
    of measuring, however the lists share parts, and the memory of many values kept side by side.
    """

    seconden: float = 5.0
    stappen: int = 1_000_000
    tekens_per_waarde: int = 1_000_000
    reeks: int = 10_000
    uitvoer: int = 20_000_000
    meetwerk: int = 50_000_000
    gezet: int = field(default=0, init=False)
    geschreven: int = field(default=0, init=False)
    getoond: int = field(default=0, init=False)
    gemeten: int = field(default=0, init=False)
    einde: float = field(default=0.0, init=False)

    def __post_init__(self) -> None:
        self.einde = time.monotonic() + self.seconden

    def rest(self) -> Grenzen:
        """Fresh counts with the time that is left: for a second try at the same document, which
        must not get a second budget of time (issue 24)."""
        rest = dataclasses.replace(self)
        rest.einde = self.einde
        return rest

    def stap(self) -> None:
        """One loop step or call; raise Grens when the render has done or taken too much."""
        self.gezet += 1
        if self.gezet > self.stappen:
            raise Grens(f"de lussen en aanroepen herhalen samen meer dan {getal(self.stappen)} keer "
                        "(staat er een lus in een lus met range()?)")
        self.tik()

    def tik(self) -> None:
        """Grens when the render has taken too long; also called inside long measurements."""
        if time.monotonic() > self.einde:
            raise Grens(f"het vullen duurt langer dan {self.seconden:g} seconden "
                        "(staat er een lus in een lus met range()?)")

    def toon(self, waarde: Any) -> None:
        """One printed value: a step, and its size counts even where no output reaches the document.

        Text printed inside {% set %} or a macro is held in memory but never joined by
        `volledige_uitvoer`, so it is counted here. One printed value is measured as a built one
        (see `grootte`): a list printed whole is as long as the text it becomes.
        """
        self.stap()
        self.getoond += self.grootte(waarde)
        if self.getoond > self.uitvoer:
            raise Grens(f"het sjabloon toont samen meer dan {getal(self.uitvoer)} tekens aan gegevens")

    def waarde(self, waarde: Any) -> Any:
        """`waarde` if it is small enough to make in a template, else NietToegestaan."""
        self.grootte(waarde)
        return waarde

    def grootte(self, waarde: Any) -> int:
        """The printed size of `waarde` (see `_Meting`); NietToegestaan when a template may not make it.

        A text is measured by its length, a list or mapping by a walk; its characters or the items
        walked count against `meetwerk`, the walk against the clock too.
        """
        if isinstance(waarde, str):
            telling = gemeten = len(waarde)
        elif type(waarde) in ENKELVOUDIG and not (type(waarde) is int and abs(waarde) > GROOT_GETAL):
            telling, gemeten = 1, BEZOEK  # what _Meting counts for one small value, without the walk
        else:
            meting = _Meting(waarde, self.tekens_per_waarde, self.tik)
            telling, gemeten = meting.telling, meting.bezocht * BEZOEK
        self.gemeten += gemeten
        if self.gemeten > self.meetwerk:
            raise Grens(f"het sjabloon maakt samen meer dan {getal(self.meetwerk)} tekens en lijstitems "
                        "(worden dezelfde teksten of lijsten steeds opnieuw gemaakt?)")
        if telling > self.tekens_per_waarde:
            raise NietToegestaan(f"een tekst of lijst maken van meer dan {getal(self.tekens_per_waarde)} "
                                 "tekens (het sjabloon maakt een te grote waarde)")
        return telling

    def range(self, *grenzen: int) -> range:
        """`range()` for templates: at most `reeks` numbers."""
        reeks = range(*grenzen)
        if len(reeks) > self.reeks:
            raise NietToegestaan(f"range() met meer dan {getal(self.reeks)} getallen")
        return reeks

    def volledige_uitvoer(self, stukken: Any) -> str:
        """Join the rendered pieces of one part; Grens once all parts together pass the output limit."""
        gebruikt: list[str] = []
        bewaar = gebruikt.append
        geschreven, grens = self.geschreven, self.uitvoer
        for stuk in stukken:  # counted as each piece comes, so a runaway loop stops at the limit
            geschreven += len(stuk)
            if geschreven > grens:
                self.geschreven = geschreven
                raise Grens(f"het document wordt groter dan {getal(self.uitvoer)} tekens")
            bewaar(stuk)
        self.geschreven = geschreven
        return "".join(gebruikt)
