"""Which template file each document uses: a team's folder, else the templates that ship with vplan.

Imports nothing heavy (no docxtpl), so `vplan info` and `vplan overzicht` can use it.

Precedence (tested rule by rule): `--sjablonen MAP`, then `$VPLAN_SJABLONEN`, then the shipped
templates. The werkmap's own folder comes between the last two; the command line resolves it
(interview.werkmapinstellingen) and passes it here as the chosen folder. In a team's folder file
names match without regard to case (`Veiligheidsplan.docx`), and a document whose template is
missing there uses the shipped one, with a notice.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from interview.fouten import BeschadigdBestand, SjabloonFout
from interview.leesgrens import lees_toml

SJABLONEN_VARIABELE = "VPLAN_SJABLONEN"
INSTELLINGEN = "sjablonen.toml"
MAX_VERSIELABEL = 50
SJABLONEN_PAKKET = "interview.standaardsjablonen"  # the repository's templates/, see pyproject.toml



def standaard_sjablonen() -> Path:
    """$VPLAN_SJABLONEN if set, else the default templates shipped inside vplan."""
    return sjablonen_keuze(None)[0]


def sjablonen_keuze(gekozen: Path | None) -> tuple[Path, str]:
    """The template folder in use and where that choice came from: flag, environment or "meegeleverd"."""
    uit_omgeving = os.environ.get(SJABLONEN_VARIABELE)
    keuzes = [
        (gekozen, "--sjablonen"),
        (Path(uit_omgeving) if uit_omgeving else None, f"${SJABLONEN_VARIABELE}"),
        (meegeleverde_sjablonen(), "meegeleverd"),
    ]
    return next((pad, herkomst) for pad, herkomst in keuzes if pad is not None)


def meegeleverde_sjablonen() -> Path:
    """The default templates: the package interview.standaardsjablonen, which is the repository's templates/.

    Read through importlib.resources, so a wheel, an sdist build and an editable install all find
    them; installs are unpacked folders, so the resource is a real directory.
    """
    return Path(str(resources.files(SJABLONEN_PAKKET)))


@dataclass(frozen=True)
class Sjabloonkeuze:
    """The template file per document, the team's version label, and what the user should know."""

    paden: dict[str, Path]
    versie: str = ""
    meldingen: list[str] = field(default_factory=list)


def gekozen_map(sjablonen: Path | None) -> Path | None:
    """The team folder asked for: `sjablonen`, else $VPLAN_SJABLONEN; None: the shipped templates."""
    if sjablonen is not None:
        return sjablonen
    uit_omgeving = os.environ.get(SJABLONEN_VARIABELE)
    return Path(uit_omgeving) if uit_omgeving else None


def kies_sjablonen(sjablonen: Path | None, soorten: tuple[str, ...], meegeleverd: Path) -> Sjabloonkeuze:
    """Where each of `soorten` comes from; SjabloonFout when the team folder itself is not there."""
    map_ = gekozen_map(sjablonen)
    if map_ is None or map_.resolve() == meegeleverd.resolve():
        return Sjabloonkeuze({soort: meegeleverd / f"{soort}.docx" for soort in soorten})
    if not map_.is_dir():
        raise SjabloonFout(f"Sjabloon niet gevonden: de map {map_} bestaat niet")
    # Every entry counts, files or not: a folder named like a template is a mistake to report, not to skip.
    bestanden = {pad.name.lower(): pad for pad in sorted(map_.iterdir())}
    paden: dict[str, Path] = {}
    meldingen: list[str] = []
    for soort in soorten:
        eigen = bestanden.get(f"{soort}.docx")
        if eigen is None:
            meldingen.append(f"In {map_} staat geen {soort}.docx; het meegeleverde sjabloon wordt gebruikt.")
        paden[soort] = eigen or meegeleverd / f"{soort}.docx"
    if len(meldingen) == len(soorten):
        raise SjabloonFout(f"Sjabloon niet gevonden: in {map_} staat geen "
                           + " of ".join(f"{s}.docx" for s in soorten))
    return Sjabloonkeuze(paden, lees_versie(map_), meldingen)


def lees_versie(map_: Path) -> str:
    """The version label from the folder's sjablonen.toml; empty when there is none.

    The file also names the team, for the people who maintain the folder.
    """
    pad = map_ / INSTELLINGEN
    try:
        gegevens = lees_toml(pad)
    except FileNotFoundError:
        return ""
    except BeschadigdBestand as fout:  # too large, too deep, not UTF-8 or not TOML: said in Dutch
        raise SjabloonFout(fout.bericht) from fout
    versie = gegevens.get("versie", "")
    # The label goes into each document's properties, which Word caps at 255 characters in all.
    if not isinstance(versie, str | int) or len(str(versie)) > MAX_VERSIELABEL:
        raise SjabloonFout(f"De versie in {pad} is geen kort label (hoogstens {MAX_VERSIELABEL} tekens); "
                           'schrijf bijvoorbeeld versie = "2026-1".')
    return str(versie)
