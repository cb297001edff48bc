"""A dossier's readers' plans and views are made once and shared by its documents, without changing
what any template sees (interview.render.perdossier). Fails on main, where the module did not exist."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from interview.model import Plan
from interview.render import documenten
from interview.render.perdossier import per_dossier
from interview.render.zicht import Veldgroep


def zichten(plan: Plan) -> list[Mapping[str, Any]]:
    """Every view a dossier's documents are made from, in their order."""
    return [*(zicht for _, zicht, _ in documenten.planzichten(plan)),
            *(zicht for _, zicht in documenten.lezerszichten(plan)),
            *(zicht for _, zicht in documenten.briefzichten(plan))]


def plat(waarde: Any) -> Any:
    """A view as plain values, to compare what a template sees."""
    if isinstance(waarde, Veldgroep):
        return (waarde.soort, {naam: plat(waarde.veld(naam)) for naam in waarde.namen})
    if isinstance(waarde, Mapping):
        return {sleutel: plat(item) for sleutel, item in waarde.items()}
    if isinstance(waarde, tuple):
        return [plat(item) for item in waarde]
    return waarde


def groepen(waarde: Any) -> Iterator[int]:
    """The id of every record in a view, once per place it occurs."""
    if isinstance(waarde, Veldgroep):
        yield id(waarde)
        for naam in waarde.namen:
            yield from groepen(waarde.veld(naam))
    elif isinstance(waarde, Mapping | tuple):
        for item in waarde.values() if isinstance(waarde, Mapping) else waarde:
            yield from groepen(item)


def test_shared_views_show_every_template_what_fresh_views_show(voorbeeld_plan: Plan) -> None:
    los = zichten(voorbeeld_plan)
    with per_dossier():
        gedeeld = zichten(voorbeeld_plan)
    assert len(gedeeld) == len(los) == 25
    assert [plat(z) for z in gedeeld] == [plat(z) for z in los]


def test_within_a_dossier_each_part_is_viewed_once(voorbeeld_plan: Plan) -> None:
    los = [i for z in zichten(voorbeeld_plan) for i in groepen(z)]
    with per_dossier():
        gedeeld_zichten = zichten(voorbeeld_plan)
        gedeeld = [i for z in gedeeld_zichten for i in groepen(z)]
    assert len(gedeeld) == len(los)
    assert len(set(gedeeld)) * 3 < len(set(los))  # the readers' plans keep most parts as they are
