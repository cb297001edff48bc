"""The sandboxed Jinja environment in which templates run, with the filters team leads use."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from jinja2 import StrictUndefined
from markupsafe import Markup

from interview.render.grenzen import Grenzen
from interview.render.kruisverwijzingen import Kruisverwijzingen
from interview.render.notatie import datum, janee, leeftijd, namen
from interview.render.tekst import maak_veilig
from interview.render.zandbak import Zandbak


def _veilig_voor_word(waarde: Any) -> Any:
    """Every printed value passes here: answers are data, so strip what XML forbids.

    Markup (our own Word XML from the cross-reference filters) passes untouched;
    everything else is escaped afterwards by autoescape.
    """
    if isinstance(waarde, Markup):
        return waarde
    if isinstance(waarde, str):
        return maak_veilig(waarde)
    if isinstance(waarde, dt.date):
        return datum(waarde)
    if isinstance(waarde, bool):
        return janee(waarde)
    return waarde


def maak_omgeving(
    personen: Mapping[str, str], verwijzingen: Kruisverwijzingen, grenzen: Grenzen | None = None
) -> Zandbak:
    """A fresh environment for one document: its bookmarks are numbered from 1, its limits are new.

    `grenzen` None means the standard limits, counted from now.
    """
    omgeving = Zandbak(
        grenzen or Grenzen(), autoescape=True, undefined=StrictUndefined, finalize=_veilig_voor_word
    )

    def persoon(naam: str) -> str:
        beschrijving = personen.get(naam)
        return f"{naam}, {beschrijving}" if beschrijving else naam

    omgeving.filters.update(
        datum=datum,
        janee=janee,
        leeftijd=leeftijd,
        namen=namen,
        persoon=persoon,
        anker=verwijzingen.anker,
        verwijzing=verwijzingen.verwijzing,
        verwijzingen=verwijzingen.verwijzingen,
    )
    return omgeving
