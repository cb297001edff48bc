"""`vplan tijd --voeg-toe` on a full disk says what it means for the time added, not for a session."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest

from interview import bestanden
from interview.cli import main
from interview.store import Werkmap
from tests.helpers import maak_dossier, plan_voor

KENMERK = "VP-2026-0042"


def test_a_full_disk_while_adding_time_says_the_time_was_not_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    werkmap = Werkmap(tmp_path / "werkmap")
    maak_dossier(werkmap, plan_voor(KENMERK))
    voor = sorted(p.name for p in werkmap.dossier_map(KENMERK).iterdir())

    def vol(descriptor: int, gegevens: Any) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(bestanden.os, "write", vol)
    code = main(["tijd", KENMERK, "--voeg-toe", "45m", "--soort", "contact", "--werkmap", str(werkmap.pad)])

    fout = capsys.readouterr().err
    assert code == 1
    assert "de schijf is vol" in fout and "De tijd is niet vastgelegd" in fout
    assert "gesprek" not in fout
    tijdbestand = werkmap.dossier_map(KENMERK) / "tijd.jsonl"
    assert not tijdbestand.exists() or tijdbestand.read_bytes() == b""
    assert sorted(p.name for p in werkmap.dossier_map(KENMERK).iterdir() if p.name != "tijd.jsonl") == voor
