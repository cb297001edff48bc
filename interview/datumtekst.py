"""Dates as a Dutch reader writes them (`22 november 2026`), without loading babel's locale data.

babel's `format_date(…, format="long", locale="nl_NL")` gives the same text (a test holds the two
equal), but loading its number and calendar data took a tenth of a `vplan documenten` (issue 11).
"""

from __future__ import annotations

import datetime as dt

MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december")


def lange_datum(waarde: dt.date) -> str:
    """`2026-11-22` -> `22 november 2026`."""
    return f"{waarde.day} {MAANDEN[waarde.month - 1]} {waarde.year}"
