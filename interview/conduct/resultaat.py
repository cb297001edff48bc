"""The outcome of a session, and reading it back from a journal without asking anything."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from interview.conduct.journaal import Journaalinhoud, lees_journaal
from interview.conduct.vragenlijst import Vragenlijst, laad_vragenlijst
from interview.conduct.wandeling import verzamel
from interview.fouten import BeschadigdBestand, OngeldigeInvoer


@dataclass(frozen=True)
class Resultaat:
    """A session's answers keyed by each question's `veld` (dotted names stay flat keys).

    `einde` is None for a session that was not closed; `hervat` says this run continued an
    earlier one; `onvolledig` says a cut-off last journal line was dropped.
    """

    vragenlijst: str
    persoon: str
    begin: str
    einde: str | None
    antwoorden: dict[str, Any] = field(default_factory=dict)
    hervat: bool = False
    onvolledig: bool = False
    uit_bestand: frozenset[str] = frozenset()
    """Answer paths that came from the answers file: fixed, the keyboard cannot change them."""

    @property
    def afgerond(self) -> bool:
        return self.einde is not None


def lees_resultaat(journaal_pad: Path, vragenlijst: Vragenlijst | None = None) -> Resultaat:
    """The answers in a finished or unfinished journal; the questionnaire defaults to the one it names.

    Raises OngeldigeInvoer when there is no journal, BeschadigdBestand when it cannot be read.
    """
    inhoud = lees_journaal(journaal_pad)
    if inhoud is None:
        if journaal_pad.exists():
            raise BeschadigdBestand(f"Het gespreksverslag {journaal_pad} bevat geen volledige kopregel.")
        raise OngeldigeInvoer(f"Gespreksverslag niet gevonden: {journaal_pad}")
    return resultaat_uit(inhoud, vragenlijst)


def resultaat_uit(inhoud: Journaalinhoud, vragenlijst: Vragenlijst | None = None) -> Resultaat:
    """The answers of a journal already read (see lees_resultaat)."""
    lijst = vragenlijst or laad_vragenlijst(inhoud.vragenlijst)
    return Resultaat(
        vragenlijst=inhoud.vragenlijst, persoon=inhoud.persoon, begin=inhoud.begin, einde=inhoud.einde,
        antwoorden=verzamel(lijst, inhoud.antwoorden, inhoud.leeftijd), onvolledig=inhoud.onvolledig,
    )
