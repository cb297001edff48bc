"""The kinderversie is the child's own safety plan: the adults the child named and no one under a
huisverbod or contact ban, the child's own words and agreements, the Drie Huizen as practice uses
them, and from 12 the young person's rights and signature line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from interview.model import Plan
from interview.model.lezersdeel import Lezer as Leesrecht
from interview.model.lezersdeel import voor_lezer
from interview.render.lezers import Lezer, lezers
from interview.versieset import render_documenten
from tests.helpers import VOORBEELD, controleer_met_libreoffice, tekst_van

RONALD_TELEFOON = "2202"


def voorbeeld(**dossier: Any) -> Plan:
    """The bundled example with Daan naming his father too, and `dossier` fields changed."""
    gegevens: dict[str, Any] = yaml.safe_load(VOORBEELD.read_text(encoding="utf-8"))
    gegevens["dossier"] |= dossier
    for plan in gegevens["veiligheidsplan"]["kinderplannen"]:
        plan["veilig_bij"].append("Ronald")
    gegevens["veiligheidsplan"]["noodplan"].append(
        {"wie": "Noor", "wanneer": "Als mama er niet is", "belt": "papa", "telefoon": "06 1111 2202"})
    return Plan.model_validate(gegevens)


def kind(plan: Plan, naam: str) -> Lezer:
    return next(lz for lz in lezers(plan) if lz.soort == "kinderversie" and lz.naam == naam)


def genoemd(lezer: Lezer) -> list[str]:
    return [w.naam for w in lezer.wie_let_op]


HUISVERBOD = {"huisverbod": {"wie": "Ronald", "van": dt.date(2026, 10, 12), "tot": dt.date(2026, 12, 31)}}


@pytest.fixture(scope="module")
def met_huisverbod(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The example with an active huisverbod for Ronald, its kinderversies rendered by reader name."""
    plan = voorbeeld(**HUISVERBOD)
    paden = render_documenten(plan, tmp_path_factory.mktemp("huisverbod"))
    kinderen = [kind.naam for kind in plan.dossier.gezin.kinderen]
    return {kinderen[int(pad.stem.rsplit("-", 1)[1]) - 1]: pad
            for pad in paden if pad.name.startswith("kinderversie")}


def test_a_child_is_offered_only_the_adults_the_child_named(voorbeeld_plan: Plan) -> None:
    daan = kind(voorbeeld_plan, "Daan")

    assert [(w.naam, w.telefoon) for w in daan.wie_let_op] == [
        ("Sandra", "06 1111 2201"), ("Ria", "06 1111 2203")]


def test_a_child_who_named_no_one_gets_lines_to_write_them_in_not_the_parents(
    voorbeeld_plan: Plan, tmp_path: Path,
) -> None:
    zonder = voorbeeld_plan.model_copy(update={"veiligheidsplan": voorbeeld_plan.veiligheidsplan.model_copy(
        update={"kinderplannen": []})})

    assert genoemd(kind(zonder, "Daan")) == []
    pad = next(p for p in render_documenten(zonder, tmp_path)
               if p.name.startswith("kinderversie-VP-2026-0042-v1-2"))
    assert "Naam: ______________________ Telefoon: ______________" in tekst_van(pad)


@pytest.mark.parametrize("naam", ["Noor", "Daan"])
def test_no_kinderversie_offers_a_father_under_an_active_huisverbod(
    met_huisverbod: dict[str, Path], naam: str,
) -> None:
    tekst = tekst_van(met_huisverbod[naam])

    assert "Ronald" not in tekst
    assert RONALD_TELEFOON not in tekst.replace(" ", "")
    assert "Sandra" in tekst


def test_the_view_a_team_template_gets_holds_no_one_under_a_huisverbod_either() -> None:
    from interview.render.lezers import lezersdelen

    plan = voorbeeld(**HUISVERBOD)
    for deel in lezersdelen(plan):
        if deel.lezer.soort == "kinderversie":
            beeld = deel.plan
            assert "Ronald" not in beeld.dossier.personen
            assert all(regel.belt != "papa" for regel in beeld.veiligheidsplan.noodplan)
            assert all("Ronald" not in k.veilig_bij for k in beeld.veiligheidsplan.kinderplannen)


def test_a_childs_view_holds_no_danger_statement_nor_where_the_parents_live(voorbeeld_plan: Plan) -> None:
    beeld = voor_lezer(voorbeeld_plan, Leesrecht("kind", "Daan"))

    vp = beeld.veiligheidsplan
    zorgen = [(z.gevaarsomschrijving, [u.door for u in z.uitspraken]) for z in vp.zorgen]
    assert zorgen == [("", ["Noor", "Daan"])]
    assert (vp.aanleiding, vp.kader, vp.bodemeisen) == ("", "", [])
    assert {v.woonsituatie for v in beeld.dossier.gezin.volwassenen} == {""}


def test_a_huisverbod_that_ended_before_the_version_no_longer_bars_whom_the_child_named() -> None:
    plan = voorbeeld(huisverbod={"wie": "Ronald", "van": dt.date(2026, 10, 12), "tot": dt.date(2026, 10, 22)},
                     contactverboden=[{"wie": "Ronald", "met": ["Daan"], "van": dt.date(2026, 11, 1)}])

    assert "Ronald" in genoemd(kind(plan, "Noor"))
    assert "Ronald" not in genoemd(kind(plan, "Daan"))


def test_a_contact_ban_bars_only_while_it_runs_and_only_the_children_it_names() -> None:
    afgelopen = voorbeeld(contactverboden=[
        {"wie": "Ronald", "van": dt.date(2026, 1, 1), "tot": dt.date(2026, 6, 1)},
        {"wie": "Kees", "met": ["Noor"], "van": dt.date(2026, 11, 1)}])

    assert "Ronald" in genoemd(kind(afgelopen, "Daan"))
    assert [regel.belt for regel in kind(afgelopen, "Noor").noodplan] == ["oma Ria", "112", "papa"]


def test_a_contact_ban_must_name_people_of_the_dossier() -> None:
    with pytest.raises(ValueError, match="contactverbod noemt 'Herman'"):
        voorbeeld(contactverboden=[{"wie": "Herman", "van": dt.date(2026, 11, 1)}])


def test_a_young_child_reads_their_own_words_in_the_three_houses_and_the_noodplan_in_its_own_part(
    met_huisverbod: dict[str, Path],
) -> None:
    tekst = tekst_van(met_huisverbod["Daan"])

    zorgen, goed, dromen, onveilig = (tekst.index(kop) for kop in (
        "Huis van zorgen", "Huis van goede dingen", "Huis van dromen", "Als ik me niet veilig voel"))
    assert zorgen < tekst.index("Ik word bang als papa hard praat.") < goed
    assert goed < tekst.index("Voetballen met mama") < dromen
    assert dromen < tekst.index("Zo is het als alles thuis goed is.") < tekst.index(
        "Dat niemand meer schreeuwt") < onveilig
    assert onveilig < tekst.index("Als ik bang ben, ga ik naar Noor.") < tekst.index("bel oma Ria")
    assert tekst.count("Teken") >= 3
    assert "Het is niet jouw schuld." in tekst
    assert "Jouw rechten" not in tekst and "Mijn handtekening" not in tekst


def test_a_child_reads_the_story_the_parents_agreed_to_and_who_agreed(
    voorbeeld_plan: Plan, met_huisverbod: dict[str, Path],
) -> None:
    tekst = tekst_van(met_huisverbod["Daan"])

    akkoord = kind(voorbeeld_plan, "Daan").kind.uitleg_akkoord
    assert akkoord == "Je moeder en je vader vinden het goed dat je dit weet."
    assert "Papa woont nu bij oom Kees." in tekst
    assert "Je moeder vindt het goed dat je dit weet." in tekst  # the father under a huisverbod: not named


def test_a_teenager_gets_her_rights_and_her_own_signature_line(met_huisverbod: dict[str, Path]) -> None:
    tekst = tekst_van(met_huisverbod["Noor"])

    assert "Jouw rechten" in tekst
    assert "AKJ" in tekst and "088 555 1000" in tekst and "klagen" in tekst and "0800-0432" in tekst
    assert "Mijn handtekening" in tekst and "Naam: Noor" in tekst
    assert "Als het eng wordt, bel ik oma Ria." in tekst


def test_a_child_reads_only_the_words_cleared_for_the_kinderversie(voorbeeld_plan: Plan) -> None:
    noor, daan = kind(voorbeeld_plan, "Noor"), kind(voorbeeld_plan, "Daan")

    assert "Ik word bang als papa hard praat." in daan.kind.zorgen
    assert not any("slapen" in woorden for woorden in noor.kind.dromen)  # her hulpvraag: not for the kind


@pytest.mark.libreoffice
def test_libreoffice_opens_both_kinderversies(met_huisverbod: dict[str, Path], tmp_path: Path) -> None:
    teksten = controleer_met_libreoffice(list(met_huisverbod.values()), tmp_path)

    assert all("Ronald" not in tekst for tekst in teksten.values())
