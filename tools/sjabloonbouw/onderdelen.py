"""Sections both documents share: betrokkenen, afspraken, evaluatie, ondertekening, verspreiding."""

from __future__ import annotations

from docx.document import Document as DocumentType
from docx.table import _Cell

from sjabloonbouw.levensloop import beeindigd, evaluatieresultaten
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
        ("Naam", 4.0, ["{{ lid.naam }} {{ lid.achternaam }}"]),
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
    kaart(document, ["Afspraak ", "{{r a.id|anker }}", " · ", "{{ a.fase }}", "{% if a.beeindigd %}",
                     " · beëindigd", "{% endif %}"], [
        ("Beëindigd", vul(*beeindigd("a")), "a.beeindigd"),
        ("Wat", vul("{{ a.wat }}"), None),
        ("Wie", vul("{{ a.wie|namen }}"), None),
        ("Helpt", vul("{{ a.helpt|namen }}"), "a.helpt"),
        ("Wanneer / hoe vaak", vul("{{ a.wanneer }}"), None),
        ("Stappen", stappen, "a.stappen"),
        ("Toelichting", vul("{{ a.toelichting }}"), "a.toelichting"),
        ("Controle door", vul("{{ a.controle_door|persoon }}"), None),
        ("Als het niet lukt", vul("{{ a.gevolg_bij_niet_nakomen }}"), None),
        ("Dient", vul("{{r a.dient|verwijzingen }}"), None),
        ("Herkomst", _herkomst_afspraak, None),
    ])
    code(document, "{%p endfor %}")


def stappen(cel: _Cell) -> None:
    """The numbered steps of the afspraak `a`, in a card cell."""
    celtekst(cel, "{%p for stap in a.stappen %}")
    alinea(cel, "{{ loop.index }}", ". ", "{{ stap }}", stijl="Tabeltekst")
    code(cel, "{%p endfor %}")


def _herkomst_afspraak(cel: _Cell) -> None:
    celtekst(cel, "{% if a.herkomst %}", "{{ a.herkomst.sessie }}",
             "{% if a.herkomst.persoon %}", " (", "{{ a.herkomst.persoon }}", ")", "{% endif %}",
             "{% else %}", "—", "{% endif %}")
    code(cel, "{%p if a.overgenomen_uit %}")
    alinea(cel, "Overgenomen uit ", "{% if a.overgenomen_uit.kenmerk %}", "{{ a.overgenomen_uit.kenmerk }}",
           "{% else %}", "het plan", "{% endif %}", " (", "{{ a.overgenomen_uit.organisatie }}", ", ",
           "{{ a.overgenomen_uit.datum|datum }}", ")", "{% if a.overgenomen_uit.oorspronkelijk_nummer %}",
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
    evaluatieresultaten(document)


def ondertekening(document: DocumentType, soort: str) -> None:
    kop(document, "Ondertekening")
    alinea(document, f"Wie tekent, heeft dit {soort} besproken en zegt: ", "‘Ik houd me aan de afspraken "
           "waarin mijn naam staat.’", " ‘Gezien’ betekent: gelezen, niet (helemaal) eens; de reden legt "
           "uit waarom. De regiehouder en elke jongere vanaf 12 jaar tekenen op een eigen regel.")
    alinea(document, "Status van deze versie: ", "{{ status }}", vet_eerste=True)
    lijsttabel_of_tekst(document, "o in ondertekenaars", [
        ("Naam", 3.0, ["{{ o.volledige_naam }}"]),
        ("Rol", 3.6, ["{{ o.rol }}"]),
        ("Oordeel", 2.4, ["{{ o.oordeel or 'nog niet getekend' }}"]),
        ("Reden of opmerking", 4.0, ["{{ o.reden }}"]),
        ("Datum / handtekening", 3.6, ["{% if o.datum %}", "{{ o.datum|datum }}", "{% endif %}"]),
    ], "Nog niemand heeft deze versie ondertekend.", rijhoogte_cm=1.2)


def verspreidingslijst(document: DocumentType) -> None:
    """Who receives this version and whether they have. The name has a short column of its own, so
    a row that runs over a page break (see `lijsttabel`) keeps the name whole on the first page."""
    kop(document, "Verspreidingslijst")
    alinea(document, "Wie deze versie (", "{{ plan.versie }}", ") ontvangt, hoe, en wanneer ze ontvangen is. "
           "Iedereen op deze lijst wordt over nieuwe afspraken geïnformeerd.")
    lijsttabel(document, "v in verspreiding", [
        ("Naam", 2.8, ["{{ v.volledige_naam }}"]),
        ("Rol", 3.8, ["{{ personen.get(v.naam, '') }}"]),
        ("Wijze", 3.6, ["{{ v.wijze }}"]),
        ("Ontvangt", 3.4, ["{{ v.ontvangt }}"]),
        ("Ontvangen", 3.0, ["{% if v.ontvangen_op %}", "{{ v.ontvangen_op|datum }}", " (",
                            "{{ v.ontvangen_vorm }}", ")", "{% else %}", "nog niet", "{% endif %}"]),
    ])
