"""`vplan tijd`: direct time per dossier and kind of contact, from the journals and added entries.

A journal writes a timestamp with every line, so the time a session took is the sum of the gaps
between its lines. A gap longer than PAUZE (the family took a break, the laptop stayed open over
lunch) is left out and counted as a pause, so it shows instead of silently inflating the hours.
What vplan cannot see, a worker adds as a `Tijdregel` in the dossier's `tijd.jsonl` (append-only,
no lock: adding time never waits for a session, nor blocks one).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import get_args

from pydantic import ValidationError

from interview.bestanden import voeg_regel_toe
from interview.fouten import OngeldigeInvoer, VplanFout, schijffout
from interview.leesgrens import REGELS, beschadigd, json_regels
from interview.model.tijd import DIRECTE_SOORTEN, HOOGSTENS_MINUTEN, Tijdregel, Tijdsoort
from interview.rapport.foutregel import ONVERWACHT
from interview.rapport.getallen import getal
from interview.rapport.sessies import DIRECT_CONTACT, regeltijden, sessies
from interview.store import Werkmap

PAUZE = dt.timedelta(minutes=15)
FORUM_UREN = 25
"""The practice forum's estimate of direct time for one plan (shared/seeds, December 2023)."""
TIJDBESTAND = "tijd.jsonl"
TIJDSCHEMA = 1
GESPREKSVERSLAG = "gespreksverslag"
TOEGEVOEGD = "toegevoegd"


@dataclass(frozen=True)
class Gemeten:
    """Time between a journal's lines: counted seconds, and the pauses left out."""

    seconden: float = 0.0
    pauzes: int = 0
    pauzeseconden: float = 0.0

    def __add__(self, ander: Gemeten) -> Gemeten:
        return Gemeten(self.seconden + ander.seconden, self.pauzes + ander.pauzes,
                       self.pauzeseconden + ander.pauzeseconden)


def meet(tijden: Sequence[dt.datetime]) -> Gemeten:
    """The gaps between consecutive moments up to PAUZE, summed; longer gaps are pauses.

    A moment earlier than the one before (a clock set back) counts as no time.
    """
    gemeten = Gemeten()
    for vorige, volgende in itertools.pairwise(tijden):
        stap = volgende - vorige
        if stap > PAUZE:
            gemeten += Gemeten(0, 1, stap.total_seconds())
        elif stap > dt.timedelta(0):
            gemeten += Gemeten(stap.total_seconds())
    return gemeten


@dataclass
class Post:
    """One kind of contact (or added soort) in one dossier."""

    soort: str
    bron: str
    direct: bool
    gemeten: Gemeten = field(default_factory=Gemeten)
    aantal: int = 0


@dataclass
class Dossiertijd:
    """A dossier's time per kind; `tot_plan` is the direct time up to its first plan version's date
    (None without a plan); `fout` the Dutch error when the dossier cannot be read."""

    kenmerk: str
    werker: str = ""
    team: str = ""
    posten: dict[str, Post] = field(default_factory=dict)
    tot_plan: float | None = None
    fout: str | None = None

    @property
    def direct(self) -> float:
        return sum(p.gemeten.seconden for p in self.posten.values() if p.direct)

    @property
    def niet_direct(self) -> float:
        return sum(p.gemeten.seconden for p in self.posten.values() if not p.direct)

    @property
    def pauzes(self) -> Gemeten:
        return sum((Gemeten(0, p.gemeten.pauzes, p.gemeten.pauzeseconden) for p in self.posten.values()),
                   Gemeten())

    def tel(self, soort: str, bron: str, direct: bool, gemeten: Gemeten) -> None:
        post = self.posten.setdefault(soort, Post(soort, bron, direct))
        post.gemeten += gemeten
        post.aantal += 1


def tijd_van(werkmap: Werkmap, kenmerk: str) -> Dossiertijd:
    """The dossier's time; never raises for a dossier that cannot be read (see `fout`)."""
    try:
        return _tijd(werkmap, kenmerk)
    except VplanFout as fout:
        return Dossiertijd(kenmerk, fout=fout.bericht)
    except OSError as fout:
        return Dossiertijd(kenmerk, fout=schijffout(fout, "Er is niets veranderd.").bericht)
    except (RecursionError, ValueError, TypeError, KeyError, AttributeError):
        return Dossiertijd(kenmerk, fout=ONVERWACHT)  # as in `overzicht`: the others are still counted


def _tijd(werkmap: Werkmap, kenmerk: str) -> Dossiertijd:
    dossier = werkmap.lees_dossier(kenmerk)
    versies = werkmap.versies(kenmerk)
    eerste = werkmap.lees_plan(kenmerk, versies[0]).datum if versies else None
    tijd = Dossiertijd(kenmerk, dossier.werker.naam, dossier.team, tot_plan=0.0 if eerste else None)
    for sessie in sessies(werkmap.dossier_map(kenmerk)):
        gemeten = meet(regeltijden(sessie.pad))
        direct = sessie.soort in DIRECT_CONTACT
        tijd.tel(sessie.soort, GESPREKSVERSLAG, direct, gemeten)
        if direct and tijd.tot_plan is not None and eerste and _dag(sessie.begin) <= eerste:
            tijd.tot_plan += gemeten.seconden
    for regel in lees_tijdregels(werkmap, kenmerk):
        direct = regel.soort in DIRECTE_SOORTEN
        tijd.tel(regel.soort, TOEGEVOEGD, direct, Gemeten(regel.minuten * 60.0))
        if direct and tijd.tot_plan is not None and eerste and regel.datum <= eerste:
            tijd.tot_plan += regel.minuten * 60.0
    return tijd


def _dag(moment: str) -> dt.date:
    try:
        return dt.datetime.fromisoformat(moment).date()
    except ValueError:
        return dt.date.max  # no readable start: not counted toward the first plan


def voeg_tijd_toe(werkmap: Werkmap, kenmerk: str, regel: Tijdregel, vandaag: dt.date) -> None:
    """Append one entry to the dossier's tijd.jsonl; a day after `vandaag` is refused."""
    map_ = werkmap.dossier_map(kenmerk)
    werkmap.lees_dossier(kenmerk)  # an unknown kenmerk or broken dossier is reported, nothing written
    lees_tijdregels(werkmap, kenmerk)  # a line is never added to a file that cannot be read back
    if regel.datum > vandaag:
        raise OngeldigeInvoer(f"De datum {regel.datum:%d-%m-%Y} ligt in de toekomst; tijd legt u vast "
                              "als die besteed is.")
    voeg_regel_toe(map_ / TIJDBESTAND, json.dumps(
        {"schema_versie": TIJDSCHEMA, **regel.model_dump(mode="json")}, ensure_ascii=False),
        gevolg="De tijd is niet vastgelegd. Geef dezelfde opdracht opnieuw als dit is opgelost.")


def lees_tijdregels(werkmap: Werkmap, kenmerk: str) -> list[Tijdregel]:
    """Every entry added to the dossier, oldest first (empty when none)."""
    pad = werkmap.dossier_map(kenmerk) / TIJDBESTAND
    regels = []
    try:
        for nummer, gegevens in json_regels(pad, REGELS, werkmap.pad):
            try:
                if gegevens.pop("schema_versie", None) != TIJDSCHEMA:
                    raise ValueError("onbekende schemaversie")
                regels.append(Tijdregel.model_validate(gegevens))
            except (ValueError, AttributeError, TypeError) as fout:  # ValidationError is a ValueError
                raise beschadigd(pad, werkmap.pad, "beschadigd", nummer) from fout
    except FileNotFoundError:
        return []
    return regels


Minuten = Callable[[Sequence[str]], float]
DUUR: list[tuple[re.Pattern[str], Minuten]] = [
    (re.compile(r"(\d+(?:\.\d+)?)(?:u|h|uur)"), lambda d: float(d[0]) * 60),
    (re.compile(r"(\d+)(?:m|min|minuten)?"), lambda d: float(d[0])),
    (re.compile(r"(\d+)(?:u|h|uur)(\d+)(?:m|min|minuten)?"), lambda d: float(d[0]) * 60 + float(d[1])),
    (re.compile(r"(\d+):(\d\d)"), lambda d: float(d[0]) * 60 + float(d[1])),
]


def lees_duur(tekst: str) -> int:
    """Minutes in a duration as a worker types it: 45m, 45, 1u30, 1,5u, 2h, 1:30 (ValueError in Dutch)."""
    schoon = re.sub(r"\s+", "", tekst.lower()).replace(",", ".")
    for patroon, minuten_van in DUUR:
        gevonden = patroon.fullmatch(schoon)
        if gevonden:
            minuten = round(minuten_van(gevonden.groups()))
            if not 1 <= minuten <= HOOGSTENS_MINUTEN:
                raise ValueError(f"'{tekst}' valt buiten 1 minuut tot 24 uur")
            return minuten
    raise ValueError(f"'{tekst}' is geen duur; schrijf bijvoorbeeld 45m, 1u30 of 1,5u")


def uren(seconden: float) -> str:
    """Hours with one decimal, as Dutch writes them (babel): 5400 -> '1,5', 4,500,000 -> '1.250,0'."""
    return getal(seconden / 3600, 1)


def per_werker(tijden: Iterable[Dossiertijd]) -> dict[str, list[Dossiertijd]]:
    """Readable dossiers grouped by their worker, in name order."""
    groepen: dict[str, list[Dossiertijd]] = {}
    for tijd in tijden:
        if tijd.fout is None:
            groepen.setdefault(tijd.werker, []).append(tijd)
    return dict(sorted(groepen.items()))


def per_soort(tijden: Iterable[Dossiertijd]) -> list[Post]:
    """Every kind over all readable dossiers: direct contact first, then by time spent."""
    totaal: dict[str, Post] = {}
    for tijd in tijden:
        for post in tijd.posten.values():
            samen = totaal.setdefault(post.soort, Post(post.soort, post.bron, post.direct))
            samen.gemeten += post.gemeten
            samen.aantal += post.aantal
    return sorted(totaal.values(), key=lambda p: (not p.direct, -p.gemeten.seconden, p.soort))


def maak_tijdregel(minuten: int, soort: str, datum: dt.date) -> Tijdregel:
    """An entry as the worker typed it; an unknown soort gets one Dutch line naming the known ones."""
    try:
        return Tijdregel.model_validate({"minuten": minuten, "soort": soort, "datum": datum})
    except ValidationError:
        bekend = ", ".join(get_args(Tijdsoort))
        raise OngeldigeInvoer(f"Onbekende soort '{soort}'; kies uit {bekend}.") from None
