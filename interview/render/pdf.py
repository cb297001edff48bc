"""Word documents to PDF through LibreOffice headless: the one module that starts it."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from interview.fouten import VplanFout

WACHTTIJD = 300


def naar_pdf(documenten: list[Path], map_: Path) -> list[Path]:
    """A PDF beside each of `documenten`, written into `map_`; VplanFout when LibreOffice fails."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise VplanFout("LibreOffice is niet gevonden; installeer het (libreoffice-writer) voor --pdf.")
    # An own profile, so an Office the user has open does not block the conversion.
    with tempfile.TemporaryDirectory(prefix="vplan-lo-") as profiel:
        try:
            resultaat = subprocess.run(
                [soffice, f"-env:UserInstallation=file://{profiel}", "--headless", "--convert-to", "pdf",
                 "--outdir", str(map_), *map(str, documenten)],
                capture_output=True, text=True, timeout=WACHTTIJD, check=False,
            )
        except subprocess.TimeoutExpired as fout:
            raise VplanFout(f"LibreOffice maakte de PDF niet binnen {WACHTTIJD} seconden.") from fout
    pdfs = [map_ / document.with_suffix(".pdf").name for document in documenten]
    if resultaat.returncode != 0 or not all(pdf.exists() for pdf in pdfs):
        raise VplanFout("LibreOffice kon geen PDF maken van de documenten.")
    return pdfs
