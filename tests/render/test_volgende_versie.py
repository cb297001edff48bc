"""A version made by the change engine renders with today's templates, links and all."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from interview.model import Aanleiding, Plan
from interview.versieset import render_documenten
from interview.wijzig import Wijzigingen, volgende_versie
from tests.helpers import bladwijzers, interne_links, tekst_van


def test_a_revised_version_with_ended_moved_and_new_items_renders_both_documents(
    voorbeeld_plan: Plan, tmp_path: Path
) -> None:
    """A3 moved to the ondersteuningsplan: its bookmark moves with it and every link still lands."""
    wijzigingen = Wijzigingen.model_validate({
        "beeindigen": [{"id": "A5", "op": "2026-12-01", "omdat": "de omgang gaat veilig"},
                       {"id": "B2", "op": "2026-12-01", "omdat": "Ronald drinkt niet meer"}],
        "verplaatsen": [{"id": "A3", "fase": "risicogestuurd", "naar": "ondersteuningsplan"}],
        "incident": {"datum": "2026-11-28", "wat": "Ruzie bij het ophalen.", "gemeld_door": "Sandra"},
    })
    tweede = volgende_versie(voorbeeld_plan, wijzigingen, Aanleiding(soort="evaluatie"), dt.date(2026, 12, 2))
    vp, op, *_ = render_documenten(tweede, tmp_path / "uit")
    assert vp.name.endswith("-v2.docx") and op.name.endswith("-v2.docx")
    assert "A3" in bladwijzers(op) and "A3" not in bladwijzers(vp)
    for document in (vp, op):
        assert set(interne_links(document)) <= bladwijzers(document)
    assert "Noor kan altijd naar oma Ria" in tekst_van(vp)
