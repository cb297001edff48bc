"""`vplan sjablonen voorbeeld`: render a team's templates into a temporary folder to look at."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

from interview.model import Plan
from interview.render.documenten import maak_documenten
from interview.stappen.documenten_maken import naast_het_plan
from interview.store import Werkmap
from interview.versieset import schrijf_versieset

VOORVOEGSEL = "vplan-voorbeeld-"
BEWAARTIJD = 3600
"""Seconds a preview folder stays at least; a later preview removes older ones (a dossier's preview
holds a family's plan, so it must not stay in the temporary folder for good)."""
BEWAARD_ZOLANG = "een uur"
"""BEWAARTIJD as the output says it."""


def maak_voorbeeld(plan: Plan, sjablonen: Path | None, pdf: bool = False,
                   werkmap: Werkmap | None = None) -> tuple[Path, list[Path]]:
    """Every document of `plan` from `sjablonen`, in a new temporary folder (never in output/).

    A stored plan (`werkmap` given, --dossier) is rendered as `vplan documenten` renders it (its
    previous version, signatures and receipts) and written by the same writer
    (interview.versieset), so the preview is what the dossier's documents would be. Returns the new
    folder (0700, its files 0600, left for the user to open) and the documents' paths in it.
    Earlier previews of this user older than BEWAARTIJD are removed first. With `pdf`, a PDF of
    each document follows the documents.
    """
    documenten = (maak_documenten(plan, sjablonen, **naast_het_plan(werkmap, plan)) if werkmap is not None
                  else maak_documenten(plan, sjablonen))
    ruim_oude_op(Path(tempfile.gettempdir()))
    map_ = Path(tempfile.mkdtemp(prefix=VOORVOEGSEL))  # 0700
    pdfs = None
    if pdf:
        from interview.render.pdf import naar_pdf

        pdfs = naar_pdf({d.bestandsnaam: d.inhoud for d in documenten})
    geschreven = schrijf_versieset(plan, documenten, map_, None, pdfs)
    return map_, [*geschreven.documenten, *geschreven.pdfs]


def ruim_oude_op(tijdelijk: Path) -> None:
    """Remove this user's preview folders in `tijdelijk` older than BEWAARTIJD; another user's, a link
    or a folder that cannot be removed is left alone (a preview is never refused for it)."""
    grens = time.time() - BEWAARTIJD
    with contextlib.suppress(OSError):
        for ingang in os.scandir(tijdelijk):
            if not ingang.name.startswith(VOORVOEGSEL):
                continue
            with contextlib.suppress(OSError):
                staat = ingang.stat(follow_symlinks=False)
                if stat.S_ISDIR(staat.st_mode) and staat.st_uid == os.getuid() and staat.st_mtime < grens:
                    shutil.rmtree(ingang.path)
