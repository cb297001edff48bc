"""A roll-out failure with its place: which field, and where in the Word template a team lead finds it.

`vplan opnieuw` renders on the fast path (interview.render.snel), whose error names the template
and what went wrong but not where. On failure only, the failing template is filled once more with
the dossier's plan by the template check's proof fill (interview.sjablonen.proef), which places the
failure at its paragraph (heading, table, row, cell) and names the code; the same fault in many
dossiers is placed once per process.
"""

from __future__ import annotations

import re
from pathlib import Path

from interview.fouten import SjabloonFout, VplanFout
from interview.model import Plan

SJABLOON = re.compile(r"^Sjabloon (\S+) ")
_geplaatst: dict[tuple[str, str], str] = {}


def met_plaats(fout: SjabloonFout, plan: Plan, sjablonen: Path | None) -> str:
    """`fout`'s Dutch line followed by "— in Word: <bestand> · <plaats> · <code>"; the line alone
    when the place cannot be found."""
    gevonden = SJABLOON.match(fout.bericht)
    sjabloon = _sjabloon(gevonden.group(1), sjablonen) if gevonden else None
    if sjabloon is None:
        return fout.bericht
    sleutel = (str(sjabloon[1]), fout.bericht)
    if sleutel not in _geplaatst:
        _geplaatst[sleutel] = _plaats(sjabloon, plan)
    plaats = _geplaatst[sleutel]
    return f"{fout.bericht} — in Word: {plaats}" if plaats else fout.bericht


def _sjabloon(naam: str, sjablonen: Path | None) -> tuple[str, Path] | None:
    """The kind and file of the template named `naam` in the folder the run uses."""
    from interview.render.documenten import SOORTEN
    from interview.render.sjabloonmap import kies_sjablonen, meegeleverde_sjablonen

    try:
        paden = kies_sjablonen(sjablonen, SOORTEN, meegeleverde_sjablonen()).paden
    except VplanFout:
        return None
    return next(((soort, pad) for soort, pad in paden.items() if pad.name == naam), None)


def _plaats(sjabloon: tuple[str, Path], plan: Plan) -> str:
    """`veiligheidsplan.docx · onder kop 'Noodplan' · tabel 2, rij 3, cel 1 · {{ lid.telefoon.strip() }}`,
    or "" when the proof fill does not fail the same way."""
    from interview.sjablonen.plaats import alineas
    from interview.sjablonen.proef import proefbevindingen

    soort, pad = sjabloon
    try:
        bevindingen = proefbevindingen(pad.name, soort, pad, alineas(pad.read_bytes()), {"dossier": plan})
    except (OSError, VplanFout, ValueError):
        return ""
    for bevinding in bevindingen:
        if bevinding.plaats:
            return " · ".join([pad.name, *bevinding.plaats, *([bevinding.code] if bevinding.code else [])])
    return ""
