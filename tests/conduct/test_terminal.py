"""In a real pseudo-terminal: answer, get killed with SIGKILL, start again, and find every answer."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import pexpect

from interview.conduct import laad_vragenlijst, lees_resultaat

GESPREK = """
import sys
from pathlib import Path
from interview.conduct import QuestionaryPrompter, laad_vragenlijst, voer_uit
voer_uit(laad_vragenlijst("ouder"), Path(sys.argv[1]), QuestionaryPrompter(), persoon="Sandra")
"""


def start(journaal: Path) -> pexpect.spawn:
    return pexpect.spawn(sys.executable, ["-c", GESPREK, str(journaal)], dimensions=(40, 250),
                         encoding="utf-8", timeout=15)


def test_a_session_killed_mid_way_resumes_with_every_earlier_answer(tmp_path: Path) -> None:
    journaal = tmp_path / "sandra.jsonl"
    eerste = start(journaal)
    eerste.expect_exact("Wat is er gebeurd?")
    eerste.send("Hij schreeuwt & <slaat> deuren\x1b\r")
    eerste.expect_exact("Wanneer was dat?")
    eerste.send("gisteren\r")
    eerste.expect_exact("Nog een zorg?")  # the answer before it is on disk by now
    eerste.kill(signal.SIGKILL)
    eerste.wait()

    tweede = start(journaal)
    tweede.expect_exact("Verder waar u gebleven was: vraag 3 van ongeveer")
    tweede.expect_exact("Nog een zorg?")
    tweede.sendcontrol("c")
    tweede.expect(pexpect.EOF)

    antwoorden = lees_resultaat(journaal, laad_vragenlijst("ouder")).antwoorden
    assert antwoorden["zorgen"] == [{"wat": "Hij schreeuwt & <slaat> deuren", "wanneer": "gisteren"}]
