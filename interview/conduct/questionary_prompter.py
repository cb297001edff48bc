"""The Prompter for a real terminal, built on questionary (which only it and keuzelijst.py import)."""

from __future__ import annotations

import re
import shutil
import textwrap
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from interview.conduct.antwoordcontrole import (
    SCHAAL_NUL,
    SCHAAL_TIEN,
    VERPLICHT,
    OngeldigAntwoord,
    controleer,
    datum_voor_mensen,
    lees_schaal,
)
from interview.conduct.prompter import (
    HULP_WOORD,
    TERUG,
    TERUG_KEUZE,
    TERUG_WOORD,
    KaartStelling,
    Laatste,
    Opdracht,
    Terug,
    Vraagstelling,
)

if TYPE_CHECKING:
    from prompt_toolkit.input import Input
    from prompt_toolkit.output import Output

    from interview.conduct.vragenlijst import Vraag

_TERUG = "\x00terug"  # choice values no questionnaire or context list can contain
_OVERSLAAN = "\x00overslaan"
KLAAR = "alles klopt, verder"
OPDRACHTEN_UITLEG = f"{TERUG_WOORD} = vorige vraag, {HULP_WOORD} = opdrachten"
LANG_UITLEG = (f"(Enter = nieuwe regel, in een leeg veld: overslaan; klaar: Esc en dan Enter. "
               f"{OPDRACHTEN_UITLEG})\n>")
KORT_UITLEG = f"({OPDRACHTEN_UITLEG})"
DATUM_UITLEG = f"(dag-maand-jaar, zoals 14-03-2018 of 14 maart 2018. {OPDRACHTEN_UITLEG})"
KIES_UITLEG = "(pijltjestoetsen en Enter, letters typen = zoeken)"
VINK_UITLEG = "(pijltjestoetsen, spatie = aan/uit, letters typen = zoeken, Enter = klaar)"
SCHAAL_UITLEG = f"(0 = {SCHAAL_NUL}; 10 = {SCHAAL_TIEN}. {OPDRACHTEN_UITLEG})"
SCHAAL_EIGEN_UITLEG = f"(een getal van 0 tot en met 10. {OPDRACHTEN_UITLEG})"
NIETS_AANGEVINKT = "(niets aangevinkt)"
ONBEKENDE_OPDRACHT = "Onbekende opdracht '{woord}'. Typ {hulp} voor de opdrachten."
_OPDRACHTVORM = re.compile(r":[a-zA-Z]+")


class QuestionaryPrompter:
    """Asks questions in the terminal. `input`/`output` are prompt_toolkit objects (tests pass a
    pipe input and a dummy output); nothing touches the terminal until a question is asked."""

    def __init__(self, *, input: Input | None = None, output: Output | None = None) -> None:
        self._io: dict[str, Any] = {k: v for k, v in (("input", input), ("output", output)) if v is not None}
        self._kaarten_getoond = False

    def vraag(self, stelling: Vraagstelling) -> Any | Terug | Opdracht:
        """Ask one question in the form its type needs; raises KeyboardInterrupt on Ctrl-C."""
        for tekst in (stelling.kop, stelling.vraag.hulp):
            if tekst:
                self.meld(tekst)
        soort = stelling.vraag.soort
        if soort in ("keuze", "janee") or (soort == "persoon" and stelling.keuzes):
            return self._kies(stelling)
        if soort in ("meerkeuze", "personen") and stelling.keuzes:
            return self._vink_aan(stelling)
        return self._typ(stelling)

    def vul_kaart(self, kaart: KaartStelling) -> dict[str, Any] | Laatste | Terug | Opdracht | None:
        """All fields of the card on one form (see kaartscherm); a card with nothing to fill, as
        every field came from the answers file, is done at once."""
        from interview.conduct.kaartscherm import Kaartscherm

        if not kaart.velden:
            return {}
        scherm = Kaartscherm(kaart, kort=self._kaarten_getoond, **self._io)
        self._kaarten_getoond = True
        return scherm.toon()

    def meld(self, tekst: str) -> None:
        """Print `tekst` wrapped at word boundaries to the terminal's width (long introductions)."""
        from prompt_toolkit import print_formatted_text

        breedte = max(40, shutil.get_terminal_size().columns - 2)
        regels = [textwrap.fill(regel, breedte) if regel.strip() else regel for regel in tekst.split("\n")]
        print_formatted_text("\n".join(regels), **self._uitvoer())

    def kies_uit_overzicht(
        self, regels: Sequence[str], opdrachten: Sequence[Opdracht] = ()
    ) -> int | Opdracht | None:
        """Numbered answers, then a number to change one; an empty answer closes the session."""
        import questionary

        breedte = len(str(len(regels)))
        self.meld("\nOverzicht van de antwoorden:")
        self.meld("\n".join(f"{nummer:>{breedte}}. {regel}" for nummer, regel in enumerate(regels, 1)))
        woorden = {opdracht.woord: opdracht for opdracht in opdrachten}

        def geldig(tekst: str) -> bool | str:
            tekst = tekst.strip()
            if not tekst or tekst in woorden or (tekst.isdigit() and 1 <= int(tekst) <= len(regels)):
                return True
            return f"Typ een nummer van 1 tot en met {len(regels)}, of druk op Enter."

        tekst, uitleg = _gevouwen("Welk antwoord wilt u wijzigen?",
                                  f"(typ het nummer; alleen Enter = {KLAAR}; {HULP_WOORD} = opdrachten)",
                                  self._kolommen())
        vraag = questionary.text(tekst, validate=geldig, instruction=uitleg, **self._io)
        antwoord = str(vraag.unsafe_ask()).strip()
        if antwoord in woorden:
            return woorden[antwoord]
        return int(antwoord) - 1 if antwoord else None

    def _kolommen(self) -> int:
        """The terminal's width: the output's own when one was given (tests), else the terminal's."""
        if "output" in self._io:
            return int(self._io["output"].get_size().columns)
        return shutil.get_terminal_size().columns

    def _uitvoer(self) -> dict[str, Any]:
        return {"output": self._io["output"]} if "output" in self._io else {}

    def _typ(self, stelling: Vraagstelling) -> Any | Terug | Opdracht:
        """Free text, with the check shown under the prompt until the answer fits. An earlier
        answer is prefilled and selected: typing replaces it, an arrow key edits it."""
        import questionary

        from interview.conduct.keuzelijst import vervangbaar

        vraag = stelling.vraag
        lees = _lezer(stelling)
        woorden = _woorden(stelling)

        def geldig(tekst: str) -> bool | str:
            if tekst.strip() in woorden:
                return True
            if _OPDRACHTVORM.fullmatch(tekst.strip()):
                return ONBEKENDE_OPDRACHT.format(woord=tekst.strip(), hulp=HULP_WOORD)
            try:
                lees(tekst)
            except OngeldigAntwoord as fout:
                return fout.melding
            return True

        tekst, uitleg = _gevouwen(vraag.tekst, _uitleg(vraag), self._kolommen())
        antwoord = vervangbaar(questionary.text(
            tekst, default=_als_tekst(stelling), validate=geldig, multiline=vraag.soort == "lang",
            instruction=uitleg, **self._io,
        ), lang=vraag.soort == "lang").unsafe_ask()
        return woorden[antwoord.strip()] if antwoord.strip() in woorden else lees(antwoord)

    def _kies(self, stelling: Vraagstelling) -> Any | Terug | Opdracht:
        """One of a list; yes/no is a list too, so that '← vorige vraag' can be offered. Typed
        letters search the list; a typed command and Enter answer with that command."""
        import questionary

        from interview.conduct.keuzelijst import Getypt, zoekbaar

        vraag = stelling.vraag
        janee = vraag.soort == "janee"
        keuzes = [("ja", "Ja"), ("nee", "Nee")] if janee else list(stelling.keuzes)
        if not vraag.verplicht and not janee:
            keuzes.append((_OVERSLAAN, "(overslaan)"))
        if stelling.terug:
            keuzes.append((_TERUG, TERUG_KEUZE))
        standaard = {True: "ja", False: "nee"}.get(stelling.standaard) if janee else stelling.standaard
        waarden = {waarde for waarde, _ in keuzes}
        woorden = _woorden(stelling)
        tekst, uitleg = _gevouwen(vraag.tekst, KIES_UITLEG, self._kolommen())
        antwoord = zoekbaar(questionary.select(
            tekst, choices=[questionary.Choice(label, value=waarde) for waarde, label in keuzes],
            default=standaard if standaard in waarden else None, instruction=uitleg,
            use_search_filter=True, use_jk_keys=False, **self._io,
        ), woorden).unsafe_ask()
        if isinstance(antwoord, Getypt):
            return woorden[antwoord.woord]
        if antwoord == _TERUG:
            return TERUG
        if antwoord == _OVERSLAAN:
            return None
        return antwoord == "ja" if janee else antwoord

    def _vink_aan(self, stelling: Vraagstelling) -> Any | Terug | Opdracht:
        """Several of a list (checkbox); the back choice wins over anything else ticked."""
        import questionary

        from interview.conduct.keuzelijst import Getypt, zoekbaar

        vraag = stelling.vraag
        eerder = set(stelling.standaard or [])
        keuzes = [questionary.Choice(label, value=waarde, checked=waarde in eerder)
                  for waarde, label in stelling.keuzes]
        if stelling.terug:
            keuzes.append(questionary.Choice(TERUG_KEUZE, value=_TERUG))

        def geldig(gekozen: list[str]) -> bool | str:
            return bool(gekozen) or not vraag.verplicht or VERPLICHT

        # Typed letters filter the list (questionary would otherwise read 'a' and 'i' as 'tick all'
        # and 'invert'); the answered line is erased and repeated in Dutch, as questionary's own
        # summary is English ('done (3 selections)').
        woorden = _woorden(stelling)
        tekst, uitleg = _gevouwen(vraag.tekst, _vinkuitleg(vraag), self._kolommen())
        antwoord = zoekbaar(questionary.checkbox(
            tekst, choices=keuzes, validate=geldig, instruction=uitleg,
            use_search_filter=True, use_jk_keys=False, erase_when_done=True, **self._io,
        ), woorden).unsafe_ask()
        if isinstance(antwoord, Getypt):
            return woorden[antwoord.woord]
        if _TERUG in antwoord:
            return TERUG
        labels = dict(stelling.keuzes)
        gekozen = ", ".join(labels.get(waarde, waarde) for waarde in antwoord)
        self.meld(f"? {vraag.tekst} {gekozen or vraag.leeg or NIETS_AANGEVINKT}")
        return list(antwoord)


def _woorden(stelling: Vraagstelling) -> dict[str, Terug | Opdracht]:
    """What each command typed at this prompt answers."""
    return {TERUG_WOORD: TERUG, **{opdracht.woord: opdracht for opdracht in stelling.opdrachten}}


def _uitleg(vraag: Vraag) -> str:
    """The hint beside a typed question: how to finish, the expected form, the commands."""
    if vraag.soort == "schaal":
        return SCHAAL_EIGEN_UITLEG if vraag.hulp else SCHAAL_UITLEG  # a child's question words its own scale
    return {"lang": LANG_UITLEG, "datum": DATUM_UITLEG}.get(vraag.soort, KORT_UITLEG)


def _gevouwen(tekst: str, uitleg: str, kolommen: int) -> tuple[str, str]:
    """Question and hint folded at word boundaries to `kolommen`, as questionary puts them on one
    line ('? ' before the question, a space after it) and prompt_toolkit folds mid-word."""
    breedte = max(40, kolommen - 1)
    regels = textwrap.wrap(f"? {tekst}", breedte, break_long_words=False, break_on_hyphens=False) or ["?"]
    gevouwen = "\n".join(regels)[2:]
    eerste, _, rest = uitleg.partition("\n")
    uitleg_regels = textwrap.wrap(eerste, breedte, break_long_words=False, break_on_hyphens=False)
    if uitleg_regels and len(regels[-1]) + 1 + len(uitleg_regels[0]) > breedte:
        uitleg_regels.insert(0, "")  # the hint starts on a line of its own
    return gevouwen, "\n".join([*uitleg_regels, *([rest] if rest else [])]) if eerste else uitleg


def _vinkuitleg(vraag: Vraag) -> str:
    """The keys of a checkbox list and, if the question says so, what ticking nothing means."""
    return VINK_UITLEG.replace(")", f"; niets aangevinkt = {vraag.leeg})") if vraag.leeg else VINK_UITLEG


def _lezer(stelling: Vraagstelling) -> Callable[[str], Any]:
    """Typed text -> the checked answer for this question (raises OngeldigAntwoord)."""
    vraag = stelling.vraag
    if vraag.soort == "schaal":
        return lambda tekst: controleer(vraag, lees_schaal(tekst) if tekst.strip() else None)
    return lambda tekst: controleer(vraag, tekst, stelling.keuzes)


def _als_tekst(stelling: Vraagstelling) -> str:
    """The earlier answer as it would be typed, to prefill the prompt."""
    standaard = stelling.standaard
    if standaard is None:
        return ""
    if stelling.vraag.soort == "datum":
        try:
            return datum_voor_mensen(str(standaard))
        except ValueError:
            return str(standaard)
    return str(standaard)
