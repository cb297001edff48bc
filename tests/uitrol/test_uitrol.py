"""A team lead rolls out new templates with `vplan opnieuw`: every run is in the werkmap's log, the
last one can be undone without losing what a worker did since, and a failure says where in Word."""

from __future__ import annotations

import datetime as dt
import getpass
import json
import shutil
import stat
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from benchmarks.werkmap_maken import maak_werkmap
from interview.cli import main
from interview.model.vaststelling import Ontvangst
from interview.render.identiteit import identiteit_van
from interview.render.sjabloonmap import standaard_sjablonen
from interview.store import Werkmap

NIEUW = "Nieuw voor {{ dossier.kenmerk }}"


@pytest.fixture
def werkmap(tmp_path: Path) -> Path:
    maak_werkmap(tmp_path / "werkmap", 3)
    return tmp_path / "werkmap"


def vplan(tmp_path: Path, *argumenten: str) -> int:
    return main([*argumenten, "--werkmap", str(tmp_path / "werkmap")])


def opnieuw(tmp_path: Path, *argumenten: str) -> int:
    return vplan(tmp_path, "opnieuw", "--uitvoer", str(tmp_path / "uit"), "--processen", "1", *argumenten)


def nieuwe_sjablonen(tmp_path: Path, *alineas: str, tabelcel: str = "") -> Path:
    """The default templates with a team lead's own veiligheidsplan: a heading, lines, and a table."""
    map_ = tmp_path / "nieuw"
    shutil.copytree(standaard_sjablonen(), map_, dirs_exist_ok=True)
    document = Document()
    document.add_heading("Gegevens van het gezin", level=1)
    for alinea in alineas:
        document.add_paragraph(alinea)
    if tabelcel:
        tabel = document.add_table(rows=1, cols=2)
        tabel.cell(0, 0).text = "Opgesteld"
        tabel.cell(0, 1).text = tabelcel
    document.save(str(map_ / "veiligheidsplan.docx"))
    return map_


def sets(tmp_path: Path) -> dict[str, bytes]:
    """Every file of every dossier's version folder, by path: what a family could have received."""
    uit = tmp_path / "uit"
    return {str(p.relative_to(uit)): p.read_bytes() for p in sorted(uit.glob("*/v1/*")) if p.is_file()}


def uitgerold(tmp_path: Path) -> dict[str, bytes]:
    """Every dossier made with the shipped templates, then rolled out with new ones; the sets from before."""
    assert opnieuw(tmp_path, "--alle") == 0
    voor = sets(tmp_path)
    assert opnieuw(tmp_path, "--alle", "--sjablonen", str(nieuwe_sjablonen(tmp_path, NIEUW))) == 0
    return voor


def logboek(werkmap: Path) -> list[dict[str, Any]]:
    return [json.loads(regel) for regel in (werkmap / "uitrol" / "logboek.jsonl").read_text().splitlines()]


def test_every_opnieuw_is_one_record_of_who_when_which_templates_and_dossiers(
    tmp_path: Path, werkmap: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert opnieuw(tmp_path, "--alle") == 0
    nieuw = nieuwe_sjablonen(tmp_path, "Nieuw voor {{ dossier.kenmerk }}")
    assert opnieuw(tmp_path, "--verouderd", "--proef", "--sjablonen", str(nieuw)) == 0
    assert opnieuw(tmp_path, "--verouderd", "--sjablonen", str(nieuw)) == 0
    assert opnieuw(tmp_path, "--verouderd", "--sjablonen", str(nieuw)) == 0  # all current: no roll-out

    regels = logboek(werkmap)
    assert [r["soort"] for r in regels] == ["opnieuw", "opnieuw"], "a trial and a run with nothing to do"
    laatste = regels[-1]
    assert laatste["gebruiker"] == getpass.getuser()
    assert laatste["sjablonen"] == str(nieuw.absolute())
    assert laatste["identiteiten"]["veiligheidsplan"] == identiteit_van(nieuw / "veiligheidsplan.docx").hash
    assert laatste["afloop"] == "klaar" and laatste["begin"] and laatste["einde"]
    assert [(d["kenmerk"], d["planversie"], d["uitkomst"]) for d in laatste["dossiers"]] == [
        (f"VP-2026-0000{n}", 1, "vernieuwd") for n in range(3)]
    assert stat.S_IMODE((werkmap / "uitrol" / "logboek.jsonl").stat().st_mode) == 0o600
    assert {stat.S_IMODE(p.stat().st_mode) for p in (werkmap / "uitrol").rglob("*") if p.is_dir()} == {0o700}
    assert stat.S_IMODE((werkmap / "uitrol").stat().st_mode) == 0o700
    identiteit = str(laatste["identiteiten"]["veiligheidsplan"])
    kopie = werkmap / "uitrol" / "sjablonen" / f"{identiteit[7:23]}-veiligheidsplan.docx"
    assert kopie.read_bytes() == (nieuw / "veiligheidsplan.docx").read_bytes()

    capsys.readouterr()
    assert vplan(tmp_path, "uitrol", "lijst") == 0
    lijst = capsys.readouterr().out.splitlines()
    assert len(lijst) == 2
    assert lijst[1].endswith(f"(uitrol {laatste['uitrol']})")
    assert f"{getpass.getuser()}: opnieuw met {nieuw.absolute()}" in lijst[1]
    assert "3 vernieuwd, 0 fouten" in lijst[1]


def test_undo_puts_every_previous_document_back_byte_for_byte(
    tmp_path: Path, werkmap: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    voor = uitgerold(tmp_path)
    assert sets(tmp_path) != voor
    capsys.readouterr()

    assert vplan(tmp_path, "uitrol", "terug") == 0
    assert "3 dossiers terug zoals ze waren, 0 overgeslagen" in capsys.readouterr().out
    assert sets(tmp_path) == voor
    assert logboek(werkmap)[-1]["soort"] == "teruggedraaid"

    assert vplan(tmp_path, "uitrol", "terug") == 1
    assert capsys.readouterr().err.startswith("vplan: Er is geen uitrol om terug te draaien")
    assert sets(tmp_path) == voor


def test_undo_leaves_a_dossier_a_worker_changed_since_and_says_why(
    tmp_path: Path, werkmap: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    voor = uitgerold(tmp_path)
    bewerkt = tmp_path / "uit" / "VP-2026-00000" / "v1" / "veiligheidsplan-VP-2026-00000-v1.docx"
    bewerkt.write_bytes(bewerkt.read_bytes() + b"met de hand")
    opslag = Werkmap(werkmap)
    plan = opslag.lees_plan("VP-2026-00001", None)
    opslag.bewaar_plan(plan.model_copy(update={"versie": 2}))
    na_uitrol = sets(tmp_path)
    capsys.readouterr()
    assert vplan(tmp_path, "uitrol", "terug", "--proef") == 0
    assert "1 dossier zou teruggezet worden, 2 overgeslagen" in capsys.readouterr().out
    assert sets(tmp_path) == na_uitrol

    assert vplan(tmp_path, "uitrol", "terug") == 0
    uit = capsys.readouterr().out
    assert "VP-2026-00000: niet teruggezet: na de uitrol met de hand gewijzigd: " \
           "veiligheidsplan-VP-2026-00000-v1.docx" in uit
    assert "VP-2026-00001: niet teruggezet: na de uitrol is planversie 2 gemaakt" in uit
    assert "1 dossier terug zoals het was, 2 overgeslagen" in uit
    nu = sets(tmp_path)
    for naam in nu:
        verwacht = voor if naam.startswith("VP-2026-00002") else na_uitrol
        assert nu[naam] == verwacht[naam], naam


def test_a_run_where_every_dossier_failed_leaves_the_roll_out_before_it_undoable(
    tmp_path: Path, werkmap: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    voor = uitgerold(tmp_path)
    kapot = nieuwe_sjablonen(tmp_path, "{{ dossier.bestaatniet }}")
    assert opnieuw(tmp_path, "--alle", "--sjablonen", str(kapot)) == 1

    assert vplan(tmp_path, "uitrol", "terug") == 0
    assert sets(tmp_path) == voor


def test_a_failing_roll_out_names_the_field_and_its_place_in_word(
    tmp_path: Path, werkmap: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kapot = nieuwe_sjablonen(tmp_path, "Voor {{ dossier.kenmerk }}", tabelcel="{{ dossier.opsteldatum }}")

    assert opnieuw(tmp_path, "VP-2026-00001", "--sjablonen", str(kapot)) == 1

    fout = " ".join(capsys.readouterr().err.split())  # the progress console folds long lines
    assert ("VP-2026-00001: Sjabloon veiligheidsplan.docx gebruikt een veld dat niet bestaat: "
            "'opsteldatum'") in fout
    assert "in Word: veiligheidsplan.docx" in fout
    assert "tabel 1, rij 1, cel 2" in fout
    assert "{{ dossier.opsteldatum }}" in fout
    assert "tabel 1, rij 1, cel 2" in logboek(werkmap)[-1]["dossiers"][0]["fout"]


def test_a_run_stopped_with_ctrl_c_is_recorded_with_what_it_did_and_can_be_undone(
    tmp_path: Path, werkmap: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import interview.bulk as bulk

    assert opnieuw(tmp_path, "--alle") == 0
    voor = sets(tmp_path)
    echt, reeksen = bulk.vernieuw_reeks, []

    def stopt_na_de_eerste(*argumenten: object, **opties: object) -> object:
        reeksen.append(argumenten)
        if len(reeksen) > 1:
            raise KeyboardInterrupt
        return echt(*argumenten, **opties)  # type: ignore[arg-type]

    monkeypatch.setattr(bulk, "vernieuw_reeks", stopt_na_de_eerste)
    assert opnieuw(tmp_path, "--alle", "--sjablonen", str(nieuwe_sjablonen(tmp_path, NIEUW))) == 130

    laatste = logboek(werkmap)[-1]
    assert laatste["afloop"] == "onderbroken"
    assert [d["kenmerk"] for d in laatste["dossiers"]] == ["VP-2026-00000", "VP-2026-00001"]
    assert vplan(tmp_path, "uitrol", "terug") == 0
    assert sets(tmp_path) == voor


def test_undo_leaves_a_version_sent_after_the_roll_out_with_the_documents_the_family_got(
    tmp_path: Path, werkmap: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    uitgerold(tmp_path)
    Werkmap(werkmap).voeg_ontvangst_toe(
        "VP-2026-00002", Ontvangst(ontvanger="Ria", versie=1, datum=dt.date(2026, 12, 1), vorm="post"))
    verstuurd = sets(tmp_path)
    capsys.readouterr()

    assert vplan(tmp_path, "uitrol", "terug") == 0

    assert ("VP-2026-00002: niet teruggezet: planversie 1 is na de uitrol getekend of verstuurd"
            in capsys.readouterr().out)
    assert {n: b for n, b in sets(tmp_path).items() if n.startswith("VP-2026-00002")} == {
        n: b for n, b in verstuurd.items() if n.startswith("VP-2026-00002")}
