"""The render layer of the template check: each template is filled with three generated plans.

What the static layers cannot see (a calculation on a value, an empty field in a real, sparser
plan) shows here, and is reported at the paragraph whose code failed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType

from interview.fouten import SjabloonFout
from interview.model import Plan
from interview.render.documenten import render_sjabloon
from interview.render.grenzen import Grens
from interview.sjablonen.bevinding import Bevinding
from interview.sjablonen.modelcontrole import CODE
from interview.sjablonen.plaats import Alinea

PLANNAMEN = {
    "volledig": "het volledige voorbeeldplan",
    "leeg": "een leeg plan (elk veld en elke lijst die leeg mag zijn, leeg)",
    "extreem": "een extreem plan (lange teksten, veel items, vreemde tekens)",
}
GENOEMD = re.compile(r"'([A-Za-z_][A-Za-z0-9_]*)'")


def proefbevindingen(
    bestand: str, soort: str, sjabloon: Path, alineas: Mapping[str, Sequence[Alinea]],
    plannen: Mapping[str, Plan],
) -> list[Bevinding]:
    """One finding per distinct failure of rendering `sjabloon` with each of `plannen`."""
    bevindingen: list[Bevinding] = []
    gezien: set[str] = set()
    for naam, plan in plannen.items():
        try:
            render_sjabloon(soort, plan, sjabloon)
        except SjabloonFout as fout:
            bericht = re.sub(r"^Sjabloon \S+ ", "", fout.bericht)
            if bericht in gezien:
                continue
            gezien.add(bericht)
            alinea = _alinea_van(fout, bericht, alineas)
            uitleg = f"het vullen met {PLANNAMEN.get(naam, naam)} mislukt: {bericht}"
            if naam == "leeg" and "leeg veld" not in bericht:
                uitleg += " (een veld dat leeg kan zijn? zet er {%p if … %} omheen)"
            bevindingen.append(Bevinding(
                bestand, "fout", uitleg, "vullen-mislukt",
                tuple(alinea.plaats()) if alinea else (), _code(alinea, bericht) if alinea else "",
            ))
            if isinstance(fout.__cause__, Grens):
                break  # the next plan would run into the same limit: the check takes one time budget
    return bevindingen


def _alinea_van(
    fout: BaseException, bericht: str, alineas: Mapping[str, Sequence[Alinea]]
) -> Alinea | None:
    """The paragraph whose code failed.

    One that names the field in the message (else any with a code), the first at or after the
    template line Jinja reports: docxtpl puts each paragraph on its own line, minus the ones its
    {%p %} and {%tr %} codes remove, so the paragraph's number is never smaller than the line.
    """
    namen = GENOEMD.findall(bericht)
    regel = _sjabloonregel(fout)
    kandidaten = [
        alinea for deel in alineas.values() for alinea in deel
        if any(re.search(rf"\b{re.escape(naam)}\b", code) for code in CODE.findall(alinea.tekst)
               for naam in namen)
    ]
    if not kandidaten:
        kandidaten = [alinea for deel in alineas.values() for alinea in deel if CODE.search(alinea.tekst)]
    if regel is not None:
        verder = [a for a in kandidaten if a.nummer >= regel]
        kandidaten = sorted(verder, key=lambda a: a.nummer) or kandidaten
    return kandidaten[0] if kandidaten else None


def _sjabloonregel(fout: BaseException) -> int | None:
    """The template line Jinja's rewritten traceback points at, if any."""
    oorzaak: BaseException | None = fout
    while oorzaak is not None:
        lijn = getattr(oorzaak, "lineno", None)
        if isinstance(lijn, int):
            return lijn
        for stap in _stappen(oorzaak.__traceback__):
            if stap.tb_frame.f_code.co_filename == "<template>":
                lijn = stap.tb_lineno
        if isinstance(lijn, int):
            return lijn
        oorzaak = oorzaak.__cause__
    return None


def _stappen(stap: TracebackType | None) -> Iterator[TracebackType]:
    while stap is not None:
        yield stap
        stap = stap.tb_next


def _code(alinea: Alinea, bericht: str) -> str:
    namen = GENOEMD.findall(bericht)
    codes: list[str] = CODE.findall(alinea.tekst)
    for code in codes:
        if any(re.search(rf"\b{re.escape(naam)}\b", code) for naam in namen):
            return code
    return alinea.tekst.strip()[:60]
