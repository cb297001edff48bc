"""The looptijd watch: a directe-veiligheid termijn that passed unreached, in one Dutch line."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date

from interview.fouten import VplanFout
from interview.store import Werkmap


def termijnmelding(werkmap: Werkmap, kenmerk: str, vandaag: dt.date) -> str | None:
    """The warning for the dossier's newest plan version, or None when there is nothing to report.

    None too when the dossier or its plan cannot be read: the command that opened it reports
    that in its own words, and a warning must never stop a command.
    """
    try:
        if not werkmap.bestaat(kenmerk) or not werkmap.versies(kenmerk):
            return None
        plan = werkmap.lees_plan(kenmerk)
    except VplanFout:
        return None
    termijn = plan.looptijd.verstreken_termijn(vandaag)
    if termijn is None:
        return None
    return (f"Let op: directe veiligheid had op {format_date(termijn, format='long', locale='nl_NL')} "
            f"bereikt moeten zijn (dossier {kenmerk}, planversie {plan.versie}) en is nog niet als bereikt "
            "vastgelegd. Bespreek met de gedragswetenschapper welke actie nodig is.")
