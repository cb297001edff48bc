"""A preview of a real dossier holds a family's plan: the folder is the user's alone, and a later
preview removes it once it is old."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
import time
from pathlib import Path

from interview.sjablonen.voorbeeld import BEWAARTIJD
from interview.store import Werkmap
from tests.helpers import maak_dossier, plan_voor

KENMERK = "VP-2026-0001"


def voorbeeld(tmp_path: Path) -> tuple[Path, str]:
    """The real `vplan sjablonen voorbeeld --dossier` at umask 000; the folder it wrote and its output."""
    resultaat = subprocess.run(
        [sys.executable, "-m", "interview", "sjablonen", "voorbeeld", "--dossier", KENMERK,
         "--werkmap", str(tmp_path / "werkmap")],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, umask=0,
        env={**os.environ, "TMPDIR": str(tmp_path / "tmp"), "VPLAN_DEBUG": ""},
    )
    assert resultaat.returncode == 0, resultaat.stderr
    gevonden = re.search(r" in (\S+):$", resultaat.stdout, re.MULTILINE)
    assert gevonden is not None, resultaat.stdout
    return Path(gevonden[1]), resultaat.stdout


def test_a_dossiers_preview_is_the_users_alone_and_says_how_long_it_stays(tmp_path: Path) -> None:
    maak_dossier(Werkmap(tmp_path / "werkmap"), plan_voor(KENMERK))
    (tmp_path / "tmp").mkdir()

    map_, uitvoer = voorbeeld(tmp_path)

    assert map_.parent == tmp_path / "tmp"
    assert stat.S_IMODE(map_.stat().st_mode) == 0o700
    assert len(list(map_.rglob("*.docx"))) > 2
    assert {stat.S_IMODE(pad.stat().st_mode) for pad in map_.rglob("*") if pad.is_file()} == {0o600}
    assert {stat.S_IMODE(pad.stat().st_mode) for pad in map_.rglob("*") if pad.is_dir()} == {0o700}
    assert "ruimt hem na een uur op" in uitvoer


def test_a_later_preview_removes_one_older_than_an_hour_and_keeps_a_recent_one(tmp_path: Path) -> None:
    maak_dossier(Werkmap(tmp_path / "werkmap"), plan_voor(KENMERK))
    (tmp_path / "tmp").mkdir()
    oud, _ = voorbeeld(tmp_path)
    lang_geleden = time.time() - BEWAARTIJD - 60
    os.utime(oud, (lang_geleden, lang_geleden))
    recent, _ = voorbeeld(tmp_path)

    nieuwste, _ = voorbeeld(tmp_path)

    assert not oud.exists()
    assert recent.is_dir() and nieuwste.is_dir()
