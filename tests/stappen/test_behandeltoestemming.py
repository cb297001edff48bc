"""Consent for treatment fits the child chosen: a child under 12 is not asked for her own yes as if
she were 12 (tester report item 9, "Age ignored")."""

from __future__ import annotations

from pathlib import Path

import yaml

from interview.stappen.frame import Stapcontext
from interview.stappen.netwerkberaad import netwerkberaad
from tests.helpers import (
    KENMERK,
    Meekijker,
    beraad_antwoorden,
    gesprekken_gehouden,
)


def test_a_child_under_12_is_not_asked_for_her_own_consent(tmp_path: Path) -> None:
    werkmap = gesprekken_gehouden(tmp_path)
    beraad = beraad_antwoorden()
    del beraad["toestemming_behandeling"]  # typed at the table
    (tmp_path / "beraad.yaml").write_text(yaml.safe_dump(beraad, allow_unicode=True), encoding="utf-8")
    werker = Meekijker({
        "toestemming_behandeling[1]?": [True], "toestemming_behandeling[1].kind": ["Lisa"],
        "toestemming_behandeling[1].behandeling": ["Kindergroep"],
        "toestemming_behandeling[1].ouders": [["Eva", "Mark"]], "toestemming_behandeling[2]?": [False],
    })

    plan = netwerkberaad(Stapcontext(werkmap, lambda: werker, tmp_path / "beraad.yaml", werker.meld),
                         KENMERK, lambda overzicht: None).plan

    assert "toestemming_behandeling[1].ouders" in werker.koppen  # the card was asked
    assert "toestemming_behandeling[1].jeugdige_akkoord" not in werker.koppen
    assert [(t.kind, t.jeugdige_akkoord) for t in plan.ondersteuningsplan.toestemming_behandeling] == [
        ("Lisa", None)]
