"""Builders for the engine's tests: questionnaires from text, and a prompter that follows a script."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from interview.conduct.kaart import vul_per_veld
from interview.conduct.prompter import KaartStelling, Opdracht, Terug, Vraagstelling
from interview.conduct.vragenlijst import Vragenlijst, lees_vragenlijst


def maak_vragenlijst(map: Path, yaml_tekst: str, naam: str = "lijst.yaml") -> Vragenlijst:
    """A questionnaire from YAML text, written to `map` so errors can name the file."""
    pad = map / naam
    pad.write_text(textwrap.dedent(yaml_tekst), encoding="utf-8")
    return lees_vragenlijst(pad)


@dataclass(frozen=True)
class Overzicht:
    """At the review: change the line containing `kies` (None = 'Klaar, gesprek afsluiten')."""

    kies: str | None = None


class Onderbreek:
    """At this question the user presses Ctrl-C."""


@dataclass(frozen=True)
class Typ:
    """The user types a colon command (':hulp') instead of an answer; as a step on its own, at the
    review. The command must be one the engine offers there."""

    woord: str

    def uit(self, opdrachten: Sequence[Opdracht]) -> Opdracht:
        gevonden = [opdracht for opdracht in opdrachten if opdracht.woord == self.woord]
        assert gevonden, f"{self.woord} wordt hier niet aangeboden: {[o.woord for o in opdrachten]}"
        return gevonden[0]


ONDERBREEK = Onderbreek()


class GescriptePrompter:
    """Plays a session: each step is (expected path, answer or Typ), Overzicht(...), Typ or ONDERBREEK.

    It fails loudly when the engine asks something else than the script expects, and records
    everything it was asked and shown so tests can assert on it.
    """

    def __init__(self, script: Iterable[Any] = ()) -> None:
        self.script = list(script)
        self.gesteld: list[Vraagstelling] = []
        self.meldingen: list[str] = []
        self.overzichten: list[list[str]] = []

    def vraag(self, stelling: Vraagstelling) -> Any | Terug | Opdracht:
        self.gesteld.append(stelling)
        stap = self._volgende(f"vraag {stelling.pad!r}")
        if stap is ONDERBREEK:
            raise KeyboardInterrupt
        assert isinstance(stap, tuple), f"script verwachtte {stap!r}, maar kreeg vraag {stelling.pad!r}"
        pad, antwoord = stap
        assert pad == stelling.pad, f"script verwachtte vraag {pad!r}, maar kreeg {stelling.pad!r}"
        return antwoord.uit(stelling.opdrachten) if isinstance(antwoord, Typ) else antwoord

    def vul_kaart(self, kaart: KaartStelling) -> dict[str, Any] | Terug | Opdracht | None:
        """A card is played as its questions one after another, as the script lists them."""
        return vul_per_veld(self.vraag, kaart, self.meld)

    def meld(self, tekst: str) -> None:
        self.meldingen.append(tekst)

    def kies_uit_overzicht(
        self, regels: Sequence[str], opdrachten: Sequence[Opdracht] = ()
    ) -> int | Opdracht | None:
        self.overzichten.append(list(regels))
        if not self.script:
            return None
        stap = self._volgende("het overzicht")
        if isinstance(stap, Typ):
            return stap.uit(opdrachten)
        assert isinstance(stap, Overzicht), f"script verwachtte {stap!r}, maar kreeg het overzicht"
        if stap.kies is None:
            return None
        gevonden = [i for i, regel in enumerate(regels) if stap.kies in regel]
        assert gevonden, f"{stap.kies!r} staat niet in het overzicht: {regels}"
        return gevonden[0]

    @property
    def gestelde_paden(self) -> list[str]:
        return [s.pad for s in self.gesteld]

    def _volgende(self, wat: str) -> Any:
        assert self.script, f"het script is op, maar de motor vraagt nog {wat}"
        return self.script.pop(0)
