"""Templates as a team lead and Word leave them: a logo in the header, Word's footnotes and endnotes parts.

Used by the tests of the fast path (tests/render/test_snel.py) and by its benchmark
(benchmarks/bench_teamsjablonen.py), so both measure and check the same team folder.
"""

from __future__ import annotations

import base64
import io
import re
import shutil
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Cm

LOGO = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SCHEIDING = (
    '<w:{soort} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:{soort}>'
    '<w:{soort} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:{soort}>'
)
"""The separator notes Word writes into every footnotes and endnotes part, even with no note at all."""
PAKKET = "application/vnd.openxmlformats-officedocument.wordprocessingml"
RELATIE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def noten_xml(soort: str, noten: str = "") -> bytes:
    """footnotes.xml (`soort` footnote) or endnotes.xml (endnote) as Word writes it, with `noten` after
    the separators (each `<w:footnote w:id="1">…</w:footnote>`)."""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:{soort}s xmlns:w="{W}">'
            f"{SCHEIDING.format(soort=soort)}{noten}</w:{soort}s>").encode()


def met_logo(docx: bytes) -> bytes:
    """`docx` with a small picture at the top of the header of every section that has its own."""
    document = Document(io.BytesIO(docx))
    for nummer, sectie in enumerate(document.sections):
        kop = sectie.header
        if nummer and kop.is_linked_to_previous:
            continue
        alinea = kop.paragraphs[0].insert_paragraph_before() if kop.paragraphs else kop.add_paragraph()
        alinea.add_run().add_picture(io.BytesIO(LOGO), width=Cm(3))
    uit = io.BytesIO()
    document.save(uit)
    return uit.getvalue()


def met_noten(docx: bytes, voetnoten: str = "", eindnoten: str = "") -> bytes:
    """`docx` with the footnotes and endnotes parts Word adds when it saves (separators only, unless
    `voetnoten` or `eindnoten` hold notes)."""
    uit = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as bron, zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as doel:
        for naam in bron.namelist():
            inhoud = bron.read(naam)
            if naam == "[Content_Types].xml":
                inhoud = inhoud.replace(b"</Types>", (
                    f'<Override PartName="/word/footnotes.xml" ContentType="{PAKKET}.footnotes+xml"/>'
                    f'<Override PartName="/word/endnotes.xml" ContentType="{PAKKET}.endnotes+xml"/>'
                    "</Types>").encode())
            elif naam == "word/_rels/document.xml.rels":
                inhoud = inhoud.replace(b"</Relationships>", (
                    f'<Relationship Id="rIdVoetnoten" Type="{RELATIE}/footnotes" Target="footnotes.xml"/>'
                    f'<Relationship Id="rIdEindnoten" Type="{RELATIE}/endnotes" Target="endnotes.xml"/>'
                    "</Relationships>").encode())
            doel.writestr(naam, inhoud)
        doel.writestr("word/footnotes.xml", noten_xml("footnote", voetnoten))
        doel.writestr("word/endnotes.xml", noten_xml("endnote", eindnoten))
    return uit.getvalue()


def met_notenverwijzing(docx: bytes) -> bytes:
    """`docx` whose first paragraph ends in a reference to footnote 1 and endnote 1."""
    uit = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as bron, zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as doel:
        for naam in bron.namelist():
            inhoud = bron.read(naam)
            if naam == "word/document.xml":
                inhoud = re.sub(rb"</w:p>", b'<w:r><w:footnoteReference w:id="1"/></w:r>'
                                b'<w:r><w:endnoteReference w:id="1"/></w:r></w:p>', inhoud, count=1)
            doel.writestr(naam, inhoud)
    return uit.getvalue()


def teammap(meegeleverd: Path, doel: Path) -> Path:
    """A team folder at `doel`: each template of `meegeleverd` with a logo in its header and Word's
    footnotes and endnotes parts, as a team lead's first change leaves them."""
    doel.mkdir(parents=True, exist_ok=True)
    for sjabloon in sorted(meegeleverd.iterdir()):
        if sjabloon.suffix == ".docx":
            (doel / sjabloon.name).write_bytes(met_noten(met_logo(sjabloon.read_bytes())))
        elif sjabloon.is_file():
            shutil.copy(sjabloon, doel / sjabloon.name)
    return doel
