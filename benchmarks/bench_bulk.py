"""Benchmark: `vplan opnieuw` (bulk re-rendering) against the loop a team would write with plain docxtpl.

Measured on a generated werkmap (benchmarks/werkmap_maken.py), paired and alternated: each block of
dossiers is rendered by plain docxtpl (a fresh DocxTemplate per document, same templates, data and
filters, bench_render.kaal_docxtpl) and then by the fast path, so a busy moment hits both alike.
Ratios are reported as median, min and max over the blocks.

Run: make bench   (or .venv/bin/python benchmarks/bench_bulk.py [--klein] [--groot])
  --klein  a few dossiers (the smoke test in tests/test_benchmarks.py); --pdf is in bench_pdf.py
  --groot  the issue's sizes: 1,000 dossiers per core, memory at 1,000 and 5,000, no-op over 5,000
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_render import kaal_docxtpl, kaal_te_maken
from werkmap_maken import maak_werkmap

from interview.bulk import Taak, opnieuw
from interview.model import Plan
from interview.render import snel
from interview.render.documenten import PLANNEN, SOORTEN, bestandsnaam
from interview.render.identiteit import sjabloonidentiteiten
from interview.render.sjabloonmap import standaard_sjablonen
from interview.store import Werkmap
from interview.versieset import METADATA

VPLAN = [sys.executable, "-m", "interview"]


def samenvatting(naam: str, verhoudingen: list[float]) -> str:
    return (f"  {naam}: mediaan {statistics.median(verhoudingen):.1f}×, "
            f"min {min(verhoudingen):.1f}×, max {max(verhoudingen):.1f}×  ({len(verhoudingen)} paren)")


def duur(stap: Callable[[], object]) -> float:
    begin = time.perf_counter()
    stap()
    return time.perf_counter() - begin


def per_kern(plannen: list[Plan], blok: int) -> None:
    """Render only (in memory), one process: plain docxtpl against the fast path, block by block.

    Both make every document of a dossier (the two plans, own copies, one per reader, one letter per
    recipient: the same kinds in the same order, checked first). CPU time of this
    process is the figure per core; wall time is shown too, but other work on the machine moves it.
    """
    sjablonen = standaard_sjablonen()
    snelle = [d.soort for d in snel.maak_documenten(plannen[0], sjablonen)]  # prepares each template once
    kale = [soort for soort, _ in kaal_te_maken(plannen[0])]
    if kale != snelle or kaal_docxtpl(plannen[0]) != len(snelle):
        raise SystemExit(f"kaal docxtpl maakt andere documenten dan vplan: {kale} tegen {snelle}")
    tijden: dict[str, list[tuple[float, float]]] = {"kaal": [], "snel": []}
    for begin in range(0, len(plannen), blok):
        reeks = plannen[begin:begin + blok]
        tijden["kaal"].append(klok(lambda r=reeks: [kaal_docxtpl(p) for p in r], len(reeks)))
        tijden["snel"].append(klok(lambda r=reeks: [snel.maak_documenten(p, sjablonen) for p in r],
                                   len(reeks)))
    print(f"Per kern, alle documenten in het geheugen, {len(plannen)} dossiers in blokken van {blok} "
          f"({len(snelle)} documenten per dossier, kaal docxtpl dezelfde {len(kale)}):")
    for naam, uitleg in (("kaal", "kaal docxtpl"), ("snel", "snelle weg  ")):
        print(f"  {uitleg}: mediaan {statistics.median(c for c, _ in tijden[naam]) * 1000:6.1f} ms CPU, "
              f"{statistics.median(w for _, w in tijden[naam]) * 1000:6.1f} ms wandklok per dossier")
    paren = list(zip(tijden["kaal"], tijden["snel"], strict=True))
    print(samenvatting("snelle weg / kaal docxtpl, CPU", [k[0] / s[0] for k, s in paren]))
    print(samenvatting("snelle weg / kaal docxtpl, wandklok", [k[1] / s[1] for k, s in paren]))


def klok(stap: Callable[[], object], aantal: int) -> tuple[float, float]:
    """CPU seconds of this process and wall seconds of `stap`, each per item of `aantal`."""
    cpu, wand = time.process_time(), time.perf_counter()
    stap()
    return (time.process_time() - cpu) / aantal, (time.perf_counter() - wand) / aantal


class Werkers:
    """CPU seconds per worker process of a pool, read from /proc while it runs (Linux only).

    A worker's CPU is only counted in RUSAGE_CHILDREN when it ends, summed with every other; this
    keeps each one apart, so the benchmark can show how evenly the work was spread.
    """

    def __init__(self) -> None:
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._draad = threading.Thread(target=self._lees, daemon=True)

    def __enter__(self) -> Werkers:
        self._draad.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._draad.join()

    def _lees(self) -> None:
        tik = os.sysconf("SC_CLK_TCK")
        while not self._stop.wait(0.05):
            for kind in _kinderen(os.getpid()):
                try:
                    velden = Path(f"/proc/{kind}/stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                self.cpu[kind] = (int(velden[11]) + int(velden[12])) / tik


def _kinderen(pid: int) -> list[int]:
    kinderen = []
    for taak in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError):
            kinderen.extend(int(k) for k in (taak / "children").read_text().split())
    return kinderen


def cpu_zelf() -> float:
    gebruik = resource.getrusage(resource.RUSAGE_SELF)
    return gebruik.ru_utime + gebruik.ru_stime


def processen(werkmap: Path, uitvoer: Path, aantal: int, rondes: int) -> None:
    """Whole re-render (read plan, render, fsync'ed atomic write): dossiers per second, 1 vs 2 processes.

    Besides wall time, the CPU of the parent and of each worker: on a machine where other work
    runs the wall ratio says little, but the CPU figures show whether running in two processes
    adds work (sum of CPU against one process) or spreads it unevenly (the busiest worker).
    """
    taken = [Taak(werkmap, k, uitvoer, standaard_sjablonen()) for k in Werkmap(werkmap).kenmerken()[:aantal]]
    een, twee, verhoudingen, extra, grens = [], [], [], [], []
    for _ in range(rondes):
        cpu_begin = cpu_zelf()
        t1 = duur(lambda: opnieuw(taken, 1, None, lambda _: None))
        cpu_een = cpu_zelf() - cpu_begin
        cpu_begin = cpu_zelf()
        with Werkers() as werkers:
            t2 = duur(lambda: opnieuw(taken, 2, None, lambda _: None))
        ouder = cpu_zelf() - cpu_begin
        een.append(len(taken) / t1)
        twee.append(len(taken) / t2)
        verhoudingen.append(t1 / t2)
        extra.append((sum(werkers.cpu.values()) + ouder) / cpu_een)
        grens.append(cpu_een / max([*werkers.cpu.values(), ouder]))
        verdeling = ", ".join(f"{c:.1f}" for c in sorted(werkers.cpu.values(), reverse=True))
        print(f"  ronde: 1 proces {t1:5.1f} s wand, {cpu_een:5.1f} s CPU | 2 processen {t2:5.1f} s wand, "
              f"CPU ouder {ouder:4.1f} s, werkers {verdeling} s | belasting {os.getloadavg()[0]:.1f}")
    print(f"Heel opnieuw maken (plan lezen, renderen, atomisch wegschrijven), {len(taken)} dossiers, "
          f"{rondes} rondes, {os.cpu_count()} kernen op deze machine:")
    print(f"  1 proces  : mediaan {statistics.median(een):6.1f} dossiers/s")
    print(f"  2 processen: mediaan {statistics.median(twee):6.1f} dossiers/s")
    print(samenvatting("2 processen / 1 proces (wandtijd; doel ≥ 1.8×)", verhoudingen))
    print(samenvatting("CPU van 2 processen samen / 1 proces (extra werk)", extra))
    print(samenvatting("grens met twee vrije kernen (CPU 1 proces / drukste proces)", grens))


def geheugen(werkmappen: list[tuple[int, Path]], uitvoer: Path) -> None:
    """Peak memory (VmHWM) of `vplan opnieuw --alle --processen 1` per werkmap size.

    Not ru_maxrss: Linux carries that over from the forking parent, this benchmark, through exec.
    One dossier is rendered first, so every size meets the same (warm) template cache: a cold cache
    compiles the templates in-process and adds about 10 MB to whichever run comes first.
    """
    print("Piekgeheugen van vplan opnieuw --alle --processen 1 (sjablooncache warm):")
    _, kleinste = werkmappen[0]
    subprocess.run([*VPLAN, "opnieuw", Werkmap(kleinste).kenmerken()[0], "--processen", "1",
                    "--werkmap", str(kleinste), "--uitvoer", str(uitvoer / "opwarmen")],
                   capture_output=True, check=True)
    pieken = []
    for aantal, werkmap in werkmappen:
        code = (
            "from interview.cli import main; "
            f"main(['opnieuw', '--alle', '--processen', '1', '--werkmap', {str(werkmap)!r}, "
            f"'--uitvoer', {str(uitvoer / str(aantal))!r}]); "
            "print(next(r.split()[1] for r in open('/proc/self/status') if r.startswith('VmHWM')))"
        )
        begin = time.perf_counter()
        uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        seconden = time.perf_counter() - begin
        piek = int(uit.strip().splitlines()[-1]) / 1024
        pieken.append(piek)
        print(f"  {aantal:6d} dossiers: {piek:6.1f} MB piek, {seconden:6.1f} s, "
              f"{aantal / seconden:5.1f} dossiers/s")
    print(f"  verschil grootste / kleinste: {(max(pieken) / min(pieken) - 1) * 100:+.1f}%")


def niets_te_doen(werkmap: Path, uitvoer: Path) -> None:
    """`vplan opnieuw --verouderd` when every dossier is current: only .vplan.json is read."""
    hashes = sjabloonidentiteiten(standaard_sjablonen(), SOORTEN).hashes()
    for kenmerk in Werkmap(werkmap).kenmerken():
        versiemap = uitvoer / kenmerk / "v1"
        versiemap.mkdir(parents=True, exist_ok=True)
        (versiemap / METADATA).write_text(json.dumps({
            "schema_versie": 1, "kenmerk": kenmerk, "planversie": 1,
            "documenten": {s: {"bestand": bestandsnaam(s, kenmerk, 1), "sjabloon_hash": hashes[s]}
                           for s in PLANNEN},
        }))
    tijden = []
    for _ in range(3):
        begin = time.perf_counter()
        uit = subprocess.run([*VPLAN, "opnieuw", "--verouderd", "--werkmap", str(werkmap), "--uitvoer",
                              str(uitvoer)], capture_output=True, text=True, check=True).stdout
        tijden.append(time.perf_counter() - begin)
    print(f"vplan opnieuw --verouderd, niets te doen: mediaan {statistics.median(tijden):.2f} s "
          f"(min {min(tijden):.2f}, max {max(tijden):.2f}); {uit.strip()}")




def main() -> None:
    opties = argparse.ArgumentParser(description=__doc__)
    opties.add_argument("--klein", action="store_true")
    opties.add_argument("--groot", action="store_true")
    args = opties.parse_args()
    kern, blok, schaal, rondes, geheugen_maten, noop = (
        (4, 2, 4, 1, (4, 8), 20) if args.klein else
        (1000, 10, 200, 3, (1000, 5000), 5000) if args.groot else
        (80, 4, 100, 3, (200, 1000), 5000)  # 20 pairs: docxtpl takes ~1.5 s per dossier of 25 documents
    )
    with tempfile.TemporaryDirectory() as map_:
        werk = Path(map_)
        grootste = max(kern, *geheugen_maten, noop)
        begin = time.perf_counter()
        maak_werkmap(werk / "w", grootste)
        print(f"Gegenereerde werkmap: {grootste} dossiers in {time.perf_counter() - begin:.0f} s")
        store = Werkmap(werk / "w")
        plannen = [store.lees_plan(k) for k in store.kenmerken()[:kern]]
        per_kern(plannen, blok)
        processen(werk / "w", werk / "uit-schaal", schaal, rondes)
        deel = []
        for aantal in geheugen_maten:
            kopie = werk / f"w{aantal}"
            kopie.mkdir()
            for kenmerk in store.kenmerken()[:aantal]:
                os.symlink(werk / "w" / kenmerk, kopie / kenmerk)
            deel.append((aantal, kopie))
        geheugen(deel, werk / "uit-geheugen")
        niets_te_doen(werk / "w", werk / "uit-noop")


if __name__ == "__main__":
    main()
