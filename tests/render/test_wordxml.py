"""What the fast path writes with plain lxml is what python-docx writes: elements, parts, core properties.

Both paths share these writers (the cross-references, the core properties), so comparing the two
paths' documents (tests/render/test_snel.py) cannot show a drift from python-docx: here each is
held against python-docx itself.
"""

from __future__ import annotations

import datetime as dt

import pytest
from docx.opc.coreprops import CoreProperties
from docx.opc.oxml import nsmap as relatie_naamruimten
from docx.opc.oxml import serialize_part_xml
from docx.oxml import OxmlElement
from docx.oxml.coreprops import CT_CoreProperties
from docx.oxml.ns import nsmap
from docx.oxml.parser import parse_xml
from lxml import etree

from interview.render import wordxml
from interview.render.kerneigenschappen import ELEMENTEN, zet_moment, zet_tekst
from interview.render.kruisverwijzingen import MET_RELATIES

WORD_KERN = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    b'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    b'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    b"<dc:title>{{ titel }}</dc:title>\n  <dc:creator>Team West</dc:creator>"
    b'<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-02T03:04:05Z</dcterms:created>'
    b"</cp:coreProperties>"
)
"""core.xml as Word saves it: the xsi namespace declared, some properties there already."""
KALE_KERN = CT_CoreProperties.new().xml.encode()
"""core.xml as python-docx makes it for a template without one: no xsi namespace yet."""
MOMENT = dt.datetime(2026, 3, 4, 12, 0)


def test_the_namespaces_are_python_docx_own() -> None:
    van_python_docx = {**nsmap, **relatie_naamruimten}

    assert {prefix: van_python_docx[prefix] for prefix in wordxml.NAAMRUIMTEN} == wordxml.NAAMRUIMTEN


@pytest.mark.parametrize(("naam", "naamruimten"), [("w:r", None), ("w:bookmarkStart", None),
                                                   ("w:hyperlink", MET_RELATIES)])
def test_a_new_element_is_written_as_python_docx_oxml_element(naam: str, naamruimten: dict[str, str] | None
                                                             ) -> None:
    eigen, docx = wordxml.element(naam, naamruimten), OxmlElement(naam, nsdecls=naamruimten)
    for element in (eigen, docx):
        element.set(wordxml.qn("w:val"), "1")
        element.append(wordxml.element("w:t"))

    assert etree.tostring(eigen) == etree.tostring(docx)


def test_a_part_is_read_and_written_as_python_docx_does() -> None:
    xml = WORD_KERN.replace(b"<dc:title>", b"<dc:title>&amp; &#233; ")

    assert wordxml.schrijf(wordxml.lees(xml)) == serialize_part_xml(parse_xml(xml))


@pytest.mark.parametrize("kern", [WORD_KERN, KALE_KERN], ids=["van Word", "van python-docx"])
def test_every_property_is_written_as_python_docx_core_properties_writes_it(kern: bytes) -> None:
    eigen, docx = wordxml.lees(kern), parse_xml(kern)
    eigenschappen = CoreProperties(docx)
    for naam in ELEMENTEN:
        if naam in ("created", "modified"):
            zet_moment(eigen, naam, MOMENT)
            setattr(eigenschappen, naam, MOMENT)
        else:
            zet_tekst(eigen, naam, f"{naam} é")
            setattr(eigenschappen, naam, f"{naam} é")

    assert wordxml.schrijf(eigen) == serialize_part_xml(docx)


def test_a_text_over_255_characters_is_refused_as_python_docx_refuses_it() -> None:
    with pytest.raises(ValueError, match="255"):
        CoreProperties(parse_xml(KALE_KERN)).title = "x" * 256
    with pytest.raises(ValueError, match="255"):
        zet_tekst(wordxml.lees(KALE_KERN), "title", "x" * 256)
