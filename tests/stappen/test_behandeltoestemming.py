"""Consent for treatment is explained for the child chosen: an 8-year-old's own yes is not asked
for as if she were 12 (tester report item 9)."""

from __future__ import annotations

from pathlib import Path

import yaml

from interview.stappen.gesprek import individueel_gesprek
from interview.stappen.netwerkberaad import netwerkberaad
from interview.stappen.nieuw import nieuw_dossier
from interview.store import Werkmap
from tests.stappen.spelers import ANTWOORDEN, GESPREKKEN, KENMERK, Meekijker


def test_the_young_persons_own_consent_is_explained_for_a_child_under_12(tmp_path: Path) -> None:
    werkmap = Werkmap(tmp_path / "werkmap")
    nieuw_dossier(werkmap, lambda: None, ANTWOORDEN / "dossier.yaml", print)
    for naam, bestand in GESPREKKEN:
        individueel_gesprek(werkmap, KENMERK, naam, lambda: None, ANTWOORDEN / f"{bestand}.yaml", print)
    beraad = yaml.safe_load((ANTWOORDEN / "netwerkberaad.yaml").read_text(encoding="utf-8"))
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
