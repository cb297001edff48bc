"""Styles and building blocks shared by every default template: paragraphs, tables, cards, header.

Every {{ }} or {% %} code is written into a run of its own, so Word's run splitting never breaks
it; `{%p %}` and `{%tr %}` codes sit alone in their paragraph or table row, as docxtpl requires.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from docx import Document
from docx.document import Document as DocumentType
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

BLAUW = RGBColor(0x1F, 0x4E, 0x79)
ROOD = RGBColor(0xA6, 0x1B, 0x1B)
GRIJS = RGBColor(0x59, 0x59, 0x59)
KOPKLEUR = "DCE6F1"
LABELKLEUR = "F2F2F2"
VASTE_DATUM = dt.datetime(2026, 11, 1, 12, 0, 0)
"""Fixed so that a rebuild gives identical XML."""

TEKSTBREEDTE_CM = 21.0 - 2 * 2.2
Plek = DocumentType | _Cell


# --- Document and styles ---------------------------------------------------------------------


def nieuw_document(titel: str) -> DocumentType:
    document = Document()
    _stijlen(document)
    sectie = document.sections[0]
    sectie.orientation = WD_ORIENT.PORTRAIT
    sectie.page_width, sectie.page_height = Cm(21.0), Cm(29.7)
    sectie.left_margin = sectie.right_margin = Cm((21.0 - TEKSTBREEDTE_CM) / 2)
    sectie.top_margin, sectie.bottom_margin = Cm(2.4), Cm(2.2)
    sectie.header_distance = sectie.footer_distance = Cm(1.1)
    eigenschappen = document.core_properties
    eigenschappen.title = f"Sjabloon {titel.lower()}"
    eigenschappen.author = "vplan"
    eigenschappen.last_modified_by = "vplan"
    eigenschappen.language = "nl-NL"
    eigenschappen.created = eigenschappen.modified = VASTE_DATUM
    eigenschappen.revision = 1
    eigenschappen.comments = "Standaardsjabloon van vplan, gemaakt door tools/build_templates.py."
    _eigen_pakketdelen(document)
    return document


APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>vplan</Application><DocSecurity>0</DocSecurity></Properties>"
)


def _eigen_pakketdelen(document: DocumentType) -> None:
    """Drop python-docx's sample thumbnail and app.xml ("Microsoft Macintosh Word", en-US)."""
    pakket = document.part.package
    for sleutel, relatie in list(pakket.rels.items()):
        if relatie.reltype.endswith("/thumbnail"):
            del pakket.rels[sleutel]
        elif relatie.reltype.endswith("/extended-properties"):
            relatie.target_part._blob = APP_XML.encode("utf-8")
    standaard = document.styles.element.find(qn("w:docDefaults"))
    if standaard is not None:
        for taal in standaard.iter(qn("w:lang")):
            taal.set(qn("w:val"), "nl-NL")


def _stijlen(document: DocumentType) -> None:
    stijlen = document.styles
    normaal = stijlen["Normal"]
    normaal.font.name = "Calibri"
    normaal.font.size = Pt(10.5)
    normaal.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
    _taal(normaal.element, "nl-NL")
    normaal.paragraph_format.space_after = Pt(4)
    normaal.paragraph_format.line_spacing = 1.15
    for naam, grootte, voor in (("Heading 1", 14, 16), ("Heading 2", 11.5, 10)):
        kop = stijlen[naam]
        kop.font.name = "Calibri"
        kop.font.size = Pt(grootte)
        kop.font.bold = True
        kop.font.color.rgb = BLAUW
        kop.paragraph_format.space_before = Pt(voor)
        kop.paragraph_format.space_after = Pt(4)
        kop.paragraph_format.keep_with_next = True
    titel = stijlen["Title"]
    titel.font.name = "Calibri"
    titel.font.size = Pt(24)
    titel.font.color.rgb = BLAUW
    _geen_titelrand(titel.element)
    lijst = stijlen["List Bullet"]
    lijst.paragraph_format.space_after = Pt(2)
    klein = stijlen.add_style("Klein", WD_STYLE_TYPE.PARAGRAPH)
    klein.base_style = normaal
    klein.font.size = Pt(8.5)
    klein.font.color.rgb = GRIJS
    citaat = stijlen.add_style("Uitspraak", WD_STYLE_TYPE.PARAGRAPH)
    citaat.base_style = normaal
    citaat.font.italic = True
    citaat.paragraph_format.left_indent = Cm(0.6)
    tabel = stijlen.add_style("Tabeltekst", WD_STYLE_TYPE.PARAGRAPH)
    tabel.base_style = normaal
    tabel.font.size = Pt(9.5)
    tabel.paragraph_format.space_after = Pt(1)
    tabel.paragraph_format.line_spacing = 1.0
    link = stijlen.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb = BLAUW
    link.font.underline = True
    na_tabel = stijlen.add_style("Na tabel", WD_STYLE_TYPE.PARAGRAPH)
    na_tabel.base_style = normaal
    na_tabel.font.size = Pt(2)
    na_tabel.paragraph_format.space_before = Pt(0)
    na_tabel.paragraph_format.space_after = Pt(8)
    na_tabel.paragraph_format.line_spacing = 1.0
    for naam in ("Header", "Footer"):
        _rechtertab(stijlen[naam])
    _kopnummering(document)


def _rechtertab(stijl: ParagraphStyle) -> None:
    """One right tab at the text's edge, replacing the style's centre tab.

    python-docx's default Header and Footer styles carry a centre tab at 8.26 cm; the text after
    the header's tab was centred there and ran into "VERTROUWELIJK" (issue 9).
    """
    tabs = stijl.paragraph_format.tab_stops
    tabs.clear_all()
    tabs.add_tab_stop(Cm(TEKSTBREEDTE_CM), WD_TAB_ALIGNMENT.RIGHT)


def _kopnummering(document: DocumentType) -> None:
    """Let Word number the chapters: a numbering definition linked to the Heading 1 style.

    The link runs both ways, as Word writes it (docs/word-opmaak.md): the level names the
    style (w:pStyle) and the style names the numbering (w:numPr). Heading 2 stays unnumbered: it
    carries item titles (Z1, D1) that have stable numbers of their own.
    """
    nummering = document.part.numbering_part.element
    bestaande = nummering.findall(qn("w:abstractNum"))
    abstract_id = 1 + max((int(a.get(qn("w:abstractNumId"))) for a in bestaande), default=-1)
    abstract = _element("w:abstractNum", abstractNumId=str(abstract_id))
    abstract.append(_element("w:multiLevelType", val="singleLevel"))
    niveau = _element("w:lvl", ilvl="0")
    for naam, waarde in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:pStyle", "Heading1"),
                         ("w:suff", "space"), ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        niveau.append(_element(naam, val=waarde))
    abstract.append(niveau)
    if bestaande:
        bestaande[-1].addnext(abstract)
    else:
        nummering.insert(0, abstract)
    num_id = nummering.add_num(abstract_id).numId
    stijl = document.styles["Heading 1"].element
    stijl.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = num_id


def _element(naam: str, **attributen: str) -> BaseOxmlElement:
    """An empty Word element with w: attributes."""
    element = OxmlElement(naam)
    for sleutel, waarde in attributen.items():
        element.set(qn(f"w:{sleutel}"), waarde)
    return element


def _taal(element: object, taal: str) -> None:
    rpr = element.get_or_add_rPr()  # type: ignore[attr-defined]
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), taal)
    rpr.append(lang)


def _geen_titelrand(element: object) -> None:
    ppr = element.get_or_add_pPr()  # type: ignore[attr-defined]
    for rand in ppr.findall(qn("w:pBdr")):
        ppr.remove(rand)


# --- Building blocks -------------------------------------------------------------------------


def alinea(plek: Plek, *delen: str, stijl: str | None = None, vet_eerste: bool = False) -> Paragraph:
    """A paragraph of runs; every part is its own run, so each {{ }} code stays whole."""
    paragraaf: Paragraph = plek.add_paragraph(style=stijl)
    for nr, deel in enumerate(delen):
        run = paragraaf.add_run(deel)
        if vet_eerste and nr == 0:
            run.bold = True
    return paragraaf


def code(plek: Plek, tekst: str) -> None:
    """A paragraph holding only a {%p %} code, which docxtpl removes when rendering."""
    plek.add_paragraph().add_run(tekst)


def kop(document: DocumentType, tekst: str, niveau: int = 1) -> None:
    document.add_heading(tekst, level=niveau)


def opsomming(plek: Plek, lus: str, *delen: str) -> None:
    """One bullet per item of a list: `lus` is the Jinja for-clause."""
    code(plek, f"{{%p for {lus} %}}")
    alinea(plek, *delen, stijl="List Bullet")
    code(plek, "{%p endfor %}")


def als_leeg(plek: Plek, lijst: str, tekst: str) -> None:
    code(plek, f"{{%p if not {lijst} %}}")
    alinea(plek, tekst, stijl="Klein")
    code(plek, "{%p endif %}")


def arceer(cel: _Cell, kleur: str) -> None:
    eigenschappen = cel._tc.get_or_add_tcPr()
    arcering = OxmlElement("w:shd")
    arcering.set(qn("w:val"), "clear")
    arcering.set(qn("w:color"), "auto")
    arcering.set(qn("w:fill"), kleur)
    eigenschappen.append(arcering)


def celtekst(cel: _Cell, *delen: str, vet: bool = False) -> Paragraph:
    """Fill the cell's first paragraph with runs."""
    paragraaf: Paragraph = cel.paragraphs[0]
    paragraaf.style = "Tabeltekst"
    for deel in delen:
        run = paragraaf.add_run(deel)
        run.bold = vet
    return paragraaf


def vaste_tabel(document: DocumentType, kolommen: Sequence[float], rijen: int, *, heel: bool = True) -> Table:
    """A fixed-width table; with `heel`, no row may break over a page (w:cantSplit)."""
    tabel: Table = document.add_table(rows=rijen, cols=len(kolommen))
    tabel.style = document.styles["Table Grid"]
    tabel.alignment = WD_TABLE_ALIGNMENT.CENTER
    tabel.autofit = False
    for kolom, breedte in zip(tabel.columns, kolommen, strict=True):
        kolom.width = Cm(breedte)  # the grid, which LibreOffice lays out by
    for rij in tabel.rows:
        if heel:
            rij._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for cel, breedte in zip(rij.cells, kolommen, strict=True):
            cel.width = Cm(breedte)  # the cells, which Word lays out by
    return tabel


def herhaal_kop(rij: object) -> None:
    """Repeat a table's header row on every page it runs over."""
    eigenschappen = rij._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    eigenschappen.append(OxmlElement("w:tblHeader"))


def witregel(plek: Plek) -> None:
    """The small gap after a table, which must be a paragraph (two tables in a row would merge).

    It is kept tiny so that after a table that fills a page it cannot start a blank page (issue 9).
    """
    plek.add_paragraph(style="Na tabel")


def lijsttabel(
    document: DocumentType,
    lus: str,
    kolommen: Sequence[tuple[str, float, Sequence[str]]],
    rijhoogte_cm: float | None = None,
) -> None:
    """A table with a header row and one row per item: (header, width in cm, cell runs).

    Its rows may break over a page: LibreOffice (7.4) drops every row after the first on the
    next page when a table has both a repeated header row and rows marked cantSplit (issue 9).
    A row split over two pages is a lesser harm than rows missing from the plan.
    """
    for titel, breedte, _ in kolommen:
        _past_in_kolom(titel, breedte)
    tabel = vaste_tabel(document, [breedte for _, breedte, _ in kolommen], 4, heel=False)
    koprij, begin, inhoud, einde = tabel.rows
    if rijhoogte_cm:
        inhoud.height = Cm(rijhoogte_cm)
        inhoud.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    for cel, (titel, _, _) in zip(koprij.cells, kolommen, strict=True):
        celtekst(cel, titel, vet=True)
        arceer(cel, KOPKLEUR)
    herhaal_kop(koprij)
    celtekst(begin.cells[0], f"{{%tr for {lus} %}}")
    for cel, (_, _, delen) in zip(inhoud.cells, kolommen, strict=True):
        celtekst(cel, *delen)
    celtekst(einde.cells[0], "{%tr endfor %}")
    witregel(document)


KOPLETTER_CM = 0.62 * 9.5 / 72 * 2.54
"""A generous width of one bold 9.5 pt letter: Calibri's is smaller, a fallback font's about this."""
CELMARGES_CM = 2 * 0.19


def _past_in_kolom(titel: str, breedte_cm: float) -> None:
    """Refuse a column narrower than the longest word of its header.

    Word and LibreOffice break a word that does not fit mid-word ("Geza g", issue 9).
    """
    woord = max(titel.replace("-", " ").replace("/", " ").split(), key=len)
    nodig = len(woord) * KOPLETTER_CM + CELMARGES_CM
    if breedte_cm < nodig:
        raise ValueError(f"column {titel!r} is {breedte_cm} cm; its header needs {nodig:.1f} cm")


def lijsttabel_of_tekst(
    document: DocumentType,
    lus: str,
    kolommen: Sequence[tuple[str, float, Sequence[str]]],
    leeg: str,
    rijhoogte_cm: float | None = None,
) -> None:
    """A list table when the list has items, else only the sentence `leeg`, never an empty table.

    `lus` is the Jinja for-clause, as for lijsttabel; the list is what follows its " in ".
    """
    lijst = lus.split(" in ", 1)[1]
    code(document, f"{{%p if {lijst} %}}")
    lijsttabel(document, lus, kolommen, rijhoogte_cm)
    code(document, "{%p else %}")
    alinea(document, leeg, stijl="Klein")
    code(document, "{%p endif %}")


Vuller = Callable[[_Cell], None]


Kaartregel = tuple[str, Vuller, str | None]
"""Label, how to fill the value, and the condition under which the row is shown (None: always)."""


def kaart(document: DocumentType, kop_delen: Sequence[str], regels: Sequence[Kaartregel]) -> None:
    """A two-column card for one numbered item: a shaded title row, then label | value rows.

    A row with a condition is wrapped in `{%tr if %}` rows, so an empty field leaves no empty row.
    """
    aantal = 1 + sum(3 if voorwaarde else 1 for _, _, voorwaarde in regels)
    tabel = vaste_tabel(document, [4.2, 12.4], aantal)
    titelcel = tabel.rows[0].cells[0].merge(tabel.rows[0].cells[1])
    celtekst(titelcel, *kop_delen, vet=True)
    arceer(titelcel, KOPKLEUR)
    rijen = iter(tabel.rows[1:])
    for label, vul, voorwaarde in regels:
        if voorwaarde:
            celtekst(next(rijen).cells[0], f"{{%tr if {voorwaarde} %}}")
        rij = next(rijen)
        celtekst(rij.cells[0], label, vet=True)
        arceer(rij.cells[0], LABELKLEUR)
        vul(rij.cells[1])
        if voorwaarde:
            celtekst(next(rijen).cells[0], "{%tr endif %}")
    _houd_bijeen(tabel)
    witregel(document)


def _houd_bijeen(tabel: Table) -> None:
    """Keep a card on one page: every paragraph but those of the last row keeps with the next.

    This is how Word keeps a table together (a row's cantSplit only keeps that row whole);
    LibreOffice reads the same marks. Without it a card's title sat alone at a page's foot.
    """
    for rij in tabel.rows[:-1]:
        for cel in rij.cells:
            for paragraaf in cel.paragraphs:
                paragraaf.paragraph_format.keep_with_next = True


def vul(*delen: str) -> Vuller:
    """A card value made of runs."""

    def vul_cel(cel: _Cell) -> None:
        celtekst(cel, *delen)

    return vul_cel


# --- Header, footer and title block ----------------------------------------------------------


def veld(paragraaf: Paragraph, instructie: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in when they lay out pages."""
    element = OxmlElement("w:fldSimple")
    element.set(qn("w:instr"), instructie)
    run = OxmlElement("w:r")
    tekst = OxmlElement("w:t")
    tekst.text = "1"
    run.append(tekst)
    element.append(run)
    paragraaf._p.append(element)


def kop_en_voet(document: DocumentType, titel: str, *, kenmerk: bool = True) -> None:
    """Page header and footer; without `kenmerk` the header names no dossier code (for the family
    and the children, who read the plan by its version and date)."""
    sectie = document.sections[0]
    kopregel = sectie.header.paragraphs[0]
    vertrouwelijk = kopregel.add_run("VERTROUWELIJK")
    vertrouwelijk.bold = True
    vertrouwelijk.font.color.rgb = ROOD
    vertrouwelijk.font.size = Pt(9)
    for deel in ("\t", f"{titel} ", *(["{{ dossier.kenmerk }}", " · "] if kenmerk else []), "versie ",
                 "{{ plan.versie }}", " · ", "{{ plan.datum|datum }}"):
        run = kopregel.add_run(deel)
        run.font.size = Pt(9)
        run.font.color.rgb = GRIJS
    voetregel = sectie.footer.paragraphs[0]
    for deel in ("{{ dossier.team }}", " · bevat bijzondere persoonsgegevens; niet verder verspreiden",
                 "\tPagina "):
        run = voetregel.add_run(deel)
        run.font.size = Pt(8.5)
        run.font.color.rgb = GRIJS
    veld(voetregel, "PAGE")
    voetregel.add_run(" van ").font.size = Pt(8.5)
    veld(voetregel, "NUMPAGES")


Gegevensrij = tuple[str, Sequence[str], str, Sequence[str]]
"""One row of a title block: label, value runs, label, value runs."""


def kopblok(document: DocumentType, titel: str, voor: Sequence[str], banier: str,
            breedtes: Sequence[float], gegevens: Sequence[Gegevensrij]) -> None:
    """The top of every document: title, for whom (runs), the red VERTROUWELIJK line, and a table
    of label/value pairs with shaded labels."""
    document.add_paragraph(titel, style="Title")
    alinea(document, *voor, stijl="Heading 2")
    regel = alinea(document, banier)
    regel.runs[0].bold = True
    regel.runs[0].font.color.rgb = ROOD
    tabel = vaste_tabel(document, breedtes, len(gegevens))
    for rij, (label1, waarde1, label2, waarde2) in zip(tabel.rows, gegevens, strict=True):
        for cel, tekst in ((rij.cells[0], label1), (rij.cells[2], label2)):
            celtekst(cel, tekst, vet=True)
            arceer(cel, LABELKLEUR)
        celtekst(rij.cells[1], *waarde1)
        celtekst(rij.cells[3], *waarde2)


def titelblok(document: DocumentType, titel: str) -> None:
    gegevens: list[Gegevensrij] = [
        ("Kenmerk", ["{{ dossier.kenmerk }}"], "Versie", ["{{ plan.versie }}"]),
        ("Datum", ["{{ plan.datum|datum }}"], "Status", ["{{ status }}"]),
        ("Opgesteld door", ["{{ dossier.werker.naam }}", ", ", "{{ dossier.werker.functie }}"],
         "Regiehouder", ["{{ dossier.regiehouder }}"]),
        ("Team", ["{{ dossier.team }}", "{% if dossier.gemeente %}", ", gemeente ",
                  "{{ dossier.gemeente }}", "{% endif %}"],
         "Volgende evaluatie", ["{{ plan.evaluatie.volgende_datum|datum }}"]),
    ]
    kopblok(document, titel, ["{{ dossier.gezinsnaam }}"],
            "VERTROUWELIJK — dit document bevat bijzondere persoonsgegevens van kinderen",
            [3.2, 5.1, 3.2, 5.1], gegevens)
    document.add_paragraph()
