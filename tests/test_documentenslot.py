"""`vplan documenten` holds the dossier's render lock, as the README says: a second one at once is refused."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from interview.cli import main
from interview.render import snel
from tests.helpers import VOORBEELD, bestanden_onder, slot_van_ander_proces, vplan

KENMERK = "VP-2026-0042"
BEZET = (f"vplan: De documenten van dossier {KENMERK} worden al gemaakt door een ander vplan-proces. "
         "Wacht tot dat klaar is en probeer het dan opnieuw.")


@pytest.fixture
def dossier(tmp_path: Path) -> Path:
    """The example dossier with its documents made once; its werkmap."""
    werkmap = tmp_path / "werkmap"
    assert main(["importeer", str(VOORBEELD), "--werkmap", str(werkmap)]) == 0
    assert main(["documenten", KENMERK, "--uitvoer", str(tmp_path / "uit"), "--werkmap", str(werkmap)]) == 0
    return werkmap


def test_a_second_documenten_while_the_first_renders_is_refused(
    tmp_path: Path, dossier: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fails on main: the lock was taken only for the swap, so both runs wrote the set."""
    tweede: list[subprocess.CompletedProcess[str]] = []
    rendert = snel.maak_documenten

    def en_intussen_nog_een(*argumenten: Any, **opties: Any) -> Any:
        tweede.append(vplan("documenten", KENMERK, "--uitvoer", "uit", werkmap=dossier, cwd=tmp_path))
        return rendert(*argumenten, **opties)

    monkeypatch.setattr(snel, "maak_documenten", en_intussen_nog_een)
    assert main(["documenten", KENMERK, "--uitvoer", str(tmp_path / "uit"), "--werkmap", str(dossier)]) == 0

    assert tweede[0].returncode == 1
    assert tweede[0].stderr.strip() == BEZET


@pytest.mark.parametrize("pdf", [[], ["--pdf"]], ids=["docx", "pdf"])
def test_documenten_under_a_held_lock_says_so_and_changes_nothing(
    tmp_path: Path, dossier: Path, pdf: list[str]
) -> None:
    """The README's promise with a lock another process holds: one Dutch line, exit code 1, nothing
    written (held on main too for the swap; kept here so the longer lock does not lose it)."""
    voor = bestanden_onder(tmp_path / "uit")
    with slot_van_ander_proces(tmp_path / "uit" / KENMERK / ".slot"):
        resultaat = vplan("documenten", KENMERK, *pdf, "--uitvoer", "uit", werkmap=dossier, cwd=tmp_path)

    assert resultaat.returncode == 1
    assert resultaat.stderr.strip() == BEZET
    assert bestanden_onder(tmp_path / "uit") == voor
