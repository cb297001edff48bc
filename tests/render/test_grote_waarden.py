"""Issue 24: a few lines of template that share one list many times cannot stall vplan or fill its
memory. Each is refused with one Dutch line, quickly, by every command that renders templates."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.helpers import VOORBEELD, vplan, vplan_met_werkmapvariabele
from tests.render.test_sjabloonfouten import sjablonen_met

GEDEELDE_LIJSTEN = (
    "{% set a = range(10000)|list %}"
    "{% set b = [" + ", ".join(["a"] * 20) + "] %}"
    "{% set c = [" + ", ".join(["b"] * 20) + "] %}"
    "{% set d = [" + ", ".join(["c"] * 20) + "] %}"
)
"""Four lines that hold 80 million numbers by reference (the issue's probe)."""

GROTE_WAARDEN = {
    "join": GEDEELDE_LIJSTEN + "{{ d|join|length }}",  # took 29 s on main
    "optellen": GEDEELDE_LIJSTEN + "{{ (d + d)|length }}",  # 110 s
    "string": GEDEELDE_LIJSTEN + "{{ c|string|length }}",  # a 471-million-character value, exit 0
}
TE_GROOT = "meer dan 1.000.000 tekens (het sjabloon maakt een te grote waarde)"
BINNEN = 15.0
"""The issue's figure: refused within 15 s wall, on a fresh clone (so no cache to help)."""


@pytest.fixture(scope="module")
def werkmap(tmp_path_factory: pytest.TempPathFactory) -> Path:
    map_ = tmp_path_factory.mktemp("werk") / "werkmap"
    assert vplan("importeer", str(VOORBEELD), werkmap=map_, cwd=map_.parent).returncode == 0
    return map_


@pytest.mark.parametrize("naam", GROTE_WAARDEN)
def test_shared_lists_are_refused_quickly_by_vplan_documenten(
    naam: str, werkmap: Path, tmp_path: Path
) -> None:
    sjablonen = sjablonen_met(tmp_path, GROTE_WAARDEN[naam])
    begin = time.monotonic()
    resultaat = vplan("documenten", "VP-2026-0042", "--sjablonen", str(sjablonen), werkmap=werkmap,
                      cwd=tmp_path)
    assert time.monotonic() - begin < BINNEN
    assert resultaat.returncode == 1, resultaat.stderr
    eerste = resultaat.stderr.splitlines()[0]
    assert eerste.startswith("vplan: Sjabloon veiligheidsplan.docx gebruikt iets wat in een sjabloon niet")
    assert TE_GROOT in eerste
    assert "Traceback" not in resultaat.stderr


@pytest.mark.parametrize("naam", GROTE_WAARDEN)
def test_shared_lists_are_an_error_in_sjablonen_controleer(naam: str, werkmap: Path, tmp_path: Path) -> None:
    sjablonen = sjablonen_met(tmp_path, GROTE_WAARDEN[naam])
    begin = time.monotonic()
    resultaat = vplan_met_werkmapvariabele("sjablonen", "controleer", str(sjablonen), werkmap=werkmap,
                                           cwd=tmp_path)
    assert time.monotonic() - begin < BINNEN * 2  # three generated plans, and the static layers first
    assert resultaat.returncode == 1, resultaat.stderr
    assert TE_GROOT in " ".join(resultaat.stdout.split())
    assert "Traceback" not in resultaat.stderr


@pytest.mark.parametrize("opdracht", [
    ("opnieuw", "VP-2026-0042"),
    ("sjablonen", "voorbeeld"),
])
def test_shared_lists_are_refused_by_opnieuw_and_voorbeeld_too(
    opdracht: tuple[str, ...], werkmap: Path, tmp_path: Path
) -> None:
    sjablonen = sjablonen_met(tmp_path, GROTE_WAARDEN["join"])
    argumenten = [*opdracht, str(sjablonen)] if opdracht[0] == "sjablonen" else [
        *opdracht, "--sjablonen", str(sjablonen)]
    begin = time.monotonic()
    resultaat = vplan(*argumenten, werkmap=werkmap, cwd=tmp_path)
    assert time.monotonic() - begin < BINNEN
    assert resultaat.returncode == 1, resultaat.stderr
    assert TE_GROOT in " ".join((resultaat.stderr + resultaat.stdout).split())  # opnieuw wraps its lines
    assert "Traceback" not in resultaat.stderr
