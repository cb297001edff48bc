"""`vplan overzicht`: one line per dossier with what is due, judged against today and the templates.

The lines are safe for a shared screen: kenmerk, dates, counts and the worker, but family names
and the names of who has not yet received a version only when asked for (`namen`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.table import Table
from rich.text import Text

from interview.model import Looptijd
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
    regels = [_beoordeel(stand, vandaag, huidig) for stand in alle]
    gekozen = [regel for regel in regels if _past(regel, filters)]
    if not met_namen:
        return gekozen
    return [Regel(r.stand, r.evaluatie_achterstallig, r.termijn_verstreken, r.documenten,
                  lees_namen(werkmap, r.stand.kenmerk)) for r in gekozen]


def _beoordeel(stand: Stand, vandaag: dt.date, huidig: Sjabloonidentiteiten) -> Regel:
    looptijd = Looptijd(directe_veiligheid_voor=stand.directe_veiligheid_voor,
                        directe_veiligheid_bereikt_op=stand.directe_veiligheid_bereikt_op)
    evaluatie = stand.volgende_evaluatie
    return Regel(stand, evaluatie is not None and evaluatie < vandaag, looptijd.verstreken_termijn(vandaag),
                 _documenten(stand, huidig))


def _documenten(stand: Stand, huidig: Sjabloonidentiteiten) -> str:
    documenten = stand.documenten
    if stand.versie is None or stand.fout:
        return ""
    if documenten is None:
        return "geen"
    if not documenten.leesbaar:
        return ONLEESBAAR
    if documenten.versie < stand.versie:
        return f"van planversie {documenten.versie}"
    if not huidig.actueel(documenten.sjablonen):
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
        "status": _status(stand),
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
    """Semicolon-separated, as a Dutch spreadsheet opens it; ja/nee, lists joined with ', '."""
    buffer = io.StringIO()
    kolommen = list(gegevens(Regel(Stand(kenmerk=""), False, None, ""), met_namen))
    schrijver = csv.DictWriter(buffer, fieldnames=kolommen, delimiter=";", lineterminator="\n")
    schrijver.writeheader()
    for regel in regels:
        schrijver.writerow({k: _csv_waarde(v) for k, v in gegevens(regel, met_namen).items()})
    return buffer.getvalue()


def als_tabel(regels: Sequence[Regel], met_namen: bool) -> Table:
    """The rich table for a terminal; overdue dates and unreadable dossiers stand out in red."""
    tabel = Table(show_lines=False, header_style="bold")
    koppen = ["Kenmerk", *(["Gezin"] if met_namen else []), "Werker", "Versie", "Status", "Datum",
              "Volgende evaluatie", "Directe veiligheid", "Incidenten", "Niet ontvangen", "Documenten",
              "Open sessies"]
    for kop in koppen:  # only a status (or an unreadable dossier's error) and a list may fold
        tabel.add_column(kop, no_wrap=kop not in ("Status", "Open sessies"), overflow="fold")
    for regel in regels:
        tabel.add_row(*_cellen(regel, met_namen))
    return tabel


def _cellen(regel: Regel, met_namen: bool) -> list[str | Text]:
    stand = regel.stand
    gezin = [regel.namen.gezin if regel.namen else ""] if met_namen else []
    if stand.fout:
        return [stand.kenmerk, *gezin, "", "", Text(f"{ONLEESBAAR}: {stand.fout}", style="red"),
                *[""] * 7]
    evaluatie: str | Text = _datum(stand.volgende_evaluatie)
    if regel.evaluatie_achterstallig:
        evaluatie = Text(f"{evaluatie} achterstallig", style="bold red")
    termijn: str | Text = ""
    if regel.termijn_verstreken:
        termijn = Text(f"termijn {_datum(regel.termijn_verstreken)} verstreken", style="bold red")
    niet_ontvangen = str(stand.niet_ontvangen) if stand.versie else ""
    if met_namen and regel.namen and regel.namen.niet_ontvangen:
        niet_ontvangen = ", ".join(regel.namen.niet_ontvangen)
    return [stand.kenmerk, *gezin, stand.werker, str(stand.versie or ""), _status(stand),
            _datum(stand.datum), evaluatie, termijn, str(stand.incidenten or ""), niet_ontvangen,
            regel.documenten, ", ".join(stand.open_sessies)]


def _status(stand: Stand) -> str:
    if stand.fout:
        return ONLEESBAAR
    if stand.versie is None:
        return GEEN_PLAN
    return stand.status or ""


def _datum(datum: dt.date | None) -> str:
    return f"{datum:%d-%m-%Y}" if datum else ""


def _iso(datum: dt.date | None) -> str | None:
    return datum.isoformat() if datum else None


def _csv_waarde(waarde: Any) -> str:
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if isinstance(waarde, list):
        return ", ".join(str(w) for w in waarde)
    return "" if waarde is None else str(waarde)
