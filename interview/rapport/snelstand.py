"""A dossier's Stand from only the keys the overview shows, without validating the whole plan (issue 22.4).

Reading a plan through the store validates every afspraak in it (about 2 ms a dossier, most of a cold
`vplan overzicht` over thousands); the overview needs a dozen keys. This reader takes those from files
vplan wrote in today's schema and layout, checking the type of each value it takes. For anything else
(an older schema, a hand-edited layout, a value of another type, a line that does not parse) it returns
None and the caller reads the dossier through the store, which names what is wrong: it never judges a
dossier damaged on its own, and for every dossier vplan writes it gives the Stand the store's reading gives
(tests/rapport/test_snelstand.py holds the two equal).

Not looked at here, unlike the store: the parts of the plan the overview does not show, and the journal
lines between a session's header and its last closing or reopening line. The steps that use those
(`documenten`, a session, the netwerkberaad) still refuse a damaged one, naming file and line.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path
from typing import Any

from interview.conduct.journaal import journaalregel
from interview.fouten import VplanFout
from interview.leesgrens import KLEIN, PLAN, REGELS
from interview.rapport.sessies import INCIDENT, soort_uit
from interview.rapport.stand import Documenten, Stand, nieuwste_documenten
from interview.store import Werkmap, sessiemap

SCHEMA = 2
JOURNAALSCHEMA = 1
"""The schema versions this reader knows (interview.model.SCHEMA_VERSIE for dossier, plan and records;
the journal's own): older files are migrated by the store, so they take the store's path; a test holds
these equal to the real ones."""
ZELF_TEKENEN_VANAF = 12
"""As interview.model.vaststelling: young people of 12 and older sign on their own line."""
PLANSLEUTELS = ("schema_versie", "versie", "datum", "dossier", "evaluatie", "verspreidingslijst", "looptijd")
_DECODER = json.JSONDecoder()
BOVENSTE_SLEUTEL = re.compile(r'\n  "([^"\\]+)": ')
"""A top-level key of a file written with indent 2 (see `_plan`)."""


class _Anders(Exception):
    """Not a file as vplan writes it today: the store reads this dossier instead."""


def snelle_stand(werkmap: Werkmap, kenmerk: str, uitvoer: Path) -> Stand | None:
    """The dossier's Stand from the keys the overview needs; None when the store must read it."""
    try:
        return _stand(werkmap.dossier_map(kenmerk), kenmerk, uitvoer)
    except (_Anders, VplanFout, OSError, RecursionError, ValueError, TypeError, KeyError, AttributeError):
        return None


def _stand(dossiermap: Path, kenmerk: str, uitvoer: Path) -> Stand:
    # Plain strings and os functions rather than pathlib: this runs for every dossier of a cold run.
    map_ = os.fspath(dossiermap)
    dossier = _dossier(os.path.join(map_, "dossier.json"), kenmerk)
    gesprekken = _sessies(os.fspath(sessiemap(dossiermap)), kenmerk)
    open_ = tuple(soort for soort, afgerond, _ in gesprekken if not afgerond)
    documenten = nieuwste_documenten(uitvoer / kenmerk)
    versies = _versies(os.path.join(map_, "plannen"))
    if not versies:
        return Stand(kenmerk=kenmerk, werker=_tekst(dossier["werker"]["naam"]), team=_tekst(dossier["team"]),
                     open_sessies=open_, documenten=documenten)
    pad = os.path.join(map_, "plannen", f"plan-v{versies[-1]}.json")
    plan = _plan(pad, kenmerk, versies[-1])
    return _met_plan(map_, kenmerk, plan, gesprekken, open_, documenten, os.stat(pad).st_mtime_ns)


def _met_plan(map_: str, kenmerk: str, plan: dict[str, Any], gesprekken: list[tuple[str, bool, int]],
              open_: tuple[str, ...], documenten: Documenten | None, bewaard_ns: int) -> Stand:
    versie, datum, dossier = plan["versie"], _datum(plan["datum"]), plan["dossier"]
    getekend = _records(os.path.join(map_, "vaststelling.jsonl"), "naam")
    nog_tekenen = _nog_te_tekenen(dossier, versie, datum, getekend)
    ontvangen = {naam for naam, gekregen in _records(os.path.join(map_, "verspreiding.jsonl"), "ontvanger")
                 if gekregen >= versie}
    lijst = [_tekst(regel["naam"]) for regel in plan["verspreidingslijst"]]
    looptijd = plan["looptijd"]
    return Stand(
        kenmerk=kenmerk, werker=_tekst(dossier["werker"]["naam"]), team=_tekst(dossier["team"]),
        versie=versie, datum=datum, status="concept" if nog_tekenen else "vastgesteld",
        volgende_evaluatie=_datum(plan["evaluatie"]["volgende_datum"]),
        directe_veiligheid_voor=_datum(looptijd["directe_veiligheid_voor"]),
        directe_veiligheid_bereikt_op=_datum(looptijd["directe_veiligheid_bereikt_op"]),
        nog_te_tekenen=len(nog_tekenen), niet_ontvangen=sum(naam not in ontvangen for naam in lijst),
        incidenten=sum(soort == INCIDENT and gewijzigd >= bewaard_ns for soort, _, gewijzigd in gesprekken),
        open_sessies=open_, documenten=documenten,
    )


def _nog_te_tekenen(dossier: dict[str, Any], versie: int, datum: dt.date | None,
                    records: list[tuple[str, int]]) -> list[str]:
    """As interview.model.vaststelling.nog_te_tekenen: the regiehouder and every child of 12 or more."""
    if datum is None:
        raise _Anders
    jongeren = [_tekst(kind["naam"]) for kind in dossier["gezin"]["kinderen"]
                if _leeftijd(_datum(kind["geboortedatum"]), datum) >= ZELF_TEKENEN_VANAF]
    getekend = {naam for naam, getekend_voor in records if getekend_voor == versie}
    te_tekenen = dict.fromkeys([_tekst(dossier["regiehouder"]), *jongeren])
    return [naam for naam in te_tekenen if naam not in getekend]


def _leeftijd(geboren: dt.date | None, datum: dt.date) -> int:
    if geboren is None:
        raise _Anders
    return datum.year - geboren.year - (0 if (datum.month, datum.day) >= (geboren.month, geboren.day) else 1)


def _dossier(pad: str, kenmerk: str) -> dict[str, Any]:
    gegevens = json.loads(_lees(pad, KLEIN))
    if not isinstance(gegevens, dict) or gegevens.get("schema_versie") != SCHEMA:
        raise _Anders
    dossier = gegevens["dossier"]
    if dossier["kenmerk"] != kenmerk:
        raise _Anders
    return dict(dossier)


def _plan(pad: str, kenmerk: str, versie: int) -> dict[str, Any]:
    """The keys the overview needs from a plan file written as the store writes it (indent 2).

    A top-level key is the only place a line break is followed by exactly two spaces and a quote:
    JSON strings hold no raw line breaks, deeper keys are indented further. So each value is decoded
    where its key stands and the rest of the plan is skipped.
    """
    tekst = _lees(pad, PLAN).decode("utf-8")
    if not tekst.startswith('{\n  "') or not tekst.rstrip().endswith("\n}"):
        raise _Anders
    plekken: dict[str, int] = {}
    for gevonden in BOVENSTE_SLEUTEL.finditer(tekst):
        if plekken.setdefault(gevonden[1], gevonden.end()) != gevonden.end():
            raise _Anders  # a key twice: which one counts is the parser's choice, so let the store read it
    plan: dict[str, Any] = {}
    for sleutel in PLANSLEUTELS:
        plan[sleutel], _ = _DECODER.raw_decode(tekst, plekken[sleutel])
    if (plan["schema_versie"] != SCHEMA or plan["versie"] != versie or type(versie) is not int
            or plan["dossier"]["kenmerk"] != kenmerk):
        raise _Anders
    return plan


def _versies(plannen: str) -> list[int]:
    """As Werkmap.versies: the numbers of the `plan-vN.json` files."""
    try:
        namen = os.listdir(plannen)
    except (FileNotFoundError, NotADirectoryError):
        return []
    return sorted(int(naam[6:-5]) for naam in namen
                  if naam.startswith("plan-v") and naam.endswith(".json") and naam[6:-5].isdigit()
                  and naam[6:-5].isascii())


def _records(pad: str, sleutel: str) -> list[tuple[str, int]]:
    """(name, plan version) of every line of vaststelling.jsonl or verspreiding.jsonl, in order."""
    try:
        data = _lees(pad, REGELS)
    except FileNotFoundError:
        return []
    uit = []
    for regel in data.splitlines():
        record = json.loads(regel)
        if record.get("schema_versie") != SCHEMA or type(record["versie"]) is not int:
            raise _Anders
        uit.append((_tekst(record[sleutel]), record["versie"]))
    return uit


def _sessies(map_: str, kenmerk: str) -> list[tuple[str, bool, int]]:
    """(kind of contact, closed, file time) of every journal, as interview.rapport.sessies reads them."""
    try:
        namen = sorted(naam for naam in os.listdir(map_) if naam.endswith(".jsonl"))
    except (FileNotFoundError, NotADirectoryError):
        return []
    uit = []
    for naam in namen:
        with open(os.path.join(map_, naam), "rb") as bestand:
            gelezen = _journaal(_grens(bestand.read(REGELS + 1), REGELS), kenmerk)
            if gelezen is not None:
                uit.append((*gelezen, os.fstat(bestand.fileno()).st_mtime_ns))
    return uit


def _journaal(data: bytes, kenmerk: str) -> tuple[str, bool] | None:
    """(kind, closed) from the header and the last closing or reopening line; None for an empty journal."""
    regels = data.split(b"\n")
    afgebroken = regels.pop() != b""
    if not regels or (len(regels) == 1 and not afgebroken and journaalregel(regels[0]) is None):
        return None  # nothing yet but a header being written: the store skips it too
    kop = journaalregel(regels[0])
    if (kop is None or kop["soort"] != "begin" or kop.get("schema_versie") != JOURNAALSCHEMA
            or kop.get("kenmerk", kenmerk) != kenmerk):
        raise _Anders
    soort = soort_uit(str(kop.get("vragenlijst", "")), str(kop.get("persoon", "")))
    if b"einde" not in data:
        return soort, False
    for nummer in range(len(regels) - 1, 0, -1):
        regel = journaalregel(regels[nummer])
        if regel is None and nummer == len(regels) - 1 and not afgebroken:
            continue  # a cut-off last line, as the store drops it
        if regel is None or regel["soort"] == "begin":
            raise _Anders
        if regel["soort"] in ("einde", "heropend"):
            return soort, regel["soort"] == "einde"
    return soort, False


def _lees(pad: str, grens: int) -> bytes:
    """The bytes of `pad` within `grens` (interview.leesgrens): a larger file is for the store to refuse."""
    with open(pad, "rb") as bestand:
        return _grens(bestand.read(grens + 1), grens)


def _grens(data: bytes, grens: int) -> bytes:
    if len(data) > grens:
        raise _Anders
    return data


def _tekst(waarde: object) -> str:
    if not isinstance(waarde, str):
        raise _Anders
    return waarde


def _datum(waarde: object) -> dt.date | None:
    if waarde is None:
        return None
    if not isinstance(waarde, str) or len(waarde) != 10:
        raise _Anders
    return dt.date.fromisoformat(waarde)
