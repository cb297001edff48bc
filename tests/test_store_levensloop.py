"""Signatures and receipts are kept beside the immutable plan versions, never inside them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from interview.fouten import BeschadigdBestand, DossierNietGevonden
from interview.model import Aanleiding, Plan
from interview.model.vaststelling import Handtekening, Ontvangst, status_van
from interview.store import Werkmap
from interview.wijzig import Wijzigingen, volgende_versie

KENMERK = "VP-2026-0042"
DAG = dt.date(2026, 11, 22)


@pytest.fixture
def werkmap(tmp_path: Path, voorbeeld_plan: Plan) -> Werkmap:
    werkmap = Werkmap(tmp_path / "werkmap")
    werkmap.maak_dossier(voorbeeld_plan.dossier)
    werkmap.bewaar_plan(voorbeeld_plan)
    return werkmap


def plannen(werkmap: Werkmap) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted((werkmap.pad / KENMERK / "plannen").iterdir())}


def test_signing_and_sending_leave_the_stored_version_byte_identical(werkmap: Werkmap) -> None:
    voor = plannen(werkmap)
    werkmap.voeg_handtekening_toe(KENMERK, Handtekening(versie=1, naam="Noor", oordeel="gezien", datum=DAG))
    werkmap.voeg_ontvangst_toe(KENMERK, Ontvangst(ontvanger="Ria", versie=1, datum=DAG, vorm="post"))
    assert plannen(werkmap) == voor
    assert [h.naam for h in werkmap.handtekeningen(KENMERK)] == ["Noor"]
    assert [o.ontvanger for o in werkmap.ontvangsten(KENMERK)] == ["Ria"]


def test_a_next_version_leaves_every_earlier_file_byte_identical(werkmap: Werkmap) -> None:
    voor = plannen(werkmap)
    eerste = werkmap.lees_plan(KENMERK)
    werkmap.bewaar_plan(volgende_versie(eerste, Wijzigingen(), Aanleiding(soort="correctie"), DAG))
    assert {p: b for p, b in plannen(werkmap).items() if p in voor} == voor
    assert werkmap.versies(KENMERK) == [1, 2]


def test_the_newest_signatures_decide_the_status_of_the_version_they_name(werkmap: Werkmap) -> None:
    for naam in ("Ilse de Wit", "Noor"):
        handtekening = Handtekening(versie=1, naam=naam, oordeel="akkoord", datum=DAG)
        werkmap.voeg_handtekening_toe(KENMERK, handtekening)
    assert status_van(werkmap.lees_plan(KENMERK), werkmap.handtekeningen(KENMERK)) == "vastgesteld"


def test_a_signature_for_a_version_that_does_not_exist_is_refused(werkmap: Werkmap) -> None:
    with pytest.raises(DossierNietGevonden, match="geen planversie 7"):
        werkmap.voeg_handtekening_toe(KENMERK, Handtekening(versie=7, naam="Noor", oordeel="akkoord",
                                                            datum=DAG))
    assert werkmap.handtekeningen(KENMERK) == []


def test_a_damaged_record_file_is_reported_not_skipped(werkmap: Werkmap) -> None:
    (werkmap.pad / KENMERK / "verspreiding.jsonl").write_text('{"schema_versie": 2, "ontvanger": ""}\n')
    with pytest.raises(BeschadigdBestand, match=r"verspreiding\.jsonl is beschadigd"):
        werkmap.ontvangsten(KENMERK)
