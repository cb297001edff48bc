"""What the model says about a plan that lives on: ended items, incidents, history, looptijd."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from interview.model import Looptijd, Plan, nederlandse_fouten
from tests.model.test_validatie import voorbeeld, zet

Gegevens = dict[str, Any]
EINDE = {"op": "2026-12-01", "omdat": "nagekomen"}


def fouten(gegevens: Gegevens) -> list[str]:
    with pytest.raises(ValidationError) as fout:
        Plan.model_validate(gegevens)
    return nederlandse_fouten(fout.value)


def met(*wijzigingen: Any) -> Gegevens:
    gegevens = voorbeeld()
    for wijziging in wijzigingen:
        wijziging(gegevens)
    return gegevens


def test_an_ended_zorg_needs_no_veiligheidsdoel_any_more() -> None:
    gegevens = met(zet("veiligheidsplan.zorgen[3].beeindigd", EINDE),
                   zet("veiligheidsplan.veiligheidsdoelen[3].beeindigd", EINDE))
    plan = Plan.model_validate(gegevens)
    assert plan.veiligheidsplan.zorgen[2].beeindigd is not None
    assert [z.id for z in plan.veiligheidsplan.zorgen] == ["Z1", "Z2", "Z3"]


def test_a_lopende_zorg_whose_only_doel_ended_is_refused() -> None:
    regels = fouten(met(zet("veiligheidsplan.veiligheidsdoelen[3].beeindigd", EINDE)))
    assert "veiligheidsplan.zorgen[3]: gevaarsomschrijving Z3 heeft geen veiligheidsdoel" in regels


def test_ending_needs_a_reason() -> None:
    regels = fouten(met(zet("veiligheidsplan.afspraken[1].beeindigd", {"op": "2026-12-01"})))
    assert "veiligheidsplan.afspraken[1].beeindigd.omdat: is verplicht maar ontbreekt" in regels


@pytest.mark.parametrize(("pad", "waarde", "veld"), [
    ("veiligheidsplan.incidenten", [{"id": "I1", "datum": "2026-11-21", "wat": "Ruzie",
                                     "gemeld_door": "Sandra", "geraakt": ["A42"]}],
     "veiligheidsplan.incidenten[1].geraakt"),
    ("evaluatie.geschiedenis", [{"datum": "2026-11-10", "samenvatting": "x",
                                 "beoordelingen": [{"id": "B9", "uitkomst": "deels"}]}],
     "evaluatie.geschiedenis[1].beoordelingen[1].id"),
    ("veiligheidsplan.eerder_plan.afspraken", [{"nummer": "2", "wat": "Noor naar oma",
                                                "overgenomen_als": "A40"}],
     "veiligheidsplan.eerder_plan.afspraken[1].overgenomen_als"),
], ids=["incident", "evaluatie", "eerder-plan"])
def test_a_number_that_names_nothing_in_the_plan_is_refused(pad: str, waarde: Any, veld: str) -> None:
    regels = fouten(met(zet(pad, waarde)))
    assert any(regel.startswith(f"{veld}: '") and "is geen nummer uit dit plan" in regel
               for regel in regels), regels


@pytest.mark.parametrize(("pad", "waarde", "veld", "bericht"), [
    ("evaluatie.geschiedenis", [{"datum": "2026-11-10", "samenvatting": "x",
                                 "beoordelingen": [{"id": "D1", "uitkomst": "deels"}]}],
     "evaluatie.geschiedenis[1].beoordelingen[1].id", "'D1' is geen bodemeis of afspraak"),
    ("evaluatie.geschiedenis", [{"datum": "2026-11-10", "samenvatting": "x",
                                 "doelen": [{"id": "A1", "bereikt": "bereikt"}]}],
     "evaluatie.geschiedenis[1].doelen[1].id", "'A1' is geen veiligheidsdoel of ondersteuningsdoel"),
], ids=["doel-als-afspraak", "afspraak-als-doel"])
def test_an_evaluation_judges_each_item_by_its_own_kind(
    pad: str, waarde: Any, veld: str, bericht: str
) -> None:
    assert f"{veld}: {bericht}" in fouten(met(zet(pad, waarde)))


def test_earlier_versions_come_before_this_one() -> None:
    eerder = [{"versie": 1, "datum": "2026-10-01", "aanleiding": {"soort": "netwerkberaad"}}]
    tweede = Plan.model_validate(met(zet("versie", 2), zet("eerdere_versies", eerder)))
    assert [m.versie for m in tweede.versiegeschiedenis] == [1, 2]
    regels = fouten(met(zet("eerdere_versies", eerder)))
    assert any(regel.startswith("eerdere_versies: ") for regel in regels)


def test_an_incident_number_is_handed_out_and_never_reused() -> None:
    incident = {"datum": "2026-11-21", "wat": "Ruzie", "gemeld_door": "Sandra"}
    plan = Plan.model_validate(met(zet("veiligheidsplan.incidenten", [incident | {"id": "I4"}, incident])))
    assert [i.id for i in plan.veiligheidsplan.incidenten] == ["I4", "I5"]


def test_a_taken_over_afspraak_carries_the_kenmerk_of_its_plan() -> None:
    kenmerk = zet("veiligheidsplan.afspraken[4].overgenomen_uit.kenmerk", "JB-2024-0042")
    plan = Plan.model_validate(met(kenmerk))
    herkomst = plan.veiligheidsplan.afspraken[3].overgenomen_uit
    assert herkomst is not None
    assert (herkomst.kenmerk, herkomst.oorspronkelijk_nummer) == ("JB-2024-0042", "2")


@pytest.mark.parametrize(("looptijd", "verwacht"), [
    (Looptijd(), None),
    (Looptijd(directe_veiligheid_voor=dt.date(2026, 12, 1)), dt.date(2026, 12, 1)),
    (Looptijd(directe_veiligheid_voor=dt.date(2026, 12, 10)), None),
    (Looptijd(directe_veiligheid_voor=dt.date(2026, 12, 1),
              directe_veiligheid_bereikt_op=dt.date(2026, 11, 28)), None),
], ids=["geen-termijn", "verstreken", "nog-op-tijd", "bereikt"])
def test_a_passed_directe_veiligheid_termijn_is_reported_until_it_is_reached(
    looptijd: Looptijd, verwacht: dt.date | None
) -> None:
    assert looptijd.verstreken_termijn(dt.date(2026, 12, 5)) == verwacht
