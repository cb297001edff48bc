"""The documents of one stored plan version, with what the werkmap knows beside it."""

from __future__ import annotations

from pathlib import Path

from interview.model import Plan
from interview.model.vaststelling import Vastlegging
from interview.store import Werkmap


def maak_documenten_van(werkmap: Werkmap, plan: Plan, uitvoer: Path, sjablonen: Path | None = None
                        ) -> list[Path]:
    """Render `plan`'s documents into `uitvoer` (the dossier's output folder); return their paths.

    The previous version (for "Wijzigingen ten opzichte van versie N") and the signatures and
    receipts (vaststellen, verstuurd) are read here, so the renderer reads no store.
    """
    from interview.render.documenten import render_documenten  # docxtpl: only where documents are made

    kenmerk = plan.dossier.kenmerk
    vorige = werkmap.lees_plan(kenmerk, plan.versie - 1) if plan.versie > 1 else None
    vastlegging = Vastlegging(tuple(werkmap.handtekeningen(kenmerk)), tuple(werkmap.ontvangsten(kenmerk)))
    return render_documenten(plan, uitvoer, sjablonen, vorige=vorige, vastlegging=vastlegging)
