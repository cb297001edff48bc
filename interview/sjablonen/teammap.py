"""`vplan sjablonen gebruik|standaard`: the team's template folder set as the werkmap's, after a check."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from interview.fouten import SjabloonFout
from interview.render.documenten import SOORTEN
from interview.render.ingevuld import weiger_ingevulde_sjablonen
from interview.render.sjabloonmap import kies_sjablonen, meegeleverde_sjablonen
from interview.store import kies_werkmap
from interview.werkmapinstellingen import zet_sjabloonmap


@dataclass(frozen=True)
class Teammap:
    """The folder now set, its version label, and which templates it lacks (the shipped ones stand in)."""

    map: Path | None
    versie: str = ""
    meldingen: list[str] = field(default_factory=list)


def gebruik_sjablonen(werkmap: Path | None, map_: Path | None) -> tuple[Path, Teammap]:
    """Set `map_` as the template folder of the werkmap `werkmap` chooses (None: back to the shipped
    templates); return that werkmap and what was set.

    Refused (SjabloonFout, nothing written) when `map_` is no folder, holds none of the templates, or
    holds documents vplan filled in for a dossier instead of templates.
    """
    gekozen = kies_werkmap(werkmap)
    if map_ is None:
        zet_sjabloonmap(gekozen, None)
        return gekozen, Teammap(None)
    map_ = map_.absolute()
    if not map_.is_dir():
        raise SjabloonFout(f"{map_} is geen map met sjablonen; er is niets veranderd.")
    keuze = kies_sjablonen(map_, SOORTEN, meegeleverde_sjablonen())
    weiger_ingevulde_sjablonen(keuze.paden.values())
    zet_sjabloonmap(gekozen, map_)
    return gekozen, Teammap(map_, keuze.versie, keuze.meldingen)
