"""Colon commands: at any prompt the worker can ask for help or for what the caller offers
(the netwerkberaad's overview), and the session goes on where it was."""

from __future__ import annotations

from pathlib import Path

from interview.conduct import Opdracht, voer_uit
from tests.helpers import GescriptePrompter, Overzicht, Typ, maak_vragenlijst

GESPREK = """
    id: kort
    titel: Kort gesprek
    inleiding: Twee vragen.
    vragen:
      - {id: naam, tekst: Naam, soort: kort}
      - {id: documenten, soort: meerkeuze, keuzes: [veiligheidsplan, ondersteuningsplan], verplicht: false,
         leeg: beide, tekst: "Welke documenten? (niets aangevinkt = beide)"}
"""


def test_a_command_of_the_caller_runs_and_the_same_question_is_asked_again(tmp_path: Path) -> None:
    getoond: list[str] = []
    overzicht = Opdracht(":overzicht", "wat ieder zei", lambda: getoond.append("overzicht"))
    prompter = GescriptePrompter([("naam", Typ(":overzicht")), ("naam", "Sandra"),
                                  ("documenten", Typ(":overzicht")), ("documenten", ["veiligheidsplan"]),
                                  Typ(":overzicht"), Overzicht()])

    resultaat = voer_uit(maak_vragenlijst(tmp_path, GESPREK), tmp_path / "s.jsonl", prompter,
                         opdrachten=(overzicht,))

    assert getoond == ["overzicht"] * 3
    assert resultaat.antwoorden == {"naam": "Sandra", "documenten": ["veiligheidsplan"]}


def test_hulp_lists_every_command_at_every_session(tmp_path: Path) -> None:
    prompter = GescriptePrompter([("naam", Typ(":hulp")), ("naam", "Sandra"), ("documenten", []),
                                  Overzicht()])

    voer_uit(maak_vragenlijst(tmp_path, GESPREK), tmp_path / "s.jsonl", prompter,
             opdrachten=(Opdracht(":overzicht", "wat ieder zei in het eigen gesprek", lambda: None),))

    hulp = next(melding for melding in prompter.meldingen if melding.startswith("Opdrachten"))
    assert ":terug" in hulp and ":hulp" in hulp
    assert ":overzicht  wat ieder zei in het eigen gesprek" in hulp


def test_without_a_caller_command_only_terug_and_hulp_are_offered(tmp_path: Path) -> None:
    prompter = GescriptePrompter([("naam", "Sandra"), ("documenten", [])])

    voer_uit(maak_vragenlijst(tmp_path, GESPREK), tmp_path / "s.jsonl", prompter)

    assert [o.woord for o in prompter.gesteld[0].opdrachten] == [":hulp"]


def test_the_review_shows_what_nothing_ticked_means(tmp_path: Path) -> None:
    prompter = GescriptePrompter([("naam", "Sandra"), ("documenten", [])])

    voer_uit(maak_vragenlijst(tmp_path, GESPREK), tmp_path / "s.jsonl", prompter)

    assert any(regel.endswith("→  beide") for regel in prompter.overzichten[0])
