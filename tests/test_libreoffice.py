"""LibreOffice, a real and independent reader, opens every document without complaint."""

from __future__ import annotations

import shutil
from pathlib import Path

from interview.model import Plan
from interview.versieset import render_documenten
from tests.helpers import controleer_met_libreoffice


def test_libreoffice_converts_both_documents_to_pdf(voorbeeld_plan: Plan, tmp_path: Path) -> None:
    documenten = render_documenten(voorbeeld_plan, tmp_path / "uit")
    teksten = controleer_met_libreoffice(documenten, tmp_path)
    if shutil.which("pdftotext"):
        # The family's and the children's versions and the letters (to anyone on the list) name no
        # dossier code, only version and date.
        assert all("VP-2026-0042" in tekst for pad, tekst in teksten.items()
                   if not pad.name.startswith(("gezinsversie", "kinderversie", "brief")))
        assert all("versie 1" in tekst for tekst in teksten.values())
