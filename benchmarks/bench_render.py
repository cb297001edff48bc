"""Benchmark: rendering every document of the example plan, against plain docxtpl.

Plain docxtpl renders the same templates (the two plans, a recipient's own copies, one document per
reader and one letter per recipient: the set vplan makes, from the same readers' plans) with the same
data in a default Jinja environment (no sandbox, no autoescape, no sanitising finalize) and the same
filters, into memory. vplan renders them with its sandboxed environment, writes them atomically
(fsync) with metadata.

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
from interview.model.lezersdeel import voor_lezer
from interview.model.vaststelling import Vastlegging
from interview.render.brief import BRIEF, brieven
from interview.render.documenten import PLANNEN
from interview.render.kruisverwijzingen import Kruisverwijzingen
from interview.render.lezers import eigen_exemplaren, lezersdelen
from interview.render.omgeving import maak_omgeving
from interview.render.planverloop import levensloop
from interview.render.sjabloonmap import standaard_sjablonen
from interview.render.zicht import VOLLEDIG, zicht_op
from interview.versieset import render_documenten

VOORBEELD = Path(__file__).resolve().parents[1] / "interview" / "example" / "voorbeeld.yaml"


def live_context(beeld: Plan, **extra: object) -> dict[str, object]:
    """The live objects of `beeld` (a plan as one reader may read it), as a team would hand them to
    plain docxtpl, with the same history, signatures and evaluation results vplan's templates read
    (render/planverloop.py)."""
    return {
        "plan": beeld,
        "dossier": beeld.dossier,
        "veiligheidsplan": beeld.veiligheidsplan,
        "ondersteuningsplan": beeld.ondersteuningsplan,
        "personen": beeld.dossier.personen,
        **levensloop(beeld, None, Vastlegging()),
        **extra,
    }


def kaal_te_maken(plan: Plan) -> list[tuple[str, dict[str, object]]]:
    """Every document vplan makes of `plan`, in its order, each with its data as live objects made
    from the same reader views (render/lezers.py, render/brief.py): the two plans, a recipient's own
    copy where their part differs, one document per reader, one letter per recipient."""
    volledig = voor_lezer(plan, VOLLEDIG)
    return [
        *((soort, live_context(volledig)) for soort in PLANNEN),
        *((deel.lezer.soort, live_context(deel.plan)) for deel in eigen_exemplaren(plan)),
        *((deel.lezer.soort, live_context(deel.plan, lezer=deel.lezer)) for deel in lezersdelen(plan)),
        *((BRIEF, live_context(deel.plan, brief=deel.brief)) for deel in brieven(plan)),
    ]


def kaal_docxtpl(plan: Plan) -> int:
    """Every document vplan makes of `plan` (`kaal_te_maken`), with docxtpl as a team would use it
    without vplan: same templates, data and filters, a fresh DocxTemplate per document, saved in
    memory. Returns how many documents it made."""
    te_maken = kaal_te_maken(plan)
    for soort, gegevens in te_maken:
        sjabloon = DocxTemplate(str(standaard_sjablonen() / f"{soort}.docx"))
        verwijzingen = Kruisverwijzingen(hier=set(), elders={}, relateer=sjabloon.build_url_id)
        omgeving = Environment()  # no sandbox, no autoescape, no finalize: only the same filters
        omgeving.filters.update(maak_omgeving(plan.dossier.personen, verwijzingen).filters)
        sjabloon.render(gegevens, omgeving)
        sjabloon.save(io.BytesIO())
    return len(te_maken)


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
