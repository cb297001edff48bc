"""The worker's route through the real `vplan` command, run as a separate process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.helpers import VOORBEELD, bestanden_onder
from tests.helpers import vplan_met_werkmapvariabele as vplan


@pytest.fixture
def werkmap(tmp_path: Path) -> Path:
    return tmp_path / "werkmap"


def test_demo_renders_the_example_into_output(tmp_path: Path, werkmap: Path) -> None:
    resultaat = vplan("demo", werkmap=werkmap, cwd=tmp_path)
    assert resultaat.returncode == 0, resultaat.stderr
    uit = tmp_path / "output" / "VP-2026-0042" / "v1"
    assert (uit / "veiligheidsplan-VP-2026-0042-v1.docx").exists()
    assert (uit / "ondersteuningsplan-VP-2026-0042-v1.docx").exists()
    assert "veiligheidsplan-VP-2026-0042-v1.docx" in resultaat.stdout


def test_import_then_render_documents(tmp_path: Path, werkmap: Path) -> None:
    importeer = vplan("importeer", str(VOORBEELD), werkmap=werkmap, cwd=tmp_path)
    assert importeer.returncode == 0, importeer.stderr
    assert "VP-2026-0042" in importeer.stdout
    documenten = vplan("documenten", "VP-2026-0042", werkmap=werkmap, cwd=tmp_path)
    assert documenten.returncode == 0, documenten.stderr
    assert (tmp_path / "output" / "VP-2026-0042" / "v1" / "veiligheidsplan-VP-2026-0042-v1.docx").exists()
    dossiermap = werkmap / "VP-2026-0042"
    assert dossiermap.stat().st_mode & 0o777 == 0o700


def test_importing_the_same_dossier_twice_is_refused_and_changes_nothing(
    tmp_path: Path, werkmap: Path
) -> None:
    vplan("importeer", str(VOORBEELD), werkmap=werkmap, cwd=tmp_path)
    voor = bestanden_onder(werkmap)
    tweede = vplan("importeer", str(VOORBEELD), werkmap=werkmap, cwd=tmp_path)
    assert tweede.returncode != 0
    assert "bestaat al" in tweede.stderr
    assert bestanden_onder(werkmap) == voor


def schrijf(pad: Path, tekst: str) -> Path:
    pad.write_text(tekst, encoding="utf-8")
    return pad


def ongeldig_voorbeeld(tmp_path: Path) -> None:
    """Two files: one with wrong fields, one whose fields are right but do not fit together.

    Rules across fields (is this a person of the dossier?) are checked once every field is valid.
    """
    gegevens = yaml.safe_load(VOORBEELD.read_text(encoding="utf-8"))
    gegevens["veiligheidsplan"]["afspraken"][0]["wat"] = "  "
    gegevens["veiligheidsplan"]["schaalvragen"][0]["score"] = 11
    schrijf(tmp_path / "ongeldig.yaml", yaml.safe_dump(gegevens, allow_unicode=True))
    gegevens = yaml.safe_load(VOORBEELD.read_text(encoding="utf-8"))
    gegevens["veiligheidsplan"]["afspraken"][0]["wie"] = ["Onbekende Persoon"]
    schrijf(tmp_path / "samenhang.yaml", yaml.safe_dump(gegevens, allow_unicode=True))


@pytest.mark.parametrize(
    ("argumenten", "verwacht"),
    [
        (["documenten", "VP-BESTAAT-NIET"], "VP-BESTAAT-NIET"),
        (["documenten", "../../etc"], "kenmerk"),
        (["importeer", "geen-bestand.yaml"], "niet gevonden"),
        (["importeer", "kapot.yaml"], "regel 2"),
        (["importeer", "ongeldig.yaml"], "veiligheidsplan.afspraken[1].wat"),
        (["importeer", "ongeldig.yaml"], "veiligheidsplan.schaalvragen[1].score"),
        (["importeer", "samenhang.yaml"], "veiligheidsplan.afspraken[1].wie"),
        (["documenten", "VP-2026-0042", "--sjablonen", "leeg"], "Sjabloon niet gevonden"),
        (["documenten", "VP-2026-0042", "--uitvoer", "kapot.yaml"], "geen map"),
        (["importeer", "dubbel.yaml"], "twee keer"),
        (["importeer", "versie7.yaml"], "planversie 1"),
    ],
)
def test_bad_input_gives_one_dutch_error_no_traceback_and_changes_nothing(
    tmp_path: Path, werkmap: Path, argumenten: list[str], verwacht: str
) -> None:
    schrijf(tmp_path / "kapot.yaml", "datum: 2026-11-20\ndossier: [niet: afgesloten\n")
    schrijf(tmp_path / "dubbel.yaml", "datum: 2026-11-20\ndatum: 2026-11-21\n")
    schrijf(tmp_path / "versie7.yaml", VOORBEELD.read_text(encoding="utf-8").replace(
        "versie: 1", "versie: 7").replace("VP-2026-0042", "VP-2026-0007"))
    ongeldig_voorbeeld(tmp_path)
    vplan("importeer", str(VOORBEELD), werkmap=werkmap, cwd=tmp_path)
    voor = bestanden_onder(tmp_path)
    resultaat = vplan(*argumenten, werkmap=werkmap, cwd=tmp_path)
    assert resultaat.returncode == 1
    assert verwacht in resultaat.stderr
    assert "Traceback" not in resultaat.stderr
    assert resultaat.stderr.startswith("vplan: ")
    assert bestanden_onder(tmp_path) == voor


def test_a_corrupt_plan_file_is_reported_without_its_content(tmp_path: Path, werkmap: Path) -> None:
    vplan("importeer", str(VOORBEELD), werkmap=werkmap, cwd=tmp_path)
    plan = next((werkmap / "VP-2026-0042").rglob("plan-v1.json"))
    plan.write_text(plan.read_text(encoding="utf-8")[:500], encoding="utf-8")
    resultaat = vplan("documenten", "VP-2026-0042", werkmap=werkmap, cwd=tmp_path)
    assert resultaat.returncode == 1
    assert "plan-v1.json" in resultaat.stderr
    assert "Traceback" not in resultaat.stderr
    assert not (tmp_path / "output").exists()


def test_help_is_dutch(tmp_path: Path, werkmap: Path) -> None:
    resultaat = vplan("--help", werkmap=werkmap, cwd=tmp_path)
    assert resultaat.returncode == 0
    assert "gebruik: vplan" in resultaat.stdout
    assert "usage" not in resultaat.stdout


def test_output_into_a_closed_pipe_is_no_error_message(tmp_path: Path, werkmap: Path) -> None:
    """`vplan demo | head -0`: the reader is gone; vplan does not complain about its own output."""
    proces = subprocess.Popen(
        [sys.executable, "-m", "interview", "demo", "--uitvoer", str(tmp_path / "uit")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path,
    )
    assert proces.stdout is not None and proces.stderr is not None
    proces.stdout.close()
    with proces.stderr:
        fouten = proces.stderr.read().decode()
    proces.wait(timeout=120)
    assert "systeemfout" not in fouten and "programmafout" not in fouten and "Traceback" not in fouten
