"""Keys for what was said in the individual sessions: by person (and day), never by the order held.

A journal's number (`gesprek-003`) says only in which order the sessions were held: an answers
file that chose by it put one person's statement where another's belonged once the sessions were
held in another order. A session is therefore named by its person (`Eva`); only when that person
had more than one session, by person and day (`Eva/2026-11-21`), and by the time too when two
fell on one day (`Eva/2026-11-21 14.05`). A statement is its session's key, its field and its
place in that answer (`Eva/zorgen/1`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping

from interview.merge.sessie import Sessie

OUDE_SLEUTEL = re.compile(r"(gesprek-\d+)(/(?:zorgen|goed|ideeen)/\d+|/hulpvraag)?")
"""A key by session order, as answers files wrote them before: `gesprek-006`, `gesprek-001/zorgen/1`."""
ONBEKEND = "<naam van wie het zei>"
"""Stands in for the person when an old key names a session that is not (or no longer) offered."""


def sessiesleutels(sessies: Iterable[Sessie]) -> dict[str, str]:
    """Each session's key by its journal id: the person; with the day when that person had more
    than one session; with the time too when two were on one day; with the journal's number only
    when even that does not tell them apart (a journal whose times were edited away)."""
    per_persoon: dict[str, list[Sessie]] = {}
    for sessie in sessies:
        per_persoon.setdefault(sessie.persoon, []).append(sessie)
    sleutels: dict[str, str] = {}
    for persoon, eigen in per_persoon.items():
        for sessie in eigen:
            sleutels[sessie.id] = persoon if len(eigen) == 1 else f"{persoon}/{_moment(sessie, eigen)}"
    return sleutels


def _moment(sessie: Sessie, eigen: list[Sessie]) -> str:
    """The shortest of day, day and time (to the minute, to the second), day and time and
    journal that no other session of the same person shares."""
    manieren: list[Callable[[Sessie], str]] = [
        _dag, lambda s: _samen(_dag(s), _tijd(s, "%H.%M")), lambda s: _samen(_dag(s), _tijd(s, "%H.%M.%S")),
        lambda s: _samen(_dag(s), _tijd(s, "%H.%M.%S"), s.id)]
    for manier in manieren:
        if sum(manier(ander) == manier(sessie) for ander in eigen) == 1:
            return manier(sessie)
    return manieren[-1](sessie)


def _samen(*delen: str) -> str:
    return " ".join(deel for deel in delen if deel)


def _dag(sessie: Sessie) -> str:
    begin = _begin(sessie)
    return begin.date().isoformat() if begin else "zonder datum"


def _tijd(sessie: Sessie, vorm: str) -> str:
    begin = _begin(sessie)
    return begin.strftime(vorm) if begin else ""


def _begin(sessie: Sessie) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(sessie.begin)
    except ValueError:
        return None


def wie_en_wanneer(persoon: str, sessiesleutel: str) -> str:
    """How a choice at the keyboard names its session: 'Eva', or 'Eva (2026-11-21)' when Eva
    had more than one session, the same words as its key."""
    moment = sessiesleutel.removeprefix(f"{persoon}/")
    return persoon if moment == sessiesleutel else f"{persoon} ({moment})"


def is_oude_sleutel(tekst: str) -> bool:
    return OUDE_SLEUTEL.fullmatch(tekst.strip()) is not None


def nieuwe_sleutel(oud: str, sleutels: Mapping[str, str]) -> str:
    """What to write instead of an old key: the same statement or score by person (and day);
    a placeholder for the person when the old key's session is not among `sleutels`."""
    gevonden = OUDE_SLEUTEL.fullmatch(oud.strip())
    if gevonden is None:
        raise ValueError(f"geen oude sleutel: {oud!r}")
    sessie, rest = gevonden.groups()
    return sleutels.get(sessie, ONBEKEND) + (rest or "")


def melding_oude_sleutels(oude: Iterable[tuple[str, str]], sleutels: Mapping[str, str]) -> str | None:
    """One Dutch line for the old keys found, as (question path, old key): what to write instead.
    None when there are none."""
    paren = [(pad, oud.strip()) for pad, oud in oude]
    if not paren:
        return None
    verschillend = list(dict.fromkeys(oud for _, oud in paren))
    if len(verschillend) == 1:
        pad, oud = paren[0]
        return f"vraag '{pad}': {oud} bestaat niet meer als sleutel: schrijf {nieuwe_sleutel(oud, sleutels)}."
    vervangingen = [f"{nieuwe_sleutel(oud, sleutels)} in plaats van {oud}" for oud in verschillend]
    opgesomd = ", ".join(vervangingen[:-1]) + " en " + vervangingen[-1]
    return f"sleutels naar de volgorde van de gesprekken bestaan niet meer: schrijf {opgesomd}."
