"""A part's XML read, built and written as python-docx does it, with plain lxml.

The fast path (interview.render.snel) fills parts that python-docx writes on the normal path; it
does that with the same parser settings, namespaces and serialisation as python-docx 1.2
(`docx.oxml.parser`, `docx.oxml.ns`, `docx.opc.oxml.serialize_part_xml`), so the two give the
same XML without the fast path importing python-docx (about a hundred modules at start-up).
tests/render/test_wordxml.py holds these equal to python-docx's own.
"""

from __future__ import annotations

from lxml import etree

NAAMRUIMTEN = {
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "pr": "http://schemas.openxmlformats.org/package/2006/relationships",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
"""The prefixes python-docx gives these namespaces (`pr`, a .rels part's, from docx.opc.oxml)."""
_LEZER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)


def qn(naam: str) -> str:
    """`w:body` as lxml names it: `{http://…/main}body`."""
    voorvoegsel, lokaal = naam.split(":")
    return f"{{{NAAMRUIMTEN[voorvoegsel]}}}{lokaal}"


def element(naam: str, naamruimten: dict[str, str] | None = None) -> etree._Element:
    """A new element `naam` (`w:r`) declaring `naamruimten` (prefix: namespace), by default only
    its own prefix, as python-docx's `OxmlElement` makes it."""
    voorvoegsel = naam.split(":")[0]
    return etree.Element(qn(naam), nsmap=naamruimten or {voorvoegsel: NAAMRUIMTEN[voorvoegsel]})


def lees(xml: str | bytes) -> etree._Element:
    """The root element of `xml`, parsed as python-docx parses a part (blank text between tags dropped,
    entities not resolved)."""
    return etree.fromstring(xml, _LEZER)


def schrijf(deel: etree._Element) -> bytes:
    """`deel` as python-docx stores a part: UTF-8 with a standalone XML declaration, nothing added."""
    xml: bytes = etree.tostring(deel, encoding="UTF-8", standalone=True)
    return xml
