"""A kinderversie's template cannot bring back a person the child's view leaves out through the
recorded signatures and receipts (issue 17.4: never a person under a huisverbod)."""

from __future__ import annotations

import datetime as dt

from interview.model import Plan
from interview.model.dossier import Huisverbod
from interview.model.vaststelling import Handtekening, Ontvangst, Vastlegging
from interview.render.documenten import lezerszichten


def test_a_father_under_a_huisverbod_is_not_among_the_signers_a_kinderversie_template_can_print(
    voorbeeld_plan: Plan,
) -> None:
    huisverbod = Huisverbod(wie="Ronald", van=dt.date(2026, 11, 1), tot=dt.date(2026, 12, 31))
    plan = voorbeeld_plan.model_copy(update={
        "dossier": voorbeeld_plan.dossier.model_copy(update={"huisverbod": huisverbod})})
    vastlegging = Vastlegging(
        handtekeningen=(Handtekening(versie=1, naam="Ronald", rol="vader", oordeel="akkoord",
                                     datum=dt.date(2026, 11, 20)),
                        Handtekening(versie=1, naam="Sandra", rol="moeder", oordeel="akkoord",
                                     datum=dt.date(2026, 11, 20))),
        ontvangsten=(Ontvangst(ontvanger="Ronald", versie=1, datum=dt.date(2026, 11, 21), vorm="post"),))

    kinderversies = [zicht for lezer, zicht in lezerszichten(plan, vastlegging)
                     if lezer.soort == "kinderversie"]

    assert len(kinderversies) == 2
    for zicht in kinderversies:
        getekend = [o.veld("naam") for o in zicht["ondertekenaars"] if o.veld("oordeel")]
        assert "Ronald" not in getekend and "Sandra" in getekend
        assert all(regel.veld("naam") != "Ronald" for regel in zicht["verspreiding"])
