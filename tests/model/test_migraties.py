"""A dossier stored by vplan before plans could live on (schema_versie 1) still opens, unchanged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from interview.fouten import BeschadigdBestand
from interview.model import SCHEMA_VERSIE
from interview.store import Werkmap

SCHEMA_1 = Path(__file__).resolve().parents[1] / "gegevens" / "werkmap-schema1"
KENMERK = "VP-2026-0042"


@pytest.fixture
def oude_werkmap(tmp_path: Path) -> Werkmap:
    """A copy of a werkmap written by vplan with schema_versie 1 (committed as it was written)."""
    return Werkmap(Path(shutil.copytree(SCHEMA_1, tmp_path / "werkmap")))


def bevat(nieuw: Any, oud: Any, pad: str = "") -> list[str]:
    """Paths where `nieuw` lost or changed something `oud` said; new keys in `nieuw` are fine.

    A child's `leeftijd` is computed on the day of reading, so it is not compared.
    """
    if isinstance(oud, dict) and isinstance(nieuw, dict):
        return [verschil for sleutel, waarde in oud.items() if sleutel != "leeftijd"
                for verschil in bevat(nieuw.get(sleutel, "<ontbreekt>"), waarde, f"{pad}.{sleutel}")]
    if isinstance(oud, list) and isinstance(nieuw, list) and len(oud) == len(nieuw):
        paren = enumerate(zip(nieuw, oud, strict=True))
        return [verschil for i, (n, o) in paren for verschil in bevat(n, o, f"{pad}[{i}]")]
    return [] if nieuw == oud else [pad]


def test_a_schema_1_plan_reads_as_the_same_plan_at_its_first_netwerkberaad(oude_werkmap: Werkmap) -> None:
    plan = oude_werkmap.lees_plan(KENMERK)
    oud = json.loads((oude_werkmap.pad / KENMERK / "plannen" / "plan-v1.json").read_text(encoding="utf-8"))
    assert bevat(plan.model_dump(mode="json"), oud) == [".schema_versie"]
    assert plan.schema_versie == SCHEMA_VERSIE == 2
    assert plan.aanleiding.soort == "netwerkberaad"
    assert plan.aanleiding.door == plan.dossier.werker.naam
    assert [(m.versie, m.datum) for m in plan.versiegeschiedenis] == [(1, plan.datum)]
    assert plan.veiligheidsplan.incidenten == []
    assert all(a.beeindigd is None for a in plan.veiligheidsplan.afspraken)


def test_reading_a_schema_1_dossier_leaves_its_files_byte_identical(oude_werkmap: Werkmap) -> None:
    bestanden = sorted(p for p in oude_werkmap.pad.rglob("*.json"))
    voor = {p: p.read_bytes() for p in bestanden}
    oude_werkmap.lees_dossier(KENMERK)
    oude_werkmap.lees_plan(KENMERK)
    assert {p: p.read_bytes() for p in bestanden} == voor


def test_a_new_version_can_be_stored_beside_a_schema_1_version(oude_werkmap: Werkmap) -> None:
    eerste = oude_werkmap.lees_plan(KENMERK)
    oude_werkmap.bewaar_plan(eerste.model_copy(update={"versie": 2}))
    assert oude_werkmap.versies(KENMERK) == [1, 2]
    assert oude_werkmap.lees_plan(KENMERK).schema_versie == SCHEMA_VERSIE


def test_a_file_from_a_newer_vplan_is_refused_in_dutch(oude_werkmap: Werkmap) -> None:
    pad = oude_werkmap.pad / KENMERK / "plannen" / "plan-v1.json"
    pad.write_text(pad.read_text(encoding="utf-8").replace('"schema_versie": 1', '"schema_versie": 3'),
                   encoding="utf-8")
    with pytest.raises(BeschadigdBestand, match="schemaversie 3; deze vplan leest versie 1 tot en met 2"):
        oude_werkmap.lees_plan(KENMERK)
