"""Consent in the plan: treatment consent follows the child's age; the worker hears what practice asks."""

from __future__ import annotations

from typing import Any

import pytest

from interview.model import Plan
from interview.model.schaal import SCHAALANKERS
from interview.model.toestemming import Deelantwoord, Toestemming, mag_in_plan, uitdrukkelijk_ja
from interview.model.waarschuwingen import waarschuwingen
from tests.model.test_validatie import Gegevens, fouten_bij, valideer, zet


def behandeling(kind: str, **velden: Any) -> Any:
    def wijzig(gegevens: Gegevens) -> None:
        gegevens["ondersteuningsplan"]["toestemming_behandeling"] = [
            {"kind": kind, "behandeling": "Traumabehandeling", **velden}]

    return wijzig


def test_a_child_under_12_is_treated_with_the_consent_of_the_parents_with_gezag() -> None:
    plan = valideer(behandeling("Daan", ouders=["Sandra", "Ronald"]))

    assert plan.ondersteuningsplan.toestemming_behandeling[0].ouders == ["Sandra", "Ronald"]


def test_a_young_person_of_14_gives_their_own_consent_too() -> None:
    fouten = fouten_bij(behandeling("Noor", ouders=["Sandra"]))

    assert any("toestemming_behandeling[1].jeugdige_akkoord" in f and "vanaf 12" in f for f in fouten)


def test_without_the_parents_a_child_under_16_is_not_consented_for() -> None:
    fouten = fouten_bij(behandeling("Noor", jeugdige_akkoord=True))

    assert any("toestemming_behandeling[1].ouders" in f and "onder 16" in f for f in fouten)


def test_consent_names_a_child_and_parents_of_the_dossier() -> None:
    fouten = fouten_bij(behandeling("Daan", ouders=["Ria"]))

    assert any("'Ria' is geen ouder met gezag" in f for f in fouten)


def test_a_young_persons_hulpvraag_comes_from_a_child_of_the_dossier() -> None:
    sandra = {"tekst": "Ik wil hulp", "door": "Sandra"}

    fouten = fouten_bij(zet("ondersteuningsplan.hulpvraag_jongeren", [sandra]))

    assert any("hulpvraag_jongeren[1].door: 'Sandra' is geen kind uit het dossier" in f for f in fouten)


def test_the_scale_question_carries_the_anchors_it_was_asked_with() -> None:
    plan = valideer(zet("veiligheidsplan.schaalvragen", [
        {"naam": "Daan", "score": 4, "moment": "individueel gesprek", "leeftijdsgroep": "kind"}]))

    score = plan.veiligheidsplan.schaalvragen[0]
    assert (score.nul_betekent, score.tien_betekent) == SCHAALANKERS["kind"]


def test_a_noodplan_that_leaves_a_child_out_is_said_before_the_plan_is_stored(voorbeeld_plan: Plan) -> None:
    gegevens = voorbeeld_plan.model_dump(mode="json")
    for regel in gegevens["veiligheidsplan"]["noodplan"]:
        regel["voor"] = ["Noor"]

    meldingen = waarschuwingen(Plan.model_validate(gegevens))

    assert any("het noodplan zegt niet wat er gebeurt voor Daan" in m for m in meldingen)


def test_a_noodplan_line_for_all_children_covers_every_child(voorbeeld_plan: Plan) -> None:
    assert not any("noodplan" in m for m in waarschuwingen(voorbeeld_plan))


@pytest.mark.parametrize(("veilig_thuis", "reden", "verwacht"), [
    (False, "", "geen reden vastgelegd"),
    (False, "Het gezin werkt mee; overlegd met Veilig Thuis.", "Vastgelegde reden: Het gezin werkt mee"),
    (True, "", None),
])
def test_unsafety_without_veilig_thuis_is_warned_of_with_the_reason_given(
    voorbeeld_plan: Plan, veilig_thuis: bool, reden: str, verwacht: str | None,
) -> None:
    gegevens = voorbeeld_plan.model_dump(mode="json")  # the example's risicotaxatie: hoog risico
    gegevens["dossier"]["meldcode"] |= {"veilig_thuis_betrokken": veilig_thuis,
                                        "reden_geen_veilig_thuis": reden}

    meldingen = [m for m in waarschuwingen(Plan.model_validate(gegevens)) if "Veilig Thuis" in m]

    if verwacht is None:
        assert meldingen == []
    else:
        assert len(meldingen) == 1 and verwacht in meldingen[0]


def test_the_second_afweging_alone_counts_as_unsafety(voorbeeld_plan: Plan) -> None:
    gegevens = voorbeeld_plan.model_dump(mode="json")
    gegevens["dossier"]["risicotaxatie"] |= {"acute_onveiligheid": False, "risiconiveau": "laag"}
    gegevens["dossier"]["meldcode"] |= {"veilig_thuis_betrokken": False, "reden_geen_veilig_thuis": "",
                                        "afwegingen": {"acute_of_structurele_onveiligheid": True}}

    assert any("Veilig Thuis" in m for m in waarschuwingen(Plan.model_validate(gegevens)))


def test_a_childs_words_chosen_without_the_childs_yes_are_named_before_the_plan_is_stored(
    voorbeeld_plan: Plan,
) -> None:
    gegevens = voorbeeld_plan.model_dump(mode="json")
    gegevens["veiligheidsplan"]["zorgen"][0]["uitspraken"].append(
        {"tekst": "Papa roept hard.", "door": "Daan", "toestemming": {"ouders_akkoord": True}})

    meldingen = waarschuwingen(Plan.model_validate(gegevens))

    assert meldingen == ["Let op: 1 uitspraak van Daan zonder vastgelegde toestemming; die komt in geen "
                         "enkel document."]


@pytest.mark.parametrize(("delen", "in_het_plan", "eigen_woorden_van_een_kind", "lezers"), [
    ("", True, False, ["professional"]),
    ("alleen professionals", True, True, ["professional"]),
    ("ook gezinsversie", True, True, ["professional", "volledig", "gezin"]),
    ("ja, ook in de gezinsversie", True, True, ["professional", "volledig", "gezin"]),
    ("nee, niet in het plan", False, False, []),
])
def test_the_answer_to_sharing_decides_if_and_for_whom_a_statement_enters_the_plan(
    delen: str, in_het_plan: bool, eigen_woorden_van_een_kind: bool, lezers: list[str],
) -> None:
    """No answer: the plan may take it, for professionals only; a child's hulpvraag needs a yes. An
    answer of a session held before the levels keeps its meaning."""
    toestemming = Toestemming.model_validate(Deelantwoord(delen).toestemming())

    assert mag_in_plan(delen) is in_het_plan
    assert uitdrukkelijk_ja(delen) is eigen_woorden_van_een_kind
    assert toestemming.lezers == lezers


def test_a_childs_words_carry_the_childs_yes_and_the_parents_answer() -> None:
    toestemming = Deelantwoord("ja, in het volledige plan", jeugdige=True, ouders_akkoord=False).toestemming()

    assert (toestemming["kind_akkoord"], toestemming["ouders_akkoord"]) == (True, False)
    assert not Toestemming.model_validate(toestemming).staat_toe("volledig", "", kinderen=[9])


@pytest.mark.parametrize(("soort", "naam", "professioneel", "mag"), [
    ("professional", "Tom Bos", False, True),
    ("volledig", "Anna Kok", True, True),
    ("volledig", "Eva", False, False),
    ("gezin", "", False, False),
    ("kind", "Lisa", False, False),
])
def test_without_an_answer_only_a_professionals_copy_shows_a_statement(
    soort: Any, naam: str, professioneel: bool, mag: bool,
) -> None:
    """Issue 17.2, the contract every reader's document is made with. Fails on main (no such kind)."""
    assert Toestemming().staat_toe(soort, naam, [], professioneel=professioneel) is mag


def test_a_niet_voor_of_unknown_family_keeps_the_statement_out_of_the_gezinsversie() -> None:
    """Who is family is the caller's to say; without it, the safe answer is 'not in the gezinsversie'."""
    toestemming = Toestemming(afgesproken=True, lezers=["professional", "volledig", "gezin"],
                              niet_voor=["Joke"])

    assert not toestemming.staat_toe("gezin", "", [])
    assert toestemming.staat_toe("gezin", "", [], gezin={"Eva", "Mark", "Lisa"})
    assert not toestemming.staat_toe("gezin", "", [], gezin={"Eva", "Joke"})
    assert not toestemming.staat_toe("professional", "Joke", [])


def test_a_statement_is_not_kept_from_someone_outside_the_dossier() -> None:
    """A misspelt 'niet voor' would leave the statement in the very copy it was kept from."""
    fouten = fouten_bij(zet("veiligheidsplan.schaalvragen", [
        {"naam": "Sandra", "score": 4, "moment": "individueel gesprek",
         "toestemming": {"afgesproken": True, "lezers": ["volledig"], "niet_voor": ["Ronlad"]}}]))

    pad = "schaalvragen[1].toestemming.niet_voor"
    assert any(pad in f and "'Ronlad' is geen persoon" in f for f in fouten)


@pytest.mark.parametrize(("opgeslagen", "ouder_leest"), [
    ({"lezers": ["volledig"], "afgesproken": None}, False),  # not asked: stored so before the levels
    ({"lezers": ["volledig"], "afgesproken": True}, True),  # 'ja, in het volledige plan'
    ({"lezers": ["volledig", "gezin"], "afgesproken": True}, True),  # a score said at the table
])
def test_a_stored_plans_consent_keeps_its_meaning_and_no_answer_is_for_professionals(
    opgeslagen: dict[str, Any], ouder_leest: bool,
) -> None:
    toestemming = Toestemming.model_validate(opgeslagen)

    assert toestemming.staat_toe("volledig", "Sandra", []) is ouder_leest
    assert toestemming.staat_toe("volledig", "Ilse de Wit", [], professioneel=True)
