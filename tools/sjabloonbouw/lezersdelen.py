"""Blocks the reader's documents share: the reader's title block, noodplan, phone list, signalen."""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document as DocumentType

from sjabloonbouw.onderdelen import stappen
from sjabloonbouw.opmaak import (
    ROOD,
    alinea,
    als_leeg,
    code,
    kaart,
    kop,
    kopblok,
    lijsttabel,
    lijsttabel_of_tekst,
    opsomming,
    vul,
)


def lezerstitel(document: DocumentType, titel: str, voor: Sequence[str], uitleg: str) -> None:
    """Title, for whom (runs), a short note on what this document is, and the plan it comes from."""
    kopblok(document, titel, voor, "VERTROUWELIJK — alleen voor u bedoeld; geef dit document niet door",
            [3.6, 4.7, 3.6, 4.7], [
                ("Gezin", ["{{ dossier.gezinsnaam }}"], "Datum", ["{{ plan.datum|datum }}"]),
                ("Regiehouder", ["{{ dossier.regiehouder }}"], "Volgende evaluatie",
                 ["{{ plan.evaluatie.volgende_datum|datum }}"]),
            ])
    alinea(document, "")
    alinea(document, uitleg)


def eigen_afspraken(document: DocumentType) -> None:
    """The reader's own afspraken as cards (netwerkversie and professionalversie): those in which
    they act, check or help."""
    kop(document, "Uw afspraken")
    als_leeg(document, "lezer.afspraken", "Er staat (nog) geen afspraak op uw naam. U helpt wel door op de "
             "signalen te letten en het noodplan te volgen.")
    code(document, "{%p for a in lezer.afspraken %}")
    kaart(document, ["Afspraak ", "{{ a.id }}"], [
        ("Wat", vul("{{ a.wat }}"), None),
        ("Wie", vul("{{ a.wie|namen }}"), None),
        ("Helpt", vul("{{ a.helpt|namen }}"), "a.helpt"),
        ("Wanneer / hoe vaak", vul("{{ a.wanneer }}"), None),
        ("Stappen", stappen, "a.stappen"),
        ("Controle door", vul("{{ a.controle_door|persoon }}"), None),
        ("Als het niet lukt", vul("{{ a.gevolg_bij_niet_nakomen }}"), None),
    ])
    code(document, "{%p endfor %}")


def signalen(document: DocumentType, titel: str, inleiding: str) -> None:
    kop(document, titel)
    alinea(document, inleiding)
    als_leeg(document, "lezer.signalen", "Er zijn (nog) geen signalen afgesproken.")
    opsomming(document, "s in lezer.signalen", "{{ s.omschrijving }}", "{% if s.wie_merkt_op %}",
              " (let op: ", "{{ s.wie_merkt_op|namen }}", ")", "{% endif %}")


def noodplan(document: DocumentType, titel: str) -> None:
    kop(document, titel)
    lijsttabel_of_tekst(document, "n in lezer.noodplan", [
        ("Wie", 3.0, ["{{ n.wie }}"]),
        ("Wanneer", 7.0, ["{{ n.wanneer }}"]),
        ("Belt", 3.6, ["{{ n.belt }}"]),
        ("Nummer", 3.0, ["{{ n.telefoon }}"]),
    ], "Er is (nog) geen noodplan afgesproken.")
    nood = alinea(document, "Bij direct gevaar: bel 112. ", "Advies of melding: Veilig Thuis 0800-2000 "
                  "(gratis, dag en nacht bereikbaar).")
    nood.runs[0].bold = True
    nood.runs[0].font.color.rgb = ROOD


def telefoonlijst(document: DocumentType, titel: str) -> None:
    kop(document, titel)
    lijsttabel(document, "t in lezer.telefoonlijst", [
        ("Naam", 4.4, ["{{ t.naam }}"]),
        ("Wie", 7.6, ["{{ t.rol }}"]),
        ("Telefoon", 4.6, ["{{ t.telefoon or 'onbekend' }}"]),
    ])
