"""A template's identity changes with what shapes the documents, not with how Word saved the file."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from interview.render.identiteit import sjabloon_hash
from interview.render.sjabloonmap import meegeleverde_sjablonen

VEILIGHEIDSPLAN = meegeleverde_sjablonen() / "veiligheidsplan.docx"


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
