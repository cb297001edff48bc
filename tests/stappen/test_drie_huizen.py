"""Issue 8 item 8: what a child under 12 said in the Drie Huizen goes into the plan in its own words,
attributed, and only as far as the child (and the parents with gezag) agreed."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview.model import Plan
from interview.model.lezersdeel import Lezer, voor_lezer
from interview.model.toestemming import Lezerssoort
from interview.stappen.frame import Stapcontext
from interview.stappen.gesprek import individueel_gesprek
from interview.stappen.netwerkberaad import netwerkberaad
from interview.stappen.nieuw import nieuw_dossier
from interview.store import Werkmap
from interview.versieset import render_documenten
from tests.helpers import ANTWOORDEN, GESPREKKEN, KENMERK, tekst_van

ZORG = "Als papa en mama ruzie maken, verstop ik me onder de tafel."
LEUK = "Bij oma koekjes bakken."
DROOM = "Papa en mama zijn gewoon aardig tegen elkaar."  # Lisa did not say it may be written down


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Plan:
    """The Meijer family's plan; Lisa (9) told her Drie Huizen (tests/antwoorden/lisa.yaml)."""
    werkmap = Werkmap(tmp_path_factory.mktemp("drie_huizen") / "werkmap")
    nieuw_dossier(Stapcontext(werkmap, lambda: None, ANTWOORDEN / "dossier.yaml", print))
    for naam, bestand in GESPREKKEN:
        individueel_gesprek(Stapcontext(werkmap, lambda: None, ANTWOORDEN / f"{bestand}.yaml", print),
                            KENMERK, naam)
    return netwerkberaad(Stapcontext(werkmap, lambda: None, ANTWOORDEN / "netwerkberaad.yaml", print),
                         KENMERK, lambda overzicht: None).plan


def test_the_plan_holds_what_lisa_agreed_to_in_her_own_words(plan: Plan) -> None:
    woorden = [(u.door, u.huis, u.tekst) for u in plan.ondersteuningsplan.drie_huizen]

    assert woorden == [("Lisa", "huis van de zorgen", ZORG), ("Lisa", "huis van de leuke dingen", LEUK)]


@pytest.mark.parametrize(("lezer", "teksten"), [
    ("volledig", [ZORG, LEUK]), ("gezin", [ZORG, LEUK]), ("kind", [LEUK]), ("netwerk", []),
])
def test_each_reader_sees_only_what_lisa_agreed_they_may_read(
        plan: Plan, lezer: Lezerssoort, teksten: list[str]) -> None:
    deel = voor_lezer(plan, Lezer(lezer, "Joke" if lezer == "netwerk" else ""))

    assert [u.tekst for u in deel.ondersteuningsplan.drie_huizen] == teksten


def test_the_ondersteuningsplan_has_a_section_in_lisas_words(plan: Plan, tmp_path: Path) -> None:
    _, op, *_ = render_documenten(plan, tmp_path)

    tekst = tekst_van(op)
    assert "In de woorden van Lisa" in tekst
    assert f"Huis van de zorgen: ‘{ZORG}’" in tekst
    assert DROOM not in tekst
