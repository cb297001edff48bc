"""The netwerkberaad at the table, in a real pseudo-terminal: the overview on request (also on a
card), a list searched by typing, and an answer on a card replaced after going back."""

from __future__ import annotations

import os
import sys

import pexpect

from interview.conduct.journaal import lees_journaal
from interview.store import Werkmap
from tests.helpers import KENMERK

OVERZICHT = "Wat ieder zei in het eigen gesprek"
TELEFOON = "Welk telefoonnummer van Joke klopt?"
AANLEIDING = "Waarom komt er een veiligheidsplan?"
EERDER_PLAN = "Is er een eerder veiligheidsplan"
GEVAAR = "Gevaarsomschrijving 1"
ONDERDELEN = "Welke onderdelen vullen we vandaag ook in?"


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
    beraad.send("9999\r")                      # typing searches the list; one question: no review
    beraad.expect_exact(EERDER_PLAN)           # the earlier plan comes before the plan's own questions
    beraad.send("Nee\r")                       # its card: nothing more to fill, and no review of one card
    beraad.expect_exact(AANLEIDING)            # one card: aanleiding, doel, kader
    beraad.send("Bakker (moeder van Dennis)\r")
    beraad.send(":terug\r")                    # in the doel field: back to the aanleiding ...
    beraad.send("Bakkeroma\r")                 # ... whose answer typing replaces
    beraad.send("Veilig thuis wonen\r")
    beraad.send("Vrijwillig kader\r")          # the last field: the card is done
    beraad.expect_exact(ONDERDELEN)            # the optional parts to fill today: the usual ones ticked
    beraad.send("\r")
    beraad.expect_exact(GEVAAR)
    beraad.send(":overzicht\r")                # on a card too
    beraad.expect_exact(OVERZICHT)             # shown above the card ...
    beraad.expect_exact(GEVAAR)                # ... which is drawn again, to go on with
    beraad.sendcontrol("c")
    beraad.expect(pexpect.EOF)

    sessies = met_gesprekken.pad / KENMERK / "sessies"
    conflicten = lees_journaal(sessies / "conflicten.jsonl")
    plan = lees_journaal(sessies / "netwerkberaad.jsonl")
    assert conflicten is not None and conflicten.antwoorden["telefoon_1"] == "06 9999 0003"
    assert plan is not None and plan.antwoorden["vp_aanleiding"] == "Bakkeroma"
