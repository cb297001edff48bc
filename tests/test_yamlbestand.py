"""A worker's YAML file that YAML itself cannot make sense of gets a Dutch line with the spot."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview.fouten import OngeldigeInvoer
from interview.yamlbestand import lees_yaml, plek_van


def fout_in(tmp_path: Path, tekst: str) -> str:
    pad = tmp_path / "antwoorden.yaml"
    pad.write_text(tekst, encoding="utf-8")
    with pytest.raises(OngeldigeInvoer) as fout:
        lees_yaml(pad)
    return fout.value.bericht


@pytest.mark.parametrize(
    ("tekst", "plek", "uitleg"),
    [
        pytest.param("datum: !!timestamp 2026-02-30\n", "regel 1, kolom 8",
                     "'2026-02-30' is geen bestaande datum", id="february-30th-tagged"),
        pytest.param("score: !!int zeven\n", "regel 1, kolom 8", "'zeven' past niet bij de aanduiding !!int",
                     id="int-tag-on-words"),
        pytest.param("gezag: !!bool misschien\n", "regel 1", "past niet bij de aanduiding !!bool",
                     id="bool-tag-on-words"),
        pytest.param("? [a, b]\n: 1\n", "regel 1", "een veldnaam is zelf een lijst of blok",
                     id="list-as-key"),
        pytest.param("namen: !!set [Noor]\n", "regel 1", "de opbouw klopt niet", id="set-tag-on-a-list"),
    ],
)
def test_a_value_yaml_cannot_make_is_reported_at_its_line(
    tmp_path: Path, tekst: str, plek: str, uitleg: str
) -> None:
    bericht = fout_in(tmp_path, tekst)
    assert plek in bericht
    assert uitleg in bericht


def test_a_file_nested_too_deep_is_refused_in_dutch(tmp_path: Path) -> None:
    assert "te diep genest" in fout_in(tmp_path, "a: " + "[" * 3000 + "]" * 3000 + "\n")


def test_a_quoted_impossible_date_is_just_text(tmp_path: Path) -> None:
    """Quoted, it is text; the plan model then names the field (see the model's tests)."""
    pad = tmp_path / "antwoorden.yaml"
    pad.write_text('datum: "2026-02-30"\n', encoding="utf-8")
    assert lees_yaml(pad) == {"datum": "2026-02-30"}


@pytest.mark.parametrize(
    ("tekst", "waarde", "plek"),
    [
        pytest.param("telefoon: 0612345670\n", "0612345670", "regel 1, kolom 11", id="phone-not-octal"),
        pytest.param("wanneer: 10:30\n", "10:30", "regel 1, kolom 10", id="time-not-sexagesimal"),
        pytest.param("a: nee\n", "nee", "regel 1, kolom 4", id="nee-not-false"),
        pytest.param("a: on\n", "on", "regel 1, kolom 4", id="on-not-true"),
        pytest.param("a: 010\n", "010", "regel 1, kolom 4", id="leading-zero"),
        pytest.param("a: 1e3\n", "1e3", "regel 1, kolom 4", id="not-a-float"),
        pytest.param("a: ~\n", "~", "regel 1, kolom 4", id="tilde"),
        pytest.param("datum: 2026-02-30\n", "2026-02-30", "regel 1, kolom 8", id="february-30th"),
        pytest.param("dossier:\n  kinderen:\n    - {naam: Noor, geboortedatum: 2019-13-01}\n", "2019-13-01",
                     "regel 3, kolom 35", id="nested-month-13"),
    ],
)
def test_an_unquoted_value_stays_the_text_typed_and_knows_its_place(
    tmp_path: Path, tekst: str, waarde: str, plek: str
) -> None:
    """Issue 18.1: YAML 1.1 made 103402424 of a phone number and 630 of 10:30; the question or the
    plan model types the text, and a message about it names the line (fails on main)."""
    pad = tmp_path / "antwoorden.yaml"
    pad.write_text(tekst, encoding="utf-8")
    gelezen = lees_yaml(pad)
    while isinstance(gelezen, dict | list):
        gelezen = list(gelezen.values())[-1] if isinstance(gelezen, dict) else gelezen[0]
    assert gelezen == waarde
    assert plek_van(gelezen) == plek


@pytest.mark.parametrize("tekst", ["a:\n", "a: null\n", "a: NULL\n"])
def test_an_empty_value_or_null_is_nothing(tmp_path: Path, tekst: str) -> None:
    pad = tmp_path / "antwoorden.yaml"
    pad.write_text(tekst, encoding="utf-8")
    assert lees_yaml(pad) == {"a": None}
