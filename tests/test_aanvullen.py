"""A worker presses Tab: bash or zsh completes commands, options, kenmerken and names for --met."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import VOORBEELD


def vplan(*argumenten: str, werkmap: Path) -> subprocess.CompletedProcess[str]:
    omgeving = {**os.environ, "VPLAN_WERKMAP": str(werkmap)}
    return subprocess.run([sys.executable, "-m", "interview", *argumenten], capture_output=True,
                          text=True, env=omgeving, timeout=120, check=False)


def tab(regel: str, werkmap: Path, tmp_path: Path) -> list[str]:
    """What the shell offers after typing `vplan <regel>` and pressing Tab (argcomplete's protocol)."""
    antwoord = tmp_path / "aanvulling.txt"
    opdrachtregel = f"{sys.executable} -m interview {regel}"
    omgeving = {
        **os.environ, "VPLAN_WERKMAP": str(werkmap),
        "_ARGCOMPLETE": "3",  # the words of the command start after `python -m interview`
        "_ARGCOMPLETE_IFS": "\n", "_ARGCOMPLETE_STDOUT_FILENAME": str(antwoord),
        "COMP_LINE": opdrachtregel, "COMP_POINT": str(len(opdrachtregel)),
    }
    subprocess.run([sys.executable, "-m", "interview"], env=omgeving, timeout=60, check=True)
    tekst = antwoord.read_text(encoding="utf-8")
    return tekst.split("\n") if tekst else []


@pytest.fixture
def werkmap(tmp_path: Path) -> Path:
    werkmap = tmp_path / "werkmap"
    assert vplan("importeer", str(VOORBEELD), werkmap=werkmap).returncode == 0
    return werkmap


def test_tab_completes_a_command(werkmap: Path, tmp_path: Path) -> None:
    assert tab("doc", werkmap, tmp_path) == ["documenten "]


def test_tab_offers_the_kenmerken_of_the_werkmap(werkmap: Path, tmp_path: Path) -> None:
    assert "VP-2026-0042" in tab("documenten ", werkmap, tmp_path)


def test_tab_reads_the_werkmap_given_on_the_command_line(werkmap: Path, tmp_path: Path) -> None:
    leeg = tmp_path / "leeg"
    leeg.mkdir()
    assert "VP-2026-0042" not in tab(f"documenten --werkmap {leeg} ", werkmap, tmp_path)


def test_tab_offers_the_names_of_the_dossier_for_met(werkmap: Path, tmp_path: Path) -> None:
    namen = tab("gesprek VP-2026-0042 --met ", werkmap, tmp_path)
    assert {"Sandra", "Noor", "Marieke\\ Jansen"} <= set(namen)
    assert tab("gesprek VP-2026-0042 --met Sa", werkmap, tmp_path) == ["Sandra "]


def test_tab_for_an_unknown_dossier_offers_no_names_and_no_error(werkmap: Path, tmp_path: Path) -> None:
    assert tab("gesprek VP-2099-0001 --met ", werkmap, tmp_path) == []


def test_bash_registers_vplan_with_the_printed_code(werkmap: Path) -> None:
    bash = shutil.which("bash")
    assert bash, "bash is part of every supported machine"
    code = vplan("aanvulling", "bash", werkmap=werkmap)
    assert code.returncode == 0, code.stderr
    geregistreerd = subprocess.run([bash, "-c", code.stdout + "\ncomplete -p vplan"],
                                   capture_output=True, text=True, check=True).stdout
    assert "vplan" in geregistreerd


def test_zsh_gets_its_own_completion_code(werkmap: Path) -> None:
    code = vplan("aanvulling", "zsh", werkmap=werkmap)
    assert code.returncode == 0, code.stderr
    assert code.stdout.startswith("#compdef vplan")
