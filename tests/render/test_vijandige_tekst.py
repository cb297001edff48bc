"""Whatever a worker types comes out in Word exactly as typed, and never breaks the file."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview.model import Plan
from interview.render.tekst import maak_veilig
from interview.versieset import render_documenten
from tests.helpers import normaliseer, tekst_van

VIJANDIG = 'Let op: <b>vet</b> & "quotes" \'enkel\' {{ 7*7 }} {% if 1 %}x{% endif %} 😀 مرحبا עברית'


def met_afspraaktekst(plan: Plan, tekst: str) -> Plan:
    gegevens = plan.model_dump(mode="json")
    gegevens["veiligheidsplan"]["afspraken"][0]["wat"] = tekst
    gegevens["veiligheidsplan"]["afspraken"][0]["toelichting"] = tekst
    return Plan.model_validate(gegevens)


def test_markup_template_code_emoji_and_right_to_left_text_render_literally(
    voorbeeld_plan: Plan, tmp_path: Path
) -> None:
    vp, *_ = render_documenten(met_afspraaktekst(voorbeeld_plan, VIJANDIG), tmp_path)
    tekst = tekst_van(vp)
    assert VIJANDIG in tekst
    assert "49" not in tekst.replace("2026", "")


def test_control_characters_are_removed_and_the_rest_is_kept(
    voorbeeld_plan: Plan, tmp_path: Path
) -> None:
    tekst = "bel\x00 op\x07 tijd\x1b!\x0bmeteen"
    vp, *_ = render_documenten(met_afspraaktekst(voorbeeld_plan, tekst), tmp_path)
    assert "bel op tijd! meteen" in tekst_van(vp), "a vertical tab separates words: it becomes a space"


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=60).filter(lambda t: maak_veilig(t).strip()))
def test_any_text_renders_as_written_minus_control_characters(
    voorbeeld_plan: Plan, tmp_path_factory: object, tekst: str
) -> None:
    uit = tmp_path_factory.mktemp("uit")  # type: ignore[attr-defined]
    vp, *_ = render_documenten(met_afspraaktekst(voorbeeld_plan, tekst), uit)
    assert normaliseer(maak_veilig(tekst).strip()) in tekst_van(vp)
