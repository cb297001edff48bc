"""How `vplan tijd` shows its figures: rich tables at a terminal, semicolon CSV for a spreadsheet."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from rich.console import Group
from rich.table import Table
from rich.text import Text

from interview.rapport.sessies import EVALUATIE, INCIDENT, INDIVIDUEEL, NETWERKBERAAD
from interview.rapport.tijdtelling import FORUM_UREN, PAUZE, Dossiertijd, Gemeten, per_soort, per_werker, uren

VASTE_KOLOMMEN = [INDIVIDUEEL, NETWERKBERAAD, EVALUATIE, INCIDENT]
"""The kinds of contact the issue names, always shown; other kinds follow when a dossier has them."""


def als_tabellen(tijden: Sequence[Dossiertijd]) -> Group:
    """Per dossier, per worker, per kind, then the pauses left out and the forum's 25 hours."""
    return Group(_per_dossier(tijden), _per_werker(tijden), _per_soort(tijden), *_slotregels(tijden))


def als_csv(tijden: Sequence[Dossiertijd]) -> str:
    """One row per dossier and kind, in minutes, for the team's own spreadsheet (semicolons, ja/nee)."""
    buffer = io.StringIO()
    schrijver = csv.writer(buffer, delimiter=";", lineterminator="\n")
    schrijver.writerow(["kenmerk", "werker", "team", "soort", "bron", "direct", "aantal", "minuten",
                        "pauzes", "pauzeminuten", "fout"])
    for tijd in tijden:
        if tijd.fout:
            schrijver.writerow([tijd.kenmerk, "", "", "", "", "", "", "", "", "", tijd.fout])
        for post in tijd.posten.values():
            schrijver.writerow([tijd.kenmerk, tijd.werker, tijd.team, post.soort, post.bron,
                                "ja" if post.direct else "nee", post.aantal,
                                round(post.gemeten.seconden / 60), post.gemeten.pauzes,
                                round(post.gemeten.pauzeseconden / 60), ""])
    return buffer.getvalue()


def _per_dossier(tijden: Sequence[Dossiertijd]) -> Table:
    soorten = _soortkolommen(tijden)
    tabel = Table(title="Directe tijd per dossier (uren)", title_justify="left", header_style="bold")
    for kop in ["Kenmerk", "Werker", *soorten, "Direct", "Tot planversie 1", f"Van {FORUM_UREN} uur",
                "Niet direct", "Pauzes"]:
        tabel.add_column(kop, justify="left" if kop in ("Kenmerk", "Werker") else "right")
    for tijd in tijden:
        if tijd.fout:
            tabel.add_row(tijd.kenmerk, Text(f"onleesbaar: {tijd.fout}", style="red"),
                          *[""] * (len(soorten) + 5))
            continue
        per_soort_ = [uren(tijd.posten[s].gemeten.seconden) if s in tijd.posten else "" for s in soorten]
        pauzes = tijd.pauzes
        tabel.add_row(tijd.kenmerk, tijd.werker, *per_soort_, uren(tijd.direct), _tot_plan(tijd),
                      _procent(tijd.tot_plan), uren(tijd.niet_direct),
                      f"{pauzes.pauzes} ({uren(pauzes.pauzeseconden)} u)" if pauzes.pauzes else "")
    return tabel


def _soortkolommen(tijden: Sequence[Dossiertijd]) -> list[str]:
    """The fixed kinds of contact, then every other direct kind found (in order of appearance)."""
    extra = [p.soort for p in per_soort(tijden) if p.direct and p.soort not in VASTE_KOLOMMEN]
    return [*VASTE_KOLOMMEN, *extra]


def _tot_plan(tijd: Dossiertijd) -> str:
    return "" if tijd.tot_plan is None else uren(tijd.tot_plan)


def _procent(seconden: float | None) -> str:
    return "" if seconden is None else f"{seconden / 3600 / FORUM_UREN:.0%}"


def _per_werker(tijden: Sequence[Dossiertijd]) -> Table:
    tabel = Table(title="Per werker (uren)", title_justify="left", header_style="bold")
    for kop in ("Werker", "Dossiers", "Direct", "Gemiddeld direct per dossier", "Niet direct"):
        tabel.add_column(kop, justify="left" if kop == "Werker" else "right")
    for werker, eigen in per_werker(tijden).items():
        direct = sum(t.direct for t in eigen)
        tabel.add_row(werker, str(len(eigen)), uren(direct), uren(direct / len(eigen)),
                      uren(sum(t.niet_direct for t in eigen)))
    return tabel


def _per_soort(tijden: Sequence[Dossiertijd]) -> Table:
    tabel = Table(title="Per soort (uren)", title_justify="left", header_style="bold")
    for kop in ("Soort", "Bron", "Direct", "Keer", "Uren"):
        tabel.add_column(kop, justify="right" if kop in ("Keer", "Uren") else "left")
    for post in per_soort(tijden):
        tabel.add_row(post.soort, post.bron, "ja" if post.direct else "nee", str(post.aantal),
                      uren(post.gemeten.seconden))
    return tabel


def _slotregels(tijden: Sequence[Dossiertijd]) -> list[str]:
    leesbaar = [t for t in tijden if t.fout is None]
    pauzes = sum((t.pauzes for t in leesbaar), Gemeten())
    minuten = int(PAUZE.total_seconds() // 60)
    regels = []
    if pauzes.pauzes:
        regels.append(f"Niet meegeteld: {pauzes.pauzes} pauze(s) van meer dan {minuten} minuten tussen "
                      f"twee antwoorden, samen {uren(pauzes.pauzeseconden)} uur.")
    met_plan = [t.tot_plan for t in leesbaar if t.tot_plan is not None]
    if met_plan:
        gemiddeld = sum(met_plan) / len(met_plan)
        regels.append(f"Tot planversie 1 gemiddeld {uren(gemiddeld)} uur directe tijd per dossier "
                      f"({len(met_plan)} met een plan); het forum noemt ongeveer {FORUM_UREN} uur.")
    else:
        regels.append(f"Nog geen dossier met een plan om met de {FORUM_UREN} uur van het forum te "
                      "vergelijken.")
    return regels

