"""A session's answers in the form the overview reads, and a Dutch line per answer left out."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from interview.merge.sessie import SOORT_PER_VELD, Sessie
from interview.model.toestemming import DELEN


def _is_uitspraak(item: Any) -> bool:
    """Plain text, or {wat: text, wanneer/soort/delen: text, niet_voor: names} as a list question
    stores it. A `niet_voor` that is not a list of names leaves the whole statement out: read
    without it, it would reach the very person it is not for."""
    if isinstance(item, str):
        return True
    return (isinstance(item, Mapping) and isinstance(item.get("wat"), str)
            and all(isinstance(item.get(k), str | None) for k in ("wanneer", "soort", "delen"))
            and _zijn_namen(item.get("niet_voor", [])))


def _zijn_namen(waarde: Any) -> bool:
    return isinstance(waarde, list) and all(isinstance(naam, str) for naam in waarde)


def _is_netwerklid(item: Any) -> bool:
    return (isinstance(item, Mapping) and isinstance(item.get("naam"), str)
            and all(isinstance(item.get(k), str | None) for k in ("relatie", "telefoon")))


def _is_score(waarde: Any) -> bool:
    return isinstance(waarde, int) and not isinstance(waarde, bool) and 0 <= waarde <= 10


LIJSTEN: dict[str, tuple[Callable[[Any], bool], str]] = {
    **{veld: (_is_uitspraak, "uitspraak (tekst)") for veld in SOORT_PER_VELD},
    "netwerk": (_is_netwerklid, "persoon met naam (en relatie en telefoon als tekst)"),
}
"""The list answers the overview reads, with what each item must be."""
ENKEL: dict[str, tuple[Callable[[Any], bool], str]] = {
    "schaalscore": (_is_score, "geheel getal van 0 tot en met 10"),
    "schaal_toelichting": (lambda waarde: isinstance(waarde, str), "tekst"),
    "telefoon": (lambda waarde: isinstance(waarde, str), "tekst"),
    "schaal_delen": (lambda waarde: waarde in DELEN, "keuze uit: " + ", ".join(DELEN)),
    "ouders_akkoord": (lambda waarde: isinstance(waarde, bool), "ja of nee"),
    "ouders_ja": (_zijn_namen, "lijst met namen"),
    "schaal_niet_voor": (_zijn_namen, "lijst met namen"),
    "hulpvraag_niet_voor": (_zijn_namen, "lijst met namen"),
    "hulpvraag": (lambda waarde: isinstance(waarde, str), "tekst"),
    "hulpvraag_delen": (lambda waarde: waarde in DELEN, "keuze uit: " + ", ".join(DELEN)),
}
"""The single answers the overview reads, with what each must be."""
SAMEN: dict[str, str] = {"schaal_niet_voor": "schaal_delen", "hulpvraag_niet_voor": "hulpvraag_delen"}
"""A `niet_voor` left out takes its `delen` with it: without the answer, only professionals read it."""


def bruikbaar(sessie: Sessie) -> tuple[Sessie, list[str]]:
    """The session with only answers in the form the overview reads, and a Dutch line per answer
    left out. The engine stores each answer in its form; a journal edited by hand may not."""
    antwoorden = dict(sessie.antwoorden)
    weggelaten: list[str] = []

    def laat_weg(pad: str, verwacht: str) -> None:
        weggelaten.append(f"Let op: in het gesprek met {sessie.persoon} ({sessie.id}) is het antwoord op "
                          f"'{pad}' geen {verwacht}; het staat niet in het overzicht.")

    for veld, (past, verwacht) in ENKEL.items():
        if antwoorden.get(veld) is not None and not past(antwoorden[veld]):
            laat_weg(veld, verwacht)
            del antwoorden[veld]
            antwoorden.pop(SAMEN.get(veld, ""), None)
    for veld, (past, verwacht) in LIJSTEN.items():
        waarde = antwoorden.get(veld)
        if waarde is None:
            continue
        if not isinstance(waarde, list):
            laat_weg(veld, "lijst")
            del antwoorden[veld]
            continue
        for nummer, item in enumerate(waarde, 1):
            if not past(item):
                laat_weg(f"{veld}[{nummer}]", verwacht)
        if veld in SOORT_PER_VELD:  # an empty place keeps the keys of the statements after it
            antwoorden[veld] = [item if past(item) else "" for item in waarde]
        else:
            antwoorden[veld] = [item for item in waarde if past(item)]
    return replace(sessie, antwoorden=antwoorden), weggelaten
