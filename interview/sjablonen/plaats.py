"""Where something stands in a Word template, in Word's own terms: header, heading, table cell.

Paragraphs are counted per part in document order (every `w:p`, tables included), the same
count the syntax checker uses (see syntaxis.py), so both point at the same paragraph.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DELEN = [
    (re.compile(r"^word/document\.xml$"), "body"),
    (re.compile(r"^word/header(\d*)\.xml$"), "header"),
    (re.compile(r"^word/footer(\d*)\.xml$"), "footer"),
    (re.compile(r"^word/footnotes\.xml$"), "footnotes"),
]
"""The parts docxtpl renders, with the label the syntax checker gives them."""

DEELNAMEN = {"body": "", "header": "koptekst", "footer": "voettekst", "footnotes": "voetnoten"}
KOPSTIJL = re.compile(r"^(heading|kop|title|titel)\s*\d*$", re.IGNORECASE)
CODE = re.compile(r"\{\{.*?(?:\}\}|$)|\{%.*?(?:%\}|$)|\{#.*?(?:#\}|$)")
"""A code, also one left open to the end of its paragraph (`{{ dossier.kenmerk }`): no visible text."""
VELD = re.compile(r"\{\{.*?(?:\}\}|$)")
BLOKTAG = re.compile(r"\{%.*?(?:%\}|$)|\{#.*?(?:#\}|$)")
NA_ELKAAR = re.compile(r"…(?:[\s,.;:·()-]*…)+")
"""Fields one after the other (`{{ a }}, {{ b }}`) show as one `…`."""
ANDERE_AANHALINGSTEKENS = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})
"""Word's smart quotes, which docxtpl reads as straight ones inside codes."""


@dataclass(frozen=True)
class Cel:
    tabel: int
    rij: int
    cel: int


@dataclass(frozen=True)
class Alinea:
    """One paragraph of a template: its text as the template engine reads it, and where it is."""

    deel: str
    nummer: int
    tekst: str
    kop: str
    cellen: tuple[Cel, ...]
    voor: str = ""
    """The first words of the nearest paragraph above with visible text, in the same part."""
    na: str = ""
    """For a paragraph of codes only with nothing above it to name: the visible text below it."""
    is_kop: bool = False

    def plaats(self) -> list[str]:
        """Where this paragraph is, as a team lead finds it in Word: the part, the heading above, the
        table cell, and the paragraph's first visible words (or, for a paragraph of codes only, those
        of the paragraph above it). Never a paragraph number: Word shows none."""
        soort = re.sub(r"\d+$", "", self.deel)
        delen = [DEELNAMEN.get(soort, self.deel)]
        if soort == "body":
            delen.append(f"onder kop '{self.kop}'" if self.kop else "vóór de eerste kop")
        delen += [f"tabel {c.tabel}, rij {c.rij}, cel {c.cel}" for c in self.cellen]
        eigen = zichtbaar(self.tekst)
        if eigen and eigen != self.kop:
            delen.append(f"alinea '{_begin(eigen)}'")
        elif not eigen and self.voor and self.voor != self.kop:
            delen.append(f"na '{_begin(self.voor)}'")
        elif not eigen and self.na:
            delen.append(f"vóór '{_begin(self.na)}'")
        return [deel for deel in delen if deel]


def zichtbaar(tekst: str) -> str:
    """What Word shows of a paragraph that is not code: `Voor {{ lezer.naam }}` → `Voor …`."""
    if not any(teken.isalnum() for teken in CODE.sub("", tekst)):
        return ""
    zonder = " ".join(BLOKTAG.sub("", VELD.sub(" … ", tekst)).split())
    return NA_ELKAAR.sub("…", zonder)


def _begin(tekst: str, woorden: int = 6) -> str:
    """The first words, as a team lead types them into Word's search box."""
    gesplitst = tekst.split()
    return " ".join(gesplitst[:woorden]) + (" …" if len(gesplitst) > woorden else "")


def alineas(inhoud: bytes) -> dict[str, list[Alinea]]:
    """Every paragraph of every rendered part of the .docx `inhoud`, per part label."""
    uitkomst: dict[str, list[Alinea]] = {}
    with zipfile.ZipFile(io.BytesIO(inhoud)) as zip_:
        for naam in zip_.namelist():
            label = _label(naam)
            if label is not None:
                wortel = etree.fromstring(zip_.read(naam))
                uitkomst[label] = _met_wat_volgt(list(_loop(wortel, label)))
    return uitkomst


def _met_wat_volgt(alineas: list[Alinea]) -> list[Alinea]:
    """A paragraph of codes only, right below a heading or a table, named by the text that follows it
    (in the same cell, or outside tables; up to the next heading)."""
    volgende = ""
    waar: tuple[Cel, ...] = ()
    uitkomst: list[Alinea] = []
    for alinea in reversed(alineas):
        eigen = zichtbaar(alinea.tekst)
        niets_erboven = not alinea.voor or alinea.voor == alinea.kop
        if not eigen and niets_erboven and volgende and waar == alinea.cellen:
            alinea = replace(alinea, na=volgende)
        if alinea.is_kop:
            volgende = ""  # not past a heading: above it, the heading above names the place
        elif eigen:
            volgende, waar = eigen, alinea.cellen
        uitkomst.append(alinea)
    return uitkomst[::-1]


def _label(naam: str) -> str | None:
    for patroon, soort in DELEN:
        gevonden = patroon.match(naam)
        if gevonden:
            nummer = gevonden.group(1) if gevonden.groups() else ""
            return soort + (nummer or "")
    return None


def _loop(wortel: etree._Element, label: str) -> Iterator[Alinea]:
    """Paragraphs in document order, with the table cells around each and the heading above it."""
    kop = voor = ""
    vorige_cellen: tuple[Cel, ...] = ()
    nummers = {tabel: nummer for nummer, tabel in enumerate(wortel.iter(f"{W}tbl"), start=1)}
    for nummer, alinea in enumerate(wortel.iter(f"{W}p"), start=1):
        cellen: list[Cel] = []
        for voorouder in alinea.iterancestors(f"{W}tc"):
            rij = voorouder.getparent()
            tabel = rij.getparent() if rij is not None else None
            if rij is None or tabel is None:
                continue
            rijen = [r for r in tabel if r.tag == f"{W}tr"]
            kolommen = [c for c in rij if c.tag == f"{W}tc"]
            cellen.insert(0, Cel(nummers[tabel], rijen.index(rij) + 1, kolommen.index(voorouder) + 1))
        tekst = _tekst(alinea)
        if tuple(cellen) != vorige_cellen and cellen:
            voor = ""  # in a table cell, only the text above in the same cell helps to find a paragraph
        yield Alinea(label, nummer, tekst, kop, tuple(cellen), voor, is_kop=_is_kop(alinea))
        if _is_kop(alinea) and zichtbaar(tekst):
            kop = _begin(zichtbaar(tekst), 8)
        voor, vorige_cellen = zichtbaar(tekst) or voor, tuple(cellen)


def _tekst(alinea: etree._Element) -> str:
    """The paragraph's own text (not that of text boxes in it), runs joined, quotes straightened."""
    delen: list[str] = []
    for element in alinea.iter(f"{W}t", f"{W}tab", f"{W}br"):
        eigen = next(element.iterancestors(f"{W}p"), None)
        if eigen is not alinea:
            continue
        delen.append(element.text or "" if element.tag == f"{W}t" else " ")
    return "".join(delen).translate(ANDERE_AANHALINGSTEKENS)


def _is_kop(alinea: etree._Element) -> bool:
    stijl = alinea.find(f"{W}pPr/{W}pStyle")
    return stijl is not None and bool(KOPSTIJL.match(stijl.get(f"{W}val", "")))
