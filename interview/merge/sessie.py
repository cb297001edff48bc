"""One individual session as its journal holds it, and the Gesprek the plan names it by."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from babel.dates import format_date

from interview.model import Gesprek

Soort = Literal["zorg", "goed", "idee", "signaal"]
SOORT_PER_VELD: dict[str, Soort] = {"zorgen": "zorg", "goed": "goed", "ideeen": "idee", "signalen": "signaal"}
INDIVIDUEEL = "individueel gesprek"


@dataclass(frozen=True)
class Sessie:
    """One individual session as its journal holds it."""

    id: str
    vragenlijst: str
    persoon: str
    antwoorden: Mapping[str, Any]
    begin: str = ""
    einde: str = ""


def in_volgorde(sessies: Iterable[Sessie]) -> list[Sessie]:
    """Sessions in one fixed order, so the merge never depends on the order they were found in."""
    return sorted(sessies, key=lambda s: (s.persoon, s.vragenlijst, s.begin, s.id))


def gesprek_van(sessie: Sessie) -> str:
    """'individueel gesprek van 21 november 2026': what a reader of the plan understands."""
    try:
        dag = dt.date.fromisoformat(sessie.begin[:10])
    except ValueError:
        return INDIVIDUEEL
    return f"{INDIVIDUEEL} van {format_date(dag, format='long', locale='nl_NL')}"


def gehouden_gesprek(soort: str, met: Sequence[str], begin: str, einde: str, rol: str = "") -> Gesprek | None:
    """A `Gesprek` from a journal's begin and end times (ISO strings); its duur in whole minutes.

    None when neither time can be read (a journal edited by hand): a gesprek without a date
    cannot be placed, and the plan does not invent one.
    """
    van, tot = _tijdstip(begin), _tijdstip(einde)
    moment = van or tot
    if moment is None:
        return None
    duur = round((tot - van).total_seconds() / 60) if van and tot and tot >= van else None
    return Gesprek(soort=soort, met=list(met), rol=rol, datum=moment.date(), begin=van, einde=tot, duur=duur)


def _tijdstip(tekst: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(tekst)
    except ValueError:
        return None
