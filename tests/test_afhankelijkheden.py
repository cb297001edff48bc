"""One source of dependencies: pyproject.toml declares what interview/ imports, with floors that install and
caps where internals are used; the hashed locks made from it install make demo and CI; one version; a
LICENSE."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

import interview

WORTEL = Path(__file__).parents[1]
PYPROJECT = tomllib.loads((WORTEL / "pyproject.toml").read_text(encoding="utf-8"))
VEREIST = {canonicalize_name(Requirement(regel).name): Requirement(regel)
           for regel in PYPROJECT["project"]["dependencies"]}
TEST_VEREIST = {canonicalize_name(Requirement(regel).name): Requirement(regel)
                for regel in PYPROJECT["project"]["optional-dependencies"]["test"]}
SLOTEN = {"requirements.lock": VEREIST, "requirements-test.lock": VEREIST | TEST_VEREIST}
VASTGEZET = re.compile(r"^(?P<naam>[A-Za-z0-9._-]+)==(?P<versie>[^\s;]+)(?: ; [^\\]+)? \\$", re.MULTILINE)
HASH = re.compile(r"^    --hash=sha256:[0-9a-f]{64}(?: \\)?$")
EIGEN = {"interview", "__future__"}


def geimporteerd() -> set[str]:
    """The top-level names interview/ imports that are neither the standard library nor interview."""
    namen = set()
    for pad in (WORTEL / "interview").rglob("*.py"):
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if isinstance(knoop, ast.Import):
                namen |= {alias.name.split(".")[0] for alias in knoop.names}
            elif isinstance(knoop, ast.ImportFrom) and knoop.level == 0 and knoop.module:
                namen.add(knoop.module.split(".")[0])
    return namen - set(sys.stdlib_module_names) - EIGEN


def vastgezet(slot: str) -> dict[str, str]:
    tekst = (WORTEL / slot).read_text(encoding="utf-8")
    return {canonicalize_name(m["naam"]): m["versie"] for m in VASTGEZET.finditer(tekst)}


def vloer(naam: str) -> Version:
    return min(Version(s.version) for s in VEREIST[naam].specifier if s.operator == ">=")


def test_every_package_interview_imports_is_declared() -> None:
    """Fails on main: lxml, markupsafe and annotated_types were imported but not declared."""
    verdeling = importlib.metadata.packages_distributions()
    niet_verklaard = sorted(
        naam for naam in geimporteerd()
        if not {canonicalize_name(d) for d in verdeling.get(naam, [naam])} & VEREIST.keys()
    )
    assert niet_verklaard == []


@pytest.mark.parametrize(("pakket", "minstens", "waarom"), [
    ("questionary", "2.1", "select and checkbox with use_search_filter (2.0.x lacks it)"),
    ("python-docx", "1.1.1", "what docxtpl 0.20.0 requires"),
])
def test_a_floor_is_a_release_that_has_what_vplan_needs(pakket: str, minstens: str, waarom: str) -> None:
    assert vloer(pakket) >= Version(minstens), waarom


@pytest.mark.parametrize("pakket", ["docxtpl", "python-docx", "questionary", "prompt-toolkit"])
def test_a_package_whose_internals_vplan_uses_is_capped(pakket: str) -> None:
    assert any(s.operator == "<" for s in VEREIST[pakket].specifier)


@pytest.mark.parametrize("slot", sorted(SLOTEN))
def test_each_lock_pins_every_package_with_hashes_and_fits_pyproject(slot: str) -> None:
    tekst = (WORTEL / slot).read_text(encoding="utf-8")
    pins = vastgezet(slot)
    regels = [r for r in tekst.splitlines() if r.strip() and not r.lstrip().startswith("#")]
    assert all(VASTGEZET.match(r) or HASH.match(r) for r in regels), slot
    assert len(pins) == sum(1 for r in regels if not r.startswith(" ")), "every line pins one package"
    assert len(re.findall(r"--hash=sha256:", tekst)) >= len(pins)
    for naam, eis in SLOTEN[slot].items():
        assert naam in pins, f"{naam} ontbreekt in {slot}"
        assert eis.specifier.contains(pins[naam]), f"{slot} zet {naam}=={pins[naam]}, pyproject vraagt {eis}"


def test_the_test_lock_installs_the_same_application_as_the_lock() -> None:
    toepassing = vastgezet("requirements.lock")
    test = vastgezet("requirements-test.lock")
    assert {naam: test[naam] for naam in toepassing} == toepassing


def test_make_demo_installs_the_application_from_the_lock_without_test_tools() -> None:
    makefile = (WORTEL / "Makefile").read_text(encoding="utf-8")
    runtime = makefile.split("$(RUNTIME):")[1].split("\n\n")[0]
    assert "--require-hashes -r requirements.lock" in runtime
    assert "--no-deps -e ." in runtime
    assert "[test]" not in runtime and "requirements-test" not in runtime
    assert re.search(r"^demo: \$\(RUNTIME\)$", makefile, re.MULTILINE)
    assert re.search(r'^test-snel:.*\n\t.*pytest.*-m "not libreoffice and not wheel"', makefile, re.MULTILINE)


def test_ci_runs_the_linters_and_the_portable_path() -> None:
    ci = (WORTEL / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert {"make test", "make lint", "make test-draagbaar"} <= set(ci)
    makefile = (WORTEL / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^test-draagbaar:.*\n\tPYTHONPATH=\$\(CURDIR\)/tests/draagbaar ", makefile,
                     re.MULTILINE)


def test_the_version_is_written_once_in_pyproject() -> None:
    """Fails on main: interview/__init__.py wrote it a second time."""
    assert interview.__version__ == PYPROJECT["project"]["version"] == importlib.metadata.version("vplan")
    herhaald = [str(pad.relative_to(WORTEL)) for pad in (WORTEL / "interview").rglob("*.py")
                if re.search(r"""__version__\s*=\s*["']""", pad.read_text(encoding="utf-8"))]
    assert herhaald == []


def test_the_licence_is_the_full_eupl_text() -> None:
    tekst = (WORTEL / "LICENSE").read_text(encoding="utf-8")
    assert PYPROJECT["project"]["license"] == "EUPL-1.2"
    assert tekst.startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert "Article 15" in tekst and "Appendix" in tekst and len(tekst) > 12_000
