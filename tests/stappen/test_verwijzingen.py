"""Issue 8 item 2: references are picked from the items that exist, those of this session included."""

from __future__ import annotations

from interview.model import Plan
from interview.stappen.wijzigingen import keuzelijsten


def test_a_new_afspraak_in_an_evaluation_can_serve_the_new_zorg_typed_minutes_earlier(
    voorbeeld_plan: Plan,
) -> None:
    zojuist = {"nieuwe_zorgen[1]?": True, "nieuwe_zorgen[1].titel": "Geldzorgen",
               "nieuwe_bodemeisen[1]?": True,
               "nieuwe_bodemeisen[1].omschrijving": "Er is elke week eten in huis."}

    te_dienen = keuzelijsten(voorbeeld_plan)["te_dienen"](zojuist)

    assert te_dienen[-2:] == [("Z4", "Z4: Geldzorgen"), ("B3", "B3: Er is elke week eten in huis.")]
    assert ("Z1", "Z1: " + voorbeeld_plan.veiligheidsplan.zorgen[0].titel) in te_dienen


def test_an_item_taken_back_or_never_made_cannot_be_picked(voorbeeld_plan: Plan) -> None:
    teruggenomen = {"nieuwe_zorgen[1]?": False, "nieuwe_zorgen[1].titel": "Toch niet"}

    lijsten = keuzelijsten(voorbeeld_plan)

    assert [nummer for nummer, _ in lijsten["lopende_zorgen"](teruggenomen)] == ["Z1", "Z2", "Z3"]
    assert not any(nummer in ("Z4", "D4", "B3", "O4") for nummer, _ in lijsten["te_dienen"]({}))
