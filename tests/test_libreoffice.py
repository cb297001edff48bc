"""LibreOffice, a real and independent reader, opens both documents without complaint."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from interview.model import Plan
from interview.render import render_documenten


def test_libreoffice_converts_both_documents_to_pdf(voorbeeld_plan: Plan, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is needed for this test: apt-get install libreoffice-writer-nogui"
    documenten = render_documenten(voorbeeld_plan, tmp_path / "uit")
    profiel = tmp_path / "profiel"
    resultaat = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profiel}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), *map(str, documenten)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert resultaat.returncode == 0, resultaat.stderr
    for document in documenten:
        pdf = tmp_path / "pdf" / document.with_suffix(".pdf").name
        assert pdf.exists() and pdf.stat().st_size > 10_000, resultaat.stdout + resultaat.stderr
        if shutil.which("pdftotext"):
            tekst = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout
            assert "VP-2026-0042" in tekst
