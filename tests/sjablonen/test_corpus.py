"""The corpus: every planted mistake is found at its place, and good templates get no finding."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from interview.model import Plan
from interview.render.proefplannen import proefplannen
from interview.sjablonen.controle import controleer_sjabloon

CORPUS = Path(__file__).parent / "corpus"
VERWACHT: dict[str, list[dict[str, str]]] = json.loads((CORPUS / "verwacht.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def plannen() -> dict[str, Plan]:
    return proefplannen()


def test_the_corpus_holds_at_least_thirty_templates_and_fifteen_broken_ones() -> None:
    assert len(VERWACHT) >= 30
    assert sum(1 for bevindingen in VERWACHT.values() if bevindingen) >= 15
    assert sorted(VERWACHT) == sorted(p.name for p in CORPUS.glob("*.docx"))


@pytest.mark.parametrize("naam", sorted(VERWACHT))
def test_the_check_reports_exactly_the_planted_findings(naam: str, plannen: dict[str, Plan]) -> None:
    bevindingen = controleer_sjabloon("veiligheidsplan", CORPUS / naam, plannen)

    assert Counter(b.soort for b in bevindingen) == Counter(v["soort"] for v in VERWACHT[naam]), [
        b.regel() for b in bevindingen]
    for verwacht in VERWACHT[naam]:
        assert any(verwacht["waar"] in b.regel() for b in bevindingen if b.soort == verwacht["soort"]), (
            verwacht, [b.regel() for b in bevindingen])
