"""The default netwerkversie: what one member of the network needs to know, and nothing more."""

from __future__ import annotations

from docx.document import Document as DocumentType

from sjabloonbouw.lezersdelen import lezerstitel, noodplan, signalen, telefoonlijst
from sjabloonbouw.onderdelen import stappen
from sjabloonbouw.opmaak import als_leeg, code, kaart, kop, kop_en_voet, nieuw_document, vul


def netwerkversie() -> DocumentType:
    document = nieuw_document("Netwerkversie")
    kop_en_voet(document, "Netwerkversie")
    lezerstitel(
        document, "Veiligheidsplan: uw deel",
        ["Voor ", "{{ lezer.naam }}", "{% if lezer.rol %}", ", ", "{{ lezer.rol }}", "{% endif %}"],
        "U hoort bij het netwerk rond dit gezin. Hierin staat wat u moet weten: de afspraken waarin u "
        "iets doet, controleert of helpt, de signalen waarop u let, wat u doet als het misgaat en wie u "
        "kunt bellen. Het volledige plan blijft bij het gezin en de regiehouder. Vragen? Bel de regiehouder.",
    )
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
    signalen(document, "Signalen", "Hieraan merkt u dat het weer onveilig wordt:")
    noodplan(document, "Noodplan: wie belt wie")
    telefoonlijst(document, "Telefoonlijst")
    return document
