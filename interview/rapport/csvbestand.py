"""CSV as Dutch Excel opens it with a double click: a UTF-8 byte order mark and semicolons (issue 21.4).

Without the mark Excel reads the file in the system's code page, so 'Gezin Ölçer' and 'één' come out
garbled; with Dutch regional settings its list separator is ';' (the ',' is the decimal comma), so a
comma-separated file lands in one column. Numbers stay plain digits (minutes, counts), which every
locale reads alike. Scripts should use --json; the mark is the first character of the text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

BOM = "\ufeff"


def csv_tekst(kop: Sequence[str], rijen: Iterable[Sequence[object]]) -> str:
    """The header and rows, semicolon-separated, one line each, after the byte order mark."""
    buffer = io.StringIO()
    schrijver = csv.writer(buffer, delimiter=";", lineterminator="\n")
    schrijver.writerow(kop)
    schrijver.writerows(rijen)
    return BOM + buffer.getvalue()
