"""A dossier's session journals as the reports see them: which kind of contact, finished or not, when.

The kind is read from each journal's header, never from its file name, so journals of steps added
later (evaluatie, incident, vaststellen, …) are counted without changes here: a questionnaire not
named below is reported under its own id.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from interview.leesgrens import REGELS, lees_grens, ontleed_json
from interview.store import sessiemap

if TYPE_CHECKING:
    from interview.conduct.journaal import Journaalinhoud


INDIVIDUEEL = "individueel gesprek"
NETWERKBERAAD = "netwerkberaad"
EVALUATIE = "evaluatie"
INCIDENT = "incident"
SOORT_PER_VRAGENLIJST = {
    "netwerkberaad": NETWERKBERAAD,
    "eerder_plan": NETWERKBERAAD,  # asked at the start of the netwerkberaad
    "conflicten": NETWERKBERAAD,  # the netwerkberaad's choice between phone numbers
    "netwerk": NETWERKBERAAD,  # without a person: the netwerkberaad widening the network
    "evaluatie": EVALUATIE,
    "incident": INCIDENT,
    "dossier": "dossier aanleggen",
    "vaststellen": "vaststellen",
    "correctie": "correctie",
}
DIRECT_CONTACT = frozenset({INDIVIDUEEL, NETWERKBERAAD, EVALUATIE, INCIDENT, "vaststellen"})
"""Kinds of session held with the family or network; typing in a dossier or a correction is not."""
VERSIE_ACHTERVOEGSEL = re.compile(r"_v\d+$")


@dataclass(frozen=True)
class Sessie:
    """One journal: its kind of contact, whether it was closed, and when its file last changed."""

    pad: Path
    soort: str
    afgerond: bool
    gewijzigd_ns: int
    begin: str


def sessies(dossiermap: Path) -> list[Sessie]:
    """Every session journal of the dossier (an empty, just-claimed one is skipped).

    Raises BeschadigdBestand for a journal that cannot be read or a folder that is a link, like every
    step that reads them.
    """
    from interview.conduct.journaal import lees_journaal  # only when a dossier is read afresh: the
    # package interview.conduct loads the whole questionnaire engine, a quarter of a warm overzicht

    map_ = sessiemap(dossiermap)
    if not map_.is_dir():
        return []
    gevonden = []
    for pad in sorted(map_.glob("*.jsonl")):
        inhoud = lees_journaal(pad)
        if inhoud is not None:
            gevonden.append(Sessie(pad, soort_van(inhoud), inhoud.einde is not None,
                                   pad.stat().st_mtime_ns, inhoud.begin))
    return gevonden


def soort_van(inhoud: Journaalinhoud) -> str:
    """The kind of contact a journal records: a session with one person, or the questionnaire's kind."""
    return soort_uit(inhoud.vragenlijst, inhoud.persoon)


def soort_uit(vragenlijst: str, persoon: str) -> str:
    """The kind of contact from a journal header's questionnaire and person."""
    if persoon:
        return INDIVIDUEEL
    vragenlijst = VERSIE_ACHTERVOEGSEL.sub("", vragenlijst)  # vaststellen_v2 -> vaststellen
    return SOORT_PER_VRAGENLIJST.get(vragenlijst, vragenlijst or "onbekend")


def regeltijden(pad: Path) -> list[dt.datetime]:
    """The moment of every line of a journal, in the order written (lines without one are skipped).

    Read after `lees_journaal` accepted the file, so only a cut-off last line can fail to parse.
    """
    tijden = []
    for regel in lees_grens(pad, REGELS).splitlines():
        try:
            tijd = ontleed_json(regel).get("tijd")
            tijden.append(dt.datetime.fromisoformat(tijd))
        except (ValueError, TypeError, AttributeError):
            continue
    return tijden
