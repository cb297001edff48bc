"""The scripted worker of the keystroke benchmark: the family's answers become the keys a worker
presses at the real prompts, one entry per stop.

A stop (issue 19) is every place the worker must press a key to go on: a field accepted with
Enter counts, a list closed with Ctrl-D counts, the review closed with Enter counts. On a card the
worker stops at the last field the family changes: Ctrl-N closes the card with the rest as shown,
Ctrl-D as well and ends the list when the family has no next item. The worker
plays the command once at the prompter level (the engine asks exactly what the terminal asks) and
writes down, per stop, the text to wait for and the keys; `bench_stops.py` then plays those keys
in a pseudo-terminal against `vplan` itself.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from interview.conduct import KaartStelling, Vraagstelling
from interview.conduct.prompter import Laatste
from tests.stappen.test_aantal_vragen import Tafel

ENTER, ESC_ENTER, CTRL_D, RECHTS, SPATIE, WISSEN = "\r", "\x1b\r", "\x04", "\x1b[C", " ", "\x7f"
CTRL_N = "\x0e"
_ITEMVELD = re.compile(r"(.*)\[(\d+)\]\.[a-z_0-9]+")
OMLAAG, OMHOOG = "\x1b[B", "\x1b[A"


@dataclass(frozen=True)
class Stop:
    """One stop: wait for `wacht` on screen (empty: go on at once), then press `toetsen`.
    `getypt`: the worker typed an answer here (not only Enter, Ctrl-D or a tick)."""

    wacht: str
    toetsen: str
    getypt: bool


class Werker(Tafel):
    """Answers as the family said (Tafel) and writes down the keys for each answer."""

    def __init__(self) -> None:
        super().__init__()
        self.stops: list[Stop] = []
        self.kaart_wacht = ""

    def vraag(self, stelling: Vraagstelling) -> object:
        self.gevraagd.append(stelling.pad)
        antwoord = Tafel.veld(self, stelling)  # Tafel.vraag would write it down as a card's field
        self.stops.append(Stop(_wacht(stelling.vraag.tekst), _los(stelling, antwoord),
                               _getypt(stelling, antwoord)))
        return antwoord

    def vul_kaart(self, kaart: KaartStelling) -> object:
        eerste = (kaart.velden or (kaart.vervolg,))[0]
        kop = kaart.kop.strip().splitlines()
        # The card's heading names its item ('Gevaarsomschrijving 2'): a redraw of the card before
        # it shows the same labels, not the same heading.
        self.kaart_wacht = kop[-1].strip()[:40] if kop else _wacht(eerste.vraag.tekst) if eerste else ""
        begin = len(self.stops)
        ingevuld = super().vul_kaart(kaart)
        if not isinstance(ingevuld, dict):
            return ingevuld
        laatste = kaart.lijst and self.antwoorden.get(_volgende_item(kaart)) is not True
        self.stops[begin:] = _sluit_vroeg(self.stops[begin:], laatste, kaart.vervolg is not None)
        return Laatste(ingevuld) if laatste else ingevuld

    def veld(self, stelling: Vraagstelling) -> object:
        antwoord = super().veld(stelling)
        wacht, self.kaart_wacht = self.kaart_wacht, ""
        if stelling.pad.endswith("]?"):
            if antwoord is not True:
                self.stops.append(Stop(wacht, CTRL_D, False))
            else:
                self.kaart_wacht = wacht  # the first field's stop waits for the card
            return antwoord
        self.stops.append(Stop(wacht, _op_kaart(stelling, antwoord), _getypt(stelling, antwoord)))
        return antwoord

    def kies_uit_overzicht(self, regels: Sequence[str], opdrachten: Sequence[object] = ()) -> None:
        super().kies_uit_overzicht(regels, opdrachten)
        self.stops.append(Stop("Welk antwoord wilt u wijzigen?", ENTER, False))


def _volgende_item(kaart: KaartStelling) -> str:
    """The path of 'is there a next item?' of a list item's card."""
    treffer = _ITEMVELD.fullmatch(kaart.velden[0].pad) if kaart.velden else None
    return f"{treffer[1]}[{int(treffer[2]) + 1}]?" if treffer else ""


def _sluit_vroeg(stops: list[Stop], laatste: bool, vervolg: bool) -> list[Stop]:
    """A card's stops up to the last field the family changes, closed there: Ctrl-D when the list
    ends with this card, Ctrl-N when fields follow that keep what they show, else Enter. A card
    that may stay empty (`vervolg`) is only kept once the worker went past a field."""
    if not stops:
        return stops
    veranderd = [nummer for nummer, stop in enumerate(stops) if stop.toetsen != ENTER]
    if not veranderd and not vervolg:  # a card that must be there, all shown as it should be
        return [Stop(stops[0].wacht, CTRL_D if laatste else CTRL_N, False)]
    tot = veranderd[-1] if veranderd else len(stops) - 1
    toets = CTRL_D if laatste else CTRL_N if tot < len(stops) - 1 else ENTER
    laatst = stops[tot]
    return [*stops[:tot], Stop(laatst.wacht, laatst.toetsen.removesuffix(ENTER) + toets, laatst.getypt)]


def _wacht(tekst: str) -> str:
    """A part of the question that is on one screen line (the prompts fold long questions)."""
    return tekst.split("(")[0].strip()[:30]


def _zelfde(antwoord: Any, standaard: Any) -> bool:
    """Whether the answer is what is shown; ticks are the same in any order."""
    if isinstance(antwoord, list) and isinstance(standaard, list):
        return sorted(map(str, antwoord)) == sorted(map(str, standaard))
    return bool(antwoord == standaard)


def _getypt(stelling: Vraagstelling, antwoord: Any) -> bool:
    return antwoord not in (None, [], "") and not _zelfde(antwoord, stelling.standaard)


def _als_tekst(stelling: Vraagstelling, waarde: Any) -> str:
    labels = dict(stelling.keuzes)
    if isinstance(waarde, bool):
        return "Ja" if waarde else "Nee"
    if isinstance(waarde, list):
        return ", ".join(labels.get(str(w), str(w)) for w in waarde)
    if isinstance(waarde, dt.date):
        return waarde.isoformat()
    return labels.get(str(waarde), str(waarde))


def _op_kaart(stelling: Vraagstelling, antwoord: Any) -> str:
    """The keys for one field of a card: Enter keeps what is shown, typing replaces it."""
    soort = stelling.vraag.soort
    if soort == "personen" and stelling.keuzes:
        return _vinken(stelling, list(stelling.standaard or []), list(antwoord or [])) + ENTER
    leeg = antwoord in (None, []) and stelling.standaard in (None, [], "")
    if leeg or _zelfde(antwoord, stelling.standaard):
        return ENTER
    if antwoord in (None, []):
        return WISSEN + ENTER
    tekst = _als_tekst(stelling, antwoord)
    return tekst.replace("\n", ESC_ENTER).rstrip(ESC_ENTER) + ENTER


def _vinken(stelling: Vraagstelling, aan: list[str], gewenst: list[str]) -> str:
    """Arrows to each name whose tick must change, and space."""
    toetsen, cursor = "", 0
    for nummer, (waarde, _) in enumerate(stelling.keuzes):
        if (waarde in aan) != (waarde in gewenst):
            toetsen += RECHTS * (nummer - cursor) + SPATIE
            cursor = nummer
    return toetsen


def _zoek(labels: list[str], label: str, toets: str) -> str:
    """Search a questionary list for `label` by typing a word of it no other label holds (a space
    would tick, not search), press `toets`, and clear the search; or walk to it with the arrows."""
    for woord in label.split():
        anderen = [ander for ander in labels if ander != label and woord.casefold() in ander.casefold()]
        if not anderen:
            return woord + toets + WISSEN * len(woord)
    plek = labels.index(label)
    return OMLAAG * plek + toets + OMHOOG * plek


def _los(stelling: Vraagstelling, antwoord: Any) -> str:
    """The keys for a question asked on its own (questionary): a list searched by typing, a
    checkbox ticked after a search, text typed over what is shown."""
    soort = stelling.vraag.soort
    labels = dict(stelling.keuzes)
    if soort in ("meerkeuze", "personen") and stelling.keuzes:
        aan, gewenst = set(stelling.standaard or []), set(antwoord or [])
        toetsen = ""
        for waarde in [w for w, _ in stelling.keuzes if (w in aan) != (w in gewenst)]:
            toetsen += _zoek(list(labels.values()), labels[waarde], SPATIE)
        return toetsen + ENTER
    if soort in ("keuze", "janee") or (soort == "persoon" and stelling.keuzes):
        if antwoord == stelling.standaard and antwoord is not None:
            return ENTER
        alle = ["Ja", "Nee"] if soort == "janee" else [*labels.values(), "(overslaan)"]
        zoek = "(overslaan)" if antwoord is None else _als_tekst(stelling, antwoord)
        return _zoek(alle, zoek, ENTER)
    if antwoord == stelling.standaard and antwoord not in (None, ""):
        return ESC_ENTER if soort == "lang" else ENTER
    if antwoord in (None, ""):
        return ENTER
    tekst = _als_tekst(stelling, antwoord)
    if soort == "lang":
        return tekst.replace("\n", ENTER) + ESC_ENTER
    return tekst + ENTER
