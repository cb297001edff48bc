"""The netwerkberaad starts with an earlier plan: its afspraken, each taken over or not, with origin."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from interview.fouten import OngeldigeInvoer
from interview.model import Overgenomen
from interview.stappen.frame import Stapcontext
from interview.stappen.netwerkberaad import netwerkberaad
from interview.store import Werkmap
from tests.helpers import ANTWOORDEN, KENMERK, Werker

EERDER = {
    "eerder_plan": True,
    "ep_organisatie": "Jeugdbescherming regio (verzonnen)",
    "ep_kenmerk": "JB-2024-0042",
    "ep_datum": "2024-03-10",
    "ep_afspraken": [
        {"nummer": "3", "wat": "Overdracht van Lisa bij oma.", "overnemen": True},
        {"nummer": "4", "wat": "Mark belt niet na 21.00 uur.", "overnemen": False,
         "toelichting": "Speelt niet meer."},
    ],
}


def beraad(tmp_path: Path, **extra: Any) -> Path:
    """The Meijer netwerkberaad's answers file with an earlier plan, its first afspraak taking over 3."""
    inhoud = yaml.safe_load((ANTWOORDEN / "netwerkberaad.yaml").read_text(encoding="utf-8"))
    inhoud.update(EERDER)
    inhoud["afspraken"][0]["overgenomen"] = "3"
    inhoud.update(extra)
    pad = tmp_path / "beraad.yaml"
    pad.write_text(yaml.safe_dump(inhoud, allow_unicode=True), encoding="utf-8")
    return pad


def test_a_taken_over_afspraak_carries_its_origin_in_the_stored_plan(
    tmp_path: Path, met_gesprekken: Werkmap
) -> None:
    netwerkberaad(Stapcontext(met_gesprekken, lambda: None, beraad(tmp_path), print), KENMERK, lambda o: None)

    plan = met_gesprekken.lees_plan(KENMERK)
    a1 = plan.veiligheidsplan.afspraken[0]
    assert a1.overgenomen_uit == Overgenomen(organisatie="Jeugdbescherming regio (verzonnen)",
                                             kenmerk="JB-2024-0042", oorspronkelijk_nummer="3",
                                             datum=dt.date(2024, 3, 10))
    assert plan.ondersteuningsplan.afspraken[0].overgenomen_uit is None
    eerder = plan.veiligheidsplan.eerder_plan
    assert eerder is not None
    assert [(a.nummer, a.overgenomen_als, a.toelichting) for a in eerder.afspraken] == [
        ("3", "A1", ""), ("4", "", "Speelt niet meer.")]


def test_an_afspraak_to_take_over_that_nobody_takes_over_is_refused(
    tmp_path: Path, met_gesprekken: Werkmap
) -> None:
    bestand = beraad(tmp_path)
    inhoud = yaml.safe_load(bestand.read_text(encoding="utf-8"))
    del inhoud["afspraken"][0]["overgenomen"]
    bestand.write_text(yaml.safe_dump(inhoud, allow_unicode=True), encoding="utf-8")

    with pytest.raises(OngeldigeInvoer) as fout:
        netwerkberaad(Stapcontext(met_gesprekken, lambda: None, bestand, print), KENMERK, lambda o: None)

    assert "afspraak 3 van het eerdere plan wordt overgenomen, maar geen afspraak neemt haar over" in \
        " ".join(fout.value.details)
    assert met_gesprekken.versies(KENMERK) == []
    sessies = met_gesprekken.pad / KENMERK / "sessies"
    assert list(sessies.glob("eerder_plan*")) == [] and list(sessies.glob("netwerkberaad*")) == []


def test_at_the_keyboard_the_earlier_plan_comes_first_and_its_afspraken_can_be_chosen(
    tmp_path: Path, met_gesprekken: Werkmap
) -> None:
    """The worker types the earlier plan; the answers file holds the rest of the meeting."""
    inhoud = yaml.safe_load(beraad(tmp_path).read_text(encoding="utf-8"))
    for sleutel in EERDER:
        del inhoud[sleutel]
    del inhoud["afspraken"][0]["overgenomen"]
    (tmp_path / "rest.yaml").write_text(yaml.safe_dump(inhoud, allow_unicode=True), encoding="utf-8")
    werker = Werker({
        "telefoon_1": ["06 2222 0003"], "eerder_plan": [True], "ep_organisatie": ["Veilig Thuis (verzonnen)"],
        "ep_kenmerk": ["VT-1"], "ep_datum": ["01-02-2025"], "ep_afspraken[1]?": [True],
        "ep_afspraken[1].nummer": ["2"], "ep_afspraken[1].wat": ["Oma haalt Lisa op."],
        "ep_afspraken[1].overnemen": [True], "ep_afspraken[2]?": [False],
        "afspraken[1].overgenomen": ["2"],
    })

    plan = netwerkberaad(Stapcontext(met_gesprekken, lambda: werker, tmp_path / "rest.yaml", werker.meld),
                         KENMERK, lambda o: None).plan

    assert werker.gevraagd.index("eerder_plan") < werker.gevraagd.index("afspraken[1].overgenomen")
    overgenomen = plan.veiligheidsplan.afspraken[0].overgenomen_uit
    assert overgenomen is not None
    assert (overgenomen.kenmerk, overgenomen.oorspronkelijk_nummer) == ("VT-1", "2")


def test_without_an_earlier_plan_nothing_is_taken_over(met_gesprekken: Werkmap) -> None:
    plan = netwerkberaad(Stapcontext(met_gesprekken, lambda: None, ANTWOORDEN / "netwerkberaad.yaml", print),
                         KENMERK, lambda o: None).plan
    assert plan.veiligheidsplan.eerder_plan is None
    assert all(a.overgenomen_uit is None for a in plan.veiligheidsplan.afspraken)
