"""The field reference, a preview without a dossier, and a team folder to start from."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document

from interview.cli import main
from interview.model import Plan
from interview.render.proefplannen import VIJANDIG, extreem_plan, leeg_plan
from interview.sjablonen.velden import alle_velden

VOORBEELD = Path(__file__).resolve().parents[2] / "interview" / "example" / "voorbeeld.yaml"


def test_the_field_reference_shows_kind_empty_values_and_an_example(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["sjablonen", "velden", "--zoek", "meldcode"])

    uit = capsys.readouterr().out
    assert code == 0
    assert "plan.dossier.meldcode  (meldcode; kan leeg zijn)" in uit
    assert "plan.dossier.meldcode.stap  (getal; bijv. 5)" in uit


def test_a_choice_field_lists_its_values(capsys: pytest.CaptureFixture[str]) -> None:
    main(["sjablonen", "velden", "--zoek", "fase"])

    assert "waarden: directe veiligheid, risicogestuurd, herstelgericht" in capsys.readouterr().out


def test_without_a_search_the_filters_and_codes_follow(capsys: pytest.CaptureFixture[str]) -> None:
    main(["sjablonen", "velden"])

    uit = capsys.readouterr().out
    assert "  datum: `2026-11-20` → `20 november 2026`" in uit
    assert "Niet toegestaan: " in uit and "{% include %}" in uit


def test_new_model_fields_are_known_without_changing_the_reference() -> None:
    paden = {veld.pad for veld in alle_velden()}

    assert "plan.veiligheidsplan.incidenten[]" in paden  # the life-cycle fields of schema 2
    assert "plan.veiligheidsplan.afspraken[].beeindigd" in paden


def test_the_sparse_plan_leaves_every_optional_field_and_list_empty() -> None:
    plan = leeg_plan()

    assert plan.dossier.meldcode is None
    assert plan.veiligheidsplan.eerder_plan is None
    assert plan.veiligheidsplan.signalen == []
    assert len(plan.veiligheidsplan.afspraken) == 1


def test_the_extreme_plan_has_long_hostile_texts_and_many_items(voorbeeld_plan: Plan) -> None:
    plan = extreem_plan()

    assert VIJANDIG in plan.veiligheidsplan.afspraken[0].wat
    assert len(plan.veiligheidsplan.afspraken[0].wat) > 2000
    assert len(plan.veiligheidsplan.signalen) > len(voorbeeld_plan.veiligheidsplan.signalen) * 5


def test_a_preview_goes_to_a_temporary_folder_never_to_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    code = main(["sjablonen", "voorbeeld", "--leeg"])

    paden = [Path(p) for p in re.findall(r"^  (\S+\.docx)$", capsys.readouterr().out, re.MULTILINE)]
    assert code == 0
    assert len(paden) == 7 and all(p.exists() for p in paden)  # plans, own copies, child, family, letter
    assert not (tmp_path / "output").exists()
    assert "Gezin" in "\n".join(a.text for a in Document(str(paden[0])).paragraphs)


def test_a_preview_of_a_real_dossier(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    werkmap = tmp_path / "werkmap"
    assert main(["importeer", str(VOORBEELD), "--werkmap", str(werkmap)]) == 0

    code = main(["sjablonen", "voorbeeld", "--dossier", "VP-2026-0042", "--werkmap", str(werkmap)])

    assert code == 0
    assert "planversie 1 van VP-2026-0042" in capsys.readouterr().out


@pytest.mark.libreoffice
def test_a_preview_as_pdf(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["sjablonen", "voorbeeld", "--pdf"])

    pdfs = re.findall(r"^  (\S+\.pdf)$", capsys.readouterr().out, re.MULTILINE)
    assert code == 0
    assert len(pdfs) == 25 and all(Path(p).stat().st_size > 10_000 for p in pdfs)


def test_copy_starts_a_team_folder_that_passes_the_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    map_ = tmp_path / "team"

    assert main(["sjablonen", "kopieer", str(map_), "--team", "Wijkteam Noord"]) == 0

    assert sorted(p.name for p in map_.iterdir()) == [
        "brief.docx", "gezinsversie.docx", "kinderversie.docx", "netwerkversie.docx",
        "ondersteuningsplan.docx", "professionalversie.docx", "sjablonen.toml", "veiligheidsplan.docx"]
    assert 'team = "Wijkteam Noord"' in (map_ / "sjablonen.toml").read_text(encoding="utf-8")
    assert main(["sjablonen", "controleer", str(map_), "--zonder-proef"]) == 0


def test_copy_never_overwrites_a_team_lead_s_work(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    map_ = tmp_path / "team"
    map_.mkdir()
    (map_ / "Veiligheidsplan.docx").write_bytes(b"eigen werk")

    code = main(["sjablonen", "kopieer", str(map_)])

    assert code == 1
    assert "staat al veiligheidsplan.docx" in capsys.readouterr().err
    assert (map_ / "Veiligheidsplan.docx").read_bytes() == b"eigen werk"
    assert sorted(p.name for p in map_.iterdir()) == ["Veiligheidsplan.docx"]
