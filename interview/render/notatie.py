"""How a plain value reads in a document: a date in Dutch words, ja or nee, names joined with "en"."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable

from babel.dates import format_date

from interview.model.dossier import leeftijd_op


def datum(waarde: dt.date | None) -> str:
    """`2026-11-22` -> `22 november 2026`; an absent date reads as 'onbekend'."""
    if waarde is None:
        return "onbekend"
    return _lang(waarde)


@functools.lru_cache(maxsize=4096)
def _lang(waarde: dt.date) -> str:
    """Babel's long Dutch date, kept per date: a dossier's 25 documents print the same few dates
    hundreds of times, and Babel took a twentieth of a bulk render."""
    return str(format_date(waarde, format="long", locale="nl_NL"))


def leeftijd(geboortedatum: dt.date, op: dt.date) -> int:
    """Age on the plan's date, so a plan re-rendered next year still says what it said."""
    return leeftijd_op(geboortedatum, op)


def janee(waarde: bool) -> str:
    return "ja" if waarde else "nee"


def namen(waarden: Iterable[str]) -> str:
    """`['Sandra', 'Mark', 'Ria']` -> `Sandra, Mark en Ria`."""
    lijst = list(waarden)
    if len(lijst) <= 1:
        return "".join(lijst)
    return ", ".join(lijst[:-1]) + " en " + lijst[-1]
