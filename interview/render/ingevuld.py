"""Whether a template file is a filled-in document of some dossier instead of a template (issue 24).

A team lead who makes a template by editing a filled-in plan would put that family's plan into
every other family's document. What vplan leaves in every document it renders, and no template
holds, gives it away without reading the store: the render stamp in the core properties
(`documenten.zet_eigenschappen`: kenmerk, plan version and template hash), and the bookmarks on
numbered items (`kruisverwijzingen.anker`: Z1, A3, ...), which only rendering makes. Word and
LibreOffice keep both when the document is edited and saved. A template without a single code
renders the same text for every family, so it is a filled-in document too.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path

from lxml import etree

from interview.fouten import SjabloonFout
from interview.model.nummers import GENUMMERDE_LIJSTEN

TEKSTDELEN = re.compile(r"^word/(document|header\d*|footer\d*)\.xml$")
KERN = "docProps/core.xml"
CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
DC = "{http://purl.org/dc/elements/1.1/}"
STEMPEL = (
    (f"{CP}keywords", re.compile(r"planversie=\d+|sjabloon=sha256\W?[0-9a-f]")),
    (f"{DC}description", re.compile(r"^Gemaakt met vplan ")),
)
"""Where zet_eigenschappen stamps a rendered document, and what it writes there."""
BLADWIJZER = re.compile(
    rb'<w:bookmarkStart\b[^>]*\bw:name="(?:'
    + b"|".join(sorted({v.encode() for v, _ in GENUMMERDE_LIJSTEN}))
    + rb')\d+"'
)
"""A bookmark vplan puts on a numbered item while rendering; a template has codes there instead."""
CODE = re.compile(rb"\{(?:<[^>]*>)*[{%#]")
"""The start of a Jinja code, also when Word split it over runs (docxtpl joins those again)."""
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)

ANDER_GEZIN = "het zou gegevens van een ander gezin in dit document zetten"
GESTEMPELD = ("is een ingevuld plan van een dossier, geen sjabloon (zo staat het in de "
              "documenteigenschappen): " + ANDER_GEZIN)
BLADWIJZERS = ("is een ingevuld plan van een dossier, geen sjabloon (het heeft de bladwijzers van genummerde "
               "items die vplan bij het maken zet): " + ANDER_GEZIN)
ZONDER_CODE = ("bevat geen enkele code zoals {{ … }} of {% … %}, dus is het een ingevuld document en geen "
               "sjabloon: elk dossier kreeg dezelfde tekst, misschien met gegevens van een ander gezin")
HOE = "Begin een eigen sjabloon met: vplan sjablonen kopieer MAP"


def reden_ingevuld(inhoud: bytes) -> str | None:
    """Why the .docx bytes `inhoud` are a filled-in document and not a template, as a Dutch clause
    after the file's name ("is een ingevuld plan …"); None when they look like a template, or are
    no readable .docx (the renderer says so in its own words)."""
    try:
        with zipfile.ZipFile(io.BytesIO(inhoud)) as zip_:
            namen = zip_.namelist()
            if KERN in namen and _gestempeld(zip_.read(KERN)):
                return GESTEMPELD
            teksten = [zip_.read(naam) for naam in namen if TEKSTDELEN.match(naam)]
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, NotImplementedError):
        return None
    if any(BLADWIJZER.search(xml) for xml in teksten):
        return BLADWIJZERS
    if teksten and not any(CODE.search(xml) for xml in teksten):
        return ZONDER_CODE
    return None


def weiger_ingevuld(sjabloon: Path, inhoud: bytes) -> None:
    """SjabloonFout when the template file `sjabloon` (its bytes `inhoud`) is a filled-in document.

    The message names neither the dossier nor the family the file came from: only the file the
    user chose.
    """
    reden = reden_ingevuld(inhoud)
    if reden is not None:
        raise SjabloonFout(f"Het sjabloon {sjabloon.name} {reden}. {HOE}")


def weiger_ingevulde_sjablonen(paden: Iterable[Path]) -> None:
    """SjabloonFout for the first of `paden` that is a filled-in document, so a run over many
    dossiers (`vplan opnieuw`) says it once, before it starts; a file that cannot be read is left
    to the renderer, which says so per document."""
    for pad in paden:
        try:
            inhoud = pad.read_bytes()
        except OSError:
            continue
        weiger_ingevuld(pad, inhoud)


def _gestempeld(xml: bytes) -> bool:
    try:
        kern = etree.fromstring(xml, PARSER)
    except etree.XMLSyntaxError:
        return False
    return any(patroon.search(element.text or "")
               for naam, patroon in STEMPEL for element in kern.iter(naam))
