"""The walk a session takes step by step asks exactly what the whole walk, made afresh, would ask."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview.conduct.vragenlijst import Vragenlijst
from interview.conduct.wandeling import Stap, Wandeling, stappen
from tests.helpers import maak_vragenlijst

# Every way a step can depend on an earlier answer: yes/no, a choice, a multiple choice (bevat),
# age, a condition inside an item on the item's own answer and on an answer outside the list,
# and lists (with and without a minimum) inside lists.
VERTAKT = """
    id: vertakt
    titel: Vertakt
    vragen:
      - {id: begin, tekst: Begin, soort: janee}
      - {id: keuze, tekst: Keuze, soort: keuze, keuzes: [rood, groen], als: {vraag: begin, is: true}}
      - {id: wie, tekst: Wie, soort: meerkeuze, keuzes: [oma, opa]}
      - {id: jong, tekst: Jong, soort: kort, als: {leeftijd_onder: 12}}
      - id: zorgen
        tekst: Zorgen
        soort: lijst
        item: zorg
        min: 1
        vragen:
          - {id: wat, tekst: Wat, soort: kort}
          - {id: ernstig, tekst: Ernstig, soort: janee}
          - {id: hoe, tekst: Hoe, soort: kort, als: {vraag: ernstig, is: true}}
          - {id: groen, tekst: Groen, soort: kort, als: {vraag: keuze, niet: rood}}
          - id: acties
            tekst: Acties
            soort: lijst
            item: actie
            vragen:
              - {id: door, tekst: Door, soort: kort, als: {vraag: wie, bevat: oma}}
              - {id: wanneer, tekst: Wanneer, soort: kort}
      - {id: oma, tekst: Oma, soort: kort, als: {vraag: wie, bevat: oma}}
      - {id: slot, tekst: Slot, soort: keuze, keuzes: [rood, groen], als: {vraag: keuze, is: groen}}
"""


@pytest.fixture(scope="module")
def vertakt(tmp_path_factory: pytest.TempPathFactory) -> Vragenlijst:
    return maak_vragenlijst(tmp_path_factory.mktemp("stappen"), VERTAKT)


def antwoord_op(stap: Stap) -> st.SearchStrategy[Any]:
    """Any answer a person could give at this step, a skipped one (None) included."""
    if stap.pad.endswith("]?") or stap.vraag.soort == "janee":
        return st.booleans()
    if stap.vraag.soort == "keuze":
        return st.sampled_from([*stap.vraag.keuzes, None])
    if stap.vraag.soort == "meerkeuze":
        return st.lists(st.sampled_from(stap.vraag.keuzes), unique=True)
    return st.sampled_from(["ja", "", None])


def stappen_tot(wandeling: Wandeling, einde: int) -> list[Stap]:
    """The first `einde` steps of the walk taken step by step (fewer where it ends sooner)."""
    gezet = []
    for index in range(einde):
        stap = wandeling.stap(index)
        if stap is None:
            break
        gezet.append(stap)
    return gezet


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), leeftijd=st.sampled_from([None, 8, 15]))
def test_answering_going_back_and_changing_answers_asks_what_a_fresh_walk_would_ask(
    vertakt: Vragenlijst, data: st.DataObject, leeftijd: int | None
) -> None:
    staat: dict[str, Any] = {}
    wandeling = Wandeling(vertakt, staat, leeftijd)
    index = 0
    for _ in range(data.draw(st.integers(0, 40), label="beurten")):
        stap = wandeling.stap(index)
        if stap is None:
            break
        if index and data.draw(st.integers(0, 4), label="terug") == 0:  # back to an earlier question
            index = data.draw(st.integers(0, index - 1), label="naar")
            stap = wandeling.stap(index)
            assert stap is not None
        staat[stap.pad] = data.draw(antwoord_op(stap), label=stap.pad)
        wandeling.veranderd(stap.pad)
        index += 1
        heel = stappen(vertakt, staat, leeftijd)
        if data.draw(st.booleans(), label="alles bekijken"):  # the review looks at every step
            assert stappen_tot(wandeling, len(heel) + 1) == heel
        else:  # the next question alone, as a session asks it
            assert stappen_tot(wandeling, index + 1) == heel[:index + 1]

    assert stappen_tot(wandeling, 10_000) == stappen(vertakt, staat, leeftijd)


def test_an_answer_the_walk_has_not_looked_at_yet_keeps_the_steps_made(vertakt: Vragenlijst) -> None:
    staat: dict[str, Any] = {}
    wandeling = Wandeling(vertakt, staat, 15)
    eerste = wandeling.stap(0)
    assert eerste is not None and eerste.pad == "begin"

    staat["begin"] = True
    wandeling.veranderd("begin")

    assert wandeling.stap(0) is eerste
    assert [s.pad for s in stappen_tot(wandeling, 3)] == ["begin", "keuze", "wie"]


def test_an_earlier_answer_that_changes_the_route_changes_the_steps(vertakt: Vragenlijst) -> None:
    staat: dict[str, Any] = {"begin": True}
    wandeling = Wandeling(vertakt, staat, 15)
    assert [s.pad for s in stappen_tot(wandeling, 3)] == ["begin", "keuze", "wie"]

    staat["begin"] = False
    wandeling.veranderd("begin")

    assert [s.pad for s in stappen_tot(wandeling, 2)] == ["begin", "wie"]


def test_a_walk_with_no_answers_ends_where_the_whole_walk_ends(vertakt: Vragenlijst) -> None:
    heel = stappen(vertakt, {}, 8)

    assert stappen_tot(Wandeling(vertakt, {}, 8), len(heel) + 5) == heel
