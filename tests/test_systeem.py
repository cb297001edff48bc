"""Where vplan finds what other systems keep elsewhere: LibreOffice, the werkmap, the CPUs; and what it tells
a Windows user about file modes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import pytest

from interview import info, systeem
from tests.helpers import VOORBEELD

README = Path(__file__).parents[1] / "README.md"


def vplan(*argumenten: str, thuis: Path, **omgeving: str) -> subprocess.CompletedProcess[str]:
    """vplan with HOME at `thuis` and no vplan or XDG variables but those given."""
    schoon = {k: v for k, v in os.environ.items() if not k.startswith(("VPLAN_", "XDG_"))}
    return subprocess.run([sys.executable, "-m", "interview", *argumenten], capture_output=True, text=True,
                          env={**schoon, "HOME": str(thuis), **omgeving}, cwd=thuis, timeout=120, check=False)


def werkmapregel(uitvoer: str) -> str:
    return next(regel for regel in uitvoer.splitlines() if regel.startswith("Werkmap:"))


def test_libreoffice_is_looked_for_where_windows_and_macos_install_it() -> None:
    plekken = {str(pad) for pad in systeem.LIBREOFFICE_PLEKKEN}
    assert str(PureWindowsPath(r"C:\Program Files\LibreOffice\program\soffice.exe")) in plekken
    assert "/Applications/LibreOffice.app/Contents/MacOS/soffice" in plekken


def test_libreoffice_off_the_path_is_found_in_its_usual_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    programma = tmp_path / "LibreOffice.app" / "Contents" / "MacOS" / "soffice"
    programma.parent.mkdir(parents=True)
    programma.write_bytes(b"")
    monkeypatch.setenv("PATH", str(tmp_path / "leeg"))
    monkeypatch.setattr(systeem, "LIBREOFFICE_PLEKKEN", (tmp_path / "elders" / "soffice.exe", programma))

    assert systeem.libreoffice() == str(programma)


def test_without_cpu_affinity_the_cpus_are_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "sched_getaffinity", raising=False)
    assert systeem.kernen() == (os.cpu_count() or 1)


def test_a_quoted_tilde_in_vplan_werkmap_is_the_home_folder(tmp_path: Path) -> None:
    importeer = vplan("importeer", str(VOORBEELD), thuis=tmp_path, VPLAN_WERKMAP="~/dossiers")
    info_ = vplan("info", thuis=tmp_path, VPLAN_WERKMAP="~/dossiers")

    assert importeer.returncode == 0, importeer.stderr
    assert werkmapregel(info_.stdout) == f"Werkmap: {tmp_path / 'dossiers'} (bron: $VPLAN_WERKMAP)"
    assert not (tmp_path / "~").exists()


def test_xdg_data_home_holds_the_default_werkmap(tmp_path: Path) -> None:
    info_ = vplan("info", thuis=tmp_path, XDG_DATA_HOME=str(tmp_path / "gegevens"))
    standaard = tmp_path / "gegevens" / "vplan" / "werkmap"
    assert werkmapregel(info_.stdout) == f"Werkmap: {standaard} (bron: standaard)"


def test_on_windows_info_says_plainly_that_file_modes_do_not_protect(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(info, "WINDOWS", True)
    regels = info.beschrijf(tmp_path / "werkmap", None)
    assert systeem.BESTANDSRECHTEN_WINDOWS in regels
    assert "0600" in systeem.BESTANDSRECHTEN_WINDOWS


def test_on_linux_info_does_not_talk_about_windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(info, "WINDOWS", False)
    assert systeem.BESTANDSRECHTEN_WINDOWS not in info.beschrijf(tmp_path / "werkmap", None)


def test_the_readme_says_the_same_about_windows_file_modes() -> None:
    readme = " ".join(README.read_text(encoding="utf-8").split())
    assert systeem.BESTANDSRECHTEN_WINDOWS.removeprefix("Bestandsrechten: ") in readme
