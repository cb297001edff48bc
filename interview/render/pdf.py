"""A PDF beside each .docx, made by LibreOffice: one start for a whole batch, one profile per process.

LibreOffice takes about two seconds to start and then converts a plan in a fraction of that, so
documents are converted many at a time (`soffice --convert-to pdf a.docx b.docx …`), never one
start per document. Each process has its own LibreOffice profile: two soffice instances on one
profile wait for each other or fail. `unoserver` (a listener on PyPI) was considered: it saves the
start for every batch but needs LibreOffice's Python (python3-uno) and a port per process; one call
per batch already spends almost all time converting, see benchmarks/bench_pdf.py.
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path

from interview.fouten import VplanFout

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
    gevonden = shutil.which("soffice") or shutil.which("libreoffice")
    if gevonden is None:
        raise GeenLibreOffice(INSTALLEREN)
    return gevonden


def naar_pdf(
    documenten: Mapping[str, bytes], pdf_a: bool = False, profielen: Path | None = None
) -> dict[str, bytes]:
    """`naam.docx` -> content of `naam.pdf` for every document, converted in one LibreOffice call.

    `profielen` is a folder that holds each process's LibreOffice profile and that the caller
    removes when the batch is done (worker processes end without running atexit); None: a profile
    of this process's own in the temporary folder, removed when it ends. The documents are written
    to a private temporary folder (they hold personal data) that is removed afterwards, also on
    failure.
    """
    if not documenten:
        return {}
    programma = soffice()
    with tempfile.TemporaryDirectory(prefix="vplan-pdf-") as map_:
        werk = Path(map_)
        invoer = []
        for nummer, inhoud in enumerate(documenten.values()):
            pad = werk / f"{nummer}.docx"
            pad.write_bytes(inhoud)
            invoer.append(str(pad))
        resultaat = subprocess.run(
            [programma, f"-env:UserInstallation={_profiel(profielen, os.getpid()).as_uri()}",
             "--headless", "--norestore", "--convert-to", PDF_A2 if pdf_a else PDF,
             "--outdir", str(werk / "pdf"), *invoer],
            capture_output=True, check=False, timeout=120 + 10 * len(invoer),
        )
        uitkomst = {}
        for nummer, naam in enumerate(documenten):
            pdf = werk / "pdf" / f"{nummer}.pdf"
            if resultaat.returncode != 0 or not pdf.exists():
                raise PdfFout(f"LibreOffice kon {naam} niet omzetten naar PDF "
                              f"(afsluitcode {resultaat.returncode}).")
            uitkomst[str(Path(naam).with_suffix(".pdf"))] = pdf.read_bytes()
    return uitkomst


@functools.cache
def _profiel(profielen: Path | None, proces: int) -> Path:
    """The LibreOffice profile of process `proces` (a forked process must not reuse its parent's)."""
    if profielen is not None:
        return profielen / str(proces)
    map_ = Path(tempfile.mkdtemp(prefix=f"vplan-libreoffice-{proces}-"))
    atexit.register(shutil.rmtree, map_, True)
    return map_
