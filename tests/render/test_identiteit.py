"""A template's identity changes with what shapes the documents, not with how Word saved the file."""

from __future__ import annotations

import io
import re
import shutil
import struct
import subprocess
import zipfile
import zlib
from pathlib import Path

import pytest
from docx import Document

from interview.render.identiteit import sjabloon_hash
from interview.render.sjabloonmap import meegeleverde_sjablonen

VEILIGHEIDSPLAN = meegeleverde_sjablonen() / "veiligheidsplan.docx"
CORPUS = Path(__file__).parents[1] / "sjablonen" / "corpus"


def herschreven(bron: Path, verander: dict[str, bytes] | None = None, omgekeerd: bool = False,
                bewerk: dict[str, tuple[bytes, bytes]] | None = None) -> bytes:
    """The template saved again: parts replaced or edited, zip entries in another order."""
    with zipfile.ZipFile(bron) as zip_:
        delen = {naam: zip_.read(naam) for naam in zip_.namelist()}
    delen.update(verander or {})
    for naam, (oud, nieuw) in (bewerk or {}).items():
        assert oud in delen[naam]
        delen[naam] = delen[naam].replace(oud, nieuw, 1)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zip_:
        for naam in sorted(delen, reverse=omgekeerd):
            zip_.writestr(naam, delen[naam])
    return buffer.getvalue()


def word_opnieuw_bewaard(document_xml: bytes) -> bytes:
    """What Word does on a plain re-save: new revision ids, spell-check marks, a run split in two."""
    xml = re.sub(rb'(<w:p)( |>)', rb'\1 w:rsidR="00C0FFEE" w:rsidRDefault="00C0FFEE"\2', document_xml,
                 count=40)
    xml = xml.replace(b"<w:r>", b'<w:proofErr w:type="spellStart"/><w:r>', 5)
    gesplitst = re.search(rb"<w:r><w:t>([^<]{6,})</w:t></w:r>", xml)
    assert gesplitst
    tekst = gesplitst.group(1)
    return xml.replace(gesplitst.group(0), b"<w:r><w:t>" + tekst[:3] + b"</w:t></w:r><w:r><w:t>"
                       + tekst[3:] + b"</w:t></w:r>", 1)


def test_a_resave_without_changes_keeps_the_identity() -> None:
    with zipfile.ZipFile(VEILIGHEIDSPLAN) as zip_:
        document = zip_.read("word/document.xml")
    opnieuw = herschreven(VEILIGHEIDSPLAN, omgekeerd=True, verander={
        "word/document.xml": word_opnieuw_bewaard(document),
        "docProps/core.xml": b'<?xml version="1.0"?><cp:coreProperties xmlns:cp="x"/>',
    })

    assert opnieuw != VEILIGHEIDSPLAN.read_bytes()
    assert sjabloon_hash(opnieuw) == sjabloon_hash(VEILIGHEIDSPLAN.read_bytes())


def test_a_changed_text_code_or_style_changes_the_identity() -> None:
    origineel = sjabloon_hash(VEILIGHEIDSPLAN.read_bytes())
    with zipfile.ZipFile(VEILIGHEIDSPLAN) as zip_:
        stijlen = zip_.read("word/styles.xml")
    kleur = re.search(rb'w:color w:val="[0-9A-F]{6}"', stijlen)
    assert kleur

    tekst = herschreven(VEILIGHEIDSPLAN, bewerk={"word/document.xml": (b"{{ dossier.kenmerk }}",
                                                                          b"{{ dossier.gezinsnaam }}")})
    stijl = herschreven(VEILIGHEIDSPLAN,
                        bewerk={"word/styles.xml": (kleur.group(0), b'w:color w:val="C00000"')})

    assert sjabloon_hash(tekst) != origineel
    assert sjabloon_hash(stijl) != origineel


# --- Issue 18: one identity, kept by a re-save in LibreOffice, changed by any visible edit ---------

SOORTEN = ("veiligheidsplan", "ondersteuningsplan", "netwerkversie", "kinderversie", "gezinsversie")
WOORD = (b"VERTROUWELIJK \xe2\x80\x94 dit document", b"GEHEIM \xe2\x80\x94 dit document")
VET = (b'<w:rPr><w:b w:val="0"/></w:rPr><w:t>{{ dossier.kenmerk }}',
       b"<w:rPr><w:b/></w:rPr><w:t>{{ dossier.kenmerk }}")


def png(kleur: bytes) -> bytes:
    """A 2x2 PNG of one colour (three bytes RGB)."""
    def blok(soort: bytes, gegevens: bytes) -> bytes:
        return (struct.pack(">I", len(gegevens)) + soort + gegevens
                + struct.pack(">I", zlib.crc32(soort + gegevens) & 0xFFFFFFFF))
    rijen = b"".join(b"\0" + kleur * 2 for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + blok(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + blok(b"IDAT", zlib.compress(rijen)) + blok(b"IEND", b""))


@pytest.fixture(scope="module")
def door_libreoffice(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[bytes, bytes]]:
    """Every shipped template, one with a word changed, one with bold added, one with a picture and three
    team templates (header, numbering, sections): each as it was and as LibreOffice saved it again
    (`soffice --headless --convert-to docx`, one run for all)."""
    map_ = tmp_path_factory.mktemp("libreoffice")
    bron = map_ / "bron"
    bron.mkdir()
    for soort in SOORTEN:
        (bron / f"{soort}.docx").write_bytes((meegeleverde_sjablonen() / f"{soort}.docx").read_bytes())
    (bron / "woord.docx").write_bytes(herschreven(VEILIGHEIDSPLAN, bewerk={"word/document.xml": WOORD}))
    (bron / "vet.docx").write_bytes(herschreven(VEILIGHEIDSPLAN, bewerk={"word/document.xml": VET}))
    met_beeld = Document(str(VEILIGHEIDSPLAN))
    met_beeld.add_picture(io.BytesIO(png(b"\xff\0\0")))
    met_beeld.save(str(bron / "beeld.docx"))
    for naam in ("goed-koptekst-logo-team", "goed-signalen-genummerd", "goed-secties-verplaatst"):
        shutil.copyfile(CORPUS / f"{naam}.docx", bron / f"{naam}.docx")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is needed for this test: apt-get install libreoffice-writer-nogui"
    resultaat = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{map_ / 'profiel'}", "--headless", "--convert-to", "docx",
         "--outdir", str(map_ / "bewaard"), *sorted(str(p) for p in bron.iterdir())],
        capture_output=True, text=True, timeout=300, check=False)
    assert resultaat.returncode == 0, resultaat.stderr
    return {pad.stem: (pad.read_bytes(), (map_ / "bewaard" / pad.name).read_bytes())
            for pad in bron.iterdir()}


@pytest.mark.parametrize("soort", [*SOORTEN, "beeld", "goed-koptekst-logo-team", "goed-signalen-genummerd",
                                   "goed-secties-verplaatst"])
def test_a_libreoffice_resave_keeps_every_shipped_templates_identity(
    door_libreoffice: dict[str, tuple[bytes, bytes]], soort: str
) -> None:
    """Fails on main: LibreOffice rewrites every part, and the old hash was over the parts' XML."""
    origineel, bewaard = door_libreoffice[soort]
    assert bewaard != origineel
    assert sjabloon_hash(bewaard) == sjabloon_hash(origineel)


@pytest.mark.parametrize("bewerking", ["woord", "vet", "beeld"])
def test_a_word_bold_or_picture_changes_the_identity_also_after_a_libreoffice_resave(
    door_libreoffice: dict[str, tuple[bytes, bytes]], bewerking: str
) -> None:
    """Passes on main for the edit itself; fails on main for the re-saved edit (identity not kept)."""
    origineel = sjabloon_hash(VEILIGHEIDSPLAN.read_bytes())
    bewerkt, bewaard = door_libreoffice[bewerking]
    assert sjabloon_hash(bewerkt) != origineel
    assert sjabloon_hash(bewaard) == sjabloon_hash(bewerkt)


@pytest.mark.parametrize(("deel", "oud", "nieuw"), [
    ("word/document.xml", b"{{ dossier.kenmerk }}", b"{{ dossier.gezinsnaam }}"),  # a Jinja code
    ("word/document.xml", b'<w:color w:val="A61B1B"/>', b'<w:color w:val="1B1BA6"/>'),  # a colour
    ("word/document.xml", b'<w:b/><w:color w:val="A61B1B"/>', b'<w:b/><w:i/><w:color w:val="A61B1B"/>'),
    ("word/styles.xml", b'<w:sz w:val="21"/>', b'<w:sz w:val="24"/>'),  # the size of body text
    ("word/header1.xml", b"VERTROUWELIJK", b"GEHEIM"),  # the header
    ("word/footer1.xml", b"niet verder verspreiden", b"niet doorsturen"),  # the footer
    ("word/footer1.xml", b'w:instr="PAGE"', b'w:instr="SECTIONPAGES"'),  # a field code
    ("word/document.xml", b'w:top="1361"', b'w:top="2000"'),  # the page setup
])
def test_any_visible_edit_changes_the_identity(deel: str, oud: bytes, nieuw: bytes) -> None:
    """Passes on main too (the old hash saw these as well): the new one must not lose them."""
    bewerkt = herschreven(VEILIGHEIDSPLAN, bewerk={deel: (oud, nieuw)})
    assert sjabloon_hash(bewerkt) != sjabloon_hash(VEILIGHEIDSPLAN.read_bytes())


def test_a_picture_counts_by_its_content(tmp_path: Path) -> None:
    """A picture added, or replaced by another, changes the identity; a python-docx save without an
    edit does not. Passes on main too."""
    opgeslagen, rood, blauw = tmp_path / "opgeslagen.docx", tmp_path / "rood.docx", tmp_path / "blauw.docx"
    Document(str(VEILIGHEIDSPLAN)).save(str(opgeslagen))
    for pad, kleur in ((rood, b"\xff\0\0"), (blauw, b"\0\0\xff")):
        document = Document(str(VEILIGHEIDSPLAN))
        document.add_picture(io.BytesIO(png(kleur)))
        document.save(str(pad))

    hashes = {p.stem: sjabloon_hash(p.read_bytes()) for p in (opgeslagen, rood, blauw)}

    assert hashes["opgeslagen"] == sjabloon_hash(VEILIGHEIDSPLAN.read_bytes())
    assert len(set(hashes.values())) == 3
