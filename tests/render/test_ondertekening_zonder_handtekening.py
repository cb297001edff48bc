"""Nobody has signed until `vplan vaststellen` records it: the documents say so (tester report item 1)."""

from __future__ import annotations

from typing import Any

from interview.model import Plan
from interview.model.vaststelling import Vastlegging
from interview.render.planverloop import levensloop


def oordelen(plan: Plan) -> dict[str, str]:
    """Per signer, the oordeel the Ondertekening table shows."""
    return {o.naam: o.oordeel for o in levensloop(plan, None, Vastlegging())["ondertekenaars"]}


def concept_met_ondertekenaars(voorbeeld_plan: Plan, ondertekening: list[dict[str, Any]]) -> Plan:
    gegevens = voorbeeld_plan.model_dump(mode="json")
    return Plan.model_validate({**gegevens, "status": "concept", "ondertekening": ondertekening})


def test_signers_named_at_the_netwerkberaad_have_not_agreed_yet(voorbeeld_plan: Plan) -> None:
    plan = concept_met_ondertekenaars(voorbeeld_plan, [{"naam": "Sandra", "rol": "moeder"},
                                                       {"naam": "Ria", "rol": "oma"}])
    # The regiehouder and Noor (14) must sign and stand first, open (issue 19.5), then the ticked ones.
    assert oordelen(plan) == {"Ilse de Wit": "", "Noor": "", "Sandra": "", "Ria": ""}
    assert list(oordelen(plan)) == ["Ilse de Wit", "Noor", "Sandra", "Ria"]


def test_a_plan_stored_with_the_old_default_akkoord_shows_no_oordeel_without_a_record(
    voorbeeld_plan: Plan,
) -> None:
    oud = {"naam": "Sandra", "rol": "moeder", "oordeel": "akkoord"}
    plan = concept_met_ondertekenaars(voorbeeld_plan, [oud])
    assert oordelen(plan)["Sandra"] == ""


def test_a_plan_file_signed_at_the_netwerkberaad_keeps_its_oordelen(voorbeeld_plan: Plan) -> None:
    assert voorbeeld_plan.status == "vastgesteld"
    assert oordelen(voorbeeld_plan)["Ronald"] == "gezien"
    assert oordelen(voorbeeld_plan)["Sandra"] == "akkoord"
