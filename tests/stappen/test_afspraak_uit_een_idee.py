"""An afspraak made from an idea of the sessions starts from that idea's words (tester report item 9)."""

from __future__ import annotations

from pathlib import Path

import yaml

from interview.stappen.frame import Stapcontext
from interview.stappen.netwerkberaad import netwerkberaad
from tests.helpers import KENMERK, beraad_antwoorden, gesprekken_gehouden


def test_the_idea_picked_as_vertrekpunt_fills_in_what_the_afspraak_is(tmp_path: Path) -> None:
    werkmap = gesprekken_gehouden(tmp_path)
    beraad = beraad_antwoorden()
    del beraad["afspraken"][0]["wat"]  # Eva's idea chosen, its words confirmed with Enter
    antwoorden = tmp_path / "netwerkberaad.yaml"
    antwoorden.write_text(yaml.safe_dump(beraad, allow_unicode=True), encoding="utf-8")

    plan = netwerkberaad(Stapcontext(werkmap, lambda: None, antwoorden, print), KENMERK, lambda o: None).plan

    a1 = next(a for a in plan.veiligheidsplan.afspraken if a.id == "A1")
    assert a1.wat == "Mark haalt Lisa op bij oma Joke in plaats van bij mij."
    assert a1.herkomst is not None and a1.herkomst.persoon == "Eva"


def test_an_idea_can_become_a_bodemeis_too(tmp_path: Path) -> None:
    """Issue 19.2: an idea from the sessions can become a bodemeis as well as an afspraak."""
    werkmap = gesprekken_gehouden(tmp_path)
    beraad = beraad_antwoorden()
    idee = beraad["afspraken"][0]["vertrekpunt"]
    beraad["bodemeisen"][0] |= {"vertrekpunt": idee}
    antwoorden = tmp_path / "netwerkberaad.yaml"
    antwoorden.write_text(yaml.safe_dump(beraad, allow_unicode=True), encoding="utf-8")

    plan = netwerkberaad(Stapcontext(werkmap, lambda: None, antwoorden, print), KENMERK, lambda o: None).plan

    b1 = plan.veiligheidsplan.bodemeisen[0]
    assert b1.omschrijving == "Er wordt niet geschreeuwd waar Lisa bij is."
    assert b1.herkomst is not None and b1.herkomst.persoon == "Eva"


def _beraad_zonder(tmp_path: Path, lijst: str, veld: str) -> list[str]:
    """The Meijer netwerkberaad with the first item of `lijst` left without `veld` (taken from the
    card as shown); what the plan then holds there."""
    werkmap = gesprekken_gehouden(tmp_path)
    beraad = beraad_antwoorden()
    del beraad[lijst][0][veld]
    antwoorden = tmp_path / "netwerkberaad.yaml"
    antwoorden.write_text(yaml.safe_dump(beraad, allow_unicode=True), encoding="utf-8")
    plan = netwerkberaad(Stapcontext(werkmap, lambda: None, antwoorden, print), KENMERK, lambda o: None).plan
    items = plan.veiligheidsplan.afspraken if lijst == "afspraken" else plan.veiligheidsplan.zorgen
    return list(getattr(items[0], veld))


def test_an_afspraak_from_an_idea_is_first_done_by_who_had_the_idea(tmp_path: Path) -> None:
    """Issue 19, nothing typed twice: who said the idea in their session is offered as who does it
    (fails before: 'Wie doet het?' started empty and the answers file had to name someone)."""
    assert _beraad_zonder(tmp_path, "afspraken", "wie") == ["Eva"]


def test_who_worries_about_a_zorg_starts_from_who_said_its_statements(tmp_path: Path) -> None:
    """Issue 19: the statements the group puts with a zorg name who worries about it (Eva and Lisa
    said them in their sessions), for the group to change (fails before: nobody was offered)."""
    assert _beraad_zonder(tmp_path, "zorgen", "bezorgd") == ["Eva", "Lisa"]
