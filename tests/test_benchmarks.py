"""The benchmarks still run (their figures go in notes, never into assertions)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.mark.parametrize(("script", "argumenten"), [
    ("bench_render.py", ["1"]), ("bench_answer.py", ["5"]), ("bench_sjablonen.py", ["1"]),
    ("bench_antwoordbestand.py", ["3"]), ("bench_overzicht.py", ["30"]),
    ("bench_bulk.py", ["--klein"]), ("bench_documenten.py", ["1"]), ("bench_teamsjablonen.py", ["--klein"]),
    pytest.param("bench_pdf.py", ["--klein"], marks=pytest.mark.libreoffice),
])
def test_a_benchmark_runs_to_the_end(script: str, argumenten: list[str]) -> None:
    resultaat = subprocess.run([sys.executable, str(BENCHMARKS / script), *argumenten],
                               capture_output=True, text=True, timeout=300)
    assert resultaat.returncode == 0, resultaat.stderr
    assert "mediaan" in resultaat.stdout
