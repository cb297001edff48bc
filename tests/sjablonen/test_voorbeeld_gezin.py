"""`vplan sjablonen voorbeeld --dossier` at a terminal: a real family's documents stay only while the user
looks at them."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pexpect
import pytest

from interview.store import Werkmap
from tests.helpers import maak_dossier, plan_voor

KENMERK = "VP-2026-0001"


def voorbeeld_aan_de_terminal(tmp_path: Path) -> pexpect.spawn:
    maak_dossier(Werkmap(tmp_path / "werkmap"), plan_voor(KENMERK))
    (tmp_path / "tmp").mkdir()
    return pexpect.spawn(
        sys.executable, ["-m", "interview", "sjablonen", "voorbeeld", "--dossier", KENMERK,
                         "--werkmap", str(tmp_path / "werkmap")],
        cwd=str(tmp_path), dimensions=(40, 200), encoding="utf-8", timeout=120,
        env={**os.environ, "TMPDIR": str(tmp_path / "tmp"), "VPLAN_DEBUG": ""},
    )


@pytest.mark.parametrize("klaar", ["\r", "\x04"], ids=["enter", "ctrl-d"])
def test_the_preview_of_a_real_family_is_removed_when_the_user_is_done(tmp_path: Path, klaar: str) -> None:
    """Fails on main: the folder stayed in the temporary folder for an hour or more."""
    terminal = voorbeeld_aan_de_terminal(tmp_path)
    try:
        terminal.expect(r"Proefdocumenten \(planversie 1 van VP-2026-0001\) in (\S+):")
        map_ = Path(terminal.match[1])
        terminal.expect_exact("druk dan op Enter")
        assert len(list(map_.rglob("*.docx"))) > 2  # there to look at while vplan waits
        terminal.send(klaar)
        terminal.expect(pexpect.EOF)
    finally:
        terminal.close(force=True)

    assert terminal.exitstatus == 0, terminal.before
    assert re.search(rf"Verwijderd: {re.escape(str(map_))}", terminal.before or "")
    assert list((tmp_path / "tmp").iterdir()) == []


def test_ctrl_c_at_the_preview_removes_it_too(tmp_path: Path) -> None:
    terminal = voorbeeld_aan_de_terminal(tmp_path)
    try:
        terminal.expect_exact("druk dan op Enter")
        terminal.sendintr()
        terminal.expect(pexpect.EOF)
    finally:
        terminal.close(force=True)

    assert list((tmp_path / "tmp").iterdir()) == []
