"""`vplan documenten` loads only what making one dossier's documents needs (issue 22.3).

Each test runs the command in a fresh Python process and looks at what that process loaded and
built: never at how long it took.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from interview.versiemap import vervang_versiemap
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
    "bevroren": gc.get_freeze_count(),
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


def test_making_documents_loads_no_spelling_suggestions(tmp_path: Path) -> None:
    """Nothing was mistyped, so difflib (for "Bedoelt u …?") is not loaded."""
    geladen = set(_documenten_in_een_nieuw_proces(tmp_path)["modules"])

    assert "difflib" not in geladen


def test_making_documents_does_not_load_how_a_change_is_made(tmp_path: Path) -> None:
    """The documents compare versions (interview.versieverschil) but make none: the models and rules of a
    change (interview.wijzig) are not even loaded."""
    geladen = set(_documenten_in_een_nieuw_proces(tmp_path)["modules"])

    assert "interview.versieverschil" in geladen
    assert "interview.wijzig" not in geladen


def test_the_plan_models_are_not_read_back_from_the_text_of_their_types() -> None:
    """With `from __future__ import annotations` pydantic evaluates every field's type from its text
    when a model class is made, ~600 times for the plan model; the model modules do without it."""
    modellen = Path(__file__).resolve().parents[1] / "interview" / "model"
    met_tekst = [pad.name for pad in sorted(modellen.glob("*.py"))
                 if "(Basis)" in (bron := pad.read_text(encoding="utf-8"))
                 and "from __future__ import annotations" in bron]

    assert met_tekst == []


def test_an_empty_list_in_the_plan_model_is_a_default_not_a_factory() -> None:
    """pydantic asks every default factory for its signature when the model class is made, ~0.1 ms
    for the builtins list and dict; an empty default (`[]`, `{}`) it copies per instance just as well."""
    modules = [Path(__file__).resolve().parents[1] / "interview" / "wijzig.py",
               *sorted((Path(__file__).resolve().parents[1] / "interview" / "model").glob("*.py"))]
    met_fabriek = [pad.name for pad in modules
                   if re.search(r"default_factory=(list|dict|set)\b", pad.read_text(encoding="utf-8"))]

    assert met_fabriek == []

    from interview.model import Plan

    een, ander = Plan.model_fields["gesprekken"].get_default(call_default_factory=True), \
        Plan.model_fields["gesprekken"].get_default(call_default_factory=True)
    assert een == ander == [] and een is not ander


GEBOUWD_NA_IMPORT = """
from interview.model import Plan
from interview.render.brief import Brief
from interview.render.kinderlezer import Kinderdeel
from interview.render.lezers import Gedeeld, Lezer, Telefoonregel
from interview.render.planverloop import Regel
print([m.__name__ for m in (Plan, Brief, Kinderdeel, Gedeeld, Lezer, Telefoonregel, Regel)
       if m.__pydantic_complete__])
"""


def test_the_models_are_built_on_first_use_not_on_import() -> None:
    """Importing the plan model or the readers' views builds no validator: a command that reads no
    plan pays nothing, and a model inside another is not built twice."""
    resultaat = subprocess.run([sys.executable, "-c", GEBOUWD_NA_IMPORT],
                               capture_output=True, text=True, timeout=60, check=True)

    assert resultaat.stdout.strip() == "[]"


def test_the_cycle_collector_is_on_again_after_the_command(tmp_path: Path) -> None:
    """Switched off while the documents are made, and on again for a caller that goes on; such a
    caller (main called from Python) keeps every object open to it."""
    na_de_opdracht = _documenten_in_een_nieuw_proces(tmp_path)

    assert na_de_opdracht["kringloopopruiming"] is True
    assert na_de_opdracht["bevroren"] == 0


BIJ_HET_EINDE = """
import atexit, sys

class Module:
    def __del__(self):
        print("uit elkaar gehaald", flush=True)  # when Python takes its modules apart one by one

overal = Module()
atexit.register(print, "bij het einde")
from interview.cli import main
sys.argv = ["vplan"]
main()
print("na main")
"""


def test_the_process_of_a_command_ends_with_it_without_python_taking_it_apart() -> None:
    """At its end Python searches every object for garbage and takes the modules apart one by one;
    a `vplan` process skips that (the system takes its memory back), but what was registered to run
    at exit still runs and every line printed is there."""
    resultaat = subprocess.run([sys.executable, "-c", BIJ_HET_EINDE], capture_output=True, text=True,
                               timeout=60, check=False)

    assert resultaat.returncode == 2, resultaat.stderr  # `vplan` without a command: its help, exit 2
    regels = resultaat.stdout.splitlines()
    assert "opdrachten:" in regels and regels[-1] == "bij het einde"
    assert "na main" not in regels and "uit elkaar gehaald" not in regels


def test_a_set_is_written_whole_before_its_first_file_is_made_durable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An fsync right after each file costs a journal commit per document; after all of them, a few
    for the set (the set still only appears, whole, once every file and the folder are durable)."""
    set_ = {f"document-{nummer}.docx": f"inhoud {nummer}".encode() for nummer in range(5)}
    geopend: dict[int, Path] = {}
    bij_eerste_fsync: list[dict[str, bytes]] = []
    echte_open, echte_fsync = os.open, os.fsync

    def open_(pad: Any, *argumenten: Any, **opties: Any) -> int:
        descriptor = echte_open(pad, *argumenten, **opties)
        geopend[descriptor] = Path(pad)
        return descriptor

    def fsync(descriptor: int) -> None:
        pad = geopend.get(descriptor)
        if pad is not None and pad.is_file() and not bij_eerste_fsync:
            bij_eerste_fsync.append({ander.name: ander.read_bytes() for ander in pad.parent.iterdir()})
        echte_fsync(descriptor)

    monkeypatch.setattr(os, "open", open_)
    monkeypatch.setattr(os, "fsync", fsync)
    vervang_versiemap(tmp_path / "uit", "v1", set_, "bezet")

    assert bij_eerste_fsync == [set_]
    assert {pad.name: pad.read_bytes() for pad in (tmp_path / "uit" / "v1").iterdir()} == set_
