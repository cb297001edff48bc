"""LibreOffice headless as the independent reader: every document we write must open in it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def controleer_met_libreoffice(documenten: list[Path], werkmap: Path) -> dict[Path, str]:
    """Convert each document to PDF with LibreOffice; return the text of each PDF ('' without pdftotext).

    Fails the test when LibreOffice is missing, refuses a document, or makes an empty PDF.
    """
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is needed for this test: apt-get install libreoffice-writer-nogui"
    pdf_map = werkmap / "pdf"
    resultaat = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{werkmap / 'profiel'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(pdf_map), *map(str, documenten)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert resultaat.returncode == 0, resultaat.stderr
    teksten = {}
    for document in documenten:
        pdf = pdf_map / document.with_suffix(".pdf").name
        assert pdf.exists() and pdf.stat().st_size > 10_000, resultaat.stdout + resultaat.stderr
        teksten[document] = _pdf_tekst(pdf)
    return teksten


def _pdf_tekst(pdf: Path) -> str:
    if not shutil.which("pdftotext"):
        return ""
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
