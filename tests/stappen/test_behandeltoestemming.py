"""Consent for treatment is explained for the child chosen: an 8-year-old's own yes is not asked
for as if she were 12 (tester report item 9)."""

from __future__ import annotations

from pathlib import Path

import yaml

from interview.stappen.netwerkberaad import netwerkberaad
from tests.stappen.spelers import (
    KENMERK,
    Meekijker,
    beraad_antwoorden,
    gesprekken_gehouden,
)


def test_the_young_persons_own_consent_is_explained_for_a_child_under_12(tmp_path: Path) -> None:
    werkmap = gesprekken_gehouden(tmp_path)
    beraad = beraad_antwoorden()
    del beraad["toestemming_behandeling"]  # typed at the table
    (tmp_path / "beraad.yaml").write_text(yaml.safe_dump(beraad, allow_unicode=True), encoding="utf-8")
    werker = Meekijker({
        "toestemming_behandeling[1]?": [True], "toestemming_behandeling[1].kind": ["Lisa"],
        "toestemming_behandeling[1].behandeling": ["Kindergroep"],
        "toestemming_behandeling[1].ouders": [["Eva", "Mark"]], "toestemming_behandeling[2]?": [False],
    })

    plan = netwerkberaad(werkmap, KENMERK, lambda: werker, tmp_path / "beraad.yaml",
                         werker.meld, lambda overzicht: None).plan

    uitleg = werker.koppen["toestemming_behandeling[1].jeugdige_akkoord"]
    assert uitleg.startswith("Lisa is ") and "onder 12 geven alleen de ouders met gezag toestemming" in uitleg
    assert [(t.kind, t.jeugdige_akkoord) for t in plan.ondersteuningsplan.toestemming_behandeling] == [
        ("Lisa", None)]
