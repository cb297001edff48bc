"""Every door that writes a version's documents goes through the one writer: each set says what it wrote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interview.cli import main
from interview.handwerk.docxtekst import alineas, inhoudshash
from interview.versieset import lees_teksten
from tests.helpers import ANTWOORDEN, KENMERK, gesprekken_gehouden, tekst_van


def vplan(tmp_path: Path, *argumenten: str) -> None:
    code = main([*argumenten, "--werkmap", str(tmp_path / "werkmap")])
    assert code == 0, f"vplan {' '.join(argumenten)} ended with {code}"


def schreef_het_zelf(versiemap: Path) -> None:
    """The set's METADATA holds the content hash of each of its documents and vplan's own text of each."""
    metadata = json.loads((versiemap / ".vplan.json").read_text(encoding="utf-8"))
    documenten = sorted(p for p in versiemap.iterdir() if p.suffix == ".docx")
    assert documenten
    assert {p.name: inhoudshash(p.read_bytes()) for p in documenten}.items() <= metadata["inhoud"].items()
    teksten = lees_teksten(versiemap)
    assert sorted(teksten) == [p.name for p in documenten]
    assert all(teksten[p.name] == alineas(p.read_bytes()) for p in documenten), "the text as written"


def test_every_door_writes_its_set_through_the_one_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fails on main: no door recorded content hashes or the text it wrote (hand edits went unseen)."""
    gesprekken_gehouden(tmp_path)
    uit = str(tmp_path / "uit")
    correctie = tmp_path / "correctie.yaml"
    correctie.write_text("A1.wanneer: vanaf 1 maart\n", encoding="utf-8")
    vplan(tmp_path, "netwerkberaad", KENMERK, "--antwoorden", str(ANTWOORDEN / "netwerkberaad.yaml"),
          "--uitvoer", uit)
    schreef_het_zelf(tmp_path / "uit" / KENMERK / "v1")
    vplan(tmp_path, "incident", KENMERK, "--antwoorden", str(ANTWOORDEN / "incident.yaml"), "--uitvoer", uit)
    schreef_het_zelf(tmp_path / "uit" / KENMERK / "v2")
    vplan(tmp_path, "corrigeer", KENMERK, "--antwoorden", str(correctie), "--uitvoer", uit)
    schreef_het_zelf(tmp_path / "uit" / KENMERK / "v3")
    capsys.readouterr()

    vplan(tmp_path, "sjablonen", "voorbeeld", "--dossier", KENMERK)

    paden = [Path(regel.strip()) for regel in capsys.readouterr().out.splitlines() if regel.endswith(".docx")]
    schreef_het_zelf(paden[0].parent)
    veiligheidsplan = next(p for p in paden if p.name.startswith("veiligheidsplan-"))
    assert "Wijzigingen ten opzichte van versie 2" in tekst_van(veiligheidsplan), "as documenten renders it"
