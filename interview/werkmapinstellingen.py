"""The werkmap's own settings (`instellingen.toml` in the werkmap): the team's template folder.

A team shares one werkmap, so its template folder belongs there, not in each colleague's shell: a
colleague's `vplan opnieuw --verouderd` renders with the team's templates without being told.

Precedence (tested rule by rule): `--sjablonen MAP`, then `$VPLAN_SJABLONEN`, then the werkmap's
setting, then the templates that ship with vplan. An option or variable that sets another folder
than the werkmap's is told in one line, so nobody renders a team's dossiers from other templates
unawares.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from interview.bestanden import schrijf_atomisch
from interview.fouten import BeschadigdBestand, SjabloonFout
from interview.leesgrens import lees_toml, toon
from interview.render.sjabloonmap import SJABLONEN_VARIABELE

INSTELLINGEN = "instellingen.toml"
WERKMAP = "werkmap"
MEEGELEVERD = "meegeleverd"
KOP = ("# Instellingen van deze werkmap, gezet met 'vplan sjablonen gebruik MAP' "
       "(terug naar de meegeleverde sjablonen: 'vplan sjablonen standaard').\n")


@dataclass(frozen=True)
class Sjabloonbron:
    """The template folder a command uses and why; `map` None means the shipped templates."""

    map: Path | None
    herkomst: str
    """"--sjablonen", "$VPLAN_SJABLONEN", "werkmap" or "meegeleverd"."""
    ingesteld: Path | None = None
    """The werkmap's setting, also when an option or variable goes before it."""

    @property
    def melding(self) -> str | None:
        """One Dutch line when an option or variable overrides the werkmap's folder; else None."""
        if self.ingesteld is None or self.map is None or self.herkomst in (WERKMAP, MEEGELEVERD):
            return None
        if self.map.resolve() == self.ingesteld.resolve():
            return None
        return (f"{self.herkomst} {self.map} gaat voor de sjablonen van de werkmap ({self.ingesteld}); "
                "de documenten komen uit die andere map.")


def sjabloonbron(werkmap: Path, gekozen: Path | None) -> Sjabloonbron:
    """Which template folder a command in `werkmap` uses, given `--sjablonen` (`gekozen`, or None)."""
    ingesteld = ingestelde_sjabloonmap(werkmap)
    uit_omgeving = os.environ.get(SJABLONEN_VARIABELE)
    keuzes = [
        (gekozen, "--sjablonen"),
        (Path(uit_omgeving) if uit_omgeving else None, f"${SJABLONEN_VARIABELE}"),
        (ingesteld, WERKMAP),
    ]
    pad, herkomst = next(((p, h) for p, h in keuzes if p is not None), (None, MEEGELEVERD))
    return Sjabloonbron(pad, herkomst, ingesteld)


def gebruikte_sjabloonmap(werkmap: Path, gekozen: Path | None) -> Sjabloonbron:
    """As sjabloonbron, for a command that renders: SjabloonFout when the werkmap's folder is gone."""
    bron = sjabloonbron(werkmap, gekozen)
    if bron.herkomst == WERKMAP and bron.map is not None and not bron.map.is_dir():
        raise SjabloonFout(
            f"De sjabloonmap van de werkmap, {bron.map}, bestaat niet (meer) of is geen map. Zet de "
            "juiste map met 'vplan sjablonen gebruik MAP', of ga terug naar de meegeleverde sjablonen "
            "met 'vplan sjablonen standaard'.")
    return bron


def ingestelde_sjabloonmap(werkmap: Path) -> Path | None:
    """The werkmap's template folder; None when none is set. BeschadigdBestand when the file is broken.

    `vplan sjablonen gebruik` writes an absolute path (joining it to the werkmap leaves it as is).
    """
    pad = werkmap / INSTELLINGEN
    try:
        gegevens = lees_toml(pad, basis=werkmap)
    except (FileNotFoundError, NotADirectoryError):  # no werkmap yet, or a file where it should be
        return None
    map_ = gegevens.get("sjablonen")
    if map_ is None:
        return None
    if not isinstance(map_, str) or not map_.strip():
        raise BeschadigdBestand(f"In {toon(pad, werkmap)} is 'sjablonen' geen pad naar een map; zet het "
                                "opnieuw met 'vplan sjablonen gebruik MAP'.")
    return werkmap / map_  # a relative path (written by hand) counts from the werkmap, not the cwd


def zet_sjabloonmap(werkmap: Path, map_: Path | None) -> None:
    """Make `map_` (absolute) the werkmap's template folder; None goes back to the shipped templates.

    Written whole or not at all, readable by the owner only, like every file vplan stores.
    """
    regel = "" if map_ is None else f"sjablonen = {json.dumps(str(map_.absolute()), ensure_ascii=False)}\n"
    schrijf_atomisch(werkmap / INSTELLINGEN, (KOP + regel).encode("utf-8"))
