"""What kind of value a template expression holds, read from the plan model's annotations.

The template checker follows these through loops and `with` blocks, so `a.wie` in
`{% for a in veiligheidsplan.afspraken %}` is checked against an afspraak.
"""

from __future__ import annotations

import datetime as dt
import functools
import types
import typing
from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel

from interview.model import Plan
from interview.render.zicht import veldnamen

ONBEKEND: Any = object()
"""A value the checker cannot know (set in the template, a filter's result): not checked further."""


def kern(soort: Any) -> Any:
    """`X` for `X | None` and `Annotated[X, ...]`; the soort itself otherwise."""
    if typing.get_origin(soort) is typing.Annotated:
        return kern(typing.get_args(soort)[0])
    if _is_keuze_met_niets(soort):
        overig = [a for a in typing.get_args(soort) if a is not types.NoneType]
        return kern(overig[0]) if len(overig) == 1 else ONBEKEND
    return soort


def kan_leeg_zijn(soort: Any) -> bool:
    """True for `X | None`: the field can be absent in a real plan."""
    if typing.get_origin(soort) is typing.Annotated:
        return kan_leeg_zijn(typing.get_args(soort)[0])
    return _is_keuze_met_niets(soort)


def _is_keuze_met_niets(soort: Any) -> bool:
    keuze = typing.get_origin(soort) in (typing.Union, types.UnionType)
    return keuze and types.NoneType in typing.get_args(soort)


def model_van(soort: Any) -> type[BaseModel] | None:
    gevonden = kern(soort)
    return gevonden if isinstance(gevonden, type) and issubclass(gevonden, BaseModel) else None


def item_van(soort: Any) -> Any:
    """The kind of one item of a list; None when `soort` is not a list."""
    gevonden = kern(soort)
    if typing.get_origin(gevonden) in (list, tuple):
        argumenten = typing.get_args(gevonden)
        return argumenten[0] if argumenten else ONBEKEND
    return None


def is_overzicht(soort: Any) -> bool:
    gevonden = kern(soort)
    return gevonden is dict or typing.get_origin(gevonden) in (dict, Mapping)


def naam_van(soort: Any) -> str:
    """How the soort reads in a Dutch message: `een afspraak`, `een lijst`, `een tekst`."""
    gevonden = kern(soort)
    model = model_van(gevonden)
    if model is not None:
        return f"een {model.__name__.lower()}"
    if item_van(gevonden) is not None:
        return "een lijst"
    if gevonden is str or typing.get_origin(gevonden) is Literal:
        return "een tekst"
    if gevonden in (dt.date, dt.datetime):
        return "een datum"
    if gevonden is bool:
        return "ja/nee"
    if gevonden in (int, float):
        return "een getal"
    return "een waarde"


@functools.cache
def velden(model: type[BaseModel]) -> dict[str, Any]:
    """The fields a template can read on `model` (see zicht.veldnamen), with their kind.

    The plan models are built on first use (defer_build); until then a computed field's return type is
    undefined, so the model is built here before it is read."""
    if not model.__pydantic_complete__:
        model.model_rebuild()
    uitkomst: dict[str, Any] = {}
    for naam in veldnamen(model):
        if naam in model.model_fields:
            uitkomst[naam] = model.model_fields[naam].annotation
        else:
            uitkomst[naam] = model.model_computed_fields[naam].return_type
    return uitkomst


@functools.cache
def wortels() -> dict[str, Any]:
    """The names a template starts from, by the same view the renderer builds (zicht_op)."""
    from interview.render.planverloop import NAMEN
    from interview.render.proefplannen import volledig_plan
    from interview.render.zicht import zicht_op

    uitkomst: dict[str, Any] = {}
    for naam in zicht_op(volledig_plan()):
        if naam == "plan":
            uitkomst[naam] = Plan
        elif naam in velden(Plan):
            uitkomst[naam] = velden(Plan)[naam]
        elif naam in NAMEN:
            uitkomst[naam] = NAMEN[naam][1]
        else:
            uitkomst[naam] = dict[str, str]
    return uitkomst


@functools.cache
def paden_naar(veld: str) -> tuple[str, ...]:
    """Every path from a starting name to a field called `veld`, not through lists, shortest first.

    For the hint "bedoelt u dossier.kenmerk?" when a template names a field on the wrong record.
    """
    gevonden: list[str] = []
    te_doen: list[tuple[str, Any, int]] = [(naam, soort, 0) for naam, soort in wortels().items()]
    gezien: set[tuple[str, type[BaseModel]]] = set()
    while te_doen:
        pad, soort, diepte = te_doen.pop(0)
        model = model_van(soort)
        if model is None or diepte > 4 or (pad.split(".")[0], model) in gezien:
            continue
        gezien.add((pad.split(".")[0], model))
        for naam, binnen in velden(model).items():
            if naam == veld:
                gevonden.append(f"{pad}.{naam}")
            te_doen.append((f"{pad}.{naam}", binnen, diepte + 1))
    return tuple(sorted(gevonden, key=lambda p: (p.count("."), p)))


@functools.cache
def wortels_voor(soort: str) -> dict[str, Any]:
    """The names the template of document `soort` starts from: `lezer` only in a reader's version,
    `brief` only in the letter, the team (sjablonen.toml) in every one; every name for `soort` ''."""
    from interview.render.brief import BRIEF
    from interview.render.lezers import LEZERSVERSIES
    from interview.render.team import Team

    alle = {**wortels(), "team": Team}
    if not soort:
        return alle
    weg = {naam for naam, hier in (("lezer", soort in LEZERSVERSIES), ("brief", soort == BRIEF)) if not hier}
    return {naam: waarde for naam, waarde in alle.items() if naam not in weg}
