"""Issue 19.6: the keystroke benchmark plays the test family to the end at the real prompts (its
figures go in the README, never into assertions)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_keystroke_benchmark_plays_the_incident_to_the_end_in_a_pseudo_terminal() -> None:
    resultaat = subprocess.run([sys.executable, "-m", "benchmarks.bench_stops", "incident"], cwd=ROOT,
                               capture_output=True, text=True, timeout=300)
    assert resultaat.returncode == 0, resultaat.stdout + resultaat.stderr
    assert "gespeeld tot het eind" in resultaat.stdout
