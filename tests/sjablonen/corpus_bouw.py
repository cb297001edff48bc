"""Writes the template corpus: tests/sjablonen/corpus/*.docx and verwacht.json (expected findings).

Run after changing a case: `.venv/bin/python -m tests.sjablonen.corpus_bouw`. Each broken template
plants known mistakes a team lead makes in Word; each good one uses a feature that must pass clean.
Expected findings are (kind, a piece of the place or code it is reported at). A whole team folder
with faults planted in all seven shipped templates, re-saved by LibreOffice, is teammap_bouw.py's.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.sjablonen.woord import Kop, Sjabloon, Tabel, bouw

CORPUS = Path(__file__).parent / "corpus"

AFSPRAKEN = ["{%p for a in veiligheidsplan.afspraken %}", "{{ a.id }} {{ a.wat }} ({{ a.wie|namen }})",
             "{%p endfor %}"]

GOED: dict[str, Sjabloon] = {
    "goed-koptekst-logo-team": Sjabloon(
        [Kop("Veiligheidsplan"), "Gezin {{ dossier.gezinsnaam }}"],
        koptekst=["Wijkteam Noord · {{ dossier.kenmerk }}"], voettekst=["Versie {{ plan.versie }}"]),
    "goed-afspraken-lus": Sjabloon([Kop("Afspraken"), *AFSPRAKEN]),
    "goed-zin-per-afspraak": Sjabloon([
        Kop("Wie doet wat"), "{%p for a in veiligheidsplan.afspraken %}",
        "{{ a.wie|namen }} {{ a.wat|lower }}, {{ a.wanneer }}.", "{%p endfor %}"]),
    "goed-noodplan-tabel": Sjabloon([Kop("Noodplan"), Tabel([
        ["Wie", "Belt", "Telefoon"], ["{%tr for n in veiligheidsplan.noodplan %}", "", ""],
        ["{{ n.wie }}", "{{ n.belt }}", "{{ n.telefoon }}"], ["{%tr endfor %}", "", ""]])]),
    "goed-telefoontabel-netwerk": Sjabloon([Kop("Netwerk"), Tabel([
        ["Naam", "Relatie", "Telefoon"], ["{%tr for lid in dossier.netwerk %}", "", ""],
        ["{{ lid.naam }}", "{{ lid.relatie }}", "{{ lid.telefoon or '' }}"], ["{%tr endfor %}", "", ""]])]),
    "goed-meldcode-met-if": Sjabloon([
        Kop("Meldcode"), "{%p if dossier.meldcode %}", "Stap: {{ dossier.meldcode.stap }}", "{%p endif %}"]),
    "goed-eerder-plan-with": Sjabloon([
        Kop("Eerder plan"), "{%p if veiligheidsplan.eerder_plan %}",
        "{%p with e = veiligheidsplan.eerder_plan %}", "Van {{ e.organisatie }} ({{ e.datum|datum }})",
        "{%p endwith %}", "{%p endif %}"]),
    "goed-slimme-aanhalingstekens": Sjabloon(
        [Kop("Afspraken"), "{{ veiligheidsplan.afspraken|map(attribute='wat')|join(', ') }}"],
        slimme_quotes=True),
    "goed-voettekst-datum": Sjabloon(
        ["{{ veiligheidsplan.aanleiding }}"], voettekst=["{{ plan.datum|datum }} · pagina"]),
    "goed-verwijzingen": Sjabloon([
        "{%p for a in veiligheidsplan.afspraken %}", "{{r a.id|anker }} dient {{r a.dient|verwijzingen }}",
        "{%p endfor %}"]),
    "goed-personen": Sjabloon([
        Kop("Betrokkenen"), "{%p for naam, omschrijving in personen.items() %}",
        "{{ naam }}: {{ omschrijving }}", "{%p endfor %}"]),
    "goed-signalen-genummerd": Sjabloon([
        Kop("Signalen"), "{%p for s in veiligheidsplan.signalen %}",
        "{{ loop.index }}. {{ s.omschrijving }}", "{%p endfor %}"]),
    "goed-geneste-lus": Sjabloon([
        "{%p for z in veiligheidsplan.zorgen %}", "{{ z.titel }}", "{%p for u in z.uitspraken %}",
        "“{{ u.tekst }}” ({{ u.door }})", "{%p endfor %}", "{%p endfor %}"]),
    "goed-if-in-cel": Sjabloon([Tabel([
        ["{%tr for a in veiligheidsplan.afspraken %}", ""],
        ["{{ a.wat }}", "{% if a.toelichting %}{{ a.toelichting }}{% endif %}"],
        ["{%tr endfor %}", ""]])]),
    "goed-doelen-ondersteuning": Sjabloon([
        "{%p for d in ondersteuningsplan.doelen %}", "{{ d.id }} {{ d.omschrijving }}", Tabel([
            ["{%tr for h in d.ondersteuning %}", ""], ["{{ h.wat }}", "{{ h.wie }}"],
            ["{%tr endfor %}", ""]]),
        "{%p endfor %}"]),
    "goed-set-aantal": Sjabloon([
        "{% set aantal = veiligheidsplan.afspraken|length %}Er zijn {{ aantal }} afspraken."]),
    "goed-secties-verplaatst": Sjabloon([
        Kop("1. Wat moet er gebeuren"), *AFSPRAKEN, Kop("2. Waarom"), "{{ veiligheidsplan.aanleiding }}",
        Kop("3. Kader"), "{{ veiligheidsplan.kader }}"]),
    "goed-lus-met-voorwaarde": Sjabloon([
        "{%p for a in veiligheidsplan.afspraken if a.overgenomen_uit %}",
        "{{ a.id }} komt uit het plan van {{ a.overgenomen_uit.organisatie }}", "{%p endfor %}"]),
    "goed-zonder-knippen": Sjabloon(["{{ dossier.kenmerk }} {{ dossier.gezinsnaam }}"], knippen=False),
}

FOUT: dict[str, tuple[Sjabloon, list[tuple[str, str]]]] = {
    "fout-koptekst-plan-kenmerk": (
        Sjabloon(["{{ dossier.gezinsnaam }}"], koptekst=["{{ plan.kenmerk }}"]),
        [("onbekend-veld", "koptekst")]),
    "fout-typo-in-lus": (
        Sjabloon([Kop("Afspraken"), "{%p for a in veiligheidsplan.afspraken %}", "{{ a.wiee|namen }}",
                  "{%p endfor %}"]),
        [("onbekend-veld", "onder kop 'Afspraken'")]),
    "fout-endfor-ontbreekt-signalen": (
        Sjabloon([Kop("Inleiding"), "tekst", Kop("Signalen"), "{%p for s in veiligheidsplan.signalen %}",
                  "{{ s.omschrijving }}", Kop("Noodplan"), "{{ veiligheidsplan.monitoring }}"]),
        [("blok-niet-gesloten", "onder kop 'Signalen'")]),
    "fout-tekst-naast-p-if": (
        Sjabloon(["Let op: {%p if dossier.meldcode %}", "{{ dossier.meldcode.stap }}", "{%p endif %}"]),
        [("tekst-naast-blokcode", "Let op")]),
    "fout-tekst-na-p-if": (
        Sjabloon(["{%p if veiligheidsplan.signalen %} Signalen van onveiligheid:", "{{ plan.versie }}",
                  "{%p endif %}"]),
        [("tekst-naast-blokcode", "Signalen van onveiligheid")]),
    "fout-voettekst-slimme-quotes-typo": (
        Sjabloon(["{{ dossier.kenmerk }}"],
                 voettekst=["{{ plan.datum|datum }} {{ dossier.werker.naamm|default('') }}"],
                 slimme_quotes=True),
        [("onbekend-veld", "voettekst")]),
    "fout-leeg-veld-zonder-if": (
        Sjabloon([Kop("Meldcode"), "Stap: {{ dossier.meldcode.stap }}"]),
        [("leeg-veld-zonder-if", "onder kop 'Meldcode' · alinea 'Stap: …' · {{ dossier.meldcode.stap }}")]),
    "fout-p-if-over-cellen": (
        Sjabloon([Tabel([["Naam", "Telefoon", "Rol", "Relatie"],
                         ["{%p if dossier.netwerk %}", "{{ dossier.gezinsnaam }}", "y", "{%p endif %}"]])]),
        [("blok-over-cellen", "tabel 1, rij 2")]),
    "fout-lus-over-tekst": (
        Sjabloon(["{%p for wie in dossier.gezinsnaam %}", "{{ wie }}", "{%p endfor %}"]),
        [("lus-over-geen-lijst", "dossier.gezinsnaam")]),
    "fout-endif-zonder-if": (
        Sjabloon([Kop("Einde"), "{{ dossier.kenmerk }}", "{%p endif %}"]),
        [("einde-zonder-begin", "onder kop 'Einde'")]),
    "fout-onbekend-filter": (
        Sjabloon(["{{ plan.datum|datumm }}"]), [("onbekend-filter", "datumm")]),
    "fout-geweigerd-filter": (
        Sjabloon(["{{ dossier.gezinsnaam|attr('upper') }}"]), [("geweigerd-filter", "attr")]),
    "fout-include": (
        Sjabloon(["{{ dossier.kenmerk }}", "{% include 'ander.docx' %}"]),
        [("niet-toegestaan", "vóór de eerste kop · {% include 'ander.docx' %}")]),
    "fout-veld-van-lijst": (
        Sjabloon(["{{ veiligheidsplan.afspraken.wie }}"]), [("veld-van-lijst", "veiligheidsplan.afspraken")]),
    "fout-onbekende-naam": (
        Sjabloon(["{{ gezin.kinderen }}"]), [("onbekende-naam", "gezin")]),
    "fout-tr-buiten-tabel": (
        Sjabloon(["{%tr for a in veiligheidsplan.afspraken %}", "{{ a.wat }}", "{%tr endfor %}"]),
        [("rijcode-buiten-tabel", "· {%tr for"), ("rijcode-buiten-tabel", "· {%tr endfor")]),
    "fout-p-if-in-een-alinea": (
        Sjabloon(["{%p if plan.versie %}versie{%p endif %}"]), [("blok-in-een-alinea", "alinea 'versie'")]),
    "fout-accolade-mist": (
        Sjabloon(["{{ dossier.kenmerk }", "{{ dossier.gezinsnaam }}"]),
        [("open-code", "vóór de eerste kop · {{ dossier.kenmerk }")]),
    "fout-vijf-fouten-in-een-keer": (
        Sjabloon([Kop("Gezin"), "{{ dossier.gezinsnam }}", Kop("Afspraken"),
                  "{%p for a in veiligheidsplan.afspraken %}", "{{ a.wiie }}", "{%p endfor %}",
                  "{{ plan.datum|bestaatniet }}", "{{ plan.versies }}"],
                 koptekst=["{{ plan.kenmerk }}"]),
        [("onbekend-veld", "koptekst"), ("onbekend-veld", "onder kop 'Gezin'"),
         ("onbekend-veld", "{{ a.wiie }}"), ("onbekend-filter", "bestaatniet"),
         ("onbekend-veld", "plan.versies")]),
    "fout-deling-door-nul": (
        Sjabloon([Kop("Rekenen"), "{{ plan.versie / 0 }}"]), [("vullen-mislukt", "onder kop 'Rekenen'")]),
    "fout-tekstmethode": (
        Sjabloon(["{{ dossier.gezinsnaam.format() }}"]), [("onbekend-veld", "format")]),
}


def main() -> None:
    CORPUS.mkdir(exist_ok=True)
    for oud in CORPUS.glob("*.docx"):
        oud.unlink()
    verwacht: dict[str, list[dict[str, str]]] = {}
    for naam, sjabloon in GOED.items():
        bouw(sjabloon, CORPUS / f"{naam}.docx")
        verwacht[f"{naam}.docx"] = []
    for naam, (sjabloon, bevindingen) in FOUT.items():
        bouw(sjabloon, CORPUS / f"{naam}.docx")
        verwacht[f"{naam}.docx"] = [{"soort": soort, "waar": waar} for soort, waar in bevindingen]
    tekst = json.dumps(verwacht, ensure_ascii=False, indent=1, sort_keys=True)
    (CORPUS / "verwacht.json").write_text(tekst + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
