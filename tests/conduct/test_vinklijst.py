"""Issue 19.3: several persons are ticked on a card, never typed as a comma list; Tab never closes
a card. Driven by keystrokes through a prompt_toolkit pipe."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import PipeInput, create_pipe_input
from prompt_toolkit.output import DummyOutput
from prompt_toolkit.output.vt100 import Vt100_Output

from interview.conduct import GesprekOnderbroken, QuestionaryPrompter, voer_uit
from interview.conduct.journaal import lees_journaal
from interview.conduct.vraagcontext import Vraagcontext
from tests.helpers import maak_vragenlijst

ENTER, TAB, CTRL_D, RECHTS, SPATIE = "\r", "\t", "\x04", "\x1b[C", " "
SIGNALEN = """
    id: signalen
    titel: Signalen
    vragen:
      - id: signalen
        soort: lijst
        kaart: true
        item: signaal
        min: 0
        tekst: Signalen
        vragen:
          - {id: omschrijving, soort: lang, tekst: "Het signaal"}
          - {id: wie_merkt_op, soort: personen, verplicht: false, tekst: "Wie kan dit signaal zien?"}
"""
MENSEN = Vraagcontext(personen=["Sandra", "Peter", "Ria", "Anna Kok"])


@pytest.fixture
def invoer() -> Iterator[PipeInput]:
    with create_pipe_input() as pijp:
        yield pijp


def speel(tmp_path: Path, invoer: PipeInput, *toetsen: str,
          scherm: io.StringIO | None = None) -> dict[str, Any]:
    invoer.send_text("".join(toetsen))
    invoer.close()
    uitvoer = (Vt100_Output(scherm, lambda: Size(rows=40, columns=100), term="xterm") if scherm is not None
               else DummyOutput())
    lijst = maak_vragenlijst(tmp_path, SIGNALEN)
    return voer_uit(lijst, tmp_path / "gesprek.jsonl", QuestionaryPrompter(input=invoer, output=uitvoer),
                    context=MENSEN).antwoorden


def test_several_persons_are_ticked_with_space_and_arrows(tmp_path: Path, invoer: PipeInput) -> None:
    scherm = io.StringIO()
    antwoorden = speel(tmp_path, invoer, "Ze schreeuwt", ENTER, SPATIE, RECHTS, RECHTS, SPATIE, ENTER,
                       CTRL_D, ENTER, scherm=scherm)

    assert antwoorden["signalen"] == [{"omschrijving": "Ze schreeuwt", "wie_merkt_op": ["Sandra", "Ria"]}]
    assert "[ ] Peter" in re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", scherm.getvalue())


def test_a_letter_jumps_to_the_name_it_starts(tmp_path: Path, invoer: PipeInput) -> None:
    antwoorden = speel(tmp_path, invoer, "Ze schreeuwt", ENTER, "a", SPATIE, ENTER, CTRL_D, ENTER)

    assert antwoorden["signalen"][0]["wie_merkt_op"] == ["Anna Kok"]


def test_tab_after_a_name_does_not_close_the_card_so_no_junk_item_is_saved(
    tmp_path: Path, invoer: PipeInput
) -> None:
    """The field session: typing a name and Tab in the last field closed the card, and the next keys
    (', San') became a new signal that was saved. Now Tab stays on the card and letters only move."""
    with pytest.raises(GesprekOnderbroken):  # the keys run out on the open card: nothing is saved
        speel(tmp_path, invoer, "Ze schreeuwt", ENTER, "Sandra", TAB, ", San")
    journaal = lees_journaal(tmp_path / "gesprek.jsonl")
    assert journaal is None or not any(", San" in str(waarde) for waarde in journaal.antwoorden.values())
    assert journaal is None or "signalen[1].omschrijving" not in journaal.antwoorden  # the card stayed open
