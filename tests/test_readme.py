"""The README keeps its word: every `vplan` command it shows exists and its --help runs, every option it
gives a command (or names on its own) is one that a command takes, every command is in it, and every
`make` target it names is in the Makefile (in the style of sqlite-utils' tests/test_docs.py)."""

from __future__ import annotations

import contextlib
import functools
import io
import re
from pathlib import Path

import pytest

from interview.cli import main

WORTEL = Path(__file__).resolve().parents[1]
README = (WORTEL / "README.md").read_text(encoding="utf-8")
OPTIE = re.compile(r"--[a-z][a-z0-9-]*")


def code_in(tekst: str) -> list[str]:
    """The code a reader copies: every line of a fenced `sh` block without its `#` comment, and every
    inline code span outside the fenced blocks (a file tree or a diagram is no code to run)."""
    stukken: list[str] = []
    delen = re.split(r"^```(.*)$", tekst, flags=re.MULTILINE)  # text, language, block, "", text, …
    for nummer in range(0, len(delen), 4):
        stukken += re.findall(r"`([^`\n]+)`", delen[nummer])
        if nummer + 2 < len(delen) and delen[nummer + 1] == "sh":
            blok = delen[nummer + 2]
            stukken += [regel.split("#")[0].strip() for regel in blok.splitlines() if regel.strip()]
    return stukken


def vplan_opdrachten(tekst: str) -> list[str]:
    """Every `vplan …` the README's code shows, from the command word to the end of the code piece."""
    return [gevonden for stuk in code_in(tekst)
            for gevonden in re.findall(r"(?<![\w/~.-])vplan (\S.*)", stuk)]


def make_opdrachten(tekst: str) -> list[str]:
    return [gevonden for stuk in code_in(tekst) for gevonden in re.findall(r"^make (\S+)", stuk)]


@functools.cache
def hulp(*opdracht: str) -> str:
    """The --help text of `vplan OPDRACHT…`; fails unless it exits with 0."""
    uitvoer = io.StringIO()
    with contextlib.redirect_stdout(uitvoer), pytest.raises(SystemExit) as uitgang:
        main([*opdracht, "--help"])
    assert uitgang.value.code == 0, f"vplan {' '.join(opdracht)} --help stopte met {uitgang.value.code}"
    return uitvoer.getvalue()


def subopdrachten(*opdracht: str) -> list[str]:
    """The commands listed under 'opdrachten:' in the help of `vplan OPDRACHT…`."""
    sectie = hulp(*opdracht).partition("\nopdrachten:\n")[2].partition("\n\n")[0]
    return re.findall(r"^    (\S+)", sectie, flags=re.MULTILINE)


def opdracht_van(voorbeeld: str) -> tuple[str, ...]:
    """The command path a README example runs (`sjablonen controleer`), from the words after `vplan`."""
    pad: tuple[str, ...] = ()
    for woord in voorbeeld.split():
        if woord not in subopdrachten(*pad):
            break
        pad += (woord,)
    return pad


def alle_opdrachten() -> list[str]:
    """Every command and every command under it (`sjablonen controleer`)."""
    return [*subopdrachten(), *(f"{opdracht} {deel}" for opdracht in subopdrachten()
                                for deel in subopdrachten(opdracht))]


@pytest.mark.parametrize("voorbeeld", vplan_opdrachten(README))
def test_a_command_the_readme_shows_exists_and_takes_the_options_it_gives(voorbeeld: str) -> None:
    opdracht = opdracht_van(voorbeeld)
    assert opdracht, f"De README toont `vplan {voorbeeld}`, maar die opdracht bestaat niet."
    rest = voorbeeld.split()[len(opdracht):]
    assert not (rest and subopdrachten(*opdracht)), (
        f"De README toont `vplan {voorbeeld}`, maar `vplan {' '.join(opdracht)}` kent geen opdracht "
        f"{rest[0]}.")

    tekst = hulp(*opdracht)

    for optie in OPTIE.findall(voorbeeld):
        assert re.search(rf"{optie}\b(?!-)", tekst), (
            f"De README geeft `vplan {' '.join(opdracht)}` de optie {optie}, maar --help noemt die niet.")


def losse_opties(tekst: str) -> list[str]:
    """The options the README names on their own, in code that starts with one (`--met Sandra`)."""
    los = [stuk for stuk in code_in(tekst) if stuk.startswith("--")]
    return sorted({optie for stuk in los for optie in OPTIE.findall(stuk)})


@pytest.mark.parametrize("optie", losse_opties(README))
def test_an_option_the_readme_names_on_its_own_is_an_option_of_a_command(optie: str) -> None:
    assert any(re.search(rf"{optie}\b(?!-)", hulp(*opdracht.split())) for opdracht in alle_opdrachten()), (
        f"De README noemt {optie}, maar geen opdracht kent die optie.")


@pytest.mark.parametrize("opdracht", alle_opdrachten())
def test_every_command_is_in_the_readme(opdracht: str) -> None:
    getoond = {" ".join(opdracht_van(voorbeeld)) for voorbeeld in vplan_opdrachten(README)}
    assert opdracht in getoond, f"`vplan {opdracht}` staat niet in de README."


def test_the_readme_begins_with_make_demo_and_make_test() -> None:
    assert make_opdrachten(README)[:2] == ["demo", "test"]


@pytest.mark.parametrize("doel", make_opdrachten(README))
def test_a_make_command_the_readme_shows_is_a_makefile_target(doel: str) -> None:
    makefile = (WORTEL / "Makefile").read_text(encoding="utf-8")
    assert re.search(rf"^{re.escape(doel)}:", makefile, flags=re.MULTILINE), f"make {doel} bestaat niet"
