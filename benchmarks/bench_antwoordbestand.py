"""Time `vplan netwerkberaad --antwoorden` for answers files with many afspraken.

One dossier with its five individual sessions (the fictional Meijer family of tests/antwoorden)
is made once; each size then runs the real command three times (the median counts), each in a
fresh copy of that werkmap, on the example netwerkberaad answers file with its afspraken
replaced by N generated ones. The time covers what the user waits for: start-up, reading the
file, the session journal, merging, storing plan version 1 and rendering both documents. Beside
the wall-clock time it shows the processor time the command used, which a busy machine disturbs
less.
Run: make bench   (or .venv/bin/python benchmarks/bench_antwoordbestand.py [N ...])
"""

from __future__ import annotations

import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from interview.stappen.frame import Stapcontext
from interview.stappen.gesprek import individueel_gesprek
from interview.stappen.nieuw import nieuw_dossier
from interview.store import Werkmap

ANTWOORDEN = Path(__file__).resolve().parents[1] / "tests" / "antwoorden"
KENMERK = "VP-2026-0101"
GESPREKKEN = [("Eva", "eva"), ("Mark", "mark"), ("Lisa", "lisa"), ("Joke", "joke"), ("Tom Bos", "tom")]
AANTALLEN = (50, 125, 250, 500)
RONDEN = 3
FASEN = ("directe veiligheid", "risicogestuurd", "herstelgericht")


def afspraak(nummer: int) -> dict[str, Any]:
    """A complete afspraak, every optional answer given, spread over both plans and all phases."""
    fase = FASEN[nummer % len(FASEN)]
    gegevens: dict[str, Any] = {
        "wat": f"Afspraak {nummer}: Mark haalt Lisa op bij oma Joke.", "wie": ["Mark", "Joke"],
        "wanneer": "elke zaterdag om 10.00 uur", "stappen": "Eva brengt Lisa.\nMark haalt Lisa.",
        "toelichting": "Zo zien Eva en Mark elkaar niet.", "controle_door": "Joke",
        "gevolg_bij_niet_nakomen": "Joke belt Anna.", "fase": fase, "dient": "Z1, B1, D1",
    }
    if fase != "directe veiligheid":
        gegevens["plaats"] = "veiligheidsplan" if nummer % 2 else "ondersteuningsplan"
        gegevens["dient"] = "Z1, B1, D1" if nummer % 2 else "Z1, O1"
    return gegevens


def antwoordbestand(map_: Path, aantal: int) -> Path:
    """The example netwerkberaad answers with `aantal` afspraken."""
    beraad = yaml.safe_load((ANTWOORDEN / "netwerkberaad.yaml").read_text(encoding="utf-8"))
    beraad["afspraken"] = [afspraak(nummer) for nummer in range(1, aantal + 1)]
    pad = map_ / f"netwerkberaad-{aantal}.yaml"
    pad.write_text(yaml.safe_dump(beraad, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return pad


def dossier_met_gesprekken(werkmap: Path) -> None:
    """The Meijer dossier and its five finished individual sessions."""
    opslag = Werkmap(werkmap)
    nieuw_dossier(Stapcontext(opslag, lambda: None, ANTWOORDEN / "dossier.yaml", lambda tekst: None))
    for naam, bestand in GESPREKKEN:
        individueel_gesprek(Stapcontext(opslag, lambda: None,
                                        ANTWOORDEN / f"{bestand}.yaml", lambda tekst: None),
                            KENMERK, naam)


def meet(map_: Path, basis: Path, bestand: Path, ronde: str) -> tuple[float, float]:
    """Seconds (wall clock, processor) for one `vplan netwerkberaad --antwoorden bestand`."""
    werkmap = map_ / f"werkmap-{ronde}"
    shutil.copytree(basis, werkmap)
    opdracht = [sys.executable, "-m", "interview", "netwerkberaad", KENMERK, "--antwoorden", str(bestand),
                "--werkmap", str(werkmap), "--uitvoer", str(map_ / f"uit-{ronde}")]
    processor, begin = _processortijd(), time.perf_counter()
    uitkomst = subprocess.run(opdracht, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    duur, processor = time.perf_counter() - begin, _processortijd() - processor
    if uitkomst.returncode != 0:
        raise SystemExit(f"netwerkberaad met {bestand.name} mislukte:\n{uitkomst.stdout}{uitkomst.stderr}")
    return duur, processor


def _processortijd() -> float:
    """User and system time of every finished child process so far."""
    kinderen = resource.getrusage(resource.RUSAGE_CHILDREN)
    return kinderen.ru_utime + kinderen.ru_stime


def main() -> None:
    aantallen = [int(argument) for argument in sys.argv[1:]] or list(AANTALLEN)
    with tempfile.TemporaryDirectory(prefix="vplan-bench-") as tijdelijk:
        map_ = Path(tijdelijk)
        dossier_met_gesprekken(map_ / "basis")
        for aantal in aantallen:
            bestand = antwoordbestand(map_, aantal)
            metingen = [meet(map_, map_ / "basis", bestand, f"{aantal}-{ronde}") for ronde in range(RONDEN)]
            print(f"netwerkberaad --antwoorden, {aantal:>4} afspraken:  mediaan "
                  f"{statistics.median(duur for duur, _ in metingen):6.2f} s  "
                  f"(processortijd {statistics.median(tijd for _, tijd in metingen):5.2f} s, {RONDEN} keer)")


if __name__ == "__main__":
    main()
