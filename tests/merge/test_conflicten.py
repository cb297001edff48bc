"""Sessions that give one person different phone numbers are a conflict the worker settles."""

from __future__ import annotations

from interview.merge.conflicten import los_conflicten_op
from interview.merge.inbreng import maak_overzicht
from interview.merge.sessie import Sessie
from interview.model import Dossier
from tests.merge.spelers import dossiergegevens


def test_two_sessions_that_give_different_phone_numbers_for_one_person_are_a_conflict() -> None:
    dossier = Dossier.model_validate(dossiergegevens())
    sandra = Sessie("s1", "ouder", "Sandra", {"telefoon": "06-00000001",
                                               "netwerk": [{"naam": "Ria", "relatie": "oma",
                                                            "telefoon": "06-00000009"}]})
    mark = Sessie("s2", "ouder", "Mark", {"netwerk": [{"naam": "Ria", "relatie": "moeder",
                                                         "telefoon": "06-0000 0003"}]})
    conflicten = maak_overzicht(dossier, [sandra, mark]).conflicten
    assert [c.persoon for c in conflicten] == ["Ria"]
    assert {w for w, _ in conflicten[0].waarden} == {"06-0000 0003", "06-00000009"}  # as written
    opgelost = los_conflicten_op(dossier, {"Ria": "06-00000009"})
    assert opgelost.netwerk[0].telefoon == "06-00000009"
