"""Issue 19: a card is closed where the family has nothing more to say. Ctrl-N keeps what the
fields not reached show (their defaults); Ctrl-D does too and ends the list, so no empty card is
needed to say 'no more'. A session of one card ends without the review of its answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from prompt_toolkit.input import PipeInput, create_pipe_input
from prompt_toolkit.output import DummyOutput

from interview.conduct import QuestionaryPrompter, voer_uit
from interview.conduct.vraagcontext import Vraagcontext
from tests.helpers import maak_vragenlijst

ENTER, CTRL_D, CTRL_N = "\r", "\x04", "\x0e"
NOODPLAN = """
    id: nood
    titel: Noodplan
    inleiding: Wie belt wie?
    vragen:
      - id: regels
        soort: lijst
        kaart: true
        item: regel
        min: 1
        tekst: Wie belt wie?
        vragen:
          - {id: wie, soort: kort, tekst: Wie}
          - {id: belt, soort: kort, standaard_uit: vast, tekst: Belt}
          - {id: opmerking, soort: kort, verplicht: false, tekst: Opmerking}
      - {id: klaar, groep: slot, soort: janee, tekst: "Klaar?"}
"""
EEN_KAART = """
    id: een
    titel: Een kaart
    inleiding: Alles op één kaart.
    vragen:
      - {id: naam, groep: alles, soort: kort, tekst: Naam}
      - {id: plaats, groep: alles, soort: kort, verplicht: false, tekst: Plaats}
"""


@pytest.fixture
def invoer() -> Iterator[PipeInput]:
    with create_pipe_input() as pijp:
        yield pijp


def speel(tmp_path: Path, yaml: str, invoer: PipeInput, *toetsen: str) -> dict[str, Any]:
    invoer.send_text("".join(toetsen))
    invoer.close()
    prompter = QuestionaryPrompter(input=invoer, output=DummyOutput())
    context = Vraagcontext(standaarden={"vast": "112"})
    return voer_uit(maak_vragenlijst(tmp_path, yaml), tmp_path / "gesprek.jsonl", prompter,
                    context=context).antwoorden


def test_ctrl_n_closes_a_card_with_the_rest_as_shown_and_ctrl_d_keeps_a_filled_card_and_ends_the_list(
    tmp_path: Path, invoer: PipeInput
) -> None:
    antwoorden = speel(tmp_path, NOODPLAN, invoer,
                       "Noor", CTRL_N,                    # card 1: 'belt' keeps 112, no opmerking
                       "Daan", ENTER, "oma", CTRL_D,      # card 2 kept, and the list is done
                       "ja", CTRL_D,                      # a card of a group: Ctrl-D closes it
                       ENTER)                             # the review
    assert antwoorden["klaar"] is True
    assert antwoorden["regels"] == [{"wie": "Noor", "belt": "112"}, {"wie": "Daan", "belt": "oma"}]


def test_a_session_of_one_card_ends_without_the_review(tmp_path: Path, invoer: PipeInput) -> None:
    antwoorden = speel(tmp_path, EEN_KAART, invoer, "Sandra", CTRL_N)  # no Enter for a review

    assert antwoorden == {"naam": "Sandra"}
