"""Who helps with an afspraak is chosen on the netwerkberaad's afspraak card, and that helper's own
version then holds the afspraak (issue 17.3)."""

from __future__ import annotations

from pathlib import Path

import yaml

from interview.render.lezers import lezers
from interview.stappen.frame import Stapcontext
from interview.stappen.netwerkberaad import netwerkberaad
from tests.helpers import KENMERK, beraad_antwoorden, gesprekken_gehouden


def test_a_helper_chosen_at_the_table_gets_the_afspraak_in_their_netwerkversie(tmp_path: Path) -> None:
    """Fails on main: the card had no helper, and oma Joke's netwerkversie lacked the afspraak."""
    werkmap = gesprekken_gehouden(tmp_path)
    beraad = beraad_antwoorden()
    beraad["afspraken"][0] |= {"wie": ["Eva", "Mark"], "controle_door": "Anna Kok", "helpt": ["Joke"]}
    (tmp_path / "beraad.yaml").write_text(yaml.safe_dump(beraad, allow_unicode=True), encoding="utf-8")

    plan = netwerkberaad(Stapcontext(werkmap, lambda: None, tmp_path / "beraad.yaml", print),
                         KENMERK, lambda overzicht: None).plan

    eerste = plan.veiligheidsplan.afspraken[0]
    assert eerste.helpt == ["Joke"] and "Joke" not in [*eerste.wie, eerste.controle_door]
    joke = next(lz for lz in lezers(plan) if lz.soort == "netwerkversie" and lz.naam == "Joke")
    assert [a.id for a in joke.afspraken] == [eerste.id]
