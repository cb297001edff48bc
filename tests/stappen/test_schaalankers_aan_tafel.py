"""A score given at the netwerkberaad is asked with the words of the chosen person's age group,
not the adult wording for a child (tester report item 9, "Age ignored")."""

from __future__ import annotations

from pathlib import Path

import yaml

from interview.model.schaal import SCHAALANKERS
from interview.stappen.frame import Stapcontext
from interview.stappen.netwerkberaad import netwerkberaad
from tests.helpers import KENMERK, Meekijker, beraad_antwoorden, gesprekken_gehouden


def test_each_score_at_the_table_is_asked_with_the_anchors_of_the_persons_age(tmp_path: Path) -> None:
    werkmap = gesprekken_gehouden(tmp_path)
    beraad = beraad_antwoorden()
    del beraad["schaalvragen"]  # asked at the table
    (tmp_path / "beraad.yaml").write_text(yaml.safe_dump(beraad, allow_unicode=True), encoding="utf-8")
    werker = Meekijker({
        "schaalvragen[1]?": [True], "schaalvragen[1].naam": ["Lisa"], "schaalvragen[1].score": [4],
        "schaalvragen[2]?": [True], "schaalvragen[2].naam": ["Eva"], "schaalvragen[2].score": [6],
        "schaalvragen[3]?": [False],
    })

    plan = netwerkberaad(Stapcontext(werkmap, lambda: werker, tmp_path / "beraad.yaml", werker.meld),
                         KENMERK, lambda overzicht: None).plan

    kind, volwassene = SCHAALANKERS["kind"], SCHAALANKERS["volwassene"]
    lisa, eva = werker.koppen["schaalvragen[1].score"], werker.koppen["schaalvragen[2].score"]
    assert lisa.startswith("Lisa is ") and f"0 = {kind[0]}; 10 = {kind[1]}" in lisa
    assert volwassene[0] not in lisa
    assert eva == f"Eva: vraag het zo: 0 = {volwassene[0]}; 10 = {volwassene[1]}."
    aan_tafel = [(s.naam, s.score, s.leeftijdsgroep) for s in plan.veiligheidsplan.schaalvragen][-2:]
    assert aan_tafel == [("Lisa", 4, "kind"), ("Eva", 6, "volwassene")]  # the sessions' scores come first
