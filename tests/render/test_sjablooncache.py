"""`vplan documenten` keeps prepared templates in the user's cache folder: never stale, never
trusted when damaged, and nobody else's to read or write."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from interview.model import Plan
from interview.render import sjablooncache
from interview.store import Werkmap
from tests.helpers import VERVALSINGEN, tekst_van
from tests.render.test_sjabloonfouten import sjablonen_met

KENMERK = "VP-2026-0042"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of this test's own, for the command and for this process."""
    map_ = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(map_))
    return map_ / "vplan" / "sjablonen"


@pytest.fixture
def werkmap(tmp_path: Path, voorbeeld_plan: Plan) -> Path:
    werkmap = Werkmap(tmp_path / "werkmap")
    werkmap.maak_dossier(voorbeeld_plan.dossier)
    werkmap.bewaar_plan(voorbeeld_plan)
    return werkmap.pad


def documenten(werkmap: Path, sjablonen: Path, uitvoer: Path) -> dict[str, bytes]:
    """Run the real `vplan documenten` (a new process, so only the disk cache carries over)."""
    resultaat = subprocess.run(
        [sys.executable, "-m", "interview", "documenten", KENMERK, "--werkmap", str(werkmap),
         "--sjablonen", str(sjablonen), "--uitvoer", str(uitvoer)],
        capture_output=True, text=True, env=os.environ.copy(), timeout=120, check=False,
    )
    assert resultaat.returncode == 0, resultaat.stderr
    versiemap = uitvoer / KENMERK / "v1"
    return {pad.name: pad.read_bytes() for pad in sorted(versiemap.glob("*.docx"))}


def veiligheidsplan(werkmap: Path, sjablonen: Path, uitvoer: Path) -> str:
    """The text of the veiligheidsplan a fresh `vplan documenten` makes."""
    documenten(werkmap, sjablonen, uitvoer)
    return tekst_van(uitvoer / KENMERK / "v1" / f"veiligheidsplan-{KENMERK}-v1.docx")


def test_a_changed_template_is_never_served_from_the_cache(
    werkmap: Path, cache: Path, tmp_path: Path
) -> None:
    sjablonen = sjablonen_met(tmp_path, "Eerste tekst {{ dossier.kenmerk }}")
    assert "Eerste tekst VP-2026-0042" in veiligheidsplan(werkmap, sjablonen, tmp_path / "uit")
    assert any(cache.iterdir())
    oud = (sjablonen / "veiligheidsplan.docx").stat()

    (tmp_path / "ander").mkdir()
    nieuw = sjablonen_met(tmp_path / "ander", "Tweede tekst {{ dossier.kenmerk }}") / "veiligheidsplan.docx"
    (sjablonen / "veiligheidsplan.docx").write_bytes(nieuw.read_bytes())
    os.utime(sjablonen / "veiligheidsplan.docx", ns=(oud.st_atime_ns, oud.st_mtime_ns))  # same time as before

    tekst = veiligheidsplan(werkmap, sjablonen, tmp_path / "uit")
    assert "Tweede tekst VP-2026-0042" in tekst
    assert "Eerste" not in tekst


def _afgekapt(pad: Path) -> None:
    pad.write_bytes(pad.read_bytes()[: pad.stat().st_size // 2])


def _een_byte_anders(pad: Path) -> None:
    inhoud = bytearray(pad.read_bytes())
    inhoud[-100] ^= 0xFF
    pad.write_bytes(bytes(inhoud))


def _leeg(pad: Path) -> None:
    pad.write_bytes(b"")


def _geen_sjabloon(pad: Path) -> None:
    sjablooncache.schrijf(pad.name, b"geen sjabloon")  # whole and with a right hash, yet no template


@pytest.mark.parametrize("beschadig", [_afgekapt, _een_byte_anders, _leeg, _geen_sjabloon],
                         ids=["afgekapt", "een byte anders", "leeg", "geen sjabloon"])
def test_a_damaged_cache_entry_is_ignored_and_rebuilt(
    werkmap: Path, cache: Path, tmp_path: Path, beschadig: Callable[[Path], None]
) -> None:
    sjablonen = sjablonen_met(tmp_path, "Tekst {{ dossier.kenmerk }}")
    eerst = documenten(werkmap, sjablonen, tmp_path / "uit")
    goed = {pad.name: pad.read_bytes() for pad in cache.iterdir()}
    for pad in cache.iterdir():
        beschadig(pad)

    assert documenten(werkmap, sjablonen, tmp_path / "uit") == eerst
    assert {pad.name: pad.read_bytes() for pad in cache.iterdir()} == goed


def test_the_cache_is_the_owners_alone(werkmap: Path, cache: Path, tmp_path: Path) -> None:
    documenten(werkmap, sjablonen_met(tmp_path, "Tekst {{ dossier.kenmerk }}"), tmp_path / "uit")
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert {stat.S_IMODE(pad.stat().st_mode) for pad in cache.iterdir()} == {0o600}


def test_a_cache_folder_others_may_write_is_not_used(werkmap: Path, cache: Path, tmp_path: Path) -> None:
    sjablonen = sjablonen_met(tmp_path, "Tekst {{ dossier.kenmerk }}")
    eerst = documenten(werkmap, sjablonen, tmp_path / "uit")
    namen = [pad.name for pad in cache.iterdir()]
    cache.chmod(0o777)

    assert all(sjablooncache.lees(naam) is None for naam in namen)
    assert documenten(werkmap, sjablonen, tmp_path / "uit") == eerst


def test_an_entry_others_may_read_is_not_used(cache: Path) -> None:
    sjablooncache.schrijf("proef", b"inhoud")
    assert sjablooncache.lees("proef") == b"inhoud"
    (cache / "proef").chmod(0o644)
    assert sjablooncache.lees("proef") is None


def test_the_cache_keeps_the_newest_entries_and_no_more(cache: Path) -> None:
    for nummer in range(sjablooncache.HOOGSTENS + 5):
        sjablooncache.schrijf(f"sjabloon-{nummer:03d}", b"inhoud")
        os.utime(cache / f"sjabloon-{nummer:03d}", ns=(nummer, nummer))  # written in this order
    bewaard = sorted(pad.name for pad in cache.iterdir())
    assert len(bewaard) == sjablooncache.HOOGSTENS
    assert bewaard[0] == "sjabloon-005"


def test_every_cache_folder_is_the_owners_alone_at_umask_000(cache: Path) -> None:
    vorige = os.umask(0)
    try:
        sjablooncache.schrijf("proef", b"inhoud")
    finally:
        os.umask(vorige)

    for map_ in (cache.parent.parent, cache.parent, cache):
        assert stat.S_IMODE(map_.stat().st_mode) == 0o700, map_
    assert stat.S_IMODE((cache / "proef").stat().st_mode) == 0o600


@pytest.mark.parametrize("vervals", VERVALSINGEN)
def test_an_entry_someone_else_could_have_written_is_not_used_but_replaced(
    cache: Path, vervals: Callable[[Path], None]
) -> None:
    sjablooncache.schrijf("proef", b"inhoud")
    vervals(cache / "proef")

    assert sjablooncache.lees("proef") is None
    sjablooncache.schrijf("proef", b"inhoud")
    staat = (cache / "proef").stat()
    assert (staat.st_uid, stat.S_IMODE(staat.st_mode)) == (os.geteuid(), 0o600)
    assert sjablooncache.lees("proef") == b"inhoud"


def test_a_vplan_folder_left_open_by_an_older_vplan_is_not_read_and_closed_on_the_next_write(
    cache: Path,
) -> None:
    sjablooncache.schrijf("proef", b"inhoud")
    cache.parent.chmod(0o777)

    assert sjablooncache.lees("proef") is None
    sjablooncache.schrijf("proef", b"inhoud")
    assert stat.S_IMODE(cache.parent.stat().st_mode) == 0o700
    assert sjablooncache.lees("proef") == b"inhoud"
