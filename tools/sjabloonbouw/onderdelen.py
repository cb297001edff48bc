"""Sections both documents share: betrokkenen, afspraken, evaluatie, ondertekening, verspreiding."""

from __future__ import annotations

from docx.document import Document as DocumentType
from docx.table import _Cell

from sjabloonbouw.opmaak import (
    alinea,
    als_leeg,
    celtekst,
    code,
    kaart,
    kop,
    lijsttabel,
    lijsttabel_of_tekst,
    opsomming,
    vul,
)


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
