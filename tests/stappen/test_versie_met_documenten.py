"""A version and its documents are one step (issue 24, item 3).

A run stopped between storing version N+1 and writing its documents (a full disk, a kill) leaves
a mark, and the next command that opens the dossier writes them; the same answers file given
again makes no second version; `opnieuw --verouderd` finds every version without documents; the
journal a killed answers-file run left is not counted twice by `vplan tijd`.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

import interview.versieset as versieset
from interview.cli import main
from interview.conduct import GesprekOnderbroken
from interview.fouten import Schijffout
from interview.rapport.tijdtelling import tijd_van
from interview.stappen.frame import Stapcontext
from interview.stappen.incident import incident
from interview.stappen.netwerkberaad import netwerkberaad
from interview.store import Werkmap
from tests.helpers import (
    ANTWOORDEN,
    KENMERK,
    ONDERBREEK,
    GescriptePrompter,
    bestanden_onder,
    documenten,
    gelukt,
    maak_dossier,
    plan_voor,
    vplan,
)

INCIDENT = str(ANTWOORDEN / "incident.yaml")
AL_VERWERKT = ("Deze antwoorden zijn al verwerkt in planversie 2 (incident van 19 november 2026). "
               "Er is niets veranderd.")
AFGEMAAKT = f"Planversie 2 van dossier {KENMERK} had nog geen documenten"


@pytest.fixture
def met_plan(met_gesprekken: Werkmap) -> Werkmap:
    """The Meijer dossier with planversie 1 from the netwerkberaad."""
    netwerkberaad(Stapcontext(met_gesprekken, lambda: None, ANTWOORDEN / "netwerkberaad.yaml", print),
                  KENMERK, lambda overzicht: None)
    return met_gesprekken


def gestopt_in(tmp_path: Path, werkmap: Werkmap, stop: str, *argumenten: str) -> int:
    """`vplan` in a process of its own that is killed (SIGKILL) where `stop` (module:attribute) is
    called; its exit code (minus the signal when it was killed)."""
    module, _, naam = stop.partition(":")
    eigenaar, _, attribuut = naam.rpartition(".")
    code = (f"import os, signal, sys, {module} as m\n"
            f"setattr({'m.' + eigenaar if eigenaar else 'm'}, {attribuut!r}, "
            "lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL))\n"
            "from interview.cli import main\nsys.exit(main(sys.argv[1:]))\n")
    proces = subprocess.run([sys.executable, "-c", code, *argumenten, "--werkmap", str(werkmap.pad)],
                            cwd=tmp_path, capture_output=True, text=True, stdin=subprocess.DEVNULL,
                            timeout=300, env={**os.environ, "VPLAN_DEBUG": ""})
    return proces.returncode


def documenten_van(uitvoer: Path, versie: int) -> list[str]:
    map_ = uitvoer / KENMERK / f"v{versie}"
    gegevens = json.loads((map_ / ".vplan.json").read_text(encoding="utf-8"))
    assert gegevens["planversie"] == versie
    return sorted(pad.name for pad in map_.glob("*.docx"))


DEUREN = {
    "netwerkberaad": ("met_gesprekken", 1, lambda stap: netwerkberaad(
        replace(stap, antwoorden=ANTWOORDEN / "netwerkberaad.yaml"), KENMERK, lambda overzicht: None)),
    "incident": ("met_plan", 2, lambda stap: incident(replace(stap, antwoorden=Path(INCIDENT)), KENMERK)),
}
"""A door that makes a version, the dossier it starts from, and the version it makes."""


@pytest.mark.parametrize("naam", DEUREN)
def test_a_full_disk_after_the_version_is_stored_is_said_truly_and_the_next_command_writes_the_documents(
    tmp_path: Path, naam: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str]
) -> None:
    fixture, versie, draai = DEUREN[naam]
    werkmap: Werkmap = request.getfixturevalue(fixture)
    uitvoer = tmp_path / "uit"

    def vol(*argumenten: object, **opties: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(uitvoer / KENMERK / f"v{versie}"))

    monkeypatch.setattr(versieset, "schrijf_versieset", vol)
    with pytest.raises(Schijffout) as fout:
        draai(Stapcontext(werkmap, lambda: None, None, print, uitvoer=uitvoer))
    monkeypatch.undo()

    assert "de schijf is vol" in fout.value.bericht and "niets half" not in fout.value.bericht
    assert (f"Planversie {versie} is wel bewaard, maar de documenten nog niet; de volgende "
            f"vplan-opdracht voor dossier {KENMERK} maakt ze alsnog.") in fout.value.bericht
    assert werkmap.versies(KENMERK)[-1] == versie and not (uitvoer / KENMERK / f"v{versie}").exists()
    capsys.readouterr()

    assert main(["verstuurd", KENMERK, "--werkmap", str(werkmap.pad)]) == 0  # any command
    uit = capsys.readouterr().err
    afgemaakt = f"Planversie {versie} van dossier {KENMERK} had nog geen documenten"
    assert uit.count(afgemaakt) == 1 and str(uitvoer / KENMERK / f"v{versie}") in uit
    assert f"veiligheidsplan-{KENMERK}-v{versie}.docx" in documenten_van(uitvoer, versie)
    assert main(["verstuurd", KENMERK, "--werkmap", str(werkmap.pad)]) == 0
    assert afgemaakt not in capsys.readouterr().err  # finished once


def test_a_run_killed_between_storing_and_writing_is_finished_by_the_next_command_and_not_redone(
    tmp_path: Path, met_plan: Werkmap
) -> None:
    uitvoer = tmp_path / "uit"
    code = gestopt_in(tmp_path, met_plan, "interview.versieset:schrijf_versieset",
                      "incident", KENMERK, "--antwoorden", INCIDENT, "--uitvoer", str(uitvoer))
    assert code == -signal.SIGKILL
    assert met_plan.versies(KENMERK) == [1, 2] and not (uitvoer / KENMERK / "v2").exists()

    opnieuw = vplan("incident", KENMERK, "--antwoorden", INCIDENT, "--uitvoer", str(uitvoer),
                    werkmap=met_plan.pad, cwd=tmp_path)  # the worker tries again

    assert opnieuw.returncode == 1 and "Traceback" not in opnieuw.stderr
    assert AFGEMAAKT in opnieuw.stderr and AL_VERWERKT in opnieuw.stderr
    assert met_plan.versies(KENMERK) == [1, 2]
    assert f"veiligheidsplan-{KENMERK}-v2.docx" in documenten_van(uitvoer, 2)
    tijd = tijd_van(met_plan, KENMERK)
    assert tijd.posten["incident"].aantal == 1


def test_the_same_incident_file_given_again_changes_nothing(tmp_path: Path, met_plan: Werkmap) -> None:
    uitvoer = tmp_path / "uit"
    gelukt(vplan("incident", KENMERK, "--antwoorden", INCIDENT, "--uitvoer", str(uitvoer),
                 werkmap=met_plan.pad, cwd=tmp_path))
    voor = {**bestanden_onder(met_plan.pad), **bestanden_onder(uitvoer)}

    nog_eens = vplan("incident", KENMERK, "--antwoorden", INCIDENT, "--uitvoer", str(uitvoer),
                     werkmap=met_plan.pad, cwd=tmp_path)

    assert nog_eens.returncode == 1 and nog_eens.stdout == ""
    assert nog_eens.stderr.strip() == f"vplan: {AL_VERWERKT}"
    assert {**bestanden_onder(met_plan.pad), **bestanden_onder(uitvoer)} == voor
    assert met_plan.versies(KENMERK) == [1, 2]


def test_a_killed_answers_file_run_is_counted_once_by_vplan_tijd(tmp_path: Path, met_plan: Werkmap) -> None:
    """Killed after its session closed, before the version was stored: its journal stays (nothing
    can clean up after SIGKILL); the next run of the file gives it back."""
    code = gestopt_in(tmp_path, met_plan, "interview.store:Werkmap.bewaar_plan",
                      "incident", KENMERK, "--antwoorden", INCIDENT)
    assert code == -signal.SIGKILL and met_plan.versies(KENMERK) == [1]

    gelukt(vplan("incident", KENMERK, "--antwoorden", INCIDENT, werkmap=met_plan.pad, cwd=tmp_path))

    assert met_plan.versies(KENMERK) == [1, 2]
    assert tijd_van(met_plan, KENMERK).posten["incident"].aantal == 1


def test_opnieuw_verouderd_makes_the_documents_of_every_version_without_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Version 2 lost its documents; version 3 was made later with its own. The newest is current."""
    werkmap, uitvoer = Werkmap(tmp_path / "werkmap"), tmp_path / "uit"
    plannen = [plan_voor("VP-2026-0900", versie=versie) for versie in (1, 2, 3)]
    maak_dossier(werkmap, plannen[0])
    for plan in plannen[1:]:
        werkmap.bewaar_plan(plan)
    documenten(uitvoer, plannen[0])
    documenten(uitvoer, plannen[2])
    voor = {map_: bestanden_onder(uitvoer / "VP-2026-0900" / map_) for map_ in ("v1", "v3")}

    assert main(["opnieuw", "--verouderd", "--processen", "1", "--werkmap", str(werkmap.pad),
                 "--uitvoer", str(uitvoer)]) == 0

    assert "1 dossier: 1 vernieuwd, 0 al actueel, 0 fouten." in capsys.readouterr().out
    v2 = uitvoer / "VP-2026-0900" / "v2"
    assert json.loads((v2 / ".vplan.json").read_text(encoding="utf-8"))["planversie"] == 2
    assert (v2 / "veiligheidsplan-VP-2026-0900-v2.docx").is_file()
    assert {map_: bestanden_onder(uitvoer / "VP-2026-0900" / map_) for map_ in ("v1", "v3")} == voor


def test_at_the_keyboard_a_door_that_just_stored_a_version_says_so_before_it_starts_afresh(
    met_plan: Werkmap
) -> None:
    incident(Stapcontext(met_plan, lambda: None, Path(INCIDENT), print), KENMERK)
    meldingen: list[str] = []
    werker = GescriptePrompter([ONDERBREEK])

    with pytest.raises(GesprekOnderbroken):
        incident(Stapcontext(met_plan, lambda: werker, None, meldingen.append), KENMERK)

    assert ("Planversie 2 (incident van 19 november 2026) is vandaag al vastgelegd met deze opdracht. Wat "
            "u nu invult, wordt planversie 3; stop met Ctrl-C als dat niet de bedoeling is.") in meldingen


@pytest.mark.parametrize("kenmerk", ["VP/../x", "a b"])
def test_a_wrong_kenmerk_is_told_once_not_also_as_unfinished_documents(
    tmp_path: Path, kenmerk: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["documenten", kenmerk, "--werkmap", str(tmp_path / "werkmap")])

    fout = capsys.readouterr().err
    assert code == 1
    assert "Ongeldig kenmerk" in fout
    assert "ontbrekende documenten" not in fout
