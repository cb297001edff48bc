"""The ondersteuningsplan needs a zorg: the question says so when asked, and a plan still without
one names the question in the worker's words and asks it again (tester report item 2)."""

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


def test_a_plan_without_a_zorg_for_the_ondersteuningsplan_asks_for_one_in_plain_words(tmp_path: Path) -> None:
    werkmap = gesprekken_gehouden(tmp_path)
    beraad = beraad_antwoorden()
    del beraad["op_zorgen_uit_gesprekken"], beraad["op_zorgen"]  # typed at the table instead
    (tmp_path / "beraad.yaml").write_text(yaml.safe_dump(beraad, allow_unicode=True), encoding="utf-8")
    werker = Meekijker({
        "op_zorgen[1]?": [False, True, True],  # the list ended empty; after the message: yes, one
        "op_zorgen[1].omschrijving": ["Lisa slaapt slecht na een overdracht."],
        "op_zorgen[1].beschreven_door": [["Eva"]], "op_zorgen[2]?": [False],
    })

    plan = netwerkberaad(Stapcontext(werkmap, lambda: werker, tmp_path / "beraad.yaml", werker.meld),
                         KENMERK, lambda overzicht: None).plan

    assert "Verplicht: het ondersteuningsplan heeft minstens één zorg nodig" in werker.koppen[
        "op_zorgen[1].omschrijving"]
    assert "  - Zorgen voor het ondersteuningsplan, volgens de groep: moet minstens 1 item(s) bevatten" in (
        werker.meldingen)
    assert not any("ondersteuningsplan.zorgen" in melding for melding in werker.meldingen)
    zorgen = [z.omschrijving for z in plan.ondersteuningsplan.zorgen]
    assert zorgen == ["Lisa slaapt slecht na een overdracht."]
