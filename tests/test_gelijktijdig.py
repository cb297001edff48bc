"""Colleagues sharing a werkmap start sessions with different people of one dossier at the same moment.

Each session runs the real `vplan gesprek` entry point in a process of its own; a barrier lets
all of them start at once, as forty workers pressing Enter together would.
"""

from __future__ import annotations

import json
import multiprocessing
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import yaml

from interview.cli import main
from interview.conduct import Vraagstelling
from interview.conduct.kaart import vul_per_veld
from interview.conduct.prompter import KaartStelling, Opdracht, Terug
from interview.model import Dossier, Netwerklid
from interview.stappen.frame import Stapcontext
from interview.stappen.gesprek import individueel_gesprek, individuele_sessies
from interview.stappen.nieuw import nieuw_dossier
from interview.store import Werkmap

ANTWOORDEN = Path(__file__).parent / "antwoorden"
KENMERK = "VP-2026-0140"
AANTAL = 40


def dossier_met_buren(werkmap: Werkmap, aantal: int) -> list[str]:
    """The Meijer family under a new kenmerk, with `aantal` neighbours in its network; their names."""
    meijer = nieuw_dossier(Stapcontext(werkmap, lambda: None, ANTWOORDEN / "dossier.yaml", print))
    buren = [Netwerklid(naam=f"Buur {nummer:02d}", relatie="buur") for nummer in range(1, aantal + 1)]
    gegevens = meijer.model_dump() | {"kenmerk": KENMERK, "netwerk": [*meijer.netwerk, *buren]}
    werkmap.maak_dossier(Dossier.model_validate(gegevens))
    return [buur.naam for buur in buren]


def antwoorden_van(map_: Path, naam: str) -> Path:
    """An answers file in which every text names the person who said it."""
    pad = map_ / f"{naam.replace(' ', '-')}.yaml"
    pad.write_text(yaml.safe_dump({
        "zorgen": [{"wat": f"Zorg van {naam}.", "wanneer": f"gezien door {naam}"}],
        "goed": [{"wat": f"Goed volgens {naam}.", "soort": "kracht"}],
        "ideeen": [f"Idee van {naam}."], "schaalscore": 5, "schaal_toelichting": f"Zegt {naam}.",
        "netwerk": [],
    }, allow_unicode=True), encoding="utf-8")
    return pad


def gesprek_in_eigen_proces(werkmap: Path, naam: str, antwoorden: Path, start: Any) -> None:
    start.wait()
    sys.exit(main(["gesprek", KENMERK, "--met", naam, "--antwoorden", str(antwoorden),
                   "--werkmap", str(werkmap)]))


def regels(journaal: Path) -> list[dict[str, Any]]:
    return [json.loads(regel) for regel in journaal.read_text(encoding="utf-8").splitlines()]


def teksten(regel: dict[str, Any]) -> str:
    return json.dumps(regel.get("antwoord"), ensure_ascii=False)


def test_forty_sessions_started_at_once_each_get_a_journal_of_their_own(tmp_path: Path) -> None:
    werkmap = Werkmap(tmp_path / "werkmap")
    namen = dossier_met_buren(werkmap, AANTAL)
    fork = multiprocessing.get_context("fork")
    start = fork.Barrier(AANTAL)
    processen = [fork.Process(target=gesprek_in_eigen_proces,
                              args=(werkmap.pad, naam, antwoorden_van(tmp_path, naam), start))
                 for naam in namen]
    for proces in processen:
        proces.start()
    for proces in processen:
        proces.join(timeout=120)

    assert [proces.exitcode for proces in processen] == [0] * AANTAL
    journalen = sorted((werkmap.pad / KENMERK / "sessies").glob("gesprek-*.jsonl"))
    assert len(journalen) == AANTAL
    gesproken = []
    for journaal in journalen:
        kop, *rest = regels(journaal)
        assert kop["soort"] == "begin" and all(regel["soort"] != "begin" for regel in rest)
        anderen = [naam for naam in namen if naam != kop["persoon"]]
        assert not any(naam in teksten(regel) for regel in rest for naam in anderen), journaal.name
        assert rest[-1]["soort"] == "einde"
        gesproken.append(kop["persoon"])
    assert sorted(gesproken) == namen
    # ... and the netwerkberaad can read every one of them.
    sessies = individuele_sessies(werkmap.journalen(KENMERK), KENMERK, print)
    assert sorted(sessie.persoon for sessie in sessies) == namen


class Aarzelaar:
    """At 'Een volgend gesprek beginnen?' the worker hesitates; `intussen` happens, then they say yes.
    Optional questions the answers file left open (who may read a statement) are skipped, and a list the
    answers file does not name (the session's signals) gets no item."""

    def __init__(self, intussen: Callable[[], object]) -> None:
        self.intussen = intussen

    def vraag(self, stelling: Vraagstelling) -> object:
        if not stelling.vraag.verplicht:
            return None
        if stelling.pad.endswith("]?"):
            return False
        assert stelling.pad == "volgend", f"unexpected question {stelling.pad}"
        self.intussen()
        return True

    def meld(self, tekst: str) -> None:
        pass

    def vul_kaart(self, kaart: KaartStelling) -> dict[str, Any] | Terug | Opdracht | None:
        return vul_per_veld(self.vraag, kaart, self.meld)

    def kies_uit_overzicht(self, regels: Sequence[str], opdrachten: Sequence[object] = ()) -> int | None:
        return None


def test_a_colleague_finishing_a_session_while_the_worker_hesitates_gets_a_journal_of_their_own(
    tmp_path: Path,
) -> None:
    werkmap = Werkmap(tmp_path / "werkmap")
    meijer = nieuw_dossier(Stapcontext(werkmap, lambda: None, ANTWOORDEN / "dossier.yaml", print)).kenmerk
    individueel_gesprek(Stapcontext(werkmap, lambda: None, ANTWOORDEN / "eva.yaml", print), meijer, "Eva")
    collega = Aarzelaar(lambda: individueel_gesprek(Stapcontext(werkmap, lambda: None,
                                                                ANTWOORDEN / "mark.yaml", print),
                                                    meijer, "Mark"))

    individueel_gesprek(Stapcontext(werkmap, lambda: collega, ANTWOORDEN / "eva.yaml", print), meijer, "Eva")

    journalen = sorted((werkmap.pad / meijer / "sessies").glob("gesprek-*.jsonl"))
    koppen = [[regel for regel in regels(journaal) if regel["soort"] == "begin"] for journaal in journalen]
    assert [[kop["persoon"] for kop in kop_regels] for kop_regels in koppen] == [["Eva"], ["Mark"], ["Eva"]]
