"""A block must begin and end in the same table cell (or both outside tables).

docxtpl replaces each `{%p %}` paragraph by its code; when `{%p if %}` stands in one cell and
`{%p endif %}` in another, the cells between are cut out of the row: a 4-cell row becomes a
3-cell row, with no error. docxtpl-lint checks this for `{%tc %}` and `{%tr %}` only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from interview.sjablonen.bevinding import Bevinding
from interview.sjablonen.plaats import Alinea

BLOKCODE = re.compile(r"\{%-?\s*(p\s+)?(\w+)([^%]*)%\}")
OPENERS = frozenset({"if", "for", "with", "macro", "call", "filter", "set"})


def celbevindingen(bestand: str, alineas: Mapping[str, Sequence[Alinea]]) -> list[Bevinding]:
    """Every block, `{%p %}` or inline `{% %}`, whose end stands in another table cell than its beginning.

    An inline `{% if %}` opened in one cell and closed in the next cuts the cell boundary out of the
    row when the test is false: the noodplan row breaks without a word. `{%tr %}` and `{%tc %}` blocks
    are docxtpl-lint's (syntaxis.py).
    """
    bevindingen: list[Bevinding] = []
    for deel in alineas.values():
        open_: list[tuple[str, Alinea, str]] = []
        for alinea in deel:
            for letter, woord, rest in BLOKCODE.findall(alinea.tekst):
                if woord in OPENERS and not (woord == "set" and "=" in rest):
                    open_.append((woord, alinea, letter.strip()))
                elif woord.startswith("end") and open_ and open_[-1][0] == woord[3:]:
                    _, begin, eigen = open_.pop()
                    if begin.cellen != alinea.cellen:
                        bevindingen.append(_over_cellen(bestand, woord, begin, alinea, eigen))
    return bevindingen


def _over_cellen(bestand: str, einde: str, begin: Alinea, alinea: Alinea, letter: str) -> Bevinding:
    waar = ", ".join(f"tabel {c.tabel}, rij {c.rij}, cel {c.cel}" for c in alinea.cellen) or "buiten de tabel"
    code = "{%" + (f"{letter} " if letter else " ")
    gevolg = ("de cellen ertussen vallen uit de rij, zodat rijen te weinig cellen krijgen" if letter else
              "als de voorwaarde niet klopt, valt de grens tussen de cellen weg en raakt de rij beschadigd")
    return Bevinding(
        bestand, "fout",
        f"dit blok eindigt in een andere cel ({waar}: {code}{einde} %}}); {gevolg}. Zet begin en einde "
        "in dezelfde cel, of gebruik {%tr %} om hele rijen te herhalen of weg te laten",
        "blok-over-cellen", tuple(begin.plaats()), _code(begin.tekst),
    )


def _code(tekst: str) -> str:
    gevonden = BLOKCODE.search(tekst)
    return gevonden.group(0) if gevonden else tekst.strip()[:60]
