"""`vplan documenten` loads only what making one dossier's documents needs (issue 22.3).

Each test runs the command in a fresh Python process and looks at what that process loaded and
built: never at how long it took.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.helpers import gelukt, vplan

VOORBEELD = Path(__file__).resolve().parents[1] / "interview" / "example" / "voorbeeld.yaml"

NA_DE_OPDRACHT = """
import gc, json, sys
from interview.cli import main
from interview.model.basis import Basis

def afstammelingen(klasse):
    for kind in klasse.__subclasses__():
        yield kind
        yield from afstammelingen(kind)

code = main(sys.argv[1:])
print(json.dumps({
    "code": code,
    "modules": sorted(sys.modules),
    "gebouwd": sorted({k.__name__ for k in afstammelingen(Basis) if k.__pydantic_complete__}),
    "kringloopopruiming": gc.isenabled(),
}))
"""

INTERACTIEF = ("questionary", "prompt_toolkit", "rich", "docxtpl_lint")


def _documenten_in_een_nieuw_proces(tmp_path: Path) -> dict[str, Any]:
    werkmap = tmp_path / "werkmap"
    gelukt(vplan("importeer", str(VOORBEELD), werkmap=werkmap, cwd=tmp_path))
    resultaat = subprocess.run(
        [sys.executable, "-c", NA_DE_OPDRACHT, "documenten", "VP-2026-0042", "--werkmap", str(werkmap),
         "--uitvoer", str(tmp_path / "uit")],
        capture_output=True, text=True, timeout=120, check=True, cwd=tmp_path,
    )
    gegevens: dict[str, Any] = json.loads(resultaat.stdout.splitlines()[-1])
    assert gegevens["code"] == 0, resultaat.stderr
    assert list((tmp_path / "uit").rglob("veiligheidsplan-*.docx"))
    return gegevens


def test_making_documents_loads_nothing_of_the_interview_screen(tmp_path: Path) -> None:
    """No prompt library, progress bar or template linter: `vplan documenten` asks nothing."""
    geladen = {module.split(".")[0] for module in _documenten_in_een_nieuw_proces(tmp_path)["modules"]}

    assert geladen.isdisjoint(INTERACTIEF)


def test_making_documents_builds_only_the_models_its_plan_needs(tmp_path: Path) -> None:
    """The models of a change to a plan (interview.wijzig) and of the time log are never filled
    by `vplan documenten`, so it does not build their validators."""
    gebouwd = set(_documenten_in_een_nieuw_proces(tmp_path)["gebouwd"])

    assert "Plan" in gebouwd
    assert gebouwd.isdisjoint({"Wijzigingen", "Aanpassing", "Correctie", "Tijdregel"})


def test_the_plan_model_is_built_on_first_use_not_on_import() -> None:
    """Importing the model costs no validator building; a command that reads no plan pays nothing."""
    resultaat = subprocess.run(
        [sys.executable, "-c", "import interview.model as m; print(m.Plan.__pydantic_complete__)"],
        capture_output=True, text=True, timeout=60, check=True,
    )

    assert resultaat.stdout.strip() == "False"


def test_the_cycle_collector_is_on_again_after_the_command(tmp_path: Path) -> None:
    """Switched off while the documents are made, and on again for a caller that goes on."""
    assert _documenten_in_een_nieuw_proces(tmp_path)["kringloopopruiming"] is True
