"""What a support call needs to know about this vplan: versions, folders, templates, LibreOffice.

Counts dossiers but never names them, so the output can be pasted into a support ticket.
"""

from __future__ import annotations

import io
import platform
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.opc.exceptions import PackageNotFoundError
from lxml.etree import XMLSyntaxError

from interview import __version__
from interview.fouten import SjabloonFout, VplanFout
from interview.render.documenten import SOORTEN
from interview.render.identiteit import sjabloon_hash
from interview.render.sjabloonmap import meegeleverde_sjablonen
from interview.store import Werkmap, werkmap_keuze
from interview.systeem import BESTANDSRECHTEN_WINDOWS, WINDOWS, libreoffice
from interview.werkmapinstellingen import INSTELLINGEN, sjabloonbron


def beschrijf(werkmap: Path | None, sjablonen: Path | None) -> list[str]:
    """The lines of `vplan info`, for the werkmap and template folder these options choose."""
    return [
        f"vplan {__version__}",
        f"Python {platform.python_version()} ({sys.executable})",
        *_werkmap(werkmap),
        *([BESTANDSRECHTEN_WINDOWS] if WINDOWS else []),
        *_sjablonen(werkmap_keuze(werkmap)[0], sjablonen),
        _libreoffice(),
    ]


def _werkmap(gekozen: Path | None) -> list[str]:
    pad, herkomst = werkmap_keuze(gekozen)
    return [f"Werkmap: {pad} (bron: {herkomst})", f"  {_dossiers(pad)}"]


def _dossiers(pad: Path) -> str:
    if not pad.exists():
        return "bestaat nog niet; het eerste dossier maakt de map aan"
    if not pad.is_dir():
        return "dit is een bestand, geen map"
    try:
        aantal = len(Werkmap(pad).kenmerken())
    except OSError as fout:
        return f"niet leesbaar: {fout.strerror}"
    return "1 dossier" if aantal == 1 else f"{aantal} dossiers"


def _sjablonen(werkmap: Path, gekozen: Path | None) -> list[str]:
    """The template folder in use, where that choice came from, and each template's label and identity."""
    try:
        bron = sjabloonbron(werkmap, gekozen)
    except VplanFout as fout:
        return [f"Sjablonen: de instelling van de werkmap is onleesbaar ({fout.bericht})"]
    map_ = bron.map or meegeleverde_sjablonen()
    herkomst = f"werkmap, {INSTELLINGEN}" if bron.herkomst == "werkmap" else bron.herkomst
    regels = [f"Sjablonen: {map_} (bron: {herkomst})"]
    if bron.ingesteld is not None and bron.herkomst != "werkmap":
        regels.append(f"  de werkmap stelt {bron.ingesteld} in; {bron.herkomst} gaat daarvoor")
    if not map_.is_dir():
        return [*regels, "  deze map bestaat niet; documenten maken lukt zo niet"]
    # Names match without regard to case, as when rendering (interview.render.sjabloonmap).
    bestanden = {pad.name.lower(): pad for pad in sorted(map_.iterdir())}
    return [*regels, *(f"  {soort}.docx: {_vervanger(soort, bestanden, map_)}" for soort in SOORTEN)]


def _vervanger(soort: str, bestanden: dict[str, Path], map_: Path) -> str:
    """The template of `soort` in `map_`; when it has none, the shipped one that stands in."""
    pad = bestanden.get(f"{soort}.docx")
    if pad is not None:
        return _sjabloon(pad)
    meegeleverd = meegeleverde_sjablonen() / f"{soort}.docx"
    if map_.resolve() == meegeleverd.parent.resolve():
        return "ontbreekt"
    return f"ontbreekt; het meegeleverde wordt gebruikt: {_sjabloon(meegeleverd)}"


def _sjabloon(pad: Path) -> str:
    """Label and identity of one template, or what is wrong with it."""
    try:
        inhoud = pad.read_bytes()
    except FileNotFoundError:
        return "ontbreekt"
    except OSError as fout:
        return f"niet leesbaar: {fout.strerror}"
    identiteit = sjabloon_hash(inhoud)  # as .vplan.json records it, so the two can be compared
    try:
        titel = Document(io.BytesIO(inhoud)).core_properties.title
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, XMLSyntaxError, ValueError):
        return f"geen geldig Word-bestand (.docx), {identiteit}"
    label = f"'{titel}'" if titel else "(zonder titel)"
    return f"{label}, {identiteit}{_snelheid(pad)}"


def _snelheid(pad: Path) -> str:
    """`; dit sjabloon wordt ongeveer 16× langzamer gevuld omdat …` when the fast path cannot take it."""
    from interview.render import snel  # docxtpl and Jinja: only when a template is described

    try:
        if snel.voorbereid(pad) is not None:
            return ""
    except SjabloonFout as fout:  # a filled-in document, not a template
        return f"; {fout.bericht}"
    reden = snel.reden(pad)
    return f"; {reden}" if reden else ""


def _libreoffice() -> str:
    gevonden = libreoffice()
    if gevonden:
        return f"LibreOffice: {gevonden}"
    return "LibreOffice: niet gevonden (niet nodig voor de Word-documenten)"
