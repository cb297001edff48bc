"""The default gezinsversie: the afspraken in plain Dutch (B1), one block each, with their steps."""

from __future__ import annotations

from docx.document import Document as DocumentType

from sjabloonbouw.lezersdelen import lezerstitel, noodplan, signalen, telefoonlijst
from sjabloonbouw.onderdelen import stappen
from sjabloonbouw.opmaak import alinea, als_leeg, code, kaart, kop, kop_en_voet, nieuw_document, vul


def gezinsversie() -> DocumentType:
    document = nieuw_document("Gezinsversie")
    kop_en_voet(document, "Ons veiligheidsplan", kenmerk=False)
    lezerstitel(
        document, "Ons veiligheidsplan", ["{{ dossier.gezinsnaam }}"],
        "Dit zijn de afspraken die we samen gemaakt hebben. Ze zijn er om de kinderen veilig te houden. "
        "Elke afspraak heeft een nummer. Dat nummer blijft hetzelfde. Zo weet iedereen over welke "
        "afspraak we praten.",
    )
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
    signalen(document, "Hieraan merken we dat het niet goed gaat",
             "Ziet u dit? Dan is het weer onveilig. Doe dan wat in het noodplan staat.")
    noodplan(document, "Wat doen we als het misgaat")
    telefoonlijst(document, "Wie kunt u bellen")
    kop(document, "Wanneer praten we weer")
    alinea(document, "We kijken samen of de afspraken lukken. Dat doen we op ",
           "{{ plan.evaluatie.volgende_datum|datum }}", ". Wilt u eerder praten? Bel ",
           "{{ dossier.regiehouder }}", ".")
    return document
