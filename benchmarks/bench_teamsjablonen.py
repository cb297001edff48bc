"""Benchmark: a team's own templates in `vplan opnieuw`, against the shipped ones (issue 22).

The team folder is what a team lead's first change leaves: the shipped templates with a logo in
every header and the empty footnotes and endnotes parts Word adds when it saves
(tests/wordsjablonen.py). Both folders re-render the same dossiers in one process (read the plan,
render, fsync'd atomic write), block by block and alternated, so a busy moment hits both alike;
the figure is the CPU of the team folder against the shipped one (goal ≤ 1.3×).

It also measures what `interview.render.snel.TRAGER` states: CPU per document of the normal path
against the fast path, for the shipped templates.

Run: make bench   (or .venv/bin/python benchmarks/bench_teamsjablonen.py [--klein])
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from werkmap_maken import VOORBEELD, maak_werkmap

from interview.bulk import Taak, opnieuw
from interview.invoer import lees_plan
from interview.render import documenten, snel
from interview.render.sjabloonmap import standaard_sjablonen
from interview.render.zicht import zicht_op
from interview.store import Werkmap
from tests.wordsjablonen import teammap


def cpu(taken: list[Taak]) -> float:
    """CPU seconds of this process per dossier for re-rendering `taken`."""
    begin = time.process_time()
    opnieuw(taken, 1, None, lambda _: None)
    return (time.process_time() - begin) / len(taken)


def teammap_tegen_meegeleverd(werk: Path, dossiers: int, blok: int) -> None:
    team = teammap(standaard_sjablonen(), werk / "team")
    for soort in documenten.SOORTEN:
        reden = snel.reden(team / f"{soort}.docx")
        print(f"  {soort}.docx: {'snelle weg' if reden is None else reden}")
    kenmerken = Werkmap(werk / "w").kenmerken()[:dossiers]
    paren = []
    for begin in range(0, len(kenmerken), blok):
        reeks = kenmerken[begin:begin + blok]
        meegeleverd = cpu([Taak(werk / "w", k, werk / "uit-m", standaard_sjablonen()) for k in reeks])
        eigen = cpu([Taak(werk / "w", k, werk / "uit-t", team) for k in reeks])
        if begin:  # the first block prepares the templates of both folders: left out
            paren.append((meegeleverd, eigen))
    verhoudingen = [e / m for m, e in paren]
    print(f"vplan opnieuw, 1 proces, {len(kenmerken)} dossiers in blokken van {blok}, CPU per dossier:")
    print(f"  meegeleverde sjablonen: mediaan {statistics.median(m for m, _ in paren) * 1000:6.1f} ms")
    print(f"  teammap (logo, noten) : mediaan {statistics.median(e for _, e in paren) * 1000:6.1f} ms")
    print(f"  teammap / meegeleverd : mediaan {statistics.median(verhoudingen):.2f}×, "
          f"min {min(verhoudingen):.2f}×, max {max(verhoudingen):.2f}×  (doel ≤ 1.3×, {len(paren)} paren)")


def normaal_tegen_snel(rondes: int) -> None:
    """CPU per document, normal path against fast path: the figure behind snel.TRAGER."""
    plan = lees_plan(VOORBEELD)
    zicht = zicht_op(plan)
    print(f"Normale weg tegen snelle weg, CPU per document, {rondes} paren:")
    for soort in documenten.PLANNEN:
        sjabloon = standaard_sjablonen() / f"{soort}.docx"
        klaar = snel.voorbereid(sjabloon)
        assert klaar is not None
        normaal, vlot = [], []
        for _ in range(rondes + 1):
            begin = time.process_time()
            snel.vul(klaar, soort, plan, zicht)
            vlot.append(time.process_time() - begin)
            begin = time.process_time()
            documenten.render_document(soort, plan, zicht, sjabloon)
            normaal.append(time.process_time() - begin)
        n, s = statistics.median(normaal[1:]), statistics.median(vlot[1:])
        print(f"  {soort}: mediaan normaal {n * 1000:6.1f} ms, snel {s * 1000:5.1f} ms, {n / s:.1f}× "
              f"(in de meldingen: {snel.TRAGER}×)")


def main() -> None:
    opties = argparse.ArgumentParser(description=__doc__)
    opties.add_argument("--klein", action="store_true", help="een paar dossiers (de rooktest)")
    args = opties.parse_args()
    dossiers, blok, rondes = (6, 2, 2) if args.klein else (120, 10, 40)
    with tempfile.TemporaryDirectory() as map_:
        werk = Path(map_)
        maak_werkmap(werk / "w", dossiers)
        teammap_tegen_meegeleverd(werk, dossiers, blok)
    normaal_tegen_snel(rondes)


if __name__ == "__main__":
    main()
