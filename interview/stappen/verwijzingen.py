"""Choice lists of the items a session made so far ('Z1: titel'), so references are picked, not typed.

A veiligheidsdoel belongs to a zorg and an afspraak serves zorgen, bodemeisen and doelen that
were typed minutes earlier in the same session. The engine calls these lists with the answers
so far (flat, by path: `zorgen[2].titel`), so the list always holds exactly the items that exist
now, with the number each will get; a number for an item that was never made cannot be chosen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from interview.conduct.wandeling import vervolgpad

KORT = 60
Sessielijst = Callable[[Mapping[str, Any]], list[tuple[str, str]]]
"""A choice list of what this session made so far: (number, label) pairs from the answers so far."""


@dataclass(frozen=True)
class Soort:
    """One list of the session whose items can be referred to: the answers' path of the list,
    the sub-question that names an item, and the prefix of its numbers."""

    lijst: str
    tekstveld: str
    voorvoegsel: str


def gemaakt(staat: Mapping[str, Any], soort: Soort) -> list[str]:
    """The texts of the items of `soort.lijst` made so far, in order. An item counts once its
    naming answer is given; an item the worker took back ('nog een?' answered no) does not."""
    teksten: list[str] = []
    while True:
        nummer = len(teksten) + 1
        tekst = staat.get(f"{soort.lijst}[{nummer}].{soort.tekstveld}")
        if tekst is None or staat.get(vervolgpad(soort.lijst, nummer)) is False:
            return teksten
        teksten.append(str(tekst))


def label(nummer: str, tekst: str) -> str:
    """'Z1: Ruzie bij de overdracht': the number and the start of what the item says, as the lists
    of an earlier version's items show them."""
    tekst = " ".join(tekst.split())
    return f"{nummer}: {tekst if len(tekst) <= KORT else tekst[:KORT - 1] + '…'}"


def eerste_nummers(voorvoegsel: str, aantal: int) -> list[str]:
    """The numbers items get in a plan's first version: Z1, Z2, ... in the order they were made."""
    return [f"{voorvoegsel}{nummer}" for nummer in range(1, aantal + 1)]


def keuzelijst(soorten: Sequence[Soort],
               nummers: Callable[[str, int], list[str]] = eerste_nummers) -> Sessielijst:
    """The choice list of the items of `soorten` made so far. `nummers(voorvoegsel, aantal)` gives
    the numbers those items will get (Z1, Z2, ... in a plan's first version)."""
    def lijst(staat: Mapping[str, Any]) -> list[tuple[str, str]]:
        paren: list[tuple[str, str]] = []
        for soort in soorten:
            teksten = gemaakt(staat, soort)
            genummerd = zip(nummers(soort.voorvoegsel, len(teksten)), teksten, strict=True)
            paren += [(nummer, label(nummer, tekst)) for nummer, tekst in genummerd]
        return paren

    return lijst


def namen(lijsten: Sequence[str]) -> Sessielijst:
    """The choice list of the names typed so far in these lists (`kinderen`, `netwerk`), for a
    question about a person of a dossier that is still being made."""
    def lijst(staat: Mapping[str, Any]) -> list[tuple[str, str]]:
        return [(naam, naam) for pad in lijsten for naam in gemaakt(staat, Soort(pad, "naam", ""))]

    return lijst
