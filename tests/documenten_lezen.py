"""Reads rendered Word documents back, as an independent reader of what we wrote."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def tekst_van(pad: Path) -> str:
    """All text of the body, tables included, whitespace folded to single spaces."""
    document = Document(str(pad))
    stukken = [t.text or "" for t in document.element.body.iter(qn("w:t"))]
    return normaliseer(" ".join(stukken))


def normaliseer(tekst: str) -> str:
    return re.sub(r"\s+", " ", tekst).strip()


def bladwijzers(pad: Path) -> set[str]:
    document = Document(str(pad))
    return {b.get(qn("w:name")) for b in document.element.body.iter(qn("w:bookmarkStart"))}


def interne_links(pad: Path) -> list[str]:
    document = Document(str(pad))
    return [
        link.get(qn("w:anchor"))
        for link in document.element.body.iter(qn("w:hyperlink"))
        if link.get(qn("w:anchor"))
    ]


def externe_links(pad: Path) -> list[str]:
    """Targets of hyperlinks that point outside the document (to the sibling plan)."""
    document = Document(str(pad))
    relaties = document.part.rels
    return [
        relaties[link.get(qn("r:id"))].target_ref
        for link in document.element.body.iter(qn("w:hyperlink"))
        if link.get(qn("r:id"))
    ]


def kop_en_voet_tekst(pad: Path) -> str:
    document = Document(str(pad))
    delen = []
    for sectie in document.sections:
        for deel in (sectie.header, sectie.footer, sectie.first_page_header):
            delen += [t.text or "" for t in deel._element.iter(qn("w:t"))]
    return normaliseer(" ".join(delen))


def naar_pdf(documenten: list[Path], map_: Path) -> list[Path]:
    """Let LibreOffice, an independent reader, convert every document to PDF in one run; returns
    the PDFs. Fails the test when LibreOffice is missing or cannot open one of them."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is needed for this test: apt-get install libreoffice-writer-nogui"
    resultaat = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{map_ / 'profiel'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(map_ / "pdf"), *map(str, documenten)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert resultaat.returncode == 0, resultaat.stderr
    pdfs = [map_ / "pdf" / document.with_suffix(".pdf").name for document in documenten]
    for pdf in pdfs:
        assert pdf.exists() and pdf.stat().st_size > 10_000, resultaat.stdout + resultaat.stderr
    return pdfs
