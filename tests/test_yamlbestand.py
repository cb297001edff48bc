"""A worker's YAML file that YAML itself cannot make sense of gets a Dutch line with the spot."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview.fouten import OngeldigeInvoer
from interview.yamlbestand import lees_yaml


def fout_in(tmp_path: Path, tekst: str) -> str:
    pad = tmp_path / "antwoorden.yaml"
    pad.write_text(tekst, encoding="utf-8")
    with pytest.raises(OngeldigeInvoer) as fout:
        lees_yaml(pad)
    return fout.value.bericht


@pytest.mark.parametrize(
    ("tekst", "plek", "uitleg"),
    [
        pytest.param("datum: 2026-02-30\n", "regel 1, kolom 8", "'2026-02-30' is geen bestaande datum",
                     id="february-30th"),
        pytest.param("dossier:\n  kinderen:\n    - {naam: Noor, geboortedatum: 2019-13-01}\n",
                     "regel 3, kolom 35", "'2019-13-01' is geen bestaande datum", id="nested-month-13"),
        pytest.param("datum: 0000-01-01\n", "regel 1", "geen bestaande datum", id="year-zero"),
        pytest.param("moment: 2026-02-28 25:00:00\n", "regel 1", "geen bestaande datum", id="hour-25"),
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
