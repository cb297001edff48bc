"""A template that would run for ever or fill the disk stops within its limits, in any thread."""

from __future__ import annotations

import functools
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from interview.fouten import SjabloonFout
from interview.model import Plan
from interview.render import documenten, omgeving, snel
from interview.render.grenzen import BEZOEK, Grens, Grenzen, NietToegestaan
from interview.render.kruisverwijzingen import Kruisverwijzingen
from interview.render.omgeving import maak_omgeving
from interview.render.proefplannen import proefplannen
from interview.render.zandbak import Zandbak
from interview.sjablonen import proef
from interview.sjablonen.controle import controleer_sjabloon
from tests.render.test_sjabloonfouten import sjablonen_met

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


def test_measuring_a_value_that_shares_its_parts_stops_at_the_limit() -> None:
    """Issue 24: 20**6 references to one list cost no more to measure than the limit itself."""
    grenzen = Grenzen(tekens_per_waarde=1000)
    waarde: object = list(range(100))
    for _ in range(6):
        waarde = [waarde] * 20
    with pytest.raises(NietToegestaan, match=r"meer dan 1\.000 tekens"):
        grenzen.waarde(waarde)
    assert grenzen.gemeten <= 1000 * BEZOEK


def test_measuring_a_deeply_nested_value_needs_no_recursion() -> None:
    waarde: object = "x"
    for _ in range(100_000):
        waarde = [waarde]
    assert Grenzen().grootte(waarde) == 2 * 100_000 + 1  # each level's brackets, then the text


def test_measuring_the_same_large_value_again_and_again_stops_too() -> None:
    grenzen = Grenzen(seconden=120.0, meetwerk=10_000_000)
    groot = [list(range(10_000))] * 30
    with pytest.raises(Grens, match=r"samen meer dan 10\.000\.000 tekens en lijstitems"):
        for _ in range(1000):
            grenzen.waarde([groot])


def test_the_fast_paths_second_try_gets_only_the_time_that_is_left(
    voorbeeld_plan: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 24: a template that runs out of time on the fast path must not get a fresh budget on the
    normal path (it took twice the limit, and twice again in `sjablonen controleer`)."""
    monkeypatch.setattr(snel, "Grenzen", functools.partial(Grenzen, seconden=0.5, stappen=10**12))
    normaal = documenten.render_document
    tweede_poging: list[Grenzen | None] = []

    def normale_weg(*argumenten: Any, **opties: Any) -> documenten.Gerenderd:
        grenzen = argumenten[6] if len(argumenten) > 6 else opties.get("grenzen")
        tweede_poging.append(grenzen)
        assert grenzen is not None and grenzen.einde <= time.monotonic()
        return normaal(*argumenten, **opties)

    monkeypatch.setattr(documenten, "render_document", normale_weg)
    with pytest.raises(SjabloonFout, match=r"is gestopt: het vullen duurt langer dan 0\.5 seconden"):
        snel.maak_documenten(voorbeeld_plan, sjablonen_met(tmp_path, NESTED_LOOPS))
    assert len(tweede_poging) == 1


def test_the_template_check_stops_filling_after_a_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The three generated plans would each take the whole time again: one finding, one budget."""
    monkeypatch.setattr(omgeving, "Grenzen", functools.partial(Grenzen, seconden=0.3, stappen=10**12))
    gevuld: list[str] = []

    def vul(soort: str, plan: Plan, sjabloon: Path) -> documenten.Gerenderd:
        gevuld.append(soort)
        return documenten.render_sjabloon(soort, plan, sjabloon)

    monkeypatch.setattr(proef, "render_sjabloon", vul)
    map_ = sjablonen_met(tmp_path, NESTED_LOOPS)
    bevindingen = controleer_sjabloon("veiligheidsplan", map_ / "veiligheidsplan.docx", proefplannen())
    assert [b.bericht for b in bevindingen if "duurt langer dan 0.3 seconden" in b.bericht]
    assert gevuld == ["veiligheidsplan"]
