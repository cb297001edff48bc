"""`vplan overzicht`: a team lead's Monday list, from a werkmap with a dossier in every state."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from interview.bestanden import vergrendel
from interview.cli import main
from interview.conduct.journaal import begin
from interview.model import Aanleiding
from interview.model.vaststelling import Handtekening
from interview.rapport.csvbestand import BOM
from interview.rapport.index import cachebestand
from interview.store import Werkmap
from interview.wijzig import Wijzigingen, volgende_versie
from tests.helpers import (
    VANDAAG,
    documenten,
    gelukt,
    hashes,
    maak_dossier,
    plan_voor,
    sessie,
    stel_vast,
    vplan,
)

GEEN_PLAN, CONCEPT, VASTGESTELD, TE_LAAT, TERMIJN, INCIDENT, KAPOT, NIEUWER = (
    f"VP-2026-000{n}" for n in range(1, 9))


@pytest.fixture
def werkmap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Eight dossiers, one per state a team lead asks about; documents in tmp_path/output."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    werkmap = Werkmap(tmp_path / "werkmap")
    uitvoer = tmp_path / "output"
    maak_dossier(werkmap, plan_voor(GEEN_PLAN), met_plan=False)
    concept = maak_dossier(werkmap, plan_voor(CONCEPT))
    documenten(uitvoer, concept)
    sessie(werkmap, CONCEPT, "gesprek-001", "ouder", persoon="Sandra", afgerond=False)
    vastgesteld = maak_dossier(werkmap, plan_voor(VASTGESTELD, werker="Karin Mol", team="Wijkteam Zuid",
                                                  gezinsnaam="Gezin Yilmaz"))
    stel_vast(werkmap, vastgesteld)
    documenten(uitvoer, vastgesteld, sjabloon_hash="sha256:een-ouder-sjabloon")
    maak_dossier(werkmap, plan_voor(TE_LAAT, dagen_tot_evaluatie=-3))
    maak_dossier(werkmap, plan_voor(TERMIJN, termijn_over=-2))
    maak_dossier(werkmap, plan_voor(INCIDENT))
    sessie(werkmap, INCIDENT, "incident-v1-001", "incident", afgerond=False)
    maak_dossier(werkmap, plan_voor(KAPOT))
    (werkmap.dossier_map(KAPOT) / "plannen" / "plan-v1.json").write_text("{kapot", encoding="utf-8")
    eerste = maak_dossier(werkmap, plan_voor(NIEUWER))
    werkmap.bewaar_plan(volgende_versie(eerste, Wijzigingen(), Aanleiding(soort="correctie"), eerste.datum))
    documenten(uitvoer, eerste)
    return werkmap.pad


def overzicht(werkmap: Path, *argumenten: str) -> str:
    return gelukt(vplan("overzicht", *argumenten, werkmap=werkmap, cwd=werkmap.parent))


def regels(werkmap: Path, *argumenten: str) -> dict[str, dict[str, str]]:
    tekst = overzicht(werkmap, "--csv", *argumenten).removeprefix(BOM)
    gelezen = csv.DictReader(io.StringIO(tekst), delimiter=";")
    return {rij["kenmerk"]: rij for rij in gelezen}


def test_every_dossier_has_one_line_saying_where_it_stands(werkmap: Path) -> None:
    lijst = regels(werkmap)

    assert list(lijst) == [GEEN_PLAN, CONCEPT, VASTGESTELD, TE_LAAT, TERMIJN, INCIDENT, KAPOT, NIEUWER]
    assert lijst[GEEN_PLAN]["status"] == "geen plan" and lijst[GEEN_PLAN]["planversie"] == ""
    concept = lijst[CONCEPT]
    assert (concept["status"], concept["planversie"], concept["documenten"]) == ("concept", "1", "actueel")
    assert concept["datum"] == (VANDAAG - dt.timedelta(days=30)).isoformat()
    assert concept["open_sessies"] == "individueel gesprek"
    assert concept["niet_ontvangen"] == "10"  # the example's whole verspreidingslijst
    vastgesteld = lijst[VASTGESTELD]
    assert (vastgesteld["status"], vastgesteld["niet_ontvangen"]) == ("vastgesteld", "0")
    assert (vastgesteld["werker"], vastgesteld["documenten"]) == ("Karin Mol", "ouder sjabloon")
    assert lijst[TE_LAAT]["evaluatie_achterstallig"] == "ja"
    assert lijst[TE_LAAT]["volgende_evaluatie"] == (VANDAAG - dt.timedelta(days=3)).isoformat()
    assert lijst[TE_LAAT]["documenten"] == "geen"
    verstreken = (VANDAAG - dt.timedelta(days=2)).isoformat()
    assert lijst[TERMIJN]["directe_veiligheid_termijn_verstreken"] == verstreken
    assert lijst[TERMIJN]["evaluatie_achterstallig"] == "nee"
    assert (lijst[INCIDENT]["incidenten_sinds_versie"], lijst[INCIDENT]["open_sessies"]) == ("1", "incident")
    assert (lijst[NIEUWER]["planversie"], lijst[NIEUWER]["documenten"]) == ("2", "van planversie 1")


def test_an_unreadable_dossier_is_one_line_with_its_dutch_error(werkmap: Path) -> None:
    kapot = regels(werkmap)[KAPOT]

    assert kapot["status"] == "onleesbaar"
    assert "plan-v1.json is beschadigd of onleesbaar" in kapot["fout"]
    assert "Traceback" not in kapot["fout"]


def test_a_dossier_folder_this_user_may_not_list_does_not_stop_the_overview(
    werkmap: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A colleague's dossier closed to this user (a shared werkmap): the other dossiers are listed."""
    gesloten = os.fspath(werkmap / CONCEPT)
    lijst_op = os.scandir

    def scandir(pad: str) -> object:
        if os.fspath(pad).startswith(gesloten):
            raise PermissionError(13, "Permission denied", os.fspath(pad))
        return lijst_op(pad)

    monkeypatch.setattr(os, "scandir", scandir)
    code = main(["overzicht", "--csv", "--werkmap", str(werkmap),
                 "--uitvoer", str(werkmap.parent / "output")])

    uit = capsys.readouterr().out.removeprefix(BOM)
    assert code == 0
    assert [rij["kenmerk"] for rij in csv.DictReader(io.StringIO(uit), delimiter=";")] == [
        GEEN_PLAN, CONCEPT, VASTGESTELD, TE_LAAT, TERMIJN, INCIDENT, KAPOT, NIEUWER]


@pytest.mark.parametrize(("argumenten", "verwacht"), [
    (["--achterstallig"], [TE_LAAT, TERMIJN, KAPOT]),
    (["--werker", "karin"], [VASTGESTELD, KAPOT]),
    (["--werker", "Karin Mol"], [VASTGESTELD, KAPOT]),
    (["--werker", "Mol"], [KAPOT]),
    (["--team", "wijkteam zuid"], [VASTGESTELD, KAPOT]),
    (["--team", "Wijkteam Zuid", "--achterstallig"], [KAPOT]),
])
def test_filters_choose_the_dossiers_and_an_unreadable_one_always_shows(
        werkmap: Path, argumenten: list[str], verwacht: list[str]) -> None:
    assert list(regels(werkmap, *argumenten)) == verwacht


def test_family_names_show_only_when_asked_for(werkmap: Path) -> None:
    for uitvoer in (overzicht(werkmap), overzicht(werkmap, "--csv"), overzicht(werkmap, "--json")):
        assert "Bakker-Verhoef" not in uitvoer and "Yilmaz" not in uitvoer and "Sandra" not in uitvoer

    met_namen = regels(werkmap, "--namen")

    assert met_namen[VASTGESTELD]["gezin"] == "Gezin Yilmaz"
    assert met_namen[CONCEPT]["niet_ontvangen_door"].startswith("Sandra, Ronald")
    assert met_namen[CONCEPT]["nog_te_tekenen_door"] == "Ilse de Wit, Noor"
    assert "Gezin Yilmaz" in overzicht(werkmap, "--namen")


def test_json_gives_scripts_typed_values(werkmap: Path) -> None:
    lijst = {r["kenmerk"]: r for r in json.loads(overzicht(werkmap, "--json"))}

    assert lijst[TE_LAAT]["evaluatie_achterstallig"] is True
    assert lijst[CONCEPT]["planversie"] == 1 and lijst[GEEN_PLAN]["planversie"] is None
    assert lijst[CONCEPT]["open_sessies"] == ["individueel gesprek"]
    assert lijst[KAPOT]["fout"] and lijst[CONCEPT]["fout"] is None


def test_the_table_marks_what_is_overdue(werkmap: Path) -> None:
    tabel = overzicht(werkmap)

    regel = next(r for r in tabel.splitlines() if TE_LAAT in r)
    assert f"{VANDAAG - dt.timedelta(days=3):%d-%m-%Y} achterstallig" in regel
    termijn = next(r for r in tabel.splitlines() if TERMIJN in r)
    assert f"{VANDAAG - dt.timedelta(days=2):%d-%m-%Y} verstreken" in termijn
    assert "8 dossiers; 2 met een achterstallige evaluatie" in tabel


def test_reports_change_nothing_in_the_werkmap_or_the_documents(werkmap: Path) -> None:
    voor = hashes(werkmap.parent / "werkmap"), hashes(werkmap.parent / "output")

    for argumenten in ([], ["--csv"], ["--json", "--namen"], ["--achterstallig"]):
        overzicht(werkmap, *argumenten)
    gelukt(vplan("tijd", werkmap=werkmap, cwd=werkmap.parent))
    gelukt(vplan("tijd", CONCEPT, "--csv", werkmap=werkmap, cwd=werkmap.parent))

    assert (hashes(werkmap.parent / "werkmap"), hashes(werkmap.parent / "output")) == voor


def test_a_dossier_in_use_does_not_stop_the_list_nor_wait_for_it(werkmap: Path) -> None:
    """A worker holds the dossier (a session, the netwerkberaad) and renders its documents."""
    dossiers = Werkmap(werkmap)
    with dossiers.slot(CONCEPT), vergrendel(werkmap.parent / "output" / CONCEPT / ".slot", "bezet"):
        lijst = regels(werkmap)
    assert lijst[CONCEPT]["status"] == "concept"


def test_the_cache_follows_every_change_and_holds_no_family_names(werkmap: Path) -> None:
    assert regels(werkmap)[CONCEPT]["status"] == "concept"
    cache = cachebestand(werkmap, werkmap.parent / "output")
    assert cache.is_file() and cache.stat().st_mode & 0o777 == 0o600
    assert not cache.is_relative_to(werkmap)

    dossiers = Werkmap(werkmap)
    for naam in ("Ilse de Wit", "Noor"):
        dossiers.voeg_handtekening_toe(CONCEPT, Handtekening(versie=1, naam=naam, oordeel="gezien",
                                                             datum=VANDAAG))
    begin(dossiers.dossier_map(TE_LAAT) / "sessies" / "evaluatie-v1-001.jsonl", "evaluatie", "")

    lijst = regels(werkmap)
    assert lijst[CONCEPT]["status"] == "vastgesteld"
    assert lijst[TE_LAAT]["open_sessies"] == "evaluatie"
    inhoud = cache.read_text(encoding="utf-8")
    for naam in ("Bakker-Verhoef", "Yilmaz", "Sandra", "Ronald"):
        assert naam not in inhoud


def test_a_damaged_cache_is_rebuilt(werkmap: Path) -> None:
    voor = regels(werkmap)
    cachebestand(werkmap, werkmap.parent / "output").write_text("{niet: json", encoding="utf-8")

    assert regels(werkmap) == voor


def test_a_werkmap_that_does_not_exist_is_one_dutch_line(tmp_path: Path) -> None:
    resultaat = vplan("overzicht", werkmap=tmp_path / "nergens", cwd=tmp_path)

    assert resultaat.returncode == 1
    assert resultaat.stderr.startswith("vplan: Werkmap") and "bestaat niet" in resultaat.stderr
    assert "Traceback" not in resultaat.stderr


def test_csv_and_json_at_once_is_refused_in_dutch(tmp_path: Path) -> None:
    resultaat = vplan("overzicht", "--csv", "--json", werkmap=tmp_path, cwd=tmp_path)

    assert resultaat.returncode == 2
    assert "vplan overzicht: fout: --json: gaat niet samen met --csv; kies er één" in resultaat.stderr


def op_scherm(werkmap: Path, opdracht: str, **omgeving: str) -> str:
    """The report as a terminal of the given $COLUMNS (or colour setting) gets it."""
    resultaat = subprocess.run(
        [sys.executable, "-m", "interview", opdracht, "--werkmap", str(werkmap)], cwd=werkmap.parent,
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "VPLAN_DEBUG": "", "NO_COLOR": "", "FORCE_COLOR": "", **omgeving})
    return gelukt(resultaat)


@pytest.mark.parametrize("breedte", [80, 120])
def test_at_80_and_120_columns_every_kenmerk_date_and_status_stays_whole(werkmap: Path, breedte: int) -> None:
    uit = op_scherm(werkmap, "overzicht", COLUMNS=str(breedte))

    assert max(len(regel) for regel in uit.splitlines()) <= breedte
    statussen = {GEEN_PLAN: "geen plan", CONCEPT: "concept", VASTGESTELD: "vastgesteld", KAPOT: "onleesbaar"}
    for kenmerk in (GEEN_PLAN, CONCEPT, VASTGESTELD, TE_LAAT, TERMIJN, INCIDENT, KAPOT, NIEUWER):
        regel = next((r for r in uit.splitlines() if kenmerk in r), "")
        assert statussen.get(kenmerk, "concept") in regel, (kenmerk, uit)
    woorden = uit.split()
    for dagen in (3, 2, 30, -30):  # overdue, termijn passed, plan date, next evaluation: never cut
        assert f"{VANDAAG - dt.timedelta(days=dagen):%d-%m-%Y}" in woorden
    assert "achterstallig" in woorden and "verstreken" in woorden
    assert "8 dossiers; 2 met een achterstallige evaluatie" in " ".join(uit.split())


def test_no_color_gives_no_escape_codes_even_on_a_terminal(werkmap: Path) -> None:
    """FORCE_COLOR stands in for a terminal; with it alone the overdue dates are coloured."""
    assert "\x1b[" in op_scherm(werkmap, "overzicht", FORCE_COLOR="1")

    for opdracht in ("overzicht", "tijd"):
        assert "\x1b[" not in op_scherm(werkmap, opdracht, FORCE_COLOR="1", NO_COLOR="1")


def test_the_csv_starts_with_a_byte_order_mark_for_dutch_excel(werkmap: Path) -> None:
    for opdracht in ("overzicht", "tijd"):
        uit = gelukt(vplan(opdracht, "--csv", werkmap=werkmap, cwd=werkmap.parent))

        assert uit.startswith(BOM + "kenmerk;werker;"), opdracht
