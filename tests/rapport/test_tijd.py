"""`vplan tijd`: where the hours of a plan go, from the journals and what a worker adds."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import subprocess
import sys
from pathlib import Path
from typing import get_args

import pytest

from interview.model.tijd import Tijdsoort
from interview.rapport.csvbestand import BOM
from interview.rapport.getallen import aantal, procent
from interview.rapport.tijdtelling import lees_duur, meet, uren
from interview.store import Werkmap
from tests.helpers import VANDAAG, gelukt, maak_dossier, plan_voor, sessie, vplan

KENMERK = "VP-2026-0042"
ANDER = "VP-2026-0043"


@pytest.fixture
def werkmap(tmp_path: Path) -> Path:
    """A plan made 30 days ago from sessions held 40 days ago (an individual session with a long pause
    in it, the netwerkberaad), an evaluation 10 days ago; another worker's dossier without a plan."""
    werkmap = Werkmap(tmp_path / "werkmap")
    maak_dossier(werkmap, plan_voor(KENMERK))
    sessie(werkmap, KENMERK, "gesprek-001", "ouder", persoon="Sandra", minuten=[10, 10, 40])
    sessie(werkmap, KENMERK, "netwerkberaad-001", "netwerkberaad", minuten=[15, 15, 15, 15])
    sessie(werkmap, KENMERK, "evaluatie-v1-001", "evaluatie", minuten=[5, 5], dagen_geleden=10)
    maak_dossier(werkmap, plan_voor(ANDER, werker="Karin Mol"), met_plan=False)
    sessie(werkmap, ANDER, "gesprek-001", "ouder", persoon="Sandra", minuten=[12])
    return werkmap.pad


def tijd(werkmap: Path, *argumenten: str) -> str:
    return gelukt(vplan("tijd", *argumenten, werkmap=werkmap, cwd=werkmap.parent))


def rijen(werkmap: Path, *argumenten: str) -> dict[tuple[str, str], dict[str, str]]:
    tekst = tijd(werkmap, "--csv", *argumenten).removeprefix(BOM)
    gelezen = csv.DictReader(io.StringIO(tekst), delimiter=";")
    return {(rij["kenmerk"], rij["soort"]): rij for rij in gelezen}


def test_gaps_up_to_fifteen_minutes_count_and_longer_ones_are_pauses() -> None:
    start = dt.datetime(2026, 11, 2, 9, 0)
    momenten = [start + dt.timedelta(minutes=m) for m in (0, 10, 25, 55, 60, 58)]

    gemeten = meet(momenten)

    assert gemeten.seconden == (10 + 15 + 5) * 60  # 58 after 60: a clock set back counts nothing
    assert (gemeten.pauzes, gemeten.pauzeseconden) == (1, 30 * 60)


def test_time_per_dossier_and_kind_of_contact_comes_from_the_journals(werkmap: Path) -> None:
    lijst = rijen(werkmap)

    gesprek = lijst[(KENMERK, "individueel gesprek")]
    assert (gesprek["minuten"], gesprek["pauzes"], gesprek["pauzeminuten"]) == ("21", "1", "40")
    assert (gesprek["direct"], gesprek["bron"], gesprek["werker"]) == ("ja", "gespreksverslag", "Ilse de Wit")
    assert lijst[(KENMERK, "netwerkberaad")]["minuten"] == "61"
    assert lijst[(KENMERK, "evaluatie")]["minuten"] == "11"
    assert lijst[(ANDER, "individueel gesprek")]["werker"] == "Karin Mol"
    assert lijst[(ANDER, "individueel gesprek")]["minuten"] == "13"


def test_a_worker_adds_what_vplan_cannot_see(werkmap: Path) -> None:
    datum = (VANDAAG - dt.timedelta(days=35)).strftime("%d-%m-%Y")
    uit = tijd(werkmap, KENMERK, "--voeg-toe", "45m", "--soort", "voorbereiding")
    assert uit == f"Vastgelegd: 45 minuten voorbereiding op {VANDAAG:%d-%m-%Y} bij dossier {KENMERK}.\n"
    tijd(werkmap, KENMERK, "--voeg-toe", "1u30", "--soort", "contact", "--datum", datum)

    lijst = rijen(werkmap, KENMERK)

    voorbereiding, contact = lijst[(KENMERK, "voorbereiding")], lijst[(KENMERK, "contact")]
    assert (voorbereiding["minuten"], voorbereiding["direct"]) == ("45", "nee")
    assert voorbereiding["bron"] == "toegevoegd"
    assert (contact["minuten"], contact["direct"]) == ("90", "ja")
    assert {k for k, _ in lijst} == {KENMERK}


def test_totals_per_worker_and_kind_against_the_forums_25_hours(werkmap: Path) -> None:
    tijd(werkmap, KENMERK, "--voeg-toe", "1u45", "--soort", "contact", "--datum",
         (VANDAAG - dt.timedelta(days=35)).strftime("%d-%m-%Y"))

    uit = tijd(werkmap)

    dossier = next(r for r in uit.splitlines() if KENMERK in r)
    # 21 + 61 + 11 minutes of sessions and 105 added: 3,3 hours direct; without the evaluation 3,1
    # hours up to plan version 1, which is 12% of the forum's 25.
    assert "3,3" in dossier and "3,1" in dossier and "12%" in dossier
    assert "1 pauze (0,7 u)" in dossier
    assert "Niet meegeteld: 1 pauze van meer dan 15 minuten" in uit
    assert "Tot planversie 1 gemiddeld 3,1 uur directe tijd per dossier (1 met een plan); het forum noemt " \
           "ongeveer 25 uur." in uit
    assert "Karin Mol" in uit and "Per werker" in uit and "Per soort" in uit


@pytest.mark.parametrize(("tekst", "minuten"), [
    ("45m", 45), ("45", 45), ("45 min", 45), ("1u30", 90), ("1u30m", 90), ("1,5u", 90), ("1.5 uur", 90),
    ("2h", 120), ("1:30", 90),
])
def test_a_duration_is_read_as_workers_write_it(tekst: str, minuten: int) -> None:
    assert lees_duur(tekst) == minuten


@pytest.mark.parametrize(("argumenten", "melding"), [
    (["--voeg-toe", "drie kwartier", "--soort", "contact"], "is geen duur"),
    (["--voeg-toe", "0m", "--soort", "contact"], "valt buiten 1 minuut tot 24 uur"),
    (["--voeg-toe", "25u", "--soort", "contact"], "valt buiten 1 minuut tot 24 uur"),
])
def test_a_duration_that_cannot_be_read_is_wrong_use_of_the_command(
        werkmap: Path, argumenten: list[str], melding: str) -> None:
    resultaat = vplan("tijd", KENMERK, *argumenten, werkmap=werkmap, cwd=werkmap.parent)
    assert resultaat.returncode == 2 and melding in resultaat.stderr
    assert not (werkmap / KENMERK / "tijd.jsonl").exists()


@pytest.mark.parametrize(("argumenten", "melding"), [
    ([KENMERK, "--voeg-toe", "45m"], "Tijd toevoegen gaat zo: vplan tijd KENMERK --voeg-toe 45m"),
    (["--voeg-toe", "45m", "--soort", "contact"], "Tijd toevoegen gaat zo"),
    ([KENMERK, "--voeg-toe", "45m", "--soort", "koffie"], "onbekende soort 'koffie'. Kies uit: contact,"),
    ([KENMERK, "--voeg-toe", "45m", "--soort", "contct"], "onbekende soort 'contct'. Bedoelt u contact?"),
])
def test_adding_time_wrongly_is_wrong_use_of_the_command(
        werkmap: Path, argumenten: list[str], melding: str) -> None:
    """Fails on main (exit 1 there): a usage mistake exits 2, after the command's usage line."""
    resultaat = vplan("tijd", *argumenten, werkmap=werkmap, cwd=werkmap.parent)

    assert resultaat.returncode == 2
    assert resultaat.stderr.startswith("gebruik: vplan tijd")
    assert "vplan tijd: fout: " in resultaat.stderr and melding in resultaat.stderr
    assert not (werkmap / KENMERK / "tijd.jsonl").exists()


@pytest.mark.parametrize(("argumenten", "melding"), [
    ([KENMERK, "--voeg-toe", "45m", "--soort", "contact", "--datum",
      (VANDAAG + dt.timedelta(days=1)).strftime("%d-%m-%Y")], "De datum"),
    (["VP-2026-9999", "--voeg-toe", "45m", "--soort", "contact"], "Dossier VP-2026-9999 bestaat niet"),
    (["VP-2026-9999"], "Dossier VP-2026-9999 bestaat niet"),
])
def test_a_mistake_is_one_dutch_line_and_nothing_is_written(
        werkmap: Path, argumenten: list[str], melding: str) -> None:
    resultaat = vplan("tijd", *argumenten, werkmap=werkmap, cwd=werkmap.parent)

    assert resultaat.returncode == 1
    assert resultaat.stderr.startswith(f"vplan: {melding}")
    assert "Traceback" not in resultaat.stderr
    assert not (werkmap / KENMERK / "tijd.jsonl").exists()


def test_time_is_added_while_a_session_holds_the_dossier(werkmap: Path) -> None:
    with Werkmap(werkmap).slot(KENMERK):
        tijd(werkmap, KENMERK, "--voeg-toe", "20m", "--soort", "telefoon")
    assert rijen(werkmap, KENMERK)[(KENMERK, "telefoon")]["minuten"] == "20"


def test_a_damaged_time_file_is_one_line_and_the_other_dossiers_still_count(werkmap: Path) -> None:
    kapot = '{"schema_versie": 1, "minuten": "veel"}\n'
    (werkmap / KENMERK / "tijd.jsonl").write_text(kapot, encoding="utf-8")

    lijst = rijen(werkmap)

    assert "tijd.jsonl is beschadigd op regel 1" in lijst[(KENMERK, "")]["fout"]
    assert lijst[(ANDER, "individueel gesprek")]["minuten"] == "13"
    resultaat = vplan("tijd", KENMERK, werkmap=werkmap, cwd=werkmap.parent)
    assert resultaat.returncode == 1 and "tijd.jsonl is beschadigd" in resultaat.stderr


def test_the_help_names_every_kind_a_worker_may_add(tmp_path: Path) -> None:
    hulp = " ".join(gelukt(vplan("tijd", "--help", werkmap=tmp_path, cwd=tmp_path)).split())
    for soort in get_args(Tijdsoort):
        assert soort in hulp


@pytest.mark.parametrize("breedte", [80, 120])
def test_at_80_and_120_columns_every_kenmerk_and_figure_stays_whole(werkmap: Path, breedte: int) -> None:
    resultaat = subprocess.run(
        [sys.executable, "-m", "interview", "tijd", "--werkmap", str(werkmap)], cwd=werkmap.parent,
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "VPLAN_DEBUG": "", "COLUMNS": str(breedte)})
    uit = gelukt(resultaat)

    assert max(len(regel) for regel in uit.splitlines()) <= breedte
    woorden = uit.split()
    assert KENMERK in woorden and ANDER in woorden
    assert "1 pauze" in " ".join(woorden) and "Karin Mol" in " ".join(woorden)


def test_hours_counts_and_plurals_are_dutch_through_babel() -> None:
    assert (uren(4_500_000), uren(5400)) == ("1.250,0", "1,5")
    assert (aantal(1, "dossier", "dossiers"), aantal(0, "dossier", "dossiers")) == ("1 dossier", "0 dossiers")
    assert aantal(1234, "pauze", "pauzes") == "1.234 pauzes"
    assert procent(0.124) == "12%"
