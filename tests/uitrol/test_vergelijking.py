"""Before a roll-out, a team lead looks at the new templates on a real dossier: old and new pages side
by side, the dossier's own documents untouched, nothing of the family left in the temporary folder."""

from __future__ import annotations

import re
import shutil
import stat
import tempfile
from pathlib import Path

import pytest

from benchmarks.werkmap_maken import maak_werkmap
from interview.cli import main
from tests.uitrol.test_uitrol import nieuwe_sjablonen, opnieuw, sets, vplan

pytestmark = pytest.mark.libreoffice


@pytest.fixture
def werkmap(tmp_path: Path) -> Path:
    maak_werkmap(tmp_path / "werkmap", 2)
    return tmp_path / "werkmap"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) draws the pages")
def test_the_preview_sets_old_and_new_pages_side_by_side_and_leaves_the_dossier_as_it_was(
    tmp_path: Path, werkmap: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert opnieuw(tmp_path, "--alle") == 0
    voor = sets(tmp_path)
    tijdelijk = tmp_path / "tijdelijk"
    tijdelijk.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tijdelijk))
    nieuw = nieuwe_sjablonen(tmp_path, "Nieuw voor {{ dossier.kenmerk }}")
    capsys.readouterr()

    assert vplan(tmp_path, "sjablonen", "vergelijk", str(nieuw), "--dossier", "VP-2026-00001",
                 "--uitvoer", str(tmp_path / "uit")) == 0

    uit = capsys.readouterr().out
    map_ = tmp_path / "uit" / "vergelijking" / "VP-2026-00001"
    assert f"Dossier VP-2026-00001, planversie 1: {map_}" in uit
    assert re.search(r"veiligheidsplan-VP-2026-00001-v1\.docx: veranderd, \d+ blz\. naast elkaar", uit)
    assert "ondersteuningsplan-VP-2026-00001-v1.docx: er verandert niets zichtbaars" in uit
    pagina = (map_ / "naast-elkaar" / "veiligheidsplan-VP-2026-00001-v1-1.png").read_bytes()
    assert pagina.startswith(b"\x89PNG\r\n\x1a\n")
    breedte, hoogte = int.from_bytes(pagina[16:20], "big"), int.from_bytes(pagina[20:24], "big")
    assert breedte > 1.3 * hoogte, "two portrait pages side by side"
    assert (map_ / "oud" / "veiligheidsplan-VP-2026-00001-v1.pdf").read_bytes().startswith(b"%PDF")
    assert (map_ / "nieuw" / "veiligheidsplan-VP-2026-00001-v1.pdf").read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(map_.stat().st_mode) == 0o700
    assert sets(tmp_path) == voor, "the dossier's own documents stay byte for byte"
    achtergelaten = [p.name for p in tijdelijk.iterdir()
                     if not p.name.startswith("vplan-libreoffice-")]  # a profile, no family data
    assert achtergelaten == []


def test_a_template_that_fails_on_the_dossier_says_which_field_and_where(
    tmp_path: Path, werkmap: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kapot = nieuwe_sjablonen(tmp_path, tabelcel="{{ dossier.opsteldatum }}")

    assert main(["sjablonen", "vergelijk", str(kapot), "--dossier", "VP-2026-00000", "--werkmap",
                 str(werkmap), "--uitvoer", str(tmp_path / "uit")]) == 1

    fout = capsys.readouterr().err
    assert "'opsteldatum' — in Word: veiligheidsplan.docx" in fout
    assert "tabel 1, rij 1, cel 2" in fout
    assert not (tmp_path / "uit" / "vergelijking").exists()
