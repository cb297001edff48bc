"""What a step gives its questionnaire (people, ages, choice lists, defaults, help lines), typed and
checked before a session asks or writes anything."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from interview.conduct.antwoordcontrole import Keuzes
from interview.conduct.vragenlijst import Vraag, Vragenlijst
from interview.fouten import OngeldigeInvoer, VragenlijstFout

PERSONEN = "personen"
"""The one choice list the engine knows itself: `keuzes_uit: personen` offers the context's people."""


@dataclass(frozen=True)
class Item:
    """Where a question is asked: its list item (or the top level), with every answer so far.

    `item["belt"]` is the answer to the question `belt` of the same item (of the top level outside a
    list), so a default never rebuilds answer paths. `antwoorden` holds all answers so far by path;
    `lijst` is the path of the item's list (`noodplan`, `doelen[2].ondersteuning`; empty at the top
    level) and `nummer` the item's number in it, from 1 (0 at the top level).
    """

    antwoorden: Mapping[str, Any]
    lijst: str = ""
    nummer: int = 0

    @classmethod
    def van(cls, pad: str, antwoorden: Mapping[str, Any]) -> Item:
        """The item of the question at answer path `pad` (`noodplan[2].telefoon`: item 2 of `noodplan`)."""
        in_item = re.fullmatch(r"(.+)\[(\d+)\]\.[^\[\]]+", pad)
        if in_item is None:  # a top-level question, whose id may hold dots (`dossier.gezinsnaam`)
            return cls(antwoorden)
        return cls(antwoorden, in_item[1], int(in_item[2]))

    def __getitem__(self, vraag_id: str) -> Any:
        return self.antwoorden[self._pad(vraag_id)]

    def __contains__(self, vraag_id: str) -> bool:
        return self._pad(vraag_id) in self.antwoorden

    def get(self, vraag_id: str, standaard: Any = None) -> Any:
        """The answer to `vraag_id` of this item; `standaard` when there is none yet."""
        return self.antwoorden.get(self._pad(vraag_id), standaard)

    def _pad(self, vraag_id: str) -> str:
        return f"{self.lijst}[{self.nummer}].{vraag_id}" if self.lijst else vraag_id


Keuzelijst = Sequence[tuple[str, str]] | Callable[[Mapping[str, Any]], Sequence[tuple[str, str]]]
"""(value, label) pairs; or, for what this same session made so far (the zorgen an afspraak
serves), a function of the answers so far by path that returns them."""
Standaard = Callable[[Item], Any] | str | bool | int | Sequence[str]
"""A default: a value, or a function of the current item that returns one (None: no default)."""
Hulp = Callable[[Item], str]
"""Why a question matters here, from the current item: one Dutch line, empty for none."""


@dataclass(frozen=True)
class Vraagcontext:
    """What a step gives its questionnaire; a questionnaire may name nothing else.

    `personen` are the names persoon and personen questions choose from (none: any name is taken);
    `leeftijd` is the age of the session's child, for age conditions without `vraag`; `leeftijden`
    are ages by name, for age conditions on the person chosen in an earlier persoon question (an
    adult is simply not named). `keuzelijsten`, `standaarden` and `hulp` hold, by name, what the
    questions' `keuzes_uit`, `standaard_uit` and `hulp_uit` name.
    """

    personen: Sequence[str] = ()
    leeftijd: int | None = None
    leeftijden: Mapping[str, int] = field(default_factory=dict)
    keuzelijsten: Mapping[str, Keuzelijst] = field(default_factory=dict)
    standaarden: Mapping[str, Standaard] = field(default_factory=dict)
    hulp: Mapping[str, Hulp] = field(default_factory=dict)

    def keuzes(self, vraag: Vraag, antwoorden: Mapping[str, Any]) -> Keuzes:
        """The (value, label) pairs `vraag` offers; a list that is a function gets `antwoorden`. A
        person question offers the context's people, or only those of its own list ("Voor welk
        kind?" offers the children, issue 19)."""
        eigen_lijst = vraag.keuzes_uit not in (None, "", PERSONEN)
        if (vraag.soort in ("persoon", "personen") and not eigen_lijst) or vraag.keuzes_uit == PERSONEN:
            return tuple((naam, naam) for naam in self.personen)
        if vraag.keuzes:
            return tuple((keuze, keuze) for keuze in vraag.keuzes)
        if not vraag.keuzes_uit:
            return ()
        lijst = self.keuzelijsten[vraag.keuzes_uit]
        return tuple(lijst(antwoorden) if callable(lijst) else lijst)

    def standaard(self, vraag: Vraag, item: Item) -> Any:
        """The default `vraag` gets at `item`; None when it has none."""
        if not vraag.standaard_uit:
            return None
        bron = self.standaarden[vraag.standaard_uit]
        return bron(item) if callable(bron) else bron

    def waarom(self, vraag: Vraag, item: Item) -> str:
        """The line on why `vraag` matters at `item`; empty when there is none."""
        return self.hulp[vraag.hulp_uit](item) if vraag.hulp_uit else ""


def controleer_context(lijst: Vragenlijst, context: Vraagcontext) -> None:
    """Refuse to start a session whose questionnaire names what the step does not give.

    A name missing from the context is our own mistake (a misspelling in a questionnaire, or a
    step that forgot a list), which would otherwise show as an empty list or a missing default:
    VragenlijstFout names the questionnaire, the question and the name.
    """
    for vraag in _alle(lijst.vragen):
        for sleutel, naam, bekend in (("keuzes_uit", vraag.keuzes_uit, {*context.keuzelijsten, PERSONEN}),
                                      ("standaard_uit", vraag.standaard_uit, set(context.standaarden)),
                                      ("hulp_uit", vraag.hulp_uit, set(context.hulp))):
            if naam and naam not in bekend:
                raise VragenlijstFout(
                    f"Vragenlijst '{lijst.id}' ({lijst.bron or 'gemaakt in de code'}): vraag '{vraag.id}' "
                    f"noemt {sleutel} '{naam}', maar die geeft deze stap niet mee. Wel bekend: "
                    f"{', '.join(sorted(bekend)) or 'niets'}.")


def controleer_leeftijd(lijst: Vragenlijst, leeftijd: int | None) -> None:
    """A questionnaire that picks questions by age cannot start without the child's age."""
    if leeftijd is None and kijkt_naar_leeftijd(lijst.vragen):
        raise OngeldigeInvoer(
            f"Vragenlijst '{lijst.id}' kiest de vragen op leeftijd; de leeftijd van het kind is niet bekend."
        )


def kijkt_naar_leeftijd(vragen: tuple[Vraag, ...]) -> bool:
    """Whether a question depends on the session's child's age (not on the age of a chosen person)."""
    return any((v.als is not None and v.als.toets.startswith("leeftijd") and not v.als.vraag)
               or kijkt_naar_leeftijd(v.vragen)
               for v in vragen)


def _alle(vragen: tuple[Vraag, ...]) -> Iterator[Vraag]:
    """Every question, those of the items of a list included."""
    for vraag in vragen:
        yield vraag
        yield from _alle(vraag.vragen)
