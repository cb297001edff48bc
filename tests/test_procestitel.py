"""`ps` shows every local user each process's command line: vplan's hides the names it was given."""

from __future__ import annotations

import sys
from pathlib import Path

import pexpect
import pytest

from interview.procestitel import titel
from tests.helpers import ANTWOORDEN, KENMERK, gelukt, vplan


def test_a_session_waiting_at_its_first_question_shows_no_name_in_ps(tmp_path: Path) -> None:
    werkmap = tmp_path / "werkmap"
    gelukt(vplan("nieuw", "--antwoorden", str(ANTWOORDEN / "dossier.yaml"), werkmap=werkmap, cwd=tmp_path))
    gesprek = pexpect.spawn(
        sys.executable, ["-m", "interview", "gesprek", KENMERK, "--met", "Lisa", "--werkmap", str(werkmap)],
        cwd=str(tmp_path), dimensions=(40, 200), encoding="utf-8", timeout=30,
    )
    try:
        gesprek.expect_exact("Lisa")  # the session itself may say who it is with
        opdrachtregel = Path(f"/proc/{gesprek.pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    finally:
        gesprek.terminate(force=True)

    assert "Lisa" not in opdrachtregel
    assert opdrachtregel.strip() == f"vplan gesprek {KENMERK} --met … --werkmap …"


@pytest.mark.parametrize(("argumenten", "verwacht"), [
    (["gesprek", "VP-2026-0101", "--met", "Lisa"], "vplan gesprek VP-2026-0101 --met …"),
    (["verstuurd", "VP-2026-0101", "--aan=Lisa Meijer", "--uitgelegd-door", "Ilse de Wit", "--vorm", "post"],
     "vplan verstuurd VP-2026-0101 --aan=… --uitgelegd-door … --vorm …"),
    (["nieuw", "--antwoorden", "/home/ilse/gezin-bakker.yaml"], "vplan nieuw --antwoorden …"),
    (["sjablonen", "controleer", "bakker"], "vplan sjablonen controleer …"),
    (["opnieuw", "VP-2026-0101", "VP-2026-0102", "--processen", "2"],
     "vplan opnieuw VP-2026-0101 VP-2026-0102 --processen …"),
], ids=["gesprek", "verstuurd", "pad", "map", "kenmerken"])
def test_the_title_keeps_commands_and_kenmerken_and_hides_every_other_value(
    argumenten: list[str], verwacht: str
) -> None:
    assert titel(argumenten) == verwacht
