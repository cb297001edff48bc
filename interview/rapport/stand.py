"""Where one dossier stands, as facts read from its files: the stuff of one line of `vplan overzicht`.

A `Stand` holds no judgement about today (what is overdue is decided when the line is shown) and no
family names (those are read afresh, only with --namen), so it may be kept in the cache
(interview.rapport.index) without becoming a second copy of a family's data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from interview.fouten import VplanFout, schijffout
from interview.leesgrens import lees_json
from interview.model import Plan
from interview.model.vaststelling import nog_niet_ontvangen, nog_te_tekenen, status_van
from interview.rapport.foutregel import ONVERWACHT
from interview.rapport.sessies import INCIDENT, Sessie, sessies
from interview.store import Werkmap
from interview.versieset import METADATA


class Documenten(BaseModel):
    """The newest set of rendered documents: its plan version and each document's template hash."""

    model_config = ConfigDict(frozen=True)

    versie: int
    sjablonen: dict[str, str]
    leesbaar: bool = True


class Stand(BaseModel):
    """One dossier's facts; `fout` is the Dutch error when it cannot be read (then little else is set)."""

    model_config = ConfigDict(frozen=True)

    kenmerk: str
    fout: str | None = None
    werker: str = ""
    team: str = ""
    versie: int | None = None
    datum: dt.date | None = None
    status: str | None = None
    volgende_evaluatie: dt.date | None = None
    directe_veiligheid_voor: dt.date | None = None
    directe_veiligheid_bereikt_op: dt.date | None = None
    nog_te_tekenen: int = 0
    niet_ontvangen: int = 0
    incidenten: int = 0
    open_sessies: tuple[str, ...] = ()
    documenten: Documenten | None = None


@dataclass(frozen=True)
class Namen:
    """The names a line shows only with --namen."""

    gezin: str
    niet_ontvangen: list[str]
    nog_te_tekenen: list[str]


def lees_stand(werkmap: Werkmap, kenmerk: str, uitvoer: Path) -> Stand:
    """The facts of one dossier, read through the store (validated, migrated); never raises a
    VplanFout or OSError: an unreadable dossier becomes a Stand with its Dutch `fout`."""
    try:
        return _stand(werkmap, kenmerk, uitvoer)
    except VplanFout as fout:
        return Stand(kenmerk=kenmerk, fout=fout.bericht)
    except OSError as fout:
        return Stand(kenmerk=kenmerk, fout=schijffout(fout, "Er is niets veranderd.").bericht)
    except (RecursionError, ValueError, TypeError, KeyError, AttributeError):
        # Every stored file is read within limits (interview.leesgrens); should a shape still slip
        # through, this dossier gets its line and the others are still listed (issue 24, item 4).
        return Stand(kenmerk=kenmerk, fout=ONVERWACHT)


def lees_namen(werkmap: Werkmap, kenmerk: str) -> Namen | None:
    """The family's name and who has not yet received or signed the newest version; None if unreadable."""
    try:
        dossier = werkmap.lees_dossier(kenmerk)
        if not werkmap.versies(kenmerk):
            return Namen(dossier.gezinsnaam, [], [])
        plan = werkmap.lees_plan(kenmerk)
        return Namen(plan.dossier.gezinsnaam, nog_niet_ontvangen(plan, werkmap.ontvangsten(kenmerk)),
                     nog_te_tekenen(plan, werkmap.handtekeningen(kenmerk)))
    except (VplanFout, OSError, RecursionError, ValueError, TypeError, KeyError, AttributeError):
        return None


def _stand(werkmap: Werkmap, kenmerk: str, uitvoer: Path) -> Stand:
    dossier = werkmap.lees_dossier(kenmerk)
    gesprekken = sessies(werkmap.dossier_map(kenmerk))
    open_ = tuple(s.soort for s in gesprekken if not s.afgerond)
    documenten = nieuwste_documenten(uitvoer / kenmerk)
    if not werkmap.versies(kenmerk):
        return Stand(kenmerk=kenmerk, werker=dossier.werker.naam, team=dossier.team,
                     open_sessies=open_, documenten=documenten)
    plan = werkmap.lees_plan(kenmerk)
    handtekeningen = werkmap.handtekeningen(kenmerk)
    return Stand(
        kenmerk=kenmerk, werker=plan.dossier.werker.naam, team=plan.dossier.team,
        versie=plan.versie, datum=plan.datum, status=status_van(plan, handtekeningen),
        volgende_evaluatie=plan.evaluatie.volgende_datum,
        directe_veiligheid_voor=plan.looptijd.directe_veiligheid_voor,
        directe_veiligheid_bereikt_op=plan.looptijd.directe_veiligheid_bereikt_op,
        nog_te_tekenen=len(nog_te_tekenen(plan, handtekeningen)),
        niet_ontvangen=len(nog_niet_ontvangen(plan, werkmap.ontvangsten(kenmerk))),
        incidenten=len(_incidenten_na(plan, werkmap, gesprekken)),
        open_sessies=open_, documenten=documenten,
    )


def _incidenten_na(plan: Plan, werkmap: Werkmap, gesprekken: list[Sessie]) -> list[Sessie]:
    """Incident sessions not older than the newest version's file: not yet in a plan version.

    By file time, not by the journal's whole-second timestamps: an incident's own version is stored
    within the same second its session closes, yet always after it (the templates are checked in
    between), so a journal in the plan file's clock tick or later is still waiting for its version.
    """
    opgeslagen = (werkmap.dossier_map(plan.dossier.kenmerk) / "plannen" / f"plan-v{plan.versie}.json")
    bewaard = opgeslagen.stat().st_mtime_ns
    return [s for s in gesprekken if s.soort == INCIDENT and s.gewijzigd_ns >= bewaard]


def nieuwste_documenten(map_: Path) -> Documenten | None:
    """The highest version folder in a dossier's output folder that has its METADATA; None if none.

    A METADATA file that cannot be read says so (`leesbaar=False`) rather than hiding the plan.
    """
    versies = sorted((int(p.name[1:]), p) for p in _versiemappen(map_))
    for versie, pad in reversed(versies):
        try:
            gegevens = lees_json(pad / METADATA)
        except FileNotFoundError:
            continue
        except (OSError, VplanFout):
            return Documenten(versie=versie, sjablonen={}, leesbaar=False)
        return _uit_metadata(versie, gegevens)
    return None


def _versiemappen(map_: Path) -> list[Path]:
    try:
        return [p for p in map_.iterdir() if p.name[:1] == "v" and p.name[1:].isdigit() and p.is_dir()]
    except (FileNotFoundError, NotADirectoryError):
        return []


def _uit_metadata(versie: int, gegevens: object) -> Documenten:
    documenten = gegevens.get("documenten") if isinstance(gegevens, dict) else None
    if not isinstance(documenten, dict):
        return Documenten(versie=versie, sjablonen={}, leesbaar=False)
    # Per kind of template (a reader's copy is keyed `netwerkversie-3` but made from `netwerkversie`).
    sjablonen = {str(d.get("soort", sleutel)): str(d.get("sjabloon_hash", ""))
                 for sleutel, d in documenten.items() if isinstance(d, dict)}
    return Documenten(versie=versie, sjablonen=sjablonen)

