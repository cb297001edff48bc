"""A filled body into document.xml: as docxtpl does it, or without a parse where that gives the same.

docxtpl parses every filled body (recovering what is not well-formed), fixes its tables
(fix_tables), numbers the ids of its pictures (fix_docpr_ids) and serialises the whole document
again. For a template whose tables no filling can break (interview.render.tabelvorm, decided once
per template), a well-formed body without pictures comes out of that unchanged in meaning; then it
goes between the fixed parts of document.xml as it is (`skelet`). tests/render/test_snel.py holds
the two ways equal part by part.
"""

from __future__ import annotations

import copy
from typing import Any
from xml.parsers import expat

from lxml import etree

from interview.render.wordxml import schrijf

NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
W = "{" + NS["w"] + "}"
LICHAAM, TABEL, RIJ, CEL = f"{W}body", f"{W}tbl", f"{W}tr", f"{W}tc"
PLAATJE = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
OVERSPANNING = etree.XPath("w:tc/w:tcPr/w:gridSpan/@w:val", namespaces=NS)
LEEG_LICHAAM = b"<w:body/>"
GROOTSTE_TEKST = 9_000_000
"""Longer filled bodies are parsed as docxtpl does: lxml reads a text of over 10 MB only by recovering."""


def zonder_lichaam(element: Any) -> bytes:
    """document.xml with an empty body, into which each document puts the body the plan fills."""
    kopie = copy.deepcopy(element)
    lichaam = kopie.find(LICHAAM)
    for kind in list(lichaam):
        lichaam.remove(kind)
    return schrijf(kopie)


def skelet(zonder_lichaam: bytes) -> tuple[bytes, bytes] | None:
    """document.xml with an empty body (`zonder_lichaam`) cut where the body goes; None when the
    empty body cannot be found once."""
    voor, leeg, na = zonder_lichaam.partition(LEEG_LICHAAM)
    return (voor, na) if leeg and LEEG_LICHAAM not in na else None


def welgevormd(xml: str) -> bool:
    """Whether `xml` is well-formed XML with every prefix declared, as lxml reads it without
    recovering; checked without building a tree (expat), at a third of lxml's cost."""
    if len(xml) > GROOTSTE_TEKST:
        return False
    lezer = expat.ParserCreate(namespace_separator=" ")
    try:
        lezer.Parse(xml, True)
    except expat.ExpatError:
        return False
    return True


def _serialiseer(zonder_lichaam: bytes, lichaam: Any) -> bytes:
    """The filled body in the document element, serialised as python-docx saves it (docxtpl's map_tree)."""
    document = etree.fromstring(zonder_lichaam)
    document.replace(document[next(i for i, kind in enumerate(document) if kind.tag == LICHAAM)], lichaam)
    return schrijf(document)


def document_xml(zonder_lichaam: bytes, skelet_: tuple[bytes, bytes] | None, xml: str) -> bytes:
    """document.xml with the filled body `xml`: put between the parts of `skelet_` when that is
    the same as docxtpl's way (see the module's docstring), else docxtpl's way."""
    if skelet_ is not None and "docPr" not in xml and welgevormd(xml):
        return skelet_[0] + xml.encode("utf-8") + skelet_[1]
    lichaam = _tabellen(xml)
    if "docPr" in xml:
        _nummer_plaatjes(lichaam)
    return _serialiseer(zonder_lichaam, lichaam)


def _tabellen(xml: str) -> Any:
    """The body as docxtpl's fix_tables leaves it; its slow walk over every cell only where needed.

    fix_tables changes a table only when a row has more cells than the grid has columns, or when
    no row fills the grid; both are counted here with a few XPath calls per row.
    """
    lichaam = etree.fromstring(xml, etree.XMLParser(recover=True))
    for tabel in lichaam.iter(TABEL):
        kolommen = len(tabel.findall(f"{W}tblGrid/{W}gridCol"))
        breedste = 0
        for rij in tabel.iter(RIJ):
            cellen = len(rij.findall(CEL))
            overspanning = OVERSPANNING(rij)
            breedste = max(breedste, cellen - len(overspanning) + sum(int(w) for w in overspanning))
            if cellen > kolommen:
                return _docxtpl_tabellen(xml)
        if breedste < kolommen:
            return _docxtpl_tabellen(xml)
    return lichaam


def _docxtpl_tabellen(xml: str) -> Any:
    """The body `xml` through docxtpl's own fix_tables: docxtpl imported only for a table it changes,
    so a fast `vplan documenten` starts without it."""
    from docxtpl import DocxTemplate

    return DocxTemplate.fix_tables(None, xml)


def _nummer_plaatjes(lichaam: Any) -> None:
    """The ids of the pictures in the body numbered from 1001, as docxtpl's fix_docpr_ids does, so a
    picture repeated by a loop keeps an id of its own."""
    for nummer, plaatje in enumerate(lichaam.iter(PLAATJE), start=1001):
        plaatje.set("id", str(nummer))
