"""Benchmark: one `vplan documenten KENMERK` as a user starts it, a fresh process each time.

Three ways, alternated run by run so a busy moment of the machine hits each alike:
  cache warm    `vplan documenten` with the prepared templates in the user's cache folder
  cache leeg    `vplan documenten` with an empty cache folder (the first run after a new template)
  normale weg   a fresh process that renders the same dossier the way `vplan documenten` did before
                issue 11: the normal docxtpl path for every document, no cache
Wall time and CPU time (user + system of the child) per run, median, min and max; the ratios are
taken per round against the normale weg of that round. Python's bytecode is compiled once before
the rounds, into a folder of the benchmark's own, as an installed vplan has it.

Then where a warm run's time goes, CPU and wall (issue 22.3): the same steps as the command, each
timed in fresh processes (median): Python's own start, the command line, each library as it is
first imported, the plan model, reading the plan, making the documents, writing them and exiting.

Run: make bench   (or .venv/bin/python benchmarks/bench_documenten.py [ROUNDS] [--warm])
     --warm: only the warm runs and the breakdown
"""

from __future__ import annotations

import json
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

STAPPEN = """
import time
gemeten = [("Python zelf (interpreter, site)", time.process_time(), time.time())]
def klaar(naam):
    gemeten.append((naam, time.process_time(), time.time()))
import gc, json, sys
from pathlib import Path
from interview.cli import _parser
from interview.cli import opties
argumenten = _parser().parse_args(sys.argv[1:])
klaar("opdrachtregel (argparse, alle opdrachten)")
gc.disable()  # as the command does (interview.cli.documentopdrachten)
import pydantic.main
klaar("pydantic")
import interview.model
klaar("planmodel (de klassen)")
import lxml.etree
klaar("lxml")
import jinja2.sandbox
klaar("jinja2")
import babel.dates
klaar("babel")
from interview.render import snel
from interview.stappen.documenten_maken import naast_het_plan
from interview.versieset import schrijf_versieset, uitvoerslot
klaar("vplan's eigen modules voor deze weg")
werkmap = opties.werkmap(argumenten)
plan = werkmap.lees_plan(argumenten.kenmerk)
klaar("plan lezen (met de controle van de looptijd)")
map_ = argumenten.uitvoer / plan.dossier.kenmerk
with uitvoerslot(map_, plan.dossier.kenmerk):
    documenten = snel.maak_documenten(plan, None, **naast_het_plan(werkmap, plan))
    klaar(f"{len(documenten)} documenten vullen (sjablonen uit de cache, zichten, Jinja, zip)")
    schrijf_versieset(plan, documenten, map_, werkmap)
    klaar("wegschrijven (atomisch, met fsync)")
print(json.dumps(gemeten))
from interview.cli import _eindig
_eindig(0)  # as interview.cli.main ends the process
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


def uitsplitsing(argumenten: list[str], omgeving: dict[str, str], rondes: int) -> list[str]:
    """Per step of a warm run, the median CPU and wall milliseconds over `rondes` fresh processes."""
    per_stap: dict[str, list[tuple[float, float]]] = {}
    for _ in range(rondes):
        voor = resource.getrusage(resource.RUSAGE_CHILDREN)
        begin = time.time()
        uit = subprocess.run([sys.executable, "-c", STAPPEN, *argumenten], env=omgeving, capture_output=True,
                             text=True, check=True).stdout
        einde = time.time()
        na = resource.getrusage(resource.RUSAGE_CHILDREN)
        vorige = (0.0, begin)
        heel = (na.ru_utime + na.ru_stime) - (voor.ru_utime + voor.ru_stime)
        for naam, cpu, wand in [*json.loads(uit), ["afsluiten (het proces stopt)", heel, einde]]:
            per_stap.setdefault(naam, []).append(((cpu - vorige[0]) * 1000, (wand - vorige[1]) * 1000))
            vorige = (cpu, wand)
    per_stap["samen"] = [(sum(tijden[ronde][0] for tijden in per_stap.values()),
                          sum(tijden[ronde][1] for tijden in per_stap.values())) for ronde in range(rondes)]
    return [f"  {'':<62} {'CPU':>8} {'wandklok':>9}"] + [
        f"  {naam:<62} {statistics.median(c for c, _ in tijden):5.0f} ms "
        f"{statistics.median(w for _, w in tijden):6.0f} ms" for naam, tijden in per_stap.items()]


def main(rondes: int, alleen_warm: bool) -> None:
    with tempfile.TemporaryDirectory() as map_:
        werk = Path(map_)
        maak_werkmap(werk / "w", 1)
        kenmerk = "VP-2026-00000"
        argumenten = ["documenten", kenmerk, "--werkmap", str(werk / "w"), "--uitvoer", str(werk / "uit")]
        vplan = [sys.executable, "-m", "interview", *argumenten]
        normaal = [sys.executable, "-c", NORMALE_WEG, str(werk / "w"), kenmerk, str(werk / "uit")]
        basis = {naam: waarde for naam, waarde in os.environ.items() if naam != "PYTHONDONTWRITEBYTECODE"}
        basis["PYTHONPYCACHEPREFIX"] = str(werk / "bytecode")
        warm = {**basis, "XDG_CACHE_HOME": str(werk / "cache")}
        looptijd(vplan, warm)  # compiles the bytecode, fills the cache and the OS's file cache
        looptijd(normaal, warm)
        aantal = sum(1 for _ in (werk / "uit").rglob("*.docx"))
        namen = ("cache warm",) if alleen_warm else ("cache warm", "cache leeg", "normale weg")
        metingen: dict[str, list[tuple[float, float]]] = {naam: [] for naam in namen}
        for ronde in range(rondes):
            leeg = {**basis, "XDG_CACHE_HOME": str(werk / f"leeg-{ronde}")}
            metingen["cache warm"].append(looptijd(vplan, warm))
            if not alleen_warm:
                metingen["cache leeg"].append(looptijd(vplan, leeg))
                metingen["normale weg"].append(looptijd(normaal, warm))
        stappen = uitsplitsing(argumenten, warm, rondes)
    print(f"Eén vplan documenten van het voorbeelddossier ({aantal} documenten; nieuw proces, {rondes} "
          f"rondes, afwisselend; belasting {os.getloadavg()[0]:.1f}):")
    for naam, reeks in metingen.items():
        print(regel(naam, reeks))
    if not alleen_warm:
        for naam in ("cache warm", "cache leeg"):
            print(verhouding(naam, metingen[naam], metingen["normale weg"]))
    print(f"Waar de tijd van een warme run heen gaat (mediaan van {rondes} aparte processen, in deze "
          "volgorde geladen; een bibliotheek telt wat er nog niet geladen was):")
    print("\n".join(stappen))


if __name__ == "__main__":
    getallen = [int(argument) for argument in sys.argv[1:] if argument.isdigit()]
    main(getallen[0] if getallen else 10, "--warm" in sys.argv[1:])
