"""The copy of a .docx that LibreOffice converts to PDF: only the styles the document uses.

Templates built on Word's or python-docx's default carry every built-in style (169 in ours, 351 kB
of styles.xml for an 11 kB body) and Word's latent-style list. LibreOffice builds a style object
for each one on import: a third of its time per document went there (benchmarks/bench_pdf.py).
The copy keeps every style that a part of the document names, the styles those derive from or
link to, the defaults, and any style a field names (STYLEREF, TOC); the PDF is the same. The
.docx the user gets is never changed.
"""

from __future__ import annotations

import functools
import io
import re
import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STIJLEN = "word/styles.xml"
MET_EFFECTEN = "word/stylesWithEffects.xml"
"""Word 2010's copy of the styles, which LibreOffice does not read."""
VERWIJZING = re.compile(rb'<w:(?:pStyle|rStyle|tblStyle|numStyleLink|styleLink)\s[^>]*?\bw:val="([^"]*)"')
"""How a part names a style by id (parts are scanned as bytes: a full parse costs more than the gain)."""
VELD = re.compile(rb"<w:instrText[^>]*>([^<]*)<|w:instr=\"([^\"]*)\"")
VELDTEKST = "\x00veld:"
"""Marks field text among the style ids (an id cannot hold a NUL)."""
KETEN = ("basedOn", "link", "next")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=False)


def _w(naam: str) -> str:
    return f"{{{W}}}{naam}"


def slanke_kopie(docx: bytes) -> bytes:
    """`docx` with the unused styles and the latent-style list left out, stored uncompressed.

    Returns `docx` itself when it is no zip or has no styles part it can read: LibreOffice then
    meets the same document and reports it as it would.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(docx)) as bron:
            onderdelen = {info.filename: bron.read(info) for info in bron.infolist()}
        if STIJLEN not in onderdelen or not _alleen_w_voorvoegsel(onderdelen):
            return docx
        onderdelen[STIJLEN] = _gesnoeid(onderdelen[STIJLEN], frozenset(_namen(onderdelen)))
    except (zipfile.BadZipFile, etree.XMLSyntaxError, OSError, EOFError):
        return docx
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_STORED) as doel:
        for naam, inhoud in onderdelen.items():
            doel.writestr(naam, inhoud)
    return uit.getvalue()


def _alleen_w_voorvoegsel(onderdelen: dict[str, bytes]) -> bool:
    """Whether every part that speaks WordprocessingML calls it `w:`, as the scan above expects."""
    naamruimte = W.encode()
    return all(f'xmlns:w="{W}"'.encode() in inhoud for inhoud in onderdelen.values() if naamruimte in inhoud)


@functools.lru_cache(maxsize=32)
def _gesnoeid(stijlen_xml: bytes, genoemd: frozenset[str]) -> bytes:
    """styles.xml with only the styles `genoemd` (ids and field text) needs; no latent-style list.

    Cached: the documents of one template share their styles and mostly name the same ones, and
    parsing 350 kB of styles is most of this module's cost.
    """
    stijlen = etree.fromstring(stijlen_xml, _PARSER)
    per_id = {stijl.get(_w("styleId")): stijl for stijl in stijlen.iter(_w("style"))}
    velden = " ".join(naam for naam in genoemd if naam.startswith(VELDTEKST))
    nodig = {id_ for id_, stijl in per_id.items()
             if id_ in genoemd or stijl.get(_w("default")) in ("1", "true", "on") or _in_veld(stijl, velden)}
    te_volgen = list(nodig)
    while te_volgen:
        stijl = per_id.get(te_volgen.pop())
        for verwijzing in () if stijl is None else stijl:
            if etree.QName(verwijzing).localname in KETEN and verwijzing.get(_w("val")) not in nodig:
                nodig.add(verwijzing.get(_w("val")))
                te_volgen.append(verwijzing.get(_w("val")))
    for id_, stijl in per_id.items():
        if id_ not in nodig:
            stijlen.remove(stijl)
    for lijst in stijlen.findall(_w("latentStyles")):
        stijlen.remove(lijst)
    return bytes(etree.tostring(stijlen, xml_declaration=True, encoding="UTF-8", standalone=True))


def _in_veld(stijl: etree._Element, velden: str) -> bool:
    """Whether a field (STYLEREF, TOC) names this style by its name."""
    naam = stijl.find(_w("name"))
    return bool(velden) and naam is not None and str(naam.get(_w("val"), "")) in velden


def _namen(onderdelen: dict[str, bytes]) -> set[str]:
    """The style ids that any part names, and the text of its fields (prefixed with VELDTEKST)."""
    genoemd: set[str] = set()
    for naam, inhoud in onderdelen.items():
        if naam.endswith(".xml") and naam not in (STIJLEN, MET_EFFECTEN):
            genoemd.update(m.group(1).decode("utf-8", "replace") for m in VERWIJZING.finditer(inhoud))
            genoemd.update(VELDTEKST + (m.group(1) or m.group(2)).decode("utf-8", "replace")
                           for m in VELD.finditer(inhoud))
    return genoemd
