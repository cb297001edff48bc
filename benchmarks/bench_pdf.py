"""Benchmark: `--pdf` per document against one `soffice --convert-to pdf` start per document.

The baseline is the loop a user would write: `soffice --headless --convert-to pdf X.docx` for every
document, on a profile that exists already. Against it, vplan's way: one LibreOffice call for a
whole batch of dossiers (bulk.REEKS_MET_PDF dossiers, all their documents) from slim copies
(interview.render.pdfkopie); and, to show what each step gives, the same batch of whole documents.
Paired and alternated per round, so a busy moment hits all alike. Wall time and CPU time (of
LibreOffice, summed over its processes, and of vplan's own share) per document. On a machine where
other work runs, the CPU figures are the steadier ones: measured with /proc/PID/schedstat under a
load of 8 on 2 cores, 97% of LibreOffice's wall time beyond its CPU time went to waiting for a
free core, not sleeping, so on a quiet machine wall time comes close to CPU time. The load
average is printed with the figures.

Run: make bench   (or .venv/bin/python benchmarks/bench_pdf.py [--klein] [--rondes N])
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from werkmap_maken import maak_werkmap

from interview.bulk import REEKS_MET_PDF
from interview.render import pdf, pdfkopie, snel
from interview.store import Werkmap


def cpu() -> float:
    """CPU seconds of this process and of the child processes it has waited for."""
    return sum(gebruik.ru_utime + gebruik.ru_stime for gebruik in
               (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)))


def kosten(stap: Callable[[], object]) -> tuple[float, float]:
    """Wall seconds and CPU seconds of `stap`, LibreOffice and vplan's own share (slim copies) alike."""
    cpu_voor, begin = cpu(), time.perf_counter()
    stap()
    return time.perf_counter() - begin, cpu() - cpu_voor


def een_start_per_document(documenten: dict[str, bytes], profiel: Path, map_: Path) -> None:
    """The user's loop: one soffice start for each document."""
    for naam, inhoud in documenten.items():
        pad = map_ / naam.replace("/", "-")
        pad.write_bytes(inhoud)
        subprocess.run([pdf.soffice(), f"-env:UserInstallation={profiel.as_uri()}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(map_ / "pdf"), str(pad)],
                       capture_output=True, check=True)


def documenten_van(werkmap: Werkmap, kenmerken: list[str]) -> dict[str, bytes]:
    return {f"{k}/{d.bestandsnaam}": d.inhoud for k in kenmerken
            for d in snel.maak_documenten(werkmap.lees_plan(k))}


def regel(naam: str, per_document: Kosten) -> str:
    wand = statistics.median(w for w, _ in per_document) * 1000
    cpu = statistics.median(c for _, c in per_document) * 1000
    return f"  {naam:<44}: {wand:6.0f} ms wand, {cpu:6.0f} ms CPU per document (mediaan)"


Kosten = list[tuple[float, float]]
"""Wall and CPU seconds per document, one pair per round."""


def verhouding(naam: str, teller: Kosten, noemer: Kosten, cpu: bool) -> str:
    """Median, min and max of teller/noemer over the rounds, of CPU time or else wall time."""
    paren = [t[cpu] / n[cpu] for t, n in zip(teller, noemer, strict=True)]
    return (f"  {naam:<44}: mediaan {statistics.median(paren):4.1f}×, min {min(paren):4.1f}×, "
            f"max {max(paren):4.1f}×  ({len(paren)} rondes)")


def main() -> None:
    opties = argparse.ArgumentParser(description=__doc__)
    opties.add_argument("--klein", action="store_true", help="2 dossiers per reeks, 1 ronde")
    opties.add_argument("--rondes", type=int, default=3)
    args = opties.parse_args()
    try:
        pdf.soffice()
    except pdf.GeenLibreOffice:
        print("PDF: LibreOffice niet gevonden, overgeslagen")
        return
    reeks, los, rondes = (2, 1, 1) if args.klein else (REEKS_MET_PDF, 2, args.rondes)
    with tempfile.TemporaryDirectory() as map_:
        werk = Path(map_)
        werkmap = maak_werkmap(werk / "w", reeks)
        kenmerken = werkmap.kenmerken()
        batch = documenten_van(werkmap, kenmerken)
        enkel = documenten_van(werkmap, kenmerken[:los])
        profiel = werk / "profiel"
        een_start_per_document(dict(list(enkel.items())[:1]), profiel, werk)  # the profile, made once
        pdf.naar_pdf(dict(list(batch.items())[:1]), profielen=werk / "profielen")
        heel_kopie = pdfkopie.slanke_kopie
        per_start: Kosten = []
        heel: Kosten = []
        slank: Kosten = []
        for _ in range(rondes):
            wand, cpu = kosten(lambda: een_start_per_document(enkel, profiel, werk))
            per_start.append((wand / len(enkel), cpu / len(enkel)))
            pdf.slanke_kopie = lambda inhoud: inhoud  # type: ignore[assignment]
            wand, cpu = kosten(lambda: pdf.naar_pdf(batch, profielen=werk / "profielen"))
            heel.append((wand / len(batch), cpu / len(batch)))
            pdf.slanke_kopie = heel_kopie
            wand, cpu = kosten(lambda: pdf.naar_pdf(batch, profielen=werk / "profielen"))
            slank.append((wand / len(batch), cpu / len(batch)))
    print(f"PDF per document; {len(enkel)} documenten los, reeksen van {len(batch)} documenten "
          f"({reeks} dossiers); belasting {os.getloadavg()[0]:.1f} op {os.cpu_count()} kernen:")
    print(regel("één soffice-start per document", per_start))
    print(regel("één aanroep per reeks, hele documenten", heel))
    print(regel("één aanroep per reeks, slanke kopieën (vplan)", slank))
    print(verhouding("vplan / één start per document, wandtijd (doel ≥ 6×)", per_start, slank, cpu=False))
    print(verhouding("vplan / één start per document, CPU-tijd", per_start, slank, cpu=True))
    print(verhouding("slanke kopieën / hele documenten, CPU-tijd", heel, slank, cpu=True))


if __name__ == "__main__":
    main()
