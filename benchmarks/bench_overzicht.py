"""`vplan overzicht` over a generated werkmap of N dossiers (default 5000): cold cache and warm.

The werkmap is written directly (no fsync, no vplan steps), from the bundled example plan under
N kenmerken: a tenth without a plan, evaluations overdue, a passed directe-veiligheid termijn,
signatures and receipts for half, five closed sessions and the netwerkberaad per plan, an open
session in every seventh, rendered-document metadata for most. Timed: the whole command as a user
starts it (`vplan overzicht --csv`, interpreter start included), the median of several runs each:

- **cold**: a new process with an empty cache folder ($XDG_CACHE_HOME): no overview cache and no cached
  template identities, so every dossier is read and every template normalised. The operating system's
  page cache is not emptied (that needs root and slows everyone else on a shared machine): the files
  were just written, as they are on a worker's laptop that has the werkmap open all day.
- **warm**: a new process with the cache the previous run left, nothing changed.

Python's bytecode is compiled first into a folder of the benchmark's own (PYTHONPYCACHEPREFIX), as an
installed vplan has it: otherwise each run would compile vplan's own modules again and time that.
Run: .venv/bin/python benchmarks/bench_overzicht.py [N]
"""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from interview.invoer import lees_plan

VOORBEELD = Path(__file__).resolve().parents[1] / "interview" / "example" / "voorbeeld.yaml"
KENMERK = "VP-2026-0042"
KOUDE_RONDES = 3
WARME_RONDES = 5
PAKKET = Path(__file__).resolve().parents[1] / "interview"


def main() -> None:
    aantal = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    with tempfile.TemporaryDirectory() as tijdelijk:
        basis = Path(tijdelijk)
        begonnen = time.perf_counter()
        maak_werkmap(basis, aantal)
        print(f"{aantal} dossiers gemaakt in {time.perf_counter() - begonnen:.1f} s")
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(PAKKET)], check=True,
                       env=_omgeving(basis, "cache"))
        koud = [overzicht(basis, aantal, f"koud-{ronde}") for ronde in range(KOUDE_RONDES)]
        warm = [overzicht(basis, aantal, f"koud-{KOUDE_RONDES - 1}") for _ in range(WARME_RONDES)]
        _toon(f"vplan overzicht --csv, {aantal} dossiers, koud (lege cachemap, nieuw proces)", koud)
        _toon(f"vplan overzicht --csv, {aantal} dossiers, warm (met cache, nieuw proces)", warm)
        print(f"({_kernen()} kernen; belasting {os.getloadavg()[0]:.1f}: op een gedeelde machine is de "
              "cpu-tijd de vastere maat)")


def _toon(wat: str, metingen: list[tuple[float, float]]) -> None:
    klok, cpu = [m[0] for m in metingen], [m[1] for m in metingen]
    print(f"{wat}: mediaan {statistics.median(klok):.2f} s (min {min(klok):.2f}, max {max(klok):.2f}; "
          f"cpu mediaan {statistics.median(cpu):.2f} s, de processen samen; {len(metingen)} keer)")


def _kernen() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _omgeving(basis: Path, cachemap: str) -> dict[str, str]:
    omgeving = {**os.environ, "XDG_CACHE_HOME": str(basis / cachemap),
                "PYTHONPYCACHEPREFIX": str(basis / "bytecode")}
    omgeving.pop("PYTHONDONTWRITEBYTECODE", None)
    return omgeving


def overzicht(basis: Path, aantal: int, cachemap: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system, its worker processes included) of one run with the
    cache folder `basis/cachemap`; on a shared machine the CPU time is the steadier figure, the wall
    clock the one a user waits for."""
    omgeving = _omgeving(basis, cachemap)
    voor = resource.getrusage(resource.RUSAGE_CHILDREN)
    begonnen = time.perf_counter()
    resultaat = subprocess.run(
        [sys.executable, "-m", "interview", "overzicht", "--csv", "--werkmap", str(basis / "werkmap"),
         "--uitvoer", str(basis / "output")], capture_output=True, text=True, env=omgeving, check=False)
    duur = time.perf_counter() - begonnen
    na = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (na.ru_utime - voor.ru_utime) + (na.ru_stime - voor.ru_stime)
    regels = resultaat.stdout.count("\n") - 1
    if resultaat.returncode != 0 or regels != aantal or ";onleesbaar;" in resultaat.stdout:
        raise SystemExit(f"overzicht faalde ({resultaat.returncode}, {regels} regels): {resultaat.stderr}")
    return duur, cpu


def maak_werkmap(basis: Path, aantal: int) -> None:
    plan = lees_plan(VOORBEELD)
    vandaag = dt.date.today()
    varianten = {
        "gewoon": _plan_json(plan.model_dump(mode="json"), vandaag, overdue=False, termijn=False),
        "te laat": _plan_json(plan.model_dump(mode="json"), vandaag, overdue=True, termijn=False),
        "termijn": _plan_json(plan.model_dump(mode="json"), vandaag, overdue=False, termijn=True),
    }
    dossier = json.dumps({"schema_versie": 2, "dossier": plan.dossier.model_dump(mode="json")},
                         ensure_ascii=False)
    handtekening = json.dumps({"schema_versie": 2, "versie": 1, "naam": "Ilse de Wit", "rol": "",
                               "oordeel": "akkoord", "reden": "", "datum": str(vandaag)})
    for nummer in range(aantal):
        kenmerk = f"VP-2026-{nummer:05d}"
        map_ = basis / "werkmap" / kenmerk
        (map_ / "sessies").mkdir(parents=True)
        (map_ / "dossier.json").write_text(dossier.replace(KENMERK, kenmerk), encoding="utf-8")
        for gesprek in range(1, 6):
            _journaal(map_ / "sessies" / f"gesprek-{gesprek:03d}.jsonl", "ouder", f"Persoon {gesprek}", True)
        if nummer % 7 == 0:
            _journaal(map_ / "sessies" / "gesprek-006.jsonl", "ouder", "Persoon 6", False)
        if nummer % 10 == 0:
            continue  # no plan yet
        soort = "te laat" if nummer % 10 == 1 else "termijn" if nummer % 10 == 2 else "gewoon"
        (map_ / "plannen").mkdir()
        (map_ / "plannen" / "plan-v1.json").write_text(varianten[soort].replace(KENMERK, kenmerk),
                                                       encoding="utf-8")
        _journaal(map_ / "sessies" / "netwerkberaad-001.jsonl", "netwerkberaad", "", True)
        if nummer % 2:
            (map_ / "vaststelling.jsonl").write_text(handtekening + "\n", encoding="utf-8")
        if nummer % 5:
            _metadata(basis / "output" / kenmerk / "v1", kenmerk)


def _plan_json(gegevens: dict[str, Any], vandaag: dt.date, overdue: bool, termijn: bool) -> str:
    gegevens["datum"] = str(vandaag - dt.timedelta(days=60))
    gegevens["evaluatie"]["volgende_datum"] = str(vandaag + dt.timedelta(days=-5 if overdue else 30))
    if termijn:
        gegevens["looptijd"]["directe_veiligheid_voor"] = str(vandaag - dt.timedelta(days=3))
    return json.dumps(gegevens, ensure_ascii=False, indent=2)


def _journaal(pad: Path, vragenlijst: str, persoon: str, afgerond: bool) -> None:
    regels = [{"schema_versie": 1, "soort": "begin", "vragenlijst": vragenlijst, "persoon": persoon,
               "tijd": "2026-11-02T09:00:00+01:00"}]
    regels += [{"soort": "antwoord", "pad": f"vraag{n}", "antwoord": "Een antwoord van een paar woorden.",
                "tijd": f"2026-11-02T09:{n + 1:02d}:00+01:00"} for n in range(20)]
    if afgerond:
        regels.append({"soort": "einde", "tijd": "2026-11-02T09:30:00+01:00"})
    pad.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in regels), encoding="utf-8")


def _metadata(map_: Path, kenmerk: str) -> None:
    map_.mkdir(parents=True)
    documenten = {soort: {"bestand": f"{soort}-{kenmerk}-v1.docx", "sjabloon_hash": "sha256:0"}
                  for soort in ("veiligheidsplan", "ondersteuningsplan")}
    (map_ / ".vplan.json").write_text(json.dumps({"schema_versie": 1, "kenmerk": kenmerk, "planversie": 1,
                                                 "documenten": documenten}), encoding="utf-8")


if __name__ == "__main__":
    main()
