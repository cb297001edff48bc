"""Build the default Word templates, templates/veiligheidsplan.docx and ondersteuningsplan.docx.

Why a script: a .docx is a zip of XML that cannot be reviewed in a diff. This script is the
reviewable source; the committed templates are its output, and a test rebuilds them and checks
that they match part for part. Team leads who want their own house style copy a template and
edit it in Word (see docs/sjablonen.md); they never need this script.

Run: make templates   (or .venv/bin/python tools/build_templates.py [MAP])

Every {{ }} or {% %} code is written into a run of its own, so Word's run splitting never breaks
it; `{%p %}` and `{%tr %}` codes sit alone in their paragraph or table row, as docxtpl requires.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

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


def _tabel(document: DocumentType, kolommen: Sequence[float], rijen: int, *, heel: bool = True) -> Table:
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
    tabel = _tabel(document, [breedte for _, breedte, _ in kolommen], 4, heel=False)
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
    tabel = _tabel(document, [4.2, 12.4], aantal)
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


def kop_en_voet(document: DocumentType, titel: str) -> None:
    sectie = document.sections[0]
    kopregel = sectie.header.paragraphs[0]
    vertrouwelijk = kopregel.add_run("VERTROUWELIJK")
    vertrouwelijk.bold = True
    vertrouwelijk.font.color.rgb = ROOD
    vertrouwelijk.font.size = Pt(9)
    for deel in ("\t", f"{titel} ", "{{ dossier.kenmerk }}", " · versie ", "{{ plan.versie }}",
                 " · ", "{{ plan.datum|datum }}"):
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


def titelblok(document: DocumentType, titel: str) -> None:
    document.add_paragraph(titel, style="Title")
    alinea(document, "{{ dossier.gezinsnaam }}", stijl="Heading 2")
    banier = alinea(document, "VERTROUWELIJK — dit document bevat bijzondere persoonsgegevens van kinderen")
    banier.runs[0].bold = True
    banier.runs[0].font.color.rgb = ROOD
    tabel = _tabel(document, [3.2, 5.1, 3.2, 5.1], 4)
    gegevens = [
        ("Kenmerk", ["{{ dossier.kenmerk }}"], "Versie", ["{{ plan.versie }}"]),
        ("Datum", ["{{ plan.datum|datum }}"], "Status", ["{{ plan.status }}"]),
        ("Opgesteld door", ["{{ dossier.werker.naam }}", ", ", "{{ dossier.werker.functie }}"],
         "Regiehouder", ["{{ dossier.regiehouder }}"]),
        ("Team", ["{{ dossier.team }}", "{% if dossier.gemeente %}", ", gemeente ",
                  "{{ dossier.gemeente }}", "{% endif %}"],
         "Volgende evaluatie", ["{{ plan.evaluatie.volgende_datum|datum }}"]),
    ]
    for rij, (label1, waarde1, label2, waarde2) in zip(tabel.rows, gegevens, strict=True):
        for cel, tekst in ((rij.cells[0], label1), (rij.cells[2], label2)):
            celtekst(cel, tekst, vet=True)
            arceer(cel, LABELKLEUR)
        celtekst(rij.cells[1], *waarde1)
        celtekst(rij.cells[3], *waarde2)
    document.add_paragraph()


# --- Sections shared by both documents -------------------------------------------------------


def betrokkenen(document: DocumentType) -> None:
    kop(document, "Betrokkenen")
    kop(document, "Gezin", 2)
    lijsttabel(document, "kind in dossier.gezin.kinderen", [
        ("Kind", 3.4, ["{{ kind.naam }} {{ kind.achternaam }}"]),
        ("Geboortedatum", 3.6, ["{{ kind.geboortedatum|datum }}", " (",
                                "{{ kind.geboortedatum|leeftijd(plan.datum) }}", " jaar)"]),
        ("School of opvang", 9.6, ["{{ kind.school }}"]),
    ])
    lijsttabel(document, "ouder in dossier.gezin.volwassenen", [
        ("Ouder / verzorger", 3.4, ["{{ ouder.naam }} {{ ouder.achternaam }}"]),
        ("Rol", 2.2, ["{{ ouder.rol }}"]),
        ("Gezag", 1.6, ["{{ ouder.gezag|janee }}"]),
        ("Telefoon", 2.6, ["{{ ouder.telefoon or '' }}"]),
        ("Woonsituatie", 6.8, ["{{ ouder.woonsituatie }}"]),
    ])
    kop(document, "Netwerk", 2)
    lijsttabel_of_tekst(document, "lid in dossier.netwerk", [
        ("Naam", 4.0, ["{{ lid.naam }}"]),
        ("Relatie tot het gezin", 8.0, ["{{ lid.relatie }}"]),
        ("Telefoon", 4.6, ["{{ lid.telefoon or '' }}"]),
    ], "Er zijn (nog) geen netwerkleden vastgelegd.")
    kop(document, "Professionals", 2)
    alinea(document, "Regiehouder: ", "{{ dossier.regiehouder|persoon }}", vet_eerste=True)
    lijsttabel(document, "p in [dossier.werker] + dossier.professionals", [
        ("Naam", 3.4, ["{{ p.naam }}"]),
        ("Organisatie", 4.4, ["{{ p.organisatie }}"]),
        ("Functie", 3.4, ["{{ p.functie }}"]),
        ("Telefoon", 2.6, ["{{ p.telefoon or '' }}"]),
        ("SKJ-registratie", 2.8, ["{{ p.skj_registratie }}"]),
    ])


def afspraakkaarten(document: DocumentType, lijst: str) -> None:
    code(document, f"{{%p for a in {lijst} %}}")
    kaart(document, ["Afspraak ", "{{r a.id|anker }}", " · ", "{{ a.fase }}"], [
        ("Wat", vul("{{ a.wat }}"), None),
        ("Wie", vul("{{ a.wie|namen }}"), None),
        ("Wanneer / hoe vaak", vul("{{ a.wanneer }}"), None),
        ("Stappen", _stappen, "a.stappen"),
        ("Toelichting", vul("{{ a.toelichting }}"), "a.toelichting"),
        ("Controle door", vul("{{ a.controle_door|persoon }}"), None),
        ("Als het niet lukt", vul("{{ a.gevolg_bij_niet_nakomen }}"), None),
        ("Dient", vul("{{r a.dient|verwijzingen }}"), None),
        ("Herkomst", _herkomst_afspraak, None),
    ])
    code(document, "{%p endfor %}")


def _stappen(cel: _Cell) -> None:
    celtekst(cel, "{%p for stap in a.stappen %}")
    alinea(cel, "{{ loop.index }}", ". ", "{{ stap }}", stijl="Tabeltekst")
    code(cel, "{%p endfor %}")


def _herkomst_afspraak(cel: _Cell) -> None:
    celtekst(cel, "{% if a.herkomst %}", "{{ a.herkomst.sessie }}",
             "{% if a.herkomst.persoon %}", " (", "{{ a.herkomst.persoon }}", ")", "{% endif %}",
             "{% else %}", "—", "{% endif %}")
    code(cel, "{%p if a.overgenomen_uit %}")
    alinea(cel, "Overgenomen uit het plan van ", "{{ a.overgenomen_uit.organisatie }}", " van ",
           "{{ a.overgenomen_uit.datum|datum }}", "{% if a.overgenomen_uit.oorspronkelijk_nummer %}",
           ", daar afspraak ", "{{ a.overgenomen_uit.oorspronkelijk_nummer }}", "{% endif %}",
           stijl="Tabeltekst")
    code(cel, "{%p endif %}")


def evaluatie(document: DocumentType) -> None:
    kop(document, "Evaluatie")
    alinea(document, "Hoe vaak: ", "{{ plan.evaluatie.frequentie }}", vet_eerste=True)
    alinea(document, "Hoe: ", "{{ plan.evaluatie.wijze }}", vet_eerste=True)
    alinea(document, "Volgende evaluatie: ", "{{ plan.evaluatie.volgende_datum|datum }}", vet_eerste=True)
    alinea(document, "Aanwezig: ", "{{ plan.evaluatie.aanwezig|namen or 'nog af te spreken' }}",
           vet_eerste=True)
    kop(document, "Eerdere evaluaties", 2)
    als_leeg(document, "plan.evaluatie.geschiedenis", "Dit is de eerste versie; er is nog niet geëvalueerd.")
    opsomming(document, "e in plan.evaluatie.geschiedenis",
              "{{ e.datum|datum }}", ": ", "{{ e.samenvatting }}")


def ondertekening(document: DocumentType, soort: str) -> None:
    kop(document, "Ondertekening")
    alinea(document, f"Met ondertekening verklaren betrokkenen dat zij dit {soort} hebben besproken. "
           "‘Gezien’ betekent: gelezen, niet (helemaal) eens; de opmerking legt uit waarom.")
    lijsttabel_of_tekst(document, "o in plan.ondertekening", [
        ("Naam", 3.2, ["{{ o.naam }}"]),
        ("Rol", 3.4, ["{{ o.rol }}"]),
        ("Oordeel", 2.2, ["{{ o.oordeel }}"]),
        ("Opmerking", 4.4, ["{{ o.opmerking }}"]),
        ("Datum en handtekening", 3.4, [""]),
    ], "Nog niemand heeft deze versie ondertekend.", rijhoogte_cm=1.6)


def verspreidingslijst(document: DocumentType) -> None:
    kop(document, "Verspreidingslijst")
    alinea(document, "Wie deze versie (", "{{ plan.versie }}", ") ontvangt, en hoe. Iedereen op deze "
           "lijst wordt over nieuwe afspraken geïnformeerd.")
    lijsttabel(document, "v in plan.verspreidingslijst", [
        ("Naam", 5.0, ["{{ v.naam|persoon }}"]),
        ("Wijze", 6.0, ["{{ v.wijze }}"]),
        ("Ontvangt", 5.6, ["{{ v.documenten|namen }}"]),
    ])


def wijzigingen(document: DocumentType) -> None:
    kop(document, "Wijzigingen sinds de vorige versie")
    als_leeg(document, "plan.wijzigingen", "Geen: dit is de eerste versie.")
    opsomming(document, "w in plan.wijzigingen", "{{ w }}")


# --- The veiligheidsplan ---------------------------------------------------------------------


def veiligheidsplan() -> DocumentType:
    document = nieuw_document("Veiligheidsplan")
    kop_en_voet(document, "Veiligheidsplan")
    titelblok(document, "Veiligheidsplan")
    betrokkenen(document)

    kop(document, "Aanleiding, doel en kader")
    kop(document, "Aanleiding", 2)
    alinea(document, "{{ veiligheidsplan.aanleiding }}")
    kop(document, "Doel van dit plan", 2)
    alinea(document, "{{ veiligheidsplan.doel }}")
    kop(document, "Kader", 2)
    alinea(document, "{{ veiligheidsplan.kader }}")

    _risicotaxatie_en_meldcode(document)
    _zorgen(document)

    kop(document, "Wat gaat goed")
    alinea(document, "Sterke kanten, bestaande veiligheid en uitzonderingen: keren dat het wél goed ging.")
    als_leeg(document, "veiligheidsplan.wat_gaat_goed", "Nog niets vastgelegd.")
    opsomming(document, "k in veiligheidsplan.wat_gaat_goed", "{{ k.omschrijving }}", " (",
              "{{ k.soort }}", "{% if k.genoemd_door %}", "; genoemd door ", "{{ k.genoemd_door|namen }}",
              "{% endif %}", ")")

    kop(document, "Veiligheidsdoelen")
    alinea(document, "Elk doel hoort bij een gevaarsomschrijving en zegt hoe lang de verandering moet duren.")
    code(document, "{%p for d in veiligheidsplan.veiligheidsdoelen %}")
    alinea(document, "{{r d.id|anker }}", "  ", "{{ d.omschrijving }}").paragraph_format.keep_with_next = True
    alinea(document, "Hoe lang: ", "{{ d.duur }}", " · hoort bij ", "{{r d.zorg|verwijzing }}", stijl="Klein")
    code(document, "{%p endfor %}")

    kop(document, "Bodemeisen")
    alinea(document, "De ondergrens waarover niet onderhandeld wordt.")
    als_leeg(document, "veiligheidsplan.bodemeisen", "Er zijn geen bodemeisen gesteld.")
    code(document, "{%p for b in veiligheidsplan.bodemeisen %}")
    alinea(document, "{{r b.id|anker }}", "  ", "{{ b.omschrijving }}").paragraph_format.keep_with_next = True
    alinea(document, "Gesteld door: ", "{{ b.gesteld_door }}", stijl="Klein")
    code(document, "{%p endfor %}")

    kop(document, "Afspraken")
    alinea(document, "Per afspraak: wie doet wat, wanneer, wie controleert het en wat er gebeurt als het "
           "niet lukt. De nummers blijven hetzelfde in elke nieuwe versie.")
    afspraakkaarten(document, "veiligheidsplan.afspraken")

    _signalen_en_noodplan(document)

    kop(document, "Risicofactoren en complicerende factoren")
    lijsttabel_of_tekst(document, "r in veiligheidsplan.risicofactoren", [
        ("Risicofactor", 6.8, ["{{ r.omschrijving }}"]),
        ("Complicerend", 3.0, ["{{ r.complicerend|janee }}"]),
        ("Wat houdt het klein", 6.8, ["{{ r.wat_houdt_het_klein }}"]),
    ], "Geen risicofactoren vastgelegd.")

    kop(document, "Herstelgerichte zorg")
    lijsttabel_of_tekst(document, "h in veiligheidsplan.herstelgerichte_zorg", [
        ("Hulp", 7.0, ["{{ h.wat }}"]),
        ("Door", 5.0, ["{{ h.wie }}"]),
        ("Hoe vaak", 4.6, ["{{ h.hoe_vaak }}"]),
    ], "Nog geen herstelgerichte zorg afgesproken.")

    kop(document, "Netwerk en taakverdeling")
    lijsttabel_of_tekst(document, "t in veiligheidsplan.netwerk_taken", [
        ("Wie", 5.6, ["{{ t.wie|persoon }}"]),
        ("Taak in het plan", 11.0, ["{{ t.taak }}"]),
    ], "Nog geen taken verdeeld.")

    kop(document, "Monitoring en regie")
    alinea(document, "Regiehouder: ", "{{ dossier.regiehouder|persoon }}", vet_eerste=True)
    alinea(document, "{{ veiligheidsplan.monitoring }}")

    evaluatie(document)
    _schaalvragen(document)
    wijzigingen(document)
    _andere_plannen(document)
    ondertekening(document, "veiligheidsplan")
    verspreidingslijst(document)
    return document


def _risicotaxatie_en_meldcode(document: DocumentType) -> None:
    kop(document, "Risicotaxatie en meldcode")
    kop(document, "Risicotaxatie", 2)
    code(document, "{%p if dossier.risicotaxatie %}")
    code(document, "{%p with r = dossier.risicotaxatie %}")
    alinea(document, "Instrument: ", "{{ r.instrument }}", "{% if r.instrument_naam %}", " (",
           "{{ r.instrument_naam }}", ")", "{% endif %}", ", afgenomen op ", "{{ r.datum|datum }}",
           " door ", "{{ r.door }}", ".", vet_eerste=True)
    alinea(document, "Acute onveiligheid: ", "{{ r.acute_onveiligheid|janee }}", " · Risiconiveau: ",
           "{{ r.risiconiveau }}", vet_eerste=True)
    alinea(document, "Geraadpleegde collega: ", "{{ r.geraadpleegde_collega }}", vet_eerste=True)
    code(document, "{%p if r.toelichting %}")
    alinea(document, "{{ r.toelichting }}")
    code(document, "{%p endif %}")
    code(document, "{%p endwith %}")
    code(document, "{%p else %}")
    alinea(document, "Er is (nog) geen risicotaxatie vastgelegd.", stijl="Klein")
    code(document, "{%p endif %}")
    kop(document, "Meldcode huiselijk geweld en kindermishandeling", 2)
    code(document, "{%p if dossier.meldcode %}")
    alinea(document, "Bereikte stap: ", "{{ dossier.meldcode.stap }}", " van 5, op ",
           "{{ dossier.meldcode.datum|datum }}", vet_eerste=True)
    alinea(document, "Besluit: ", "{{ dossier.meldcode.besluit or 'nog geen besluit' }}", vet_eerste=True)
    alinea(document, "Veilig Thuis betrokken: ", "{{ dossier.meldcode.veilig_thuis_betrokken|janee }}",
           " · Raad voor de Kinderbescherming betrokken: ", "{{ dossier.meldcode.raad_betrokken|janee }}",
           vet_eerste=True)
    code(document, "{%p else %}")
    alinea(document, "De stand van de meldcode is (nog) niet vastgelegd.", stijl="Klein")
    code(document, "{%p endif %}")


def _zorgen(document: DocumentType) -> None:
    kop(document, "Zorgen en gevaarsomschrijvingen")
    alinea(document, "Wie maakt zich zorgen, over welk gedrag, en wat gebeurt er met de kinderen als er "
           "niets verandert. Verschillen van mening staan erbij.")
    code(document, "{%p for z in veiligheidsplan.zorgen %}")
    alinea(document, "{{r z.id|anker }}", "  ", "{{ z.titel }}", stijl="Heading 2")
    alinea(document, "{{ z.gevaarsomschrijving }}")
    code(document, "{%p if z.bezorgd %}")
    alinea(document, "Bezorgd: ", "{{ z.bezorgd|namen }}", stijl="Klein")
    code(document, "{%p endif %}")
    code(document, "{%p if z.verschil_van_mening %}")
    alinea(document, "Verschil van mening: ", "{{ z.verschil_van_mening }}", vet_eerste=True)
    code(document, "{%p endif %}")
    code(document, "{%p for u in z.uitspraken %}")
    alinea(document, "“", "{{ u.tekst }}", "” — ", "{{ u.door }}", "{% if u.sessie %}", ", ",
           "{{ u.sessie }}", "{% endif %}", "{% if u.wanneer %}", " (wanneer: ", "{{ u.wanneer }}", ")",
           "{% endif %}", stijl="Uitspraak")
    code(document, "{%p endfor %}")
    code(document, "{%p if z.herkomst %}")
    alinea(document, "Bron: ", "{{ z.herkomst.sessie }}", "{% if z.herkomst.persoon %}", " met ",
           "{{ z.herkomst.persoon }}", "{% endif %}", stijl="Klein")
    code(document, "{%p endif %}")
    code(document, "{%p endfor %}")


def _signalen_en_noodplan(document: DocumentType) -> None:
    kop(document, "Signalen en noodplan")
    kop(document, "Signalen", 2)
    alinea(document, "Hieraan merken we dat het weer onveilig wordt:")
    als_leeg(document, "veiligheidsplan.signalen", "Nog geen signalen vastgelegd.")
    opsomming(document, "s in veiligheidsplan.signalen", "{{ s.omschrijving }}", "{% if s.wie_merkt_op %}",
              " (ziet: ", "{{ s.wie_merkt_op|namen }}", ")", "{% endif %}")
    kop(document, "Noodplan: wie belt wie", 2)
    lijsttabel(document, "n in veiligheidsplan.noodplan", [
        ("Wie", 3.0, ["{{ n.wie }}"]),
        ("Wanneer", 7.0, ["{{ n.wanneer }}"]),
        ("Belt", 3.6, ["{{ n.belt }}"]),
        ("Nummer", 3.0, ["{{ n.telefoon }}"]),
    ])
    nood = alinea(document, "Bij direct gevaar: bel 112. ", "Advies of melding: Veilig Thuis 0800-2000 "
                  "(gratis, dag en nacht bereikbaar).")
    nood.runs[0].bold = True
    nood.runs[0].font.color.rgb = ROOD


def _schaalvragen(document: DocumentType) -> None:
    kop(document, "Schaalvragen")
    alinea(document, "Op een schaal van 0 tot 10: 10 betekent dat iedereen er zeker van is dat de kinderen "
           "veilig genoeg zijn om de zaak te sluiten; 0 betekent dat de kinderen niet thuis kunnen blijven "
           "wonen. Iedereen geeft een eigen score; de scores worden niet gemiddeld.")
    lijsttabel_of_tekst(document, "s in veiligheidsplan.schaalvragen", [
        ("Wie", 3.6, ["{{ s.naam }}"]),
        ("Score", 1.6, ["{{ s.score }}"]),
        ("Wat maakt dat het deze score is?", 8.4, ["{{ s.toelichting }}"]),
        ("Gesprek", 3.0, ["{{ s.moment }}"]),
    ], "Nog geen scores gegeven.")


def _andere_plannen(document: DocumentType) -> None:
    kop(document, "Samenhang met andere plannen")
    kop(document, "Ondersteuningsplan", 2)
    alinea(document, "Bij dit veiligheidsplan hoort het ondersteuningsplan met kenmerk ",
           "{{ dossier.kenmerk }}", ", versie ", "{{ plan.versie }}", " van ", "{{ plan.datum|datum }}",
           ". Daarin staan de hulpvraag, de doelen met ondersteuning en de risicogestuurde en "
           "herstelgerichte afspraken die daar thuishoren.")
    code(document, "{%p if ondersteuningsplan.afspraken %}")
    alinea(document, "Afspraken in het ondersteuningsplan: ",
           "{{r ondersteuningsplan.afspraken|map(attribute='id')|verwijzingen }}", vet_eerste=True)
    code(document, "{%p endif %}")
    alinea(document, "Doelen in het ondersteuningsplan: ",
           "{{r ondersteuningsplan.doelen|map(attribute='id')|verwijzingen }}", vet_eerste=True)
    kop(document, "Eerder veiligheidsplan", 2)
    code(document, "{%p if veiligheidsplan.eerder_plan %}")
    code(document, "{%p with e = veiligheidsplan.eerder_plan %}")
    alinea(document, "Dit plan bouwt voort op het veiligheidsplan van ", "{{ e.organisatie }}",
           "{% if e.kenmerk %}", " (kenmerk ", "{{ e.kenmerk }}", ")", "{% endif %}", " van ",
           "{{ e.datum|datum }}", ". Overgenomen afspraken houden hun herkomst.")
    code(document, "{%p if e.omschrijving %}")
    alinea(document, "{{ e.omschrijving }}")
    code(document, "{%p endif %}")
    code(document, "{%p endwith %}")
    code(document, "{%p else %}")
    alinea(document, "Er is geen eerder veiligheidsplan.", stijl="Klein")
    code(document, "{%p endif %}")


# --- The ondersteuningsplan ------------------------------------------------------------------


def ondersteuningsplan() -> DocumentType:
    document = nieuw_document("Ondersteuningsplan")
    kop_en_voet(document, "Ondersteuningsplan")
    titelblok(document, "Ondersteuningsplan")

    kader = alinea(document, "Bij dit plan hoort een veiligheidsplan. ",
                   "Veiligheidsplan met kenmerk ", "{{ dossier.kenmerk }}", ", versie ", "{{ plan.versie }}",
                   " van ", "{{ plan.datum|datum }}", ". De afspraken voor directe veiligheid, de "
                   "bodemeisen en het noodplan staan in het veiligheidsplan; afspraken hebben in beide "
                   "plannen hetzelfde nummer.")
    kader.runs[0].bold = True
    alinea(document, "Afspraken in het veiligheidsplan: ",
           "{{r veiligheidsplan.afspraken|map(attribute='id')|verwijzingen }}", vet_eerste=True)
    betrokkenen(document)

    kop(document, "Aanleiding en hulpvraag")
    kop(document, "Aanleiding", 2)
    alinea(document, "{{ ondersteuningsplan.aanleiding }}")
    kop(document, "Hulpvraag", 2)
    alinea(document, "{{ ondersteuningsplan.hulpvraag }}")

    kop(document, "Krachten")
    lijsttabel(document, "k in ondersteuningsplan.krachten", [
        ("Kracht", 11.0, ["{{ k.omschrijving }}"]),
        ("Beschreven door", 5.6, ["{{ k.beschreven_door|namen }}"]),
    ])
    kop(document, "Zorgen")
    lijsttabel(document, "z in ondersteuningsplan.zorgen", [
        ("Zorg", 11.0, ["{{ z.omschrijving }}"]),
        ("Beschreven door", 5.6, ["{{ z.beschreven_door|namen }}"]),
    ])

    kop(document, "Eerdere hulpverlening")
    lijsttabel_of_tekst(document, "h in ondersteuningsplan.eerdere_hulpverlening", [
        ("Organisatie", 4.0, ["{{ h.organisatie }}"]),
        ("Periode", 2.6, ["{{ h.periode }}"]),
        ("Hulp", 5.0, ["{{ h.wat }}"]),
        ("Resultaat", 5.0, ["{{ h.resultaat }}"]),
    ], "Geen eerdere hulpverlening bekend.")

    kop(document, "Doelen en ondersteuning")
    code(document, "{%p for d in ondersteuningsplan.doelen %}")
    alinea(document, "{{r d.id|anker }}", "  ", "{{ d.omschrijving }}", stijl="Heading 2")
    lijsttabel(document, "h in d.ondersteuning", [
        ("Ondersteuning", 7.6, ["{{ h.wat }}"]),
        ("Door", 5.0, ["{{ h.wie }}"]),
        ("Hoe vaak", 4.0, ["{{ h.hoe_vaak }}"]),
    ])
    code(document, "{%p endfor %}")

    kop(document, "Risicogestuurde en herstelgerichte afspraken")
    alinea(document, "Afspraken die in dit plan staan. Ze verwijzen naar de zorgen, bodemeisen en doelen "
           "die ze dienen, ook als die in het veiligheidsplan staan.")
    als_leeg(document, "ondersteuningsplan.afspraken", "Alle afspraken staan in het veiligheidsplan.")
    afspraakkaarten(document, "ondersteuningsplan.afspraken")

    evaluatie(document)
    wijzigingen(document)
    ondertekening(document, "ondersteuningsplan")
    verspreidingslijst(document)
    return document


def bouw(map_: Path) -> list[Path]:
    """Write both templates into `map_`; return their paths."""
    map_.mkdir(parents=True, exist_ok=True)
    paden = []
    for naam, maker in (("veiligheidsplan", veiligheidsplan), ("ondersteuningsplan", ondersteuningsplan)):
        pad = map_ / f"{naam}.docx"
        maker().save(str(pad))
        paden.append(pad)
    return paden


if __name__ == "__main__":
    doel = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "templates"
    for gebouwd in bouw(doel):
        print(gebouwd)
