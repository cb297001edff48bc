"""The default kinderversie: the child's own safety plan, read with the adult who explains it.

Under 12 in the form of the Drie Huizen as practice uses them (Words & Pictures): the Huis van
zorgen, the Huis van goede dingen and the Huis van dromen (how it is when everything is good),
each with the child's own words and an empty framed box to draw in. From 12 the same parts in
plain language, with the young person's rights and their own signature line. Both: short sentences
in large type, "het is niet jouw schuld", the explanation story and who agreed to it, and a part of
its own, "Als ik me niet veilig voel": what the child does, whom they call (only the adults the
child named), 112 and the Kindertelefoon.
"""

from __future__ import annotations

from docx.document import Document as DocumentType
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.shared import Cm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from sjabloonbouw.opmaak import (
    BLAUW,
    GRIJS,
    KOPKLEUR,
    ROOD,
    alinea,
    arceer,
    celtekst,
    code,
    kop_en_voet,
    nieuw_document,
    vaste_tabel,
    witregel,
)

NIET_JOUW_SCHULD = "Het is niet jouw schuld."
KINDERTELEFOON = "De Kindertelefoon: 0800-0432. Gratis. Je hoeft je naam niet te zeggen."
BREEDTE = 16.6
"""The width of the text: every box spans it."""


def kinderversie() -> DocumentType:
    document = nieuw_document("Kinderversie")
    _kinderstijlen(document)
    kop_en_voet(document, "Mijn veiligheidsplan", kenmerk=False)
    document.add_paragraph("Mijn veiligheidsplan", style="Title")
    alinea(document, "Voor ", "{{ lezer.naam }}", stijl="Huiskop")
    code(document, "{%p if lezer.jong %}")
    _drie_huizen(document)
    code(document, "{%p else %}")
    _gewone_taal(document)
    code(document, "{%p endif %}")
    _niet_veilig(document)
    code(document, "{%p if not lezer.jong %}")
    _rechten(document)
    code(document, "{%p endif %}")
    _uitgelegd(document)
    code(document, "{%p if not lezer.jong %}")
    _handtekening(document)
    code(document, "{%p endif %}")
    return document


def _kinderstijlen(document: DocumentType) -> None:
    """Large type throughout: a child reads this, or has it read to them."""
    document.styles["Normal"].font.size = Pt(13)
    document.styles["Tabeltekst"].font.size = Pt(13)
    document.styles["List Bullet"].font.size = Pt(13)
    groot = document.styles.add_style("Kindertekst", WD_STYLE_TYPE.PARAGRAPH)
    groot.base_style = document.styles["Normal"]
    groot.font.size = Pt(15)
    groot.paragraph_format.space_after = Pt(6)
    huis = document.styles.add_style("Huiskop", WD_STYLE_TYPE.PARAGRAPH)
    huis.base_style = document.styles["Normal"]
    huis.font.size = Pt(18)
    huis.font.bold = True
    huis.font.color.rgb = BLAUW
    huis.paragraph_format.keep_with_next = True


def _kop(document: DocumentType, tekst: str) -> None:
    """A heading without a chapter number: a child's page has no chapters."""
    kop = alinea(document, tekst, stijl="Huiskop")
    kop.paragraph_format.space_before = Pt(14)


def _rood(paragraaf: Paragraph) -> None:
    paragraaf.runs[0].bold = True
    paragraaf.runs[0].font.color.rgb = ROOD


def _regels(plek: _Cell | DocumentType, lus: str, *delen: str, leeg: str = "") -> None:
    """One paragraph of large text per item of a list; `leeg` (if given) when the list is empty."""
    lijst = lus.split(" in ", 1)[1]
    code(plek, f"{{%p for {lus} %}}")
    alinea(plek, *delen, stijl="Kindertekst")
    code(plek, "{%p endfor %}")
    if leeg:
        code(plek, f"{{%p if not {lijst} %}}")
        alinea(plek, leeg, stijl="Kindertekst")
        code(plek, "{%p endif %}")


def _tekenvak(document: DocumentType, uitnodiging: str, hoogte_cm: float = 6.0) -> None:
    """An empty framed box to draw or write in, under a thin line that invites to it."""
    tabel = vaste_tabel(document, [BREEDTE], 2)
    boven, vak = tabel.rows
    uitnodigen = celtekst(boven.cells[0], uitnodiging)
    uitnodigen.runs[0].font.color.rgb = GRIJS
    uitnodigen.paragraph_format.keep_with_next = True
    vak.height = Cm(hoogte_cm)
    vak.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    witregel(document)


def _huis(document: DocumentType, naam: str, onder: str) -> _Cell:
    """A house: a shaded roof with its name and what it is about, and a room for the words.
    The caller fills the room; a drawing box follows it."""
    tabel = vaste_tabel(document, [BREEDTE], 2)
    dak, kamer = tabel.rows[0].cells[0], tabel.rows[1].cells[0]
    celtekst(dak, naam).style = "Huiskop"
    alinea(dak, onder, stijl="Kindertekst")
    arceer(dak, KOPKLEUR)
    for paragraaf in dak.paragraphs:
        paragraaf.paragraph_format.keep_with_next = True
    witregel(document)  # two tables back to back are one table to Word and LibreOffice
    return kamer


def _zonder_lege_regel(kamer: _Cell) -> None:
    """The room's first, empty paragraph goes once the room is filled: no blank line under the roof."""
    eerste = kamer.paragraphs[0]
    eerste._element.getparent().remove(eerste._element)


def _verhaal(plek: DocumentType, algemeen: str, stijl: str | None) -> None:
    """What happened: the words written for this child, else the general text; then who agreed to it
    and that it is not the child's fault."""
    code(plek, "{%p if lezer.wat_er_is_gebeurd %}")
    alinea(plek, "{{ lezer.wat_er_is_gebeurd }}", stijl=stijl)
    code(plek, "{%p else %}")
    alinea(plek, algemeen, stijl=stijl)
    code(plek, "{%p endif %}")
    code(plek, "{%p if lezer.kind.uitleg_akkoord %}")
    alinea(plek, "{{ lezer.kind.uitleg_akkoord }}", stijl=stijl)
    code(plek, "{%p endif %}")
    _rood(alinea(plek, NIET_JOUW_SCHULD, " Wat er thuis gebeurt, is de taak van de grote mensen.",
                 stijl=stijl))


def _drie_huizen(document: DocumentType) -> None:
    alinea(document, "Dit plan is van jou. Een grote mens leest het met je. Je mag erin tekenen. "
           "Je mag erin schrijven.", stijl="Kindertekst")
    _kop(document, "Wat er gebeurd is")
    _verhaal(document, "Thuis gebeurden dingen waardoor het niet veilig was. Grote mensen helpen nu. Zij "
             "maken het thuis veilig.", "Kindertekst")
    kamer = _huis(document, "Huis van zorgen", "Hier staat wat jij niet fijn vindt, of eng.")
    _regels(kamer, "w in lezer.kind.zorgen", "{{ w }}")
    _zonder_lege_regel(kamer)
    _tekenvak(document, "Teken of schrijf hier je zorgen.")
    kamer = _huis(document, "Huis van goede dingen", "Hier staat wat goed gaat. En wat jij fijn vindt.")
    _regels(kamer, "w in lezer.kind.goede_dingen", "{{ w }}")
    _zonder_lege_regel(kamer)
    _tekenvak(document, "Teken of schrijf hier wat goed gaat.")
    kamer = _huis(document, "Huis van dromen", "Zo is het als alles thuis goed is.")
    _regels(kamer, "w in lezer.kind.dromen", "{{ w }}")
    _zonder_lege_regel(kamer)
    _tekenvak(document, "Teken hier hoe het is als alles goed is.")


def _gewone_taal(document: DocumentType) -> None:
    alinea(document, "Dit is jouw deel van het veiligheidsplan. Je leest het samen met iemand die het "
           "je uitlegt.")
    _kop(document, "Wat er gebeurd is")
    _verhaal(document, "Bij jullie thuis is het een tijd niet veilig geweest. Daarom hebben je ouders, "
             "mensen om jullie heen en hulpverleners samen afspraken gemaakt.", None)
    for titel, lijst, leeg in (
        ("Waar ik me zorgen over maak", "lezer.kind.zorgen", "Schrijf hier je zorgen op."),
        ("Wat goed gaat", "lezer.kind.goede_dingen", "Schrijf hier op wat goed gaat."),
        ("Zo is het als alles goed is", "lezer.kind.dromen", "Schrijf hier op hoe het is als alles goed is."),
    ):
        _kop(document, titel)
        code(document, f"{{%p for w in {lijst} %}}")
        alinea(document, "{{ w }}", stijl="List Bullet")
        code(document, "{%p endfor %}")
        code(document, f"{{%p if not {lijst} %}}")
        _tekenvak(document, leeg, 3.0)
        code(document, "{%p endif %}")


def _niet_veilig(document: DocumentType) -> None:
    """The child's own noodplan: what I do, whom I call (only those the child named), 112."""
    _kop(document, "Als ik me niet veilig voel")
    alinea(document, "Dit doe ik:", stijl="Kindertekst", vet_eerste=True)
    _regels(document, "a in lezer.kind.als_ik_bang_ben", "{{ a }}")
    _regels(document, "a in lezer.kind.mijn_afspraken", "{{ a }}")
    _regels(document, "n in lezer.noodplan", "{{ n.wanneer }}", ": bel ", "{{ n.belt }}",
            "{% if n.telefoon and n.telefoon != n.belt %}", ", ", "{{ n.telefoon }}", "{% endif %}", ".")
    code(document, "{%p if not lezer.kind.als_ik_bang_ben and not lezer.kind.mijn_afspraken "
         "and not lezer.noodplan %}")
    alinea(document, "Als ik bang ben, dan ____________________________________________", stijl="Kindertekst")
    code(document, "{%p endif %}")
    alinea(document, "Bij hen voel ik me veilig. Hen kan ik bellen:", stijl="Kindertekst", vet_eerste=True)
    _regels(document, "w in lezer.wie_let_op", "{{ w.naam }}", "{% if w.rol %}", ", ", "{{ w.rol }}",
            "{% endif %}", "{% if w.telefoon %}", ": ", "{{ w.telefoon }}", "{% endif %}")
    code(document, "{%p if not lezer.wie_let_op %}")
    for _ in range(3):
        alinea(document, "Naam: ______________________  Telefoon: ______________", stijl="Kindertekst")
    code(document, "{%p endif %}")
    _rood(alinea(document, "Is iemand in gevaar? Bel 112.", stijl="Kindertekst"))
    alinea(document, KINDERTELEFOON, stijl="Kindertekst")


def _rechten(document: DocumentType) -> None:
    """From 12: what a young person may do themselves (Jeugdwet, WGBO)."""
    _kop(document, "Jouw rechten")
    for regel in (
        "Je mag dit plan en je eigen dossier lezen. Vraag het aan je werker.",
        "Je mag iemand in vertrouwen nemen die niet bij de hulp hoort: een vertrouwenspersoon van het "
        "AKJ (Advies- en Klachtenbureau Jeugdzorg), 088 555 1000, www.akj.nl.",
        "Ben je het niet eens met hoe je geholpen wordt? Dan mag je klagen. Zeg het eerst tegen je werker. "
        "Helpt dat niet, dan dien je een klacht in; de vertrouwenspersoon helpt je daarbij.",
        "Wil je met iemand praten? " + KINDERTELEFOON,
    ):
        alinea(document, regel, stijl="List Bullet")


def _uitgelegd(document: DocumentType) -> None:
    _kop(document, "Wie dit met je besproken heeft")
    code(document, "{%p if lezer.uitgelegd_door %}")
    verteld = alinea(document, "Dit heeft ", "{{ lezer.uitgelegd_door }}", " je uitgelegd op ",
                     "{{ lezer.uitgelegd_op|datum }}", ".", stijl="Kindertekst")
    code(document, "{%p else %}")
    door = alinea(document, "Uitgelegd door: ________________________________", stijl="Kindertekst")
    op = alinea(document, "Op (datum): ____________________", stijl="Kindertekst")
    code(document, "{%p endif %}")
    for regel in (verteld, door, op):  # the block stays on one page with its heading
        regel.paragraph_format.keep_with_next = True
    alinea(document, "Vragen? Je mag altijd bellen met ", "{{ dossier.werker.naam }}",
           "{% if dossier.werker.telefoon %}", ", ", "{{ dossier.werker.telefoon }}", "{% endif %}", ".",
           stijl="Kindertekst")


def _handtekening(document: DocumentType) -> None:
    """From 12 the young person signs their own plan, on their own line."""
    _kop(document, "Mijn handtekening")
    alinea(document, "Ik heb mijn veiligheidsplan gelezen en besproken. Ik houd me aan wat ik zelf "
           "heb afgesproken.", stijl="Kindertekst").paragraph_format.keep_with_next = True
    for regel in ("Naam: ", "Datum: ____________________", "Handtekening: ______________________________",
                  "Wat ik nog wil zeggen: ____________________________________________"):
        delen = (regel, "{{ lezer.naam }}") if regel == "Naam: " else (regel,)
        alinea(document, *delen, stijl="Kindertekst").paragraph_format.keep_with_next = True
