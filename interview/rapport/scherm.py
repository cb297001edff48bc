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
from rich.table import Table
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


def past(tabel: Table, console: Console) -> bool:
    """Fix each column's width so `tabel` fits the console without cutting a word; False when it cannot.

    Rich, left to itself, narrows a table too wide by cutting cells ('VP-20…'). Here every column gets
    at least its longest word (its header's too), a column that may not wrap its whole content, and the
    space left is shared fairly among the columns that could use more.
    """
    opties = console.options.update_width(ONBEGRENSD)  # a measurement is clamped to the width it is given
    kleinst, grootst = [], []
    for kolom in tabel.columns:
        maten = [Measurement.get(console, opties, cel) for cel in (kolom.header, *kolom.cells)]
        minstens = kolom.min_width or 0
        grootst.append(max(max(m.maximum for m in maten), minstens))
        kleinst.append(grootst[-1] if kolom.no_wrap else max(max(m.minimum for m in maten), minstens))
    rand = len(tabel.columns) * (1 + 2) + 1  # a border before each column and at the end, a space each side
    ruimte = console.width - rand - sum(kleinst)
    if ruimte < 0:
        return False
    breedtes = list(kleinst)
    # Fair shares, smallest wish first: a name or a status gets its whole width before a long
    # column of remarks takes what is left.
    wensen = sorted(range(len(breedtes)), key=lambda i: grootst[i] - kleinst[i])
    for plek, i in enumerate(wensen):
        krijgt = min(grootst[i] - kleinst[i], ruimte // (len(wensen) - plek))
        breedtes[i] += krijgt
        ruimte -= krijgt
    for kolom, breedte in zip(tabel.columns, breedtes, strict=True):
        kolom.width = breedte
    return True


def blok(kop: Text, rest: Text, console: Console, inspringen: int = 2) -> RenderableType:
    """`kop` on its own line, `rest` below it indented and wrapped at words to the console's width,
    without the trailing spaces rich's padding would add (they come along when copied)."""
    if not rest.plain:
        return kop
    regels = rest.wrap(console, max(console.width - inspringen, 1))
    for regel in regels:
        regel.rstrip()
    return Group(kop, *(Text(" " * inspringen).append_text(regel) for regel in regels))
