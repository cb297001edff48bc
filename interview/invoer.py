"""Reads answers files (YAML or JSON) written by a person, with Dutch errors that point at the spot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from interview.fouten import OngeldigeInvoer
from interview.model import Plan, nederlandse_fouten


def lees_yaml(pad: Path) -> Any:
    """The parsed content of a YAML (or JSON) file; OngeldigeInvoer with line and column if broken."""
    try:
        tekst = pad.read_text(encoding="utf-8")
    except FileNotFoundError as fout:
        raise OngeldigeInvoer(f"Bestand niet gevonden: {pad}") from fout
    except UnicodeDecodeError as fout:
        raise OngeldigeInvoer(f"{pad} is geen tekstbestand in UTF-8") from fout
    except OSError as fout:
        raise OngeldigeInvoer(f"{pad} kan niet gelezen worden: {fout.strerror}") from fout
    try:
        return yaml.safe_load(tekst)
    except yaml.MarkedYAMLError as fout:
        plek = fout.problem_mark or fout.context_mark
        waar = f" op regel {plek.line + 1}, kolom {plek.column + 1}" if plek else ""
        raise OngeldigeInvoer(
            f"{pad} is geen geldige YAML{waar}: {fout.problem or fout.context}"
        ) from fout
    except yaml.YAMLError as fout:
        raise OngeldigeInvoer(f"{pad} is geen geldige YAML: {fout}") from fout


def lees_plan(pad: Path) -> Plan:
    """An answers file that follows the plan model, validated; every failing field in Dutch."""
    inhoud = lees_yaml(pad)
    if not isinstance(inhoud, dict):
        raise OngeldigeInvoer(f"{pad} moet velden van het plan bevatten (datum, dossier, ...)")
    try:
        return Plan.model_validate(inhoud)
    except ValidationError as fout:
        regels = nederlandse_fouten(fout)
        raise OngeldigeInvoer(
            f"{pad} klopt niet met het planmodel ({len(regels)} fout(en)):", regels
        ) from fout
