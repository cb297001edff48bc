"""The text of a Word document as its paragraphs, and the part of it vplan keeps to show a hand edit later.

vplan keeps, for every document it writes, the body of the document (`word/document.xml`) as it
sits compressed inside the .docx: copied, not unpacked, so writing a set costs no parsing
(interview.versieset). A later hand edit is then shown against exactly what vplan wrote, whatever
template or plan came after.
"""

from __future__ import annotations

import hashlib
import io
import struct
import zipfile
import zlib

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BODY = "word/document.xml"
KOPSTIJL = ("heading", "kop", "title", "titel")
"""Paragraph styles (by id, lowercase start) that head a section: a numbered item ends there."""
LOKALE_KOP = struct.Struct("<4s22xHH")
"""A zip entry's local header up to its name and extra lengths (the data follows name and extra)."""
GEPAKT = ".deflate"
"""Name suffix in the kept bundle of a body that is stored deflated, as in the .docx; else `.xml`."""


def inhoudshash(inhoud: bytes) -> str:
    """The content hash METADATA records per written file: any change of its bytes changes it."""
    return "sha256:" + hashlib.sha256(inhoud).hexdigest()


def bundel(documenten: dict[str, bytes]) -> bytes:
    """One uncompressed zip holding each .docx's body as stored in it (`<name>.deflate` or `.xml`).

    A document that is not a readable .docx is left out (its hand edits are then told, not shown).
    """
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_STORED) as archief:
        for naam, inhoud in documenten.items():
            deel = _body_zoals_opgeslagen(inhoud)
            if deel is not None:
                archief.writestr(naam + (GEPAKT if deel[0] else ".xml"), deel[1])
    return uit.getvalue()


def uit_bundel(inhoud: bytes) -> dict[str, list[str]]:
    """The paragraphs per document name from a bundle made by `bundel`; {} when it cannot be read."""
    teksten: dict[str, list[str]] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(inhoud)) as archief:
            for naam in archief.namelist():
                data = archief.read(naam)
                gepakt = naam.endswith(GEPAKT)
                xml = zlib.decompress(data, -15) if gepakt else data
                teksten[naam.removesuffix(GEPAKT if gepakt else ".xml")] = _alineas_uit(xml)
    except (zipfile.BadZipFile, zlib.error, etree.XMLSyntaxError):
        return {}
    return teksten


def alineas(inhoud: bytes) -> list[str]:
    """The body's paragraphs of a .docx in reading order (table cells included), each as its text.

    A heading paragraph starts with "# " so a reader of the list knows where a section begins.
    Unreadable bytes (not a Word document) give no paragraphs.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(inhoud)) as archief:
            return _alineas_uit(archief.read(BODY))
    except (zipfile.BadZipFile, KeyError, zlib.error, etree.XMLSyntaxError):
        return []


def _body_zoals_opgeslagen(inhoud: bytes) -> tuple[bool, bytes] | None:
    """(deflated?, bytes) of the body exactly as the .docx stores it; None when not found."""
    try:
        with zipfile.ZipFile(io.BytesIO(inhoud)) as archief:
            info = archief.getinfo(BODY)
    except (zipfile.BadZipFile, KeyError):
        return None
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or info.flag_bits & 0x1:
        return None
    handtekening, naamlengte, extralengte = LOKALE_KOP.unpack_from(inhoud, info.header_offset)
    if handtekening != b"PK\x03\x04":
        return None
    begin = info.header_offset + LOKALE_KOP.size + naamlengte + extralengte
    return info.compress_type == zipfile.ZIP_DEFLATED, inhoud[begin:begin + info.compress_size]


def _alineas_uit(xml: bytes) -> list[str]:
    wortel = etree.fromstring(xml)
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
