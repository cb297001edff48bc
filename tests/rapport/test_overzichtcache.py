"""The overview's cache is the user's own: folders 0700 whatever the umask, and a cache file another
user owns or could have written is never shown, only replaced."""

from __future__ import annotations

import csv
import io
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from interview.rapport.csvbestand import BOM
from interview.store import Werkmap
from tests.helpers import VERVALSINGEN, maak_dossier, plan_voor, stel_vast

KENMERK = "VP-2026-0001"


def overzicht(tmp_path: Path) -> dict[str, str]:
    """The real `vplan overzicht --csv` at umask 000, with a cache folder of this test's own."""
    resultaat = subprocess.run(
        [sys.executable, "-m", "interview", "overzicht", "--csv", "--werkmap", str(tmp_path / "werkmap")],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, umask=0,
        env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "VPLAN_DEBUG": ""},
    )
    assert resultaat.returncode == 0, resultaat.stderr
    return next(csv.DictReader(io.StringIO(resultaat.stdout.removeprefix(BOM)), delimiter=";"))


@pytest.fixture
def werkmap(tmp_path: Path) -> Path:
    maak_dossier(Werkmap(tmp_path / "werkmap"), plan_voor(KENMERK, werker="Ilse de Wit"))
    return tmp_path / "werkmap"


def test_the_cache_folders_are_the_owners_alone_at_umask_000(tmp_path: Path, werkmap: Path) -> None:
    overzicht(tmp_path)

    for map_ in (tmp_path / "cache", tmp_path / "cache" / "vplan"):
        assert stat.S_IMODE(map_.stat().st_mode) == 0o700, map_
    assert {stat.S_IMODE(pad.stat().st_mode) for pad in (tmp_path / "cache" / "vplan").iterdir()} == {0o600}


@pytest.mark.parametrize("vervals", VERVALSINGEN)
def test_a_cache_file_someone_else_could_have_written_is_not_shown_but_replaced(
    tmp_path: Path, werkmap: Path, vervals: Callable[[Path], None]
) -> None:
    assert overzicht(tmp_path)["status"] == "concept"
    [cache] = (tmp_path / "cache" / "vplan").iterdir()
    tekst = cache.read_text(encoding="utf-8")
    cache.write_text(tekst.replace('"concept"', '"vastgesteld"').replace("Ilse de Wit", "Iemand Anders"),
                     encoding="utf-8")
    vervals(cache)

    regel = overzicht(tmp_path)

    assert (regel["status"], regel["werker"]) == ("concept", "Ilse de Wit")
    staat = cache.stat()
    assert (staat.st_uid, stat.S_IMODE(staat.st_mode)) == (os.geteuid(), 0o600)
    assert cache.read_text(encoding="utf-8") == tekst


def test_a_cache_file_that_is_a_link_is_not_followed(tmp_path: Path, werkmap: Path) -> None:
    overzicht(tmp_path)
    [cache] = (tmp_path / "cache" / "vplan").iterdir()
    elders = tmp_path / "elders.json"
    elders.write_text(cache.read_text(encoding="utf-8").replace("Ilse de Wit", "Iemand Anders"),
                      encoding="utf-8")
    elders.chmod(0o600)
    cache.unlink()
    cache.symlink_to(elders)

    assert overzicht(tmp_path)["werker"] == "Ilse de Wit"


def test_read_in_several_processes_the_cache_still_follows_every_change(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Thousands of dossiers are read in several processes (interview.rapport.index); here three, each
    process given one, must give what one process gives, and a change must still be seen."""
    from interview.rapport import index

    werkmap = Werkmap(tmp_path / "werkmap")
    plannen = [maak_dossier(werkmap, plan_voor(f"VP-2026-000{n}")) for n in (1, 2, 3)]
    uitvoer, cache = tmp_path / "output", tmp_path / "cache" / "overzicht.json"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    alleen = index.standen(werkmap, uitvoer, None)
    monkeypatch.setattr(index, "PER_PROCES", 1)
    monkeypatch.setattr(index, "_kernen", lambda: 2)

    assert index.standen(werkmap, uitvoer, cache) == alleen
    stel_vast(werkmap, plannen[1])
    opnieuw = index.standen(werkmap, uitvoer, cache)

    assert [stand.status for stand in opnieuw] == ["concept", "vastgesteld", "concept"]
    assert opnieuw == index.standen(werkmap, uitvoer, None)
