"""A worker of `vplan opnieuw --processen 2` ends when vplan is killed, busy or waiting for work."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks.werkmap_maken import maak_werkmap

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")

NA_DE_KILL = 60.0
"""Issue 24's figure: no worker lives this many seconds after SIGKILL of its parent."""


def kinderen(ouder: int) -> set[int]:
    """The living (not zombie) processes whose parent is `ouder`, read from /proc."""
    pids = (int(map_.name) for map_ in Path("/proc").iterdir() if map_.name.isdigit())
    return {pid for pid in pids if leeft(pid) and _ouder(pid) == ouder}


def leeft(pid: int) -> bool:
    return _staat(pid) not in ("", "Z", "X")


def _stat(pid: int) -> list[str]:
    try:
        tekst = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return []
    return tekst.rpartition(")")[2].split()  # the name may hold spaces and parentheses


def _staat(pid: int) -> str:
    velden = _stat(pid)
    return velden[0] if velden else ""


def _ouder(pid: int) -> int:
    velden = _stat(pid)
    return int(velden[1]) if velden else 0


def wacht_tot(voorwaarde: Callable[[], bool], tijd: float) -> float:
    """Seconds until `voorwaarde()` held, polled; fails when it did not hold within `tijd`."""
    begin = time.monotonic()
    while time.monotonic() - begin < tijd:
        if voorwaarde():
            return time.monotonic() - begin
        time.sleep(0.1)
    pytest.fail(f"na {tijd:.0f} s nog niet zo")


def kill_en_tel(ouder: subprocess.Popen[bytes], werkers: set[int]) -> float:
    """SIGKILL `ouder`; seconds until none of `werkers` lives (at most NA_DE_KILL, else the test fails)."""
    os.kill(ouder.pid, signal.SIGKILL)
    ouder.wait()
    try:
        seconden = wacht_tot(lambda: not any(leeft(pid) for pid in werkers), NA_DE_KILL)
        print(f"{len(werkers)} workers gone {seconden:.1f} s after SIGKILL")
        return seconden
    finally:
        for pid in werkers:
            if leeft(pid):
                os.kill(pid, signal.SIGKILL)


def test_busy_workers_end_within_a_minute_after_opnieuw_is_killed(tmp_path: Path) -> None:
    maak_werkmap(tmp_path / "werkmap", 40)  # a run of several seconds: time to see it at work
    vplan = subprocess.Popen(
        [sys.executable, "-m", "interview", "opnieuw", "--alle", "--processen", "2",
         "--werkmap", str(tmp_path / "werkmap"), "--uitvoer", str(tmp_path / "uit")],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:  # kill it while the workers are at work: the first dossier's documents are written
        wacht_tot(lambda: vplan.poll() is not None
                  or (len(kinderen(vplan.pid)) == 2 and any((tmp_path / "uit").glob("*/v1"))), 60)
    except BaseException:
        vplan.kill()
        raise
    werkers = kinderen(vplan.pid)
    assert vplan.poll() is None, "opnieuw was klaar voordat het gestopt kon worden"

    kill_en_tel(vplan, werkers)


@pytest.mark.parametrize("linux_signaal", [True, False], ids=["pdeathsig", "alleen-wachter"])
def test_idle_workers_end_when_the_parent_is_killed_while_they_wait_for_work(
    tmp_path: Path, linux_signaal: bool
) -> None:
    """The pool's wait for the next task does not block forever (the parent here is busy elsewhere),
    also where the system has no parent-death signal and only the watching thread notices."""
    script = textwrap.dedent(f"""
        import os, sys, time
        from concurrent.futures import ProcessPoolExecutor
        from interview import ouderwacht
        from interview.ouderwacht import als_werker, begin_werker

        if not {linux_signaal}:
            ouderwacht._signaal_bij_dood_van_ouder = lambda signaal: None
        with ProcessPoolExecutor(2, initializer=begin_werker, initargs=(os.getpid(),)) as pool:
            list(pool.map(als_werker, [os.getpid, os.getpid]))
            print("klaar", flush=True)
            time.sleep(600)
    """)
    ouder = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, cwd=tmp_path,
                             env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    assert ouder.stdout is not None
    with ouder.stdout:
        assert ouder.stdout.readline() == b"klaar\n"
    werkers = kinderen(ouder.pid)
    assert len(werkers) == 2

    kill_en_tel(ouder, werkers)
