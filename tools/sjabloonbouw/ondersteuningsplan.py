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


def _familiegroepsplan(document: DocumentType) -> None:
    """The Jeugdwet's offer of a familiegroepsplan, and the family's answer."""
    kop(document, "Familiegroepsplan", 2)
    code(document, "{%p if ondersteuningsplan.familiegroepsplan %}")
    code(document, "{%p with f = ondersteuningsplan.familiegroepsplan %}")
    alinea(document, "Aangeboden: ", "{{ f.aangeboden|janee }}", "{% if f.datum %}", ", op ",
           "{{ f.datum|datum }}", "{% endif %}", vet_eerste=True)
    alinea(document, "Antwoord van het gezin: ", "{{ f.antwoord or 'nog geen antwoord' }}", vet_eerste=True)
    code(document, "{%p if f.toelichting %}")
    alinea(document, "{{ f.toelichting }}")
    code(document, "{%p endif %}")
    code(document, "{%p endwith %}")
    code(document, "{%p else %}")
    alinea(document, "Niet vastgelegd of het gezin een familiegroepsplan is aangeboden.", stijl="Klein")
    code(document, "{%p endif %}")


def _behandeltoestemming(document: DocumentType) -> None:
    """Per child and treatment: which parents with gezag consented, and the young person's own yes."""
    kop(document, "Toestemming voor behandeling")
    alinea(document, "Voor behandeling van een kind onder 16 geven de ouders met gezag toestemming; vanaf 12 "
           "jaar geeft de jongere ook zelf toestemming, vanaf 16 alleen de jongere.")
    lijsttabel_of_tekst(document, "t in ondersteuningsplan.toestemming_behandeling", [
        ("Kind", 3.0, ["{{ t.kind }}"]),
        ("Behandeling", 4.6, ["{{ t.behandeling }}"]),
        ("Toestemming ouders", 3.6, ["{{ t.ouders|namen or 'geen' }}"]),
        ("Jongere zelf", 2.6, ["{% if t.jeugdige_akkoord == None %}", "niet gevraagd", "{% else %}",
                               "{{ t.jeugdige_akkoord|janee }}", "{% endif %}"]),
        ("Datum", 2.8, ["{% if t.datum %}", "{{ t.datum|datum }}", "{% else %}", "onbekend", "{% endif %}"]),
    ], "Er is geen toestemming voor behandeling vastgelegd.")


def _gegevensdeling(document: DocumentType) -> None:
    """What is shared with whom until when, and who consented (Toestemming en privacy)."""
    kop(document, "Toestemming en privacy")
    alinea(document, "Wat met wie gedeeld wordt, tot wanneer, en wie daar toestemming voor gaf.")
    lijsttabel_of_tekst(document, "g in plan.toestemming_en_privacy.delen", [
        ("Wat", 4.4, ["{{ g.wat }}"]),
        ("Met wie", 3.4, ["{{ g.met }}"]),
        ("Tot", 2.8, ["{% if g.tot %}", "{{ g.tot|datum }}", "{% else %}", "zolang het plan loopt",
                      "{% endif %}"]),
        ("Toestemming van", 3.4, ["{{ g.toestemming_van|namen }}"]),
        ("Gegeven op", 2.6, ["{% if g.datum %}", "{{ g.datum|datum }}", "{% endif %}"]),
    ], "Er is niets vastgelegd over delen met anderen.")
    code(document, "{%p if plan.toestemming_en_privacy.toelichting %}")
    alinea(document, "{{ plan.toestemming_en_privacy.toelichting }}")
    code(document, "{%p endif %}")


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
    _familiegroepsplan(document)

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
    alinea(document, "Termijn: ", "{% if d.termijn %}", "uiterlijk ", "{{ d.termijn|datum }}", "{% else %}",
           "niet afgesproken", "{% endif %}", vet_eerste=True)
    alinea(document, "Bereikt als: ", "{{ d.bereikt_als or 'nog niet beschreven' }}", vet_eerste=True)
    lijsttabel(document, "h in d.ondersteuning", [
        ("Ondersteuning", 7.6, ["{{ h.wat }}"]),
        ("Door", 5.0, ["{{ h.wie }}"]),
        ("Hoe vaak", 4.0, ["{{ h.hoe_vaak }}"]),
    ])
    code(document, "{%p endfor %}")

    _behandeltoestemming(document)

    kop(document, "Risicogestuurde en herstelgerichte afspraken")
    alinea(document, "Afspraken die in dit plan staan. Ze verwijzen naar de zorgen, bodemeisen en doelen "
           "die ze dienen, ook als die in het veiligheidsplan staan.")
    als_leeg(document, "ondersteuningsplan.afspraken", "Alle afspraken staan in het veiligheidsplan.")
    afspraakkaarten(document, "ondersteuningsplan.afspraken")

    _gegevensdeling(document)
    looptijd(document)
    evaluatie(document)
    gesprekken(document)
    versies_en_wijzigingen(document)
    ondertekening(document, "ondersteuningsplan")
    verspreidingslijst(document)
    return document
