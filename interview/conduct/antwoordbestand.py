"""Answers files: a nested dict keyed by question id (lists for lijst) becomes checked flat answers."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from interview.conduct.antwoordcontrole import Keuzes, OngeldigAntwoord, controleer, soortnaam, verwacht
from interview.conduct.vragenlijst import Vraag, Vragenlijst
from interview.conduct.wandeling import vervolgpad
from interview.fouten import OngeldigeInvoer
from interview.yamlbestand import lees_yaml, plek_van

KeuzesVan = Callable[[Vraag, Mapping[str, Any]], Keuzes]
"""The choices of a question, given the answers flattened so far (lists of this session's items)."""


def lees_antwoordbestand(pad: Path) -> dict[str, Any]:
    """The answers in a YAML or JSON file; OngeldigeInvoer when it is not a mapping of answers."""
    inhoud = lees_yaml(pad)
    if inhoud is None:
        return {}
    if not isinstance(inhoud, dict):
        raise OngeldigeInvoer(f"{pad}: een antwoordenbestand bevat per vraag-id een antwoord")
    return inhoud


def maak_vlak(lijst: Vragenlijst, antwoorden: Mapping[str, Any], bron: str,
              keuzes_van: KeuzesVan) -> dict[str, Any]:
    """Flat answers by path (see stappen), each checked against its question.

    A list in the file is complete: after its last item 'nog een?' is answered no. Raises
    OngeldigeInvoer naming `bron`, the question path and the expected type.
    """
    vlak: dict[str, Any] = {}
    for oud, nieuw in lijst.hernoemd.items():
        if oud in antwoorden and oud not in {vraag.id for vraag in lijst.vragen}:
            raise OngeldigeInvoer(f"{bron}: vraag '{oud}' bestaat niet meer in vragenlijst '{lijst.id}'; "
                                  f"gebruik {nieuw}.")
    _niveau(lijst.vragen, antwoorden, "", _Context(bron, lijst.id, keuzes_van), vlak)
    return vlak


class _Context:
    def __init__(self, bron: str, lijst_id: str, keuzes_van: KeuzesVan) -> None:
        self.bron, self.lijst_id, self.keuzes_van = bron, lijst_id, keuzes_van

    def fout(self, pad: str, wat: str, plek: str = "") -> OngeldigeInvoer:
        """`plek` ('regel 3, kolom 8') says where in the file the answer stands, when known."""
        waar = f" ({plek})" if plek else ""
        return OngeldigeInvoer(f"{self.bron}: vraag '{pad}'{waar}: {wat}")


def _niveau(vragen: tuple[Vraag, ...], gegevens: Mapping[str, Any], prefix: str, ctx: _Context,
            vlak: dict[str, Any]) -> None:
    bekend = {v.id: v for v in vragen}
    for sleutel in gegevens:
        if sleutel not in bekend:
            raise ctx.fout(f"{prefix}{sleutel}", f"deze vraag bestaat niet in vragenlijst '{ctx.lijst_id}'",
                           plek_van(sleutel))
    for vraag in vragen:
        if vraag.id not in gegevens:
            continue
        pad = prefix + vraag.id
        if vraag.soort == "lijst":
            _lijst(vraag, gegevens[vraag.id], pad, ctx, vlak)
            continue
        keuzes = ctx.keuzes_van(vraag, vlak)
        try:
            vlak[pad] = controleer(vraag, gegevens[vraag.id], keuzes)
        except OngeldigAntwoord as fout:
            raise ctx.fout(pad, f"{fout.melding} Verwacht: {verwacht(vraag, keuzes)}.",
                           plek_van(gegevens[vraag.id])) from fout


def _lijst(lijst: Vraag, items: Any, pad: str, ctx: _Context, vlak: dict[str, Any]) -> None:
    if items is None:
        items = []
    if not isinstance(items, list):
        raise ctx.fout(pad, f"verwacht {verwacht(lijst)}, gevonden {soortnaam(items)}.")
    if len(items) < lijst.min:
        raise ctx.fout(pad, f"er zijn minstens {lijst.min} nodig, gevonden {len(items)}.")
    for nummer, item in enumerate(items, 1):
        if nummer > lijst.min:
            vlak[vervolgpad(pad, nummer)] = True
        groep = _als_groep(lijst, item, f"{pad}[{nummer}]", ctx)
        _niveau(lijst.vragen, groep, f"{pad}[{nummer}].", ctx, vlak)
    vlak[vervolgpad(pad, len(items) + 1)] = False


def _als_groep(lijst: Vraag, item: Any, pad: str, ctx: _Context) -> Mapping[str, Any]:
    """An item is a mapping by sub-question id; plain text answers the item's first question."""
    if isinstance(item, Mapping):
        return item
    if isinstance(item, str):
        return {lijst.vragen[0].id: item}
    ids = ", ".join(v.id for v in lijst.vragen)
    raise ctx.fout(pad, f"verwacht per {lijst.item} de antwoorden op: {ids}; gevonden {soortnaam(item)}.")
