"""Answers files that still choose statements and scores by the order the sessions were held.

Such a key (`gesprek-006`, `gesprek-001/zorgen/1`) named whoever happened to be spoken with
sixth; replayed in another order it put one person's words under another's name. Now keys name
the person (interview.merge.sleutels). An answers file with an old key is refused before
anything is asked or stored, with one line saying what to write instead.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from interview.conduct import Vraag, Vragenlijst
from interview.fouten import OngeldigeInvoer
from interview.merge.inbreng import Overzicht, keuzelijsten
from interview.merge.sleutels import is_oude_sleutel, melding_oude_sleutels


def weiger_oude_sleutels(bron: Path, antwoorden: Mapping[str, Any], vragenlijst: Vragenlijst,
                         overzicht: Overzicht) -> None:
    """OngeldigeInvoer naming the answers file and what to write instead, when an answer to a
    question that picks from the sessions uses a key by session order."""
    lijsten = set(keuzelijsten(overzicht))
    melding = melding_oude_sleutels(_oude_sleutels(vragenlijst.vragen, antwoorden, lijsten, ""),
                                    dict(overzicht.sessiesleutels))
    if melding is not None:
        raise OngeldigeInvoer(f"{bron}: {melding}")


def _oude_sleutels(vragen: Sequence[Vraag], antwoorden: Mapping[str, Any], lijsten: Collection[str],
                   prefix: str) -> Iterator[tuple[str, str]]:
    """(question path, old key) for each old key answered to a question that picks from
    `lijsten`, in lists of items too; everything else is left to the questionnaire's checks."""
    for vraag in vragen:
        waarde = antwoorden.get(vraag.id)
        pad = prefix + vraag.id
        if vraag.soort == "lijst" and isinstance(waarde, list):
            for nummer, item in enumerate(waarde, 1):
                if isinstance(item, Mapping):
                    yield from _oude_sleutels(vraag.vragen, item, lijsten, f"{pad}[{nummer}].")
        elif vraag.keuzes_uit in lijsten:
            yield from ((pad, keuze) for keuze in _keuzes(waarde) if is_oude_sleutel(keuze))


def _keuzes(waarde: Any) -> list[str]:
    """The keys an answer gives: one, a list, or text separated by commas (as the engine reads it)."""
    if isinstance(waarde, str):
        return waarde.replace(";", ",").split(",")
    if isinstance(waarde, list):
        return [keuze for keuze in waarde if isinstance(keuze, str)]
    return []
