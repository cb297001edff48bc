"""argparse's own catalog in Dutch: every message the running Python's argparse can print is in it."""

from __future__ import annotations

import argparse
import ast
import inspect
import re
from collections import Counter

import interview.opdrachtregel  # noqa: F401  (installs the catalog, as `vplan` does)
from interview.argparsevertaling import CATALOGUS, vertaal, vertaal_aantal

ENGELS = re.compile(
    r"\b(usage|error|warning|the|positional|options?|required|invalid|choice|choose|expected|ambiguous|"
    r"could|match|matches|unrecognized|allowed|with|show|message|exit|default|value|one|least|most|"
    r"unexpected|ignored|explicit|conflicting|unknown|deprecated|cannot|must|start|mode)\b",
    re.IGNORECASE,
)
"""English words argparse uses; none of them is Dutch (`argument` and `of` are, so they are not here)."""

PLAATSHOUDER = re.compile(r"%\(\w+\)[sr]|%[sr]")


def argparse_berichten() -> set[str]:
    """Every msgid in the running Python's argparse: the first text given to `_`, both given to `ngettext`."""
    berichten: set[str] = set()
    for knoop in ast.walk(ast.parse(inspect.getsource(argparse))):
        if not (isinstance(knoop, ast.Call) and isinstance(knoop.func, ast.Name)):
            continue
        teksten = [a.value for a in knoop.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if knoop.func.id == "_" and teksten:
            berichten.add(teksten[0])
        elif knoop.func.id == "ngettext":
            berichten.update(teksten[:2])
    return berichten


def test_every_message_of_this_pythons_argparse_has_a_dutch_translation() -> None:
    """Fails on main (no catalog); a Python that adds a message fails here, not in front of a user."""
    berichten = argparse_berichten()

    assert len(berichten) > 30, "argparse's messages were not found: has it stopped using `_`?"
    assert sorted(berichten - CATALOGUS.keys()) == []


def test_a_translation_keeps_every_placeholder_of_its_message() -> None:
    for bericht, vertaling in CATALOGUS.items():
        assert Counter(PLAATSHOUDER.findall(vertaling)) == Counter(PLAATSHOUDER.findall(bericht)), bericht


def test_no_translation_holds_an_english_word() -> None:
    """Code names in quotes ('required') stay as Python spells them."""
    engels = {vertaling: ENGELS.findall(re.sub(r"'\w+'|%\(\w+\)[sr]|%[sr]", "", vertaling))
              for vertaling in CATALOGUS.values()}
    assert {vertaling: woorden for vertaling, woorden in engels.items() if woorden} == {}


def test_argparse_calls_the_catalog() -> None:
    """The two names argparse translates through are ours once vplan's parser module is imported."""
    assert argparse._ is vertaal  # type: ignore[attr-defined]
    assert argparse.ngettext is vertaal_aantal  # type: ignore[attr-defined]
    assert vertaal(None) is None  # type: ignore[arg-type]  # argparse 3.11 translates a missing description
    assert vertaal("opdrachten") == "opdrachten"


def test_counts_are_singular_only_for_one() -> None:
    enkelvoud, meervoud = "expected %s argument", "expected %s arguments"
    assert vertaal_aantal(enkelvoud, meervoud, 1) == "hier hoort %s waarde achter"
    assert vertaal_aantal(enkelvoud, meervoud, 2) == "hier horen %s waarden achter"
