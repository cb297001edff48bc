"""A template's identity as vplan recorded it before issue 18, kept only to recognise those records.

The .vplan.json of sets written before then carry this hash; interview.render.identiteit compares
with it too, so an upgrade does not mark every dossier's documents outdated (see there).
It hashed the XML of the parts after removing revision ids and spell-check marks, so a re-save in
LibreOffice (which rewrites every part) changed it.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
XML_SPATIE = "{http://www.w3.org/XML/1998/namespace}space"
ONDERDELEN = re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes|styles|numbering)\.xml$")
"""The parts whose content reaches a rendered document (media are hashed by their bytes)."""
MEDIA = re.compile(r"^word/media/")
WEGLATEN = (f"{W}proofErr", f"{W}lastRenderedPageBreak", f"{W}noProof")
"""Marks Word adds or moves on its own: spelling and grammar checks, page breaks as last shown."""
VLUCHTIGE_ATTRIBUTEN = re.compile(r"^(rsid\w*|paraId|textId)$")


def vroegere_hash(inhoud: bytes) -> str:
    """`sha256:…` as recorded before issue 18, over the text, codes, formatting, styles and images."""
    totaal = hashlib.sha256()
    with zipfile.ZipFile(io.BytesIO(inhoud)) as zip_:
        for naam in sorted(zip_.namelist()):
            if ONDERDELEN.match(naam):
                gegevens = _genormaliseerd(zip_.read(naam))
            elif MEDIA.match(naam):
                gegevens = zip_.read(naam)
            else:
                continue
            totaal.update(naam.encode() + b"\0" + hashlib.sha256(gegevens).digest())
    return "sha256:" + totaal.hexdigest()


def _genormaliseerd(xml: bytes) -> bytes:
    wortel = etree.fromstring(xml)
    for element in list(wortel.iter(*WEGLATEN)):
        _verwijder(element)
    for bladwijzer in list(wortel.iter(f"{W}bookmarkStart")):
        if bladwijzer.get(f"{W}name", "").startswith("_GoBack"):
            for einde in wortel.iter(f"{W}bookmarkEnd"):
                if einde.get(f"{W}id") == bladwijzer.get(f"{W}id"):
                    _verwijder(einde)
                    break
            _verwijder(bladwijzer)
    for element in wortel.iter():
        for attribuut in list(element.attrib):
            if VLUCHTIGE_ATTRIBUTEN.match(etree.QName(attribuut).localname) or attribuut == XML_SPATIE:
                del element.attrib[attribuut]
    for alinea in wortel.iter(f"{W}p"):
        _voeg_runs_samen(alinea)
    return bytes(etree.tostring(wortel, method="c14n"))


def _verwijder(element: etree._Element) -> None:
    ouder = element.getparent()
    if ouder is not None:
        ouder.remove(element)


def _voeg_runs_samen(alinea: etree._Element) -> None:
    """Join neighbouring runs that look the same: Word splits runs where nobody can see it."""
    vorige: etree._Element | None = None
    for run in list(alinea):
        if run.tag != f"{W}r" or not _alleen_tekst(run):
            vorige = None
            continue
        if vorige is not None and _opmaak(vorige) == _opmaak(run):
            tekst_vorige = vorige.find(f"{W}t")
            tekst = run.find(f"{W}t")
            if tekst_vorige is not None and tekst is not None:
                tekst_vorige.text = (tekst_vorige.text or "") + (tekst.text or "")
                alinea.remove(run)
                continue
        vorige = run


def _alleen_tekst(run: etree._Element) -> bool:
    kinderen = [k.tag for k in run]
    return kinderen in ([f"{W}t"], [f"{W}rPr", f"{W}t"])


def _opmaak(run: etree._Element) -> bytes:
    eigenschappen = run.find(f"{W}rPr")
    return b"" if eigenschappen is None else etree.tostring(eigenschappen, method="c14n")
