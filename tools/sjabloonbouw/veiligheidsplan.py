"""The default veiligheidsplan template."""

from __future__ import annotations

from docx.document import Document as DocumentType

from sjabloonbouw.levensloop import (
    beeindigd_regel,
    gesprekken,
    incidentenregister,
    looptijd,
    versies_en_wijzigingen,
)
from sjabloonbouw.onderdelen import (
    afspraakkaarten,
    betrokkenen,
    evaluatie,
    ondertekening,
    verspreidingslijst,
)
from sjabloonbouw.opmaak import (
    KOPKLEUR,
    ROOD,
    alinea,
    als_leeg,
    arceer,
    celtekst,
    code,
    kop,
    kop_en_voet,
    lijsttabel,
    lijsttabel_of_tekst,
    nieuw_document,
    opsomming,
    titelblok,
    vaste_tabel,
    witregel,
)


def _huisverbod_en_meldingen(document: DocumentType) -> None:
    """Facts of the aanleiding kept as data in the dossier (issue 8 item 9); nothing when there are none."""
    code(document, "{%p if dossier.huisverbod %}")
    alinea(document, "Huisverbod: ", "{{ dossier.huisverbod.wie }}", " mag het huis niet in van ",
           "{{ dossier.huisverbod.van|datum }}", " tot en met ", "{{ dossier.huisverbod.tot|datum }}.",
           vet_eerste=True)
    code(document, "{%p endif %}")
    code(document, "{%p if dossier.meldingen %}")
    alinea(document, "Meldingen door anderen", vet_eerste=True)
    opsomming(document, "m in dossier.meldingen", "{{ m.datum|datum }}", ": melding door ",
              "{{ m.door_anders if m.door == 'anders' else m.door }}", ". Waarover: ",
              "{{ m.waarover }}")  # typed as an answer ('Ruzie thuis'), so not mid-sentence
    code(document, "{%p endif %}")


def veiligheidsplan() -> DocumentType:
    document = nieuw_document("Veiligheidsplan")
    kop_en_voet(document, "Veiligheidsplan")
    titelblok(document, "Veiligheidsplan")
    _niet_akkoord(document)
    betrokkenen(document)

    kop(document, "Aanleiding, doel en kader")
    kop(document, "Aanleiding", 2)
    alinea(document, "{{ veiligheidsplan.aanleiding }}")
    _huisverbod_en_meldingen(document)
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
    beeindigd_regel(document, "d")
    code(document, "{%p endfor %}")

    kop(document, "Bodemeisen")
    alinea(document, "De ondergrens waarover niet onderhandeld wordt.")
    als_leeg(document, "veiligheidsplan.bodemeisen", "Er zijn geen bodemeisen gesteld.")
    code(document, "{%p for b in veiligheidsplan.bodemeisen %}")
    alinea(document, "{{r b.id|anker }}", "  ", "{{ b.omschrijving }}").paragraph_format.keep_with_next = True
    alinea(document, "Gesteld door: ", "{{ b.gesteld_door }}", stijl="Klein")
    beeindigd_regel(document, "b")
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

    looptijd(document)
    evaluatie(document)
    incidentenregister(document)
    _schaalvragen(document)
    gesprekken(document)
    versies_en_wijzigingen(document)
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
    _afwegingen(document)
    code(document, "{%p else %}")
    alinea(document, "De stand van de meldcode is (nog) niet vastgelegd.", stijl="Klein")
    code(document, "{%p endif %}")


AFWEGINGEN = (
    ("vermoeden", "1. Is er een vermoeden van huiselijk geweld of kindermishandeling?"),
    ("acute_of_structurele_onveiligheid", "2. Is er acute of structurele onveiligheid?"),
    ("hulp_mogelijk", "3. Kan ik (met anderen) passende hulp bieden of organiseren?"),
    ("hulp_aanvaard", "4. Aanvaarden de betrokkenen de hulp en werken ze mee?"),
    ("resultaat", "5. Leidt de hulp binnen de afgesproken termijn tot de nodige veiligheid?"),
)
"""The five afwegingen of the meldcode's afwegingskader, as Meldcode.afwegingen records them."""


def _afwegingen(document: DocumentType) -> None:
    """The five afwegingen (only in the full plan: every reader's view drops the meldcode)."""
    code(document, "{%p if dossier.meldcode.afwegingen %}")
    code(document, "{%p with w = dossier.meldcode.afwegingen %}")
    alinea(document, "Afwegingskader (stap 4)", stijl="Heading 2")
    tabel = vaste_tabel(document, [12.6, 4.0], len(AFWEGINGEN) + 1)
    for cel, titel in zip(tabel.rows[0].cells, ("Afweging", "Antwoord"), strict=True):
        celtekst(cel, titel, vet=True)
        arceer(cel, KOPKLEUR)
    for rij, (veld, vraag) in zip(tabel.rows[1:], AFWEGINGEN, strict=True):
        celtekst(rij.cells[0], vraag)
        celtekst(rij.cells[1], f"{{% if w.{veld} == None %}}", "nog niet afgewogen", "{% else %}",
                 f"{{{{ w.{veld}|janee }}}}", "{% endif %}")
    witregel(document)
    code(document, "{%p if w.toelichting %}")
    alinea(document, "Hoe afgewogen: ", "{{ w.toelichting }}", vet_eerste=True)
    code(document, "{%p endif %}")
    code(document, "{%p endwith %}")
    code(document, "{%p endif %}")
    code(document, "{%p if dossier.meldcode.reden_geen_veilig_thuis %}")
    alinea(document, "Waarom Veilig Thuis niet betrokken is: ",
           "{{ dossier.meldcode.reden_geen_veilig_thuis }}", vet_eerste=True)
    code(document, "{%p endif %}")


def _niet_akkoord(document: DocumentType) -> None:
    """On the first page: a version vastgesteld while someone named in an afspraak said 'niet akkoord'."""
    code(document, "{%p if vastgesteld_zonder_akkoord %}")
    let_op = alinea(document, "Let op: deze versie is vastgesteld terwijl iemand die in een afspraak staat, "
                    "niet akkoord is.")
    let_op.runs[0].bold = True
    let_op.runs[0].font.color.rgb = ROOD
    opsomming(document, "n in vastgesteld_zonder_akkoord", "{{ n.volledige_naam }}",
              " is niet akkoord (genoemd in afspraak ", "{{ n.afspraken|namen }}", ")",
              "{% if n.reden %}", ": ", "{{ n.reden }}", "{% endif %}")
    code(document, "{%p endif %}")


def _zorgen(document: DocumentType) -> None:
    kop(document, "Zorgen en gevaarsomschrijvingen")
    alinea(document, "Wie maakt zich zorgen, over welk gedrag, en wat gebeurt er met de kinderen als er "
           "niets verandert. Verschillen van mening staan erbij.")
    code(document, "{%p for z in veiligheidsplan.zorgen %}")
    alinea(document, "{{r z.id|anker }}", "  ", "{{ z.titel }}", stijl="Heading 2")
    beeindigd_regel(document, "z")
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
    alinea(document, "Iedereen geeft een eigen score van 0 tot 10; de scores worden niet gemiddeld. Een kind "
           "en een jongere krijgen de vraag in eigen woorden: bij elke score staat wat 0 en 10 betekenden "
           "in de vraag die die persoon kreeg.")
    lijsttabel_of_tekst(document, "s in veiligheidsplan.schaalvragen", [
        ("Wie", 3.2, ["{{ s.naam }}"]),
        ("Score", 1.6, ["{{ s.score }}"]),
        ("Betekenis van 0 en 10", 4.8, ["{{ s.leeftijdsgroep|capitalize }}: 0 = ", "{{ s.nul_betekent }}",
                                        "; 10 = ", "{{ s.tien_betekent }}"]),
        ("Wat maakt dat het deze score is?", 4.4, ["{{ s.toelichting }}"]),
        ("Gesprek", 2.6, ["{{ s.moment }}"]),
    ], "Nog geen scores gegeven.")
    kop(document, "Verloop van de scores per persoon", 2)
    als_leeg(document, "scoreverloop", "Nog geen scores gegeven.")
    code(document, "{%p for p in scoreverloop %}")
    alinea(document, "{{ p.naam }}", " (", "{{ p.leeftijdsgroep }}", "; 0 = ",
           "{{ p.scores[-1].nul_betekent }}", ", 10 = ", "{{ p.scores[-1].tien_betekent }}", "): ",
           "{% for s in p.scores %}", "{{ s.score }}", " op ", "{{ s.datum|datum }}", " (versie ",
           "{{ s.versie }}", ", ", "{{ s.moment }}", ")", "{% if not loop.last %}", " → ", "{% endif %}",
           "{% endfor %}", stijl="List Bullet")
    code(document, "{%p endfor %}")


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
