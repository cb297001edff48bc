"""Steps typed with their own number are not numbered twice in the documents (tester report item 9)."""

from __future__ import annotations

import pytest

from interview.model import Plan


def met_stappen(voorbeeld_plan: Plan, stappen: list[str]) -> Plan:
    gegevens = voorbeeld_plan.model_dump(mode="json")
    gegevens["veiligheidsplan"]["afspraken"][0]["stappen"] = stappen
    return Plan.model_validate(gegevens)


@pytest.mark.parametrize(("getypt", "in_het_plan"), [
    ("1. Zeg: ik ga even weg.", "Zeg: ik ga even weg."),
    ("2) Loop naar buiten.", "Loop naar buiten."),
    ("Stap 3: Bel oma.", "Bel oma."),
    ("12.30 uur: Daan belt.", "12.30 uur: Daan belt."),
    ("3-4 keer per week bellen.", "3-4 keer per week bellen."),
    ("2 keer per dag even bellen.", "2 keer per dag even bellen."),
])
def test_a_number_typed_in_front_of_a_step_is_left_to_the_document(
    voorbeeld_plan: Plan, getypt: str, in_het_plan: str,
) -> None:
    plan = met_stappen(voorbeeld_plan, [getypt])

    assert plan.veiligheidsplan.afspraken[0].stappen == [in_het_plan]
