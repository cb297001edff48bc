"""The default netwerkversie: what one member of the network needs to know, and nothing more."""

from __future__ import annotations

from docx.document import Document as DocumentType

from sjabloonbouw.lezersdelen import eigen_afspraken, lezerstitel, noodplan, signalen, telefoonlijst
from sjabloonbouw.opmaak import kop_en_voet, nieuw_document


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
    eigen_afspraken(document)
    signalen(document, "Signalen", "Hieraan merkt u dat het weer onveilig wordt:")
    noodplan(document, "Noodplan: wie belt wie")
    telefoonlijst(document, "Telefoonlijst")
    return document
