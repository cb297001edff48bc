"""The real terminal prompter, driven by keystrokes through a prompt_toolkit pipe (no patching)."""

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

from interview.conduct import (
    TERUG,
    GesprekOnderbroken,
    Opdracht,
    QuestionaryPrompter,
    Vraagstelling,
    voer_uit,
)
from interview.conduct.antwoordcontrole import SCHAAL_NUL, SCHAAL_TIEN
from interview.conduct.vragenlijst import Vraag
from tests.helpers import maak_vragenlijst

ENTER, OMLAAG, SPATIE, CTRL_C, WISSEN = "\r", "\x1b[B", " ", "\x03", "\x7f"
ESC_ENTER = "\x1b\r"  # how a multi-line answer is finished (or Alt+Enter)


@pytest.fixture
def invoer() -> Iterator[PipeInput]:
    with create_pipe_input() as pijp:
        yield pijp


def typ(invoer: PipeInput, *toetsen: str) -> QuestionaryPrompter:
    """A prompter whose keyboard has already received `toetsen`; when they run out, input ends (EOF)."""
    invoer.send_text("".join(toetsen))
    invoer.close()
    return QuestionaryPrompter(input=invoer, output=DummyOutput())


def vraag(soort: str, **velden: Any) -> Vraag:
    return Vraag(id="v", tekst="Vraag?", soort=soort, veld="v", **velden)  # type: ignore[arg-type]


SOORT_KRACHT = (("kracht", "kracht"), ("bestaande veiligheid", "bestaande veiligheid"),
                ("uitzondering", "uitzondering"))
PERSONEN = (("Sandra", "Sandra"), ("Mark", "Mark"), ("Ria", "Ria"))

PER_SOORT = {
    "kort": (vraag("kort"), (), None, ["Sandra", ENTER], "Sandra"),
    "kort met eerder antwoord": (vraag("kort"), (), "Sandra", [ENTER], "Sandra"),
    "kort, lege verplichte eerst": (vraag("kort"), (), None, [ENTER, "Sandra", ENTER], "Sandra"),
    "kort, stuurtekens eruit": (vraag("kort"), (), None, ["<b>{{ 7*7 }} & 😀", ENTER], "<b>{{ 7*7 }} & 😀"),
    "lang": (vraag("lang"), (), None, ["regel 1", ENTER, "regel 2", ESC_ENTER], "regel 1\nregel 2"),
    "keuze": (vraag("keuze", keuzes=tuple(k for k, _ in SOORT_KRACHT)), SOORT_KRACHT, None,
              [OMLAAG, ENTER], "bestaande veiligheid"),
    "keuze met eerder antwoord": (vraag("keuze"), SOORT_KRACHT, "uitzondering", [ENTER], "uitzondering"),
    "keuze overslaan": (vraag("keuze", verplicht=False), SOORT_KRACHT, None, [OMLAAG * 3, ENTER], None),
    "meerkeuze": (vraag("meerkeuze"), SOORT_KRACHT, None, [SPATIE, OMLAAG, OMLAAG, SPATIE, ENTER],
                  ["kracht", "uitzondering"]),
    "meerkeuze met eerder antwoord": (vraag("meerkeuze"), SOORT_KRACHT, ["uitzondering"], [ENTER],
                                      ["uitzondering"]),
    "janee ja": (vraag("janee"), (), None, [ENTER], True),
    "janee nee": (vraag("janee"), (), None, [OMLAAG, ENTER], False),
    "janee eerder nee": (vraag("janee"), (), False, [ENTER], False),
    "schaal": (vraag("schaal"), (), None, ["7", ENTER], 7),
    "schaal, eerst buiten 0-10": (vraag("schaal"), (), None, ["12", ENTER, WISSEN * 2, "10", ENTER], 10),
    "datum Nederlands": (vraag("datum"), (), None, ["20-11-2026", ENTER], "2026-11-20"),
    "datum ISO": (vraag("datum"), (), None, ["2026-11-20", ENTER], "2026-11-20"),
    "datum eerder, getoond als 20-11-2026": (vraag("datum"), (), "2026-11-20", [ENTER], "2026-11-20"),
    "persoon": (vraag("persoon"), PERSONEN, None, [OMLAAG, ENTER], "Mark"),
    "persoon zonder dossier": (vraag("persoon"), (), None, ["Oma Ria", ENTER], "Oma Ria"),
    "personen": (vraag("personen"), PERSONEN, None, [SPATIE, OMLAAG, OMLAAG, SPATIE, ENTER],
                 ["Sandra", "Ria"]),
}


@pytest.mark.parametrize("vr, keuzes, standaard, toetsen, verwacht", PER_SOORT.values(), ids=PER_SOORT.keys())
def test_every_question_type_takes_its_answer_from_the_keyboard(
    invoer: PipeInput, vr: Vraag, keuzes: Any, standaard: Any, toetsen: list[str], verwacht: Any
) -> None:
    prompter = typ(invoer, *toetsen)

    antwoord = prompter.vraag(Vraagstelling(vr, "v", standaard, keuzes))

    assert antwoord == verwacht


TERUG_PER_SOORT = {
    "kort": (vraag("kort"), (), [":terug", ENTER]),
    "lang": (vraag("lang"), (), [":terug", ESC_ENTER]),
    "schaal": (vraag("schaal"), (), [":terug", ENTER]),
    "keuze": (vraag("keuze"), SOORT_KRACHT, [OMLAAG * 3, ENTER]),
    "janee": (vraag("janee"), (), [OMLAAG * 2, ENTER]),
    "meerkeuze": (vraag("meerkeuze"), SOORT_KRACHT, [SPATIE, OMLAAG * 3, SPATIE, ENTER]),
}


@pytest.mark.parametrize("vr, keuzes, toetsen", TERUG_PER_SOORT.values(), ids=TERUG_PER_SOORT.keys())
def test_every_question_type_can_go_back(
    invoer: PipeInput, vr: Vraag, keuzes: Any, toetsen: list[str]
) -> None:
    prompter = typ(invoer, *toetsen)

    assert prompter.vraag(Vraagstelling(vr, "v", None, keuzes)) is TERUG


@pytest.mark.parametrize("vr, keuzes", [(vraag("keuze"), SOORT_KRACHT), (vraag("janee"), ()),
                                         (vraag("meerkeuze", verplicht=False), SOORT_KRACHT)])
def test_the_first_question_offers_no_way_back(invoer: PipeInput, vr: Vraag, keuzes: Any) -> None:
    prompter = typ(invoer, OMLAAG * 3, ENTER)  # down past the last choice wraps around

    antwoord = prompter.vraag(Vraagstelling(vr, "v", None, keuzes, terug=False))

    assert antwoord is not TERUG


def test_ctrl_c_interrupts(invoer: PipeInput) -> None:
    prompter = typ(invoer, "Sand", CTRL_C)

    with pytest.raises(KeyboardInterrupt):
        prompter.vraag(Vraagstelling(vraag("kort"), "v"))


def test_an_empty_required_answer_shows_the_dutch_message_and_waits(invoer: PipeInput) -> None:
    scherm = io.StringIO()
    uitvoer = Vt100_Output(scherm, lambda: Size(rows=30, columns=120), term="xterm")
    invoer.send_text(ENTER)

    def typ_na_de_melding() -> None:
        for _ in range(200):
            if "Dit antwoord is verplicht." in scherm.getvalue():
                break
            time.sleep(0.01)
        invoer.send_text("Sandra" + ENTER)

    threading.Thread(target=typ_na_de_melding, daemon=True).start()
    antwoord = QuestionaryPrompter(input=invoer, output=uitvoer).vraag(Vraagstelling(vraag("kort"), "v"))

    assert antwoord == "Sandra"
    assert "Dit antwoord is verplicht." in scherm.getvalue()


def test_the_scale_shows_the_signs_of_safety_wording(invoer: PipeInput) -> None:
    scherm = io.StringIO()
    uitvoer = Vt100_Output(scherm, lambda: Size(rows=30, columns=400), term="xterm")
    invoer.send_text("5" + ENTER)

    QuestionaryPrompter(input=invoer, output=uitvoer).vraag(Vraagstelling(vraag("schaal"), "v"))

    tekst = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", scherm.getvalue())
    assert f"0 = {SCHAAL_NUL}" in tekst and f"10 = {SCHAAL_TIEN}" in tekst
    assert SCHAAL_NUL == ("de kinderen kunnen niet thuis blijven wonen / "
                          "het is zo onveilig dat ingrijpen nodig is")
    assert SCHAAL_TIEN == "iedereen is er zeker van dat de kinderen veilig genoeg zijn om de zaak te sluiten"


def test_a_long_question_at_80_columns_is_folded_between_words(invoer: PipeInput) -> None:
    scherm = io.StringIO()
    uitvoer = Vt100_Output(scherm, lambda: Size(rows=30, columns=80), term="xterm")
    tekst = ("Hoeveel minuten duurt het voordat de spullen die zijn gegooid weer zijn opgeruimd en "
             "iedereen in huis weer rustig is?")
    invoer.send_text("tien" + ENTER)

    QuestionaryPrompter(input=invoer, output=uitvoer).vraag(Vraagstelling(Vraag(
        id="v", tekst=tekst, soort="kort", veld="v"), "v"))

    scherm_tekst = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", scherm.getvalue())
    woorden = set(re.findall(r"\w+", scherm_tekst))
    assert {"minuten", "gegooid", "opgeruimd", "opdrachten"} <= woorden


def test_the_constructor_does_not_touch_the_terminal() -> None:
    QuestionaryPrompter()  # no input/output given and no terminal in the test run: must not fail


GESPREK = """
    id: gesprek
    titel: Gesprek
    inleiding: Een kort gesprek.
    vragen:
      - {id: naam, tekst: Naam, soort: kort}
      - id: zorgen
        tekst: Zorgen
        soort: lijst
        item: zorg
        min: 1
        vragen:
          - {id: wat, tekst: "Wat is er gebeurd?", soort: lang}
      - {id: schaalscore, tekst: Score, soort: schaal}
"""


def test_a_whole_session_with_back_and_review_from_the_keyboard(
    invoer: PipeInput, tmp_path: Path
) -> None:
    prompter = typ(
        invoer,
        "Sandra", ENTER,                      # naam
        ":terug", ESC_ENTER,                  # zorgen[1].wat: back to naam
        WISSEN * 6, "Sandra B.", ENTER,       # naam again, earlier answer prefilled
        "Hij schreeuwt", ENTER, "soms", ESC_ENTER,
        ENTER,                                # nog een zorg? ja
        "Geld", ESC_ENTER,
        OMLAAG, ENTER,                        # nog een zorg? nee
        "6", ENTER,                           # schaalscore
        "6", ENTER,                           # review: change line 6 (score)
        WISSEN, "7", ENTER,
        ENTER,                                # review: klaar
    )

    resultaat = voer_uit(maak_vragenlijst(tmp_path, GESPREK), tmp_path / "s.jsonl", prompter)

    assert resultaat.antwoorden == {
        "naam": "Sandra B.",
        "zorgen": [{"wat": "Hij schreeuwt\nsoms"}, {"wat": "Geld"}],
        "schaalscore": 7,
    }
    assert resultaat.afgerond


def test_when_the_keyboard_input_ends_the_session_is_interrupted_not_lost(
    invoer: PipeInput, tmp_path: Path
) -> None:
    lijst = maak_vragenlijst(tmp_path, GESPREK)
    prompter = typ(invoer, "Sandra", ENTER)

    with pytest.raises(GesprekOnderbroken) as onderbroken:
        voer_uit(lijst, tmp_path / "s.jsonl", prompter)

    assert onderbroken.value.antwoorden == {"naam": "Sandra", "zorgen": []}


LINKS, EINDE = "\x1b[D", "\x1b[F"
OVERZICHT = Opdracht(":overzicht", "wat ieder zei", lambda: None)
HULP = Opdracht(":hulp", "deze lijst", lambda: None)

VERVANGEN = {
    "typen vervangt het oude antwoord": (vraag("kort"), "Oma (moeder van Dennis)", ["Bakkeroma", ENTER],
                                         "Bakkeroma"),
    "wissen vervangt het oude antwoord": (vraag("kort"), "Oma", [WISSEN, "Ria", ENTER], "Ria"),
    "een pijltje bewaart het om te wijzigen": (vraag("kort"), "Sandra", [EINDE, " B.", ENTER], "Sandra B."),
    "een datum als 14 maart 2018": (vraag("datum"), "2018-03-15", ["14 maart 2018", ENTER], "2018-03-14"),
    "lange tekst vervangen": (vraag("lang"), "oud verhaal", ["nieuw verhaal", ESC_ENTER], "nieuw verhaal"),
    "lange tekst: Enter voegt een regel toe": (vraag("lang"), "regel 1", [ENTER, "regel 2", ESC_ENTER],
                                                "regel 1\nregel 2"),
    "schaal": (vraag("schaal"), 4, ["6", ENTER], 6),
}


@pytest.mark.parametrize("vr, eerder, toetsen, verwacht", VERVANGEN.values(), ids=VERVANGEN.keys())
def test_going_back_shows_the_earlier_answer_selected_so_typing_replaces_it(
    invoer: PipeInput, vr: Vraag, eerder: Any, toetsen: list[str], verwacht: Any
) -> None:
    prompter = typ(invoer, *toetsen)

    assert prompter.vraag(Vraagstelling(vr, "v", eerder)) == verwacht


OPDRACHT_PER_SOORT = {
    "kort": (vraag("kort"), (), [":overzicht", ENTER], OVERZICHT),
    "lang": (vraag("lang"), (), [":hulp", ESC_ENTER], HULP),
    "datum": (vraag("datum"), (), [":overzicht", ENTER], OVERZICHT),
    "keuze, als zoektekst": (vraag("keuze"), SOORT_KRACHT, [":overzicht", ENTER], OVERZICHT),
    "janee, als zoektekst": (vraag("janee"), (), [":hulp", ENTER], HULP),
    "meerkeuze, als zoektekst": (vraag("meerkeuze"), SOORT_KRACHT, [SPATIE, ":overzicht", ENTER], OVERZICHT),
    "keuze, :terug getypt": (vraag("keuze"), SOORT_KRACHT, [":terug", ENTER], TERUG),
    "meerkeuze, :terug getypt": (vraag("meerkeuze"), SOORT_KRACHT, [":terug", ENTER], TERUG),
}


@pytest.mark.parametrize("vr, keuzes, toetsen, verwacht", OPDRACHT_PER_SOORT.values(),
                         ids=OPDRACHT_PER_SOORT.keys())
def test_a_colon_command_can_be_typed_at_every_kind_of_prompt(
    invoer: PipeInput, vr: Vraag, keuzes: Any, toetsen: list[str], verwacht: Any
) -> None:
    prompter = typ(invoer, *toetsen)

    assert prompter.vraag(Vraagstelling(vr, "v", None, keuzes, opdrachten=(OVERZICHT, HULP))) is verwacht


def test_an_unknown_command_is_not_taken_as_the_answer(invoer: PipeInput) -> None:
    prompter = typ(invoer, ":overzicht", ENTER, WISSEN * 10, "Sandra", ENTER)  # not offered here

    assert prompter.vraag(Vraagstelling(vraag("kort"), "v", opdrachten=(HULP,))) == "Sandra"


NAMEN = tuple((naam, naam) for naam in (f"Persoon {nummer:02d}" for nummer in range(1, 40)))
LANGE_LIJST = (*NAMEN, ("Ria de Zwaan", "Ria de Zwaan"))


def test_a_long_list_is_searched_by_typing(invoer: PipeInput) -> None:
    prompter = typ(invoer, "zwaan", ENTER)

    assert prompter.vraag(Vraagstelling(vraag("persoon"), "v", None, LANGE_LIJST)) == "Ria de Zwaan"


def test_a_search_that_matches_nothing_ticks_nothing(invoer: PipeInput) -> None:
    prompter = typ(invoer, "xyz", SPATIE, ENTER, WISSEN * 3, ENTER)

    assert prompter.vraag(Vraagstelling(vraag("personen", verplicht=False), "v", None, LANGE_LIJST)) == []


def test_a_search_that_matches_nothing_chooses_nothing(invoer: PipeInput) -> None:
    prompter = typ(invoer, "xyz", ENTER, WISSEN * 3, "zwaan", ENTER)

    assert prompter.vraag(Vraagstelling(vraag("persoon"), "v", None, LANGE_LIJST)) == "Ria de Zwaan"


@pytest.mark.parametrize("toets", ["\t", "\x01"], ids=["Tab (omkeren)", "Ctrl-A (alles)"])
def test_no_key_ticks_the_whole_list_behind_the_search(invoer: PipeInput, toets: str) -> None:
    prompter = typ(invoer, toets, ENTER)

    assert prompter.vraag(Vraagstelling(vraag("meerkeuze", verplicht=False), "v", None, SOORT_KRACHT)) == []


def scherm_van(invoer: PipeInput, vr: Vraag, keuzes: Any, *toetsen: str) -> str:
    """What the terminal shows while `vr` is asked and answered with `toetsen`, without escapes."""
    scherm = io.StringIO()
    uitvoer = Vt100_Output(scherm, lambda: Size(rows=30, columns=200), term="xterm")
    invoer.send_text("".join(toetsen))
    QuestionaryPrompter(input=invoer, output=uitvoer).vraag(Vraagstelling(vr, "v", None, keuzes))
    return re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", scherm.getvalue())


def test_nothing_ticked_echoes_what_it_means(invoer: PipeInput) -> None:
    documenten = vraag("meerkeuze", verplicht=False, leeg="beide",
                       keuzes=("veiligheidsplan", "ondersteuningsplan"))

    tekst = scherm_van(invoer, documenten, (("veiligheidsplan", "veiligheidsplan"),
                                            ("ondersteuningsplan", "ondersteuningsplan")), ENTER)

    assert "? Vraag? beide" in tekst
    assert "(geen)" not in tekst


def test_a_date_prompt_shows_the_form_it_expects(invoer: PipeInput) -> None:
    tekst = scherm_van(invoer, vraag("datum"), (), "14-3-2018", ENTER)

    assert "14-03-2018 of 14 maart 2018" in tekst


def test_a_command_can_be_typed_at_the_review(invoer: PipeInput) -> None:
    prompter = typ(invoer, ":hulp", ENTER)

    assert prompter.kies_uit_overzicht(["Naam  →  Sandra"], (OVERZICHT, HULP)) is HULP
