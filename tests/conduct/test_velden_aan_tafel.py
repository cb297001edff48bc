"""Issue 19.3, fields at the table: Enter skips an empty long text; a child of 12 or older is a
jongere in headers and tables; no consent question for an answer left empty."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from prompt_toolkit.input import PipeInput, create_pipe_input
from prompt_toolkit.output import DummyOutput

from interview.conduct import QuestionaryPrompter, Vraagstelling, laad_vragenlijst
from interview.conduct.vragenlijst import Vraag
from interview.conduct.wandeling import stappen
from tests.helpers import plan_voor

ENTER = "\r"


@pytest.fixture
def invoer() -> Iterator[PipeInput]:
    with create_pipe_input() as pijp:
        yield pijp


def test_enter_skips_an_empty_optional_long_text(invoer: PipeInput) -> None:
    vraag = Vraag(id="v", tekst="Toelichting?", soort="lang", veld="v", verplicht=False)
    invoer.send_text(ENTER)  # no Esc first
    invoer.close()

    antwoord = QuestionaryPrompter(input=invoer, output=DummyOutput()).vraag(Vraagstelling(vraag, "v"))

    assert antwoord is None


def test_enter_in_a_long_text_with_words_still_starts_a_new_line(invoer: PipeInput) -> None:
    vraag = Vraag(id="v", tekst="Toelichting?", soort="lang", veld="v", verplicht=False)
    invoer.send_text("regel 1" + ENTER + "regel 2" + "\x1b\r")
    invoer.close()

    antwoord = QuestionaryPrompter(input=invoer, output=DummyOutput()).vraag(Vraagstelling(vraag, "v"))

    assert antwoord == "regel 1\nregel 2"


def test_a_child_of_twelve_or_older_is_a_jongere() -> None:
    dossier = plan_voor("VP-2026-1901").dossier
    omschrijvingen = {kind.naam: dossier.personen[kind.naam] for kind in dossier.gezin.kinderen}
    leeftijden = {kind.naam: kind.leeftijd for kind in dossier.gezin.kinderen}

    for naam, leeftijd in leeftijden.items():
        verwacht = f"jongere ({leeftijd})" if leeftijd >= 12 else f"kind ({leeftijd} jaar)"
        assert omschrijvingen[naam] == verwacht
    assert any(leeftijd >= 12 for leeftijd in leeftijden.values()), leeftijden


def test_no_consent_is_asked_for_a_hulpvraag_left_empty() -> None:
    lijst = laad_vragenlijst("jeugdige")
    leeg = [stap.pad for stap in stappen(lijst, {"hulpvraag": None}, 14)]
    gezegd = [stap.pad for stap in stappen(lijst, {"hulpvraag": "Minder ruzie thuis"}, 14)]

    assert "hulpvraag" in leeg and "hulpvraag_delen" not in leeg
    assert "hulpvraag_delen" in gezegd
