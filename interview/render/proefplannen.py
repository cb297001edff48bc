"""Generated plans to try a template with: the full example, a sparse one and an extreme one.

A template that renders all three renders the plans workers make: the example has every field,
the sparse plan leaves every optional field and list empty, the extreme plan has long texts,
many items and characters that break careless templates.
"""

from __future__ import annotations

import typing
from pathlib import Path
from typing import Any

from annotated_types import MinLen
from pydantic import BaseModel

from interview.invoer import lees_plan
from interview.model import Plan

VOORBEELD = Path(__file__).resolve().parents[1] / "example" / "voorbeeld.yaml"

VIJANDIG = " & <b>vet</b> \"aanhalingstekens\" ‘Word’ {{ 7*7 }} {%p if %} ]]> \x0b\x01 😀 é"
"""Text that XML, Jinja and Word treat specially; a plan must print it as written."""

LANG = " Een lange toelichting van een netwerklid, zoals een werker die letterlijk opschrijft." * 40

VRIJE_TEKSTEN = frozenset({
    "aanleiding", "doel", "gevaarsomschrijving", "gevolg_bij_niet_nakomen", "kader", "monitoring",
    "omschrijving", "opmerking", "samenvatting", "taak", "tekst", "titel", "toelichting", "wat",
    "wat_houdt_het_klein", "wanneer",
})
"""Fields that hold what people said, never a number, name or choice another field refers to."""

HERHALING = 12
"""How often the extreme plan repeats each list item that carries no number."""


def volledig_plan() -> Plan:
    """The bundled example: every field filled."""
    return lees_plan(VOORBEELD)


def leeg_plan() -> Plan:
    """The example with every optional field empty and every list as short as the model allows."""
    volledig = volledig_plan()
    return Plan.model_validate(_leeg(Plan, volledig.model_dump(mode="python")))


def extreem_plan() -> Plan:
    """The example with long, hostile texts and many items wherever the model allows it."""
    volledig = volledig_plan()
    return Plan.model_validate(_extreem(Plan, volledig.model_dump(mode="python")))


def proefplannen() -> dict[str, Plan]:
    """The three plans by their Dutch name, in the order they are tried."""
    return {"volledig": volledig_plan(), "leeg": leeg_plan(), "extreem": extreem_plan()}


def _leeg(model: type[BaseModel], gegevens: dict[str, Any]) -> dict[str, Any]:
    """Drop every field that has a default; shorten lists to their minimum length."""
    uitkomst: dict[str, Any] = {}
    for naam, veld in model.model_fields.items():
        if naam not in gegevens or not veld.is_required():
            continue
        waarde = gegevens[naam]
        minimum = next((m.min_length for m in veld.metadata if isinstance(m, MinLen)), 0)
        binnen = _model_in(veld.annotation)
        if isinstance(waarde, list):
            waarde = waarde[:max(minimum, 0)]
            if binnen is not None:
                waarde = [_leeg(binnen, item) for item in waarde]
        elif isinstance(waarde, dict) and binnen is not None:
            waarde = _leeg(binnen, waarde)
        uitkomst[naam] = waarde
    return uitkomst


def _extreem(model: type[BaseModel], gegevens: dict[str, Any]) -> dict[str, Any]:
    """Lengthen free texts and repeat unnumbered list items; names, ids and choices stay valid."""
    uitkomst = dict(gegevens)
    for naam, veld in model.model_fields.items():
        waarde = gegevens.get(naam)
        binnen = _model_in(veld.annotation)
        if binnen is not None and isinstance(waarde, dict):
            uitkomst[naam] = _extreem(binnen, waarde)
        elif binnen is not None and isinstance(waarde, list):
            items = [_extreem(binnen, item) for item in waarde]
            herhaalbaar = not {"id", "naam"} & set(binnen.model_fields)  # numbers and names are unique
            uitkomst[naam] = items * HERHALING if herhaalbaar else items
        elif isinstance(waarde, str) and naam in VRIJE_TEKSTEN:
            uitkomst[naam] = waarde + VIJANDIG + LANG
    return uitkomst


def _model_in(soort: Any) -> type[BaseModel] | None:
    """The model inside `X`, `list[X]` or `X | None`, if any."""
    if isinstance(soort, type) and issubclass(soort, BaseModel):
        return soort
    for binnen in typing.get_args(soort):
        gevonden = _model_in(binnen)
        if gevonden is not None:
            return gevonden
    return None
