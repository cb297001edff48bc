"""The card on a real prompt_toolkit screen, driven by keystrokes through a pipe (issue 8)."""

from __future__ import annotations

import io
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import PipeInput, create_pipe_input
from prompt_toolkit.output import DummyOutput
from prompt_toolkit.output.vt100 import Vt100_Output

from interview.conduct import GesprekOnderbroken, QuestionaryPrompter, voer_uit
from interview.conduct.vraagcontext import Vraagcontext
from interview.conduct.vragenlijst import Vragenlijst
from tests.helpers import maak_vragenlijst

ENTER, TAB, SHIFT_TAB, CTRL_D, WISSEN, RECHTS = "\r", "\t", "\x1b[Z", "\x04", "\x7f", "\x1b[C"
GEZIN = """
    id: gezin
    titel: Gezin
    inleiding: Wie hoort erbij?
    vragen:
      - id: mensen
        soort: lijst
        kaart: true
        item: persoon
        min: 1
        tekst: Wie zijn er?
        vragen:
          - {id: naam, soort: kort, tekst: Naam}
          - {id: rol, soort: keuze, keuzes: [moeder, vader, oma], tekst: Rol}
          - {id: gezag, soort: janee, tekst: "Gezag?", als: {vraag: rol, niet: oma}}
          - {id: geboren, soort: datum, verplicht: false, tekst: Geboren}
      - {id: taxatie, groep: taxatie, soort: janee, tekst: "Risicotaxatie gedaan?"}
      - {id: rt_niveau, groep: taxatie, soort: keuze, keuzes: [laag, hoog], als: {vraag: taxatie, is: true},
         tekst: Niveau}
"""
GEEN_TAXATIE = ("nee" + ENTER, ENTER)  # the group card, then Enter closes the review


@pytest.fixture
def invoer() -> Iterator[PipeInput]:
    with create_pipe_input() as pijp:
        yield pijp


@pytest.fixture
def gezin(tmp_path: Path) -> Vragenlijst:
    return maak_vragenlijst(tmp_path, GEZIN)


def speel(tmp_path: Path, gezin: Vragenlijst, invoer: PipeInput, *toetsen: str,
          scherm: io.StringIO | None = None, pauze: float = 0.0) -> dict[str, Any]:
    """The session played with `toetsen` on the real prompter; what it stored. With a `pauze`
    the keys come one group at a time, as a worker types them, so a menu opens between them."""
    if pauze:
        threading.Thread(target=_typ_traag, args=(invoer, toetsen, pauze), daemon=True).start()
    else:
        invoer.send_text("".join(toetsen))
        invoer.close()
    uitvoer = (Vt100_Output(scherm, lambda: Size(rows=40, columns=80), term="xterm") if scherm is not None
               else DummyOutput())
    prompter = QuestionaryPrompter(input=invoer, output=uitvoer)
    return voer_uit(gezin, tmp_path / "gesprek.jsonl", prompter).antwoorden


def test_the_worker_fills_a_card_field_by_field_and_ends_the_list_with_ctrl_d(
    tmp_path: Path, gezin: Vragenlijst, invoer: PipeInput
) -> None:
    antwoorden = speel(tmp_path, gezin, invoer,
                       "Sandra", ENTER, "moe", TAB,  # 'moe': the one choice that matches
                       "ja", ENTER, "14 maart 1990", ENTER, CTRL_D, *GEEN_TAXATIE)

    assert antwoorden["mensen"] == [
        {"naam": "Sandra", "rol": "moeder", "gezag": True, "geboren": "1990-03-14"}]
    assert antwoorden["taxatie"] is False


def test_shift_tab_goes_back_a_field_whose_answer_typing_replaces(
    tmp_path: Path, gezin: Vragenlijst, invoer: PipeInput
) -> None:
    antwoorden = speel(tmp_path, gezin, invoer,
                       "Sandra", ENTER, SHIFT_TAB, "Ria", ENTER, "oma", ENTER, ENTER,  # no 'Gezag?' for oma
                       ENTER, ENTER, *GEEN_TAXATIE)  # Enter twice on the empty first field: list done

    assert antwoorden["mensen"] == [{"naam": "Ria", "rol": "oma"}]


def test_an_arrow_key_keeps_the_answer_gone_back_to_and_edits_it(
    tmp_path: Path, gezin: Vragenlijst, invoer: PipeInput
) -> None:
    antwoorden = speel(tmp_path, gezin, invoer,
                       "Sand", ENTER, SHIFT_TAB, RECHTS, "ra", ENTER, "oma", ENTER, ENTER,
                       CTRL_D, *GEEN_TAXATIE)

    assert antwoorden["mensen"][0]["naam"] == "Sandra"


def test_a_choice_outside_the_list_is_refused_on_the_card_with_a_dutch_message(
    tmp_path: Path, gezin: Vragenlijst, invoer: PipeInput
) -> None:
    scherm = io.StringIO()
    with pytest.raises(GesprekOnderbroken):  # the keys run out while the message is shown
        speel(tmp_path, gezin, invoer, "Sandra", ENTER, "tante", ENTER, scherm=scherm)

    assert "'tante' staat niet in de lijst" in _zonder_stuurtekens(scherm.getvalue())


def test_a_refused_choice_can_be_typed_again(tmp_path: Path, gezin: Vragenlijst, invoer: PipeInput) -> None:
    antwoorden = speel(tmp_path, gezin, invoer,
                       "Sandra", ENTER, "tante", ENTER, WISSEN * 5, "vader", ENTER, "nee", ENTER, ENTER,
                       CTRL_D, *GEEN_TAXATIE)

    assert antwoorden["mensen"][0]["rol"] == "vader"


def test_the_card_shows_labels_hints_and_keys_in_dutch(tmp_path: Path, gezin: Vragenlijst,
                                                       invoer: PipeInput) -> None:
    scherm = io.StringIO()
    speel(tmp_path, gezin, invoer, "Sandra", ENTER, "oma", ENTER, ENTER, CTRL_D, *GEEN_TAXATIE, scherm=scherm)

    tekst = _zonder_stuurtekens(scherm.getvalue())
    for verwacht in ("Persoon 1", "Naam", "(verplicht)", "Geboren", "zoals 14-03-2018",
                     "Shift-Tab", "Ctrl-D", ":terug"):
        assert verwacht in tekst


def test_terug_typed_in_the_first_field_leaves_the_card(tmp_path: Path, gezin: Vragenlijst,
                                                        invoer: PipeInput) -> None:
    antwoorden = speel(tmp_path, gezin, invoer,
                       "Sandra", ENTER, "oma", ENTER, ENTER,  # person 1
                       ":terug", ENTER,  # on person 2's empty card: back to person 1
                       WISSEN * 6, "Ria", ENTER, ENTER, ENTER, CTRL_D, *GEEN_TAXATIE)

    assert [persoon["naam"] for persoon in antwoorden["mensen"]] == ["Ria"]


def test_terug_from_a_half_filled_card_keeps_what_was_typed_for_when_the_worker_comes_back(
    tmp_path: Path, gezin: Vragenlijst, invoer: PipeInput
) -> None:
    antwoorden = speel(tmp_path, gezin, invoer,
                       "Sandra", ENTER, "oma", ENTER, ENTER,  # person 1
                       "Ria", ENTER, "vader", ENTER, SHIFT_TAB, SHIFT_TAB,  # person 2, half filled ...
                       ":terug", ENTER,  # ... left for person 1
                       ENTER, ENTER, ENTER,  # person 1 confirmed as it was
                       ENTER, ENTER, "ja", ENTER, ENTER,  # person 2 shows Ria and vader again
                       CTRL_D, *GEEN_TAXATIE)

    assert antwoorden["mensen"] == [{"naam": "Sandra", "rol": "oma"},
                                    {"naam": "Ria", "rol": "vader", "gezag": True}]


def _typ_traag(invoer: PipeInput, toetsen: tuple[str, ...], pauze: float) -> None:
    for groep in toetsen:
        time.sleep(pauze)
        invoer.send_text(groep)
    invoer.close()


def _zonder_stuurtekens(tekst: str) -> str:
    return re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", tekst)


UITSPRAKEN = """
    id: uitspraken
    titel: Uitspraken
    vragen:
      - {id: gekozen, groep: keuze, soort: meerkeuze, verplicht: false, tekst: "Welke uitspraken?",
         keuzes: ["Eva: ik ben boos, en moe", "Mark: boos en moe", "Joke: Lisa is blij"]}
      - {id: score, groep: keuze, soort: schaal, verplicht: false, tekst: Score}
"""


def test_several_choices_are_typed_with_commas_and_a_choice_may_hold_a_comma(
    tmp_path: Path, invoer: PipeInput
) -> None:
    lijst = maak_vragenlijst(tmp_path, UITSPRAKEN)
    antwoorden = speel(tmp_path, lijst, invoer, "eva: ik ben boos, en moe, blij", ENTER, "7", ENTER, ENTER)

    assert antwoorden == {"gekozen": ["Eva: ik ben boos, en moe", "Joke: Lisa is blij"], "score": 7}


def test_the_card_says_why_a_field_matters_given_what_is_typed_above_it(
    tmp_path: Path, invoer: PipeInput
) -> None:
    lijst = maak_vragenlijst(tmp_path, """
        id: afspraak
        titel: Afspraak
        vragen:
          - {id: wie, groep: afspraak, soort: kort, tekst: Wie}
          - {id: stappen, groep: afspraak, soort: kort, verplicht: false, hulp_uit: waarom, tekst: Stappen}
    """)
    scherm = io.StringIO()
    invoer.send_text("".join(("Mark", ENTER, ENTER, ENTER)))
    invoer.close()
    uitvoer = Vt100_Output(scherm, lambda: Size(rows=40, columns=80), term="xterm")
    lvb = "Mark heeft een LVB: schrijf de stappen uit"
    waarom = Vraagcontext(hulp={"waarom": lambda item: lvb if item.get("wie") == "Mark" else ""})
    prompter = QuestionaryPrompter(input=invoer, output=uitvoer)

    voer_uit(lijst, tmp_path / "gesprek.jsonl", prompter, context=waarom)

    assert lvb in _zonder_stuurtekens(scherm.getvalue())


BEHOEFTEN = """
    id: behoeften
    titel: Communicatie
    vragen:
      - id: behoeften
        soort: lijst
        kaart: true
        item: communicatiebehoefte
        tekst: Wie heeft een communicatiebehoefte?
        vragen:
          - {id: wie, soort: keuze, keuzes: [Daan, Noor], tekst: "Wie?"}
          - {id: hoe, soort: kort, tekst: "Wat helpt?"}
      - id: taken
        soort: lijst
        kaart: true
        item: taak
        tekst: Wie doet wat?
        vragen:
          - {id: wie, soort: meerkeuze, keuzes: [Daan, Noor, Ria], tekst: "Wie doet het?"}
          - {id: wanneer, soort: kort, tekst: "Wanneer?"}
"""


def test_tab_on_an_empty_choice_field_opens_the_choices_and_does_not_end_the_list(
    tmp_path: Path, invoer: PipeInput
) -> None:
    lijst = maak_vragenlijst(tmp_path, BEHOEFTEN)
    antwoorden = speel(tmp_path, lijst, invoer,
                       TAB, ENTER,  # the hint says 'kies met Tab': the first choice, taken with Enter
                       "gebaren", ENTER, CTRL_D, CTRL_D, ENTER)

    assert antwoorden["behoeften"] == [{"wie": "Daan", "hoe": "gebaren"}]


def test_one_enter_takes_the_choice_picked_with_tab_and_goes_to_the_next_field(
    tmp_path: Path, invoer: PipeInput
) -> None:
    lijst = maak_vragenlijst(tmp_path, BEHOEFTEN)
    antwoorden = speel(tmp_path, lijst, invoer, CTRL_D,
                       "Daan, Ri", TAB, ENTER, "elke zondag", ENTER, CTRL_D, ENTER, pauze=0.3)

    assert antwoorden["taken"] == [{"wie": ["Daan", "Ria"], "wanneer": "elke zondag"}]


def test_one_enter_too_many_asks_first_and_a_list_ended_empty_leaves_a_line(
    tmp_path: Path, invoer: PipeInput
) -> None:
    lijst = maak_vragenlijst(tmp_path, BEHOEFTEN)
    scherm = io.StringIO()
    antwoorden = speel(tmp_path, lijst, invoer,
                       ENTER,  # one Enter too many on the empty first field: the card asks first ...
                       "Noor", ENTER, "plaatjes", ENTER,  # ... so the item is still filled in
                       ENTER, ENTER,  # the empty card after it, with Enter twice: list done
                       CTRL_D, ENTER, scherm=scherm)

    assert antwoorden["behoeften"] == [{"wie": "Noor", "hoe": "plaatjes"}]
    tekst = _zonder_stuurtekens(scherm.getvalue())
    assert "Nog een keer Enter = nee, lijst klaar" in tekst
    assert "Communicatiebehoefte: 1 genoteerd." in tekst
    assert "Geen taak genoteerd." in tekst


def test_ctrl_c_on_a_card_says_that_the_open_card_is_not_kept(
    tmp_path: Path, gezin: Vragenlijst, invoer: PipeInput
) -> None:
    with pytest.raises(GesprekOnderbroken) as onderbroken:
        speel(tmp_path, gezin, invoer, "Sandra", ENTER, "\x03")

    assert "behalve die op de kaart die open stond" in onderbroken.value.bericht


def test_hulp_clears_an_old_message_and_says_where_esc_enter_means_what(
    tmp_path: Path, gezin: Vragenlijst, invoer: PipeInput
) -> None:
    scherm = io.StringIO()
    antwoorden = speel(tmp_path, gezin, invoer, "Sandra", ENTER, "tante", ENTER, WISSEN * 5, ":hulp", ENTER,
                       "oma", ENTER, ENTER, CTRL_D, *GEEN_TAXATIE, scherm=scherm)

    tekst = _zonder_stuurtekens(scherm.getvalue())
    na_hulp = tekst.rsplit("Opdrachten (typ ze", 1)[1]
    assert "'tante' staat niet in de lijst" not in na_hulp
    assert "Op een kaart is dat omgekeerd" in na_hulp
    assert "alleen Enter = alles klopt, verder" in na_hulp  # the review's Enter does not sound like quitting
    assert antwoorden["mensen"] == [{"naam": "Sandra", "rol": "oma"}]


def test_a_part_that_fits_several_choices_with_commas_names_each_choice_quoted(
    tmp_path: Path, invoer: PipeInput
) -> None:
    lijst = maak_vragenlijst(tmp_path, UITSPRAKEN)
    scherm = io.StringIO()
    with pytest.raises(GesprekOnderbroken):  # the keys run out while the message is shown
        speel(tmp_path, lijst, invoer, "boos", ENTER, scherm=scherm)

    tekst = " ".join(_zonder_stuurtekens(scherm.getvalue()).split())  # as read, whatever the folding
    assert "('Eva: ik ben boos, en moe', 'Mark: boos en moe')" in tekst
