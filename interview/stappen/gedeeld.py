"""What the steps share: how they report and ask, their errors, and a session read back once closed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from interview.conduct import Prompter, Resultaat, Vragenlijst, lees_resultaat, voer_uit
from interview.conduct.journaal import lees_journaal
from interview.fouten import VplanFout

Melder = Callable[[str], None]
Vrager = Callable[[], Prompter | None]
"""Makes the prompter once the input is known to be right, so a wrong name is reported before
a missing terminal; returns None when only an answers file answers."""


class Antwoordfout(Exception):
    """Answers that do not hold, as (model path, Dutch message), beside pydantic's own errors."""

    def __init__(self, paren: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(f"{pad}: {bericht}" for pad, bericht in paren))
        self.paren = paren


class NietBegonnen(VplanFout):
    """The worker chose not to start a session after all; nothing changed."""

    afsluitcode = 0


def vraag_apart(lijst: Vragenlijst, journaal: Path, prompter: Prompter | None,
                **opties: Any) -> Resultaat | None:
    """A choice the netwerkberaad makes apart from its questionnaire (phone conflicts, new network
    members): asked at the keyboard, read back once made; None when nobody can answer it.
    `opties` go to `voer_uit` (such as `opdrachten`)."""
    inhoud = lees_journaal(journaal)
    if prompter is None and (inhoud is None or inhoud.einde is None):
        return None
    return voer_of_lees(lijst, journaal, prompter, **opties)


def voer_of_lees(lijst: Vragenlijst, journaal: Path, prompter: Prompter | None,
                 **opties: Any) -> Resultaat:
    """A journal that an earlier run closed is read back, not asked again."""
    inhoud = lees_journaal(journaal)
    if inhoud is not None and inhoud.einde is not None:
        return lees_resultaat(journaal, lijst)
    return voer_uit(lijst, journaal, prompter, **opties)


def dag(moment: str | None) -> dt.date:
    """The date of a journal's timestamp; today when it has none or it cannot be read."""
    if moment:
        try:
            return dt.datetime.fromisoformat(moment).date()
        except ValueError:
            pass
    return dt.date.today()


def in_de_toekomst(datum: Any, wat: str) -> str | None:
    """A Dutch line when `datum` (a date or ISO text, None: no answer) lies after today: what is
    recorded (`wat`: an incident, an evaluation) has happened. As vaststellen and verstuurd refuse."""
    if datum is None:
        return None
    dag_ = dt.date.fromisoformat(str(datum))
    if dag_ <= dt.date.today():
        return None
    return f"{dag_:%d-%m-%Y} ligt na vandaag; {wat} legt u vast als het gebeurd is."


def toekomstfouten(datums: Iterable[tuple[str, Any, str]]) -> None:
    """Antwoordfout for every (path, date, what it dates) after today, so the worker is asked
    again (an answers file is refused with each path)."""
    paren = [(pad, melding) for pad, datum, wat in datums if (melding := in_de_toekomst(datum, wat))]
    if paren:
        raise Antwoordfout(paren)
