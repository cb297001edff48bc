"""The netwerkberaad at the table, in a real pseudo-terminal: the overview on request, a list
searched by typing, and an answer replaced after going back."""

from __future__ import annotations

import os
import sys

import pexpect

from interview.conduct.journaal import lees_journaal
from interview.store import Werkmap
from tests.stappen.spelers import KENMERK

OVERZICHT = "Wat ieder zei in het eigen gesprek"
TELEFOON = "Welk telefoonnummer van Joke klopt?"
AANLEIDING = "Waarom komt er een veiligheidsplan?"
DOEL = "Wat moet het plan bereiken?"
WIJZIGEN = "Welk antwoord wilt u wijzigen?"
EERDER_PLAN = "Is er een eerder veiligheidsplan"
KLAAR = "\x1b\r"  # Esc, Enter: a long answer is finished


def test_overzicht_search_and_terug_at_the_keyboard(met_gesprekken: Werkmap) -> None:
    beraad = pexpect.spawn(
        sys.executable, ["-m", "interview", "netwerkberaad", KENMERK, "--werkmap", str(met_gesprekken.pad)],
        dimensions=(60, 200), encoding="utf-8", timeout=30, env={**os.environ, "VPLAN_DEBUG": ""},
    )
    beraad.expect_exact(OVERZICHT)
    beraad.expect_exact(TELEFOON)
    beraad.send(":overzicht\r")
    beraad.expect_exact(OVERZICHT)             # shown again ...
    beraad.expect_exact(TELEFOON)              # ... and the same question asked again
    beraad.send("9999\r")                      # typing searches the list
    beraad.expect_exact(WIJZIGEN)
    beraad.send("\r")
    beraad.expect_exact(EERDER_PLAN)           # the earlier plan comes before the plan's own questions
    beraad.send("Nee\r")
    beraad.expect_exact(WIJZIGEN)
    beraad.send("\r")
    beraad.expect_exact(AANLEIDING)
    beraad.send("Bakker (moeder van Dennis)" + KLAAR)
    beraad.expect_exact(DOEL)
    beraad.send(":terug" + KLAAR)
    beraad.expect_exact(AANLEIDING)
    beraad.expect_exact("Bakker (moeder van Dennis)")  # the earlier answer, selected
    beraad.send("Bakkeroma" + KLAAR)           # typing replaces it
    beraad.expect_exact(DOEL)
    beraad.sendcontrol("c")
    beraad.expect(pexpect.EOF)

    sessies = met_gesprekken.pad / KENMERK / "sessies"
    conflicten = lees_journaal(sessies / "conflicten.jsonl")
    plan = lees_journaal(sessies / "netwerkberaad.jsonl")
    assert conflicten is not None and conflicten.antwoorden["telefoon_1"] == "06 9999 0003"
    assert plan is not None and plan.antwoorden["vp_aanleiding"] == "Bakkeroma"
