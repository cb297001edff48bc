"""Vaststellen and verstuurd: who must still sign a version, and who has not yet received it."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from interview.model import Plan
from interview.model.vaststelling import (
    Handtekening,
    Ontvangst,
    nog_niet_ontvangen,
    nog_te_tekenen,
    status_van,
    te_tekenen,
)

DAG = dt.date(2026, 11, 22)


def teken(naam: str, oordeel: str = "akkoord", versie: int = 1, reden: str = "") -> Handtekening:
    return Handtekening.model_validate({"versie": versie, "naam": naam, "oordeel": oordeel,
                                        "reden": reden, "datum": DAG})


def test_the_regiehouder_and_every_young_person_of_12_or_more_must_sign(voorbeeld_plan: Plan) -> None:
    """Noor is 14 on the plan's date and signs on her own line; Daan (8) does not have to."""
    assert te_tekenen(voorbeeld_plan) == ["Ilse de Wit", "Noor"]


def test_a_child_turning_12_after_the_plan_date_is_not_yet_asked(voorbeeld_plan: Plan) -> None:
    jonger = voorbeeld_plan.model_copy(update={"datum": dt.date(2024, 6, 1)})
    assert te_tekenen(jonger) == ["Ilse de Wit"]


def test_the_version_is_vastgesteld_once_every_required_person_answered(voorbeeld_plan: Plan) -> None:
    getekend = [teken("Sandra"), teken("Ilse de Wit")]
    assert nog_te_tekenen(voorbeeld_plan, getekend) == ["Noor"]
    assert status_van(voorbeeld_plan, getekend) == "concept"
    getekend.append(teken("Noor", "niet akkoord", reden="Ik wil op zaterdag niet naar papa."))
    assert nog_te_tekenen(voorbeeld_plan, getekend) == []
    assert status_van(voorbeeld_plan, getekend) == "vastgesteld"


def test_a_signature_for_another_version_does_not_count(voorbeeld_plan: Plan) -> None:
    getekend = [teken("Ilse de Wit", versie=2), teken("Noor", versie=2)]
    assert nog_te_tekenen(voorbeeld_plan, getekend) == ["Ilse de Wit", "Noor"]


def test_niet_akkoord_without_a_reason_is_refused() -> None:
    with pytest.raises(ValidationError, match="zeg bij 'niet akkoord' ook waarom"):
        teken("Ronald", "niet akkoord")


def test_who_has_not_yet_received_the_newest_version(voorbeeld_plan: Plan) -> None:
    tweede = voorbeeld_plan.model_copy(update={"versie": 2})
    ontvangsten = [Ontvangst(ontvanger="Sandra", versie=2, datum=DAG, vorm="mondeling"),
                   Ontvangst(ontvanger="Ronald", versie=1, datum=DAG, vorm="post")]
    assert "Sandra" not in nog_niet_ontvangen(tweede, ontvangsten)
    assert nog_niet_ontvangen(tweede, ontvangsten)[:2] == ["Ronald", "Noor"]
    assert len(nog_niet_ontvangen(tweede, ontvangsten)) == len(tweede.verspreidingslijst) - 1
