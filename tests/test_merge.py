"""The joint session starts from what each person said alone: nothing lost, order irrelevant."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from interview.merge import (
    Sessie,
    gehouden_gesprek,
    keuzelijsten,
    los_conflicten_op,
    maak_overzicht,
    stel_plan_samen,
)
from interview.model import Dossier, Plan

tekst = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(
    lambda t: t.strip() != ""
)


@st.composite
def sessies(draw: st.DrawFn) -> list[Sessie]:
    """Several individual sessions with distinct ids, each with some attributed statements."""
    aantal = draw(st.integers(min_value=1, max_value=5))
    gevonden = []
    for nr in range(aantal):
        persoon = draw(st.sampled_from(["Sandra", "Mark", "Ria", "Lisa"]))
        antwoorden: dict[str, Any] = {
            "zorgen": [{"wat": t} for t in draw(st.lists(tekst, max_size=3))],
            "goed": [{"wat": t, "soort": "kracht"} for t in draw(st.lists(tekst, max_size=3))],
            "ideeen": [{"wat": t} for t in draw(st.lists(tekst, max_size=2))],
            "schaalscore": draw(st.integers(min_value=0, max_value=10)),
        }
        gevonden.append(Sessie(f"sessie-{nr}", "ouder", persoon, antwoorden, begin=f"2026-11-0{nr + 1}"))
    return gevonden


@settings(max_examples=60, deadline=None)
@given(sessies(), st.randoms())
def test_the_overview_does_not_depend_on_the_order_of_the_sessions(
    gevonden: list[Sessie], willekeur: Any
) -> None:
    dossier = Dossier.model_validate(_dossier())
    geschud = list(gevonden)
    willekeur.shuffle(geschud)
    assert maak_overzicht(dossier, geschud) == maak_overzicht(dossier, gevonden)


@settings(max_examples=60, deadline=None)
@given(sessies())
def test_no_attributed_statement_is_lost(gevonden: list[Sessie]) -> None:
    overzicht = maak_overzicht(Dossier.model_validate(_dossier()), gevonden)
    verwacht = sorted(
        (s.persoon, veld, item["wat"].strip())
        for s in gevonden for veld in ("zorgen", "goed", "ideeen") for item in s.antwoorden[veld]
    )
    veld_van = {"zorg": "zorgen", "goed": "goed", "idee": "ideeen"}
    gevonden_uitspraken = sorted((i.persoon, veld_van[i.soort], i.tekst) for i in overzicht.inbreng)
    assert gevonden_uitspraken == verwacht
    assert sorted(s.score for s in overzicht.scores) == sorted(
        s.antwoorden["schaalscore"] for s in gevonden)


def test_two_sessions_that_give_different_phone_numbers_for_one_person_are_a_conflict() -> None:
    dossier = Dossier.model_validate(_dossier())
    sandra = Sessie("s1", "ouder", "Sandra", {"telefoon": "06-00000001",
                                               "netwerk": [{"naam": "Ria", "relatie": "oma",
                                                            "telefoon": "06-00000009"}]})
    mark = Sessie("s2", "ouder", "Mark", {"netwerk": [{"naam": "Ria", "relatie": "moeder",
                                                         "telefoon": "06-0000 0003"}]})
    conflicten = maak_overzicht(dossier, [sandra, mark]).conflicten
    assert [c.persoon for c in conflicten] == ["Ria"]
    assert {w for w, _ in conflicten[0].waarden} == {"06-0000 0003", "06-00000009"}  # as written
    opgelost = los_conflicten_op(dossier, {"Ria": "06-00000009"})
    assert opgelost.netwerk[0].telefoon == "06-00000009"


def test_a_statement_enters_the_plan_only_when_the_joint_session_chooses_it() -> None:
    dossier = Dossier.model_validate(_dossier())
    sandra = Sessie("s1", "ouder", "Sandra", {"zorgen": [{"wat": "Mark schreeuwt als hij gedronken heeft"},
                                                          {"wat": "Alleen voor de werker"}]})
    overzicht = maak_overzicht(dossier, [sandra])
    gekozen = keuzelijsten(overzicht)["zorgen_uit_gesprekken"][0][0]
    plan = stel_plan_samen(dossier, overzicht, _beraad(uitspraken=[gekozen]), dt.date(2026, 11, 20))
    tekst_van_plan = plan.model_dump_json()
    assert "Mark schreeuwt als hij gedronken heeft" in tekst_van_plan
    assert "Alleen voor de werker" not in tekst_van_plan
    uitspraak = plan.veiligheidsplan.zorgen[0].uitspraken[0]
    assert (uitspraak.door, uitspraak.sessie) == ("Sandra", "individueel gesprek")


def test_the_joint_session_builds_a_valid_plan_with_afspraken_in_both_documents() -> None:
    dossier = Dossier.model_validate(_dossier())
    plan = stel_plan_samen(dossier, maak_overzicht(dossier, []), _beraad(), dt.date(2026, 11, 20))
    assert isinstance(plan, Plan)
    assert [a.id for a in plan.veiligheidsplan.afspraken] == ["A1"]
    assert [a.id for a in plan.ondersteuningsplan.afspraken] == ["A2"]
    assert plan.veiligheidsplan.afspraken[0].stappen == ["Stap een", "Stap twee"]
    assert plan.veiligheidsplan.schaalvragen[0].moment == "netwerkberaad"


def test_the_plan_records_the_gesprekken_held_with_who_when_and_how_long() -> None:
    dossier = Dossier.model_validate(_dossier())
    sandra = Sessie("s1", "ouder", "Sandra", {}, begin="2026-11-12T10:00:00+01:00",
                    einde="2026-11-12T10:45:30+01:00")
    lisa = Sessie("s2", "jeugdige", "Lisa", {}, begin="2026-11-10T15:00:00+01:00",
                  einde="2026-11-10T15:20:00+01:00")
    beraad = gehouden_gesprek("netwerkberaad", [], "2026-11-20T19:00:00+01:00", "2026-11-20T21:00:00+01:00")
    plan = stel_plan_samen(dossier, maak_overzicht(dossier, [sandra, lisa]), _beraad(), dt.date(2026, 11, 20),
                           beraad)
    assert [(g.soort, g.met, g.rol, g.datum, g.duur) for g in plan.gesprekken] == [
        ("individueel gesprek", ["Lisa"], "kind (8 jaar)", dt.date(2026, 11, 10), 20),
        ("individueel gesprek", ["Sandra"], "moeder", dt.date(2026, 11, 12), 46),
        ("netwerkberaad", [], "", dt.date(2026, 11, 20), 120),
    ]


def test_a_session_whose_times_cannot_be_read_is_not_given_a_made_up_date() -> None:
    assert gehouden_gesprek("individueel gesprek", ["Sandra"], "", "gisteren") is None
    zonder_einde = gehouden_gesprek("individueel gesprek", ["Sandra"], "2026-11-12T10:00:00+01:00", "")
    assert zonder_einde is not None and zonder_einde.duur is None


def test_answers_of_the_wrong_form_are_named_not_silently_left_out() -> None:
    """A journal edited by hand: what the overview cannot show, it says it leaves out."""
    dossier = Dossier.model_validate(_dossier())
    sandra = Sessie("gesprek-001", "ouder", "Sandra", {
        "zorgen": [{"wat": "Mark drinkt"}, 42, {"wat": "Lisa slaapt slecht"}],
        "goed": "Oma helpt",
        "schaalscore": "zeven",
        "netwerk": ["Ria", {"naam": "Kees", "relatie": "oom", "telefoon": 612345678}],
        "telefoon": 612345678,
    })
    overzicht = maak_overzicht(dossier, [sandra])
    assert overzicht.weggelaten == tuple(
        f"Let op: in het gesprek met Sandra (gesprek-001) is het antwoord op '{pad}' geen {verwacht}; "
        "het staat niet in het overzicht."
        for pad, verwacht in [
            ("schaalscore", "geheel getal van 0 tot en met 10"),
            ("telefoon", "tekst"),
            ("zorgen[2]", "uitspraak (tekst)"),
            ("goed", "lijst"),
            ("netwerk[1]", "persoon met naam (en relatie en telefoon als tekst)"),
            ("netwerk[2]", "persoon met naam (en relatie en telefoon als tekst)"),
        ]
    )
    # What is in the right form stays, under the key it always had.
    assert [(i.sleutel, i.tekst) for i in overzicht.inbreng] == [
        ("gesprek-001/zorgen/1", "Mark drinkt"), ("gesprek-001/zorgen/3", "Lisa slaapt slecht")]
    assert overzicht.scores == ()
    assert overzicht.netwerk_suggesties == ()


@pytest.mark.parametrize("score", [True, 11, -1, 7.0])
def test_a_score_outside_the_scale_is_named_too(score: object) -> None:
    sessie = Sessie("gesprek-001", "ouder", "Mark", {"schaalscore": score})
    overzicht = maak_overzicht(Dossier.model_validate(_dossier()), [sessie])
    assert overzicht.scores == ()
    assert len(overzicht.weggelaten) == 1 and "'schaalscore'" in overzicht.weggelaten[0]


def test_an_unknown_number_in_dient_is_a_validation_error_with_its_path() -> None:
    dossier = Dossier.model_validate(_dossier())
    beraad = _beraad()
    beraad["afspraken"][0]["dient"] = "Z9"
    with pytest.raises(ValidationError, match="Z9"):
        stel_plan_samen(dossier, maak_overzicht(dossier, []), beraad, dt.date(2026, 11, 20))


def test_building_the_plan_leaves_the_answers_as_given() -> None:
    """A plan that does not hold is built again from the same answers after a correction."""
    dossier = Dossier.model_validate(_dossier())
    beraad = _beraad()
    voor = copy.deepcopy(beraad)
    stel_plan_samen(dossier, maak_overzicht(dossier, []), beraad, dt.date(2026, 11, 20))
    assert beraad == voor


def test_the_looptijd_has_defaults_the_group_can_replace() -> None:
    dossier = Dossier.model_validate(_dossier())
    standaard = stel_plan_samen(dossier, maak_overzicht(dossier, []), _beraad(), dt.date(2026, 11, 20))
    assert standaard.looptijd.directe_veiligheid_voor == dt.date(2027, 1, 1)  # six weeks
    assert standaard.looptijd.looptijd_tot == dt.date(2027, 11, 20)
    assert standaard.looptijd.afsluiten_als.startswith("alle veiligheidsdoelen bereikt zijn")

    eigen = {**_beraad(), "looptijd.directe_veiligheid_voor": "2026-12-01",
             "looptijd.afsluiten_als": "Lisa drie maanden zonder ruzie is overgedragen."}
    plan = stel_plan_samen(dossier, maak_overzicht(dossier, []), eigen, dt.date(2026, 11, 20))
    assert (plan.looptijd.directe_veiligheid_voor, plan.looptijd.looptijd_tot) == (
        dt.date(2026, 12, 1), dt.date(2027, 11, 20))
    assert plan.looptijd.afsluiten_als == "Lisa drie maanden zonder ruzie is overgedragen."


def _dossier() -> dict[str, Any]:
    return {
        "kenmerk": "VP-TEST-1", "gezinsnaam": "Jansen", "team": "Wijkteam Noord", "regiehouder": "Eva",
        "gezin": {"kinderen": [{"naam": "Lisa", "geboortedatum": "2018-03-01"}],
                  "volwassenen": [{"naam": "Sandra", "rol": "moeder", "gezag": True},
                                  {"naam": "Mark", "rol": "vader", "gezag": True}]},
        "netwerk": [{"naam": "Ria", "relatie": "oma", "telefoon": "06-00000009"}],
        "werker": {"naam": "Eva", "organisatie": "Wijkteam Noord", "functie": "jeugd- en gezinswerker"},
    }


def _beraad(uitspraken: list[str] | None = None) -> dict[str, Any]:
    """The answers of a short but complete joint session, keyed by plan path."""
    return {
        "veiligheidsplan.aanleiding": "Melding van Veilig Thuis.",
        "veiligheidsplan.doel": "Lisa groeit veilig op.",
        "veiligheidsplan.kader": "Vrijwillig kader.",
        "veiligheidsplan.zorgen": [{"titel": "Ruzie", "gevaarsomschrijving": "Iedereen is bezorgd.",
                                    "uitspraken": uitspraken or []}],
        "veiligheidsplan.veiligheidsdoelen": [{"omschrijving": "Rust in huis", "duur": "zes maanden",
                                               "zorg": "z1"}],
        "afspraken": [
            {"wat": "Mark belt Ria bij spanning", "wie": ["Mark"], "wanneer": "altijd",
             "stappen": "Stap een\nStap twee\n", "controle_door": "Eva",
             "gevolg_bij_niet_nakomen": "Eva belt Veilig Thuis", "fase": "directe veiligheid",
             "dient": "Z1, d1"},
            {"wat": "Traumabehandeling voor Lisa", "wie": ["Sandra"], "wanneer": "wekelijks",
             "controle_door": "Eva", "gevolg_bij_niet_nakomen": "Bespreken", "fase": "herstelgericht",
             "dient": "D1", "plaats": "ondersteuningsplan"},
        ],
        "veiligheidsplan.noodplan": [{"wie": "Sandra", "wanneer": "bij geweld", "belt": "112",
                                      "telefoon": "112"}],
        "veiligheidsplan.monitoring": "Eva belt elke week.",
        "veiligheidsplan.schaalvragen": [{"naam": "Sandra", "score": 5}],
        "regiehouder": "Eva",
        "evaluatie.frequentie": "elke zes weken", "evaluatie.wijze": "netwerkberaad",
        "evaluatie.volgende_datum": "2027-01-08", "evaluatie.aanwezig": ["Sandra", "Eva"],
        "ondersteuningsplan.aanleiding": "Zie veiligheidsplan.", "ondersteuningsplan.hulpvraag": "Rust.",
        "ondersteuningsplan.krachten": [{"omschrijving": "Oma helpt", "beschreven_door": ["Ria"]}],
        "ondersteuningsplan.zorgen": [{"omschrijving": "Spanning", "beschreven_door": ["Sandra"]}],
        "ondersteuningsplan.doelen": [{"omschrijving": "Lisa slaapt goed",
                                       "ondersteuning": [{"wie": "GGZ", "wat": "therapie"}]}],
        "verspreidingslijst": ["Sandra", "Mark", "Eva"],
    }


def test_a_statement_its_speaker_did_not_agree_to_share_is_not_offered_nor_taken() -> None:
    """The parent questionnaire promises: only when you and the worker agree. The tool keeps it."""
    dossier = Dossier.model_validate(_dossier())
    sandra = Sessie("s1", "ouder", "Sandra", {"zorgen": [
        {"wat": "Mark schreeuwt", "delen": "ja, ook in de gezinsversie"},
        {"wat": "Mijn schulden", "delen": "nee, niet in het plan"}]})
    overzicht = maak_overzicht(dossier, [sandra])

    aangeboden = [label for _, label in keuzelijsten(overzicht)["zorgen_uit_gesprekken"]]
    plan = stel_plan_samen(dossier, overzicht, _beraad(uitspraken=["s1/zorgen/1", "s1/zorgen/2"]),
                           dt.date(2026, 11, 20))

    assert aangeboden == ["Sandra: Mark schreeuwt"]
    assert "Mijn schulden" not in plan.model_dump_json()
    toestemming = plan.veiligheidsplan.zorgen[0].uitspraken[0].toestemming
    assert (toestemming.afgesproken, toestemming.lezers) == (True, ["volledig", "gezin"])


def test_without_an_answer_a_statement_is_for_the_full_plan_only() -> None:
    dossier = Dossier.model_validate(_dossier())
    sandra = Sessie("s1", "ouder", "Sandra", {"zorgen": [{"wat": "Mark schreeuwt"}]})
    overzicht = maak_overzicht(dossier, [sandra])

    plan = stel_plan_samen(dossier, overzicht, _beraad(uitspraken=["s1/zorgen/1"]), dt.date(2026, 11, 20))

    toestemming = plan.veiligheidsplan.zorgen[0].uitspraken[0].toestemming
    assert (toestemming.afgesproken, toestemming.lezers) == (None, ["volledig"])


def test_a_childs_yes_and_the_parents_yes_travel_with_the_childs_words_and_score() -> None:
    dossier = Dossier.model_validate(_dossier())
    lisa = Sessie("s1", "jeugdige", "Lisa", {
        "zorgen": [{"wat": "Ik verstop me", "delen": "ja, ook in de gezinsversie en de kinderversie"}],
        "schaalscore": 4, "schaal_delen": "ja, in het volledige plan", "ouders_akkoord": True})
    overzicht = maak_overzicht(dossier, [lisa])
    beraad = {**_beraad(uitspraken=["s1/zorgen/1"]), "scores_uit_gesprekken": ["s1"]}

    plan = stel_plan_samen(dossier, overzicht, beraad, dt.date(2026, 11, 20))

    woorden = plan.veiligheidsplan.zorgen[0].uitspraken[0].toestemming
    assert (woorden.kind_akkoord, woorden.ouders_akkoord) == (True, True)
    assert woorden.lezers == ["volledig", "gezin", "kind"]
    score = plan.veiligheidsplan.schaalvragen[0]
    assert (score.naam, score.leeftijdsgroep, score.toestemming.kind_akkoord) == ("Lisa", "kind", True)
    assert score.nul_betekent == "het is thuis heel slecht"


def test_a_young_persons_hulpvraag_enters_the_ondersteuningsplan_only_with_their_yes() -> None:
    gegevens = _dossier()
    gegevens["gezin"]["kinderen"].append({"naam": "Noor", "geboortedatum": "2012-06-02"})
    dossier = Dossier.model_validate(gegevens)
    noor = Sessie("s1", "jeugdige", "Noor", {"hulpvraag": "Ik wil weer kunnen slapen.",
                                             "hulpvraag_delen": "ja, in het volledige plan"})
    zonder_ja = Sessie("s2", "jeugdige", "Lisa", {"hulpvraag": "Niet delen"})

    plan = stel_plan_samen(dossier, maak_overzicht(dossier, [noor, zonder_ja]), _beraad(),
                           dt.date(2026, 11, 20))

    assert [(h.door, h.tekst) for h in plan.ondersteuningsplan.hulpvraag_jongeren] == [
        ("Noor", "Ik wil weer kunnen slapen.")]
