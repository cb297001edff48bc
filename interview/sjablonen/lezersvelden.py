"""The fields a reader's document never gets, from the reader table (interview.model.lezerstabel).

A netwerkversie never holds the risicotaxatie: `voor_lezer` empties it for every network member. A
template that prints `dossier.risicotaxatie.risiconiveau` there fails on every dossier, and the advice
"zet er {%p if %} omheen" would hide the line in every document. The checker names such a field as
what it is. Which paths a part empties is found by emptying it in the sample plans, so the table
and its emptying functions stay the one source.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from interview.model.lezersdeel import _WEG
from interview.model.lezerstabel import LEZERSTABEL, ONDERDELEN


@functools.cache
def nooit_voor(soort: str) -> dict[str, str]:
    """Per path from the plan (`dossier.risicotaxatie`), the part of the plan (as the README's "Wie ziet
    wat" names it) that the reader of template `soort` never gets; empty for the two plans and the
    letter. A part a professional gets when it is marked needed counts as given."""
    from interview.render.lezers import LEESRECHT
    from interview.render.proefplannen import extreem_plan, volledig_plan

    lezerssoort = LEESRECHT.get(soort)  # type: ignore[call-overload]
    if lezerssoort is None:
        return {}
    uitkomst: dict[str, str] = {}
    # The extreme plan fills the lists the example leaves empty.
    for plan in (volledig_plan(), extreem_plan()):
        for onderdeel, weg in _WEG.items():
            if LEZERSTABEL[onderdeel][lezerssoort] == "nee":
                for pad in _verschil(plan, weg(plan), ""):
                    uitkomst.setdefault(pad, ONDERDELEN[onderdeel])
    return uitkomst


def _verschil(oud: Any, nieuw: Any, pad: str) -> Iterator[str]:
    """The deepest paths outside lists where `nieuw` lost what `oud` held."""
    if oud == nieuw:
        return
    if isinstance(oud, BaseModel) and type(oud) is type(nieuw):
        for naam in type(oud).model_fields:
            yield from _verschil(getattr(oud, naam), getattr(nieuw, naam), f"{pad}.{naam}" if pad else naam)
        return
    if isinstance(oud, list) and isinstance(nieuw, list) and len(oud) == len(nieuw):
        return  # a field of each item changed: a template names it only inside a loop
    yield pad
