"""Issue 18.7b / 17.7: an incident or an evaluation is recorded once it happened, so a date after
today is refused (as vaststellen and verstuurd refuse one), from an answers file and at the keyboard."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from interview.fouten import OngeldigeInvoer
from interview.stappen.evaluatie import evaluatie
from interview.stappen.frame import Stapcontext
from interview.stappen.incident import incident
from interview.stappen.netwerkberaad import netwerkberaad
from interview.store import Werkmap
from tests.helpers import ANTWOORDEN, KENMERK, Werker, vplan

MORGEN = dt.date.today() + dt.timedelta(days=1)
GISTEREN = dt.date.today() - dt.timedelta(days=1)
ZONDER_A3 = ("a3", "a3_toelichting", "beeindigen")
"""The example evaluation follows the incident's A3; without the incident there is none."""


@pytest.fixture
def met_plan(met_gesprekken: Werkmap) -> Werkmap:
    netwerkberaad(Stapcontext(met_gesprekken, lambda: None, ANTWOORDEN / "netwerkberaad.yaml", print),
                  KENMERK, lambda overzicht: None)
    return met_gesprekken


def antwoorden(naam: str, weg: tuple[str, ...] = (), **anders: Any) -> dict[str, Any]:
    gegevens = yaml.safe_load((ANTWOORDEN / f"{naam}.yaml").read_text(encoding="utf-8"))
    return {k: v for k, v in gegevens.items() if k not in weg} | anders


def schrijf(tmp_path: Path, gegevens: dict[str, Any]) -> Path:
    pad = tmp_path / "antwoorden.yaml"
    pad.write_text(yaml.safe_dump(gegevens, allow_unicode=True), encoding="utf-8")
    return pad


@pytest.mark.parametrize(("deur", "gegevens", "pad"), [
    pytest.param(incident, antwoorden("incident", datum=MORGEN), "datum", id="incident"),
    pytest.param(incident, antwoorden("incident", geinformeerd=[{"wie": "Eva", "wanneer": GISTEREN},
                                                                {"wie": "Joke", "wanneer": MORGEN}]),
                 "geinformeerd[2].wanneer", id="incident-informed-tomorrow"),
    pytest.param(evaluatie, antwoorden("evaluatie", ZONDER_A3, ev_datum=MORGEN), "datum", id="evaluatie"),
    pytest.param(evaluatie, antwoorden("evaluatie", ZONDER_A3, nieuwe_risicotaxatie=True, rt_datum=MORGEN,
                                       rt_instrument="ARIJ", rt_niveau="hoog", rt_acuut=False,
                                       rt_door="Anna Kok", rt_collega="Piet de Vries"),
                 "risicotaxatie.datum", id="evaluatie-risicotaxatie"),
])
def test_an_answers_file_with_a_date_after_today_is_refused_and_makes_no_version(
    tmp_path: Path, met_plan: Werkmap, deur: Any, gegevens: dict[str, Any], pad: str
) -> None:
    """Fails on main: the version was made with a date that has not come yet."""
    with pytest.raises(OngeldigeInvoer) as fout:
        deur(Stapcontext(met_plan, lambda: None, schrijf(tmp_path, gegevens), print), KENMERK)
    assert f"{pad}: {MORGEN:%d-%m-%Y} ligt na vandaag" in "\n".join([fout.value.bericht, *fout.value.details])
    assert met_plan.versies(KENMERK) == [1]


def test_vplan_incident_refuses_a_date_after_today_in_one_dutch_line(
    tmp_path: Path, met_plan: Werkmap
) -> None:
    bestand = schrijf(tmp_path, antwoorden("incident", datum=MORGEN))
    uitkomst = vplan("incident", KENMERK, "--antwoorden", str(bestand), werkmap=met_plan.pad, cwd=tmp_path)
    assert uitkomst.returncode == 1 and "Traceback" not in uitkomst.stderr
    assert f"datum: {MORGEN:%d-%m-%Y} ligt na vandaag; een incident legt u vast als het gebeurd is." \
        in uitkomst.stderr
    assert met_plan.versies(KENMERK) == [1]


def geen_wijzigingen() -> dict[str, list[object]]:
    """The worker adds nothing to a list of changes the answers file leaves open."""
    return {f"{lijst}[1]?": [False] for lijst in (
        "aanpassen", "beeindigen", "verplaatsen", "nieuwe_zorgen", "nieuwe_veiligheidsdoelen",
        "nieuwe_bodemeisen", "nieuwe_afspraken")}


@pytest.mark.parametrize(("deur", "naam", "weg", "vraag"), [
    pytest.param(incident, "incident", ("datum",), "datum", id="incident"),
    pytest.param(evaluatie, "evaluatie", (*ZONDER_A3, "ev_datum"), "ev_datum", id="evaluatie"),
])
def test_at_the_keyboard_a_date_after_today_is_asked_again(
    tmp_path: Path, met_plan: Werkmap, deur: Any, naam: str, weg: tuple[str, ...], vraag: str
) -> None:
    """Fails on main: tomorrow was taken as the date of the incident or the evaluation."""
    werker = Werker({vraag: [MORGEN.isoformat(), GISTEREN.isoformat()], **geen_wijzigingen()})
    bestand = schrijf(tmp_path, antwoorden(naam, weg))

    herziening = deur(Stapcontext(met_plan, lambda: werker, bestand, werker.meld), KENMERK)

    assert werker.gevraagd.count(vraag) == 2
    assert any(f"{MORGEN:%d-%m-%Y} ligt na vandaag" in melding for melding in werker.meldingen)
    datums = ([i.datum for i in herziening.plan.veiligheidsplan.incidenten] if naam == "incident"
              else [herziening.plan.evaluatie.geschiedenis[-1].datum])
    assert datums[-1] == GISTEREN
