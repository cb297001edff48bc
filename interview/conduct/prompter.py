"""The Prompter protocol: the only way the engine talks to a screen, so tests can script it."""

from __future__ import annotations

import enum
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from interview.conduct.antwoordcontrole import Keuzes
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
        "Een losse vraag met lange tekst: Enter = nieuwe regel, Esc en dan Enter = klaar.",
        "Op een kaart is dat omgekeerd: Enter of Tab = volgend veld, Esc en dan Enter = nieuwe regel in",
        "lange tekst; Shift-Tab = vorig veld; Ctrl-N = kaart klaar met de rest zoals getoond, Ctrl-D ook",
        "en dan de lijst klaar (op een lege kaart: lijst klaar); een opdracht typt u in een veld.",
        "In een keuzelijst typt u letters om te zoeken.",
    ])


@dataclass(frozen=True)
class Vraagstelling:
    """Everything a prompter needs to ask one question.

    `standaard` is the earlier answer (None if there is none) and must be offered as default.
    `keuzes` are (value, label) pairs for keuze, meerkeuze, persoon and personen; empty for a
    persoon question means the dossier names no people, so any name may be typed. `kop` is text
    to show first (a list's introduction, 'Zorg 2').
    `opdrachten` are the colon commands besides `:terug` that may be typed instead of an answer.
    `terug` is False at the first question: a list then offers no '← vorige vraag'.
    """

    vraag: Vraag
    pad: str
    standaard: Any = None
    keuzes: Keuzes = ()
    kop: str = ""
    opdrachten: tuple[Opdracht, ...] = ()
    terug: bool = True


@dataclass(frozen=True)
class Laatste:
    """A filled card that also ends its list (Ctrl-D on a card the worker filled, issue 19): its
    answers by path as `Prompter.vul_kaart` returns them otherwise. It spares the empty card that
    would only say 'no more'."""

    waarden: Mapping[str, Any]


@dataclass(frozen=True)
class KaartStelling:
    """Everything a prompter needs to fill one card: several questions on one screen.

    `velden` are all the card's questions in order, each with its default given the answers so far;
    `zichtbaar(waarden)` gives the paths of those asked with the card's values `waarden` (by path)
    filled in, as a condition (`als`) may depend on another field of the card; `standaard(pad,
    waarden)` is a field's default given those values (a phone number follows the person chosen);
    `controle(pad, antwoord)` is the engine's Dutch message for an answer that does not fit (None
    when it fits), to show on the card while the field is filled. `waarom(pad, waarden)` is the line
    on why a field matters here given the card's values (empty if none): an afspraak whose `wie`
    has an LVB asks for written-out steps.
    `vervolg` is the question 'is there this item?' an empty card answers no; None when the card
    must be filled. `bewaar_concept(waarden)` keeps what was typed on a card left with `:terug`
    (unchecked values by path), so the card shows it again when the worker comes back.
    `fouten` are Dutch messages by path from the last attempt, to show beside the field.
    `lijst`: the card is an item of a list, so a filled card may end the list too (`Laatste`).
    Every answer is saved when the card is done, so Ctrl-C loses only this card.
    """

    kop: str
    velden: tuple[Vraagstelling, ...]
    zichtbaar: Callable[[Mapping[str, Any]], frozenset[str]]
    standaard: Callable[[str, Mapping[str, Any]], Any]
    controle: Callable[[str, Any], str | None]
    waarom: Callable[[str, Mapping[str, Any]], str] = lambda pad, waarden: ""
    vervolg: Vraagstelling | None = None
    fouten: Mapping[str, str] = field(default_factory=dict)
    opdrachten: tuple[Opdracht, ...] = ()
    bewaar_concept: Callable[[Mapping[str, Any]], None] = lambda waarden: None
    lijst: bool = False


class Prompter(Protocol):
    """Asks questions and shows messages; raises KeyboardInterrupt or EOFError when the user quits."""

    def vraag(self, stelling: Vraagstelling) -> Any | Terug | Opdracht:
        """The answer (str, bool, int, or list of values; None to skip an optional one), TERUG, or
        the one of `stelling.opdrachten` that was typed."""
        ...

    def vul_kaart(self, kaart: KaartStelling) -> dict[str, Any] | Laatste | Terug | Opdracht | None:
        """The typed answer per visible field path (unchecked: the engine checks and may return the
        card with `fouten`), the same as `Laatste` when the list ends after it (only when
        `kaart.lijst`), None for 'the list is done' (only when `kaart.vervolg` is set), TERUG
        for the previous card or question, or the one of `kaart.opdrachten` that was typed."""
        ...

    def meld(self, tekst: str) -> None:
        """Show a line of text."""
        ...

    def kies_uit_overzicht(
        self, regels: Sequence[str], opdrachten: Sequence[Opdracht] = ()
    ) -> int | Opdracht | None:
        """Show every answer (one line each) and return the index of the one to change, None for
        'alles klopt, verder', or the one of `opdrachten` that was typed."""
        ...


def heeft_terminal() -> bool:
    """Whether questions can be asked: stdin and stdout are both a terminal."""
    return sys.stdin.isatty() and sys.stdout.isatty()
