"""The field reference for template authors, from the plan model: one source for `vplan sjablonen
velden` and docs/velden.md (tools/velden.py), and the same model the checker knows."""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.fields import ComputedFieldInfo, FieldInfo

from interview.model import Plan
from interview.render.team import Team
from interview.render.zandbak import FILTERS_ZONDER_RISICO, VERBODEN_CODES
from interview.sjablonen.soorten import item_van, kan_leeg_zijn, kern, model_van, naam_van, velden

EIGEN_FILTERS = {
    "datum": "`2026-11-20` → `20 november 2026`; een lege datum → `onbekend`",
    "janee": "waar/onwaar → `ja` / `nee`",
    "leeftijd": "`{{ kind.geboortedatum|leeftijd(plan.datum) }}` → leeftijd op de datum van het plan",
    "namen": "`['Sandra', 'Ronald', 'Kees']` → `Sandra, Ronald en Kees`",
    "persoon": "`'Kees'` → `Kees, oom (broer van Ronald)`",
    "anker": "`{{r a.id|anker }}`: een bladwijzer op het nummer, waar verwijzingen naar springen",
    "verwijzing": "`{{r 'A3'|verwijzing }}`: een klikbare verwijzing naar A3, ook in het andere document",
    "verwijzingen": "`{{r a.dient|verwijzingen }}`: klikbare verwijzingen, met komma's ertussen",
}
"""vplan's own filters, with what they do (the names are those of render/omgeving.py)."""

CODES = ["{{ veld }}", "{{r … }} (Word-opmaak, voor anker en verwijzing)", "{%p if %} … {%p endif %}",
         "{%p for x in lijst %} … {%p endfor %}", "{%tr for %} … {%tr endfor %} (tabelrijen)",
         "{%p with x = veld %}", "{% set x = … %}", "{% macro %}", "loop.index, loop.first, loop.last"]
"""The Jinja features a template may use; what it may not is VERBODEN_CODES (zandbak.py)."""


@dataclass(frozen=True)
class Veld:
    """One field as a template author needs it."""

    pad: str
    soort: str
    kan_leeg_zijn: bool
    waarden: tuple[str, ...]
    voorbeeld: str
    beschrijving: str


def alle_velden() -> list[Veld]:
    """Every field a template can reach from `plan`, depth first, lists marked with `[]`."""
    from interview.render.proefplannen import volledig_plan

    return [*_velden(Plan, "plan", volledig_plan()), *_naast_het_plan(), *_velden(Team, "team", None)]


def velden_voor(document: str) -> list[Veld]:
    """The fields the template of `document` can use, named as that template writes them
    (`dossier.kenmerk`, `lezer.naam`), without the parts its reader never gets (lezersvelden.py)."""
    from interview.render.proefplannen import volledig_plan
    from interview.sjablonen.lezersvelden import nooit_voor
    from interview.sjablonen.soorten import wortels_voor

    wortels = wortels_voor(document)
    nooit = tuple(nooit_voor(document))
    uitkomst: list[Veld] = []
    for veld in [*_velden(Plan, "plan", volledig_plan()), *_naast_het_plan(), *_velden(Team, "team", None)]:
        pad = veld.pad
        for kort in KORT:
            pad = pad.replace(f"plan.{kort}", kort, 1) if pad.startswith(f"plan.{kort}") else pad
        kaal = pad.replace("[]", "").removeprefix("plan.")
        if pad.split(".")[0].removesuffix("[]") in wortels and not any(
                kaal == weg or kaal.startswith(f"{weg}.") for weg in nooit):
            uitkomst.append(dataclasses.replace(veld, pad=pad))
    return uitkomst


KORT = ("dossier", "veiligheidsplan", "ondersteuningsplan")
"""The shortcuts every template has for a part of the plan (render/zicht.py)."""


def _naast_het_plan() -> Iterator[Veld]:
    """What the renderer computes beside the plan (render/levensloop.py NAMEN), at the top level."""
    from interview.render.planverloop import NAMEN

    for naam, (beschrijving, soort) in NAMEN.items():
        item = item_van(soort)
        pad = naam + ("[]" if item is not None else "")
        yield Veld(pad, _soortnaam(soort), kan_leeg_zijn(soort) or item is not None, _waarden(item or soort),
                   "", beschrijving)
        binnen = model_van(item if item is not None else soort)
        if binnen is not None:
            yield from _velden(binnen, pad, None)


def zoek(tekst: str) -> list[Veld]:
    """The fields whose path or description contains `tekst` (case-insensitive); all for ''."""
    gezocht = tekst.lower()
    return [v for v in alle_velden() if gezocht in v.pad.lower() or gezocht in v.beschrijving.lower()]


def _velden(model: type[BaseModel], voorvoegsel: str, voorbeeld: Any) -> Iterator[Veld]:
    beschrijvingen: dict[str, FieldInfo | ComputedFieldInfo] = {
        **model.model_fields, **model.model_computed_fields}
    for naam, soort in velden(model).items():
        item = item_van(soort)
        pad = f"{voorvoegsel}.{naam}" + ("[]" if item is not None else "")
        waarde = getattr(voorbeeld, naam, None) if voorbeeld is not None else None
        yield Veld(pad, _soortnaam(soort), kan_leeg_zijn(soort), _waarden(item or soort),
                   _voorbeeld(waarde), (beschrijvingen[naam].description or "").strip())
        binnen = model_van(item if item is not None else soort)
        if binnen is not None:
            eerste = waarde[0] if isinstance(waarde, list) and waarde else (None if item else waarde)
            yield from _velden(binnen, pad, eerste)


def _soortnaam(soort: Any) -> str:
    item = item_van(soort)
    if item is not None:
        return f"lijst van {naam_van(item).removeprefix('een ')}"
    return naam_van(soort).removeprefix("een ")


def _waarden(soort: Any) -> tuple[str, ...]:
    """The allowed values of a choice field (e.g. fase), else nothing."""
    gevonden = kern(soort)
    if typing.get_origin(gevonden) is Literal:
        return tuple(str(w) for w in typing.get_args(gevonden))
    return ()


def _voorbeeld(waarde: Any) -> str:
    if waarde is None or isinstance(waarde, BaseModel):
        return ""
    if isinstance(waarde, list):
        return ", ".join(_voorbeeld(w) for w in waarde[:3]) if waarde and not isinstance(
            waarde[0], BaseModel) else ""
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if isinstance(waarde, dt.date):
        return waarde.isoformat()
    tekst = str(waarde).replace("\n", " ")
    return tekst if len(tekst) <= 50 else tekst[:47] + "…"


def toegestane_filters() -> list[tuple[str, str]]:
    """vplan's filters with what they do, then Jinja's allowed ones."""
    return [*EIGEN_FILTERS.items(), *((naam, "van Jinja") for naam in sorted(FILTERS_ZONDER_RISICO | {
        "join", "sum"}))]


def verboden_codes() -> list[str]:
    return sorted(set(VERBODEN_CODES.values()))


KOP = """# Velden voor sjablonen

Alle velden die een sjabloon kan gebruiken. Gemaakt door `tools/velden.py` uit het planmodel
(dezelfde bron als `vplan sjablonen velden` en `vplan sjablonen controleer`); pas dit bestand
niet met de hand aan.

In een sjabloon zijn beschikbaar: `plan` (alles hieronder), en als afkortingen `dossier`
(= `plan.dossier`), `veiligheidsplan`, `ondersteuningsplan` en `personen` (naam -> omschrijving),
en wat vplan naast het plan uitrekent (de velden zonder `plan.` onderaan: `veranderingen`,
`ondertekenaars`, `verspreiding`, `evaluatieresultaten` …), en `team` (naam en versie uit
`sjablonen.toml`). `lezer` bestaat alleen in de lezersversies, `brief` alleen in de brief. Wat één
sjabloon kan gebruiken, zonder wat de lezer ervan nooit krijgt: `vplan sjablonen velden --document
kinderversie`.
Een veld met `[]` is een lijst: gebruik `{%p for x in ... %}` of `{%tr for x in ... %}`.
Een veld dat **leeg kan zijn** zet u tussen `{%p if veld %}` en `{%p endif %}`.

| veld | soort | kan leeg zijn | waarden | voorbeeld | beschrijving |
| --- | --- | --- | --- | --- | --- |
"""


def velden_markdown() -> str:
    """docs/velden.md: fields, then the filters and codes a template may use."""
    regels = [
        f"| `{v.pad}` | {v.soort} | {'ja' if v.kan_leeg_zijn else ''} | {', '.join(v.waarden)} | "
        f"{_cel(v.voorbeeld)} | {_cel(v.beschrijving)} |"
        for v in alle_velden()
    ]
    filters = [f"| `{naam}` | {_cel(uitleg)} |" for naam, uitleg in toegestane_filters()]
    return (KOP + "\n".join(regels) + "\n\n## Filters\n\n| filter | wat het doet |\n| --- | --- |\n"
            + "\n".join(filters) + "\n\n## Codes\n\nWel: " + ", ".join(f"`{c}`" for c in CODES)
            + ".\n\nNiet: " + "; ".join(verboden_codes()) + ".\n")


def _cel(tekst: str) -> str:
    return tekst.replace("|", "\\|")
