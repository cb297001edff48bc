"""Issue 17.2, consent that protects: what a session agreed decides which reader's copy shows a statement."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from interview.merge.antwoordvorm import bruikbaar
from interview.merge.eerste_versie import stel_plan_samen
from interview.merge.inbreng import maak_overzicht
from interview.merge.sessie import Sessie
from interview.model import Dossier, Plan
from interview.model.lezersdeel import Lezer, voor_lezer
from interview.render.lezers import lezersdelen
from tests.merge.spelers import antwoorden_beraad, dossiergegevens

PROFESSIONAL = Lezer("volledig", "Eva", professioneel=True)
"""The regiehouder's copy of the full plan."""


def _plan(*sessies: Sessie) -> Plan:
    """Plan version 1 of the spelers' dossier, with every statement of `sessies` chosen for zorg Z1 and
    every session score chosen."""
    dossier = Dossier.model_validate(dossiergegevens())
    overzicht = maak_overzicht(dossier, sessies)
    beraad = {**antwoorden_beraad(uitspraken=[i.sleutel for i in overzicht.inbreng]),
              "scores_uit_gesprekken": [s.sessie for s in overzicht.scores]}
    return stel_plan_samen(dossier, overzicht, beraad, dt.date(2026, 11, 20))


def _leest(plan: Plan, lezer: Lezer, tekst: str) -> bool:
    return tekst in json.dumps(voor_lezer(plan, lezer).model_dump(mode="json"), ensure_ascii=False)


def _zorg(wat: str, **toestemming: Any) -> dict[str, Any]:
    return {"wat": wat, **toestemming}


def test_without_an_answer_a_statement_reaches_professionals_only() -> None:
    """Fails on main: no answer meant the full plan, which both parents receive."""
    plan = _plan(Sessie("s1", "ouder", "Sandra", {"zorgen": [_zorg("Mark drinkt weer")]}))

    assert _leest(plan, PROFESSIONAL, "Mark drinkt weer")  # the full plan of the regiehouder, Veilig Thuis
    for ouder in ("Sandra", "Mark"):
        assert not _leest(plan, Lezer("volledig", ouder), "Mark drinkt weer")
    assert not _leest(plan, Lezer("gezin"), "Mark drinkt weer")


@pytest.mark.parametrize(("delen", "ouders", "gezin", "kind"), [
    ("nee, niet in het plan", False, False, False),
    ("alleen professionals", False, False, False),
    ("volledig plan, ook de ouders", True, False, False),
    ("ook gezinsversie", True, True, False),
    ("ook kinderversie", True, True, True),
    ("ja, in het volledige plan", True, False, False),  # a session held before the levels
    ("ja, ook in de gezinsversie en de kinderversie", True, True, True),
])
def test_each_level_lets_one_more_kind_of_reader_read(
    delen: str, ouders: bool, gezin: bool, kind: bool,
) -> None:
    plan = _plan(Sessie("s1", "ouder", "Sandra", {"zorgen": [_zorg("Oma helpt elke dag", delen=delen)]}))

    assert _leest(plan, PROFESSIONAL, "Oma helpt elke dag") is (delen != "nee, niet in het plan")
    assert _leest(plan, Lezer("volledig", "Mark"), "Oma helpt elke dag") is ouders
    assert _leest(plan, Lezer("gezin"), "Oma helpt elke dag") is gezin
    assert _leest(plan, Lezer("kind", "Lisa"), "Oma helpt elke dag") is kind


def test_what_is_not_for_a_parent_stays_out_of_that_parents_copy_and_the_gezinsversie() -> None:
    """Fails on main: 'niet voor' did not exist; the other parent read it."""
    plan = _plan(Sessie("s1", "ouder", "Sandra", {"zorgen": [
        _zorg("Ik heb schulden", delen="ook gezinsversie", niet_voor=["Mark"])]}))

    assert _leest(plan, Lezer("volledig", "Sandra"), "Ik heb schulden")
    assert not _leest(plan, Lezer("volledig", "Mark"), "Ik heb schulden")
    assert not _leest(plan, Lezer("gezin"), "Ik heb schulden")  # Mark reads the gezinsversie too
    assert _leest(plan, PROFESSIONAL, "Ik heb schulden")


def test_what_is_not_for_a_network_member_still_reaches_the_gezinsversie() -> None:
    plan = _plan(Sessie("s1", "ouder", "Sandra", {"zorgen": [
        _zorg("Ria bemoeit zich te veel", delen="ook gezinsversie", niet_voor=["Ria"])]}))

    assert _leest(plan, Lezer("gezin"), "Ria bemoeit zich te veel")
    assert not _leest(plan, Lezer("netwerk", "Ria"), "Ria bemoeit zich te veel")


@pytest.mark.parametrize(("ouders", "zichtbaar"), [
    ({"ouders_ja": ["Sandra"]}, False),          # Mark, who has gezag too, did not say yes
    ({"ouders_ja": []}, False),
    ({}, False),                                  # not asked
    ({"ouders_ja": ["Sandra", "Mark"]}, True),
    ({"ouders_akkoord": True}, True),             # a session held before: all parents at once
    ({"ouders_akkoord": False}, False),
])
def test_a_childs_words_need_the_yes_of_each_parent_with_gezag(
    ouders: dict[str, Any], zichtbaar: bool,
) -> None:
    """Fails on main: one `ouders_akkoord` stood for both parents, and `ouders_ja` was not read."""
    plan = _plan(Sessie("s1", "jeugdige", "Lisa", {
        "zorgen": [_zorg("Ik verstop me onder de tafel", delen="ook gezinsversie")], **ouders}))

    for lezer in (PROFESSIONAL, Lezer("volledig", "Sandra"), Lezer("gezin")):
        assert _leest(plan, lezer, "Ik verstop me onder de tafel") is zichtbaar, lezer


def test_each_parents_answer_is_recorded_in_the_plan() -> None:
    plan = _plan(Sessie("s1", "jeugdige", "Lisa", {
        "zorgen": [_zorg("Ik verstop me", delen="ook gezinsversie")], "ouders_ja": ["Sandra"]}))

    toestemming = plan.veiligheidsplan.zorgen[0].uitspraken[0].toestemming
    assert (toestemming.ouders, toestemming.ouders_akkoord) == ({"Sandra": True, "Mark": False}, False)


def test_a_score_and_its_consent_are_asked_like_any_statement() -> None:
    plan = _plan(Sessie("s1", "ouder", "Sandra", {
        "schaalscore": 3, "schaal_toelichting": "Het gaat slecht met mijn geld",
        "schaal_delen": "volledig plan, ook de ouders", "schaal_niet_voor": ["Mark"]}))

    assert _leest(plan, Lezer("volledig", "Sandra"), "Het gaat slecht met mijn geld")
    assert not _leest(plan, Lezer("volledig", "Mark"), "Het gaat slecht met mijn geld")


def test_a_niet_voor_that_is_not_a_list_of_names_leaves_the_statement_out_with_a_line() -> None:
    """A journal edited by hand: read without its 'niet voor', the words would reach that very person."""
    sessie, regels = bruikbaar(Sessie("s1", "ouder", "Sandra", {
        "zorgen": [_zorg("Ik heb schulden", delen="ook gezinsversie", niet_voor="Mark")],
        "schaalscore": 4, "schaal_delen": "ook gezinsversie", "schaal_niet_voor": "Mark"}))

    assert sessie.antwoorden["zorgen"] == [""]
    assert "schaal_delen" not in sessie.antwoorden  # the score stays, for professionals only
    assert len(regels) == 2 and all("niet in het overzicht" in regel for regel in regels)


def test_the_gezinsversie_and_kinderversie_carry_the_words_consented_to_them() -> None:
    """Fails on main: the levels 'ook gezinsversie' / 'ook kinderversie' had no field to print."""
    plan = _plan(Sessie("s1", "ouder", "Sandra", {"zorgen": [
        _zorg("Alleen voor de werker", delen="alleen professionals"),
        _zorg("Voor het gezin", delen="ook gezinsversie"),
        _zorg("Voor de kinderen", delen="ook kinderversie")]}))

    gedeeld = {deel.lezer.soort: [(g.soort, g.tekst, g.door) for g in deel.lezer.gedeeld if g.soort == "zorg"]
               for deel in lezersdelen(plan)}

    assert gedeeld["gezinsversie"] == [
        ("zorg", "Voor het gezin", "Sandra"), ("zorg", "Voor de kinderen", "Sandra")]
    assert gedeeld["kinderversie"] == [("zorg", "Voor de kinderen", "Sandra")]
    assert gedeeld["netwerkversie"] == []
