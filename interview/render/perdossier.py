"""What the documents of one dossier share while they are made: each reader's plan, and the views.

The 25 or so documents of a dossier are each made from the plan as their reader may read it
(interview.model.lezersdeel.voor_lezer) and a read-only view of that (interview.render.zicht). Many
readers have the same reading rights (a letter's recipient and their own copy), and every reader's
plan is a copy of the dossier's plan that keeps most of its parts as the same objects. Within
`per_dossier`, a reader's plan is made once per reading rights and a view once per object; outside
it, everything is made afresh, as before.

Sharing changes nothing a template sees: both are pure functions of what they are given, which
nobody changes while the documents are made (rendering only reads), and a view is read-only.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable, Iterator
from typing import Any

from interview.model import Plan
from interview.model.lezersdeel import Lezer
from interview.model.lezersdeel import voor_lezer as _voor_lezer

_BEWAARD: contextvars.ContextVar[dict[Any, tuple[Any, Any]] | None] = contextvars.ContextVar(
    "per_dossier", default=None)
"""Within `per_dossier`: what was made so far, by key, each with the object it was made of (kept,
so an id in a key stays that object's own)."""


@contextlib.contextmanager
def per_dossier() -> Iterator[None]:
    """Share readers' plans and views among the documents made within (see the module's docstring)."""
    if _BEWAARD.get() is not None:
        yield
        return
    token = _BEWAARD.set({})
    try:
        yield
    finally:
        _BEWAARD.reset(token)


def eenmaal(sleutel: Any, bron: Any, maak: Callable[[], Any]) -> Any:
    """What `maak` makes of `bron`, made once within `per_dossier` under `sleutel` (which holds
    `id(bron)`); made every time outside it."""
    bewaard = _BEWAARD.get()
    if bewaard is None:
        return maak()
    gevonden = bewaard.get(sleutel)
    if gevonden is not None and gevonden[0] is bron:
        return gevonden[1]
    gemaakt = maak()
    bewaard[sleutel] = (bron, gemaakt)
    return gemaakt


def voor_lezer(plan: Plan, lezer: Lezer) -> Plan:
    """interview.model.lezersdeel.voor_lezer, made once per plan and reading rights within `per_dossier`."""
    return eenmaal(("voor_lezer", id(plan), lezer), plan, lambda: _voor_lezer(plan, lezer))  # type: ignore[no-any-return]
