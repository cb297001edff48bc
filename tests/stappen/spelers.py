"""Builders for the steps' tests: the Meijer family's answers, the real command, a scripted worker."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from interview.conduct import Vraagstelling
from interview.conduct.kaart import vul_per_veld
from interview.conduct.prompter import KaartStelling, Opdracht, Terug
from interview.stappen.frame import Stapcontext
from interview.stappen.gesprek import individueel_gesprek
from interview.stappen.nieuw import nieuw_dossier
from interview.store import Werkmap

ANTWOORDEN = Path(__file__).resolve().parents[1] / "antwoorden"
KENMERK = "VP-2026-0101"
GESPREKKEN = [("Eva", "eva"), ("Mark", "mark"), ("Lisa", "lisa"), ("Joke", "joke"), ("Tom Bos", "tom")]


def vplan(*argumenten: str, werkmap: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The real command, without a terminal (stdin is not a tty)."""
    return subprocess.run(
        [sys.executable, "-m", "interview", *argumenten, "--werkmap", str(werkmap)],
        cwd=cwd, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120,
        env={**os.environ, "VPLAN_DEBUG": ""},
    )


def gelukt(resultaat: subprocess.CompletedProcess[str]) -> str:
    assert resultaat.returncode == 0, resultaat.stderr
    assert "Traceback" not in resultaat.stderr
    return resultaat.stdout


class Werker:
    """The worker at the keyboard during the netwerkberaad: answers what the script names, skips
    optional questions the answers file left open, and closes the review."""

    def __init__(self, antwoorden: dict[str, list[object]]) -> None:
        self.antwoorden = antwoorden
        self.gevraagd: list[str] = []
        self.meldingen: list[str] = []

    def vraag(self, stelling: Vraagstelling) -> object:
        self.gevraagd.append(stelling.pad)
        if stelling.pad in self.antwoorden:
            return self.antwoorden[stelling.pad].pop(0)
        assert not stelling.vraag.verplicht, f"unexpected required question {stelling.pad}"
        return None

    def vul_kaart(self, kaart: KaartStelling) -> dict[str, Any] | Terug | Opdracht | None:
        return vul_per_veld(self.vraag, kaart, self.meld)

    def meld(self, tekst: str) -> None:
        self.meldingen.append(tekst)

    def kies_uit_overzicht(self, regels: Sequence[str], opdrachten: Sequence[object] = ()) -> None:
        return None


class Meekijker(Werker):
    """The worker, noting the line first shown above each question; a plan refused twice for
    the same reasons means nothing was asked again (the session would go round for ever)."""

    def __init__(self, antwoorden: dict[str, list[object]]) -> None:
        super().__init__({"telefoon_1": ["06 2222 0003"], **antwoorden})
        self.koppen: dict[str, str] = {}

    def vraag(self, stelling: Vraagstelling) -> object:
        self.koppen.setdefault(stelling.pad, stelling.kop)
        return super().vraag(stelling)

    def meld(self, tekst: str) -> None:
        weer = tekst in self.meldingen and "klopt nog niet" in tekst
        assert not weer, "refused again: nothing was asked again"
        super().meld(tekst)


def gesprekken_gehouden(tmp_path: Path) -> Werkmap:
    """The Meijer dossier with its five individual sessions, in process and from answers files."""
    werkmap = Werkmap(tmp_path / "werkmap")
    nieuw_dossier(Stapcontext(werkmap, lambda: None, ANTWOORDEN / "dossier.yaml", print))
    for naam, bestand in GESPREKKEN:
        individueel_gesprek(Stapcontext(werkmap, lambda: None, ANTWOORDEN / f"{bestand}.yaml", print),
                            KENMERK, naam)
    return werkmap


def beraad_antwoorden() -> dict[str, Any]:
    """The group's answers at the Meijer netwerkberaad, to change before a test plays them."""
    bestand = ANTWOORDEN / "netwerkberaad.yaml"
    antwoorden: dict[str, Any] = yaml.safe_load(bestand.read_text(encoding="utf-8"))
    return antwoorden
