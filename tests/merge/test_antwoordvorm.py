"""A journal edited by hand: what the overview cannot read, it names instead of dropping."""

from __future__ import annotations

import pytest

from interview.merge.inbreng import maak_overzicht
from interview.merge.sessie import Sessie
from interview.model import Dossier
from tests.merge.spelers import dossiergegevens


def test_answers_of_the_wrong_form_are_named_not_silently_left_out() -> None:
    """A journal edited by hand: what the overview cannot show, it says it leaves out."""
    dossier = Dossier.model_validate(dossiergegevens())
    sandra = Sessie("gesprek-001", "ouder", "Sandra", {
        "zorgen": [{"wat": "Mark drinkt"}, 42, {"wat": "Lisa slaapt slecht"}],
        "goed": "Oma helpt",
        "schaalscore": "zeven",
        "netwerk": ["Ria", {"naam": "Kees", "relatie": "oom", "telefoon": 612345678}],
        "telefoon": 612345678,
    })
    overzicht = maak_overzicht(dossier, [sandra])
    assert overzicht.weggelaten == tuple(
        f"Let op: in het gesprek met Sandra (gesprek-001) is het antwoord op '{pad}' geen {verwacht}; "
        "het staat niet in het overzicht."
        for pad, verwacht in [
            ("schaalscore", "geheel getal van 0 tot en met 10"),
            ("telefoon", "tekst"),
            ("zorgen[2]", "uitspraak (tekst)"),
            ("goed", "lijst"),
            ("netwerk[1]", "persoon met naam (en relatie en telefoon als tekst)"),
            ("netwerk[2]", "persoon met naam (en relatie en telefoon als tekst)"),
        ]
    )
    # What is in the right form stays, under the key it always had.
    assert [(i.sleutel, i.tekst) for i in overzicht.inbreng] == [
        ("Sandra/zorgen/1", "Mark drinkt"), ("Sandra/zorgen/3", "Lisa slaapt slecht")]
    assert overzicht.scores == ()
    assert overzicht.netwerk_suggesties == ()


@pytest.mark.parametrize("score", [True, 11, -1, 7.0])
def test_a_score_outside_the_scale_is_named_too(score: object) -> None:
    sessie = Sessie("gesprek-001", "ouder", "Mark", {"schaalscore": score})
    overzicht = maak_overzicht(Dossier.model_validate(dossiergegevens()), [sessie])
    assert overzicht.scores == ()
    assert len(overzicht.weggelaten) == 1 and "'schaalscore'" in overzicht.weggelaten[0]
