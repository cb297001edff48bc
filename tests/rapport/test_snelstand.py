"""The overview's quick reader gives the Stand the store's validated reading gives, or leaves it to the store.

`vplan overzicht` over thousands of dossiers reads only the keys it shows (interview.rapport.snelstand);
whatever vplan writes, the two readings must be equal, and for files vplan does not write today (an
older schema, a hand-edited layout, a damaged line) the quick reader steps aside rather than judge.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from interview.conduct import journaal
from interview.model import SCHEMA_VERSIE
from interview.model.vaststelling import ZELF_TEKENEN_VANAF, Handtekening, Ontvangst
from interview.rapport import snelstand
from interview.rapport.snelstand import snelle_stand
from interview.rapport.stand import lees_stand
from interview.store import Werkmap
from tests.helpers import VANDAAG, documenten, maak_dossier, plan_voor, sessie, stel_vast

GEWOON, GETEKEND, HALF, HEROPEND, AFGEBROKEN, INCIDENT, TWAALF, GEEN_PLAN = (
    f"VP-2026-010{n}" for n in range(8))


def _plan_met_kind_van_twaalf(kenmerk: str) -> dict[str, object]:
    """A child who turned 12 exactly on the plan's date: from then on signs on their own line."""
    plan = plan_voor(kenmerk).model_dump(mode="json")
    datum = dt.date.fromisoformat(plan["datum"])
    plan["dossier"]["gezin"]["kinderen"][1]["geboortedatum"] = str(datum.replace(year=datum.year - 12))
    return plan


@pytest.fixture
def werkmap(tmp_path: Path) -> Werkmap:
    from interview.model import Plan

    werkmap = Werkmap(tmp_path / "werkmap")
    maak_dossier(werkmap, plan_voor(GEWOON))
    documenten(tmp_path / "output", maak_dossier(werkmap, plan_voor(GETEKEND)))
    stel_vast(werkmap, werkmap.lees_plan(GETEKEND))
    maak_dossier(werkmap, plan_voor(HALF, termijn_over=-2, dagen_tot_evaluatie=-1))
    werkmap.voeg_handtekening_toe(HALF, Handtekening(versie=1, naam="Ilse de Wit", oordeel="gezien",
                                                     datum=VANDAAG))
    werkmap.voeg_ontvangst_toe(HALF, Ontvangst(ontvanger="Sandra", versie=1, datum=VANDAAG, vorm="digitaal"))
    maak_dossier(werkmap, plan_voor(HEROPEND))
    journaal.heropen(sessie(werkmap, HEROPEND, "gesprek-001", "ouder", persoon="Sandra"))
    maak_dossier(werkmap, plan_voor(AFGEBROKEN))
    afgebroken = sessie(werkmap, AFGEBROKEN, "gesprek-001", "ouder", persoon="Sandra", minuten=[3, 4])
    with afgebroken.open("a", encoding="utf-8") as bestand:
        bestand.write('{"soort": "antw')
    maak_dossier(werkmap, plan_voor(INCIDENT))
    sessie(werkmap, INCIDENT, "incident-v1-001", "incident", afgerond=False)
    sessie(werkmap, INCIDENT, "netwerkberaad-001", "netwerkberaad")
    maak_dossier(werkmap, Plan.model_validate(_plan_met_kind_van_twaalf(TWAALF)))
    maak_dossier(werkmap, plan_voor(GEEN_PLAN), met_plan=False)
    sessie(werkmap, GEEN_PLAN, "gesprek-001", "ouder", persoon="Sandra", afgerond=False)
    return werkmap


def test_every_dossier_vplan_writes_reads_quickly_as_the_store_reads_it(werkmap: Werkmap) -> None:
    uitvoer = werkmap.pad.parent / "output"
    for kenmerk in werkmap.kenmerken():
        snel = snelle_stand(werkmap, kenmerk, uitvoer)

        assert snel is not None, kenmerk
        assert snel == lees_stand(werkmap, kenmerk, uitvoer), kenmerk
    twaalf, heropend = (snelle_stand(werkmap, k, uitvoer) for k in (TWAALF, HEROPEND))
    assert twaalf and twaalf.nog_te_tekenen == 3  # the regiehouder, Noor (14) and Daan, 12 that day
    assert heropend and heropend.open_sessies == ("individueel gesprek",)


def _compact(plan: Path) -> None:
    plan.write_text(json.dumps(json.loads(plan.read_text(encoding="utf-8"))), encoding="utf-8")


def _oud_schema(plan: Path) -> None:
    plan.write_text(plan.read_text(encoding="utf-8").replace('"schema_versie": 2', '"schema_versie": 1', 1),
                    encoding="utf-8")


def _kapot_midden(plan: Path) -> None:
    tekst = plan.read_text(encoding="utf-8")
    plan.write_text(tekst.replace('"versie": 1,', '"versie": "een",', 1), encoding="utf-8")


def _andere_kenmerk(plan: Path) -> None:
    plan.write_text(plan.read_text(encoding="utf-8").replace(GEWOON, "VP-2026-9999"), encoding="utf-8")


def _sleutel_dubbel(plan: Path) -> None:
    tekst = plan.read_text(encoding="utf-8")
    dubbel = tekst.replace('\n  "versie": 1,', '\n  "versie": 1,\n  "versie": 7,', 1)
    plan.write_text(dubbel, encoding="utf-8")


@pytest.mark.parametrize("verander", [_compact, _oud_schema, _kapot_midden, _andere_kenmerk, _sleutel_dubbel])
def test_a_plan_not_as_vplan_writes_it_today_is_left_to_the_store(
        werkmap: Werkmap, verander: Callable[[Path], None]) -> None:
    uitvoer = werkmap.pad.parent / "output"
    verander(werkmap.dossier_map(GEWOON) / "plannen" / "plan-v1.json")

    assert snelle_stand(werkmap, GEWOON, uitvoer) is None


def test_a_journal_copied_from_another_dossier_is_left_to_the_store(werkmap: Werkmap) -> None:
    uitvoer = werkmap.pad.parent / "output"
    eigen = werkmap.dossier_map(INCIDENT) / "sessies" / "netwerkberaad-001.jsonl"
    (werkmap.dossier_map(GEWOON) / "sessies").mkdir(exist_ok=True)
    (werkmap.dossier_map(GEWOON) / "sessies" / "netwerkberaad-001.jsonl").write_bytes(eigen.read_bytes())

    assert snelle_stand(werkmap, GEWOON, uitvoer) is None
    assert "hoort bij een ander dossier" in (lees_stand(werkmap, GEWOON, uitvoer).fout or "")


def test_the_quick_reader_knows_the_schemas_and_rules_of_today() -> None:
    assert (snelstand.SCHEMA, snelstand.JOURNAALSCHEMA) == (SCHEMA_VERSIE, journaal.SCHEMA_VERSIE)
    assert snelstand.ZELF_TEKENEN_VANAF == ZELF_TEKENEN_VANAF
