"""The default letter beside each recipient's new version: what it is, what changed for them, what is asked.

Its sentences come ready-made from interview/render/brief.py (`brief`), worded for that recipient
(u or je) and only about what their own version shows; the template gives them a letter's form.
"""

from __future__ import annotations

from docx.document import Document as DocumentType

from sjabloonbouw.opmaak import alinea, als_leeg, code, kop, kop_en_voet, nieuw_document, opsomming


def brief() -> DocumentType:
    document = nieuw_document("Brief")
    kop_en_voet(document, "Brief bij het veiligheidsplan", kenmerk=False)
    document.add_paragraph("Een nieuwe versie van het veiligheidsplan", style="Title")
    alinea(document, "Voor ", "{{ brief.volledige_naam }}", "{% if brief.rol %}", ", ", "{{ brief.rol }}",
           "{% endif %}", stijl="Heading 2")
    alinea(document, "{{ dossier.team }}", "{% if dossier.gemeente %}", ", gemeente ",
           "{{ dossier.gemeente }}", "{% endif %}", " · ", "{{ plan.datum|datum }}", stijl="Klein")
    alinea(document, "")
    alinea(document, "{{ brief.aanhef }}")
    alinea(document, "{{ brief.wat_is_dit }}")
    kop(document, "Wat is er veranderd")
    alinea(document, "{{ brief.sinds }}")
    opsomming(document, "v in brief.veranderingen", "{{ v }}")
    kop(document, "Wat vragen we")
    als_leeg(document, "brief.gevraagd", "{{ brief.niets_gevraagd }}")
    opsomming(document, "g in brief.gevraagd", "{{ g }}")
    code(document, "{%p if brief.contact %}")
    kop(document, "Vragen")
    alinea(document, "Vragen over het plan? Bel ", "{{ brief.contact }}", ".")
    code(document, "{%p endif %}")
    alinea(document, "")
    alinea(document, "Met vriendelijke groet,")
    alinea(document, "{{ dossier.werker.naam }}", "{% if dossier.werker.functie %}", ", ",
           "{{ dossier.werker.functie }}", "{% endif %}")
    return document
