"""Writes tests/sjablonen/teammap/: a team folder of all the shipped templates with 15 planted faults
and 2 plantings that look odd but are correct, re-saved through LibreOffice as a team lead's Word
files are, with verwacht.json (the faults a check must find, kind and place).

Run after changing a planting: `.venv/bin/python -m tests.sjablonen.teammap_bouw` (needs soffice).
The committed folder is what the tests read; they never run LibreOffice.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

TEAMMAP = Path(__file__).parent / "teammap"
SJABLONEN = Path(__file__).parents[2] / "templates"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DELEN = {"body": "word/document.xml", "header": "word/header1.xml", "footer": "word/footer1.xml"}


@dataclass(frozen=True)
class Planting:
    """Paragraph `nummer` of `deel` (counted as interview.sjablonen.plaats counts), whose text was
    `was`, now reads `wordt`. `soort`/`waar`: the finding expected (empty for a correct planting)."""

    sjabloon: str
    deel: str
    nummer: int
    was: str
    wordt: str
    soort: str = ""
    waar: str = ""
    fout: str = ""
    """The fault as the closing table names it."""


PLANTINGEN = [
    # veiligheidsplan: a missing endfor, then a misspelled nested field and an unknown filter after it.
    Planting("veiligheidsplan", "body", 215, "{%p endfor %}", "", "blok-niet-gesloten",
             "{%p for b in veiligheidsplan.bodemeisen %}", "{%p endfor %} ontbreekt"),
    Planting("veiligheidsplan", "body", 223, "op {{ a.beeindigd.op|datum }} omdat {{ a.beeindigd.omdat }}",
             "op {{ a.beeindigd.op|datum }} omdat {{ a.beeindigd.omdatt }}", "onbekend-veld",
             "a.beeindigd.omdatt", "tikfout in een genest veld"),
    Planting("veiligheidsplan", "body", 213, "Beëindigd op {{ b.beeindigd.op|datum }} omdat "
             "{{ b.beeindigd.omdat }}",
             "Beëindigd op {{ b.beeindigd.op|datun }} omdat {{ b.beeindigd.omdat }}",
             "onbekend-filter", "bedoelt u datum", "tikfout in een filter"),
    Planting("veiligheidsplan", "body", 73, "{{ lid.telefoon or '' }}", "{{ lid.telefoon }}", "toont-none",
             "tabel 4, rij 3, cel 3", "{{ lid.telefoon }} drukt None af"),
    Planting("veiligheidsplan", "body", 284, "{{ n.wanneer }}",
             "{% if n.wanneer %}{{ n.wanneer }}{% else %}altijd{% endif %}"),
    # ondersteuningsplan: a missing }} hides a misspelled field and .strip() on an optional field.
    Planting("ondersteuningsplan", "body", 5, "{{ dossier.kenmerk }}", "{{ dossier.kenmrek }}",
             "onbekend-veld", "bedoelt u dossier.kenmerk", "tikfout in een veld"),
    Planting("ondersteuningsplan", "body", 69, "{{ lid.telefoon or '' }}", "{{ lid.telefoon.strip() }}",
             "methode-op-leeg-veld", "lid.telefoon", ".strip() op een veld dat leeg kan zijn"),
    Planting("ondersteuningsplan", "body", 21, "", "", "open-code", "Bij dit plan hoort",
             "}} ontbreekt"),
    # professionalversie: a missing {%p endif %}, and after it a filter typo.
    Planting("professionalversie", "body", 121, "{%p endif %}", "", "blok-niet-gesloten",
             "{%p if dossier.risicotaxatie %}", "{%p endif %} ontbreekt"),
    Planting("professionalversie", "body", 133, "{{ r.wat_houdt_het_klein }}",
             "{{ r.wat_houdt_het_klein|uper }}", "onbekend-filter", "bedoelt u upper",
             "tikfout in een filter na een syntaxfout"),
    # netwerkversie: a field its reader never gets; an inline if from one cell into the next.
    Planting("netwerkversie", "body", 10, "Volgende evaluatie", "Risiconiveau"),
    Planting("netwerkversie", "body", 11, "{{ plan.evaluatie.volgende_datum|datum }}",
             "{{ dossier.risicotaxatie.risiconiveau }}", "veld-niet-voor-lezer",
             "krijgt de risicotaxatie nooit", "een veld dat deze lezer nooit krijgt"),
    Planting("netwerkversie", "body", 64, "{{ n.wie }}", "{% if n.wie %}{{ n.wie }}", "blok-over-cellen",
             "tabel 3, rij 3, cel 1", "inline {% if %} in de ene cel, {% endif %} in de volgende"),
    Planting("netwerkversie", "body", 65, "{{ n.wanneer }}", "{{ n.wanneer }}{% endif %}"),
    # kinderversie: a {%p for %} begun in one cell and ended in the next; an unknown field.
    Planting("kinderversie", "body", 16, "Hier staat wat jij niet fijn vindt, of eng.",
             "{%p for w in lezer.kind.zorgen %}", "blok-over-cellen", "tabel 1, rij 1, cel 1",
             "{%p for %} in de ene cel, {%p endfor %} in een andere"),
    Planting("kinderversie", "body", 17, "{%p for w in lezer.kind.zorgen %}",
             "Hier staat wat jij niet fijn vindt, of eng."),
    Planting("kinderversie", "body", 2, "Voor {{ lezer.naam }}", "Voor {{ lezer.voornaam }}", "onbekend-veld",
             "lezer.voornaam", "onbekend veld van de lezer"),
    # gezinsversie: a field of a list; the team's name and version under the title are correct.
    Planting("gezinsversie", "body", 16, "{{ veiligheidsplan.doel }}",
             "{{ veiligheidsplan.veiligheidsdoelen.omschrijving }}", "veld-van-lijst",
             "veiligheidsplan.veiligheidsdoelen", "veld van een lijst zonder lus"),
    Planting("gezinsversie", "body", 2, "{{ dossier.gezinsnaam }}",
             "{{ dossier.gezinsnaam }} · {{ team.naam }} (sjablonen {{ team.versie }})"),
    # brief: a misspelled starting name.
    Planting("brief", "body", 2,
             "Voor {{ brief.volledige_naam }}{% if brief.rol %}, {{ brief.rol }}{% endif %}",
             "Voor {{ brief.volledige_naam }}{% if breif.rol %}, {{ brief.rol }}{% endif %}",
             "onbekende-naam", "bedoelt u brief", "tikfout in de naam waar het sjabloon begint"),
]
"""17 plantings over all seven templates: 15 real faults, 2 correct (an inline if closed in its own cell,
the team's name and version from sjablonen.toml). Three more only move text (no finding of their own)."""

GEEN_SLUIT_ACCOLADES = "{{ dossier.kenmerk }}"
"""The missing `}}` of the ondersteuningsplan: the paragraph keeps its text, one `}}` goes."""


def _zet_tekst(alinea: etree._Element, tekst: str) -> None:
    """The paragraph's runs replaced by one run holding `tekst`, in the first run's formatting."""
    runs = [r for r in alinea if r.tag in (f"{W}r", f"{W}hyperlink")]
    opmaak = next((r.find(f"{W}rPr") for r in runs if r.find(f"{W}rPr") is not None), None)
    for run in runs:
        alinea.remove(run)
    run = etree.SubElement(alinea, f"{W}r")
    if opmaak is not None:
        run.append(opmaak)
    t = etree.SubElement(run, f"{W}t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = tekst


def _tekst(alinea: etree._Element) -> str:
    return "".join(t.text or "" for t in alinea.iter(f"{W}t"))


def plant(sjabloon: str, doel: Path) -> None:
    """The shipped `sjabloon` with its plantings, written to `doel`."""
    with zipfile.ZipFile(SJABLONEN / f"{sjabloon}.docx") as bron:
        delen = {naam: bron.read(naam) for naam in bron.namelist()}
    for deel, naam in DELEN.items():
        eigen = [p for p in PLANTINGEN if p.sjabloon == sjabloon and p.deel == deel]
        if not eigen or naam not in delen:
            continue
        wortel = etree.fromstring(delen[naam])
        alineas = list(wortel.iter(f"{W}p"))
        for planting in eigen:
            alinea = alineas[planting.nummer - 1]
            if planting.fout == "}} ontbreekt":
                oud = _tekst(alinea)
                assert GEEN_SLUIT_ACCOLADES in oud, oud
                _zet_tekst(alinea, oud.replace(GEEN_SLUIT_ACCOLADES, "{{ dossier.kenmerk ", 1))
                continue
            if planting.was:
                assert _tekst(alinea) == planting.was, (sjabloon, planting.nummer, _tekst(alinea))
            _zet_tekst(alinea, planting.wordt)
        delen[naam] = etree.tostring(wortel, xml_declaration=True, encoding="UTF-8", standalone=True)
    with zipfile.ZipFile(doel, "w", zipfile.ZIP_DEFLATED) as uit:
        for naam, inhoud in delen.items():
            uit.writestr(naam, inhoud)


def via_libreoffice(map_: Path, doel: Path) -> None:
    """Every .docx of `map_` opened and saved again by LibreOffice, into `doel`."""
    with tempfile.TemporaryDirectory() as profiel:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profiel}", "--headless", "--convert-to",
             "docx:MS Word 2007 XML", "--outdir", str(doel), *sorted(str(p) for p in map_.glob("*.docx"))],
            check=True, capture_output=True, timeout=600)


def main() -> None:
    sjablonen = sorted({p.sjabloon for p in PLANTINGEN})
    with tempfile.TemporaryDirectory() as tijdelijk:
        geplant = Path(tijdelijk)
        for sjabloon in sjablonen:
            plant(sjabloon, geplant / f"{sjabloon}.docx")
        if TEAMMAP.exists():
            shutil.rmtree(TEAMMAP)
        TEAMMAP.mkdir()
        via_libreoffice(geplant, TEAMMAP)
    (TEAMMAP / "sjablonen.toml").write_text('team = "Wijkteam Noord"\nversie = "2026-3"\n', encoding="utf-8")
    verwacht = [{"bestand": f"{p.sjabloon}.docx", "soort": p.soort, "waar": p.waar, "fout": p.fout}
                for p in PLANTINGEN if p.soort]
    (TEAMMAP / "verwacht.json").write_text(json.dumps(verwacht, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")


if __name__ == "__main__":
    main()
