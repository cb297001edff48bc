"""The scale question is asked with the anchors the documents show, per age group."""

from __future__ import annotations

import pytest

from interview.conduct import laad_vragenlijst
from interview.model.schaal import SCHAALANKERS, Leeftijdsgroep
from interview.model.toestemming import KEUZES


@pytest.mark.parametrize(("vragenlijst", "vraag", "groep"), [
    ("ouder", "schaalscore", "volwassene"),
    ("netwerk", "schaalscore", "volwassene"),
    ("professional", "schaalscore", "volwassene"),
    ("jeugdige", "schaalscore", "jongere"),
    ("jeugdige", "schaal_kind", "kind"),
])
def test_each_scale_question_names_the_anchors_of_its_age_group(
    vragenlijst: str, vraag: str, groep: Leeftijdsgroep,
) -> None:
    gevonden = next(v for v in laad_vragenlijst(vragenlijst).vragen if v.id == vraag)
    nul, tien = SCHAALANKERS[groep]

    assert f"0 = {nul}" in gevonden.hulp and f"10 = {tien}" in gevonden.hulp


@pytest.mark.parametrize("vragenlijst", ["ouder", "netwerk", "jeugdige", "professional"])
def test_every_statement_asks_who_may_read_it_with_the_choices_the_merge_knows(vragenlijst: str) -> None:
    """Issue 17.2: the five levels, a professional's words too (fails on main for 'professional')."""
    vragen = laad_vragenlijst(vragenlijst).vragen
    lijsten = [v for v in vragen if v.veld in ("zorgen", "goed", "ideeen")]

    for delen in [*(next(v for v in lijst.vragen if v.id == "delen") for lijst in lijsten),
                  next(v for v in vragen if v.id == "schaal_delen")]:
        assert delen.keuzes == tuple(KEUZES) and not delen.verplicht


@pytest.mark.parametrize("vragenlijst", ["netwerkberaad"])  # the evaluation's score card: issue 19.1's test
def test_a_score_given_at_the_table_names_the_anchors_of_every_age_group(vragenlijst: str) -> None:
    """Tester report item 9: a 14-year-old at the netwerkberaad is not asked with the adults' words."""
    lijst = next(v for v in laad_vragenlijst(vragenlijst).vragen if v.id == "schaalvragen")
    score = next(v for v in lijst.vragen if v.id == "score")

    for nul, tien in SCHAALANKERS.values():
        assert f"0 = {nul}" in score.hulp and f"10 = {tien}" in score.hulp
