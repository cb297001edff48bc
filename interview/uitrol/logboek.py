"""The roll-out log of a werkmap: one JSON line per `vplan opnieuw` and per undo, never rewritten.

It lives in `<werkmap>/uitrol/logboek.jsonl` (owner-only, like every file of the werkmap) so a team
lead can answer "who re-made which dossiers with which template, and when" months later, and so
`vplan uitrol terug` knows which run was the last.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from interview.bestanden import voeg_regel_toe
from interview.leesgrens import json_regels

MAP = "uitrol"
LOGBOEK = "logboek.jsonl"
SCHEMA_VERSIE = 1
NIET_VASTGELEGD = ("De documenten zijn wel gemaakt, maar deze uitrol staat niet in het logboek van de "
                   "werkmap en kan niet teruggedraaid worden.")


def uitrolmap(werkmap: Path) -> Path:
    """The werkmap's folder for roll-out records and the sets kept for undo."""
    return werkmap / MAP


def gebruiker() -> str:
    """Who runs this command, as the operating system names them ("" when it cannot say)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def nu() -> str:
    """The time of a record, local with its offset, to the second."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def schrijf(werkmap: Path, regel: dict[str, Any]) -> None:
    """Append one record, whole and durable (interview.bestanden: 0600, no link followed)."""
    regel = {"schema_versie": SCHEMA_VERSIE, **regel}
    voeg_regel_toe(uitrolmap(werkmap) / LOGBOEK, json.dumps(regel, ensure_ascii=False), NIET_VASTGELEGD)


@dataclass(frozen=True)
class Uitrol:
    """One recorded `vplan opnieuw`, as read back."""

    gegevens: dict[str, Any]

    @property
    def nummer(self) -> str:
        return str(self.gegevens.get("uitrol", ""))

    @property
    def dossiers(self) -> list[dict[str, Any]]:
        return [d for d in self.gegevens.get("dossiers", []) if isinstance(d, dict)]


def lees(werkmap: Path) -> list[dict[str, Any]]:
    """Every record of the werkmap, oldest first; empty when nothing was rolled out yet."""
    pad = uitrolmap(werkmap) / LOGBOEK
    if not pad.exists():
        return []
    return [regel for _, regel in json_regels(pad, basis=werkmap) if isinstance(regel, dict)]


def laatste_uitrol(werkmap: Path) -> Uitrol | None:
    """The last `vplan opnieuw` that re-made a dossier, unless it was undone since; None when there is none.
    A run whose every dossier failed changed nothing and is passed over."""
    for regel in reversed(lees(werkmap)):
        if regel.get("soort") == "teruggedraaid":
            return None
        uitrol = Uitrol(regel)
        if regel.get("soort") == "opnieuw" and any(d.get("uitkomst") == "vernieuwd" for d in uitrol.dossiers):
            return uitrol
    return None
