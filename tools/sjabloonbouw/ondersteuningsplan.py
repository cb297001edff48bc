"""The default ondersteuningsplan template."""

from __future__ import annotations

from docx.document import Document as DocumentType

from sjabloonbouw.levensloop import beeindigd_regel, gesprekken, looptijd, versies_en_wijzigingen
from sjabloonbouw.onderdelen import (
    afspraakkaarten,
    betrokkenen,
    evaluatie,
    ondertekening,
    verspreidingslijst,
)
from sjabloonbouw.opmaak import (
    alinea,
    als_leeg,
    code,
    kop,
    kop_en_voet,
    lijsttabel,
    lijsttabel_of_tekst,
    nieuw_document,
    opsomming,
    titelblok,
)


def _drie_huizen(document: DocumentType) -> None:
    """Per child under 12, what it said in the Drie Huizen and agreed to have written down (issue 8
    item 8); no heading for a child without such words."""
    woorden = "ondersteuningsplan.drie_huizen|selectattr('door', 'equalto', kind.naam)|list"
    code(document, "{%p for kind in dossier.gezin.kinderen %}")
    code(document, f"{{%p if {woorden} %}}")
    alinea(document, "In de woorden van ", "{{ kind.naam }}", stijl="Heading 2")
    opsomming(document, f"u in {woorden}", "{{ u.huis|capitalize }}: ", "‘{{ u.tekst }}’")
    code(document, "{%p endif %}")
    code(document, "{%p endfor %}")


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
    _drie_huizen(document)

    kop(document, "Krachten")
    lijsttabel_of_tekst(document, "k in ondersteuningsplan.krachten", [
        ("Kracht", 11.0, ["{{ k.omschrijving }}"]),
        ("Beschreven door", 5.6, ["{{ k.beschreven_door|namen }}"]),
    ], "Er staan geen krachten in die gedeeld mogen worden.")
    kop(document, "Zorgen")
    lijsttabel_of_tekst(document, "z in ondersteuningsplan.zorgen", [
        ("Zorg", 11.0, ["{{ z.omschrijving }}"]),
        ("Beschreven door", 5.6, ["{{ z.beschreven_door|namen }}"]),
    ], "Er staan geen zorgen in die gedeeld mogen worden.")

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
    beeindigd_regel(document, "d")
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

    looptijd(document)
    evaluatie(document)
    gesprekken(document)
    versies_en_wijzigingen(document)
    ondertekening(document, "ondersteuningsplan")
    verspreidingslijst(document)
    return document
