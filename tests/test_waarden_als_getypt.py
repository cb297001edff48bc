"""Issue 18.1: what a person types in an answers or plan file comes back as typed, in the plan and
in the documents; a value a question or the model cannot use is refused in Dutch, naming it.

On main, PyYAML's YAML 1.1 typing made 103402424 of `telefoon: 0612345670` and 630 of
`wanneer: 10:30`, and the command exited 0. Every test here fails on main.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview.conduct import Vraag, Vragenlijst
from interview.conduct.antwoordbestand import lees_antwoordbestand, maak_vlak
from interview.fouten import OngeldigeInvoer
from interview.invoer import lees_plan
from interview.versieset import render_documenten
from tests.helpers import VOORBEELD, tekst_van, vplan

GETIKT = ["0612345670", "10:30", "nee", "ja", "on", "off", "yes", "no", "010", "1e3", "~", "2026-12-01",
          "12:30:45", "0x1F", "0o17", ".inf", "1_000", "true", "False", "+31 6 1234 5670", "8.20"]
"""Texts a person types that YAML 1.1 (and partly 1.2) would read as a number, a bool, a date or nothing."""
NIETS = {"", "null", "Null", "NULL"}
"""What an answers file means by "no answer" (see interview.yamlbestand): not text."""


def onaangehaald_te_schrijven(tekst: str) -> bool:
    """Whether a person can write `tekst` after `veld: ` without quotes and YAML reads one text."""
    if tekst in NIETS or tekst != tekst.strip():
        return False
    analyse = yaml.emitter.Emitter(io.StringIO()).analyze_scalar(tekst)
    return bool(analyse.allow_block_plain and not analyse.multiline) and not tekst.startswith(("!", "&", "*"))


teksten = st.one_of(
    st.sampled_from(GETIKT),
    st.from_regex(r"[0-9][0-9:.\-e+_ox]{0,11}", fullmatch=True),
    st.from_regex(r"[A-Za-zëé0-9~.:,' -]{1,30}", fullmatch=True),
).filter(onaangehaald_te_schrijven)
telefoons = st.one_of(st.from_regex(r"0[1-9][0-9]{8}", fullmatch=True),
                      st.from_regex(r"0[0-9]{2,3}[ -][0-9]{6,7}", fullmatch=True),
                      st.from_regex(r"\+31 ?6 ?[0-9]{8}", fullmatch=True))


def voorbeeld_met(*vervangingen: tuple[str, str]) -> str:
    """The bundled example's answers file with lines replaced, values written without quotes."""
    tekst = VOORBEELD.read_text(encoding="utf-8")
    for oud, nieuw in vervangingen:
        assert oud in tekst
        tekst = tekst.replace(oud, nieuw, 1)
    return tekst


SANDRA = "        telefoon: 06 1111 2201\n"
A3_WANNEER = "      wanneer: elke schooldag\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tekst=teksten, telefoon=telefoons)
def test_any_text_typed_into_a_plan_file_comes_back_equal_in_the_plan(
    tmp_path: Path, tekst: str, telefoon: str
) -> None:
    pad = tmp_path / "plan.yaml"
    pad.write_text(voorbeeld_met((SANDRA, f"        telefoon: {telefoon}\n"),
                                 (A3_WANNEER, f"      wanneer: {tekst}\n")), encoding="utf-8")
    plan = lees_plan(pad)
    assert plan.dossier.gezin.volwassenen[0].telefoon == telefoon
    assert next(a for a in plan.veiligheidsplan.afspraken if a.id == "A3").wanneer == tekst


KORT = Vragenlijst(id="proef", titel="Proef", inleiding="", vragen=(
    Vraag(id="wanneer", tekst="Wanneer?", soort="kort", veld="wanneer"),
    Vraag(id="telefoon", tekst="Telefoon?", soort="kort", veld="telefoon"),
    Vraag(id="toelichting", tekst="Toelichting?", soort="lang", veld="toelichting"),
))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tekst=teksten, telefoon=telefoons)
def test_any_text_typed_into_an_answers_file_is_the_answer(tmp_path: Path, tekst: str, telefoon: str) -> None:
    pad = tmp_path / "antwoorden.yaml"
    pad.write_text(f"wanneer: {tekst}\ntelefoon: {telefoon}\ntoelichting: {tekst}\n", encoding="utf-8")
    vlak = maak_vlak(KORT, lees_antwoordbestand(pad), str(pad), lambda vraag, antwoorden: ())
    assert vlak == {"wanneer": tekst, "telefoon": telefoon, "toelichting": tekst}


def test_the_example_with_an_unquoted_phone_and_time_gives_documents_with_both(tmp_path: Path) -> None:
    """The issue's own case, through the real commands: importeer, then documenten."""
    bestand = tmp_path / "voorbeeld.yaml"
    bestand.write_text(voorbeeld_met(
        (SANDRA, "        telefoon: 0612345670\n"), (A3_WANNEER, "      wanneer: 10:30\n"),
        ("belt: Sandra, telefoon: 06 1111 2201}", "belt: Sandra, telefoon: 0612345670}")), encoding="utf-8")
    werkmap = tmp_path / "werkmap"
    importeer = vplan("importeer", str(bestand), werkmap=werkmap, cwd=tmp_path)
    assert importeer.returncode == 0, importeer.stderr
    kenmerk = re.search(r"Dossier (\S+) aangemaakt", importeer.stdout)
    assert kenmerk is not None
    documenten = vplan("documenten", kenmerk[1], "--uitvoer", str(tmp_path / "uit"), werkmap=werkmap,
                       cwd=tmp_path)
    assert documenten.returncode == 0, documenten.stderr

    teksten_ = {pad.name.split("-")[0]: tekst_van(pad) for pad in (tmp_path / "uit").rglob("*.docx")}
    alles = " ".join(teksten_.values())
    assert "10:30" in teksten_["veiligheidsplan"]
    assert re.search(r"06[ -]?1234[ -]?5670|0612345670", alles)
    assert "103402424" not in alles and not re.search(r"\b630\b", alles)


PLEKKEN = [f"      wanneer: {oud}\n" for oud in (
    "vanaf nu tot de evaluatie van 8 januari 2027", "elke keer dat hij boos wordt", "elke schooldag",
    "altijd, dag en nacht", "elke zaterdag van 10.00 tot 16.00 uur", "altijd")]
"""The six afspraken's `wanneer` lines of the example, each printed in the veiligheidsplan."""


@pytest.mark.parametrize("groep", [GETIKT[:6], GETIKT[6:12], GETIKT[12:18]], ids=["1", "2", "3"])
def test_texts_yaml_would_type_are_printed_as_typed(tmp_path: Path, groep: list[str]) -> None:
    pad = tmp_path / "plan.yaml"
    pad.write_text(voorbeeld_met(*((plek, f"      wanneer: {tekst}\n") for plek, tekst in zip(
        PLEKKEN, groep, strict=True))), encoding="utf-8")
    paden = render_documenten(lees_plan(pad), tmp_path / "uit")
    tekst = tekst_van(next(p for p in paden if p.name.startswith("veiligheidsplan-")))
    for getikt in groep:
        assert re.search(rf"(?<![\w.:~+-]){re.escape(getikt)}(?![\w.:~+-])", tekst, re.IGNORECASE), getikt


@pytest.mark.parametrize(("regel", "vervanging"), [
    pytest.param("        gezag: true\n", "        gezag: ja\n", id="ja"),
    pytest.param("    raad_betrokken: false\n", "    raad_betrokken: nee\n", id="nee"),
    pytest.param("    raad_betrokken: false\n", "    raad_betrokken: off\n", id="off"),
    pytest.param("        gezag: true\n", "        gezag: True\n", id="True"),
])
def test_ja_and_nee_in_a_plan_file_are_yes_and_no(tmp_path: Path, regel: str, vervanging: str) -> None:
    pad = tmp_path / "plan.yaml"
    pad.write_text(voorbeeld_met((regel, vervanging)), encoding="utf-8")
    assert lees_plan(pad) == lees_plan(VOORBEELD)


@pytest.mark.parametrize(("regel", "vervanging", "verwacht"), [
    pytest.param("        gezag: true\n", "        gezag: misschien\n",
                 "gezag: moet ja of nee zijn (gevonden: 'misschien') (regel 22, kolom 16)", id="bool"),
    pytest.param(SANDRA, "        telefoon: tien-uur\n",
                 "zonder namen of andere woorden (regel 23, kolom 19)", id="phone-not-a-number"),
    pytest.param("\nversie: 1\n", "\nversie: een\n",
                 "versie: moet een geheel getal zijn (gevonden: 'een') (regel 4",
                 id="number"),
])
def test_a_value_the_model_cannot_type_is_refused_naming_it_and_its_place(
    tmp_path: Path, regel: str, vervanging: str, verwacht: str
) -> None:
    pad = tmp_path / "plan.yaml"
    pad.write_text(voorbeeld_met((regel, vervanging)), encoding="utf-8")
    with pytest.raises(OngeldigeInvoer) as fout:
        lees_plan(pad)
    assert verwacht in "\n".join(fout.value.details)
