"""The joint session starts from what each person said alone: nothing lost, order irrelevant."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from interview.merge.inbreng import maak_overzicht
from interview.merge.sessie import Sessie
from interview.model import Dossier
from tests.merge.spelers import dossiergegevens

tekst = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(
    lambda t: t.strip() != ""
)


@st.composite
def sessies(draw: st.DrawFn) -> list[Sessie]:
    """Several individual sessions with distinct ids, each with some attributed statements."""
    aantal = draw(st.integers(min_value=1, max_value=5))
    gevonden = []
    for nr in range(aantal):
        persoon = draw(st.sampled_from(["Sandra", "Mark", "Ria", "Lisa"]))
        antwoorden: dict[str, Any] = {
            "zorgen": [{"wat": t} for t in draw(st.lists(tekst, max_size=3))],
            "goed": [{"wat": t, "soort": "kracht"} for t in draw(st.lists(tekst, max_size=3))],
            "ideeen": [{"wat": t} for t in draw(st.lists(tekst, max_size=2))],
            "schaalscore": draw(st.integers(min_value=0, max_value=10)),
        }
        gevonden.append(Sessie(f"sessie-{nr}", "ouder", persoon, antwoorden, begin=f"2026-11-0{nr + 1}"))
    return gevonden


@settings(max_examples=60, deadline=None)
@given(sessies(), st.randoms())
def test_the_overview_does_not_depend_on_the_order_of_the_sessions(
    gevonden: list[Sessie], willekeur: Any
) -> None:
    dossier = Dossier.model_validate(dossiergegevens())
    geschud = list(gevonden)
    willekeur.shuffle(geschud)
    assert maak_overzicht(dossier, geschud) == maak_overzicht(dossier, gevonden)


@settings(max_examples=60, deadline=None)
@given(sessies())
def test_no_attributed_statement_is_lost(gevonden: list[Sessie]) -> None:
    overzicht = maak_overzicht(Dossier.model_validate(dossiergegevens()), gevonden)
    verwacht = sorted(
        (s.persoon, veld, item["wat"].strip())
        for s in gevonden for veld in ("zorgen", "goed", "ideeen") for item in s.antwoorden[veld]
    )
    veld_van = {"zorg": "zorgen", "goed": "goed", "idee": "ideeen"}
    gevonden_uitspraken = sorted((i.persoon, veld_van[i.soort], i.tekst) for i in overzicht.inbreng)
    assert gevonden_uitspraken == verwacht
    assert sorted(s.score for s in overzicht.scores) == sorted(
        s.antwoorden["schaalscore"] for s in gevonden)
