"""Sections on the plan's life: versions and changes, evaluation results, incidents, gesprekken, looptijd.

They read what the renderer computed beside the plan (docs/velden.md, "Naast het plan"):
`versiegeschiedenis`, `vorige_versie`, `veranderingen`, `evaluatieresultaten`, `doelresultaten`,
`laatste_evaluatie`, `niet_gesproken_kinderen`.
"""

from __future__ import annotations

from docx.document import Document as DocumentType

from sjabloonbouw.opmaak import (
    ROOD,
    alinea,
    als_leeg,
    code,
    kaart,
    kop,
    lijsttabel,
    lijsttabel_of_tekst,
    opsomming,
    vul,
)

NUMMERKOLOM_CM = 3.8
"""Wide enough for a link to the other document on one line: "A6 (ondersteuningsplan)"."""

BEEINDIGD = ("op ", "{{ x.beeindigd.op|datum }}", " omdat ", "{{ x.beeindigd.omdat }}")
"""Runs that say when and why item `x` ended; replace `x` with the loop's name."""


def beeindigd(item: str) -> tuple[str, ...]:
    """The 'op … omdat …' runs for the loop variable `item` (after a label 'Beëindigd')."""
    return tuple(deel.replace("x.", f"{item}.") for deel in BEEINDIGD)


def beeindigd_regel(document: DocumentType, item: str) -> None:
    """A red line under an ended item: it stays listed, its number stays taken."""
    code(document, f"{{%p if {item}.beeindigd %}}")
    regel = alinea(document, "Beëindigd ", *beeindigd(item), stijl="Klein")
    regel.runs[0].bold = True
    for run in regel.runs:
        run.font.color.rgb = ROOD
    code(document, "{%p endif %}")


def versies_en_wijzigingen(document: DocumentType) -> None:
    kop(document, "Versies en wijzigingen")
    kop(document, "Versiegeschiedenis", 2)
    lijsttabel(document, "v in versiegeschiedenis", [
        ("Versie", 1.8, ["{{ v.versie }}"]),
        ("Datum", 3.6, ["{{ v.datum|datum }}"]),
        ("Aanleiding", 7.6, ["{{ v.aanleiding.soort }}", "{% if v.aanleiding.omschrijving %}", ": ",
                             "{{ v.aanleiding.omschrijving }}", "{% endif %}"]),
        ("Door", 3.6, ["{{ v.aanleiding.door }}"]),
    ])
    code(document, "{%p if vorige_versie %}")
    alinea(document, "Wijzigingen ten opzichte van versie ", "{{ vorige_versie }}", stijl="Heading 2")
    alinea(document, "Per nummer: nieuw, gewijzigd (welk veld), verplaatst of beëindigd. Nummers blijven "
           "in elke versie hetzelfde.")
    lijsttabel_of_tekst(document, "w in veranderingen", [
        ("Nummer", NUMMERKOLOM_CM, ["{% if w.id %}", "{{r w.id|verwijzing }}", "{% else %}", "—",
                                    "{% endif %}"]),
        ("Onderdeel", 3.8, ["{{ w.onderdeel }}"]),
        ("Wijziging", 9.0, ["{{ w.omschrijving }}"]),
    ], "Er is inhoudelijk niets veranderd.")
    code(document, "{%p endif %}")
    kop(document, "Toelichting", 2)
    als_leeg(document, "plan.wijzigingen", "Geen toelichting.")
    opsomming(document, "w in plan.wijzigingen", "{{ w }}")


def evaluatieresultaten(document: DocumentType) -> None:
    """The latest evaluation's outcome per bodemeis and afspraak, and per doel."""
    code(document, "{%p if evaluatieresultaten or doelresultaten %}")
    alinea(document, "Resultaten van de evaluatie van ", "{{ laatste_evaluatie.datum|datum }}",
           stijl="Heading 2")
    code(document, "{%p if laatste_evaluatie.aanwezig %}")
    alinea(document, "Aanwezig: ", "{{ laatste_evaluatie.aanwezig|namen }}", vet_eerste=True)
    code(document, "{%p endif %}")
    lijsttabel_of_tekst(document, "r in evaluatieresultaten", [
        ("Nummer", NUMMERKOLOM_CM, ["{{r r.id|verwijzing }}"]),
        ("Bodemeis of afspraak", 5.0, ["{{ r.onderwerp }}"]),
        ("Uitkomst", 3.0, ["{{ r.uitkomst }}"]),
        ("Toelichting", 5.0, ["{{ r.toelichting }}"]),
    ], "Bodemeisen en afspraken zijn bij deze evaluatie niet apart beoordeeld.")
    code(document, "{%p if doelresultaten %}")
    lijsttabel(document, "r in doelresultaten", [
        ("Nummer", NUMMERKOLOM_CM, ["{{r r.id|verwijzing }}"]),
        ("Doel", 5.0, ["{{ r.onderwerp }}"]),
        ("Bereikt", 3.0, ["{{ r.uitkomst }}"]),
        ("Toelichting", 5.0, ["{{ r.toelichting }}"]),
    ])
    code(document, "{%p endif %}")
    code(document, "{%p endif %}")


def incidentenregister(document: DocumentType) -> None:
    kop(document, "Incidentenregister")
    alinea(document, "Elk incident sinds de start van het plan, met wat erop volgde. Een incident blijft "
           "in het register staan.")
    als_leeg(document, "veiligheidsplan.incidenten", "Er zijn geen incidenten geweest.")
    code(document, "{%p for i in veiligheidsplan.incidenten %}")
    kaart(document, ["Incident ", "{{r i.id|anker }}", " · ", "{{ i.datum|datum }}"], [
        ("Wat er gebeurde", vul("{{ i.wat }}"), None),
        ("Gemeld door", vul("{{ i.gemeld_door|persoon }}"), None),
        ("Raakte", vul("{{r i.geraakt|verwijzingen }}"), "i.geraakt"),
        ("Uitgevoerd gevolg", vul("{{ i.uitgevoerd_gevolg }}"), "i.uitgevoerd_gevolg"),
        ("Geïnformeerd", vul("{% for g in i.geinformeerd %}", "{{ g.wie }}", " op ", "{{ g.wanneer|datum }}",
                             "{% if not loop.last %}", "; ", "{% endif %}", "{% endfor %}"),
         "i.geinformeerd"),
        ("Veilig Thuis opnieuw geïnformeerd", vul("{{ i.veilig_thuis_opnieuw_geinformeerd|janee }}"), None),
        ("Nieuwe risicotaxatie nodig", vul("{{ i.nieuwe_risicotaxatie_nodig|janee }}"), None),
        ("Vervolg", vul("{{ i.vervolg }}"), "i.vervolg"),
    ])
    code(document, "{%p endfor %}")


def gesprekken(document: DocumentType) -> None:
    kop(document, "Gesprekken")
    alinea(document, "De gesprekken die voor dit plan gevoerd zijn: met wie, wanneer en hoe lang.")
    lijsttabel_of_tekst(document, "g in plan.gesprekken", [
        ("Datum", 3.4, ["{{ g.datum|datum }}"]),
        ("Gesprek", 3.8, ["{{ g.soort }}"]),
        ("Met", 7.2, ["{% if g.met %}", "{{ g.met|namen }}", "{% else %}", "gezin en netwerk", "{% endif %}",
                      "{% if g.rol %}", ", ", "{{ g.rol }}", "{% endif %}"]),
        ("Duur", 2.2, ["{% if g.duur %}", "{{ g.duur }}", " min", "{% else %}", "—", "{% endif %}"]),
    ], "Er zijn geen gesprekken vastgelegd.")
    code(document, "{%p if plan.gesprekken and niet_gesproken_kinderen %}")
    let_op = alinea(document, "Nog niet gesproken: ", "{{ niet_gesproken_kinderen|namen }}",
                    ". Elk kind hoort gezien en gesproken te worden.")
    let_op.runs[0].bold = True
    let_op.runs[0].font.color.rgb = ROOD
    code(document, "{%p elif plan.gesprekken %}")
    alinea(document, "Met elk kind is gesproken.")
    code(document, "{%p endif %}")


def looptijd(document: DocumentType) -> None:
    kop(document, "Looptijd")
    code(document, "{%p with lt = plan.looptijd %}")
    code(document, "{%p if lt.directe_veiligheid_voor %}")
    alinea(document, "Directe veiligheid vóór: ", "{{ lt.directe_veiligheid_voor|datum }}",
           "{% if lt.directe_veiligheid_bereikt_op %}", " (bereikt op ",
           "{{ lt.directe_veiligheid_bereikt_op|datum }}", ")", "{% endif %}", vet_eerste=True)
    code(document, "{%p endif %}")
    code(document, "{%p if lt.looptijd_tot %}")
    alinea(document, "Het plan loopt tot: ", "{{ lt.looptijd_tot|datum }}", vet_eerste=True)
    code(document, "{%p endif %}")
    code(document, "{%p if lt.afsluiten_als %}")
    alinea(document, "We sluiten af als ", "{{ lt.afsluiten_als }}", vet_eerste=True)
    code(document, "{%p endif %}")
    code(document, "{%p if not (lt.directe_veiligheid_voor or lt.looptijd_tot or lt.afsluiten_als) %}")
    alinea(document, "De looptijd is (nog) niet vastgelegd.", stijl="Klein")
    code(document, "{%p endif %}")
    code(document, "{%p endwith %}")
