"""The Prompter protocol: the only way the engine talks to a screen, so tests can script it."""

from __future__ import annotations

import enum
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from interview.conduct.controle import Keuzes
from interview.conduct.vragenlijst import Vraag

TERUG_WOORD = ":terug"
TERUG_KEUZE = "← vorige vraag"
UITLEG = (
    f"Typ {TERUG_WOORD} (of kies '{TERUG_KEUZE}') om naar de vorige vraag te gaan. "
    "Elk antwoord wordt meteen bewaard: stoppen kan altijd met Ctrl-C, de volgende keer gaat u verder "
    "waar u was. Aan het eind ziet u al uw antwoorden en kunt u er nog elk van wijzigen."
)


class Terug(enum.Enum):
    """The answer 'go back to the previous question'."""

    TERUG = "terug"


TERUG: Literal[Terug.TERUG] = Terug.TERUG


@dataclass(frozen=True)
class Vraagstelling:
    """Everything a prompter needs to ask one question.

    `standaard` is the earlier answer (None if there is none) and must be offered as default.
    `keuzes` are (value, label) pairs for keuze, meerkeuze, persoon and personen; empty for a
    persoon question means the dossier names no people, so any name may be typed. `kop` is text
    to show first (a list's introduction, 'Zorg 2'); `nummer`/`totaal` give rough progress.
    """

    vraag: Vraag
    pad: str
    standaard: Any = None
    keuzes: Keuzes = ()
    kop: str = ""
    nummer: int = 0
    totaal: int = 0


class Prompter(Protocol):
    """Asks questions and shows messages; raises KeyboardInterrupt or EOFError when the user quits."""

    def vraag(self, stelling: Vraagstelling) -> Any | Terug:
        """The answer (str, bool, int, or list of values; None to skip an optional one), or TERUG."""
        ...

    def meld(self, tekst: str) -> None:
        """Show a line of text."""
        ...

    def kies_uit_overzicht(self, regels: Sequence[str]) -> int | None:
        """Show every answer (one line each) and return the index of the one to change, or None
        for 'Klaar, gesprek afsluiten'."""
        ...


def heeft_terminal() -> bool:
    """Whether questions can be asked: stdin and stdout are both a terminal."""
    return sys.stdin.isatty() and sys.stdout.isatty()
