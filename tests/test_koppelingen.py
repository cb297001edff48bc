"""A folder vplan writes into or reads sessions from that is a link is refused with one Dutch line."""

from __future__ import annotations

from pathlib import Path

from interview.store import Werkmap
from tests.helpers import (
    ANTWOORDEN,
    KENMERK,
    bestanden_onder,
    gelukt,
    gesprekken_gehouden,
    maak_dossier,
    plan_voor,
    vplan,
)


def test_a_version_folder_that_is_a_link_is_refused_and_its_target_left_alone(tmp_path: Path) -> None:
    maak_dossier(Werkmap(tmp_path / "werkmap"), plan_voor("VP-2026-0001"))
    gelukt(vplan("documenten", "VP-2026-0001", "--uitvoer", str(tmp_path / "uit"),
                 werkmap=tmp_path / "werkmap", cwd=tmp_path))
    versiemap = tmp_path / "uit" / "VP-2026-0001" / "v1"
    versiemap.rename(tmp_path / "elders")
    versiemap.symlink_to(tmp_path / "elders")
    voor = bestanden_onder(tmp_path / "elders")

    resultaat = vplan("documenten", "VP-2026-0001", "--uitvoer", str(tmp_path / "uit"),
                      werkmap=tmp_path / "werkmap", cwd=tmp_path)

    assert resultaat.returncode == 1
    assert "is geen gewone map maar een koppeling" in resultaat.stderr
    assert "systeemfout" not in resultaat.stderr and "Traceback" not in resultaat.stderr
    assert versiemap.is_symlink() and bestanden_onder(tmp_path / "elders") == voor
    assert sorted(p.name for p in versiemap.parent.iterdir()) == [".slot", "v1"]


def test_a_sessions_folder_that_is_a_link_is_not_followed(tmp_path: Path) -> None:
    werkmap = gesprekken_gehouden(tmp_path)
    sessies = werkmap.dossier_map(KENMERK) / "sessies"
    sessies.rename(tmp_path / "andere-sessies")
    sessies.symlink_to(tmp_path / "andere-sessies")
    voor = bestanden_onder(werkmap.pad)

    beraad = vplan("netwerkberaad", KENMERK, "--antwoorden", str(ANTWOORDEN / "netwerkberaad.yaml"),
                   werkmap=werkmap.pad, cwd=tmp_path)
    overzicht = vplan("overzicht", "--csv", werkmap=werkmap.pad, cwd=tmp_path)

    assert beraad.returncode == 1
    assert "sessies is een koppeling naar een andere map" in beraad.stderr
    assert "Traceback" not in beraad.stderr
    assert bestanden_onder(werkmap.pad) == voor
    assert overzicht.returncode == 0 and "sessies is een koppeling" in overzicht.stdout
