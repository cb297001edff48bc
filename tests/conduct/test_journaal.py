"""The journal is the session's memory: durable per answer, readable after a crash, private in errors."""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview.conduct import journaal
from interview.fouten import BeschadigdBestand


def gesprek(map: Path, antwoorden: list[tuple[str, Any]]) -> Path:
    pad = map / "sandra.jsonl"
    journaal.begin(pad, "ouder", "Sandra")
    for antwoordpad, antwoord in antwoorden:
        journaal.schrijf_antwoord(pad, antwoordpad, antwoord)
    return pad


def test_the_journal_has_a_header_answers_and_an_end_line(tmp_path: Path) -> None:
    pad = gesprek(tmp_path, [("zorgen[1].wat", "Hij schreeuwt")])
    journaal.sluit(pad)

    regels = [json.loads(r) for r in pad.read_text(encoding="utf-8").splitlines()]

    assert [r["soort"] for r in regels] == ["begin", "antwoord", "einde"]
    assert regels[0] | {"tijd": None} == {"schema_versie": 1, "soort": "begin", "vragenlijst": "ouder",
                                          "persoon": "Sandra", "tijd": None}
    assert regels[1]["pad"] == "zorgen[1].wat" and regels[1]["antwoord"] == "Hij schreeuwt"
    assert stat.S_IMODE(pad.stat().st_mode) == 0o600


def test_a_later_answer_to_the_same_question_wins(tmp_path: Path) -> None:
    pad = gesprek(tmp_path, [("schaalscore", 3), ("telefoon", "06-1"), ("schaalscore", 5)])

    inhoud = journaal.lees_journaal(pad)

    assert inhoud is not None
    assert inhoud.antwoorden == {"schaalscore": 5, "telefoon": "06-1"}
    assert inhoud.einde is None


def test_a_last_line_cut_off_by_a_crash_is_dropped_and_reported(tmp_path: Path) -> None:
    pad = gesprek(tmp_path, [("schaalscore", 3)])
    with pad.open("ab") as bestand:
        bestand.write(b'{"soort": "antwoord", "pad": "telef')

    inhoud = journaal.lees_journaal(pad)

    assert inhoud is not None
    assert inhoud.onvolledig is True
    assert inhoud.antwoorden == {"schaalscore": 3}
    assert "De laatste, onvolledige regel van het gesprek is weggelaten" in journaal.ONVOLLEDIG


def test_a_garbled_last_line_with_newline_is_dropped_too(tmp_path: Path) -> None:
    pad = gesprek(tmp_path, [("schaalscore", 3)])
    with pad.open("ab") as bestand:
        bestand.write(b"\x00\x00\x00\n")

    inhoud = journaal.lees_journaal(pad)

    assert inhoud is not None and inhoud.onvolledig and inhoud.antwoorden == {"schaalscore": 3}


def test_repairing_cuts_only_the_broken_line_so_the_session_can_continue(tmp_path: Path) -> None:
    pad = gesprek(tmp_path, [("schaalscore", 3)])
    with pad.open("ab") as bestand:
        bestand.write(b'{"soort": "antw')
    inhoud = journaal.lees_journaal(pad)
    assert inhoud is not None

    journaal.herstel(inhoud)
    journaal.schrijf_antwoord(pad, "telefoon", "06-12345678")

    hersteld = journaal.lees_journaal(pad)
    assert hersteld is not None and not hersteld.onvolledig
    assert hersteld.antwoorden == {"schaalscore": 3, "telefoon": "06-12345678"}


def test_a_corrupt_line_in_the_middle_names_file_and_line_but_not_its_content(tmp_path: Path) -> None:
    pad = gesprek(tmp_path, [("schaalscore", 3)])
    with pad.open("ab") as bestand:
        bestand.write(b"Mark slaat de kinderen\n")
    journaal.schrijf_antwoord(pad, "telefoon", "06-1")

    with pytest.raises(BeschadigdBestand) as fout:
        journaal.lees_journaal(pad)

    assert str(pad) in fout.value.bericht
    assert "regel 3" in fout.value.bericht
    assert "slaat" not in fout.value.bericht


def test_a_journal_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    pad = tmp_path / "nieuw.jsonl"
    pad.write_text('{"schema_versie": 2, "soort": "begin", "vragenlijst": "ouder", "persoon": ""}\n')

    with pytest.raises(BeschadigdBestand, match="schemaversie 2"):
        journaal.lees_journaal(pad)


def test_no_journal_yet_reads_as_none(tmp_path: Path) -> None:
    assert journaal.lees_journaal(tmp_path / "nog-niet.jsonl") is None


BIJZONDER = ["<b>vet</b> & zo", "{{ 7*7 }}", "{% if %}", "😀👨‍👩‍👧", "regel 1\nregel 2\r\n\tin", "\u2028"]
vrije_tekst = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=40) | st.sampled_from(
    BIJZONDER)
antwoord = st.recursive(
    vrije_tekst | st.integers(0, 10) | st.booleans() | st.none(),
    lambda binnen: st.lists(binnen, max_size=3),
    max_leaves=5,
)
antwoordpad = st.from_regex(r"[a-z_]{1,8}(\[[1-9]\]\.[a-z_]{1,8})?\??", fullmatch=True)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(antwoordpad, antwoord), max_size=12))
def test_any_answers_written_to_the_journal_read_back_the_same(
    tmp_path_factory: pytest.TempPathFactory, antwoorden: list[tuple[str, Any]]
) -> None:
    pad = gesprek(tmp_path_factory.mktemp("journaal"), antwoorden)

    inhoud = journaal.lees_journaal(pad)

    assert inhoud is not None and not inhoud.onvolledig
    assert inhoud.antwoorden == dict(antwoorden)
    assert list(inhoud.antwoorden) == list(dict.fromkeys(p for p, _ in antwoorden))
