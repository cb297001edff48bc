"""Issue 20: one `vplan sjablonen controleer` finds every fault of a team folder re-saved by LibreOffice,
each once, at a place a team lead finds in Word; the fields per document; the team in a template."""

from __future__ import annotations

import io
import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from docx import Document

from interview.cli import main
from interview.render.proefplannen import volledig_plan
from interview.sjablonen.controle import controleer_map
from tests.sjablonen.woord import Kop, Sjabloon, Tabel, bouw

TEAMMAP = Path(__file__).parent / "teammap"
VERWACHT: list[dict[str, str]] = json.loads((TEAMMAP / "verwacht.json").read_text("utf-8"))


def test_one_run_finds_every_planted_fault_of_a_libreoffice_team_folder_each_once_and_nothing_else() -> None:
    """Fails on main: 7 of the 15 found in one run, one with the wrong advice, and team.naam reported."""
    rapport = controleer_map(TEAMMAP)

    gevonden = [v for v in VERWACHT if any(
        b.bestand == v["bestand"] and b.soort == v["soort"] and v["waar"] in b.regel()
        for b in rapport.bevindingen)]
    assert len(VERWACHT) == 15
    assert gevonden == VERWACHT, [b.regel() for b in rapport.bevindingen]
    assert Counter((b.bestand, b.soort) for b in rapport.bevindingen) == Counter(
        (v["bestand"], v["soort"]) for v in VERWACHT), [b.regel() for b in rapport.bevindingen]
    assert not any(re.search(r"alinea \d", b.regel()) for b in rapport.bevindingen)


def test_a_syntax_error_does_not_hide_the_other_faults_and_the_unchecked_paragraph_is_named() -> None:
    """Fails on main: the missing }} in the ondersteuningsplan hid its misspelled field and .strip()."""
    rapport = controleer_map(TEAMMAP, proef=False)

    regels = [b.regel() for b in rapport.bevindingen if b.bestand == "ondersteuningsplan.docx"]
    assert any("{{ dossier.kenmrek }} → een dossier heeft geen veld 'kenmrek'; bedoelt u dossier.kenmerk?"
               in r for r in regels)
    assert any("{{ lid.telefoon.strip() }} → lid.telefoon kan leeg zijn" in r for r in regels)
    assert rapport.niet_nagekeken == [
        "ondersteuningsplan.docx · onder kop 'Ondersteuningsplan' · alinea 'Bij dit plan hoort een "
        "veiligheidsplan. …'"]


def test_a_veiligheidsplan_with_three_faults_and_an_ondersteuningsplan_typo_are_reported_whole_in_one_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fails on main: the missing endfor made it skip the veiligheidsplan's field and filter (2 of 4)."""
    map_ = tmp_path / "team"
    map_.mkdir()
    bouw(Sjabloon([
        Kop("Zorgen"), "{%p for z in veiligheidsplan.zorgen %}", "{{ z.titel }}",
        "{%p for u in z.uitspraken %}", "“{{ u.tekts }}” ({{ u.door }})", "{%p endfor %}",
        Kop("Signalen"), "Gezien op {{ plan.datum|datun }}"]), map_ / "veiligheidsplan.docx")
    bouw(Sjabloon([Kop("Gezin"), "Gezin {{ dossier.gezinsnam }}"]), map_ / "ondersteuningsplan.docx")

    code = main(["sjablonen", "controleer", str(map_)])

    uit = capsys.readouterr()
    assert code == 1
    assert ("veiligheidsplan.docx · onder kop 'Zorgen' · {%p for z in veiligheidsplan.zorgen %} → {% for %} "
            "wordt nergens afgesloten: {%p endfor %} ontbreekt") in uit.out
    assert ("veiligheidsplan.docx · onder kop 'Zorgen' · {{ u.tekts }} → een uitspraak "
            "heeft geen veld 'tekts'; bedoelt u u.tekst?") in uit.out
    assert ("veiligheidsplan.docx · onder kop 'Signalen' · alinea 'Gezien op …' · {{ plan.datum|datun }} → "
            "het filter 'datun' bestaat niet; bedoelt u datum?") in uit.out
    assert ("ondersteuningsplan.docx · onder kop 'Gezin' · alinea 'Gezin …' · {{ dossier.gezinsnam }} → "
            "een dossier heeft geen veld 'gezinsnam'; bedoelt u dossier.gezinsnaam?") in uit.out
    assert "vplan: 4 fouten, 0 waarschuwingen" in uit.err


def test_an_inline_if_closed_in_the_next_cell_is_a_fault_and_one_closed_in_its_own_cell_is_not(
    tmp_path: Path
) -> None:
    """Fails on main: neither the checker nor docxtpl-lint saw the if crossing into the next cell."""
    map_ = tmp_path / "team"
    map_.mkdir()
    bouw(Sjabloon([Kop("Noodplan"), Tabel([
        ["Wie", "Wanneer"], ["{%tr for n in veiligheidsplan.noodplan %}", ""],
        ["{% if n.wie %}{{ n.wie }}", "{{ n.wanneer }}{% endif %}"],
        ["{% if n.belt %}{{ n.belt }}{% endif %}", "{{ n.telefoon }}"], ["{%tr endfor %}", ""]])]),
        map_ / "veiligheidsplan.docx")

    [bevinding] = [b for b in controleer_map(map_).bevindingen if b.bestand == "veiligheidsplan.docx"]

    assert bevinding.soort == "blok-over-cellen"
    assert bevinding.regel().startswith(
        "veiligheidsplan.docx · onder kop 'Noodplan' · tabel 1, rij 3, cel 1 · {% if n.wie %} → dit blok "
        "eindigt in een andere cel (tabel 1, rij 3, cel 2: {% endif %}); als de voorwaarde niet klopt")


def test_velden_per_document_names_fields_as_that_template_writes_them(
    capsys: pytest.CaptureFixture[str]
) -> None:
    """Fails on main: there was no --document; every field was listed from plan. on."""
    assert main(["sjablonen", "velden", "--document", "kinderversie"]) == 0
    kind = [regel.split()[0] for regel in capsys.readouterr().out.splitlines() if regel and regel[0] != " "]
    assert main(["sjablonen", "velden", "--document", "veiligheidsplan"]) == 0
    plan = [regel.split()[0] for regel in capsys.readouterr().out.splitlines() if regel and regel[0] != " "]

    assert "dossier.kenmerk" in kind and "lezer.naam" in kind and "team.naam" in kind
    assert not any(pad.startswith(("plan.dossier", "brief", "dossier.risicotaxatie")) for pad in kind)
    assert "dossier.risicotaxatie" in plan and not any(pad.startswith("lezer") for pad in plan)


@pytest.mark.parametrize("snel", [False, True])
def test_a_template_prints_the_team_name_and_version_from_sjablonen_toml(tmp_path: Path, snel: bool) -> None:
    """Fails on main: `team` was unknown to a template."""
    from interview.render import documenten
    from interview.render import snel as snelpad

    map_ = tmp_path / "team"
    map_.mkdir()
    bouw(Sjabloon(["Gemaakt door {{ team.naam }} met sjablonen {{ team.versie }}"]),
         map_ / "gezinsversie.docx")
    (map_ / "sjablonen.toml").write_text('team = "Wijkteam Noord"\nversie = "2026-3"\n', encoding="utf-8")

    maak = snelpad.maak_documenten if snel else documenten.maak_documenten
    gemaakt = [d for d in maak(volledig_plan(), map_) if d.soort == "gezinsversie"]

    assert gemaakt
    for document in gemaakt:
        tekst = " ".join(p.text for p in Document(io.BytesIO(document.inhoud)).paragraphs)
        assert "Gemaakt door Wijkteam Noord met sjablonen 2026-3" in tekst
    assert not controleer_map(map_, proef=False).bevindingen


def test_the_corpus_folder_is_what_the_builder_plants(tmp_path: Path) -> None:
    """The committed team folder holds every template, and its expectations name each planted fault."""
    assert sorted(p.name for p in TEAMMAP.glob("*.docx")) == sorted(
        {"veiligheidsplan.docx", "ondersteuningsplan.docx", "professionalversie.docx", "netwerkversie.docx",
         "kinderversie.docx", "gezinsversie.docx", "brief.docx"})
    shutil.copytree(TEAMMAP, tmp_path / "kopie")
    assert {v["bestand"] for v in VERWACHT} == {p.name for p in TEAMMAP.glob("*.docx")}


def test_the_proof_fill_goes_on_after_a_syntax_error_and_names_the_field_and_the_cell(tmp_path: Path) -> None:
    """Fails on main: a syntax error skipped the proof fill of the file; a runtime error there was placed
    by a guess and named by Python's error type ("(TypeError)")."""
    map_ = tmp_path / "team"
    map_.mkdir()
    bouw(Sjabloon([
        Kop("Voor wie"), "{%p if dossier.meldcode %}", "Stap {{ dossier.meldcode.stap }}",
        Kop("Rekenen"), Tabel([["Versie", "Per afspraak"], [
            "{{ plan.versie }}", "{{ plan.versie / (plan.versie - plan.versie) }}"]]),
        Kop("Naam"), "Gezin {{ dossier.gezinsnaam + 5 }}"]), map_ / "veiligheidsplan.docx")

    regels = [b.regel() for b in controleer_map(map_).bevindingen]

    assert ("veiligheidsplan.docx · onder kop 'Rekenen' · tabel 1, rij 2, cel 2 · "
            "{{ plan.versie / (plan.versie - plan.versie) }} → het vullen met het volledige voorbeeldplan "
            "mislukt: er wordt door nul gedeeld (plan.versie)") in regels
    assert ("veiligheidsplan.docx · onder kop 'Naam' · alinea 'Gezin …' · {{ dossier.gezinsnaam + 5 }} → het "
            "vullen met het volledige voorbeeldplan mislukt: een berekening of bewerking past niet bij de "
            "gegevens (dossier.gezinsnaam)") in regels
    assert len(regels) == 3 and not any("TypeError" in r for r in regels)


def test_a_name_only_other_documents_get_is_named_as_such(tmp_path: Path) -> None:
    """Fails on main: `lezer` passed in a veiligheidsplan, where it is empty and every document fails."""
    map_ = tmp_path / "team"
    map_.mkdir()
    bouw(Sjabloon(["Voor {{ lezer.naam }}"]), map_ / "veiligheidsplan.docx")

    [bevinding] = controleer_map(map_, proef=False).bevindingen

    assert bevinding.bericht == ("'lezer' bestaat niet in dit sjabloon; lezer staat alleen in de "
                                 "professional-, netwerk-, gezins- en kinderversie")
