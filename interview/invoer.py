"""Reads answers files (YAML or JSON) written by a person, with Dutch errors that point at the spot."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from interview.fouten import OngeldigeInvoer
from interview.model import Plan, nederlandse_fouten
from interview.yamlbestand import lees_yaml


def lees_plan(pad: Path) -> Plan:
    """An answers file that follows the plan model, validated; every failing field in Dutch."""
    inhoud = lees_yaml(pad)
    if not isinstance(inhoud, dict):
        raise OngeldigeInvoer(f"{pad} moet velden van het plan bevatten (datum, dossier, ...)")
    try:
        return Plan.model_validate(inhoud)
    except ValidationError as fout:
        regels = nederlandse_fouten(fout)
        if not any(e["type"] == "value_error" and e["loc"] == () for e in fout.errors()):
            # Rules across fields (persons, numbers, dates) run only once every field is valid.
            regels.append("(daarna controleert vplan ook of het plan samenhangt: personen, "
                          "nummers en datums)")
        raise OngeldigeInvoer(
            f"{pad} klopt niet met het planmodel ({len(nederlandse_fouten(fout))} fout(en)):", regels
        ) from fout
