"""Issue 17.6: the gezinsversie carries the bodemeisen, the doel and what happens if the plan is not
kept, in plain words (B1): no professional word goes unexplained."""

from __future__ import annotations

import pytest

from interview.render.proefplannen import volledig_plan
from interview.versieset import render_documenten
from tests.helpers import leestekst


@pytest.fixture(scope="module")
def gezinsversie(tmp_path_factory: pytest.TempPathFactory) -> str:
    paden = render_documenten(volledig_plan(), tmp_path_factory.mktemp("voorbeeld"))
    return leestekst(next(pad for pad in paden if pad.name.startswith("gezinsversie-")))


def test_the_gezinsversie_says_what_we_want_to_reach_and_what_always_holds(gezinsversie: str) -> None:
    plan = volledig_plan()
    assert f"Wat willen we bereiken {plan.veiligheidsplan.doel}" in gezinsversie
    assert "Wat altijd moet Dit zijn de regels die altijd gelden. Hierover praten we niet." in gezinsversie
    for bodemeis in plan.veiligheidsplan.bodemeisen:
        assert f"{bodemeis.id}: {bodemeis.omschrijving}" in gezinsversie


def test_the_gezinsversie_says_what_happens_if_the_plan_is_not_kept(gezinsversie: str) -> None:
    assert "Wat gebeurt er als het plan niet lukt" in gezinsversie
    assert "Veilig Thuis is de organisatie die helpt als er geweld is in een gezin." in gezinsversie
    assert "De Raad onderzoekt of de kinderen meer bescherming nodig hebben." in gezinsversie
    assert volledig_plan().veiligheidsplan.kader in gezinsversie


def test_no_professional_word_goes_unexplained(gezinsversie: str) -> None:
    tekst = gezinsversie.lower()
    assert "advies of melding" not in tekst and "overdracht" not in tekst
    # Past the title block's label, the first sentence that uses the word explains it.
    uitleg = tekst.index("houdt dit plan bij. we noemen die persoon de regiehouder.")
    assert "regiehouder" not in tekst[tekst.index("afspraak we praten."):uitleg]
