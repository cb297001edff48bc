"""The terminal the reports print to: how wide it is and whether it wants colour (issue 21.4).

A report is laid out for the width it gets: a table when every column fits without cutting a word,
else a narrower form (one block per dossier). The width is $COLUMNS when set, else the terminal's;
into a file or pipe 200 columns, wide enough for the full table, so a saved report stays one line per
dossier. NO_COLOR (no-color.org) and a file or pipe get no escape codes at all: every mark a colour
adds ("achterstallig", "verstreken", "onleesbaar") is also written out in words.
"""

from __future__ import annotations

import os
import sys

from rich.console import Console, Group, RenderableType
from rich.measure import Measurement
from rich.text import Text

BUITEN_TERMINAL = 200
ONBEGRENSD = 100_000


def maak_console() -> Console:
    """A rich Console at the width and with the colours described above."""
    zonder_kleur = bool(os.environ.get("NO_COLOR"))
    return Console(width=breedte(), color_system=None if zonder_kleur else "auto", highlight=False,
                   emoji=False)


def breedte() -> int:
    """$COLUMNS when it is a positive number, else the terminal's width, else BUITEN_TERMINAL."""
    kolommen = os.environ.get("COLUMNS", "")
    if kolommen.isdigit() and int(kolommen) > 0:
        return int(kolommen)
    if sys.stdout.isatty():
        try:
            return os.get_terminal_size(sys.stdout.fileno()).columns
        except OSError:
            pass
    return BUITEN_TERMINAL


def past(inhoud: RenderableType, console: Console) -> bool:
    """Whether `inhoud` fits the console's width with no word cut (rich folds only a word longer than
    its column, and a table whose narrowest form fits never needs that)."""
    ruim = console.options.update_width(ONBEGRENSD)  # a measurement is clamped to the width it is given
    return Measurement.get(console, ruim, inhoud).minimum <= console.width


def blok(kop: Text, rest: Text, console: Console, inspringen: int = 2) -> RenderableType:
    """`kop` on its own line, `rest` below it indented and wrapped at words to the console's width,
    without the trailing spaces rich's padding would add (they come along when copied)."""
    if not rest.plain:
        return kop
    regels = rest.wrap(console, max(console.width - inspringen, 1))
    for regel in regels:
        regel.rstrip()
    return Group(kop, *(Text(" " * inspringen).append_text(regel) for regel in regels))
