"""A document's core properties (docProps/core.xml) written as python-docx writes them, with plain lxml.

One writer for both paths: the normal path writes through it on python-docx's own element, the
fast path (interview.render.snel) on the part it parsed, so the two cannot drift apart. What it
writes follows python-docx 1.2's `docx.oxml.coreprops.CT_CoreProperties` step for step: a missing
element is appended at the end, a text over 255 characters is refused (ValueError), and
`created` and `modified` carry `xsi:type="dcterms:W3CDTF"` with the xsi namespace on the root.
"""

from __future__ import annotations

import datetime as dt

from lxml import etree

from interview.render.wordxml import element, qn

ELEMENTEN = {
    "author": "dc:creator",
    "category": "cp:category",
    "comments": "dc:description",
    "content_status": "cp:contentStatus",
    "created": "dcterms:created",
    "identifier": "dc:identifier",
    "keywords": "cp:keywords",
    "language": "dc:language",
    "last_modified_by": "cp:lastModifiedBy",
    "modified": "dcterms:modified",
    "subject": "dc:subject",
    "title": "dc:title",
    "version": "cp:version",
}
"""python-docx's `CoreProperties` names of the properties vplan and docxtpl write, and their element."""
LANGSTE_TEKST = 255
W3CDTF = ("created", "modified")
"""The two dates Word reads only with an explicit xsi:type."""


def zet_tekst(kern: etree._Element, naam: str, waarde: object) -> None:
    """The property `naam` (python-docx's name: `author`, `comments`, …) of the core properties
    `kern` set to `waarde` as text; ValueError past 255 characters, as python-docx refuses it."""
    tekst = waarde if isinstance(waarde, str) else str(waarde)
    if len(tekst) > LANGSTE_TEKST:
        raise ValueError(f"exceeded 255 char limit for property, got:\n\n'{tekst}'")
    _element(kern, naam).text = tekst


def zet_moment(kern: etree._Element, naam: str, moment: dt.datetime) -> None:
    """The date property `naam` (`created`, `modified`) of `kern` set to `moment`, written as UTC
    without converting it, as python-docx does."""
    datum = _element(kern, naam)
    datum.text = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    if naam in W3CDTF:
        # python-docx's way to get the xsi namespace declared on the root, not on each date.
        kern.set(qn("xsi:foo"), "bar")
        datum.set(qn("xsi:type"), "dcterms:W3CDTF")
        del kern.attrib[qn("xsi:foo")]


def _element(kern: etree._Element, naam: str) -> etree._Element:
    """The element of property `naam` in `kern`, appended at the end when there is none yet."""
    tag = ELEMENTEN[naam]
    gevonden = kern.find(qn(tag))
    if gevonden is None:
        gevonden = element(tag)
        kern.append(gevonden)
    return gevonden
