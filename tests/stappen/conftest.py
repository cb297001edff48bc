"""The Meijer dossier as the steps' tests start from it: created, and with its five sessions held."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview.stappen.gesprek import individueel_gesprek
from interview.stappen.nieuw import nieuw_dossier
from interview.store import Werkmap
from tests.stappen.spelers import ANTWOORDEN, GESPREKKEN, KENMERK, gelukt, vplan


@pytest.fixture
def dossier(tmp_path: Path) -> Path:
    werkmap = tmp_path / "werkmap"
    gelukt(vplan("nieuw", "--antwoorden", str(ANTWOORDEN / "dossier.yaml"), werkmap=werkmap, cwd=tmp_path))
    return werkmap


@pytest.fixture
def met_gesprekken(tmp_path: Path) -> Werkmap:
    """The Meijer dossier with its five individual sessions, in process and from answers files."""
    werkmap = Werkmap(tmp_path / "werkmap")
    nieuw_dossier(werkmap, lambda: None, ANTWOORDEN / "dossier.yaml", print)
    for naam, bestand in GESPREKKEN:
        individueel_gesprek(werkmap, KENMERK, naam, lambda: None, ANTWOORDEN / f"{bestand}.yaml", print)
    return werkmap
