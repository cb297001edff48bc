"""The default professionalversie: what a school, huisarts or other professional needs for their task.

Their own afspraken and tasks, the signals they watch, the noodplan, the phone list and the
bodemeisen. The risicotaxatie, meldcode, risk factors and treatment appear only when the worker
marked them needed for this professional's task (the reader's view is empty otherwise).
"""

from __future__ import annotations

from docx.document import Document as DocumentType

from sjabloonbouw.lezersdelen import eigen_afspraken, lezerstitel, noodplan, signalen, telefoonlijst
from sjabloonbouw.opmaak import (
    alinea,
    code,
    kop,
    kop_en_voet,
    lijsttabel,
    lijsttabel_of_tekst,
    nieuw_document,
)


def professionalversie() -> DocumentType:
    document = nieuw_document("Professionalversie")
    kop_en_voet(document, "Professionalversie")
    lezerstitel(
        document, "Veiligheidsplan: uw taak",
        ["Voor ", "{{ lezer.naam }}", "{% if lezer.rol %}", ", ", "{{ lezer.rol }}", "{% endif %}"],
        "U bent als professional betrokken bij dit gezin. Hierin staat wat u voor uw taak nodig hebt: de "
        "afspraken waarin u iets doet, controleert of helpt, de signalen waarop u let, het noodplan, de "
        "bodemeisen en wie u kunt bellen. Het volledige plan ligt bij de regiehouder.",
    )
    eigen_afspraken(document)
    kop(document, "Bodemeisen")
    alinea(document, "Ondergrenzen waarover niet onderhandeld wordt:")
    lijsttabel_of_tekst(document, "b in veiligheidsplan.bodemeisen", [
        ("Nr.", 1.6, ["{{ b.id }}"]),
        ("Bodemeis", 10.4, ["{{ b.omschrijving }}"]),
        ("Gesteld door", 4.6, ["{{ b.gesteld_door }}"]),
    ], "Er zijn geen bodemeisen gesteld.")
    code(document, "{%p if veiligheidsplan.netwerk_taken %}")
    kop(document, "Uw taak in het plan")
    lijsttabel(document, "t in veiligheidsplan.netwerk_taken", [("Taak", 16.6, ["{{ t.taak }}"])])
    code(document, "{%p endif %}")
    signalen(document, "Signalen waarop u let", "Hieraan merkt u dat het weer onveilig wordt:")
    noodplan(document, "Noodplan: wie belt wie")
    telefoonlijst(document, "Telefoonlijst")
    _voor_uw_taak(document)
    return document




def _voor_uw_taak(document: DocumentType) -> None:
    """The parts the worker marked needed for this professional's task; each only when present."""
    code(document, "{%p if dossier.risicotaxatie %}")
    kop(document, "Risicotaxatie")
    alinea(document, "Instrument: ", "{{ dossier.risicotaxatie.instrument }}", ", op ",
           "{{ dossier.risicotaxatie.datum|datum }}", " · Risiconiveau: ",
           "{{ dossier.risicotaxatie.risiconiveau }}", " · Acute onveiligheid: ",
           "{{ dossier.risicotaxatie.acute_onveiligheid|janee }}")
    code(document, "{%p endif %}")
    code(document, "{%p if dossier.meldcode %}")
    kop(document, "Meldcode")
    alinea(document, "Bereikte stap: ", "{{ dossier.meldcode.stap }}", " van 5 · Besluit: ",
           "{{ dossier.meldcode.besluit or 'nog geen besluit' }}")
    code(document, "{%p endif %}")
    code(document, "{%p if veiligheidsplan.risicofactoren %}")
    kop(document, "Risicofactoren")
    lijsttabel(document, "r in veiligheidsplan.risicofactoren", [
        ("Risicofactor", 8.3, ["{{ r.omschrijving }}"]),
        ("Wat houdt het klein", 8.3, ["{{ r.wat_houdt_het_klein }}"]),
    ])
    code(document, "{%p endif %}")
    code(document, "{%p if veiligheidsplan.herstelgerichte_zorg %}")
    kop(document, "Behandeling en herstelgerichte zorg")
    lijsttabel(document, "h in veiligheidsplan.herstelgerichte_zorg", [
        ("Hulp", 7.0, ["{{ h.wat }}"]),
        ("Door", 5.0, ["{{ h.wie }}"]),
        ("Hoe vaak", 4.6, ["{{ h.hoe_vaak }}"]),
    ])
    code(document, "{%p endif %}")
