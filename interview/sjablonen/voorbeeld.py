"""`vplan sjablonen voorbeeld`: render a team's templates into a temporary folder to look at."""

from __future__ import annotations

import tempfile
from pathlib import Path

from interview.model import Plan
from interview.render.documenten import maak_documenten


def maak_voorbeeld(plan: Plan, sjablonen: Path | None, pdf: bool = False) -> list[Path]:
    """Both documents of `plan` from `sjablonen`, in a new temporary folder (never in output/).

    The folder is left for the user to open; its path is in the returned paths. With `pdf`, a
    PDF of each document follows the documents.
    """
    documenten = maak_documenten(plan, sjablonen)
    map_ = Path(tempfile.mkdtemp(prefix="vplan-voorbeeld-"))
    paden = []
    for document in documenten:
        pad = map_ / document.bestandsnaam
        pad.write_bytes(document.inhoud)
        paden.append(pad)
    if pdf:
        from interview.render.pdf import naar_pdf

        for naam, inhoud in naar_pdf({d.bestandsnaam: d.inhoud for d in documenten}).items():
            pad = map_ / naam
            pad.write_bytes(inhoud)
            paden.append(pad)
    return paden
