"""A `{%p %}` block must begin and end in the same table cell (or both outside tables).

docxtpl replaces each `{%p %}` paragraph by its code; when `{%p if %}` stands in one cell and
`{%p endif %}` in another, the cells between are cut out of the row: a 4-cell row becomes a
3-cell row, with no error. docxtpl-lint checks this for `{%tc %}` and `{%tr %}` only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from interview.sjablonen.bevinding import Bevinding
from interview.sjablonen.plaats import Alinea

BLOKCODE = re.compile(r"\{%p\s+(\w+)")
OPENERS = frozenset({"if", "for", "with", "macro", "call", "filter", "set"})


def celbevindingen(bestand: str, alineas: Mapping[str, Sequence[Alinea]]) -> list[Bevinding]:
    """Every `{%p %}` block whose end stands in another table cell than its beginning."""
    bevindingen: list[Bevinding] = []
    for deel in alineas.values():
        open_: list[tuple[str, Alinea]] = []
        for alinea in deel:
            for woord in BLOKCODE.findall(alinea.tekst):
                if woord in OPENERS:
                    open_.append((woord, alinea))
                elif woord.startswith("end") and open_ and open_[-1][0] == woord[3:]:
                    _, begin = open_.pop()
                    if begin.cellen != alinea.cellen:
                        bevindingen.append(_over_cellen(bestand, woord, begin, alinea))
    return bevindingen


def _over_cellen(bestand: str, einde: str, begin: Alinea, alinea: Alinea) -> Bevinding:
    waar = " · ".join(alinea.plaats())
    return Bevinding(
        bestand, "fout",
        f"dit blok eindigt in een andere cel ({waar}, {{%p {einde} %}}); de cellen ertussen vallen "
        "uit de rij, zodat rijen te weinig cellen krijgen. Zet begin en einde in dezelfde cel, of "
        "gebruik {%tr %} om hele rijen te herhalen of weg te laten",
        "blok-over-cellen", tuple(begin.plaats()), _code(begin.tekst),
    )


def _code(tekst: str) -> str:
    gevonden = re.search(r"\{%p\s.*?%\}", tekst)
    return gevonden.group(0) if gevonden else tekst.strip()[:60]
