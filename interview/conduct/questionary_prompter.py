"""The Prompter for a real terminal, built on questionary (the only module that imports it)."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from interview.conduct.controle import (
    SCHAAL_NUL,
    SCHAAL_TIEN,
    VERPLICHT,
    OngeldigAntwoord,
    controleer,
    datum_voor_mensen,
    lees_schaal,
)
from interview.conduct.prompter import TERUG, TERUG_KEUZE, TERUG_WOORD, Terug, Vraagstelling

if TYPE_CHECKING:
    from prompt_toolkit.input import Input
    from prompt_toolkit.output import Output

_TERUG = "\x00terug"  # choice values no questionnaire or context list can contain
_OVERSLAAN = "\x00overslaan"
KLAAR = "klaar en afsluiten"
LANG_UITLEG = f"(Klaar? Druk op Esc en dan Enter, of Alt+Enter. {TERUG_WOORD} = vorige vraag)\n>"
KORT_UITLEG = f"({TERUG_WOORD} = vorige vraag)"
KIES_UITLEG = "(pijltjestoetsen en Enter)"
VINK_UITLEG = "(pijltjestoetsen, spatie = aan/uit, letters typen = zoeken, Enter = klaar)"
SCHAAL_UITLEG = f"(0 = {SCHAAL_NUL}; 10 = {SCHAAL_TIEN}. {TERUG_WOORD} = vorige vraag)"
SCHAAL_EIGEN_UITLEG = f"(een getal van 0 tot en met 10. {TERUG_WOORD} = vorige vraag)"


class QuestionaryPrompter:
    """Asks questions in the terminal. `input`/`output` are prompt_toolkit objects (tests pass a
    pipe input and a dummy output); nothing touches the terminal until a question is asked."""

    def __init__(self, *, input: Input | None = None, output: Output | None = None) -> None:
        self._io: dict[str, Any] = {k: v for k, v in (("input", input), ("output", output)) if v is not None}

    def vraag(self, stelling: Vraagstelling) -> Any | Terug:
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

    def meld(self, tekst: str) -> None:
        """Print `tekst` wrapped at word boundaries to the terminal's width (long introductions)."""
        from prompt_toolkit import print_formatted_text

        breedte = max(40, shutil.get_terminal_size().columns - 2)
        regels = [textwrap.fill(regel, breedte) if regel.strip() else regel for regel in tekst.split("\n")]
        print_formatted_text("\n".join(regels), **self._uitvoer())

    def kies_uit_overzicht(self, regels: Sequence[str]) -> int | None:
        """Numbered answers, then a number to change one; an empty answer closes the session."""
        import questionary

        breedte = len(str(len(regels)))
        self.meld("\nOverzicht van de antwoorden:")
        self.meld("\n".join(f"{nummer:>{breedte}}. {regel}" for nummer, regel in enumerate(regels, 1)))

        def geldig(tekst: str) -> bool | str:
            tekst = tekst.strip()
            if not tekst or (tekst.isdigit() and 1 <= int(tekst) <= len(regels)):
                return True
            return f"Typ een nummer van 1 tot en met {len(regels)}, of druk op Enter."

        antwoord = questionary.text(
            "Welk antwoord wilt u wijzigen?", validate=geldig,
            instruction=f"(typ het nummer; alleen Enter = {KLAAR})", **self._io,
        ).unsafe_ask()
        return int(antwoord) - 1 if str(antwoord).strip() else None

    def _uitvoer(self) -> dict[str, Any]:
        return {"output": self._io["output"]} if "output" in self._io else {}

    def _typ(self, stelling: Vraagstelling) -> Any | Terug:
        """Free text, with the check shown under the prompt until the answer fits."""
        import questionary

        vraag = stelling.vraag
        lees = _lezer(stelling)

        def geldig(tekst: str) -> bool | str:
            if tekst.strip() == TERUG_WOORD:
                return True
            try:
                lees(tekst)
            except OngeldigAntwoord as fout:
                return fout.melding
            return True

        uitleg = {"lang": LANG_UITLEG, "schaal": SCHAAL_UITLEG}.get(vraag.soort, KORT_UITLEG)
        if vraag.soort == "schaal" and vraag.hulp:  # the question words the scale itself (a child's)
            uitleg = SCHAAL_EIGEN_UITLEG
        antwoord = questionary.text(
            vraag.tekst, default=_als_tekst(stelling), validate=geldig, multiline=vraag.soort == "lang",
            instruction=uitleg, **self._io,
        ).unsafe_ask()
        return TERUG if antwoord.strip() == TERUG_WOORD else lees(antwoord)

    def _kies(self, stelling: Vraagstelling) -> Any | Terug:
        """One of a list; yes/no is a list too, so that '← vorige vraag' can be offered."""
        import questionary

        vraag = stelling.vraag
        janee = vraag.soort == "janee"
        keuzes = [("ja", "Ja"), ("nee", "Nee")] if janee else list(stelling.keuzes)
        if not vraag.verplicht and not janee:
            keuzes.append((_OVERSLAAN, "(overslaan)"))
        keuzes.append((_TERUG, TERUG_KEUZE))
        standaard = {True: "ja", False: "nee"}.get(stelling.standaard) if janee else stelling.standaard
        waarden = {waarde for waarde, _ in keuzes}
        antwoord = questionary.select(
            vraag.tekst, choices=[questionary.Choice(label, value=waarde) for waarde, label in keuzes],
            default=standaard if standaard in waarden else None, instruction=KIES_UITLEG, **self._io,
        ).unsafe_ask()
        if antwoord == _TERUG:
            return TERUG
        if antwoord == _OVERSLAAN:
            return None
        return antwoord == "ja" if janee else antwoord

    def _vink_aan(self, stelling: Vraagstelling) -> Any | Terug:
        """Several of a list (checkbox); the back choice wins over anything else ticked."""
        import questionary

        vraag = stelling.vraag
        eerder = set(stelling.standaard or [])
        keuzes = [questionary.Choice(label, value=waarde, checked=waarde in eerder)
                  for waarde, label in stelling.keuzes]
        keuzes.append(questionary.Choice(TERUG_KEUZE, value=_TERUG))

        def geldig(gekozen: list[str]) -> bool | str:
            return bool(gekozen) or not vraag.verplicht or VERPLICHT

        # Typed letters filter the list (questionary would otherwise read 'a' and 'i' as 'tick all'
        # and 'invert'); the answered line is erased and repeated in Dutch, as questionary's own
        # summary is English ('done (3 selections)').
        antwoord = questionary.checkbox(
            vraag.tekst, choices=keuzes, validate=geldig, instruction=VINK_UITLEG,
            use_search_filter=True, use_jk_keys=False, erase_when_done=True, **self._io,
        ).unsafe_ask()
        if _TERUG in antwoord:
            return TERUG
        labels = dict(stelling.keuzes)
        gekozen = ", ".join(labels.get(waarde, waarde) for waarde in antwoord) or "(geen)"
        self.meld(f"? {vraag.tekst} {gekozen}")
        return list(antwoord)


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
