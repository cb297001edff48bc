"""The Prompter protocol: the only way the engine talks to a screen, so tests can script it."""

from __future__ import annotations

import enum
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from interview.conduct.controle import Keuzes
from interview.conduct.vragenlijst import Vraag

TERUG_WOORD = ":terug"
HULP_WOORD = ":hulp"
TERUG_KEUZE = "← vorige vraag"
UITLEG = (
    f"Typ {TERUG_WOORD} (of kies '{TERUG_KEUZE}') om naar de vorige vraag te gaan, {HULP_WOORD} voor "
    "alle opdrachten. "
    "Elk antwoord wordt meteen bewaard: stoppen kan altijd met Ctrl-C, de volgende keer gaat u verder "
    "waar u was. Aan het eind ziet u al uw antwoorden en kunt u er nog elk van wijzigen."
)


class Terug(enum.Enum):
    """The answer 'go back to the previous question'."""

    TERUG = "terug"


TERUG: Literal[Terug.TERUG] = Terug.TERUG


@dataclass(frozen=True)
class Opdracht:
    """A colon command typed instead of an answer (`:overzicht`); the engine runs `doe` and asks
    the same question again. The prompter only recognises the word and returns this object."""

    woord: str
    uitleg: str
    doe: Callable[[], None]


def met_hulp(opdrachten: Sequence[Opdracht], meld: Callable[[str], None]) -> tuple[Opdracht, ...]:
    """The caller's commands plus `:hulp`, which shows them all through `meld`."""
    hulp = Opdracht(HULP_WOORD, "deze lijst met opdrachten", lambda: meld(hulptekst(alle)))
    alle = (*opdrachten, hulp)
    return alle


def hulptekst(opdrachten: Sequence[Opdracht]) -> str:
    """The Dutch list of every command at a prompt, `:terug` first, for `:hulp`."""
    regels = [(TERUG_WOORD, f"naar de vorige vraag (of kies '{TERUG_KEUZE}')"),
              *((opdracht.woord, opdracht.uitleg) for opdracht in opdrachten)]
    breedte = max(len(woord) for woord, _ in regels)
    return "\n".join([
        "Opdrachten (typ ze in plaats van een antwoord; in een keuzelijst typt u ze als zoektekst):",
        *(f"  {woord:<{breedte}}  {uitleg}" for woord, uitleg in regels),
        "Lange tekst sluit u af met Esc en dan Enter. In een keuzelijst typt u letters om te zoeken.",
    ])


@dataclass(frozen=True)
class Vraagstelling:
    """Everything a prompter needs to ask one question.

    `standaard` is the earlier answer (None if there is none) and must be offered as default.
    `keuzes` are (value, label) pairs for keuze, meerkeuze, persoon and personen; empty for a
    persoon question means the dossier names no people, so any name may be typed. `kop` is text
    to show first (a list's introduction, 'Zorg 2').
    `opdrachten` are the colon commands besides `:terug` that may be typed instead of an answer.
    """

    vraag: Vraag
    pad: str
    standaard: Any = None
    keuzes: Keuzes = ()
    kop: str = ""
    opdrachten: tuple[Opdracht, ...] = ()


class Prompter(Protocol):
    """Asks questions and shows messages; raises KeyboardInterrupt or EOFError when the user quits."""

    def vraag(self, stelling: Vraagstelling) -> Any | Terug | Opdracht:
        """The answer (str, bool, int, or list of values; None to skip an optional one), TERUG, or
        the one of `stelling.opdrachten` that was typed."""
        ...

    def meld(self, tekst: str) -> None:
        """Show a line of text."""
        ...

    def kies_uit_overzicht(
        self, regels: Sequence[str], opdrachten: Sequence[Opdracht] = ()
    ) -> int | Opdracht | None:
        """Show every answer (one line each) and return the index of the one to change, None for
        'Klaar, gesprek afsluiten', or the one of `opdrachten` that was typed."""
        ...


def heeft_terminal() -> bool:
    """Whether questions can be asked: stdin and stdout are both a terminal."""
    return sys.stdin.isatty() and sys.stdout.isatty()
