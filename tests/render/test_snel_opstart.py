"""With its templates in the disk cache, the fast path fills a dossier without docxtpl or python-docx
(issue 22.3): importing them was some 30 ms of every `vplan documenten`.

Each render runs in a fresh Python process, as a command does, and the test looks at what that
process loaded: never at how long it took.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from interview.model import Plan
from interview.render.documenten import SOORTEN
from tests.render.test_vijandige_tekst import met_afspraaktekst

VUL_EEN_DOSSIER = """
import json, sys
from pathlib import Path
from interview.invoer import lees_plan
from interview.render import snel

documenten = snel.maak_documenten(lees_plan(Path(sys.argv[1])))
print(json.dumps({
    "documenten": len(documenten),
    "geladen": sorted(naam for naam in sys.modules if naam.split(".")[0] in ("docx", "docxtpl")),
}))
"""


def _in_een_nieuw_proces(plan: Path, cache: Path) -> dict[str, Any]:
    resultaat = subprocess.run(
        [sys.executable, "-c", VUL_EEN_DOSSIER, str(plan)], capture_output=True, text=True, timeout=120,
        check=True, env={**os.environ, "XDG_CACHE_HOME": str(cache)},
    )
    gegevens: dict[str, Any] = json.loads(resultaat.stdout.splitlines()[-1])
    return gegevens


def test_a_dossier_filled_from_prepared_templates_loads_neither_docxtpl_nor_python_docx(
    voorbeeld_plan: Plan, tmp_path: Path
) -> None:
    """Also with a text of two lines and a tab, which docxtpl's listing step turns into Word's
    line break and tab: the fast path does that step itself (interview.render.deelvulling)."""
    plan = tmp_path / "plan.yaml"
    tweeregelig = met_afspraaktekst(voorbeeld_plan, "Eerste regel\nTweede regel\tna een tab")
    plan.write_text(json.dumps(tweeregelig.model_dump(mode="json")), encoding="utf-8")

    koud = _in_een_nieuw_proces(plan, tmp_path / "cache")  # prepares the templates into the cache
    warm = _in_een_nieuw_proces(plan, tmp_path / "cache")

    assert koud["documenten"] == warm["documenten"] > len(SOORTEN)
    assert "docxtpl" in koud["geladen"]  # preparing a template does need them: the probe sees them
    assert warm["geladen"] == []
