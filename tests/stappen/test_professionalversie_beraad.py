"""At the netwerkberaad a teacher on the list is given the professionalversie by role, and the worker
marks only what differs: here the meldcode, needed for the teacher's task (issue 17.1)."""

from __future__ import annotations

from pathlib import Path

import yaml

from interview.model.lezersdeel import voor_lezer
from interview.render.lezers import leesrecht, lezers
from interview.stappen.frame import Stapcontext
from interview.stappen.netwerkberaad import netwerkberaad
from tests.helpers import KENMERK, beraad_antwoorden, gesprekken_gehouden


def test_a_teacher_gets_a_professionalversie_with_what_the_worker_marked_needed(tmp_path: Path) -> None:
    """Fails on main: the teacher was given both full plans, and no part could be marked needed."""
    werkmap = gesprekken_gehouden(tmp_path)
    beraad = beraad_antwoorden()
    beraad["ontvangers"] = [*beraad["ontvangers"], "Tom Bos"]
    afwijkend = {"wie": ["Tom Bos"], "nodig": ["meldcode"]}
    beraad["afwijkende_ontvangst"] = [*beraad["afwijkende_ontvangst"], afwijkend]
    (tmp_path / "beraad.yaml").write_text(yaml.safe_dump(beraad, allow_unicode=True), encoding="utf-8")

    plan = netwerkberaad(Stapcontext(werkmap, lambda: None, tmp_path / "beraad.yaml", print),
                         KENMERK, lambda overzicht: None).plan

    tom = next(regel for regel in plan.verspreidingslijst if regel.naam == "Tom Bos")
    assert (tom.documenten, tom.nodig) == (["professionalversie"], ["meldcode"])
    assert [(lz.soort, lz.naam) for lz in lezers(plan) if lz.soort == "professionalversie"] == [
        ("professionalversie", "Tom Bos")]
    beeld = voor_lezer(plan, leesrecht(plan, "professionalversie", "Tom Bos"))
    assert plan.dossier.meldcode is not None and beeld.dossier.meldcode == plan.dossier.meldcode
    assert plan.dossier.risicotaxatie is not None and beeld.dossier.risicotaxatie is None
