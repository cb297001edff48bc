"""`vplan overzicht`: one line per dossier with what is due, judged against today and the templates.

The lines are safe for a shared screen: kenmerk, dates, counts and the worker, but family names
and the names of who has not yet received a version only when asked for (`namen`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from interview.model import Looptijd
from interview.rapport.csvbestand import csv_tekst
from interview.rapport.index import standen
from interview.rapport.stand import Namen, Stand, lees_namen
from interview.render.identiteit import Sjabloonidentiteiten, sjabloonidentiteiten
from interview.store import Werkmap

GEEN_PLAN = "geen plan"
ONLEESBAAR = "onleesbaar"


@dataclass(frozen=True)
class Filters:
    """Which dossiers to show; an unreadable dossier is always shown (whose it is cannot be read)."""

    achterstallig: bool = False
    werker: str | None = None
    team: str | None = None


@dataclass(frozen=True)
class Regel:
    """One line: a dossier's facts, what is overdue today, and its documents compared with the templates.

    `documenten` is "" without a plan, else "actueel", "geen", "van planversie N", "ouder sjabloon"
    or "onleesbaar". `namen` is None unless names were asked for (or could not be read).
    """

    stand: Stand
    evaluatie_achterstallig: bool
    termijn_verstreken: dt.date | None
    documenten: str
    namen: Namen | None = None

    @property
    def achterstallig(self) -> bool:
        return self.evaluatie_achterstallig or self.termijn_verstreken is not None


def maak_overzicht(werkmap: Werkmap, uitvoer: Path, sjablonen: Path | None, vandaag: dt.date,
                   filters: Filters, met_namen: bool = False, cache: Path | None = None) -> list[Regel]:
    """The lines of every dossier in `werkmap` that pass `filters`, by kenmerk.

    `uitvoer` is where the documents were rendered, `sjablonen` the templates they are compared with
    (None: the shipped ones); `cache` the cache file to use (None: read every dossier).
    """
    alle = standen(werkmap, uitvoer, cache)
    # Only the kinds the documents were made of: naming every kind would import the renderer (docxtpl).
    soorten = {soort for stand in alle if stand.documenten for soort in stand.documenten.sjablonen}
    huidig = sjabloonidentiteiten(sjablonen, tuple(sorted(soorten)))
    oordelen: dict[tuple[tuple[str, str], ...], bool] = {}
    regels = [_beoordeel(stand, vandaag, huidig, oordelen) for stand in alle]
    gekozen = [regel for regel in regels if _past(regel, filters)]
    if not met_namen:
        return gekozen
    return [Regel(r.stand, r.evaluatie_achterstallig, r.termijn_verstreken, r.documenten,
                  lees_namen(werkmap, r.stand.kenmerk)) for r in gekozen]


def _beoordeel(stand: Stand, vandaag: dt.date, huidig: Sjabloonidentiteiten,
               oordelen: dict[tuple[tuple[str, str], ...], bool]) -> Regel:
    # model_construct: the dates come from a Stand, already validated; this runs once per dossier.
    looptijd = Looptijd.model_construct(directe_veiligheid_voor=stand.directe_veiligheid_voor,
                                        directe_veiligheid_bereikt_op=stand.directe_veiligheid_bereikt_op)
    evaluatie = stand.volgende_evaluatie
    return Regel(stand, evaluatie is not None and evaluatie < vandaag, looptijd.verstreken_termijn(vandaag),
                 _documenten(stand, huidig, oordelen))


def _documenten(stand: Stand, huidig: Sjabloonidentiteiten,
                oordelen: dict[tuple[tuple[str, str], ...], bool]) -> str:
    """What the documents are, judged once per distinct set of recorded template hashes (`oordelen`):
    thousands of dossiers share a few, and recognising an old hash costs a tenth of a second."""
    documenten = stand.documenten
    if stand.versie is None or stand.fout:
        return ""
    if documenten is None:
        return "geen"
    if not documenten.leesbaar:
        return ONLEESBAAR
    if documenten.versie < stand.versie:
        return f"van planversie {documenten.versie}"
    sleutel = tuple(sorted(documenten.sjablonen.items()))
    if sleutel not in oordelen:
        oordelen[sleutel] = huidig.actueel(documenten.sjablonen)
    if not oordelen[sleutel]:
        return "ouder sjabloon"
    return "actueel"


def _past(regel: Regel, filters: Filters) -> bool:
    stand = regel.stand
    if stand.fout:
        return True
    if filters.achterstallig and not regel.achterstallig:
        return False
    if filters.werker and not _zelfde_persoon(stand.werker, filters.werker):
        return False
    return not filters.team or stand.team.casefold() == filters.team.strip().casefold()


def _zelfde_persoon(naam: str, gezocht: str) -> bool:
    """'ilse' and 'Ilse de Wit' both find Ilse de Wit; 'Wit' or 'Ils' do not."""
    naam, gezocht = naam.casefold(), gezocht.strip().casefold()
    return naam == gezocht or naam.startswith(gezocht + " ")


def gegevens(regel: Regel, met_namen: bool) -> dict[str, Any]:
    """One line as plain values for JSON and CSV: ISO dates, counts, lists; names only `met_namen`."""
    stand = regel.stand
    uit: dict[str, Any] = {"kenmerk": stand.kenmerk}
    if met_namen:
        uit["gezin"] = regel.namen.gezin if regel.namen else None
    uit |= {
        "werker": stand.werker,
        "team": stand.team,
        "planversie": stand.versie,
        "status": status(stand),
        "datum": _iso(stand.datum),
        "volgende_evaluatie": _iso(stand.volgende_evaluatie),
        "evaluatie_achterstallig": regel.evaluatie_achterstallig,
        "directe_veiligheid_termijn_verstreken": _iso(regel.termijn_verstreken),
        "nog_te_tekenen": stand.nog_te_tekenen,
        "incidenten_sinds_versie": stand.incidenten,
        "niet_ontvangen": stand.niet_ontvangen,
        "documenten": regel.documenten,
        "open_sessies": list(stand.open_sessies),
        "fout": stand.fout,
    }
    if met_namen:
        uit["niet_ontvangen_door"] = regel.namen.niet_ontvangen if regel.namen else []
        uit["nog_te_tekenen_door"] = regel.namen.nog_te_tekenen if regel.namen else []
    return uit


def als_json(regels: Sequence[Regel], met_namen: bool) -> str:
    return json.dumps([gegevens(r, met_namen) for r in regels], ensure_ascii=False, indent=2)


def als_csv(regels: Sequence[Regel], met_namen: bool) -> str:
    """For Dutch Excel (interview.rapport.csvbestand): ja/nee, lists joined with ', '."""
    kolommen = list(gegevens(Regel(Stand(kenmerk=""), False, None, ""), met_namen))
    rijen = ([_csv_waarde(waarde) for waarde in gegevens(regel, met_namen).values()] for regel in regels)
    return csv_tekst(kolommen, rijen)


def status(stand: Stand) -> str:
    """The status a line shows: 'onleesbaar', 'geen plan', or the newest version's."""
    if stand.fout:
        return ONLEESBAAR
    if stand.versie is None:
        return GEEN_PLAN
    return stand.status or ""


def datum_nl(datum: dt.date | None) -> str:
    """'07-12-2026', as the Dutch reader writes a date; '' for none."""
    return f"{datum:%d-%m-%Y}" if datum else ""


def _iso(datum: dt.date | None) -> str | None:
    return datum.isoformat() if datum else None


def _csv_waarde(waarde: Any) -> str:
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if isinstance(waarde, list):
        return ", ".join(str(w) for w in waarde)
    return "" if waarde is None else str(waarde)
