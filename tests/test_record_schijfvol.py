"""`vplan verstuurd --aan` on a full disk says the receipt was not recorded, not that a session goes on."""

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


def test_a_full_disk_while_recording_a_receipt_says_it_was_not_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    werkmap = Werkmap(tmp_path / "werkmap")
    plan = maak_dossier(werkmap, plan_voor(KENMERK))
    ontvanger = plan.dossier.gezin.volwassenen[0].naam

    def vol(descriptor: int, gegevens: Any) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(bestanden.os, "write", vol)
    code = main(["verstuurd", KENMERK, "--aan", ontvanger, "--werkmap", str(werkmap.pad)])

    fout = capsys.readouterr().err
    assert code == 1
    assert "de schijf is vol" in fout and "niet vastgelegd" in fout
    assert "gesprek" not in fout
    assert werkmap.ontvangsten(KENMERK) == []
