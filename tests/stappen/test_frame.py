"""Every door cleans up alike: what a failed, an interrupted and a refused run leave behind.

(a) An answers file that fails after its first answers were written leaves no journal and stores
nothing; (b) a keyboard run stopped with Ctrl-C keeps its journal, and the next run goes on in it;
(c) an answers file refused before its first answer gives its claimed journal back.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from interview.conduct import GesprekOnderbroken, Vragenlijst
from interview.fouten import OngeldigeInvoer
from interview.invoer import lees_plan
from interview.stappen.corrigeer import corrigeer
from interview.stappen.evaluatie import evaluatie
from interview.stappen.frame import Stapcontext, Stapsessie, loop
from interview.stappen.gesprek import individueel_gesprek
from interview.stappen.incident import incident
from interview.stappen.netwerkberaad import netwerkberaad
from interview.stappen.nieuw import nieuw_dossier
from interview.stappen.vaststellen import vaststellen
from interview.store import Werkmap
from tests.conftest import VOORBEELD
from tests.helpers import ANTWOORDEN, KENMERK, ONDERBREEK, GescriptePrompter, Overzicht, gesprekken_gehouden

VOORBEELD_KENMERK = "VP-2026-0042"


def leeg(tmp_path: Path) -> Werkmap:
    return Werkmap(tmp_path / "werkmap")


def met_dossier(tmp_path: Path) -> Werkmap:
    werkmap = leeg(tmp_path)
    nieuw_dossier(Stapcontext(werkmap, lambda: None, ANTWOORDEN / "dossier.yaml", print))
    return werkmap


def met_plan(tmp_path: Path) -> Werkmap:
    """The example dossier with its plan version 1, stored as is (no templates rendered)."""
    werkmap, plan = leeg(tmp_path), lees_plan(VOORBEELD)
    werkmap.maak_dossier(plan.dossier)
    werkmap.bewaar_plan(plan)
    return werkmap


@dataclass(frozen=True)
class Deur:
    """One door as the worker meets it: its werkmap, how it runs, and what each case types or reads.

    `half` is an answers file that fails after its first answers are in the journal; `geweigerd`
    one refused before any (None: the door writes its journal's first answers itself); `onderbroken`
    and `hervat` the keyboard of a run stopped with Ctrl-C and of the next one, which goes on.
    """

    naam: str
    werkmap: Callable[[Path], Werkmap]
    kenmerk: str
    draai: Callable[[Stapcontext, str], object]
    half: dict[str, Any]
    geweigerd: dict[str, Any] | None
    onderbroken: list[Any]
    hervat: list[Any]


AAN_TAFEL = [("telefoon_1", "06 2222 0003"), ("eerder_plan", False)]  # one question each: no review
"""At the netwerkberaad, before its own questions: which number of Joke's is right, and no earlier plan."""

DEUREN = [
    Deur("nieuw", leeg, "", lambda stap, _: nieuw_dossier(stap),
         half={"kenmerk": "VP-2026-0777"}, geweigerd={"bestaat_niet": "x"},
         onderbroken=[("kenmerk", "VP-2026-0777"), ("gezinsnaam", "Meijer"), ONDERBREEK],
         hervat=[("hervat", True), ONDERBREEK]),
    Deur("gesprek", met_dossier, KENMERK, lambda stap, kenmerk: individueel_gesprek(stap, kenmerk, "Eva"),
         half={"schaalscore": 5}, geweigerd={"bestaat_niet": "x"},
         onderbroken=[ONDERBREEK], hervat=[ONDERBREEK]),
    Deur("netwerkberaad", gesprekken_gehouden, KENMERK,
         lambda stap, kenmerk: netwerkberaad(stap, kenmerk, lambda overzicht: None),
         half={"eerder_plan": False, "vp_aanleiding": "Ruzie bij de overdracht."},
         geweigerd={"eerder_plan": False, "bestaat_niet": "x"},
         onderbroken=[*AAN_TAFEL, ONDERBREEK], hervat=[ONDERBREEK]),
    Deur("vaststellen", met_plan, VOORBEELD_KENMERK, vaststellen,
         half={"ontvangen": False},
         geweigerd={"ondertekening": {"Ilse de Wit": {"oordeel": "misschien", "datum": "2026-11-20"}}},
         onderbroken=[ONDERBREEK], hervat=[ONDERBREEK]),
    Deur("evaluatie", met_plan, VOORBEELD_KENMERK, evaluatie,
         half={"samenvatting": "Het gaat rustiger."}, geweigerd={"bestaat_niet": "x"},
         onderbroken=[ONDERBREEK], hervat=[ONDERBREEK]),
    Deur("incident", met_plan, VOORBEELD_KENMERK, incident,
         half={"wat": "Er werd geschreeuwd bij de overdracht."}, geweigerd={"bestaat_niet": "x"},
         onderbroken=[ONDERBREEK], hervat=[ONDERBREEK]),
    Deur("corrigeer", met_plan, VOORBEELD_KENMERK, corrigeer,
         half={"bestaat_niet": "x"}, geweigerd=None,
         onderbroken=[Overzicht(kies="dossier.gezinsnaam"), ONDERBREEK],
         hervat=[Overzicht(kies="dossier.gezinsnaam"), ONDERBREEK]),
]


def bestanden(werkmap: Werkmap) -> dict[str, bytes]:
    """Every file of the werkmap by path, except the locks of dossiers and people (kept by design)."""
    return {str(pad.relative_to(werkmap.pad)): pad.read_bytes() for pad in sorted(werkmap.pad.rglob("*"))
            if pad.is_file() and not pad.name.startswith(".slot")}


def journaalmap(werkmap: Werkmap, deur: Deur) -> Path:
    return werkmap.nieuwe_dossiers.map if deur.naam == "nieuw" else werkmap.journalen(deur.kenmerk).map


def uit_bestand(tmp_path: Path, antwoorden: dict[str, Any]) -> Path:
    bestand = tmp_path / "antwoorden.yaml"
    bestand.write_text(yaml.safe_dump(antwoorden, allow_unicode=True), encoding="utf-8")
    return bestand


@pytest.mark.parametrize("deur", DEUREN, ids=[deur.naam for deur in DEUREN])
def test_an_answers_file_that_fails_half_way_leaves_no_journal_and_stores_nothing(
    tmp_path: Path, deur: Deur
) -> None:
    werkmap = deur.werkmap(tmp_path)
    voor = bestanden(werkmap)

    with pytest.raises(OngeldigeInvoer):
        deur.draai(Stapcontext(werkmap, lambda: None, uit_bestand(tmp_path, deur.half), print), deur.kenmerk)

    assert bestanden(werkmap) == voor


@pytest.mark.parametrize("deur", DEUREN, ids=[deur.naam for deur in DEUREN])
def test_a_keyboard_run_stopped_with_ctrl_c_keeps_its_journal_and_the_next_run_goes_on_in_it(
    tmp_path: Path, deur: Deur
) -> None:
    werkmap = deur.werkmap(tmp_path)
    voor = bestanden(werkmap)

    eerste = GescriptePrompter(deur.onderbroken)
    with pytest.raises(GesprekOnderbroken):
        deur.draai(Stapcontext(werkmap, lambda: eerste, None, print), deur.kenmerk)
    na_eerste = bestanden(werkmap)
    tweede = GescriptePrompter(deur.hervat)
    with pytest.raises(GesprekOnderbroken):
        deur.draai(Stapcontext(werkmap, lambda: tweede, None, print), deur.kenmerk)

    nieuw = set(na_eerste) - set(voor)
    journalen = journaalmap(werkmap, deur)
    assert nieuw and all((werkmap.pad / naam).parent == journalen for naam in nieuw), nieuw
    assert {naam for naam in na_eerste if naam not in voor or na_eerste[naam] != voor[naam]} == nieuw
    assert set(bestanden(werkmap)) == set(na_eerste)  # no journal claimed: the same one went on
    assert not eerste.script and not tweede.script


@pytest.mark.parametrize("deur", [deur for deur in DEUREN if deur.geweigerd is not None],
                         ids=[deur.naam for deur in DEUREN if deur.geweigerd is not None])
def test_an_answers_file_refused_before_its_first_answer_gives_its_journal_back(
    tmp_path: Path, deur: Deur
) -> None:
    werkmap = deur.werkmap(tmp_path)
    voor = bestanden(werkmap)
    assert deur.geweigerd is not None

    with pytest.raises(OngeldigeInvoer):
        deur.draai(Stapcontext(werkmap, lambda: None, uit_bestand(tmp_path, deur.geweigerd), print),
                   deur.kenmerk)

    assert bestanden(werkmap) == voor


def test_a_keyboard_run_stopped_before_its_first_line_gives_its_claim_back(tmp_path: Path) -> None:
    werkmap = met_dossier(tmp_path)
    journalen = werkmap.journalen(KENMERK)
    voor = sorted(journalen.map.iterdir())

    def gestopt(journaal: Path) -> None:
        raise KeyboardInterrupt  # Ctrl-C before anything was written

    sessie: Stapsessie[Any, Any] = Stapsessie(
        vragenlijst=Vragenlijst(id="proef", titel="Proef", inleiding="", vragen=()), antwoorden=None,
        maak=lambda resultaat: resultaat, bewaar=lambda uitkomst, _: uitkomst,
        journalen=journalen, soort="proef", vul_voor=gestopt)
    with pytest.raises(KeyboardInterrupt):
        loop(Stapcontext(werkmap, lambda: None, None, print), contextlib.nullcontext(), lambda _: sessie)

    assert sorted(journalen.map.iterdir()) == voor


@pytest.mark.parametrize(("naam", "blijft"), [("gesprek", True), ("vaststellen", True), ("incident", False),
                                              ("nieuw", False)])
def test_an_answers_file_run_stopped_at_the_keyboard_is_kept_only_where_the_next_run_goes_on_with_it(
    tmp_path: Path, naam: str, blijft: bool
) -> None:
    """A gesprek or vaststelling goes on at the keyboard after its file's answers; the other doors
    start afresh from the file, so what an interrupted file run wrote is removed."""
    deur = next(deur for deur in DEUREN if deur.naam == naam)
    werkmap = deur.werkmap(tmp_path)
    voor = bestanden(werkmap)

    werker = GescriptePrompter([ONDERBREEK])
    with pytest.raises(GesprekOnderbroken):
        deur.draai(Stapcontext(werkmap, lambda: werker, uit_bestand(tmp_path, deur.half), print),
                   deur.kenmerk)

    assert (bestanden(werkmap) != voor) is blijft


@pytest.mark.parametrize("naam", ["netwerkberaad", "evaluatie", "incident", "corrigeer"])
def test_the_journals_a_killed_answers_file_run_left_are_removed_by_the_next_answers_file_run(
    tmp_path: Path, naam: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After SIGKILL nothing cleans up; the next run of the door from a file gives the journals back
    (they would count one contact twice in vplan tijd). The keyboard's journals are not in its series."""
    deur = next(deur for deur in DEUREN if deur.naam == naam)
    werkmap = deur.werkmap(tmp_path)
    voor = bestanden(werkmap)
    bestand = uit_bestand(tmp_path, deur.half)
    with monkeypatch.context() as gedood:
        gedood.setattr(Path, "unlink", lambda self, missing_ok=False: None)  # as if killed: no clean-up
        with pytest.raises(OngeldigeInvoer):
            deur.draai(Stapcontext(werkmap, lambda: None, bestand, print), deur.kenmerk)
    assert set(bestanden(werkmap)) - set(voor), "the killed run left its journal"

    with pytest.raises(OngeldigeInvoer):
        deur.draai(Stapcontext(werkmap, lambda: None, bestand, print), deur.kenmerk)

    assert bestanden(werkmap) == voor
