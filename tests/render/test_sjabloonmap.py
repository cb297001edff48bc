"""Which template each document uses: the precedence rules by name, and a team folder's fallbacks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document

from interview.cli import main
from interview.fouten import SjabloonFout
from interview.model import Plan
from interview.render.documenten import SOORTEN
from interview.render.sjabloonmap import SJABLONEN_VARIABELE, kies_sjablonen, meegeleverde_sjablonen
from interview.versieset import render_documenten


def map_met(tmp_path: Path, naam: str, *bestanden: str) -> Path:
    map_ = tmp_path / naam
    map_.mkdir()
    for bestand in bestanden:
        shutil.copy(meegeleverde_sjablonen() / bestand.lower(), map_ / bestand)
    return map_


def kies(map_: Path | None) -> dict[str, Path]:
    return kies_sjablonen(map_, SOORTEN, meegeleverde_sjablonen()).paden


def test_the_option_beats_the_environment_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    optie = map_met(tmp_path, "optie", "veiligheidsplan.docx", "ondersteuningsplan.docx")
    omgeving = map_met(tmp_path, "omgeving", "veiligheidsplan.docx", "ondersteuningsplan.docx")
    monkeypatch.setenv(SJABLONEN_VARIABELE, str(omgeving))

    assert kies(optie)["veiligheidsplan"] == optie / "veiligheidsplan.docx"


def test_the_environment_variable_beats_the_shipped_templates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    omgeving = map_met(tmp_path, "omgeving", "veiligheidsplan.docx", "ondersteuningsplan.docx")
    monkeypatch.setenv(SJABLONEN_VARIABELE, str(omgeving))

    assert kies(None)["ondersteuningsplan"] == omgeving / "ondersteuningsplan.docx"


def test_without_either_the_shipped_templates_are_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SJABLONEN_VARIABELE, raising=False)

    assert kies(None)["veiligheidsplan"] == meegeleverde_sjablonen() / "veiligheidsplan.docx"


def test_file_names_match_whatever_their_case(tmp_path: Path) -> None:
    map_ = map_met(tmp_path, "team", "Veiligheidsplan.docx", "ONDERSTEUNINGSPLAN.DOCX")

    gekozen = kies(map_)
    assert gekozen["veiligheidsplan"] == map_ / "Veiligheidsplan.docx"
    assert gekozen["ondersteuningsplan"] == map_ / "ONDERSTEUNINGSPLAN.DOCX"


def test_a_document_missing_from_the_team_folder_uses_the_shipped_one_and_says_so(
    voorbeeld_plan: Plan, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    map_ = map_met(tmp_path, "team", "veiligheidsplan.docx")

    code = main(["demo", "--sjablonen", str(map_), "--uitvoer", str(tmp_path / "uit")])

    uit = capsys.readouterr().out
    assert code == 0
    assert (f"Let op: In {map_} staat geen ondersteuningsplan.docx; het meegeleverde sjabloon "
            "wordt gebruikt.") in uit
    # two plans, six own copies of them, seven reader's documents, ten letters
    assert len(list((tmp_path / "uit").rglob("*.docx"))) == 25


@pytest.mark.parametrize("inhoud", [None, ()])
def test_a_folder_that_is_not_there_or_holds_no_template_is_an_error(
    voorbeeld_plan: Plan, tmp_path: Path, inhoud: tuple[str, ...] | None
) -> None:
    map_ = tmp_path / "team"
    if inhoud is not None:
        map_.mkdir()

    with pytest.raises(SjabloonFout, match="Sjabloon niet gevonden"):
        render_documenten(voorbeeld_plan, tmp_path / "uit", map_)


def test_the_team_version_label_goes_into_the_record_and_the_document_properties(
    voorbeeld_plan: Plan, tmp_path: Path
) -> None:
    map_ = map_met(tmp_path, "team", "veiligheidsplan.docx", "ondersteuningsplan.docx")
    (map_ / "sjablonen.toml").write_text('team = "Wijkteam Noord"\nversie = "2026-3"\n', encoding="utf-8")

    paden = render_documenten(voorbeeld_plan, tmp_path / "uit", map_)

    gemaakt = (paden[0].parent / ".vplan.json").read_text(encoding="utf-8")
    assert '"sjabloon_versie": "2026-3"' in gemaakt
    assert "sjabloonversie=2026-3" in Document(str(paden[0])).core_properties.keywords


def test_a_broken_sjablonen_toml_is_one_dutch_line(voorbeeld_plan: Plan, tmp_path: Path) -> None:
    map_ = map_met(tmp_path, "team", "veiligheidsplan.docx")
    (map_ / "sjablonen.toml").write_text("versie = \n", encoding="utf-8")

    with pytest.raises(SjabloonFout, match="geen geldig TOML-bestand"):
        render_documenten(voorbeeld_plan, tmp_path / "uit", map_)
