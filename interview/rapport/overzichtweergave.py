"""`vplan overzicht` at a terminal of any width: the widest form that fits, never a kenmerk or date cut.

Three forms, the first that fits the width (interview.rapport.scherm.past) is shown: the full table, one
column per fact (about 190 columns); a table of the facts a team lead scans down (kenmerk, werker,
version, status, dates) with the rest as words in one column that wraps; and below that (80 columns)
one block per dossier, its kenmerk and status first. Overdue dates and an unreadable dossier stand out
in red and say so in words too, for a screen without colour.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from interview.rapport.getallen import aantal
from interview.rapport.overzicht import ONLEESBAAR, Regel, datum_nl, status
from interview.rapport.scherm import blok, past

ROOD = "bold red"
BIJZONDERHEDEN_MINSTENS = 30


def weergave(regels: Sequence[Regel], met_namen: bool, console: Console) -> RenderableType:
    """The lines in the widest form that fits `console`, with the count of dossiers under them."""

    slot = Text(_slotregel(regels))
    for vorm in (_volledig, _beknopt):
        tabel = vorm(regels, met_namen)
        if past(tabel, console):
            return Group(tabel, slot)
    return Group(*(_blok(regel, met_namen, console) for regel in regels), Text(""), slot)


def _slotregel(regels: Sequence[Regel]) -> str:
    achterstallig = sum(regel.achterstallig for regel in regels)
    return (f"{aantal(len(regels), 'dossier', 'dossiers')}; {achterstallig} met een achterstallige evaluatie "
            "of verstreken termijn voor directe veiligheid.")


def _volledig(regels: Sequence[Regel], met_namen: bool) -> Table:
    tabel = Table(header_style="bold")
    koppen = ["Kenmerk", *(["Gezin"] if met_namen else []), "Werker", "Versie", "Status", "Datum",
              "Volgende evaluatie", "Directe veiligheid", "Incidenten", "Niet ontvangen", "Documenten",
              "Open sessies"]
    for kop in koppen:  # only a status (or an unreadable dossier's error) and a list may wrap
        tabel.add_column(kop, no_wrap=kop not in ("Status", "Open sessies"))
    for regel in regels:
        tabel.add_row(*_cellen(regel, met_namen))
    return tabel


def _cellen(regel: Regel, met_namen: bool) -> list[str | Text]:
    stand = regel.stand
    gezin = [_gezin(regel)] if met_namen else []
    if stand.fout:
        return [stand.kenmerk, *gezin, "", "", Text(f"{ONLEESBAAR}: {stand.fout}", style="red"), *[""] * 7]
    termijn: str | Text = ""
    if regel.termijn_verstreken:
        termijn = Text(f"termijn {datum_nl(regel.termijn_verstreken)} verstreken", style=ROOD)
    return [stand.kenmerk, *gezin, stand.werker, str(stand.versie or ""), status(stand),
            datum_nl(stand.datum), _evaluatie(regel), termijn, str(stand.incidenten or ""),
            _niet_ontvangen(regel, met_namen), regel.documenten, ", ".join(stand.open_sessies)]


def _beknopt(regels: Sequence[Regel], met_namen: bool) -> Table:
    tabel = Table(header_style="bold")
    tabel.add_column("Kenmerk", no_wrap=True)
    if met_namen:
        tabel.add_column("Gezin")
    for kop in ("Werker", "Versie", "Status", "Datum", "Volgende evaluatie"):
        tabel.add_column(kop)
    # Narrower than this the facts stack up a word per line: one block per dossier reads better.
    tabel.add_column("Bijzonderheden", min_width=BIJZONDERHEDEN_MINSTENS)
    for regel in regels:
        stand = regel.stand
        gezin = [_gezin(regel)] if met_namen else []
        tabel.add_row(stand.kenmerk, *gezin, stand.werker, str(stand.versie or ""), _status(regel),
                      datum_nl(stand.datum), _evaluatie(regel), _bijzonderheden(regel, met_namen))
    return tabel


def _blok(regel: Regel, met_namen: bool, console: Console) -> RenderableType:
    """Kenmerk and status on the first line, every other fact indented below, wrapped at words."""
    stand = regel.stand
    kop = Text.assemble(Text(stand.kenmerk, style="bold"), "  ", _status(regel))
    if stand.versie:
        kop.append(f", planversie {stand.versie} van {datum_nl(stand.datum)}")
    if stand.werker:
        kop.append(f" · {stand.werker}")
    delen = [Text(_gezin(regel))] if met_namen and _gezin(regel) else []
    if stand.volgende_evaluatie:
        delen.append(Text.assemble("evaluatie ", _evaluatie(regel)))
    rest = _bijzonderheden(regel, met_namen)
    if rest.plain:
        delen.append(rest)
    return blok(kop, Text(" · ").join(delen), console)


def _status(regel: Regel) -> Text:
    return Text(status(regel.stand), style="red" if regel.stand.fout else "")


def _evaluatie(regel: Regel) -> str | Text:
    evaluatie = datum_nl(regel.stand.volgende_evaluatie)
    if regel.evaluatie_achterstallig:
        return Text(f"{evaluatie} achterstallig", style=ROOD)
    return evaluatie


def _bijzonderheden(regel: Regel, met_namen: bool) -> Text:
    """Every fact the narrower forms have no column for, as words joined by ' · '."""
    stand = regel.stand
    if stand.fout:
        return Text(stand.fout, style="red")
    delen: list[str | Text] = []
    if regel.termijn_verstreken:
        delen.append(Text(f"termijn directe veiligheid {datum_nl(regel.termijn_verstreken)} verstreken",
                          style=ROOD))
    if stand.incidenten:
        delen.append(f"{aantal(stand.incidenten, 'incident', 'incidenten')} sinds deze versie")
    niet_ontvangen = _niet_ontvangen(regel, met_namen)
    if niet_ontvangen and niet_ontvangen != "0":
        delen.append(f"{niet_ontvangen} niet ontvangen" if niet_ontvangen.isdigit()
                     else f"niet ontvangen: {niet_ontvangen}")
    if regel.documenten:
        delen.append(f"documenten {regel.documenten}")
    if stand.open_sessies:
        delen.append(f"open: {', '.join(stand.open_sessies)}")
    return Text(" · ").join(Text(deel) if isinstance(deel, str) else deel for deel in delen)


def _niet_ontvangen(regel: Regel, met_namen: bool) -> str:
    if met_namen and regel.namen and regel.namen.niet_ontvangen:
        return ", ".join(regel.namen.niet_ontvangen)
    return str(regel.stand.niet_ontvangen) if regel.stand.versie else ""


def _gezin(regel: Regel) -> str:
    return regel.namen.gezin if regel.namen else ""
