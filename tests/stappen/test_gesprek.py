"""`vplan gesprek`: one person's session, through the real `vplan` and in a real pseudo-terminal.

A session killed half-way is resumed; bad input is one Dutch error; names may be typed loosely.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import pexpect
import pytest

from interview.conduct import Resultaat, lees_resultaat
from interview.fouten import OngeldigeInvoer
from interview.stappen.frame import Stapcontext
from interview.stappen.gesprek import individueel_gesprek
from interview.stappen.nieuw import nieuw_dossier
from interview.stappen.personen import vind_persoon
from interview.store import Werkmap
from tests.helpers import ANTWOORDEN, KENMERK, gelukt, vplan


def gesprekken_met(werkmap: Path, naam: str) -> list[Resultaat]:
    """Journals are named by number; who was spoken with is inside."""
    sessies = werkmap / KENMERK / "sessies"
    return [r for r in map(lees_resultaat, sorted(sessies.glob("gesprek-*.jsonl"))) if r.persoon == naam]


def test_without_a_terminal_and_without_answers_nothing_is_asked(tmp_path: Path, dossier: Path) -> None:
    resultaat = vplan("gesprek", KENMERK, "--met", "Eva", werkmap=dossier, cwd=tmp_path)
    assert resultaat.returncode == 1
    assert "geen terminal" in resultaat.stderr and "--antwoorden" in resultaat.stderr
    assert list((dossier / KENMERK / "sessies").glob("gesprek-*")) == []


@pytest.mark.parametrize(
    ("argumenten", "verwacht"),
    [
        (["gesprek", "VP-ONBEKEND", "--met", "Eva"], "VP-ONBEKEND"),
        (["gesprek", KENMERK, "--met", "Sandra"], "'Sandra' is geen (eenduidige) naam"),
        (["gesprek", KENMERK, "--met", "Eva", "--antwoorden", "fout-type.yaml"], "schaalscore"),
        # The netwerkberaad starts with the earlier plan (issue 7, item 6).
        (["netwerkberaad", KENMERK, "--antwoorden", "leeg.yaml"], "vraag 'eerder_plan'"),
    ],
)
def test_bad_input_to_a_session_is_one_dutch_error(
    tmp_path: Path, dossier: Path, argumenten: list[str], verwacht: str
) -> None:
    (tmp_path / "fout-type.yaml").write_text("schaalscore: heel hoog\n", encoding="utf-8")
    (tmp_path / "leeg.yaml").write_text("{}\n", encoding="utf-8")
    resultaat = vplan(*argumenten, werkmap=dossier, cwd=tmp_path)
    assert resultaat.returncode == 1
    assert verwacht in resultaat.stderr
    assert "Traceback" not in resultaat.stderr


def start_gesprek(werkmap: Path, cwd: Path, met: str = "Eva") -> pexpect.spawn:
    return pexpect.spawn(
        sys.executable, ["-m", "interview", "gesprek", KENMERK, "--met", met, "--werkmap", str(werkmap)],
        cwd=str(cwd), dimensions=(40, 200), encoding="utf-8", timeout=20,
    )


def test_a_session_killed_half_way_resumes_with_every_earlier_answer(tmp_path: Path, dossier: Path) -> None:
    eerste = start_gesprek(dossier, tmp_path)
    eerste.expect_exact("Wat is er gebeurd?")  # the first zorg's card
    eerste.send("Hij schreeuwt & <slaat> deuren 😠\r")
    eerste.send("zaterdag\r")
    eerste.send("volledig plan\r")  # typed letters find the choice
    eerste.send("\r")  # niet voor …: no one
    eerste.expect_exact("Zorg 2")
    eerste.kill(signal.SIGKILL)
    eerste.wait()

    tweede = start_gesprek(dossier, tmp_path)
    tweede.expect_exact("Verder waar u gebleven was")
    tweede.expect_exact("Zorg 2")
    derde = start_gesprek(dossier, tmp_path)  # the same session twice at once: the lock says no
    derde.expect_exact("Het gesprek met Eva is al geopend in een ander vplan-proces")
    derde.expect(pexpect.EOF)
    collega = start_gesprek(dossier, tmp_path, met="mark")  # another person, at the same time: fine
    collega.expect_exact("Wat is er gebeurd?")
    collega.sendcontrol("c")
    collega.expect(pexpect.EOF)
    tweede.sendcontrol("c")
    tweede.expect_exact("bewaard")
    tweede.expect(pexpect.EOF)
    tweede.close()
    assert tweede.exitstatus == 130

    met_eva = gesprekken_met(dossier, "Eva")
    assert len(met_eva) == 1
    antwoorden = met_eva[0].antwoorden
    assert antwoorden["zorgen"] == [{"wat": "Hij schreeuwt & <slaat> deuren 😠", "wanneer": "zaterdag",
                                     "delen": "volledig plan, ook de ouders"}]


def test_a_name_may_be_typed_in_any_case_or_shortened_when_only_one_person_fits(tmp_path: Path) -> None:
    werkmap = Werkmap(tmp_path / "werkmap")
    dossier = nieuw_dossier(Stapcontext(werkmap, lambda: None, ANTWOORDEN / "dossier.yaml", print))
    assert vind_persoon(dossier, "mark") == "Mark"
    assert vind_persoon(dossier, "tom") == "Tom Bos"
    with pytest.raises(OngeldigeInvoer, match="eenduidige"):
        vind_persoon(dossier, "Sandra")


def test_a_second_session_with_the_same_person_needs_to_be_asked_for(tmp_path: Path, dossier: Path) -> None:
    eva = ("gesprek", KENMERK, "--met", "Eva", "--antwoorden", str(ANTWOORDEN / "eva.yaml"))
    gelukt(vplan(*eva, werkmap=dossier, cwd=tmp_path))
    nogmaals = vplan(*eva, werkmap=dossier, cwd=tmp_path)
    assert nogmaals.returncode == 1 and "--opnieuw" in nogmaals.stderr
    gelukt(vplan(*eva, "--opnieuw", werkmap=dossier, cwd=tmp_path))
    assert len(gesprekken_met(dossier, "Eva")) == 2


def test_an_empty_journal_left_by_a_kill_blocks_nobody(tmp_path: Path, met_gesprekken: Werkmap) -> None:
    (met_gesprekken.pad / KENMERK / "sessies" / "gesprek-099.jsonl").write_bytes(b"")
    resultaat = individueel_gesprek(Stapcontext(met_gesprekken, lambda: None,
                                                ANTWOORDEN / "joke.yaml", print),
                                    KENMERK, "Joke", opnieuw=True)
    assert resultaat.afgerond
