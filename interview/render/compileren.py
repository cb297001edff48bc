"""Template code compiled once for every document the fast path makes (interview.render.snel)."""

from __future__ import annotations

import re
from collections.abc import Callable
from types import CodeType
from typing import Any

from interview.render.bron import jinja_bron
from interview.render.kruisverwijzingen import Kruisverwijzingen
from interview.render.omgeving import maak_omgeving
from interview.render.zandbak import Zandbak, weiger

ALINEA = re.compile(r"<w:p([ >])")
VASTE_VERWIJZING = ("een verwijzing of filter dat per document verschilt op een vaste waarde staat "
                    "(zoals {{ 'A5'|verwijzing }})")


class NietSnel(Exception):
    """What the fast path cannot take in a template, in Dutch words that follow "omdat"."""


def compileerder() -> tuple[Callable[[str], CodeType], Callable[[str], CodeType], Zandbak]:
    """Compile a part's XML as the normal path would, in a sandbox that knows every filter name;
    and Jinja source as it is (a core property, which docxtpl does not clean up).

    Jinja folds a filter on a constant (`{{ 'A5'|verwijzing }}`) at compile time. A filter that
    depends on the document (its cross-references, its people, its limits) must not be folded
    into code shared by all documents, so such a part is refused and goes the normal way.
    """
    omgeving = maak_omgeving({}, Kruisverwijzingen(hier=set(), elders={}, relateer=str))
    ander = maak_omgeving({}, Kruisverwijzingen(hier=set(), elders={}, relateer=str))
    weigerend = maak_omgeving({}, Kruisverwijzingen(hier=set(), elders={}, relateer=str))
    weigerend.filters.update({
        naam: _weigerend(filter_) for naam, filter_ in omgeving.filters.items()
        if ander.filters[naam] is not filter_
    })

    def compileer_bron(bron: str) -> CodeType:
        if omgeving.compile(bron, raw=True) != weigerend.compile(bron, raw=True):
            raise NietSnel(VASTE_VERWIJZING)
        return omgeving.compile(bron)

    def compileer(xml: str) -> CodeType:
        return compileer_bron(ALINEA.sub(r"\n<w:p\1", jinja_bron(xml)))

    return compileer, compileer_bron, omgeving


def _weigerend(filter_: Any) -> Callable[..., Any]:
    """A filter that refuses to run, called as `filter_` is: with Jinja's context or eval context
    first where `filter_` takes it, so the compiled code differs only where Jinja folded a call.

    Without this, every template using `join` (which takes the eval context) was
    taken for one with a folded filter, and went the normal way at 16× the cost.
    """
    geweigerd = weiger("per document")

    def weigerend(*args: Any, **kwargs: Any) -> Any:
        return geweigerd(*args, **kwargs)

    if hasattr(filter_, "jinja_pass_arg"):
        weigerend.jinja_pass_arg = filter_.jinja_pass_arg  # type: ignore[attr-defined]
    return weigerend
