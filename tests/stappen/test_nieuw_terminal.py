"""`vplan nieuw` in a narrow terminal, as a worker sees it (issue 8)."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pexpect


def test_the_message_after_ctrl_c_on_a_card_is_folded_between_words_to_the_terminal(tmp_path: Path) -> None:
    nieuw = pexpect.spawn(sys.executable, ["-m", "interview", "nieuw"], cwd=str(tmp_path),
                          env={**os.environ, "VPLAN_WERKMAP": str(tmp_path / "werkmap")},
                          dimensions=(30, 60), encoding="utf-8", timeout=20)
    nieuw.expect_exact("Kenmerk van het dossier")
    nieuw.send("VP-2026-0100")
    nieuw.sendcontrol("c")
    nieuw.expect(pexpect.EOF)

    uitvoer = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", nieuw.before or "")
    bericht = uitvoer[uitvoer.index("vplan: Het gesprek is onderbroken"):].splitlines()
    assert "behalve die op de kaart die open stond" in " ".join(regel.strip() for regel in bericht)
    assert all(len(regel.rstrip()) <= 60 for regel in bericht)  # the terminal would split words
