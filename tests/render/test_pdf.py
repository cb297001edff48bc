"""`--pdf`: LibreOffice converts whole batches from slim copies; the same PDFs, failures stay local."""

from __future__ import annotations

import io
import signal
import subprocess
import sys
import time
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from benchmarks.werkmap_maken import maak_werkmap
from interview import bulk
from interview.bulk import Taak
from interview.model import Plan
from interview.render import snel
from interview.render.documenten import Gerenderd
from interview.render.pdf import PdfFout, _draai, omzetten, soffice
from interview.render.pdfkopie import slanke_kopie
from interview.render.sjabloonmap import standaard_sjablonen
from interview.store import Werkmap

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(document: str, stijlen: str) -> bytes:
    """A zip with the two parts the slim copy reads (no more is needed to test what it keeps)."""
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w") as zip_:
        zip_.writestr("word/document.xml", f"<w:document {W}><w:body>{document}</w:body></w:document>")
        zip_.writestr("word/styles.xml", f"<w:styles {W}>{stijlen}</w:styles>")
        zip_.writestr("word/media/foto.png", b"\x89PNG")
    return uit.getvalue()


def stijl(id_: str, naam: str, *inhoud: str, standaard: bool = False) -> str:
    vlag = ' w:default="1"' if standaard else ""
    return (f'<w:style w:type="paragraph" w:styleId="{id_}"{vlag}><w:name w:val="{naam}"/>'
            f'{"".join(inhoud)}</w:style>')


def stijl_ids(docx_: bytes) -> set[str]:
    with zipfile.ZipFile(io.BytesIO(docx_)) as zip_:
        stijlen = zip_.read("word/styles.xml").decode()
    return {deel.split('"')[0] for deel in stijlen.split('w:styleId="')[1:]}


def test_the_slim_copy_keeps_what_the_document_names_and_what_that_builds_on() -> None:
    stijlen = (
        '<w:latentStyles><w:lsdException w:name="Quote"/></w:latentStyles>'
        + stijl("Normal", "Normal", standaard=True)
        + stijl("Kop1", "heading 1", '<w:basedOn w:val="Normal"/>', '<w:next w:val="Tekst"/>',
                '<w:link w:val="Kop1Char"/>')
        + stijl("Kop1Char", "Heading 1 Char") + stijl("Tekst", "Tekst")
        + stijl("Citaat", "Quote") + stijl("Titel", "Title") + stijl("Ongebruikt", "Light Shading")
    )
    document = ('<w:p><w:pPr><w:pStyle w14:paraId="1" w:val="Kop1"/></w:pPr></w:p>'
                '<w:p><w:r><w:instrText xml:space="preserve"> STYLEREF "Quote" </w:instrText></w:r></w:p>'
                '<w:fldSimple w:instr=" TOC \\t &quot;Title,1&quot; "/>')
    slank = slanke_kopie(docx(document, stijlen))

    assert stijl_ids(slank) == {"Normal", "Kop1", "Kop1Char", "Tekst", "Citaat", "Titel"}
    with zipfile.ZipFile(io.BytesIO(slank)) as zip_:
        assert b"latentStyles" not in zip_.read("word/styles.xml")
        assert zip_.read("word/media/foto.png") == b"\x89PNG"
        assert {info.compress_type for info in zip_.infolist()} == {zipfile.ZIP_STORED}


def test_a_file_the_slim_copy_cannot_read_goes_to_libreoffice_as_it_is() -> None:
    assert slanke_kopie(b"geen zip") == b"geen zip"
    anders = docx("", stijl("A", "A")).replace(b"xmlns:w=", b"xmlns:x=")
    assert slanke_kopie(anders) == anders


def test_a_default_document_keeps_a_tenth_of_its_styles(voorbeeld_plan: Plan) -> None:
    for document in snel.maak_documenten(voorbeeld_plan):
        voor, na = stijl_ids(document.inhoud), stijl_ids(slanke_kopie(document.inhoud))
        assert na < voor and len(na) < len(voor) / 4, document.bestandsnaam


def pdf_bladzijden(pdf: Path, map_: Path) -> list[bytes]:
    """Each page of `pdf` as a small grey picture: equal pictures, equal print."""
    subprocess.run(["pdftoppm", "-r", "30", "-gray", str(pdf), str(map_ / pdf.stem)], check=True)
    return [pagina.read_bytes() for pagina in sorted(map_.glob(f"{pdf.stem}-*.pgm"))]


@pytest.mark.libreoffice
def test_every_document_prints_the_same_from_its_slim_copy(voorbeeld_plan: Plan, tmp_path: Path) -> None:
    documenten = {d.bestandsnaam: d.inhoud for d in snel.maak_documenten(voorbeeld_plan)}
    (tmp_path / "docx").mkdir()
    for naam, inhoud in documenten.items():
        (tmp_path / "docx" / naam).write_bytes(inhoud)
    subprocess.run([soffice(), f"-env:UserInstallation={(tmp_path / 'profiel').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path / "heel"),
                    *sorted(map(str, (tmp_path / "docx").iterdir()))], capture_output=True, check=True)

    omzetting = omzetten(documenten, profielen=tmp_path / "profielen")

    assert not omzetting.mislukt and len(omzetting.pdfs) == len(documenten) == 25  # with own copies, letters
    for naam, inhoud in omzetting.pdfs.items():
        (tmp_path / "slank").mkdir(exist_ok=True)
        (tmp_path / "slank" / naam).write_bytes(inhoud)
        heel = pdf_bladzijden(tmp_path / "heel" / naam, tmp_path / "heel")
        assert heel and pdf_bladzijden(tmp_path / "slank" / naam, tmp_path / "slank") == heel, naam


@pytest.mark.libreoffice
def test_a_document_libreoffice_cannot_read_fails_alone(voorbeeld_plan: Plan, tmp_path: Path) -> None:
    goed = snel.maak_documenten(voorbeeld_plan)[0].inhoud

    omzetting = omzetten({"a.docx": goed, "kapot.docx": goed[:5000], "b.docx": goed},
                         profielen=tmp_path)

    assert sorted(omzetting.pdfs) == ["a.pdf", "b.pdf"]
    assert omzetting.mislukt == {"kapot.docx": "LibreOffice kon kapot.docx niet omzetten naar PDF "
                                               "(afsluitcode 0)."}


def processen_met(profiel: Path) -> list[bytes]:
    """The command lines of running processes that name `profiel` (as soffice.bin does)."""
    gevonden = []
    for proces in Path("/proc").iterdir():
        try:
            opdracht = (proces / "cmdline").read_bytes() if proces.name.isdigit() else b""
        except OSError:
            continue
        if str(profiel).encode() in opdracht:
            gevonden.append(opdracht)
    return gevonden


@pytest.mark.libreoffice
def test_ctrl_c_during_the_conversion_leaves_no_libreoffice_behind(tmp_path: Path) -> None:
    profielen = tmp_path / "profielen"
    script = (
        "import sys; from pathlib import Path; from interview.render import snel; "
        "from interview.render.pdf import omzetten; from interview.invoer import lees_plan; "
        "from benchmarks.werkmap_maken import VOORBEELD; "
        "d = snel.maak_documenten(lees_plan(VOORBEELD))[0].inhoud; print('klaar', flush=True); "
        f"omzetten({{f'{{i}}.docx': d for i in range(60)}}, profielen=Path({str(profielen)!r}))"
    )
    with subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          cwd=Path(__file__).resolve().parents[2]) as vplan:
        assert vplan.stdout is not None and vplan.stdout.readline() == b"klaar\n"
        begin = time.monotonic()
        while not any(b"soffice.bin" in opdracht for opdracht in processen_met(profielen)):
            assert time.monotonic() - begin < 60, "LibreOffice did not start"
            time.sleep(0.1)

        vplan.send_signal(signal.SIGINT)

        assert vplan.wait(timeout=30) != 0
    time.sleep(0.5)
    assert processen_met(profielen) == []


@pytest.mark.libreoffice
def test_in_a_batch_only_the_dossier_with_the_unreadable_document_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    maak_werkmap(tmp_path / "werkmap", 3)
    taken = [Taak(tmp_path / "werkmap", kenmerk, tmp_path / "uit", standaard_sjablonen())
             for kenmerk in Werkmap(tmp_path / "werkmap").kenmerken()]
    echte_documenten = snel.maak_documenten

    def kapot_voor_dossier_1(plan: Plan, *argumenten: Any, **opties: Any) -> list[Gerenderd]:
        documenten = echte_documenten(plan, *argumenten, **opties)
        if plan.dossier.kenmerk == "VP-2026-00001":
            nummer = next(i for i, d in enumerate(documenten) if d.bestandsnaam.startswith("gezinsversie"))
            documenten[nummer] = replace(documenten[nummer], inhoud=documenten[nummer].inhoud[:5000])
        return documenten

    monkeypatch.setattr(snel, "maak_documenten", kapot_voor_dossier_1)

    uitkomsten = bulk.vernieuw_reeks(taken, bulk.PdfKeuze(profielen=tmp_path / "profielen"))

    fout = "LibreOffice kon gezinsversie-VP-2026-00001-v1.docx niet omzetten naar PDF (afsluitcode 0)."
    assert [u.fout for u in uitkomsten] == [None, fout, None]
    assert not (tmp_path / "uit" / "VP-2026-00001").exists()
    for kenmerk in ("VP-2026-00000", "VP-2026-00002"):
        versiemap = tmp_path / "uit" / kenmerk / "v1"
        pdfs, documenten = (sorted(p.stem for p in versiemap.glob(f"*.{soort}")) for soort in ("pdf", "docx"))
        assert pdfs == documenten


def test_a_conversion_that_hangs_is_stopped_with_everything_it_started() -> None:
    merkteken = "31.4159"
    with pytest.raises(PdfFout, match="LibreOffice was na 1 seconden nog niet klaar"):
        _draai(["sh", "-c", f"sleep {merkteken} & sleep {merkteken}"], tijdslimiet=1)
    time.sleep(0.2)
    assert not [p for p in Path("/proc").glob("[0-9]*/cmdline") if merkteken.encode() in _lees(p)]


def _lees(pad: Path) -> bytes:
    try:
        return pad.read_bytes()
    except OSError:
        return b""
