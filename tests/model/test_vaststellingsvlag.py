"""Issue 17.7: a version vastgesteld while someone named in an afspraak said niet akkoord is
flagged in one Dutch line (vplan vaststellen says it, the documents print it), and someone who
signs a version they will never receive is named. Every test here fails on main (no such check)."""

from __future__ import annotations

import datetime as dt

from interview.model import Plan
from interview.model.levensloop import Beeindiging
from interview.model.vaststelling import (
    Bezwaar,
    Handtekening,
    Ontvangst,
    bezwaren,
    ontvangt_niet,
    vaststellingsvlag,
)

DAG = dt.date(2026, 11, 22)


def teken(naam: str, oordeel: str = "akkoord", versie: int = 1) -> Handtekening:
    reden = "Ik wil op zaterdag niet naar papa." if oordeel == "niet akkoord" else ""
    return Handtekening.model_validate({"versie": versie, "naam": naam, "oordeel": oordeel,
                                        "reden": reden, "datum": DAG})


def test_vastgesteld_while_a_person_of_an_afspraak_said_niet_akkoord_is_flagged(voorbeeld_plan: Plan) -> None:
    """Noor does A4 (to oma Ria when it is unsafe) and A7 (her treatment); Kees does A1 and A5
    and checks A2 and A5."""
    getekend = [teken("Ilse de Wit"), teken("Noor", "niet akkoord")]
    assert vaststellingsvlag(voorbeeld_plan, getekend) == (
        "Planversie 1 is vastgesteld terwijl Noor (afspraken A4 en A7) niet akkoord is.")
    getekend.append(teken("Kees", "niet akkoord"))
    assert vaststellingsvlag(voorbeeld_plan, getekend) == (
        "Planversie 1 is vastgesteld terwijl Noor (afspraken A4 en A7) en Kees (afspraken A1, A2 en A5) "
        "niet akkoord zijn.")
    assert [b.naam for b in bezwaren(voorbeeld_plan, getekend)] == ["Noor", "Kees"]


def test_no_flag_while_concept_for_an_agreeing_signer_or_someone_outside_the_afspraken(
    voorbeeld_plan: Plan
) -> None:
    assert vaststellingsvlag(voorbeeld_plan, [teken("Noor", "niet akkoord")]) is None  # concept
    assert vaststellingsvlag(voorbeeld_plan, [teken("Ilse de Wit"), teken("Noor", "gezien")]) is None
    buiten = [teken("Ilse de Wit"), teken("Noor"), teken("Marieke Jansen", "niet akkoord")]
    assert bezwaren(voorbeeld_plan, buiten) == []
    assert vaststellingsvlag(voorbeeld_plan, buiten) is None


def test_a_later_akkoord_replaces_the_niet_akkoord_and_an_ended_afspraak_does_not_count(
    voorbeeld_plan: Plan
) -> None:
    assert vaststellingsvlag(voorbeeld_plan, [teken("Ilse de Wit"), teken("Noor", "niet akkoord"),
                                              teken("Noor")]) is None
    afspraken = [a.model_copy(update={"beeindigd": Beeindiging(op=DAG, omdat="niet meer nodig")})
                 if a.id == "A4" else a for a in voorbeeld_plan.veiligheidsplan.afspraken]
    veiligheidsplan = voorbeeld_plan.veiligheidsplan.model_copy(update={"afspraken": afspraken})
    zonder_a4 = voorbeeld_plan.model_copy(update={"veiligheidsplan": veiligheidsplan})
    assert bezwaren(zonder_a4, [teken("Noor", "niet akkoord")]) == [
        Bezwaar("Noor", ("A7",), "Ik wil op zaterdag niet naar papa.")]
    noor = bezwaren(voorbeeld_plan, [teken("Noor", "niet akkoord")])
    assert [b.afspraken for b in noor] == [("A4", "A7")]


def test_a_signer_not_on_the_verspreidingslijst_without_a_receipt_never_receives_the_plan(
    voorbeeld_plan: Plan
) -> None:
    zonder_kees = voorbeeld_plan.model_copy(update={"verspreidingslijst": [
        r for r in voorbeeld_plan.verspreidingslijst if r.naam != "Kees"]})
    getekend = [teken("Ilse de Wit"), teken("Kees"), teken("Sandra")]
    assert ontvangt_niet(zonder_kees, getekend) == ["Kees"]  # the worker who wrote it is left out
    assert ontvangt_niet(voorbeeld_plan, getekend) == []
    ontvangen = [Ontvangst(ontvanger="Kees", versie=1, datum=DAG, vorm="post")]
    assert ontvangt_niet(zonder_kees, getekend, ontvangen) == []
