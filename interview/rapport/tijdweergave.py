"""How `vplan tijd` shows its figures: tables at a terminal wide enough, else one block per dossier
(interview.rapport.scherm), numbers and plurals in Dutch through babel; CSV for Dutch Excel."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from interview.rapport.csvbestand import csv_tekst
from interview.rapport.getallen import aantal, getal, procent
from interview.rapport.scherm import blok, past
from interview.rapport.sessies import EVALUATIE, INCIDENT, INDIVIDUEEL, NETWERKBERAAD
from interview.rapport.tijdtelling import FORUM_UREN, PAUZE, Dossiertijd, Gemeten, per_soort, per_werker, uren

VASTE_KOLOMMEN = [INDIVIDUEEL, NETWERKBERAAD, EVALUATIE, INCIDENT]
"""The kinds of contact the issue names, always shown; other kinds follow when a dossier has them."""


def weergave(tijden: Sequence[Dossiertijd], console: Console) -> Group:
    """Per dossier, per worker, per kind, then the pauses left out and the forum's 25 hours; each part
    a table where it fits `console`, else lines wrapped at words (a kenmerk or figure is never cut)."""
    delen: list[RenderableType] = []
    vormen: list[tuple[Table, Callable[[Sequence[Dossiertijd]], list[RenderableType]]]] = [
        (_per_dossier(tijden), lambda t: _dossierblokken(t, console)), (_per_werker(tijden), _werkerregels),
        (_per_soort(tijden), _soortregels)]
    for tabel, regels in vormen:
        if past(tabel, console):
            delen.append(tabel)
        else:
            delen.append(Group(Text(str(tabel.title), style="italic"), *regels(tijden)))
    return Group(*delen, *(Text(regel) for regel in _slotregels(tijden)))


def als_csv(tijden: Sequence[Dossiertijd]) -> str:
    """One row per dossier and kind, in minutes, for the team's own spreadsheet (Dutch Excel, ja/nee)."""
    kop = ["kenmerk", "werker", "team", "soort", "bron", "direct", "aantal", "minuten", "pauzes",
           "pauzeminuten", "fout"]
    return csv_tekst(kop, (rij for tijd in tijden for rij in _csv_rijen(tijd)))


def _csv_rijen(tijd: Dossiertijd) -> list[list[object]]:
    rijen: list[list[object]] = [[tijd.kenmerk, *[""] * 9, tijd.fout]] if tijd.fout else []
    for post in tijd.posten.values():
        rijen.append([tijd.kenmerk, tijd.werker, tijd.team, post.soort, post.bron,
                      "ja" if post.direct else "nee", post.aantal, round(post.gemeten.seconden / 60),
                      post.gemeten.pauzes, round(post.gemeten.pauzeseconden / 60), ""])
    return rijen


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
                      _pauzes(pauzes) if pauzes.pauzes else "")
    return tabel


def _dossierblokken(tijden: Sequence[Dossiertijd], console: Console) -> list[RenderableType]:
    blokken: list[RenderableType] = []
    for tijd in tijden:
        kop = Text.assemble(Text(tijd.kenmerk, style="bold"), "  ", tijd.werker)
        if tijd.fout:
            blokken.append(blok(kop, Text(f"onleesbaar: {tijd.fout}", style="red"), console))
            continue
        soorten = [f"{soort} {uren(post.gemeten.seconden)}"
                   for soort, post in tijd.posten.items() if post.direct]
        delen = [f"direct {uren(tijd.direct)} u" + (f" ({', '.join(soorten)})" if soorten else "")]
        if tijd.tot_plan is not None:
            delen.append(f"tot planversie 1: {uren(tijd.tot_plan)} u, {_procent(tijd.tot_plan)} van "
                         f"{FORUM_UREN} uur")
        delen.append(f"niet direct {uren(tijd.niet_direct)} u")
        if tijd.pauzes.pauzes:
            delen.append(f"{_pauzes(tijd.pauzes)} niet meegeteld")
        blokken.append(blok(kop, Text(" · ".join(delen)), console))
    return blokken


def _werkerregels(tijden: Sequence[Dossiertijd]) -> list[RenderableType]:
    regels: list[RenderableType] = []
    for werker, eigen in per_werker(tijden).items():
        direct = sum(t.direct for t in eigen)
        regels.append(Text(f"{werker}: {aantal(len(eigen), 'dossier', 'dossiers')}, direct {uren(direct)} u, "
                           f"gemiddeld {uren(direct / len(eigen))} u per dossier, niet direct "
                           f"{uren(sum(t.niet_direct for t in eigen))} u"))
    return regels


def _soortregels(tijden: Sequence[Dossiertijd]) -> list[RenderableType]:
    return [Text(f"{post.soort} ({post.bron}, {'direct' if post.direct else 'niet direct'}): "
                 f"{aantal(post.aantal, 'keer', 'keer')}, {uren(post.gemeten.seconden)} u")
            for post in per_soort(tijden)]


def _pauzes(gemeten: Gemeten) -> str:
    return f"{aantal(gemeten.pauzes, 'pauze', 'pauzes')} ({uren(gemeten.pauzeseconden)} u)"


def _soortkolommen(tijden: Sequence[Dossiertijd]) -> list[str]:
    """The fixed kinds of contact, then every other direct kind found (in order of appearance)."""
    extra = [p.soort for p in per_soort(tijden) if p.direct and p.soort not in VASTE_KOLOMMEN]
    return [*VASTE_KOLOMMEN, *extra]


def _tot_plan(tijd: Dossiertijd) -> str:
    return "" if tijd.tot_plan is None else uren(tijd.tot_plan)


def _procent(seconden: float | None) -> str:
    return "" if seconden is None else procent(seconden / 3600 / FORUM_UREN)


def _per_werker(tijden: Sequence[Dossiertijd]) -> Table:
    tabel = Table(title="Per werker (uren)", title_justify="left", header_style="bold")
    for kop in ("Werker", "Dossiers", "Direct", "Gemiddeld direct per dossier", "Niet direct"):
        tabel.add_column(kop, justify="left" if kop == "Werker" else "right")
    for werker, eigen in per_werker(tijden).items():
        direct = sum(t.direct for t in eigen)
        tabel.add_row(werker, getal(len(eigen)), uren(direct), uren(direct / len(eigen)),
                      uren(sum(t.niet_direct for t in eigen)))
    return tabel


def _per_soort(tijden: Sequence[Dossiertijd]) -> Table:
    tabel = Table(title="Per soort (uren)", title_justify="left", header_style="bold")
    for kop in ("Soort", "Bron", "Direct", "Keer", "Uren"):
        tabel.add_column(kop, justify="right" if kop in ("Keer", "Uren") else "left")
    for post in per_soort(tijden):
        tabel.add_row(post.soort, post.bron, "ja" if post.direct else "nee", getal(post.aantal),
                      uren(post.gemeten.seconden))
    return tabel


def _slotregels(tijden: Sequence[Dossiertijd]) -> list[str]:
    leesbaar = [t for t in tijden if t.fout is None]
    pauzes = sum((t.pauzes for t in leesbaar), Gemeten())
    minuten = int(PAUZE.total_seconds() // 60)
    regels = []
    if pauzes.pauzes:
        regels.append(f"Niet meegeteld: {aantal(pauzes.pauzes, 'pauze', 'pauzes')} van meer dan {minuten} "
                      f"minuten tussen twee antwoorden, samen {uren(pauzes.pauzeseconden)} uur.")
    met_plan = [t.tot_plan for t in leesbaar if t.tot_plan is not None]
    if met_plan:
        gemiddeld = sum(met_plan) / len(met_plan)
        regels.append(f"Tot planversie 1 gemiddeld {uren(gemiddeld)} uur directe tijd per dossier "
                      f"({getal(len(met_plan))} met een plan); het forum noemt ongeveer {FORUM_UREN} uur.")
    else:
        regels.append(f"Nog geen dossier met een plan om met de {FORUM_UREN} uur van het forum te "
                      "vergelijken.")
    return regels

