"""Reads answers files (YAML or JSON) written by a person, with Dutch errors that point at the spot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from interview.fouten import OngeldigeInvoer
from interview.model import Plan, nederlandse_fouten
from interview.model.foutmeldingen import fouten_met_pad, pad_van
from interview.yamlbestand import lees_yaml, plek_van


def lees_plan(pad: Path) -> Plan:
    """An answers file that follows the plan model, validated; every failing field in Dutch."""
    inhoud = lees_yaml(pad)
    if not isinstance(inhoud, dict):
        raise OngeldigeInvoer(f"{pad} moet velden van het plan bevatten (datum, dossier, ...)")
    try:
        return Plan.model_validate(inhoud)
    except ValidationError as fout:
        regels = _met_plek(fout, inhoud)
        if not any(e["type"] == "value_error" and e["loc"] == () for e in fout.errors()):
            # Rules across fields (persons, numbers, dates) run only once every field is valid.
            regels.append("(daarna controleert vplan ook of het plan samenhangt: personen, "
                          "nummers en datums)")
        raise OngeldigeInvoer(
            f"{pad} klopt niet met het planmodel ({len(nederlandse_fouten(fout))} fout(en)):", regels
        ) from fout


def _met_plek(fout: ValidationError, inhoud: dict[str, Any]) -> list[str]:
    """One Dutch line per failing field, with the line and column of the value that was typed
    there ('gezag: moet ja of nee zijn (gevonden: 'misschien') (regel 22, kolom 16)')."""
    plekken = {pad_van(tuple(enkel["loc"])): plek_van(_waarde_op(inhoud, enkel["loc"]))
               for enkel in fout.errors(include_url=False)}
    return [f"{pad}: {bericht}" + (f" ({plekken[pad]})" if plekken.get(pad) else "")
            for pad, bericht in fouten_met_pad(fout)]


def _waarde_op(inhoud: Any, loc: tuple[int | str, ...]) -> Any:
    """The value the file holds at a pydantic location; None where the file has none."""
    for deel in loc:
        in_blok = isinstance(inhoud, dict) and deel in inhoud
        in_lijst = isinstance(inhoud, list) and isinstance(deel, int) and deel < len(inhoud)
        if not (in_blok or in_lijst):
            return None
        inhoud = inhoud[deel]
    return inhoud
