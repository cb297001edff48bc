"""Issue 19, nothing typed twice: whom a child said in their own session they go to when scared
starts that child's noodplan line at the netwerkberaad (the Meijer dossier: Lisa named her mother Eva
and oma Joke)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from interview.model import Plan
from interview.model.dossier import Contactverbod
from interview.stappen.frame import Stapcontext
from interview.stappen.netwerkberaad import netwerkberaad
from interview.store import Werkmap
from tests.helpers import KENMERK, beraad_antwoorden, gesprekken_gehouden


def _beraad(tmp_path: Path, werkmap: Werkmap, noodplan: list[dict[str, Any]]) -> Plan:
    beraad = beraad_antwoorden() | {"noodplan": noodplan}
    antwoorden = tmp_path / "netwerkberaad.yaml"
    antwoorden.write_text(yaml.safe_dump(beraad, allow_unicode=True), encoding="utf-8")
    return netwerkberaad(Stapcontext(werkmap, lambda: None, antwoorden, print), KENMERK, lambda o: None).plan


def test_a_childs_noodplan_line_starts_from_whom_the_child_named_in_the_session(tmp_path: Path) -> None:
    """Lisa's line needs only its situation: she is who acts, oma Joke (the network member she
    named, not her mother at home) whom she calls, with Joke's number; the next line calls 112.
    Fails before: 'Wie komt in actie?' and 'Wie wordt er gebeld?' started empty on the first line."""
    plan = _beraad(tmp_path, gesprekken_gehouden(tmp_path),
                   [{"wanneer": "Als papa en mama ruzie maken"}, {"wie": "Joke", "wanneer": "Bij gevaar"}])

    assert [(r.wie, r.wanneer, r.belt, r.telefoon) for r in plan.veiligheidsplan.noodplan] == [
        ("Lisa", "Als papa en mama ruzie maken", "oma Joke", "06 2222 0003"),
        ("Joke", "Bij gevaar", "112", "112")]


def test_nobody_under_a_contact_ban_is_offered_to_call(tmp_path: Path) -> None:
    """Joke under a contact ban with Lisa since today: Lisa's line offers her mother Eva instead."""
    werkmap = gesprekken_gehouden(tmp_path)
    dossier = werkmap.lees_dossier(KENMERK)
    verbod = {"wie": "Joke", "van": dt.date.today(), "met": ["Lisa"]}
    verboden = [Contactverbod.model_validate(verbod)]
    werkmap.schrijf_dossier(dossier.model_copy(update={"contactverboden": verboden}))

    plan = _beraad(tmp_path, werkmap, [{"wanneer": "Als papa en mama ruzie maken"}])

    regel = plan.veiligheidsplan.noodplan[0]
    assert (regel.wie, regel.belt) == ("Lisa", "Eva")
