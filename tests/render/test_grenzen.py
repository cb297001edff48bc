"""A template that would run for ever or fill the disk stops within its limits, in any thread."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from interview.render.grenzen import Grens, Grenzen
from interview.render.kruisverwijzingen import Kruisverwijzingen
from interview.render.omgeving import maak_omgeving
from interview.render.zandbak import Zandbak

NESTED_LOOPS = "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}"


def omgeving_met(grenzen: Grenzen) -> Zandbak:
    return maak_omgeving({}, Kruisverwijzingen(set(), {}, lambda doel: "rId1"), grenzen)


def test_a_render_that_takes_too_long_stops_also_outside_the_main_thread() -> None:
    sjabloon = omgeving_met(Grenzen(seconden=0.3, stappen=10**12)).from_string(NESTED_LOOPS)
    begin = time.monotonic()
    with ThreadPoolExecutor(1) as werker:
        bezig = werker.submit(sjabloon.render)
        with pytest.raises(Grens, match=r"langer dan 0\.3 seconden"):
            bezig.result(timeout=60)
    assert time.monotonic() - begin < 5


def test_the_output_limit_counts_every_part_of_one_document() -> None:
    omgeving = omgeving_met(Grenzen(uitvoer=1500))
    deel = omgeving.from_string("{% for i in range(100) %}xxxxxxxxxx{% endfor %}")
    assert len(deel.render()) == 1000
    with pytest.raises(Grens, match=r"groter dan 1\.500 tekens"):
        deel.render()


def test_a_normal_template_renders_well_within_the_limits() -> None:
    omgeving = omgeving_met(Grenzen())
    sjabloon = omgeving.from_string("{% for i in range(3) %}{{ loop.index }}{{ '-' * 3 }}{% endfor %}")
    assert sjabloon.render() == "1---2---3---"


def test_text_printed_where_it_never_reaches_the_document_counts_too() -> None:
    omgeving = omgeving_met(Grenzen(uitvoer=1500))
    verborgen = omgeving.from_string(
        "{% set x %}{% for i in range(300) %}{{ 'tekst-' ~ i }}{% endfor %}{% endset %}klaar"
    )
    with pytest.raises(Grens, match=r"toont samen meer dan 1\.500 tekens"):
        verborgen.render()
