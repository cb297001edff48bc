"""A run killed between the swap and the clean-up leaves the old set hidden in the output folder:
the next `opnieuw` removes it, also for a dossier whose documents are current."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.werkmap_maken import maak_werkmap
from interview.cli import main

KENMERK = "VP-2026-00000"


def opnieuw(tmp_path: Path, *argumenten: str) -> int:
    return main(["opnieuw", "--werkmap", str(tmp_path / "werkmap"), "--uitvoer", str(tmp_path / "uit"),
                 "--processen", "1", *argumenten])


def achtergelaten_set(tmp_path: Path) -> Path:
    """What a kill right after the swap leaves: the whole old set under a hidden name."""
    rest = tmp_path / "uit" / KENMERK / ".v1.k1ll3d.tmp"
    rest.mkdir(mode=0o700)
    for document in (tmp_path / "uit" / KENMERK / "v1").iterdir():
        (rest / document.name).write_bytes(document.read_bytes())
    return rest


@pytest.mark.parametrize("argumenten", [("--verouderd",), (KENMERK,)], ids=["verouderd", "gevraagd"])
def test_the_next_opnieuw_removes_an_old_set_a_kill_left_behind(
    tmp_path: Path, argumenten: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    maak_werkmap(tmp_path / "werkmap", 2)
    assert opnieuw(tmp_path, "--alle") == 0
    rest = achtergelaten_set(tmp_path)

    assert opnieuw(tmp_path, *argumenten) == 0

    assert not rest.exists()
    assert sorted(p.name for p in (tmp_path / "uit" / KENMERK).iterdir()) == [".slot", "v1"]


def test_a_trial_run_writes_nothing_and_leaves_the_leftover(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    maak_werkmap(tmp_path / "werkmap", 1)
    assert opnieuw(tmp_path, "--alle") == 0
    rest = achtergelaten_set(tmp_path)

    assert opnieuw(tmp_path, "--verouderd", "--proef") == 0

    assert rest.is_dir()
