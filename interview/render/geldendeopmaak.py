"""The formatting that applies to a paragraph or run: defaults, style chain, numbering and direct formatting.

Word and LibreOffice express the same look differently (LibreOffice copies a style's properties onto
every paragraph, Word leaves them in the style; one writes `w:b w:val="0"`, the other `"false"`), so a
template's identity compares what applies, resolved here, never how it is written down. Only
properties a reader can see are resolved; everything else (language, kerning, widow control) is not.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
ONWAAR = {"0", "false", "off"}

AAN_UIT = ("b", "i", "strike", "dstrike", "caps", "smallCaps", "vanish", "outline", "shadow", "emboss")
"""Run properties that are on or off."""
UITLIJNING = {"start": "left", "end": "right", "distribute": "both"}
"""LibreOffice writes the bidi-neutral names, Word the old ones: one name each."""
ZIJDEN = {"start": "left", "end": "right"}
ALINEA_STANDAARD = {"uitlijning": "left", "spacing.before": "0", "spacing.after": "0", "spacing.line": "240",
                    "ind.left": "0", "ind.right": "0", "ind.firstLine": "0", "ind.hanging": "0",
                    "pageBreakBefore": "0", "keepNext": "0", "arcering": "AUTO"}
"""What applies to a paragraph that nothing formats (Word's and LibreOffice's own defaults)."""


def w(naam: str) -> str:
    return f"{W}{naam}"


def _waarde(element: etree._Element | None, attribuut: str = "val") -> str | None:
    return None if element is None else element.get(w(attribuut))


@dataclass(frozen=True)
class Stijl:
    """One style as written: its parent, its paragraph and run properties, its numbering."""

    ouder: str | None
    alinea: etree._Element | None
    run: etree._Element | None


class Opmaak:
    """The styles, theme fonts and numbering of one document, to resolve what applies."""

    def __init__(self, stijlen: bytes | None, thema: bytes | None, nummering: bytes | None) -> None:
        self.stijlen: dict[str, Stijl] = {}
        self.standaard: dict[str, str] = {}
        self.basis_alinea: etree._Element | None = None
        self.basis_run: etree._Element | None = None
        if stijlen:
            self._lees_stijlen(etree.fromstring(stijlen))
        self.themafonts = _themafonts(thema)
        self.nummers = _nummering(nummering)

    def _lees_stijlen(self, wortel: etree._Element) -> None:
        self.basis_alinea = wortel.find(f"{W}docDefaults/{W}pPrDefault/{W}pPr")
        self.basis_run = wortel.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        for stijl in wortel.iter(w("style")):
            naam = stijl.get(w("styleId"), "")
            self.stijlen[naam] = Stijl(_waarde(stijl.find(w("basedOn"))), stijl.find(w("pPr")),
                                       stijl.find(w("rPr")))
            if stijl.get(w("default")) in ("1", "true", "on"):
                self.standaard.setdefault(stijl.get(w("type"), ""), naam)

    def keten(self, naam: str | None, soort: str) -> list[Stijl]:
        """The style `naam` (else the default of `soort`) and its parents, the root first."""
        naam = naam or self.standaard.get(soort)
        gezien: list[Stijl] = []
        namen: set[str] = set()
        while naam and naam in self.stijlen and naam not in namen:  # a loop of basedOn ends here
            namen.add(naam)
            gezien.append(self.stijlen[naam])
            naam = gezien[-1].ouder
        return gezien[::-1]

    def alinea(self, eigenschappen: etree._Element | None) -> dict[str, str]:
        """What applies to a paragraph with direct properties `eigenschappen` (its `w:pPr`)."""
        keten = self.keten(_waarde(_kind(eigenschappen, "pStyle")), "paragraph")
        lagen = [self.basis_alinea, *(s.alinea for s in keten)]
        nummer = _laatste([*lagen, eigenschappen], "numPr")
        niveau = self._niveau(nummer)
        lagen += [None if niveau is None else niveau.find(w("pPr")), eigenschappen]
        geldend = dict(ALINEA_STANDAARD)
        for laag in lagen:
            _voeg_alinea_toe(geldend, laag)
        if niveau is not None:
            geldend["nummering"] = f"{_waarde(niveau.find(w('numFmt')))}|{_waarde(niveau.find(w('lvlText')))}"
        return {sleutel: waarde for sleutel, waarde in geldend.items()
                if ALINEA_STANDAARD.get(sleutel) != waarde}

    def _niveau(self, nummer: etree._Element | None) -> etree._Element | None:
        if nummer is None:
            return None
        nummer_id = _waarde(nummer.find(w("numId")))
        return self.nummers.get((nummer_id or "0", _waarde(nummer.find(w("ilvl"))) or "0"))

    def run(self, alinea: etree._Element | None, eigenschappen: etree._Element | None) -> dict[str, str]:
        """What applies to a run with direct properties `eigenschappen`, in a paragraph with `alinea`."""
        lagen = [self.basis_run,
                 *(s.run for s in self.keten(_waarde(_kind(alinea, "pStyle")), "paragraph")),
                 *(s.run for s in self.keten(_waarde(_kind(eigenschappen, "rStyle")), "character")),
                 eigenschappen]
        geldend: dict[str, str] = {}
        for laag in lagen:
            _voeg_run_toe(geldend, laag, self.themafonts)
        return {sleutel: waarde for sleutel, waarde in geldend.items() if waarde not in ("", "0", "none")}


def _kind(element: etree._Element | None, naam: str) -> etree._Element | None:
    return None if element is None else element.find(w(naam))


def _laatste(lagen: Iterable[etree._Element | None], naam: str) -> etree._Element | None:
    gevonden = None
    for laag in lagen:
        kind = _kind(laag, naam)
        if kind is not None:
            gevonden = kind
    return gevonden


def _voeg_alinea_toe(geldend: dict[str, str], laag: etree._Element | None) -> None:
    if laag is None:
        return
    jc = _waarde(laag.find(w("jc")))
    if jc:
        geldend["uitlijning"] = UITLIJNING.get(jc, jc)
    for naam, attributen in (("spacing", ("before", "after", "line")),
                             ("ind", ("left", "start", "right", "end", "firstLine", "hanging"))):
        kind = laag.find(w(naam))
        for attribuut in attributen if kind is not None else ():
            waarde = kind.get(w(attribuut))
            if waarde is not None:
                geldend[f"{naam}.{ZIJDEN.get(attribuut, attribuut)}"] = _getal(waarde)
    for naam in ("pageBreakBefore", "keepNext"):
        kind = laag.find(w(naam))
        if kind is not None:
            geldend[naam] = "0" if _waarde(kind) in ONWAAR else "1"
    arcering = _waarde(laag.find(w("shd")), "fill")
    if arcering:
        geldend["arcering"] = arcering.upper()


def _getal(waarde: str) -> str:
    """A measure as one spelling: LibreOffice may write `240.0` or `240` for the same twips."""
    try:
        return str(round(float(waarde)))
    except ValueError:
        return waarde


def _voeg_run_toe(geldend: dict[str, str], laag: etree._Element | None, themafonts: dict[str, str]) -> None:
    if laag is None:
        return
    for naam in AAN_UIT:
        kind = laag.find(w(naam))
        if kind is not None:
            geldend[naam] = "0" if _waarde(kind) in ONWAAR else "1"
    for naam in ("sz", "u", "vertAlign", "highlight"):
        waarde = _waarde(laag.find(w(naam)))
        if waarde is not None:
            geldend[naam] = {"baseline": "none"}.get(waarde, waarde)
    kleur = _waarde(laag.find(w("color")))
    if kleur is not None:
        geldend["color"] = "none" if kleur.lower() in ("auto", "000000") else kleur.upper()
    fonts = laag.find(w("rFonts"))
    if fonts is not None:
        thema = fonts.get(w("asciiTheme"))
        font = themafonts.get(thema, thema) if thema else fonts.get(w("ascii"))
        if font:
            geldend["font"] = font


def _themafonts(thema: bytes | None) -> dict[str, str]:
    """The theme's fonts by the names runs use for them (`minorHAnsi` -> Calibri)."""
    if not thema:
        return {}
    wortel = etree.fromstring(thema)
    fonts: dict[str, str] = {}
    for soort, namen in (("minorFont", ("minorHAnsi", "minorAscii")),
                         ("majorFont", ("majorHAnsi", "majorAscii"))):
        latijn = next(wortel.iter(f"{A}{soort}"), None)
        letter = None if latijn is None else latijn.find(f"{A}latin")
        if letter is not None:
            fonts.update(dict.fromkeys(namen, letter.get("typeface", "")))
    return fonts


def _nummering(nummering: bytes | None) -> dict[tuple[str, str], etree._Element]:
    """Each list level by (numId, ilvl): the level that numbered paragraphs show."""
    if not nummering:
        return {}
    wortel = etree.fromstring(nummering)
    abstract = {a.get(w("abstractNumId")): a for a in wortel.iter(w("abstractNum"))}
    niveaus: dict[tuple[str, str], etree._Element] = {}
    for nummer in wortel.iter(w("num")):
        bron = abstract.get(_waarde(nummer.find(w("abstractNumId"))))
        eigen = {o.get(w("ilvl")): o.find(w("lvl")) for o in nummer.iter(w("lvlOverride"))}
        for niveau in [] if bron is None else bron.iter(w("lvl")):
            ilvl = niveau.get(w("ilvl"), "0")
            vervangen = eigen.get(ilvl)
            niveaus[(nummer.get(w("numId"), ""), ilvl)] = niveau if vervangen is None else vervangen
    return niveaus
