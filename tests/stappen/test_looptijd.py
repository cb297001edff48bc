"""The looptijd watch: a directe-veiligheid termijn that passed unreached is reported by every
command that opens the dossier, in one Dutch line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.helpers import gelukt, vplan

KENMERK = "VP-2026-0042"
VOORBEELD = Path(__file__).resolve().parents[2] / "interview" / "example" / "voorbeeld.yaml"
MELDING = ("vplan: Let op: directe veiligheid had op 21 november 2026 bereikt moeten zijn (dossier "
           "VP-2026-0042, planversie 1) en is nog niet als bereikt vastgelegd.")


def dossier_met(tmp_path: Path, looptijd: dict[str, Any]) -> Path:
    """The example dossier (plan of 20 November 2026) with this looptijd, imported."""
    plan = yaml.safe_load(VOORBEELD.read_text(encoding="utf-8"))
    plan["looptijd"] = looptijd
    (tmp_path / "plan.yaml").write_text(yaml.safe_dump(plan, allow_unicode=True), encoding="utf-8")
    werkmap = tmp_path / "werkmap"
    gelukt(vplan("importeer", str(tmp_path / "plan.yaml"), werkmap=werkmap, cwd=tmp_path))
    return werkmap


@pytest.mark.parametrize("opdracht", [
    ["documenten", KENMERK, "--uitvoer", "uit"],
    ["verstuurd", KENMERK],
    ["verstuurd", KENMERK, "--aan", "Sandra"],
    ["vaststellen", KENMERK],  # fails for want of a terminal, and still warns
    ["gesprek", KENMERK, "--met", "Sandra"],
])
def test_every_command_that_opens_the_dossier_warns_once(tmp_path: Path, opdracht: list[str]) -> None:
    werkmap = dossier_met(tmp_path, {"directe_veiligheid_voor": "2026-11-21"})
    uitkomst = vplan(*opdracht, werkmap=werkmap, cwd=tmp_path)
    regels = [regel for regel in uitkomst.stderr.splitlines() if "directe veiligheid" in regel]
    assert len(regels) == 1 and regels[0].startswith(MELDING)
    assert "Traceback" not in uitkomst.stderr


@pytest.mark.parametrize("looptijd", [
    {"directe_veiligheid_voor": "2026-11-21", "directe_veiligheid_bereikt_op": "2026-11-21"},
    {"directe_veiligheid_voor": (dt.date.today() + dt.timedelta(days=1)).isoformat()},
    {},
])
def test_a_termijn_reached_or_still_open_is_not_reported(tmp_path: Path, looptijd: dict[str, Any]) -> None:
    werkmap = dossier_met(tmp_path, looptijd)
    uitkomst = vplan("verstuurd", KENMERK, werkmap=werkmap, cwd=tmp_path)
    assert uitkomst.returncode == 0 and uitkomst.stderr == ""


def test_an_unknown_dossier_gets_its_own_error_not_a_warning(tmp_path: Path) -> None:
    uitkomst = vplan("verstuurd", "VP-ONBEKEND", werkmap=tmp_path / "werkmap", cwd=tmp_path)
    assert uitkomst.returncode == 1
    assert uitkomst.stderr.startswith("vplan: Dossier VP-ONBEKEND bestaat niet")
