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
    eerste.expect_exact("Wat is er gebeurd?")  # the first zorg's card: three fields
    eerste.send("Hij schreeuwt & <slaat> deuren\r")
    eerste.send("gisteren\r")
    eerste.send("kinderversie\r")  # typed letters find the one choice that holds them
    eerste.send("\r")  # 'niet voor …', asked because the family may read it: no one left out
    eerste.expect_exact("Zorg 2")  # the next card: the one before it is on disk by now
    eerste.send("Hij liegt")  # half a card, then killed: only this card is lost
    eerste.kill(signal.SIGKILL)
    eerste.wait()

    tweede = start(journaal)
    tweede.expect_exact("Verder waar u gebleven was: vraag 5 van ongeveer")
    tweede.expect_exact("Zorg 2")
    tweede.sendcontrol("c")
    tweede.expect(pexpect.EOF)

    antwoorden = lees_resultaat(journaal, laad_vragenlijst("ouder")).antwoorden
    assert antwoorden["zorgen"] == [{"wat": "Hij schreeuwt & <slaat> deuren", "wanneer": "gisteren",
                                     "delen": "ook kinderversie"}]


def test_a_card_is_filled_gone_back_on_and_an_empty_card_ends_the_list(tmp_path: Path) -> None:
    journaal = tmp_path / "sandra.jsonl"
    kaart = start(journaal)
    kaart.expect_exact("Wat is er gebeurd?")
    kaart.send("Hij schreeuwt\r")
    kaart.send("gisteren\r")
    kaart.send("\x1b[Z")            # Shift-Tab: back to 'Wanneer was dat?', its answer selected ...
    kaart.send("zaterdag\r")        # ... so typing replaces it
    kaart.send("volledig plan\r")
    kaart.send("\r")
    kaart.expect_exact("Zorg 2")
    kaart.expect_exact("Ctrl-D = lijst klaar")
    kaart.sendcontrol("d")           # the empty card: no more zorgen
    kaart.expect_exact("Signaal 1")  # the next list of the session
    kaart.sendcontrol("c")
    kaart.expect(pexpect.EOF)

    antwoorden = lees_resultaat(journaal, laad_vragenlijst("ouder")).antwoorden
    assert antwoorden["zorgen"] == [{"wat": "Hij schreeuwt", "wanneer": "zaterdag",
                                     "delen": "volledig plan, ook de ouders"}]


LANGE_LIJST = """
import sys
from pathlib import Path
from interview.conduct import QuestionaryPrompter, lees_vragenlijst, voer_uit
from interview.conduct.vraagcontext import Vraagcontext
namen = [f"Persoon {nummer:02d}" for nummer in range(1, 60)] + ["Ria de Zwaan"]
resultaat = voer_uit(lees_vragenlijst(Path(sys.argv[1])), Path(sys.argv[2]), QuestionaryPrompter(),
                     context=Vraagcontext(personen=namen))
print("GEKOZEN:", resultaat.antwoorden)
"""
VRAGEN = """
id: lang
titel: Een lange lijst
vragen:
  - {id: wie, soort: persoon, tekst: "Wie belt u?"}
  - {id: wie_nog, soort: personen, verplicht: false, tekst: "Wie nog meer?"}
"""


def zeg_waar_de_cursor_staat(terminal: pexpect.spawn) -> None:
    """Answer the prompt's cursor position request as a real terminal does; prompt_toolkit shows
    messages under a list only once it knows where it is on the screen."""
    terminal.expect_exact("\x1b[6n")
    terminal.send("\x1b[1;1R")


def test_a_long_list_in_a_small_terminal_scrolls_and_is_searched(tmp_path: Path) -> None:
    (tmp_path / "lang.yaml").write_text(VRAGEN, encoding="utf-8")
    lijst = pexpect.spawn(sys.executable, ["-c", LANGE_LIJST, str(tmp_path / "lang.yaml"),
                                           str(tmp_path / "s.jsonl")],
                          dimensions=(15, 100), encoding="utf-8", timeout=15)
    zeg_waar_de_cursor_staat(lijst)
    lijst.expect_exact("Wie belt u?")
    lijst.send("\x1b[A")                       # up from the first name: past the end, to the last one
    lijst.expect_exact("» Ria de Zwaan")       # scrolled into view in a 15-line terminal
    lijst.send("zwaan\r")
    zeg_waar_de_cursor_staat(lijst)
    lijst.expect_exact("Wie nog meer?")
    lijst.send("xyz ")                         # a search that matches nothing ...
    lijst.expect_exact("Geen keuze bevat 'xyz'")
    lijst.send("\x7f\x7f\x7f" + "07 \r")  # ... ticks nothing; a search that matches does
    lijst.expect_exact("Welk antwoord wilt u wijzigen?")
    lijst.send("\r")
    lijst.expect(pexpect.EOF)

    assert "GEKOZEN: {'wie': 'Ria de Zwaan', 'wie_nog': ['Persoon 07']}" in lijst.before


def test_a_long_list_on_a_card_is_searched_by_typing_part_of_a_name(tmp_path: Path) -> None:
    (tmp_path / "kaart.yaml").write_text(VRAGEN.replace("soort: persoon,", "groep: bellen, soort: persoon,")
                                         .replace("soort: personen,", "groep: bellen, soort: personen,"),
                                         encoding="utf-8")
    lijst = pexpect.spawn(sys.executable, ["-c", LANGE_LIJST, str(tmp_path / "kaart.yaml"),
                                           str(tmp_path / "s.jsonl")],
                          dimensions=(15, 100), encoding="utf-8", timeout=15)
    lijst.expect_exact("Wie belt u?")
    lijst.send("zwa")
    lijst.expect_exact("Ria de Zwaan")         # the menu under the field shows what matches
    lijst.send("\r")
    lijst.expect_exact("[ ] Persoon 01")       # several persons: a checkbox row (issue 19.3) ...
    lijst.send("07 \r")                        # ... searched by typing, ticked with space
    lijst.expect(pexpect.EOF)                  # one card: the worker saw every answer, no review

    assert "GEKOZEN: {'wie': 'Ria de Zwaan', 'wie_nog': ['Persoon 07']}" in lijst.before
