"""How a stored answer reads on screen, in the review and as a default."""

from __future__ import annotations

from typing import Any

from interview.conduct.antwoordcontrole import Keuzes, datum_voor_mensen
from interview.conduct.vragenlijst import Vraag

MAX_LENGTE = 70


def toon(vraag: Vraag, waarde: Any, keuzes: Keuzes = ()) -> str:
    """One short line for `waarde`: labels instead of keys, ja/nee, Dutch dates, long text cut off."""
    if vraag.leeg and waarde in (None, []):
        return vraag.leeg
    if waarde is None or waarde == []:
        return "(niet ingevuld)"
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    labels = dict(keuzes)
    if isinstance(waarde, list):
        return _kort(", ".join(labels.get(str(w), str(w)) for w in waarde))
    if vraag.soort == "datum" and isinstance(waarde, str):
        try:
            return datum_voor_mensen(waarde)
        except ValueError:
            return waarde
    return _kort(labels.get(str(waarde), str(waarde)))


def _kort(tekst: str) -> str:
    regel = " ⏎ ".join(tekst.splitlines())
    return regel if len(regel) <= MAX_LENGTE else regel[: MAX_LENGTE - 1] + "…"
