"""A new user installs vplan like any Python tool (a wheel, built from the sdist) and it works anywhere.

The rest of the suite runs against the editable install inside the repository, which cannot notice
a file that the wheel leaves out; this test installs the real wheel into a fresh venv instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.helpers import VOORBEELD, controleer_met_libreoffice

REPOSITORY = Path(__file__).resolve().parents[1]
KENMERK = "VP-2026-0042"

pytestmark = pytest.mark.wheel


@pytest.fixture(scope="module")
def bouw(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """vplan's wheel, built from its source distribution as pip and pipx do, and the build's output."""
    uitvoer = tmp_path_factory.mktemp("dist")
    gebouwd = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(uitvoer), str(REPOSITORY)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert gebouwd.returncode == 0, gebouwd.stdout[-3000:] + gebouwd.stderr[-3000:]
    return next(uitvoer.glob("vplan-*.whl")), gebouwd.stdout + gebouwd.stderr


@pytest.fixture(scope="module")
def wiel(bouw: tuple[Path, str]) -> Path:
    return bouw[0]


@pytest.fixture(scope="module")
def vplan_bin(wiel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `vplan` of a fresh venv outside the repository with only the wheel installed.

    Dependencies come from the test venv through a .pth file, so no network is needed; that venv
    holds vplan only as an editable finder, which a .pth path entry does not activate.
    """
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site_packages = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    afhankelijkheden = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(site_packages) / "vplan-test-afhankelijkheden.pth").write_text("\n".join(sorted(afhankelijkheden)))
    installatie = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
         "--no-index", str(wiel)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert installatie.returncode == 0, installatie.stderr
    return venv / "bin" / "vplan"


def gebruiker(vplan_bin: Path, map_: Path, *argumenten: str) -> subprocess.CompletedProcess[str]:
    """Run the installed vplan as a user would, from `map_`, untouched by the repository."""
    omgeving = {k: v for k, v in os.environ.items()
                if k not in ("PYTHONPATH", "VPLAN_SJABLONEN", "VPLAN_DEBUG")}
    omgeving["VPLAN_WERKMAP"] = str(map_ / "werkmap")
    return subprocess.run([str(vplan_bin), *argumenten], capture_output=True, text=True,
                          env=omgeving, cwd=map_, timeout=120, check=False)


def test_building_vplan_gives_no_packaging_warnings(bouw: tuple[Path, str]) -> None:
    """setuptools' warnings reach every user of `make demo` and `pip install`, through pip.

    `build` prints them as "WARNING <message>"; pip's own "WARNING: ..." lines are about the
    machine's pip configuration, not about vplan.
    """
    _, uitvoer = bouw
    waarschuwingen = [r for r in uitvoer.splitlines() if r.startswith("WARNING ") or "Warning" in r]
    assert waarschuwingen == []


def test_the_wheel_ships_every_module_questionnaire_and_template(wiel: Path) -> None:
    with zipfile.ZipFile(wiel) as inhoud:
        in_wiel = set(inhoud.namelist())
    bron = {
        str(pad.relative_to(REPOSITORY)) for patroon in ("*.py", "*.yaml")
        for pad in (REPOSITORY / "interview").rglob(patroon)
    }
    sjablonen = {f"interview/standaardsjablonen/{pad.name}"
                 for pad in (REPOSITORY / "templates").glob("*.docx")}
    ontbreekt = sorted((bron | sjablonen) - in_wiel)
    assert ontbreekt == [], "add the missing package to [tool.setuptools] packages in pyproject.toml"


def test_installed_vplan_makes_both_documents_from_an_empty_folder(
    vplan_bin: Path, tmp_path: Path
) -> None:
    demo = gebruiker(vplan_bin, tmp_path, "demo")
    assert demo.returncode == 0, demo.stderr
    documenten = gebruiker(vplan_bin, tmp_path, "documenten", KENMERK, "--uitvoer", "documenten")
    assert documenten.returncode == 0, documenten.stderr  # the dossier demo put in the werkmap
    importeer = gebruiker(vplan_bin, tmp_path, "importeer", str(VOORBEELD), "--werkmap", "tweede")
    assert importeer.returncode == 0, importeer.stderr

    gemaakt = sorted([*(tmp_path / "output").rglob("*.docx"), *(tmp_path / "documenten").rglob("*.docx")])
    namen = sorted([
        *(f"brief-{KENMERK}-v1-{nummer}.docx" for nummer in range(1, 11)),
        *(f"{soort}-{KENMERK}-v1{lezer}.docx"
          for soort, lezer in [("gezinsversie", ""), ("kinderversie", "-1"), ("kinderversie", "-2"),
                               ("netwerkversie", "-1"), ("netwerkversie", "-2"), ("netwerkversie", "-3"),
                               ("professionalversie", "-2"), ("ondersteuningsplan", ""),
                               ("veiligheidsplan", "")]),
        *(f"{soort}-{KENMERK}-v1-{nummer}.docx"  # own copies of the parents and Noor
          for soort in ("ondersteuningsplan", "veiligheidsplan") for nummer in (1, 3, 4))])
    assert [pad.name for pad in gemaakt] == [*namen, *namen]  # in documenten/, then in output/
    controleer_met_libreoffice([pad for pad in gemaakt if pad.is_relative_to(tmp_path / "documenten")],
                               tmp_path / "libreoffice")


def test_installed_vplan_runs_the_wheels_code_not_the_repositorys(vplan_bin: Path, tmp_path: Path) -> None:
    python = vplan_bin.with_name("python")
    gevonden = subprocess.run(
        [python, "-c", "import interview; print(interview.__file__)"],
        capture_output=True, text=True, cwd=tmp_path, check=True,
    ).stdout
    assert Path(gevonden.strip()).is_relative_to(vplan_bin.parents[1])
