"""A PDF beside each .docx, made by LibreOffice: one start for a whole batch, one profile per process.

LibreOffice takes about a second to start and then converts a document in a tenth to a fifth of
that, so documents are converted many at a time (`soffice --convert-to pdf a.docx b.docx …`, a
whole batch of dossiers per call), never one start per document, and each from a slim copy
(pdfkopie). Each process has its own LibreOffice profile: two soffice instances on one profile
wait for each other or fail. A listener kept running (the `unoserver` package) was measured out:
it needs LibreOffice's Python module `uno` (python3-uno), which a venv does not see, and would
save only the one start per batch, under 1% of a batch of 200 documents (benchmarks/bench_pdf.py).
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from interview.fouten import VplanFout
from interview.render.pdfkopie import slanke_kopie
from interview.systeem import libreoffice

PDF = "pdf:writer_pdf_Export"
PDF_A2 = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'
"""PDF/A-2b, for dossier archives (LibreOffice 7.4 and newer read filter options as JSON)."""
INSTALLEREN = (
    "LibreOffice is niet gevonden; dat is nodig voor --pdf. Installeer het met "
    "'sudo apt-get install libreoffice-writer-nogui' (Debian/Ubuntu) of van "
    "https://www.libreoffice.org, en probeer het opnieuw."
)


class GeenLibreOffice(VplanFout):
    """--pdf was asked but LibreOffice is not installed (or not on the PATH)."""


class PdfFout(VplanFout):
    """LibreOffice ran but did not make a PDF."""


def soffice() -> str:
    """The LibreOffice program; GeenLibreOffice with how to install it when there is none."""
    gevonden = libreoffice()
    if gevonden is None:
        raise GeenLibreOffice(INSTALLEREN)
    return gevonden


@dataclass(frozen=True)
class Omzetting:
    """What one LibreOffice call made: `naam.pdf` -> content, and the documents it could not convert."""

    pdfs: dict[str, bytes] = field(default_factory=dict)
    mislukt: dict[str, str] = field(default_factory=dict)
    """`naam.docx` -> one Dutch line on why it has no PDF."""


def naar_pdf(
    documenten: Mapping[str, bytes], pdf_a: bool = False, profielen: Path | None = None
) -> dict[str, bytes]:
    """`naam.docx` -> content of `naam.pdf` for every document; PdfFout when one was not converted."""
    omzetting = omzetten(documenten, pdf_a, profielen)
    for fout in omzetting.mislukt.values():
        raise PdfFout(fout)
    return omzetting.pdfs


def omzetten(
    documenten: Mapping[str, bytes], pdf_a: bool = False, profielen: Path | None = None
) -> Omzetting:
    """Convert every document of `documenten` (`naam.docx` -> content) in one LibreOffice call.

    A document LibreOffice cannot read is listed in `mislukt` and the others are still converted
    (when LibreOffice fails as a whole, every document is); PdfFout when it does not finish in
    time. `profielen` is a folder that holds each process's
    LibreOffice profile and that the caller removes when the batch is done (worker processes end
    without running atexit); None: a profile of this process's own in the temporary folder,
    removed when it ends. LibreOffice gets a slim copy of each document (pdfkopie), written to a
    private temporary folder (they hold personal data) that is removed afterwards, also on failure.
    """
    if not documenten:
        return Omzetting()
    programma = soffice()
    with tempfile.TemporaryDirectory(prefix="vplan-pdf-") as map_:
        werk = Path(map_)
        invoer = []
        for nummer, inhoud in enumerate(documenten.values()):
            pad = werk / f"{nummer}.docx"
            pad.write_bytes(slanke_kopie(inhoud))
            invoer.append(str(pad))
        afsluitcode = _draai(
            [programma, f"-env:UserInstallation={_profiel(profielen, os.getpid()).as_uri()}",
             "--headless", "--norestore", "--convert-to", PDF_A2 if pdf_a else PDF,
             "--outdir", str(werk / "pdf"), *invoer],
            tijdslimiet=120 + 10 * len(invoer),
        )
        omzetting = Omzetting()
        for nummer, naam in enumerate(documenten):
            pdf = werk / "pdf" / f"{nummer}.pdf"
            if pdf.exists() and pdf.stat().st_size > 0:
                omzetting.pdfs[str(Path(naam).with_suffix(".pdf"))] = pdf.read_bytes()
            else:
                omzetting.mislukt[naam] = (f"LibreOffice kon {Path(naam).name} niet omzetten naar PDF "
                                           f"(afsluitcode {afsluitcode}).")
    return omzetting


def _draai(opdracht: list[str], tijdslimiet: float) -> int:
    """Run LibreOffice in a process group of its own and leave nothing of it behind; its exit code.

    `soffice` is a script that starts `oosplash`, which starts `soffice.bin`: killing only the
    first would leave the converter running (with personal data open) after Ctrl-C or a time-out,
    so on any interruption the whole group is killed before the exception goes on.
    """
    proces = subprocess.Popen(opdracht, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        return proces.wait(timeout=tijdslimiet)
    except subprocess.TimeoutExpired:
        raise PdfFout(f"LibreOffice was na {tijdslimiet:.0f} seconden nog niet klaar met omzetten "
                      "naar PDF en is gestopt.") from None
    finally:
        if proces.returncode is None:  # interrupted: the group is still ours (its leader is not reaped)
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proces.pid, signal.SIGKILL)
            proces.wait()


@functools.cache
def _profiel(profielen: Path | None, proces: int) -> Path:
    """The LibreOffice profile of process `proces` (a forked process must not reuse its parent's)."""
    if profielen is not None:
        return profielen / str(proces)
    map_ = Path(tempfile.mkdtemp(prefix=f"vplan-libreoffice-{proces}-"))
    atexit.register(shutil.rmtree, map_, True)
    return map_
