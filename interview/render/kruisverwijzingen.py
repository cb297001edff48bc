"""Bookmarks on numbered items and clickable links to them (see docs/word-kruisverwijzingen.md)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from lxml import etree
from markupsafe import Markup

from interview.render.tekst import maak_veilig
from interview.render.wordxml import NAAMRUIMTEN, element, qn


def _run(tekst: str, *, vet: bool = False, stijl: str | None = None) -> etree._Element:
    run = element("w:r")
    if vet or stijl:
        eigenschappen = element("w:rPr")
        if stijl:
            stijl_el = element("w:rStyle")
            stijl_el.set(qn("w:val"), stijl)
            eigenschappen.append(stijl_el)
        if vet:
            eigenschappen.append(element("w:b"))
        if stijl == "Hyperlink":
            # The default template may lack a Hyperlink character style; colour it explicitly.
            kleur = element("w:color")
            kleur.set(qn("w:val"), "1F4E79")
            onderstreept = element("w:u")
            onderstreept.set(qn("w:val"), "single")
            eigenschappen.append(kleur)
            eigenschappen.append(onderstreept)
        run.append(eigenschappen)
    tekst_el = element("w:t")
    tekst_el.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    tekst_el.text = maak_veilig(tekst)
    run.append(tekst_el)
    return run


def _xml(*elementen: etree._Element) -> str:
    """Serialise run-level elements for docxtpl's `{{r }}` tag.

    Each element repeats the w:/r: namespace declarations the document root already has;
    that is valid XML and keeps the serialisation free of string surgery.
    """
    return "".join(etree.tostring(deel, encoding="unicode") for deel in elementen)


MET_RELATIES = {"w": NAAMRUIMTEN["w"], "r": NAAMRUIMTEN["r"]}
"""A link to another file names its relationship as `r:id`, the prefix the document declares: lxml
would invent `ns0`, which the normal path's parse then renames, but the fast path puts the filled
body in as it is (interview.render.lichaam)."""
KORT = 64
"""Texts up to this length (ids such as A3 or Z12, titles) have their XML kept for the process."""


def _onthouden(maak: Callable[..., str]) -> Callable[..., str]:
    """`maak`, with its result for short texts kept: the same ids come back in every plan, and
    building their XML as objects each time was a seventh of a bulk render (issue 11).

    Anything else a template passes (long or not text) is built each time, as before, so the
    cache stays small and errors stay what they were.
    """
    bewaard = functools.lru_cache(maxsize=4096)(maak)

    def gebruik(*teksten: Any) -> str:
        if all(isinstance(tekst, str) and len(tekst) <= KORT for tekst in teksten):
            return bewaard(*teksten)
        return maak(*teksten)

    return gebruik


@_onthouden
def _anker(nummer: str, id_: str) -> str:
    begin = element("w:bookmarkStart")
    begin.set(qn("w:id"), nummer)
    begin.set(qn("w:name"), id_)
    einde = element("w:bookmarkEnd")
    einde.set(qn("w:id"), nummer)
    return _xml(begin, _run(id_, vet=True), einde)


@_onthouden
def _link_hier(id_: str) -> str:
    link = element("w:hyperlink")
    link.set(qn("w:anchor"), id_)
    link.append(_run(id_, stijl="Hyperlink"))
    return _xml(link)


@_onthouden
def _link_elders(relatie: str, id_: str, titel: str) -> str:
    link = element("w:hyperlink", MET_RELATIES)  # r:id, not an invented ns0:id (see MET_RELATIES)
    link.set(qn("r:id"), relatie)
    link.append(_run(f"{id_} ({titel})", stijl="Hyperlink"))
    return _xml(link)


@_onthouden
def _los(tekst: str) -> str:
    return _xml(_run(tekst))


@dataclass
class Kruisverwijzingen:
    """The numbered items of one document being rendered, and how to point at the other one.

    `hier` holds the ids bookmarked in this document; `elders` maps ids that live in the
    other document to that document's title. `relateer` adds an external relationship to
    the part being rendered and returns its r:id (docxtpl's `build_url_id`).
    """

    hier: set[str]
    elders: dict[str, tuple[str, str]]
    relateer: Callable[[str], str]
    _volgnummer: int = field(default=0)

    def anker(self, id_: str) -> Markup:
        """A bookmark named after the id around the id in bold."""
        self._volgnummer += 1
        return Markup(_anker(str(self._volgnummer), id_))

    def verwijzing(self, id_: str) -> Markup:
        """A clickable link to the item: inside this document, or to the other document's file."""
        if id_ in self.hier:
            return Markup(_link_hier(id_))
        if id_ in self.elders:
            titel, bestandsnaam = self.elders[id_]
            return Markup(_link_elders(self.relateer(f"{bestandsnaam}#{id_}"), id_, titel))
        return Markup(_los(id_))

    def verwijzingen(self, ids: Iterable[str]) -> Markup:
        """Links to several items, separated by commas."""
        delen: list[Markup] = []
        for nr, id_ in enumerate(ids):
            if nr:
                delen.append(Markup(_los(", ")))
            delen.append(self.verwijzing(id_))
        return Markup("").join(delen)
