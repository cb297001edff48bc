"""A date in a document or a warning reads as babel writes it in Dutch, without babel loaded."""

from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import format_date

from interview.datumtekst import lange_datum


def _elke_dag(jaar: int) -> list[dt.date]:
    begin = dt.date(jaar, 1, 1)
    return [begin + dt.timedelta(dagen) for dagen in range((dt.date(jaar + 1, 1, 1) - begin).days)]


@pytest.mark.parametrize("jaar", [2024, 2026])  # a leap year and the plans' year
def test_every_day_of_the_year_reads_as_babel_writes_it_in_dutch(jaar: int) -> None:
    for dag in _elke_dag(jaar):
        assert lange_datum(dag) == format_date(dag, format="long", locale="nl_NL")


@pytest.mark.parametrize("dag", [dt.date(1, 1, 1), dt.date(999, 12, 31), dt.date(9999, 12, 31)])
def test_far_away_years_are_written_without_padding(dag: dt.date) -> None:
    assert lange_datum(dag) == format_date(dag, format="long", locale="nl_NL")
