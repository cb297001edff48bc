"""A file or folder vplan may not read is named as such: no talk of damage, no backup to restore."""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from interview.cli import main
from tests.helpers import VOORBEELD
from tests.helpers import vplan_met_werkmapvariabele as vplan

KENMERK = "VP-2026-0042"


@pytest.fixture
def werkmap(tmp_path: Path) -> Path:
    assert main(["importeer", str(VOORBEELD), "--werkmap", str(tmp_path / "werkmap")]) == 0
    return tmp_path / "werkmap"


def weiger(monkeypatch: pytest.MonkeyPatch, methode: str, naam: str) -> None:
    """Path.`methode` refuses the file called `naam` as the system does a file of another user
    (root reads every file, so chmod cannot show this in a test run as root)."""
    origineel: Callable[..., Any] = getattr(Path, methode)

    def geweigerd(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.name == naam:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return origineel(self, *args, **kwargs)

    monkeypatch.setattr(Path, methode, geweigerd)


def assert_geen_toestemming(fout: str, naam: str) -> None:
    assert f"Geen toestemming om {naam} te lezen" in fout
    for woord in ("beschadigd", "reservekopie", "Permission", "Traceback"):
        assert woord not in fout


def test_a_plan_file_vplan_may_not_read_is_named_by_its_place_in_the_werkmap(
        werkmap: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Fails on main ('Lezen of schrijven lukt niet bij /…/plan-v1.json: geen toestemming')."""
    capsys.readouterr()
    weiger(monkeypatch, "open", "plan-v1.json")

    uit = werkmap.parent / "uit"
    afsluitcode = main(["documenten", KENMERK, "--werkmap", str(werkmap), "--uitvoer", str(uit)])

    assert afsluitcode == 1
    assert_geen_toestemming(capsys.readouterr().err, f"{KENMERK}/plannen/plan-v1.json")
    assert not uit.exists()


def test_a_dossier_folder_vplan_may_not_enter_is_named_by_its_kenmerk(
        werkmap: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Fails on main (the same disk message, with the full path)."""
    capsys.readouterr()
    weiger(monkeypatch, "is_file", "dossier.json")

    assert main(["documenten", KENMERK, "--werkmap", str(werkmap)]) == 1
    assert_geen_toestemming(capsys.readouterr().err, f"dossier {KENMERK}")


def test_an_answers_file_vplan_may_not_read_is_named_as_the_user_gave_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Fails on main (the same disk message)."""
    shutil.copy(VOORBEELD, tmp_path / "plan.yaml")
    monkeypatch.chdir(tmp_path)
    weiger(monkeypatch, "open", "plan.yaml")

    assert main(["importeer", "plan.yaml", "--werkmap", str(tmp_path / "werkmap")]) == 1
    assert_geen_toestemming(capsys.readouterr().err, "plan.yaml")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may read every file")
def test_chmod_000_on_a_plan_file(werkmap: Path) -> None:
    plan = werkmap / KENMERK / "plannen" / "plan-v1.json"
    plan.chmod(0)
    try:
        resultaat = vplan("documenten", KENMERK, werkmap=werkmap, cwd=werkmap.parent)
    finally:
        plan.chmod(0o600)

    assert resultaat.returncode == 1
    assert_geen_toestemming(resultaat.stderr, f"{KENMERK}/plannen/plan-v1.json")
