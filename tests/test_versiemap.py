"""A version's documents land as one set: killed at any step, a reader finds the old set or the new."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from interview import versiemap
from interview.fouten import DossierBezet
from interview.versiemap import vervang_versiemap
from tests.helpers import slot_van_ander_proces

OUD = {"veiligheidsplan-v1.docx": b"oud vp", "ondersteuningsplan-v1.docx": b"oud op", ".vplan.json": b"oud"}
NIEUW = {"veiligheidsplan-v1.docx": b"nieuw vp", "ondersteuningsplan-v1.docx": b"nieuw op",
         ".vplan.json": b"nieuw"}
BEZET = "De documenten van dit dossier worden al gemaakt."

KIND = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from interview import versiemap
    from filelock import ReadWriteLock  # loaded before the count: its module files are no step of a write

    map_, stap, wisselen = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "ja"
    if not wisselen:  # a file system without RENAME_EXCHANGE, like a network share
        versiemap._wissel = lambda een, ander: False
    NIEUW = {"veiligheidsplan-v1.docx": b"nieuw vp", "ondersteuningsplan-v1.docx": b"nieuw op",
             ".vplan.json": b"nieuw"}
    STAPPEN = {"open", "os.mkdir", "os.rename", "os.remove", "os.rmdir", "os.chmod", "os.link",
               "shutil.rmtree", "ctypes.call_function", "sqlite3.connect"}
    gedaan = 0

    def dood_bij_stap(gebeurtenis, argumenten):
        global gedaan
        if gebeurtenis in STAPPEN:
            gedaan += 1
            if gedaan == stap:
                os.kill(os.getpid(), signal.SIGKILL)

    sys.addaudithook(dood_bij_stap)
    versiemap.vervang_versiemap(map_, "v1", NIEUW, "bezet")
""")


def set_in(map_: Path) -> dict[str, bytes] | None:
    """What a reader finds in the version folder: every file with its content, or None."""
    versie = map_ / "v1"
    if not versie.is_dir():
        return None
    return {pad.name: pad.read_bytes() for pad in versie.iterdir()}


def verborgen_resten(map_: Path) -> list[str]:
    return sorted(pad.name for pad in map_.glob(".*.tmp"))


def gedood_bij_stap(map_: Path, stap: int, wisselen: bool) -> bool:
    """Run the write in a child that kills itself (SIGKILL) before its `stap`-th file operation.

    Returns False when the write finished before reaching that step.
    """
    kind = subprocess.run(
        [sys.executable, "-c", KIND, str(map_), str(stap), "ja" if wisselen else "nee"],
        capture_output=True, text=True, check=False,
    )
    assert kind.returncode in (0, -signal.SIGKILL), kind.stderr
    return kind.returncode == -signal.SIGKILL


@pytest.mark.parametrize("wisselen", [
    pytest.param(True, id="rename-exchange", marks=pytest.mark.skipif(
        versiemap._renameat2() is None, reason="no renameat2 here (portable path forced)")),
    pytest.param(False, id="zonder-exchange"),
])
def test_a_write_killed_between_any_two_steps_leaves_the_old_set_or_the_new(
    tmp_path: Path, wisselen: bool
) -> None:
    stap = 0
    while True:
        stap += 1
        map_ = tmp_path / f"stap-{stap}"
        vervang_versiemap(map_, "v1", OUD, BEZET)
        if not gedood_bij_stap(map_, stap, wisselen):
            break
        gevonden = set_in(map_)
        if wisselen:
            assert gevonden in (OUD, NIEUW), f"na stap {stap}"
        else:  # the old folder stepped aside: never a mix, and the next run puts it back
            assert gevonden in (OUD, NIEUW, None), f"na stap {stap}"

        vervang_versiemap(map_, "v1", NIEUW, BEZET)  # the next run

        assert set_in(map_) == NIEUW
        assert verborgen_resten(map_) == []
    assert set_in(map_) == NIEUW
    assert verborgen_resten(map_) == []
    assert stap > 10  # every step was reached: lock, clean-up, three files, swap, removal


def test_a_version_folder_stepped_aside_by_a_killed_run_is_put_back_first(tmp_path: Path) -> None:
    map_ = tmp_path / "uit"
    vervang_versiemap(map_, "v1", OUD, BEZET)
    os.rename(map_ / "v1", map_ / ".v1.oud.tmp")  # where a kill leaves it without RENAME_EXCHANGE

    versiemap.ruim_op(map_)

    assert set_in(map_) == OUD
    assert verborgen_resten(map_) == []


def test_hidden_temporary_files_of_earlier_runs_are_removed_by_the_next(tmp_path: Path) -> None:
    map_ = tmp_path / "uit"
    map_.mkdir()
    (map_ / ".veiligheidsplan-VP-1-v1.docx.x8k2.tmp").write_bytes(b"persoonsgegevens")
    (map_ / ".v1.abc123.tmp").mkdir()
    (map_ / ".v1.abc123.tmp" / "ondersteuningsplan-v1.docx").write_bytes(b"persoonsgegevens")
    (map_ / "notities.txt").write_text("van de werker zelf")

    vervang_versiemap(map_, "v1", NIEUW, BEZET)

    assert verborgen_resten(map_) == []
    assert (map_ / "notities.txt").read_text() == "van de werker zelf"


def test_a_new_version_leaves_the_folders_of_earlier_versions_alone(tmp_path: Path) -> None:
    map_ = tmp_path / "uit"
    vervang_versiemap(map_, "v1", OUD, BEZET)
    vervang_versiemap(map_, "v2", NIEUW, BEZET)
    assert set_in(map_) == OUD
    assert {pad.name: pad.read_bytes() for pad in (map_ / "v2").iterdir()} == NIEUW


def test_a_rendered_set_is_private_to_the_owner(tmp_path: Path) -> None:
    map_ = tmp_path / "uit"
    vervang_versiemap(map_, "v1", OUD, BEZET)
    vervang_versiemap(map_, "v1", NIEUW, BEZET)
    assert (map_ / "v1").stat().st_mode & 0o777 == 0o700
    assert {pad.stat().st_mode & 0o777 for pad in (map_ / "v1").iterdir()} == {0o600}


@pytest.fixture
def ander_proces_schrijft(tmp_path: Path) -> Iterator[Path]:
    """Another vplan holds the output folder's render lock."""
    map_ = tmp_path / "uit"
    map_.mkdir()
    with slot_van_ander_proces(map_ / ".slot"):
        yield map_


def test_a_second_writer_at_the_same_time_is_told_and_changes_nothing(ander_proces_schrijft: Path) -> None:
    with pytest.raises(DossierBezet, match=BEZET):
        vervang_versiemap(ander_proces_schrijft, "v1", NIEUW, BEZET)
    assert set_in(ander_proces_schrijft) is None


def test_a_disk_that_fills_up_while_the_set_is_written_leaves_the_old_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    map_ = tmp_path / "uit"
    vervang_versiemap(map_, "v1", OUD, BEZET)
    echte_fsync, aantal = os.fsync, []

    def vol(descriptor: int) -> None:
        aantal.append(descriptor)
        if len(aantal) == 3:  # the clean-up, the first document, then the second
            raise OSError(28, "No space left on device")
        echte_fsync(descriptor)

    monkeypatch.setattr(versiemap.os, "fsync", vol)
    with pytest.raises(OSError):
        vervang_versiemap(map_, "v1", NIEUW, BEZET)
    assert set_in(map_) == OUD
    assert verborgen_resten(map_) == []
