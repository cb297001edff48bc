"""Plan version 1 holds what the joint session chose from the sessions, with who said it and their consent."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from pydantic import ValidationError

from interview.merge.eerste_versie import stel_plan_samen
from interview.merge.inbreng import keuzelijsten, maak_overzicht
from interview.merge.sessie import Sessie, gehouden_gesprek
from interview.model import Dossier, Plan
from tests.merge.spelers import antwoorden_beraad, dossiergegevens


def test_a_statement_enters_the_plan_only_when_the_joint_session_chooses_it() -> None:
    dossier = Dossier.model_validate(dossiergegevens())
    sandra = Sessie("s1", "ouder", "Sandra", {"zorgen": [{"wat": "Mark schreeuwt als hij gedronken heeft"},
                                                          {"wat": "Alleen voor de werker"}]})
    overzicht = maak_overzicht(dossier, [sandra])
    gekozen = keuzelijsten(overzicht)["zorgen_uit_gesprekken"][0][0]
    plan = stel_plan_samen(dossier, overzicht, antwoorden_beraad(uitspraken=[gekozen]), dt.date(2026, 11, 20))
    tekst_van_plan = plan.model_dump_json()
    assert "Mark schreeuwt als hij gedronken heeft" in tekst_van_plan
    assert "Alleen voor de werker" not in tekst_van_plan
    uitspraak = plan.veiligheidsplan.zorgen[0].uitspraken[0]
    assert (uitspraak.door, uitspraak.sessie) == ("Sandra", "individueel gesprek")


def test_the_joint_session_builds_a_valid_plan_with_afspraken_in_both_documents() -> None:
    dossier = Dossier.model_validate(dossiergegevens())
    plan = stel_plan_samen(dossier, maak_overzicht(dossier, []), antwoorden_beraad(), dt.date(2026, 11, 20))
    assert isinstance(plan, Plan)
    assert [a.id for a in plan.veiligheidsplan.afspraken] == ["A1"]
    assert [a.id for a in plan.ondersteuningsplan.afspraken] == ["A2"]
    assert plan.veiligheidsplan.afspraken[0].stappen == ["Stap een", "Stap twee"]
    assert plan.veiligheidsplan.schaalvragen[0].moment == "netwerkberaad"


def test_the_plan_records_the_gesprekken_held_with_who_when_and_how_long() -> None:
    dossier = Dossier.model_validate(dossiergegevens())
    sandra = Sessie("s1", "ouder", "Sandra", {}, begin="2026-11-12T10:00:00+01:00",
                    einde="2026-11-12T10:45:30+01:00")
    lisa = Sessie("s2", "jeugdige", "Lisa", {}, begin="2026-11-10T15:00:00+01:00",
                  einde="2026-11-10T15:20:00+01:00")
    beraad = gehouden_gesprek("netwerkberaad", [], "2026-11-20T19:00:00+01:00", "2026-11-20T21:00:00+01:00")
    plan = stel_plan_samen(dossier, maak_overzicht(dossier, [sandra, lisa]), antwoorden_beraad(),
                           dt.date(2026, 11, 20), beraad)
    assert [(g.soort, g.met, g.rol, g.datum, g.duur) for g in plan.gesprekken] == [
        ("individueel gesprek", ["Lisa"], "kind (8 jaar)", dt.date(2026, 11, 10), 20),
        ("individueel gesprek", ["Sandra"], "moeder", dt.date(2026, 11, 12), 46),
        ("netwerkberaad", [], "", dt.date(2026, 11, 20), 120),
    ]


def test_an_unknown_number_in_dient_is_a_validation_error_with_its_path() -> None:
    dossier = Dossier.model_validate(dossiergegevens())
    beraad = antwoorden_beraad()
    beraad["afspraken"][0]["dient"] = "Z9"
    with pytest.raises(ValidationError, match="Z9"):
        stel_plan_samen(dossier, maak_overzicht(dossier, []), beraad, dt.date(2026, 11, 20))


def test_building_the_plan_leaves_the_answers_as_given() -> None:
    """A plan that does not hold is built again from the same answers after a correction."""
    dossier = Dossier.model_validate(dossiergegevens())
    beraad = antwoorden_beraad()
    voor = copy.deepcopy(beraad)
    stel_plan_samen(dossier, maak_overzicht(dossier, []), beraad, dt.date(2026, 11, 20))
    assert beraad == voor


def test_a_statement_its_speaker_did_not_agree_to_share_is_not_offered_nor_taken() -> None:
    """The parent questionnaire promises: only when you and the worker agree. The tool keeps it."""
    dossier = Dossier.model_validate(dossiergegevens())
    sandra = Sessie("s1", "ouder", "Sandra", {"zorgen": [
        {"wat": "Mark schreeuwt", "delen": "ja, ook in de gezinsversie"},
        {"wat": "Mijn schulden", "delen": "nee, niet in het plan"}]})
    overzicht = maak_overzicht(dossier, [sandra])

    aangeboden = [label for _, label in keuzelijsten(overzicht)["zorgen_uit_gesprekken"]]
    beraad = antwoorden_beraad(uitspraken=["Sandra/zorgen/1", "Sandra/zorgen/2"])
    plan = stel_plan_samen(dossier, overzicht, beraad, dt.date(2026, 11, 20))

    assert aangeboden == ["Sandra: Mark schreeuwt"]
    assert "Mijn schulden" not in plan.model_dump_json()
    toestemming = plan.veiligheidsplan.zorgen[0].uitspraken[0].toestemming
    assert (toestemming.afgesproken, toestemming.lezers) == (True, ["professional", "volledig", "gezin"])


def test_without_an_answer_a_statement_is_for_professionals_only() -> None:
    dossier = Dossier.model_validate(dossiergegevens())
    sandra = Sessie("s1", "ouder", "Sandra", {"zorgen": [{"wat": "Mark schreeuwt"}]})
    overzicht = maak_overzicht(dossier, [sandra])

    plan = stel_plan_samen(dossier, overzicht, antwoorden_beraad(uitspraken=["Sandra/zorgen/1"]),
                           dt.date(2026, 11, 20))

    toestemming = plan.veiligheidsplan.zorgen[0].uitspraken[0].toestemming
    assert (toestemming.afgesproken, toestemming.lezers) == (None, ["professional"])


def test_a_childs_yes_and_the_parents_yes_travel_with_the_childs_words_and_score() -> None:
    dossier = Dossier.model_validate(dossiergegevens())
    lisa = Sessie("s1", "jeugdige", "Lisa", {
        "zorgen": [{"wat": "Ik verstop me", "delen": "ja, ook in de gezinsversie en de kinderversie"}],
        "schaalscore": 4, "schaal_delen": "ja, in het volledige plan", "ouders_akkoord": True})
    overzicht = maak_overzicht(dossier, [lisa])
    beraad = {**antwoorden_beraad(uitspraken=["Lisa/zorgen/1"]), "scores_uit_gesprekken": ["Lisa"]}

    plan = stel_plan_samen(dossier, overzicht, beraad, dt.date(2026, 11, 20))

    woorden = plan.veiligheidsplan.zorgen[0].uitspraken[0].toestemming
    assert (woorden.kind_akkoord, woorden.ouders_akkoord) == (True, True)
    assert woorden.lezers == ["professional", "volledig", "gezin", "kind"]
    score = plan.veiligheidsplan.schaalvragen[0]
    assert (score.naam, score.leeftijdsgroep, score.toestemming.kind_akkoord) == ("Lisa", "kind", True)
    assert score.nul_betekent == "het is thuis heel slecht"


def test_a_young_persons_hulpvraag_enters_the_ondersteuningsplan_only_with_their_yes() -> None:
    gegevens = dossiergegevens()
    gegevens["gezin"]["kinderen"].append({"naam": "Noor", "geboortedatum": "2012-06-02"})
    dossier = Dossier.model_validate(gegevens)
    noor = Sessie("s1", "jeugdige", "Noor", {"hulpvraag": "Ik wil weer kunnen slapen.",
                                             "hulpvraag_delen": "ja, in het volledige plan"})
    zonder_ja = Sessie("s2", "jeugdige", "Lisa", {"hulpvraag": "Niet delen"})

    plan = stel_plan_samen(dossier, maak_overzicht(dossier, [noor, zonder_ja]), antwoorden_beraad(),
                           dt.date(2026, 11, 20))

    assert [(h.door, h.tekst) for h in plan.ondersteuningsplan.hulpvraag_jongeren] == [
        ("Noor", "Ik wil weer kunnen slapen.")]
