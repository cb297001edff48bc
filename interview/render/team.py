"""The team's name and version from the template folder's sjablonen.toml, for the templates (issue 20).

A team lead writes `{{ team.naam }}` in a footer and `{{ team.versie }}` beside it, so a printed
document says which team's templates made it. Read from the sjablonen.toml beside the template file,
once per file version; a template without one (the shipped templates) gets empty texts.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from interview.fouten import BeschadigdBestand, SjabloonFout
from interview.leesgrens import lees_toml
from interview.render.sjabloonmap import INSTELLINGEN
from interview.render.zicht import bekijk


class Team(BaseModel):
    """The team whose templates made the document (sjablonen.toml in the template folder)."""

    model_config = ConfigDict(frozen=True)

    naam: str = Field("", description="De naam van het team uit sjablonen.toml; leeg bij de meegeleverde "
                      "sjablonen.")
    versie: str = Field("", description="De versie van de sjablonen uit sjablonen.toml; leeg als die er "
                        "niet is.")


def met_team(zicht: Mapping[str, Any], sjabloon: Path, versie: str) -> dict[str, Any]:
    """The view `zicht` with `team` added: the name from the sjablonen.toml beside `sjabloon`, the
    version label the caller already read for the document's properties."""
    return {**zicht, "team": bekijk(Team(naam=teamnaam(sjabloon.parent), versie=versie))}


def teamnaam(map_: Path) -> str:
    """The `team` of the folder's sjablonen.toml; empty when there is none."""
    pad = map_ / INSTELLINGEN
    try:
        staat = pad.stat()
    except OSError:
        return ""
    return _teamnaam(pad, staat.st_mtime_ns, staat.st_size)


@functools.lru_cache(maxsize=64)
def _teamnaam(pad: Path, _tijd: int, _grootte: int) -> str:
    try:
        naam = lees_toml(pad).get("team", "")
    except FileNotFoundError:
        return ""
    except BeschadigdBestand as fout:
        raise SjabloonFout(fout.bericht) from fout
    return str(naam)[:100] if isinstance(naam, str | int) else ""
