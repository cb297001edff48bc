"""Write docs/velden.md: every field a template can use, with its Dutch description.

Why generated: the model is the template API for team leads, and its Dutch descriptions are the
documentation. A test checks the committed file is current (`make docs` rewrites it).
"""

from __future__ import annotations

import sys
import types
import typing
from pathlib import Path

from pydantic import BaseModel
from pydantic.fields import ComputedFieldInfo, FieldInfo

from interview.model import Plan
from interview.render.levensloop import NAMEN

KOP = """# Velden voor sjablonen

Alle velden die een sjabloon kan gebruiken, met hun beschrijving. Gemaakt door
`tools/velden.py` uit het planmodel; pas dit bestand niet met de hand aan.

In een sjabloon zijn beschikbaar: `plan` (alles hieronder), en als afkortingen `dossier`
(= `plan.dossier`), `veiligheidsplan`, `ondersteuningsplan` en `personen` (naam -> omschrijving);
verder wat vplan naast het plan uitrekent (zie "Naast het plan" onderaan).
Een veld met `[]` is een lijst: gebruik `{%p for x in ... %}` of `{%tr for x in ... %}`.

| veld | beschrijving |
| --- | --- |
"""


def _model_in(soort: object) -> type[BaseModel] | None:
    """The model inside `X`, `list[X]` or `X | None`, if any."""
    if isinstance(soort, type) and issubclass(soort, BaseModel):
        return soort
    for binnen in typing.get_args(soort):
        gevonden = _model_in(binnen)
        if gevonden:
            return gevonden
    return None


def _is_lijst(soort: object) -> bool:
    return typing.get_origin(soort) is list or any(
        typing.get_origin(a) is list for a in typing.get_args(soort)
        if not isinstance(a, types.NoneType)
    )


def regels(model: type[BaseModel], voorvoegsel: str) -> list[str]:
    uitvoer = []
    velden: dict[str, FieldInfo | ComputedFieldInfo] = {
        **model.model_fields, **model.model_computed_fields
    }
    for naam, veld in velden.items():
        soort = getattr(veld, "annotation", None) or getattr(veld, "return_type", None)
        pad = f"{voorvoegsel}.{naam}" + ("[]" if _is_lijst(soort) else "")
        beschrijving = (veld.description or "").replace("|", "/")
        uitvoer.append(f"| `{pad}` | {beschrijving} |")
        binnen = _model_in(soort)
        if binnen is not None:
            uitvoer += regels(binnen, pad)
    return uitvoer


NAAST_HET_PLAN = """
## Naast het plan

Wat vplan naast de planversie voor de documenten uitrekent: de vorige versie, de vastgelegde
handtekeningen en ontvangsten, de laatste evaluatie. Een naam met `[]` is een lijst.

| naam | beschrijving |
| --- | --- |
"""


def naast_het_plan() -> list[str]:
    uitvoer = []
    for naam, (beschrijving, rij) in NAMEN.items():
        pad = naam + ("[]" if rij is not None else "")
        uitvoer.append(f"| `{pad}` | {beschrijving.replace('|', '/')} |")
        if rij is not None:
            uitvoer += regels(rij, pad)
    return uitvoer


def velden_markdown() -> str:
    return (KOP + "\n".join(regels(Plan, "plan")) + "\n" + NAAST_HET_PLAN
            + "\n".join(naast_het_plan()) + "\n")


if __name__ == "__main__":
    standaard = Path(__file__).resolve().parents[1] / "docs" / "velden.md"
    doel = Path(sys.argv[1]) if len(sys.argv) > 1 else standaard
    doel.write_text(velden_markdown(), encoding="utf-8")
    print(doel)
