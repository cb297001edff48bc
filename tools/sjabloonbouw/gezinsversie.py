"""The default gezinsversie: the plan in plain Dutch (B1): doel, bodemeisen, afspraken, what if it fails.

Every word a family may not know is explained where it first appears (regiehouder, bodemeis, Veilig
Thuis, Raad voor de Kinderbescherming); one message per sentence.
"""

from __future__ import annotations

from docx.document import Document as DocumentType

from sjabloonbouw.lezersdelen import lezerstitel, signalen, telefoonlijst
from sjabloonbouw.onderdelen import stappen
from sjabloonbouw.opmaak import (
    ROOD,
    alinea,
    als_leeg,
    code,
    kaart,
    kop,
    kop_en_voet,
    lijsttabel_of_tekst,
    nieuw_document,
    opsomming,
    vul,
)

LOPENDE_BODEMEISEN = "veiligheidsplan.bodemeisen|rejectattr('beeindigd')|list"


def gezinsversie() -> DocumentType:
    document = nieuw_document("Gezinsversie")
    kop_en_voet(document, "Ons veiligheidsplan", kenmerk=False)
    lezerstitel(
        document, "Ons veiligheidsplan", ["{{ dossier.gezinsnaam }}"],
        "Dit zijn de afspraken die we samen gemaakt hebben. Ze zijn er om de kinderen veilig te houden. "
        "Elke afspraak heeft een nummer. Dat nummer blijft hetzelfde. Zo weet iedereen over welke "
        "afspraak we praten.",
    )
    alinea(document, "{{ dossier.regiehouder }}", " houdt dit plan bij. We noemen die persoon de "
           "regiehouder. U kunt de regiehouder altijd bellen als u een vraag hebt.")
    kop(document, "Wat willen we bereiken")
    alinea(document, "{{ veiligheidsplan.doel }}")
    _bodemeisen(document)
    kop(document, "Onze afspraken")
    als_leeg(document, "lezer.afspraken", "Er zijn nog geen afspraken.")
    code(document, "{%p for a in lezer.afspraken %}")
    kaart(document, ["Afspraak ", "{{ a.id }}"], [
        ("Wat we doen", vul("{{ a.wat }}"), None),
        ("Wie doet het", vul("{{ a.wie|namen }}"), None),
        ("Wanneer", vul("{{ a.wanneer }}"), None),
        ("Zo doen we het", stappen, "a.stappen"),
        ("Waarom", vul("{{ a.toelichting }}"), "a.toelichting"),
        ("Wie let erop", vul("{{ a.controle_door }}"), None),
        ("Lukt het niet?", vul("{{ a.gevolg_bij_niet_nakomen }}"), None),
    ])
    code(document, "{%p endfor %}")
    _als_het_plan_niet_lukt(document)
    signalen(document, "Hieraan merken we dat het niet goed gaat",
             "Ziet u dit? Dan is het weer onveilig. Doe dan wat in het noodplan staat.")
    _noodplan(document)
    telefoonlijst(document, "Wie kunt u bellen")
    kop(document, "Wanneer praten we weer")
    alinea(document, "We kijken samen of de afspraken lukken. Dat doen we op ",
           "{{ plan.evaluatie.volgende_datum|datum }}", ". Wilt u eerder praten? Bel ",
           "{{ dossier.regiehouder }}", ".")
    return document


def _bodemeisen(document: DocumentType) -> None:
    kop(document, "Wat altijd moet")
    alinea(document, "Dit zijn de regels die altijd gelden. Hierover praten we niet. In het plan heten ze "
           "bodemeisen. Ze hebben een nummer met een B.")
    als_leeg(document, LOPENDE_BODEMEISEN, "Er zijn geen regels die altijd gelden.")
    opsomming(document, f"b in {LOPENDE_BODEMEISEN}", "{{ b.id }}", ": ", "{{ b.omschrijving }}")


def _als_het_plan_niet_lukt(document: DocumentType) -> None:
    """What happens if the plan is not kept, in plain words, then the worker's own words (kader)."""
    kop(document, "Wat gebeurt er als het plan niet lukt")
    alinea(document, "Lukt een afspraak niet? Bij elke afspraak staat wat er dan gebeurt.")
    alinea(document, "Gaat het mis met een regel die altijd moet? Dan is het niet veilig genoeg voor de "
           "kinderen. De regiehouder praat dan met u over wat er nu moet gebeuren.")
    alinea(document, "Soms vraagt de regiehouder dan hulp aan Veilig Thuis. Veilig Thuis is de organisatie "
           "die helpt als er geweld is in een gezin. Soms komt de Raad voor de Kinderbescherming erbij. De "
           "Raad onderzoekt of de kinderen meer bescherming nodig hebben.")
    code(document, "{%p if veiligheidsplan.kader %}")
    alinea(document, "Dit heeft de regiehouder hierover opgeschreven:", vet_eerste=True)
    alinea(document, "{{ veiligheidsplan.kader }}", stijl="Uitspraak")
    code(document, "{%p endif %}")


def _noodplan(document: DocumentType) -> None:
    kop(document, "Wat doen we als het misgaat")
    lijsttabel_of_tekst(document, "n in lezer.noodplan", [
        ("Wie", 3.0, ["{{ n.wie }}"]),
        ("Wanneer", 7.0, ["{{ n.wanneer }}"]),
        ("Belt", 3.6, ["{{ n.belt }}"]),
        ("Nummer", 3.0, ["{{ n.telefoon }}"]),
    ], "Er is nog geen noodplan afgesproken.")
    nood = alinea(document, "Bij direct gevaar: bel 112. ", "Maakt u zich zorgen, of wilt u iemand om raad "
                  "vragen? Bel Veilig Thuis: 0800-2000. Dat is gratis. U kunt dag en nacht bellen.")
    nood.runs[0].bold = True
    nood.runs[0].font.color.rgb = ROOD
