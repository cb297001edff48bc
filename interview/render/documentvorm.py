"""The normalised form of a Word document: what a reader sees, nothing of how the file was saved.

A template's identity (interview.render.identiteit) is a hash of this form. Per part it holds the
paragraphs' visible text with the formatting that applies to each stretch of it (runs with the same
look joined, so a Jinja code Word split over three runs reads as one), numbering, tables (rows,
cells, spans, shading), images by the hash of their bytes, fields by their code (never their last
shown result), footnotes, and per section the page size, margins and the headers and footers shown.

Left out, because a save in Word or LibreOffice rewrites them without anyone seeing a change: revision
ids, run splits, spell-check marks, bookmarks, namespace declarations, the order and wording of style
definitions (only what applies counts), settings, document properties, column widths LibreOffice
rounds, and the name of each part.
"""

from __future__ import annotations

import hashlib
import posixpath
import zipfile
from typing import Any

from lxml import etree

from interview.render.geldendeopmaak import ONWAAR, Opmaak, W, w

R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
PAKKET = "{http://schemas.openxmlformats.org/package/2006/relationships}"
SOORT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
DOORZICHTIG = {w(n) for n in ("hyperlink", "smartTag", "ins", "customXml", "moveTo", "sdtContent", "dir",
                               "bdo")}
"""Inline wrappers whose content is shown as if they were not there."""
TEKENS = {w("tab"): "\t", w("cr"): "\n", w("noBreakHyphen"): "\u2011", w("softHyphen"): "\u00ad"}
AFBREKING = {None: "\n", "textWrapping": "\n", "page": "\f", "column": "\v"}
KOP_VOET = ("default", "first", "even")


def documentvorm(zip_: zipfile.ZipFile) -> list[Any]:
    """The normalised form of the Word document in `zip_`, as JSON-ready lists."""
    return _Document(zip_).vorm()


class _Document:
    def __init__(self, zip_: zipfile.ZipFile) -> None:
        self.zip = zip_
        self.namen = set(zip_.namelist())
        hoofd = _doel(self._relaties("", "_rels/.rels"), SOORT + "officeDocument") or "word/document.xml"
        self.hoofd = hoofd
        self.relaties = self._relaties(posixpath.dirname(hoofd), _relatiebestand(hoofd))
        self.opmaak = Opmaak(*(self._deel(_doel(self.relaties, SOORT + soort))
                               for soort in ("styles", "theme", "numbering")))
        self.voetnoten = self._noten("footnotes", "footnote")
        instellingen = self._deel(_doel(self.relaties, SOORT + "settings"))
        self.even_oneven = instellingen is not None and b"evenAndOddHeaders" in instellingen

    def _deel(self, naam: str | None) -> bytes | None:
        return self.zip.read(naam) if naam and naam in self.namen else None

    def _relaties(self, map_: str, naam: str) -> dict[str, tuple[str, str]]:
        """rId -> (type, part name or external target)."""
        inhoud = self._deel(naam)
        if inhoud is None:
            return {}
        relaties = {}
        for relatie in etree.fromstring(inhoud).iter(f"{PAKKET}Relationship"):
            doel = relatie.get("Target", "")
            if relatie.get("TargetMode") != "External":
                doel = doel[1:] if doel.startswith("/") else posixpath.normpath(posixpath.join(map_, doel))
            relaties[relatie.get("Id", "")] = (relatie.get("Type", ""), doel)
        return relaties

    def _noten(self, deel: str, naam: str) -> dict[str, etree._Element]:
        inhoud = self._deel(_doel(self.relaties, SOORT + deel))
        if inhoud is None:
            return {}
        return {n.get(w("id"), ""): n for n in etree.fromstring(inhoud).iter(w(naam))}

    def vorm(self) -> list[Any]:
        wortel = etree.fromstring(self.zip.read(self.hoofd))
        lichaam = wortel.find(w("body"))
        return [] if lichaam is None else _Deel(self, self.relaties).blokken(lichaam, secties=True)


class _Deel:
    """One part (document body, header, footer): its relationships decide which image is which."""

    def __init__(self, document: _Document, relaties: dict[str, tuple[str, str]]) -> None:
        self.document = document
        self.relaties = relaties
        self.veld: list[str] | None = None
        """The code of a field being read (between its begin and separate), else None."""
        self.resultaat = 0
        """How many fields' shown results are being skipped."""
        self.koppen: dict[str, list[Any]] = {}

    def blokken(self, ouder: etree._Element, secties: bool = False) -> list[Any]:
        vorm: list[Any] = []
        for kind in ouder:
            if kind.tag == w("p"):
                vorm.append(self.alinea(kind))
                sectie = kind.find(f"{W}pPr/{W}sectPr")
                if secties and sectie is not None:
                    vorm.append(self.sectie(sectie))
            elif kind.tag == w("tbl"):
                vorm.append(self.tabel(kind))
            elif kind.tag in (w("sdt"), w("customXml")):
                inhoud = kind.find(w("sdtContent")) if kind.tag == w("sdt") else kind
                vorm.extend(self.blokken(inhoud, secties) if inhoud is not None else [])
            elif kind.tag == w("sectPr") and secties:
                vorm.append(self.sectie(kind))
        return vorm

    def tabel(self, tabel: etree._Element) -> list[Any]:
        rijen = []
        for rij in tabel.iter(w("tr")):
            if rij.getparent() is not tabel:
                continue
            cellen = []
            for cel in rij.iter(w("tc")):
                if cel.getparent() is not rij:
                    continue
                eigen = cel.find(w("tcPr"))
                cellen.append([_attribuut(eigen, "gridSpan") or "1", _vmerge(eigen),
                               (_attribuut(eigen, "shd", "fill") or "auto").upper(), self.blokken(cel)])
            rijen.append(cellen)
        return ["tabel", rijen]

    def alinea(self, alinea: etree._Element) -> list[Any]:
        eigenschappen = alinea.find(w("pPr"))
        stukken: list[list[Any]] = []
        self.inline(alinea, eigenschappen, stukken)
        return ["alinea", sorted(self.document.opmaak.alinea(eigenschappen).items()), stukken]

    def inline(self, ouder: etree._Element, alinea: etree._Element | None, stukken: list[list[Any]]) -> None:
        for kind in ouder:
            if kind.tag == w("r"):
                self.run(kind, alinea, stukken)
            elif kind.tag in DOORZICHTIG:
                self.inline(kind, alinea, stukken)
            elif kind.tag == w("sdt"):
                inhoud = kind.find(w("sdtContent"))
                if inhoud is not None:
                    self.inline(inhoud, alinea, stukken)
            elif kind.tag == w("fldSimple"):
                stukken.append(["veld", " ".join(kind.get(w("instr"), "").split())])
            elif kind.tag == f"{MC}AlternateContent":
                self.inline(_keuze(kind), alinea, stukken)

    def run(self, run: etree._Element, alinea: etree._Element | None, stukken: list[list[Any]]) -> None:
        opmaak = sorted(self.document.opmaak.run(alinea, run.find(w("rPr"))).items())
        for kind in run:
            tekst = self.teken(kind, stukken)
            if tekst and self.veld is None and not self.resultaat:
                if stukken and stukken[-1][0] == "tekst" and stukken[-1][2] == opmaak:
                    stukken[-1][1] += tekst
                else:
                    stukken.append(["tekst", tekst, opmaak])

    def teken(self, kind: etree._Element, stukken: list[list[Any]]) -> str:
        """The text `kind` of a run shows; fields, images and footnotes go into `stukken` themselves."""
        if kind.tag == w("t"):
            return kind.text or ""
        if kind.tag in TEKENS:
            return TEKENS[kind.tag]
        if kind.tag == w("br"):
            return AFBREKING.get(kind.get(w("type")), "\n")
        if kind.tag == w("sym"):
            return f"[{kind.get(w('font'))}:{kind.get(w('char'))}]"
        if kind.tag == w("fldChar"):
            self.veldteken(kind.get(w("fldCharType")), stukken)
        elif kind.tag == w("instrText") and self.veld is not None:
            self.veld.append(kind.text or "")
        elif kind.tag in (w("drawing"), w("pict"), w("object"), f"{MC}AlternateContent"):
            stukken.append(["beeld", *self.beelden(_keuze(kind))])
        elif kind.tag in (w("footnoteReference"), w("endnoteReference")):
            noot = self.document.voetnoten.get(kind.get(w("id"), ""))
            stukken.append(["voetnoot", [] if noot is None else self.blokken(noot)])
        return ""

    def veldteken(self, soort: str | None, stukken: list[list[Any]]) -> None:
        """A complex field: its code counts, the result Word or LibreOffice last showed does not."""
        if soort == "begin" and not self.resultaat:
            self.veld = []
        elif soort == "separate" and self.veld is not None:
            stukken.append(["veld", " ".join("".join(self.veld).split())])
            self.veld = None
            self.resultaat += 1
        elif soort == "end":
            if self.veld is not None:  # a field without a shown result
                stukken.append(["veld", " ".join("".join(self.veld).split())])
                self.veld = None
            else:
                self.resultaat = max(0, self.resultaat - 1)

    def beelden(self, tekening: etree._Element) -> list[str]:
        """Each picture in a drawing by the hash of its bytes (an external one by its address)."""
        beelden = []
        for element in tekening.iter():
            for attribuut in (f"{R}embed", f"{R}link", f"{R}id"):
                rid = element.get(attribuut)
                soort, doel = self.relaties.get(rid or "", ("", ""))
                if soort == SOORT + "image":
                    inhoud = self.document._deel(doel)
                    beelden.append(hashlib.sha256(inhoud).hexdigest() if inhoud is not None else doel)
        return beelden

    def sectie(self, sectie: etree._Element) -> list[Any]:
        """Page size, margins, columns and the headers and footers this section shows."""
        pagina = {n: _attribuut(sectie, "pgSz", n) for n in ("w", "h")}
        marges = {n: _attribuut(sectie, "pgMar", n) for n in ("top", "right", "bottom", "left")}
        titelpagina = sectie.find(w("titlePg")) is not None and _attribuut(sectie, "titlePg") not in ONWAAR
        for verwijzing in (*sectie.iter(w("headerReference")), *sectie.iter(w("footerReference"))):
            doel = self.relaties.get(verwijzing.get(f"{R}id", ""), ("", ""))[1]
            inhoud = self.document._deel(doel)
            if inhoud is not None:  # a section without its own header shows the one before (Word's rule)
                relaties = self.document._relaties(posixpath.dirname(doel), _relatiebestand(doel))
                sleutel = f"{etree.QName(verwijzing).localname}.{verwijzing.get(w('type'), 'default')}"
                self.koppen[sleutel] = _Deel(self.document, relaties).blokken(etree.fromstring(inhoud))
        getoond = {"default", "first" if titelpagina else "", "even" if self.document.even_oneven else ""}
        koppen = sorted((s, v) for s, v in self.koppen.items() if s.split(".")[1] in getoond)
        for soort in ("header", "footer"):  # the distance shows only with a header or footer to place
            if any(s.startswith(soort) for s, _ in koppen):
                marges[soort] = _attribuut(sectie, "pgMar", soort)
        kolommen = _attribuut(sectie, "cols", "num") or "1"
        return ["sectie", sorted(pagina.items()), sorted(marges.items()), kolommen, titelpagina, koppen]


def _keuze(alternatief: etree._Element) -> etree._Element:
    """The first choice of mc:AlternateContent (its fallback shows the same, for older readers)."""
    keuze = alternatief.find(f"{MC}Choice")
    return alternatief if keuze is None else keuze


def _attribuut(ouder: etree._Element | None, kind: str, naam: str = "val") -> str | None:
    element = None if ouder is None else ouder.find(w(kind))
    return None if element is None else element.get(w(naam))


def _vmerge(eigenschappen: etree._Element | None) -> str:
    element = None if eigenschappen is None else eigenschappen.find(w("vMerge"))
    return "" if element is None else element.get(w("val"), "continue")


def _doel(relaties: dict[str, tuple[str, str]], soort: str) -> str | None:
    return next((doel for type_, doel in relaties.values() if type_ == soort), None)


def _relatiebestand(deel: str) -> str:
    return posixpath.join(posixpath.dirname(deel), "_rels", posixpath.basename(deel) + ".rels")
