"""A date is typed the way Dutch workers write it, and stored as an ISO date."""

from __future__ import annotations

import pytest

from interview.conduct.antwoordcontrole import OngeldigAntwoord, controleer, verwacht
from interview.conduct.vragenlijst import Vraag

DATUM = Vraag(id="geboren", tekst="Geboortedatum", soort="datum", veld="geboren")

VORMEN = ["14-03-2018", "14-3-2018", "14/3/2018", "14.03.2018", "2018-03-14", "14 maart 2018",
          "14 Maart 2018", "14 mrt 2018", "14 mrt. 2018", "14-mrt-2018", " 14  maart  2018 "]


@pytest.mark.parametrize("getypt", VORMEN)
def test_the_common_dutch_forms_of_a_date_are_read(getypt: str) -> None:
    assert controleer(DATUM, getypt) == "2018-03-14"


def test_every_dutch_month_name_is_known() -> None:
    maanden = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
               "oktober", "november", "december"]

    gelezen = [controleer(DATUM, f"1 {maand} 2026") for maand in maanden]

    assert gelezen == [f"2026-{nummer:02d}-01" for nummer in range(1, 13)]


@pytest.mark.parametrize("getypt, melding", [
    ("31 februari 2018", "Die datum bestaat niet."),
    ("31-02-2018", "Die datum bestaat niet."),
    ("14 maaart 2018", "Geef een datum als 14-03-2018, 14 maart 2018 of 2018-03-14."),
    ("gisteren", "Geef een datum als 14-03-2018, 14 maart 2018 of 2018-03-14."),
])
def test_a_date_that_cannot_be_read_says_what_is_expected(getypt: str, melding: str) -> None:
    with pytest.raises(OngeldigAntwoord) as fout:
        controleer(DATUM, getypt)

    assert fout.value.melding == melding


def test_an_answers_file_is_told_the_same_forms() -> None:
    assert verwacht(DATUM) == "een datum, zoals 14-03-2018, 14 maart 2018 of 2018-03-14"
