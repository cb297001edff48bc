"""The default kinderversie: for one child and whoever explains it to them.

Under 12 in the form of the Drie Huizen (Words & Pictures): three houses, big letters, room to draw
or write; from 12 in plain language. Both say it is not the child's fault, who looks out for them,
what they do when they are scared, and who explained this to them and when.
"""

from __future__ import annotations

from docx.document import Document as DocumentType
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Cm, Pt
from docx.table import _Cell

from sjabloonbouw.opmaak import (
    BLAUW,
    KOPKLEUR,
    ROOD,
    alinea,
    arceer,
    celtekst,
    code,
    kop_en_voet,
    lijsttabel_of_tekst,
    nieuw_document,
    vaste_tabel,
    witregel,
)

NIET_JOUW_SCHULD = "Het is niet jouw schuld."
KINDERTELEFOON = "De Kindertelefoon: 0800-0432 (gratis, je hoeft je naam niet te zeggen)."


def kinderversie() -> DocumentType:
    document = nieuw_document("Kinderversie")
    _kinderstijlen(document)
    kop_en_voet(document, "Mijn veiligheidsplan", kenmerk=False)
    document.add_paragraph("Mijn veiligheidsplan", style="Title")
    alinea(document, "Voor ", "{{ lezer.naam }}", stijl="Heading 2")
    code(document, "{%p if lezer.jong %}")
    _drie_huizen(document)
    code(document, "{%p else %}")
    _gewone_taal(document)
    code(document, "{%p endif %}")
    _uitgelegd(document)
    return document


def _kinderstijlen(document: DocumentType) -> None:
    groot = document.styles.add_style("Kindertekst", WD_STYLE_TYPE.PARAGRAPH)
    groot.base_style = document.styles["Normal"]
    groot.font.size = Pt(14)
    groot.paragraph_format.space_after = Pt(6)
    huis = document.styles.add_style("Huiskop", WD_STYLE_TYPE.PARAGRAPH)
    huis.base_style = document.styles["Normal"]
    huis.font.size = Pt(16)
    huis.font.bold = True
    huis.font.color.rgb = BLAUW
    huis.paragraph_format.keep_with_next = True


def _kop(document: DocumentType, tekst: str) -> None:
    """A heading without a chapter number: a child's page has no chapters."""
    kop = alinea(document, tekst, stijl="Huiskop")
    kop.paragraph_format.space_before = Pt(12)


def _huis(document: DocumentType, naam: str, vul: list[tuple[str, ...] | str]) -> _Cell:
    """A house: a shaded roof with its name, and a room of big text below (a list of paragraphs or
    {%p %} codes). Kept on one page, so a child sees each house whole."""
    tabel = vaste_tabel(document, [16.6], 2)
    dak, kamer = tabel.rows[0].cells[0], tabel.rows[1].cells[0]
    celtekst(dak, naam).style = "Huiskop"
    arceer(dak, KOPKLEUR)
    for nr, regel in enumerate(vul):
        delen = (regel,) if isinstance(regel, str) else regel
        paragraaf = celtekst(kamer, *delen) if nr == 0 else alinea(kamer, *delen)
        if not isinstance(regel, str):
            paragraaf.style = "Kindertekst"
    for paragraaf in dak.paragraphs:
        paragraaf.paragraph_format.keep_with_next = True
    witregel(document)
    return kamer


def _drie_huizen(document: DocumentType) -> None:
    alinea(document, "Dit plan is voor jou. Een grote mens leest het samen met je. Je mag erin tekenen en "
           "schrijven.", stijl="Kindertekst")
    kamer = _huis(document, "Huis van zorgen: wat er gebeurd is", [
        "{%p if lezer.wat_er_is_gebeurd %}",
        ("{{ lezer.wat_er_is_gebeurd }}",),
        "{%p else %}",
        ("Thuis gebeurden dingen waardoor het niet veilig was. Grote mensen helpen nu om het thuis "
         "veilig te maken.",),
        "{%p endif %}",
        (NIET_JOUW_SCHULD,),
        ("Dit wil ik erover zeggen of tekenen:",),
    ])
    schuld = next(p for p in kamer.paragraphs if p.text == NIET_JOUW_SCHULD)
    schuld.runs[0].bold = True
    schuld.runs[0].font.color.rgb = ROOD
    tekenruimte = kamer.add_paragraph()
    tekenruimte.paragraph_format.space_before = Cm(3)
    _huis(document, "Huis van goede dingen: wie op jou letten", [
        "{%p for w in lezer.wie_let_op %}",
        ("{{ w.naam }}", "{% if w.rol %}", ", ", "{{ w.rol }}", "{% endif %}",
         "{% if w.telefoon %}", ": ", "{{ w.telefoon }}", "{% endif %}"),
        "{%p endfor %}",
    ])
    _huis(document, "Huis van dromen: wat jij doet als je bang bent", [
        "{%p for n in lezer.noodplan %}",
        ("{{ n.wanneer }}", ": bel ", "{{ n.belt }}", ", ", "{{ n.telefoon }}", "."),
        "{%p endfor %}",
        ("Is iemand in gevaar? Bel 112.",),
        (KINDERTELEFOON,),
    ])


def _gewone_taal(document: DocumentType) -> None:
    _kop(document, "Wat er gebeurd is")
    code(document, "{%p if lezer.wat_er_is_gebeurd %}")
    alinea(document, "{{ lezer.wat_er_is_gebeurd }}")
    code(document, "{%p else %}")
    alinea(document, "Bij jullie thuis is het een tijd niet veilig geweest. Daarom hebben je ouders, "
           "mensen om jullie heen en hulpverleners samen afspraken gemaakt. Die staan in het "
           "veiligheidsplan. Dit is het deel voor jou.")
    code(document, "{%p endif %}")
    schuld = alinea(document, NIET_JOUW_SCHULD, " Wat er thuis gebeurt, is de verantwoordelijkheid van de "
                    "volwassenen.")
    schuld.runs[0].bold = True
    schuld.runs[0].font.color.rgb = ROOD
    _kop(document, "Wie op je letten")
    lijsttabel_of_tekst(document, "w in lezer.wie_let_op", [
        ("Naam", 4.4, ["{{ w.naam }}"]),
        ("Wie", 7.6, ["{{ w.rol }}"]),
        ("Telefoon", 4.6, ["{{ w.telefoon }}"]),
    ], "Je hoort van je werker wie er op je letten.")
    _kop(document, "Als je je niet veilig voelt")
    lijsttabel_of_tekst(document, "n in lezer.noodplan", [
        ("Wanneer", 8.0, ["{{ n.wanneer }}"]),
        ("Bel", 4.6, ["{{ n.belt }}"]),
        ("Nummer", 4.0, ["{{ n.telefoon }}"]),
    ], "Vertel het aan iemand die op je let (zie hierboven).")
    nood = alinea(document, "Is iemand in gevaar? Bel 112. ", KINDERTELEFOON)
    nood.runs[0].bold = True
    nood.runs[0].font.color.rgb = ROOD


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
           "{% if dossier.werker.telefoon %}", ", ", "{{ dossier.werker.telefoon }}", "{% endif %}", ".")
