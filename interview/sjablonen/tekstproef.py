"""The proof fill per part: each part's codes, repaired where a syntax error stood (herstel.py), filled
with the three generated plans as the document's reader sees them (issue 20).

Filling the text of one part, one line per paragraph, tells which paragraph failed (Jinja's line is the
paragraph) and goes on after a syntax error elsewhere in the template, where filling the Word file
stops at the first error. A paragraph that fails is emptied of its fields and the part filled again,
so a second runtime fault in the same part shows in the same run.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from jinja2 import nodes
from jinja2.exceptions import TemplateError

from interview.model import Plan
from interview.render.brief import BRIEF, Brief
from interview.render.documenten import verwijzingen
from interview.render.grenzen import Grens
from interview.render.lezers import LEZERSVERSIES, Lezer, voorbeelddeel
from interview.render.omgeving import maak_omgeving
from interview.render.sjabloonfout import sjabloonfout
from interview.render.team import met_team
from interview.render.zicht import lezerszicht, zicht_op
from interview.sjablonen.bevinding import Bevinding
from interview.sjablonen.plaats import Alinea
from interview.sjablonen.proef import PLANNAMEN, _sjabloonregel

VELD = re.compile(r"\{\{.*?\}\}")
VELDNAAM = re.compile(r"\b[a-z_]\w*(?:\.\w+)+")
"""A field as a template names it: `dossier.gezinsnaam`."""
MAX_PER_DEEL = 10
"""Failures filled past per part and plan; more in one part means the team lead fixes these first."""


def tekstproefbevindingen(
    bestand: str, soort: str, sjabloon: Path, alineas: Mapping[str, Sequence[Alinea]],
    teksten: Mapping[str, str], plannen: Mapping[str, Plan],
) -> list[Bevinding]:
    """One finding per paragraph whose codes fail when the part is filled with one of `plannen`."""
    bevindingen: list[Bevinding] = []
    gezien: set[tuple[str, int]] = set()
    for naam, plan in plannen.items():
        gegeven = _zicht(soort, plan)
        if gegeven is None:
            continue
        zicht, lezer = gegeven
        context = met_team(zicht, sjabloon, "")
        for label, tekst in teksten.items():
            for regel, fout in _fouten(soort, plan, zicht, lezer, context, tekst):
                deel = alineas[label]
                if (label, regel) in gezien or not 0 < regel <= len(deel):
                    continue
                gezien.add((label, regel))
                alinea = deel[regel - 1]
                code = next(iter(VELD.findall(alinea.tekst)), alinea.tekst.strip()[:60])
                uitleg = f"het vullen met {PLANNAMEN.get(naam, naam)} mislukt: {_reden(fout, alinea.tekst)}"
                plaats = tuple(alinea.plaats())
                bevindingen.append(Bevinding(bestand, "fout", uitleg, "vullen-mislukt", plaats, code))
    return bevindingen


def _zicht(soort: str, plan: Plan) -> tuple[Mapping[str, Any], Lezer | Brief | None] | None:
    """What the template of `soort` gets from `plan`, as documenten.render_sjabloon gives it."""
    if soort in LEZERSVERSIES:
        deel = voorbeelddeel(plan, soort)
        return lezerszicht(deel.plan, deel.lezer), deel.lezer
    if soort == BRIEF:
        from interview.render.documenten import briefzichten

        brieven = briefzichten(plan)
        return (brieven[0][1], brieven[0][0]) if brieven else None
    return zicht_op(plan), None


def _fouten(soort: str, plan: Plan, zicht: Mapping[str, Any], lezer: Lezer | Brief | None,
            context: Mapping[str, Any], tekst: str) -> list[tuple[int, Exception]]:
    """(paragraph, error) of each failure, emptying a failed paragraph's fields and filling again."""
    regels = tekst.split("\n")
    uitkomst: list[tuple[int, Exception]] = []
    for _ in range(MAX_PER_DEEL):
        omgeving = maak_omgeving(zicht["personen"], verwijzingen(soort, plan, lambda _: "rId0", lezer))
        try:
            boom = omgeving.parse("\n".join(regels))
            for filter_ in boom.find_all(nodes.Filter):  # unknown ones are the model layer's finding
                omgeving.filters.setdefault(filter_.name, lambda waarde, *_, **__: waarde)
            omgeving.from_string(boom).render(dict(context))
            return uitkomst
        except Grens:
            return uitkomst  # a limit is the whole template's, not one paragraph's: the Word fill says it
        except (TemplateError, ArithmeticError, TypeError, ValueError, LookupError, AttributeError) as fout:
            regel = _sjabloonregel(fout)
            if regel is None or not 0 < regel <= len(regels) or not VELD.search(regels[regel - 1]):
                return uitkomst
            uitkomst.append((regel, fout))
            regels[regel - 1] = VELD.sub("", regels[regel - 1])
    return uitkomst


def _reden(fout: Exception, tekst: str) -> str:
    """Why, in Dutch, naming the fields of the paragraph's codes (never Python's name of the error)."""
    if isinstance(fout, TemplateError):
        return re.sub(r"^Sjabloon \S+ ", "", sjabloonfout("", fout).bericht)
    velden = sorted({pad for code in VELD.findall(tekst) for pad in VELDNAAM.findall(code)})
    bij = f" ({', '.join(velden)})" if velden else ""
    if isinstance(fout, ZeroDivisionError):
        return f"er wordt door nul gedeeld{bij}"
    return f"een berekening of bewerking past niet bij de gegevens{bij}"
