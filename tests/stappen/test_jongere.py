"""Issue 8, item 8: a young person of 12-17 gets a scale worded for them, not the case-closing anchors."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import pytest
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import PipeInput, create_pipe_input
from prompt_toolkit.output.vt100 import Vt100_Output

from interview.conduct import QuestionaryPrompter, Vraagstelling, laad_vragenlijst
from interview.conduct.antwoordcontrole import SCHAAL_NUL


@pytest.fixture
def invoer() -> Iterator[PipeInput]:
    with create_pipe_input() as pijp:
        yield pijp


def test_the_young_persons_scale_has_its_own_anchors(invoer: PipeInput) -> None:
    vraag = next(v for v in laad_vragenlijst("jeugdige").vragen if v.id == "schaalscore")
    scherm = io.StringIO()
    uitvoer = Vt100_Output(scherm, lambda: Size(rows=30, columns=400), term="xterm")
    invoer.send_text("6\r")

    antwoord = QuestionaryPrompter(input=invoer, output=uitvoer).vraag(Vraagstelling(vraag, "schaalscore"))

    tekst = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", scherm.getvalue())
    assert antwoord == 6
    assert SCHAAL_NUL not in tekst
    assert "0 = het is thuis helemaal niet veilig voor jou" in tekst
