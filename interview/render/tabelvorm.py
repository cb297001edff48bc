"""Whether a template's tables can ever need docxtpl's fix_tables, decided once from its Jinja source.

docxtpl parses every rendered body only to run fix_tables, which changes a table when a row has
more cells than its grid has columns, or when no row fills the grid. The fast path
(interview.render.snel) asks here, once per template, whether any filling of the source can give
such a table; when none can, it skips that parse and puts the rendered body straight into the
document (still checked to be well-formed XML).

The answer is "never" only when the source shows it: every table row has no more cells than its
table's grid (nested tables' rows count for the outer table too, as in fix_tables), every table has a
row filling its grid that no code can leave out, no code sits inside a tag or in a table's, row's
or cell's properties, codes between rows only repeat or leave out whole rows (`{%tr for %}`,
`{%tr if %}`), no code sits between a row's cells (`{%tc %}`), and every block (`{% if %}`,
`{% for %}`, …) opens and closes inside the same table, row or cell, so it repeats or leaves out
only whole table parts. (A block may cross other elements, such as runs: whether the filled XML is
well-formed the fast path checks per document.) A macro, call, filter or set block holding
a table part, a raw block, or anything not understood, gives "maybe": the body is then parsed and
checked as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

TOKEN = re.compile(r"(\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\})|(<[^>]*>)", re.DOTALL)
"""A Jinja code, or an XML tag (a code inside a tag is part of the tag's token)."""
OPDRACHT = re.compile(r"\{%[-+]?\s*(\w+)")
SPANWIJDTE = re.compile(r'\bw:val="(\d+)"')
NAAM = re.compile(r"</?([\w:.-]+)")
BLOKKEN = frozenset({"if", "for", "macro", "call", "filter", "with", "autoescape", "set"})
VANGEND = frozenset({"macro", "call", "filter", "set"})
"""Blocks whose text is kept and can be printed elsewhere."""
TUSSEN = frozenset({"elif", "else"})
TUSSEN_RIJEN = frozenset({"if", "for", "elif", "else", "endif", "endfor"})
"""What a code between a table's rows may be: it repeats or leaves out whole rows."""
EIGENSCHAPPEN = frozenset({"w:tblPr", "w:tblGrid", "w:trPr", "w:tcPr", "w:tblPrEx"})
STRUCTUUR = frozenset({"w:tbl", "w:tr", "w:tc"})


class _Misschien(Exception):
    """The source does not show that its tables are always right."""


@dataclass
class _Tabel:
    blokken: int
    """How many blocks were open where the table starts: a row under more is not certain."""
    kolommen: int = 0
    vol: bool = False


@dataclass
class _Rij:
    tabel: _Tabel | None
    """The table whose direct row this is."""
    zeker: bool
    cellen: int = 0
    breedte: int = 0


@dataclass
class _Cel:
    rij: _Rij | None
    span: int = 1


@dataclass
class _Element:
    naam: str
    tabel: _Tabel | None = None
    rij: _Rij | None = None
    cel: _Cel | None = None


@dataclass
class _Blok:
    soort: str
    diepte: int
    """How many tables, rows and cells were open where the block opened."""
    element: _Element | None
    """The innermost of those."""


@dataclass
class _Lezer:
    stapel: list[_Element] = field(default_factory=list)
    blokken: list[_Blok] = field(default_factory=list)
    eigenschappen: int = 0

    def tabellen(self) -> list[_Tabel]:
        return [e.tabel for e in self.stapel if e.tabel is not None]

    def boven(self) -> _Element | None:
        return self.stapel[-1] if self.stapel else None

    def structuur(self) -> list[_Element]:
        """The tables, rows and cells open here, outermost first."""
        return [e for e in self.stapel if e.naam in STRUCTUUR]

    def code(self, code: str) -> None:
        boven = self.boven()
        if self.eigenschappen or (boven is not None and boven.naam == "w:tr"):
            raise _Misschien
        if code.startswith("{#"):
            if "<" in code:
                raise _Misschien
            return
        opdracht = OPDRACHT.match(code)
        soort = opdracht.group(1) if opdracht else ""
        if boven is not None and boven.naam == "w:tbl" and soort not in TUSSEN_RIJEN:
            raise _Misschien  # a printed value or another code between rows
        if soort == "raw":
            raise _Misschien
        structuur = self.structuur()
        binnenste = structuur[-1] if structuur else None
        if soort in BLOKKEN and not (soort == "set" and "=" in code):
            self.blokken.append(_Blok(soort, len(structuur), binnenste))
        elif soort in TUSSEN or soort.startswith("end"):
            if not self.blokken:
                raise _Misschien
            blok = self.blokken[-1] if soort in TUSSEN else self.blokken.pop()
            if blok.diepte != len(structuur) or blok.element is not binnenste:
                raise _Misschien  # a block that closes in another table part than it opened in

    def tag(self, tag: str) -> None:
        if "{{" in tag or "{%" in tag or "{#" in tag:
            raise _Misschien
        if tag.startswith(("<?", "<!")):
            return
        gevonden = NAAM.match(tag)
        if gevonden is None:
            raise _Misschien
        naam = gevonden.group(1)
        if tag.startswith("</"):
            self.sluit(naam)
        else:
            element = self.open(naam, tag)
            if tag.endswith("/>"):
                self.stapel.append(element)
                self.sluit(naam)
            else:
                self.stapel.append(element)

    def open(self, naam: str, tag: str) -> _Element:
        ouder = self.boven()
        if naam in STRUCTUUR and any(b.soort in VANGEND for b in self.blokken):
            raise _Misschien
        if naam in EIGENSCHAPPEN:
            if ouder is not None and ouder.tabel is not None and len(self.blokken) > ouder.tabel.blokken:
                raise _Misschien  # a table's properties or grid under a block between its rows
            self.eigenschappen += 1
        element = _Element(naam)
        if naam == "w:tbl":
            element.tabel = _Tabel(len(self.blokken))
        elif naam == "w:tr":
            tabel = ouder.tabel if ouder is not None else None
            element.rij = _Rij(tabel, tabel is not None and len(self.blokken) == tabel.blokken)
        elif naam == "w:tc":
            element.cel = _Cel(ouder.rij if ouder is not None else None)
            if element.cel.rij is not None:
                element.cel.rij.cellen += 1
        elif naam == "w:gridCol" and len(self.stapel) >= 2 and self.stapel[-1].naam == "w:tblGrid":
            tabel = self.stapel[-2].tabel
            if tabel is not None:
                tabel.kolommen += 1
        elif naam == "w:gridSpan" and len(self.stapel) >= 2 and self.stapel[-1].naam == "w:tcPr":
            cel = self.stapel[-2].cel
            span = SPANWIJDTE.search(tag)
            if cel is not None:
                cel.span = int(span.group(1)) if span else 1
        return element

    def sluit(self, naam: str) -> None:
        if not self.stapel or self.stapel[-1].naam != naam:
            raise _Misschien
        element = self.stapel.pop()
        if naam in STRUCTUUR and any(b.diepte > len(self.structuur()) for b in self.blokken):
            raise _Misschien  # a table part closed inside a block it did not open in
        if naam in EIGENSCHAPPEN:
            self.eigenschappen -= 1
        if element.cel is not None and element.cel.rij is not None:
            element.cel.rij.breedte += element.cel.span
        if element.rij is not None:
            self.rij_klaar(element.rij)
        if element.tabel is not None and not (element.tabel.vol or element.tabel.kolommen == 0):
            raise _Misschien

    def rij_klaar(self, rij: _Rij) -> None:
        if any(rij.cellen > tabel.kolommen for tabel in self.tabellen()):
            raise _Misschien
        if rij.zeker and rij.tabel is not None and rij.breedte >= rij.tabel.kolommen:
            rij.tabel.vol = True


def tabellen_altijd_goed(bron: str) -> bool:
    """Whether no filling of the Jinja source `bron` (a part's XML as interview.render.bron makes
    it) can give a table that docxtpl's fix_tables would change; False when that is not certain."""
    lezer = _Lezer()
    try:
        for gevonden in TOKEN.finditer(bron):
            code, tag = gevonden.groups()
            if code is not None:
                lezer.code(code)
            else:
                lezer.tag(tag)
    except _Misschien:
        return False
    return not lezer.stapel and not lezer.blokken
