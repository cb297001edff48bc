"""Issue 17 point 4: a child's own safety plan is what the child said, in their session and at the
netwerkberaad; a contact ban asked at `vplan nieuw` keeps a person out of the child's version."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from interview.model import Plan
from interview.render.lezers import lezers
from interview.stappen.frame import Stapcontext
from interview.stappen.gesprek import individueel_gesprek
from interview.stappen.netwerkberaad import netwerkberaad
from interview.stappen.nieuw import nieuw_dossier
from interview.store import Werkmap
from tests.helpers import ANTWOORDEN, GESPREKKEN, KENMERK


def plan_van_de_meijers(tmp_path: Path, dossier: dict[str, Any] | None = None,
                        beraad: dict[str, Any] | None = None) -> Plan:
    """The Meijer family from `vplan nieuw` to plan version 1, all from answers files, with
    `dossier` and `beraad` answers changed."""
    werkmap = Werkmap(tmp_path / "werkmap")
    for naam, bestand, extra in (("dossier", "dossier", dossier), ("beraad", "netwerkberaad", beraad)):
        gegevens = yaml.safe_load((ANTWOORDEN / f"{bestand}.yaml").read_text(encoding="utf-8"))
        gegevens |= extra or {}
        (tmp_path / f"{naam}.yaml").write_text(yaml.safe_dump(gegevens, allow_unicode=True), encoding="utf-8")
    nieuw_dossier(Stapcontext(werkmap, lambda: None, tmp_path / "dossier.yaml", print))
    for naam, bestand in GESPREKKEN:
        individueel_gesprek(Stapcontext(werkmap, lambda: None, ANTWOORDEN / f"{bestand}.yaml", print),
                            KENMERK, naam)
    return netwerkberaad(Stapcontext(werkmap, lambda: None, tmp_path / "beraad.yaml", print),
                         KENMERK, lambda overzicht: None).plan


def test_what_the_child_said_in_her_session_and_at_the_netwerkberaad_is_her_own_plan(tmp_path: Path) -> None:
    plan = plan_van_de_meijers(tmp_path)

    [lisa] = plan.veiligheidsplan.kinderplannen
    assert (lisa.kind, lisa.veilig_bij) == ("Lisa", ["Eva", "Joke", "Tom Bos"])
    assert lisa.als_ik_bang_ben == [
        "Als ik bang ben, kruip ik bij mama.", "Als papa schreeuwt, bel ik oma Joke.",
        "Op school ga ik naar meester Tom."]
    assert lisa.herkomst.startswith("individueel gesprek van ")
    assert lisa.herkomst.endswith(" en netwerkberaad")
    assert plan.veiligheidsplan.voor_de_kinderen[0].akkoord_van == ["Eva", "Mark"]


def test_a_contact_ban_asked_at_vplan_nieuw_keeps_the_father_out_of_her_version(tmp_path: Path) -> None:
    verbod = {"wie": "Mark", "met": ["Lisa"], "van": "2026-11-01", "toelichting": "rechter"}
    beraad = {"kinderplannen": [{"kind": "Lisa", "veilig_bij": ["Mark", "Tom Bos"]}]}

    plan = plan_van_de_meijers(tmp_path, {"contactverboden": [verbod]}, beraad)

    assert [(c.wie, c.met, str(c.van), c.tot) for c in plan.dossier.contactverboden] == [
        ("Mark", ["Lisa"], "2026-11-01", None)]
    assert "Mark" in plan.veiligheidsplan.kinderplannen[0].veilig_bij
    [lisa] = [lezer for lezer in lezers(plan) if lezer.soort == "kinderversie"]
    assert [w.naam for w in lisa.wie_let_op] == ["Eva", "Joke", "Tom Bos"]
