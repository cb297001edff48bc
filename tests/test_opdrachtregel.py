"""The command line as a newcomer meets it: --version, Dutch for every mistake, exit 2, "Bedoelt u …?"."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview.cli import main
from tests.helpers import VOORBEELD
from tests.helpers import vplan_met_werkmapvariabele as vplan
from tests.test_argparsevertaling import ENGELS

ANDER = "VP-2026-0777"
"""A second dossier in the werkmap: no message about VP-2026-0042 may name it."""


@pytest.fixture(scope="module")
def werkmap(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two dossiers: the example (VP-2026-0042, Sandra and Ronald's family) and another."""
    map_ = tmp_path_factory.mktemp("opdrachtregel")
    ander = map_ / "ander.yaml"
    ander.write_text(VOORBEELD.read_text(encoding="utf-8").replace("VP-2026-0042", ANDER), encoding="utf-8")
    for bestand in (VOORBEELD, ander):
        assert vplan("importeer", str(bestand), werkmap=map_ / "werkmap", cwd=map_).returncode == 0
    return map_ / "werkmap"


def test_version_is_answered_to_both_spellings(werkmap: Path) -> None:
    """Fails on main: `vplan --version` was refused."""
    engels, nederlands = (vplan(optie, werkmap=werkmap, cwd=werkmap.parent)
                          for optie in ("--version", "--versie"))

    assert engels.returncode == 0, engels.stderr
    assert engels.stdout.startswith("vplan ") and engels.stdout == nederlands.stdout


def test_an_ambiguous_option_exits_2_in_dutch(werkmap: Path) -> None:
    """Fails on main: 'ambiguous option: --p could match --planversie, --pdf, --pdf-a'."""
    resultaat = vplan("documenten", "--p", werkmap=werkmap, cwd=werkmap.parent)

    assert resultaat.returncode == 2
    assert "optie --p is niet eenduidig (--planversie, --pdf, --pdf-a)" in resultaat.stderr
    assert ENGELS.findall(resultaat.stderr) == []


@pytest.mark.parametrize("argumenten", [
    ["documenten"],
    ["documenten", "VP-2026-0042", "--planversie"],
    ["documenten", "VP-2026-0042", "--planversie", "twee"],
    ["documenten", "VP-2026-0042", "--planversie", "0"],
    ["documenten", "VP-2026-0042", "overbodig"],
    ["documenten", "VP-2026-0042", "--pdf=ja"],
    ["overzicht", "--csv", "--json"],
    ["aanvulling", "fish"],
    ["opnieuw"],
    ["opnieuw", "VP-2026-0042", "--alle"],
    ["opnieuw", "--alle", "--processen", "0"],
    ["tijd", "VP-2026-0042", "--voeg-toe", "45m"],
    ["sjablonen"],
])
def test_every_usage_mistake_exits_2_with_the_usage_and_one_dutch_line(
        werkmap: Path, argumenten: list[str]) -> None:
    """Fails on main for `opnieuw` and `tijd` (exit 1) and `--planversie 0` (exit 1 after reading)."""
    resultaat = vplan(*argumenten, werkmap=werkmap, cwd=werkmap.parent)

    assert resultaat.returncode == 2, resultaat.stderr
    assert resultaat.stderr.startswith("gebruik: vplan")
    assert ENGELS.findall(resultaat.stderr) == []
    assert "Traceback" not in resultaat.stderr


@pytest.mark.parametrize(("argumenten", "suggestie"), [
    (["documnten", "VP-2026-0042"], "onbekende opdracht 'documnten'. Bedoelt u documenten?"),
    (["sjablonen", "controler"], "onbekende opdracht 'controler'. Bedoelt u controleer?"),
    (["documenten", "VP-2026-0042", "--pfd"], "onbekende argumenten: --pfd. Bedoelt u --pdf?"),
    (["opnieuw", "--alle", "--verouderd", "--prooef"], "Bedoelt u --proef?"),
    (["aanvulling", "bsh"], "SHELL: onbekende keuze 'bsh'. Bedoelt u bash?"),
    (["help"], "onbekende opdracht 'help'. Bedoelt u vplan --help?"),
])
def test_a_mistyped_command_option_or_choice_gets_bedoelt_u(
        werkmap: Path, argumenten: list[str], suggestie: str) -> None:
    """Fails on main: no suggestion, the list of every command instead."""
    resultaat = vplan(*argumenten, werkmap=werkmap, cwd=werkmap.parent)

    assert resultaat.returncode == 2
    assert suggestie in resultaat.stderr
    assert "kies uit" not in resultaat.stderr


def test_a_command_like_no_other_lists_the_commands(werkmap: Path) -> None:
    resultaat = vplan("plannen", werkmap=werkmap, cwd=werkmap.parent)

    assert resultaat.returncode == 2
    assert "onbekende opdracht 'plannen'. Kies uit: demo, importeer, documenten," in resultaat.stderr
    assert "Bedoelt u" not in resultaat.stderr


def test_a_mistyped_kenmerk_suggests_the_close_one_and_names_no_other_dossier(werkmap: Path) -> None:
    """Fails on main, which listed every dossier of the werkmap (families' kenmerken on a shared screen)."""
    resultaat = vplan("documenten", "VP-2026-042", werkmap=werkmap, cwd=werkmap.parent)

    assert resultaat.returncode == 1
    assert resultaat.stderr.strip().endswith("Bedoelt u VP-2026-0042?")
    assert ANDER not in resultaat.stderr


def test_a_kenmerk_like_no_other_names_no_dossier(werkmap: Path) -> None:
    resultaat = vplan("documenten", "VP-2031-5555", werkmap=werkmap, cwd=werkmap.parent)

    assert resultaat.returncode == 1
    assert "Dossier VP-2031-5555 bestaat niet" in resultaat.stderr
    assert "VP-2026-0042" not in resultaat.stderr and ANDER not in resultaat.stderr


def test_a_mistyped_name_suggests_a_close_name_of_that_dossier_only(werkmap: Path) -> None:
    resultaat = vplan("gesprek", "VP-2026-0042", "--met", "Sandar", werkmap=werkmap, cwd=werkmap.parent)

    assert resultaat.returncode == 1
    assert resultaat.stderr.strip().endswith("Bedoelt u Sandra?")
    assert "Ronald" not in resultaat.stderr


def test_every_help_page_is_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    """Every command's and sub-command's --help: argparse's own words through its Dutch catalog."""
    opdrachten = ["demo", "importeer", "documenten", "handwerk", "nieuw", "gesprek", "netwerkberaad",
                  "sjablonen", "evaluatie", "incident", "corrigeer", "vaststellen", "verstuurd", "overzicht",
                  "tijd", "opnieuw", "info", "aanvulling", "sjablonen controleer", "sjablonen velden",
                  "sjablonen voorbeeld", "sjablonen kopieer"]
    for opdracht in ["", *opdrachten]:
        with pytest.raises(SystemExit) as stop:
            main([*opdracht.split(), "--help"])
        hulp = capsys.readouterr().out
        assert stop.value.code == 0 and hulp.startswith("gebruik: vplan")
        assert ENGELS.findall(hulp.replace("--help", "")) == [], opdracht
