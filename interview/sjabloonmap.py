"""Where the Word templates live: --sjablonen, else $VPLAN_SJABLONEN, else the ones shipped in vplan.

Apart from interview.render, so that what only needs the folder or a template's hash (`vplan info`,
`vplan overzicht`) does not load docxtpl.
"""

from __future__ import annotations

import hashlib
import os
from importlib import resources
from pathlib import Path

SJABLONEN_VARIABELE = "VPLAN_SJABLONEN"
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


def sjabloon_hash(inhoud: bytes) -> str:
    """How a rendered document records the template that made it (in its properties and METADATA)."""
    return "sha256:" + hashlib.sha256(inhoud).hexdigest()
