"""Benchmark: one `vplan documenten KENMERK` as a user starts it, a fresh process each time.

Three ways, alternated run by run so a busy moment of the machine hits each alike:
  cache warm    `vplan documenten` with the prepared templates in the user's cache folder
  cache leeg    `vplan documenten` with an empty cache folder (the first run after a new template)
  normale weg   a fresh process that renders the same dossier the way `vplan documenten` did before
                issue 11: the normal docxtpl path for every document, no cache
Wall time and CPU time (user + system of the child) per run, median, min and max; the ratios are
taken per round against the normale weg of that round.

Run: make bench   (or .venv/bin/python benchmarks/bench_documenten.py [ROUNDS])
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from werkmap_maken import maak_werkmap

NORMALE_WEG = """
import sys
from pathlib import Path
from interview.versieset import render_documenten
from interview.stappen.documenten_maken import naast_het_plan
from interview.store import Werkmap
werkmap = Werkmap(Path(sys.argv[1]))
plan = werkmap.lees_plan(sys.argv[2])
render_documenten(plan, Path(sys.argv[3]) / sys.argv[2], None, **naast_het_plan(werkmap, plan))
"""


def looptijd(opdracht: list[str], omgeving: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one run of `opdracht`."""
    voor = resource.getrusage(resource.RUSAGE_CHILDREN)
    begin = time.perf_counter()
    subprocess.run(opdracht, env=omgeving, capture_output=True, check=True)
    wand = time.perf_counter() - begin
    na = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wand, (na.ru_utime + na.ru_stime) - (voor.ru_utime + voor.ru_stime)


def regel(naam: str, metingen: list[tuple[float, float]]) -> str:
    wand = [w * 1000 for w, _ in metingen]
    cpu = [c * 1000 for _, c in metingen]
    return (f"  {naam:<12}: wandklok mediaan {statistics.median(wand):5.0f} ms "
            f"(min {min(wand):5.0f}, max {max(wand):5.0f}); CPU mediaan {statistics.median(cpu):5.0f} ms "
            f"(min {min(cpu):5.0f}, max {max(cpu):5.0f})")


def verhouding(naam: str, metingen: list[tuple[float, float]], basis: list[tuple[float, float]]) -> str:
    wand = [m[0] / b[0] for m, b in zip(metingen, basis, strict=True)]
    cpu = [m[1] / b[1] for m, b in zip(metingen, basis, strict=True)]
    return (f"  {naam} / normale weg: wandklok mediaan {statistics.median(wand):.2f} "
            f"(min {min(wand):.2f}, max {max(wand):.2f}), CPU mediaan {statistics.median(cpu):.2f} "
            f"(min {min(cpu):.2f}, max {max(cpu):.2f})")


def main(rondes: int) -> None:
    with tempfile.TemporaryDirectory() as map_:
        werk = Path(map_)
        maak_werkmap(werk / "w", 1)
        kenmerk = "VP-2026-00000"
        vplan = [sys.executable, "-m", "interview", "documenten", kenmerk, "--werkmap", str(werk / "w"),
                 "--uitvoer", str(werk / "uit")]
        normaal = [sys.executable, "-c", NORMALE_WEG, str(werk / "w"), kenmerk, str(werk / "uit")]
        warm = {**os.environ, "XDG_CACHE_HOME": str(werk / "cache")}
        looptijd(vplan, warm)  # fills the cache, and the OS's file cache for all three
        looptijd(normaal, warm)
        metingen: dict[str, list[tuple[float, float]]] = {naam: [] for naam in
                                                          ("cache warm", "cache leeg", "normale weg")}
        for ronde in range(rondes):
            leeg = {**os.environ, "XDG_CACHE_HOME": str(werk / f"leeg-{ronde}")}
            metingen["cache warm"].append(looptijd(vplan, warm))
            metingen["cache leeg"].append(looptijd(vplan, leeg))
            metingen["normale weg"].append(looptijd(normaal, warm))
    print(f"Eén vplan documenten (nieuw proces, {rondes} rondes, afwisselend; belasting "
          f"{os.getloadavg()[0]:.1f}):")
    for naam, reeks in metingen.items():
        print(regel(naam, reeks))
    for naam in ("cache warm", "cache leeg"):
        print(verhouding(naam, metingen[naam], metingen["normale weg"]))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
