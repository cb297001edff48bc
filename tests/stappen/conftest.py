"""The Meijer dossier as the steps' tests start from it: created, and with its five sessions held."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview.store import Werkmap
from tests.helpers import ANTWOORDEN, gelukt, gesprekken_gehouden, vplan


@pytest.fixture
def dossier(tmp_path: Path) -> Path:
    werkmap = tmp_path / "werkmap"
    gelukt(vplan("nieuw", "--antwoorden", str(ANTWOORDEN / "dossier.yaml"), werkmap=werkmap, cwd=tmp_path))
    return werkmap


@pytest.fixture
def met_gesprekken(tmp_path: Path) -> Werkmap:
    """The Meijer dossier with its five individual sessions, in process and from answers files."""
    werkmap = gesprekken_gehouden(tmp_path)
    return werkmap
