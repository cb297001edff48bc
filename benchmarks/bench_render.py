"""Benchmark: rendering every document of the example plan, against plain docxtpl.

Plain docxtpl renders the same templates (both plans and one document per reader, the set vplan
makes) with the same data in a default Jinja environment (no sandbox, no autoescape, no sanitising
finalize) and the same filters, into memory. vplan renders them with its sandboxed environment,
writes them atomically (fsync) with metadata.

Run: make bench   (or .venv/bin/python benchmarks/bench_render.py [ROUNDS])
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
from pathlib import Path

from docxtpl import DocxTemplate
from jinja2 import Environment
from meten import meet

from interview.invoer import lees_plan
from interview.model import Plan
from interview.model.vaststelling import Vastlegging
from interview.render.documenten import PLANNEN
from interview.render.kruisverwijzingen import Kruisverwijzingen
from interview.render.lezers import lezers
from interview.render.omgeving import maak_omgeving
from interview.render.planverloop import levensloop
from interview.render.sjabloonmap import standaard_sjablonen
from interview.render.zicht import zicht_op
from interview.versieset import render_documenten

VOORBEELD = Path(__file__).resolve().parents[1] / "interview" / "example" / "voorbeeld.yaml"


def live_context(plan: Plan) -> dict[str, object]:
    """The plan's live objects, as a team would hand them to plain docxtpl, with the same history,
    signatures and evaluation results vplan's templates read (render/levensloop.py)."""
    return {
        "plan": plan,
        "dossier": plan.dossier,
        "veiligheidsplan": plan.veiligheidsplan,
        "ondersteuningsplan": plan.ondersteuningsplan,
        "personen": plan.dossier.personen,
        **levensloop(plan, None, Vastlegging()),
    }


def kaal_docxtpl(plan: Plan) -> None:
    """Every document vplan makes of `plan` (both plans, one per reader), with docxtpl as a team would
    use it without vplan: same templates, data and filters, a fresh DocxTemplate per document."""
    context = live_context(plan)
    te_maken = [*((soort, context) for soort in PLANNEN),
                *((lezer.soort, {**context, "lezer": lezer}) for lezer in lezers(plan))]
    for soort, gegevens in te_maken:
        sjabloon = DocxTemplate(str(standaard_sjablonen() / f"{soort}.docx"))
        verwijzingen = Kruisverwijzingen(hier=set(), elders={}, relateer=sjabloon.build_url_id)
        omgeving = Environment()  # no sandbox, no autoescape, no finalize: only the same filters
        omgeving.filters.update(maak_omgeving(plan.dossier.personen, verwijzingen).filters)
        sjabloon.render(gegevens, omgeving)
        sjabloon.save(io.BytesIO())


def main(rondes: int) -> None:
    plan = lees_plan(VOORBEELD)
    with tempfile.TemporaryDirectory() as map_:
        uitvoer = Path(map_)
        meet(lambda: render_documenten(plan, uitvoer), 2)  # warm up imports and caches
        meet(lambda: kaal_docxtpl(plan), 2)
        vplan, kaal = [], []
        for _ in range(rondes):  # alternating, so a busy moment of the machine hits both alike
            vplan += meet(lambda: render_documenten(plan, uitvoer), 1)
            kaal += meet(lambda: kaal_docxtpl(plan), 1)
    zicht = meet(lambda: zicht_op(plan), rondes)
    mediaan_vplan, mediaan_kaal = statistics.median(vplan), statistics.median(kaal)
    print(f"Alle documenten van het voorbeeldplan (beide plannen, per lezer), {rondes} rondes "
          "(mediaan / slechtste):")
    print(f"  vplan render_documenten : {mediaan_vplan * 1000:7.1f} ms / {max(vplan) * 1000:7.1f} ms")
    print(f"  kaal docxtpl (geheugen) : {mediaan_kaal * 1000:7.1f} ms / {max(kaal) * 1000:7.1f} ms")
    print(f"  waarvan zicht_op (1x)   : {statistics.median(zicht) * 1000:7.1f} ms")
    print(f"  verhouding vplan / docxtpl: {mediaan_vplan / mediaan_kaal:.2f}")
    print(f"  1000 plannen opnieuw maken, één proces: ~{mediaan_vplan * 1000:.0f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
