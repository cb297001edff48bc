"""Each reader gets only what they need to know: the selection behind the reader's documents."""

from __future__ import annotations

import datetime as dt

import pytest

from interview.model import Plan
from interview.model.levensloop import Beeindiging
from interview.render.lezers import Lezer, lezers, ontvangt


def lezer(plan: Plan, soort: str, naam: str) -> Lezer:
    return next(lz for lz in lezers(plan) if lz.soort == soort and lz.naam == naam)


def verboden_teksten(plan: Plan) -> list[str]:
    """What no reader's document may hold: the risk assessment, the meldcode, what one person said,
    the zorgen, and the treatment in the herstelgerichte zorg and the ondersteuningsplan."""
    dossier, vp = plan.dossier, plan.veiligheidsplan
    # a statement cleared for the kinderversie may be in a child's version (the leak test checks per reader)
    teksten = [u.tekst for z in vp.zorgen for u in z.uitspraken if "kind" not in u.toestemming.lezers]
    teksten += [z.gevaarsomschrijving for z in vp.zorgen]
    teksten += [h.wat for h in vp.herstelgerichte_zorg]
    teksten += [a.wat for a in plan.ondersteuningsplan.afspraken]
    if dossier.risicotaxatie:
        teksten += [dossier.risicotaxatie.toelichting, dossier.risicotaxatie.instrument]
    if dossier.meldcode:
        teksten.append(dossier.meldcode.besluit)
    return [t for t in teksten if t]


def test_every_network_member_gets_a_netwerkversie_and_the_family_and_professionals_do_not(
    voorbeeld_plan: Plan,
) -> None:
    netwerk = [(lz.nummer, lz.naam) for lz in lezers(voorbeeld_plan) if lz.soort == "netwerkversie"]

    assert netwerk == [(1, "Ria"), (2, "Kees"), (3, "Fatma")]


@pytest.mark.parametrize(("naam", "afspraken"), [("Ria", ["A3", "A4"]), ("Kees", ["A1", "A2", "A5"]),
                                                  ("Fatma", ["A6"])])
def test_a_network_member_sees_only_the_afspraken_they_carry_out_check_or_help_with(
    voorbeeld_plan: Plan, naam: str, afspraken: list[str]
) -> None:
    assert [a.id for a in lezer(voorbeeld_plan, "netwerkversie", naam).afspraken] == afspraken


def test_an_ended_afspraak_is_no_longer_in_anyones_version(voorbeeld_plan: Plan) -> None:
    vp = voorbeeld_plan.veiligheidsplan
    einde = Beeindiging(op=dt.date(2026, 12, 1), omdat="niet meer nodig")
    afspraken = [a.model_copy(update={"beeindigd": einde}) if a.id == "A6" else a for a in vp.afspraken]
    vp = vp.model_copy(update={"afspraken": afspraken})
    plan = voorbeeld_plan.model_copy(update={"veiligheidsplan": vp})

    assert lezer(plan, "netwerkversie", "Fatma").afspraken == ()
    assert "A6" not in [a.id for a in lezers(plan)[-1].afspraken]


def test_a_neighbour_does_not_read_the_fathers_drinking_signal(voorbeeld_plan: Plan) -> None:
    """Issue 17.3; fails on main, where every network member read every signal and noodplan row."""
    fatma = lezer(voorbeeld_plan, "netwerkversie", "Fatma")

    assert [s.omschrijving for s in fatma.signalen] == ["Fatma hoort geschreeuw of gestommel uit de woning."]
    assert [(n.wie, n.belt) for n in fatma.noodplan] == [("Fatma", "Sandra")]


def test_a_network_member_gets_the_noodplan_rows_that_call_them(voorbeeld_plan: Plan) -> None:
    """Issue 17.3: a row concerns a member who acts in it or whom it calls ('oma Ria' names Ria)."""
    ria = lezer(voorbeeld_plan, "netwerkversie", "Ria")

    assert [(n.wie, n.belt) for n in ria.noodplan] == [("Noor", "oma Ria"), ("Ria", "Veilig Thuis")]
    assert [s.omschrijving for s in ria.signalen] == [
        "Daan is stil, wil niet naar huis of heeft buikpijn op school."]


def test_a_member_named_only_as_helper_gets_that_afspraak(voorbeeld_plan: Plan) -> None:
    """Issue 17.3; fails on main (no Afspraak.helpt; Ria read 'geen afspraak op uw naam' for A3)."""
    vp = voorbeeld_plan.veiligheidsplan
    afspraken = [a.model_copy(update={"helpt": ["Fatma"]}) if a.id == "A1" else a for a in vp.afspraken]
    vp = vp.model_copy(update={"afspraken": afspraken})
    plan = voorbeeld_plan.model_copy(update={"veiligheidsplan": vp})

    assert [a.id for a in lezer(plan, "netwerkversie", "Fatma").afspraken] == ["A1", "A6"]


def test_a_child_under_12_gets_the_drie_huizen_and_a_teenager_plain_language(voorbeeld_plan: Plan) -> None:
    noor, daan = (lezer(voorbeeld_plan, "kinderversie", naam) for naam in ("Noor", "Daan"))

    assert (noor.leeftijd, noor.jong) == (14, False)
    assert (daan.leeftijd, daan.jong) == (8, True)


def test_a_child_sees_their_own_lines_of_the_noodplan(voorbeeld_plan: Plan) -> None:
    noor = lezer(voorbeeld_plan, "kinderversie", "Noor")

    assert [(n.belt, n.telefoon) for n in noor.noodplan] == [("oma Ria", "06 1111 2203"), ("112", "112")]


def test_the_gezinsversie_holds_every_running_afspraak_of_the_veiligheidsplan(voorbeeld_plan: Plan) -> None:
    gezin = lezers(voorbeeld_plan)[-1]

    assert gezin.soort == "gezinsversie"
    assert [a.id for a in gezin.afspraken] == [a.id for a in voorbeeld_plan.veiligheidsplan.afspraken]


def test_the_phone_list_names_no_treating_professional(voorbeeld_plan: Plan) -> None:
    """Anouk Visser's organisation alone (Jeugd-GGZ) would tell oma about Noor's treatment."""
    for lz in lezers(voorbeeld_plan):
        assert "Anouk Visser" not in [t.naam for t in (*lz.telefoonlijst, *lz.wie_let_op)]


def test_no_reader_receives_risk_assessment_meldcode_statements_or_treatment(voorbeeld_plan: Plan) -> None:
    for lz in lezers(voorbeeld_plan):
        gegevens = lz.model_dump_json()
        vrijgegeven = {g.tekst for g in lz.gedeeld}  # words whose consent clears this reader (issue 17.2)
        verboden = [t for t in verboden_teksten(voorbeeld_plan) if t not in vrijgegeven]
        assert [t for t in verboden if t in gegevens] == [], lz.soort


@pytest.mark.parametrize(("documenten", "in_woorden"), [
    (["veiligheidsplan", "ondersteuningsplan"], "volledig (beide plannen)"),
    (["veiligheidsplan"], "veiligheidsplan"),
    (["netwerkversie"], "netwerkversie"),
    (["veiligheidsplan", "ondersteuningsplan", "gezinsversie"], "volledig (beide plannen), gezinsversie"),
])
def test_the_verspreidingslijst_says_which_version_a_recipient_receives(
    documenten: list[str], in_woorden: str
) -> None:
    assert ontvangt(documenten) == in_woorden
