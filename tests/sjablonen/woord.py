"""Builds .docx templates the way Word stores them: codes split over runs, spell-check marks,
revision ids, smart quotes, headings, tables, page headers and footers.

A template is described as data (see corpus_bouw.py); `bouw` writes the Word file.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

SLIMME_AANHALINGSTEKENS = str.maketrans({"'": "’"})


@dataclass(frozen=True)
class Kop:
    tekst: str


@dataclass(frozen=True)
class Tabel:
    rijen: Sequence[Sequence[str]]


Blok = str | Kop | Tabel


@dataclass(frozen=True)
class Sjabloon:
    """A template: body blocks, page header and footer lines, and how Word mangled the codes."""

    tekst: Sequence[Blok]
    koptekst: Sequence[str] = ()
    voettekst: Sequence[str] = ()
    slimme_quotes: bool = False
    knippen: bool = True
    """Split text into runs of a few characters with spell-check marks between, as Word does."""
    rsid: Sequence[str] = field(default=("00A1B2C3", "00D4E5F6"))


def bouw(sjabloon: Sjabloon, pad: Path) -> Path:
    document = Document()
    volgnummer = itertools.count()
    for blok in sjabloon.tekst:
        if isinstance(blok, Kop):
            _vul(document.add_heading(level=1), blok.tekst, sjabloon, volgnummer)
        elif isinstance(blok, Tabel):
            tabel = document.add_table(rows=len(blok.rijen), cols=max(len(r) for r in blok.rijen))
            for rij, cellen in zip(tabel.rows, blok.rijen, strict=True):
                for cel, tekst in zip(rij.cells, cellen, strict=False):
                    _vul(cel.paragraphs[0], tekst, sjabloon, volgnummer)
        else:
            _vul(document.add_paragraph(), blok, sjabloon, volgnummer)
    sectie = document.sections[0]
    for regels, deel in ((sjabloon.koptekst, sectie.header), (sjabloon.voettekst, sectie.footer)):
        for nummer, regel in enumerate(regels):
            alinea = deel.paragraphs[0] if nummer == 0 else deel.add_paragraph()
            _vul(alinea, regel, sjabloon, volgnummer)
    document.save(str(pad))
    return pad


def _vul(alinea: Paragraph, tekst: str, sjabloon: Sjabloon, volgnummer: itertools.count[int]) -> None:
    if sjabloon.slimme_quotes:
        tekst = tekst.translate(SLIMME_AANHALINGSTEKENS)
    stukken = _knip(tekst) if sjabloon.knippen else [tekst]
    rsid = sjabloon.rsid[next(volgnummer) % len(sjabloon.rsid)]
    alinea._p.set(qn("w:rsidR"), rsid)
    for nummer, stuk in enumerate(stukken):
        if sjabloon.knippen and nummer % 2 == 1:
            alinea._p.append(_proef("spellStart"))
        run = alinea.add_run(stuk)
        run._r.set(qn("w:rsidR"), rsid)
        if sjabloon.knippen and nummer % 2 == 1:
            alinea._p.append(_proef("spellEnd"))


def _knip(tekst: str) -> list[str]:
    """Runs of 4 characters: every code ends up split over several runs."""
    return [tekst[i:i + 4] for i in range(0, len(tekst), 4)] or [""]


def _proef(soort: str) -> OxmlElement:
    element = OxmlElement("w:proofErr")
    element.set(qn("w:type"), soort)
    return element
