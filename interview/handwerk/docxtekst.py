"""The text of a Word document as its paragraphs, read straight from the XML (fast enough for every write).

vplan keeps the paragraphs of every document it writes (interview.versieset), so a later hand
edit can be shown against exactly what vplan wrote, whatever template or plan came after.
"""

from __future__ import annotations

import hashlib
import io
import zipfile

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
KOPSTIJL = ("heading", "kop", "title", "titel")
"""Paragraph styles (by id, lowercase start) that head a section: a numbered item ends there."""


def inhoudshash(inhoud: bytes) -> str:
    """The content hash METADATA records per written file: any change of its bytes changes it."""
    return "sha256:" + hashlib.sha256(inhoud).hexdigest()


def alineas(inhoud: bytes) -> list[str]:
    """The body's paragraphs of a .docx in reading order (table cells included), each as its text.

    A heading paragraph starts with "# " so a reader of the list knows where a section begins.
    Unreadable bytes (not a Word document) give no paragraphs.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(inhoud)) as archief:
            wortel = etree.fromstring(archief.read("word/document.xml"))
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError):
        return []
    return [_alinea(alinea) for alinea in wortel.iter(f"{W}p")]


def _alinea(alinea: etree._Element) -> str:
    delen = []
    for deel in alinea.iter(f"{W}t", f"{W}tab", f"{W}br"):
        if next(deel.iterancestors(f"{W}p")) is not alinea:
            continue  # a text box's own paragraph, read on its own
        delen.append(deel.text or "" if deel.tag == f"{W}t" else "\t" if deel.tag == f"{W}tab" else "\n")
    stijl = alinea.find(f"{W}pPr/{W}pStyle")
    kop = stijl is not None and str(stijl.get(f"{W}val", "")).lower().startswith(KOPSTIJL)
    return ("# " if kop else "") + "".join(delen)
