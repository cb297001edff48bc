"""A session held becomes a Gesprek in the plan only when its journal says when it was held."""

from __future__ import annotations

from interview.merge.sessie import gehouden_gesprek


def test_a_session_whose_times_cannot_be_read_is_not_given_a_made_up_date() -> None:
    assert gehouden_gesprek("individueel gesprek", ["Sandra"], "", "gisteren") is None
    zonder_einde = gehouden_gesprek("individueel gesprek", ["Sandra"], "2026-11-12T10:00:00+01:00", "")
    assert zonder_einde is not None and zonder_einde.duur is None
