"""Reads rendered Word documents back, as an independent reader of what we wrote."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def tekst_van(pad: Path) -> str:
    """All text of the body, tables included, whitespace folded to single spaces."""
    document = Document(str(pad))
    stukken = [t.text or "" for t in document.element.body.iter(qn("w:t"))]
    return normaliseer(" ".join(stukken))


def normaliseer(tekst: str) -> str:
    return re.sub(r"\s+", " ", tekst).strip()


def bladwijzers(pad: Path) -> set[str]:
    document = Document(str(pad))
    return {b.get(qn("w:name")) for b in document.element.body.iter(qn("w:bookmarkStart"))}


def interne_links(pad: Path) -> list[str]:
    document = Document(str(pad))
    return [
        link.get(qn("w:anchor"))
        for link in document.element.body.iter(qn("w:hyperlink"))
        if link.get(qn("w:anchor"))
    ]


def externe_links(pad: Path) -> list[str]:
    """Targets of hyperlinks that point outside the document (to the sibling plan)."""
    document = Document(str(pad))
    relaties = document.part.rels
    return [
        relaties[link.get(qn("r:id"))].target_ref
        for link in document.element.body.iter(qn("w:hyperlink"))
        if link.get(qn("r:id"))
    ]


def kop_en_voet_tekst(pad: Path) -> str:
    document = Document(str(pad))
    delen = []
    for sectie in document.sections:
        for deel in (sectie.header, sectie.footer, sectie.first_page_header):
            delen += [t.text or "" for t in deel._element.iter(qn("w:t"))]
    return normaliseer(" ".join(delen))
