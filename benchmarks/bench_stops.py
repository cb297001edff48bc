"""Keystroke benchmark (issue 19.6): how many stops a worker makes per command for the bundled
test family (the Visser family of tests/stappen/tafel), played in a pseudo-terminal against the
real prompts of `vplan`.

A stop is every place the worker presses a key to go on: a field accepted with Enter, a list
closed with Ctrl-D, the review closed with Enter (benchmarks/werker.py). The family's answers
per command are files, so a changed questionnaire only needs its file changed:
`vplan nieuw` tests/stappen/tafel/dossier.yaml, the five individual sessions the files named in
tests/stappen/test_aantal_vragen.py SESSIES, netwerkberaad tests/stappen/tafel/netwerkberaad.yaml
(as the stops test reads them); incident and
evaluatie benchmarks/gezin/*.yaml (answers by prompt path, as the journal keeps them; a list item
'lijst[2]?' true opens a card, an item not named ends the list with Ctrl-D).

It is a measurement, not a timed test: the figures depend on the questions, not on the machine.
Part 1 together (nieuw, the sessions and the netwerkberaad; the issue's goal ≤150) is reported too,
so that typing taken over at the table is seen where it went: into the sessions.
Run from the checkout: .venv/bin/python -m benchmarks.bench_stops [nieuw|gesprekken|command ...]
(BENCH_LOG=PREFIX writes what the worker saw per command; BENCH_SCHERM=1 shows the screen where a
stop did not come.)
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pexpect
import yaml

from benchmarks.werker import Stop, Werker
from interview.conduct import laad_vragenlijst
from interview.stappen.evaluatie import evaluatie
from interview.stappen.frame import Stapcontext
from interview.stappen.gesprek import individueel_gesprek
from interview.stappen.incident import incident
from interview.stappen.netwerkberaad import netwerkberaad
from interview.stappen.nieuw import nieuw_dossier
from interview.store import Werkmap
from tests.stappen.test_aantal_vragen import KENMERK, SESSIES, TAFEL, Tafel, vlak

GEZIN = Path(__file__).parent / "gezin"
WACHTTIJD = 60
Stap = Callable[[Stapcontext], object]


def antwoorden(lijsten: Sequence[str], bestand: Path) -> dict[str, Any]:
    """The family's answers by prompt path: nested per questionnaire (tafel), or already by path."""
    gegevens = yaml.safe_load(bestand.read_text(encoding="utf-8")) or {}
    if not lijsten:
        return {pad: _datum(waarde) for pad, waarde in gegevens.items()}
    paden: dict[str, Any] = {}
    for lijst in lijsten:
        paden |= vlak(laad_vragenlijst(lijst).vragen, gegevens)
    return paden


def _datum(waarde: Any) -> Any:
    """'vandaag' or 'vandaag+N' (days) as a date: an evaluation lies in the past, the next one ahead."""
    if not isinstance(waarde, str) or not waarde.startswith("vandaag"):
        return waarde
    dagen = int(waarde.removeprefix("vandaag") or 0)
    return (dt.date.today() + dt.timedelta(days=dagen)).isoformat()


def speel_stil(werkmap: Werkmap, tafel: Tafel, paden: dict[str, Any], stap: Stap) -> None:
    tafel.antwoorden = paden
    for lijst in (tafel.gevraagd, tafel.velden, tafel.getypt, tafel.meldingen):
        lijst.clear()
    stap(Stapcontext(werkmap, lambda: tafel, None, tafel.meld))


def _gesprek(naam: str) -> Stap:
    return lambda stap: individueel_gesprek(stap, KENMERK, naam)


Deel = tuple[str, str, Sequence[str], Sequence[str], Path, Stap]
"""One step measured: (the choice it belongs to, row name, vplan arguments, questionnaires, answers
file, the step at the prompter level)."""


def deel_een() -> list[Deel]:
    """Part 1 before the netwerkberaad: `vplan nieuw` and each individual session."""
    return [("nieuw", "nieuw", ["nieuw"], ["dossier"], TAFEL / "dossier.yaml", nieuw_dossier),
            *(("gesprekken", f"gesprek {naam}", ["gesprek", KENMERK, "--met", naam], [lijst], TAFEL / bestand,
               _gesprek(naam)) for _, naam, lijst, bestand in SESSIES)]


def gezin_voor_het_beraad(map_: Path) -> Werkmap:
    """The Visser family after `vplan nieuw` and its individual sessions (played, not measured)."""
    werkmap = Werkmap(map_)
    tafel = Tafel()
    for *_, lijsten, bestand, stap in deel_een():
        speel_stil(werkmap, tafel, antwoorden(lijsten, bestand), stap)
    return werkmap


def schrijf_op(werkmap: Werkmap, paden: dict[str, Any], stap: Stap) -> list[Stop]:
    """The stops of one command, played at the prompter level (this stores its result in `werkmap`)."""
    werker = Werker()
    speel_stil(werkmap, werker, paden, stap)
    return werker.stops


def speel_in_terminal(werkmap: Path, argumenten: Sequence[str], stops: list[Stop]) -> str:
    """Press the keys of each stop in a pseudo-terminal running `vplan ARGUMENTEN`; '' when vplan
    finished with exit code 0, else what went wrong."""
    omgeving = {**os.environ, "VPLAN_DEBUG": "", "COLUMNS": "160", "LINES": "60"}
    uitvoer = ["--uitvoer", str(werkmap.parent / "uit")] if argumenten[0] in OPDRACHTEN else []
    vplan = pexpect.spawn(sys.executable, ["-m", "interview", *argumenten, "--werkmap", str(werkmap),
                                           *uitvoer],
                          dimensions=(60, 160), encoding="utf-8", timeout=WACHTTIJD, env=omgeving)
    if os.environ.get("BENCH_LOG"):  # the whole screen output, to read what the worker saw
        naam = "-".join(argumenten[::2])
        vplan.logfile_read = open(f"{os.environ['BENCH_LOG']}-{naam}.log", "w", encoding="utf-8")  # noqa: SIM115
    for nummer, stop in enumerate(stops, 1):
        try:
            if stop.wacht:
                vplan.expect_exact(stop.wacht)
        except (pexpect.TIMEOUT, pexpect.EOF):
            scherm = str(vplan.before)[-1500:]
            vplan.close(force=True)
            if os.environ.get("BENCH_SCHERM"):
                print(scherm, *stops[max(0, nummer - 6):nummer], sep="\n")
            return f"stop {nummer}: '{stop.wacht}' kwam niet op het scherm"
        vplan.send(stop.toetsen)
    vplan.expect(pexpect.EOF)
    vplan.close()
    return "" if vplan.exitstatus == 0 else f"vplan stopte met code {vplan.exitstatus}"


OPDRACHTEN: dict[str, tuple[Sequence[str], Path, Stap]] = {
    "netwerkberaad": (["eerder_plan", "netwerkberaad"], TAFEL / "netwerkberaad.yaml",
                      lambda s: netwerkberaad(s, KENMERK, lambda overzicht: None)),
    "incident": ([], GEZIN / "incident.yaml", lambda s: incident(s, KENMERK)),
    "evaluatie": ([], GEZIN / "evaluatie.yaml", lambda s: evaluatie(s, KENMERK)),
}
"""Per command: the questionnaires its nested answers file is read with, the file, the step."""


DEEL_EEN = ("nieuw", "gesprekken")
"""The choices that measure part 1 before the netwerkberaad: `vplan nieuw`, and every session."""


def _stappen() -> list[Deel]:
    """Every step in order, part 1 first."""
    return [*deel_een(), *((opdracht, opdracht, [opdracht, KENMERK], lijsten, bestand, stap)
                      for opdracht, (lijsten, bestand, stap) in OPDRACHTEN.items())]


def meet(gekozen: Sequence[str]) -> list[tuple[str, int, int, str]]:
    """(row, stops, typed, '' or what went wrong in the terminal) for each step of the chosen
    commands, in the order above; each step starts from the werkmap the one before it left."""
    rijen = []
    stappen = _stappen()
    laatste = max(nummer for nummer, (keuze, *_) in enumerate(stappen) if keuze in gekozen)
    with tempfile.TemporaryDirectory() as tijdelijk:
        basis = Path(tijdelijk)
        werkmap = Werkmap(basis / "werkmap")
        for nummer, (keuze, naam, argumenten, lijsten, bestand, stap) in enumerate(stappen[:laatste + 1]):
            voor = basis / f"voor-{nummer}" / "werkmap"
            if werkmap.pad.exists():
                shutil.copytree(werkmap.pad, voor)
            stops = schrijf_op(werkmap, antwoorden(lijsten, bestand), stap)
            if keuze not in gekozen:
                continue
            fout = speel_in_terminal(voor, argumenten, stops)
            rijen.append((naam, len(stops), sum(stop.getypt for stop in stops), fout))
    return rijen


def main(argumenten: Sequence[str]) -> int:
    gekozen = list(argumenten) or [*DEEL_EEN, *OPDRACHTEN]
    print("Stops per opdracht voor het testgezin Visser (toetsen in een pseudo-terminal):")
    print(f"{'opdracht':<24}{'stops':>7}{'getypt':>8}  terminal")
    rijen = meet(gekozen)
    for naam, stops, getypt, fout in rijen:
        print(f"{naam:<24}{stops:>7}{getypt:>8}  {fout or 'gespeeld tot het eind'}")
    deel = [rij for rij in rijen if rij[0] in ("nieuw", "netwerkberaad") or rij[0].startswith("gesprek ")]
    if {"nieuw", "gesprekken", "netwerkberaad"} <= set(gekozen):
        print(f"{'deel 1 samen':<24}{sum(r[1] for r in deel):>7}{sum(r[2] for r in deel):>8}"
              "  nieuw, de gesprekken en het netwerkberaad")
    return 1 if any(rij[3] for rij in rijen) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
