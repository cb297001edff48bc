"""The change step names an item's fields in Dutch on screen, never by their model name (issue 19.3)."""

from __future__ import annotations

from interview.model import Plan
from interview.stappen.wijzigingen import AANPASBAAR, VELDNAMEN, context_met_wijzigingen


def test_every_field_a_worker_can_change_has_a_dutch_name() -> None:
    assert {veld for velden in AANPASBAAR.values() for veld in velden} <= set(VELDNAMEN)


def test_the_fields_of_an_afspraak_are_offered_in_dutch(voorbeeld_plan: Plan) -> None:
    """Fails before issue 19: 'A1 controle_door (nu: …)' and 'A1 gevolg_bij_niet_nakomen (nu: …)'."""
    keuzes = dict(context_met_wijzigingen(voorbeeld_plan, {}).keuzelijsten["aanpasbare_velden"])

    assert keuzes["A1.controle_door"].startswith("A1 wie controleert (nu: ")
    assert keuzes["A1.gevolg_bij_niet_nakomen"].startswith("A1 wat er gebeurt als het niet lukt (nu: ")
    assert not any("_" in label.split(" (nu: ")[0] for label in keuzes.values())
