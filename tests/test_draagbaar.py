"""vplan without what only Linux has: no fcntl (Windows), no sched_getaffinity (macOS, Windows), no renameat2;
without os.fchmod, os.pread, signal.pthread_sigmask and signal.pthread_kill (Windows).

Each vplan here runs with tests/draagbaar/ on the PYTHONPATH, whose sitecustomize takes those away at
start-up, in the command and in every worker process it starts.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import VOORBEELD

DRAAGBAAR = Path(__file__).parent / "draagbaar"
KENMERK = "VP-2026-0042"


def draagbaar(*argumenten: str, map_: Path, werkmap: Path) -> subprocess.CompletedProcess[str]:
    """A Python like Windows' or macOS' where vplan must not lean on Linux, run in `map_`."""
    omgeving = {**os.environ, "VPLAN_WERKMAP": str(werkmap), "VPLAN_DEBUG": "",
                "PYTHONPATH": os.pathsep.join([str(DRAAGBAAR), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, *argumenten], cwd=map_, capture_output=True, text=True,
                          env=omgeving, stdin=subprocess.DEVNULL, timeout=300, check=False)


def gelukt(resultaat: subprocess.CompletedProcess[str]) -> str:
    assert resultaat.returncode == 0, resultaat.stderr
    assert "programmafout" not in resultaat.stderr
    assert "Traceback" not in resultaat.stderr
    return resultaat.stdout


def test_the_emulation_takes_away_what_other_systems_lack(tmp_path: Path) -> None:
    """Without this the tests below could pass on Linux's own calls."""
    kijk = ("import ctypes, os, signal\n"
            "try:\n    import fcntl\nexcept ImportError:\n    print('geen fcntl')\n"
            "print(getattr(ctypes.CDLL(None), 'renameat2', None), [hasattr(os, naam) for naam in\n"
            "      ('sched_getaffinity', 'fchmod', 'pread')], hasattr(signal, 'pthread_sigmask'),\n"
            "      hasattr(signal, 'pthread_kill'))\n")
    uitvoer = gelukt(draagbaar("-c", kijk, map_=tmp_path, werkmap=tmp_path))
    assert uitvoer == "geen fcntl\nNone [False, False, False] False False\n"


def test_demo_then_documenten_works_without_linux_calls(tmp_path: Path) -> None:
    werkmap = tmp_path / "werkmap"

    demo = gelukt(draagbaar("-m", "interview", "demo", map_=tmp_path, werkmap=werkmap))
    documenten = gelukt(draagbaar("-m", "interview", "documenten", KENMERK, map_=tmp_path, werkmap=werkmap))

    assert f"vplan documenten {KENMERK}" in demo
    assert (werkmap / KENMERK / "dossier.json").is_file()
    assert f"veiligheidsplan-{KENMERK}-v1.docx" in documenten
    assert (tmp_path / "output" / KENMERK / "v1" / f"veiligheidsplan-{KENMERK}-v1.docx").is_file()


@pytest.mark.parametrize("processen", [["--processen", "2"], []], ids=["twee-processen", "per-kern"])
def test_importeer_and_opnieuw_work_without_linux_calls(tmp_path: Path, processen: list[str]) -> None:
    """`opnieuw` without --processen counts the CPUs (os.sched_getaffinity on Linux only)."""
    werkmap = tmp_path / "werkmap"
    gelukt(draagbaar("-m", "interview", "importeer", str(VOORBEELD), map_=tmp_path, werkmap=werkmap))

    opnieuw = draagbaar("-m", "interview", "opnieuw", "--alle", *processen, map_=tmp_path, werkmap=werkmap)

    gelukt(opnieuw)
    assert (tmp_path / "output" / KENMERK / "v1" / f"ondersteuningsplan-{KENMERK}-v1.docx").is_file()
