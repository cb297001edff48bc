"""Benchmark: checking both default templates with `vplan sjablonen controleer`.

The goal is under 1 second for the checks of the codes and fields (syntax layer through
docxtpl-lint, the model walk, the table-cell check); rendering with the three generated plans
is measured apart, since it renders six documents.

Run: make bench   (or .venv/bin/python benchmarks/bench_sjablonen.py [ROUNDS])
"""

from __future__ import annotations

import statistics
import sys
import time

from meten import meet

from interview.render.proefplannen import proefplannen
from interview.sjablonen.controle import controleer_map


def main(rondes: int) -> None:
    begin = time.perf_counter()
    eerste = controleer_map(None, proef=False)  # first run: imports, the view of the model, caches
    koud = time.perf_counter() - begin
    assert eerste.fouten == 0, [b.regel() for b in eerste.bevindingen]
    statisch = meet(lambda: controleer_map(None, proef=False), rondes)
    plannen = meet(proefplannen, max(1, rondes // 5))
    volledig = meet(lambda: controleer_map(None), max(1, rondes // 5))
    print(f"Beide standaardsjablonen controleren, {rondes} rondes (mediaan / slechtste):")
    print(f"  codes en velden (eerste keer, met imports): {koud * 1000:7.1f} ms")
    print(f"  codes en velden                           : {statistics.median(statisch) * 1000:7.1f} ms"
          f" / {max(statisch) * 1000:7.1f} ms")
    print(f"  proefplannen maken (3)                    : {statistics.median(plannen) * 1000:7.1f} ms")
    print(f"  alles, met vullen met 3 proefplannen      : {statistics.median(volledig) * 1000:7.1f} ms")
    print(f"  doel codes en velden < 1 s: {'gehaald' if statistics.median(statisch) < 1 else 'NIET gehaald'}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
