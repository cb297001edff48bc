"""Need to know: each reader gets only what they are cleared for, never a statement without consent."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview.model import Plan
from interview.model.lezersdeel import Lezer, voor_lezer
from interview.model.toestemming import LEZERSSOORTEN
from tests.helpers import VOORBEELD, lezers, met_toestemmingen, verwacht_zichtbaar


def _plan() -> Plan:
    from interview.invoer import lees_plan

    return lees_plan(VOORBEELD)


def _tekst(plan: Plan) -> str:
    return json.dumps(plan.model_dump(mode="json"), ensure_ascii=False)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), lezers)
def test_no_statement_reaches_a_reader_it_is_not_cleared_for(keuzes: st.DataObject, lezer: Lezer) -> None:
    plan, verwacht = met_toestemmingen(_plan(), keuzes)

    tekst = _tekst(voor_lezer(plan, lezer))

    for merkteken, (sprekers, toestemming) in verwacht.items():
        assert (merkteken in tekst) == verwacht_zichtbaar(plan, sprekers, toestemming, lezer), (
            merkteken, sprekers, toestemming, lezer)


def test_the_stored_plan_is_left_as_it_was(voorbeeld_plan: Plan) -> None:
    voor = voorbeeld_plan.model_dump()

    voor_lezer(voorbeeld_plan, Lezer("netwerk", "Ria"))

    assert voorbeeld_plan.model_dump() == voor


def test_a_netwerkversie_holds_only_the_readers_afspraken_signalen_noodplan_and_phones(
    voorbeeld_plan: Plan,
) -> None:
    versie = voor_lezer(voorbeeld_plan, Lezer("netwerk", "Ria"))

    afspraken = [*versie.veiligheidsplan.afspraken, *versie.ondersteuningsplan.afspraken]
    assert afspraken and all("Ria" in [*a.wie, a.controle_door, *a.helpt] for a in afspraken)
    vp = voorbeeld_plan.veiligheidsplan
    assert versie.veiligheidsplan.signalen == [s for s in vp.signalen if "Ria" in s.wie_merkt_op]
    assert versie.veiligheidsplan.noodplan == [r for r in vp.noodplan if r.wie == "Ria" or "Ria" in r.belt]
    assert versie.dossier.netwerk == voorbeeld_plan.dossier.netwerk
    tekst = _tekst(versie)
    rt = voorbeeld_plan.dossier.risicotaxatie
    assert rt is not None and rt.toelichting not in tekst and rt.geraadpleegde_collega not in tekst
    assert versie.dossier.meldcode is None
    for geheim in [*(h.wat for h in voorbeeld_plan.veiligheidsplan.herstelgerichte_zorg),
                   *(r.omschrijving for r in voorbeeld_plan.veiligheidsplan.risicofactoren),
                   *(z.omschrijving for z in voorbeeld_plan.ondersteuningsplan.zorgen),
                   *(v.woonsituatie for v in voorbeeld_plan.dossier.gezin.volwassenen if v.woonsituatie)]:
        assert geheim not in tekst


def test_an_afspraak_without_a_role_for_the_reader_stays_out_of_the_netwerkversie(
    voorbeeld_plan: Plan,
) -> None:
    zonder_rol = [a for a in voorbeeld_plan.veiligheidsplan.afspraken
                  if "Fatma" not in [*a.wie, a.controle_door, *a.helpt]]

    tekst = _tekst(voor_lezer(voorbeeld_plan, Lezer("netwerk", "Fatma")))

    assert zonder_rol and all(a.wat not in tekst for a in zonder_rol)


def test_a_kinderversie_has_no_risicotaxatie_meldcode_or_anyones_treatment(voorbeeld_plan: Plan) -> None:
    versie = voor_lezer(voorbeeld_plan, Lezer("kind", "Daan"))

    assert versie.dossier.risicotaxatie is None and versie.dossier.meldcode is None
    assert versie.veiligheidsplan.herstelgerichte_zorg == [] and versie.ondersteuningsplan.doelen == []
    assert [(r.wie, r.belt) for r in versie.veiligheidsplan.noodplan] == [("Noor", "oma Ria")]  # Daan's rows


def test_a_childs_words_without_the_childs_yes_reach_no_reader_not_even_the_full_plan(
    voorbeeld_plan: Plan,
) -> None:
    gegevens = voorbeeld_plan.model_dump(mode="json")
    gegevens["veiligheidsplan"]["zorgen"][0]["uitspraken"] = [
        {"tekst": "Ik word bang als papa hard praat.", "door": "Daan",
         "toestemming": {"lezers": ["volledig", "gezin", "kind"], "afgesproken": True}},
    ]
    plan = Plan.model_validate(gegevens)

    for soort in LEZERSSOORTEN:
        assert "bang als papa" not in _tekst(voor_lezer(plan, Lezer(soort, "Daan")))


def test_a_young_person_of_16_decides_alone(voorbeeld_plan: Plan) -> None:
    gegevens = voorbeeld_plan.model_dump(mode="json")
    gegevens["datum"] = "2028-07-01"  # Noor is 16
    gegevens["evaluatie"]["volgende_datum"] = "2028-09-01"
    gegevens["looptijd"] = {}
    gegevens["veiligheidsplan"]["zorgen"][0]["uitspraken"] = [
        {"tekst": "Ik neem Daan mee naar mijn kamer.", "door": "Noor",
         "toestemming": {"lezers": ["volledig", "gezin"], "afgesproken": True, "kind_akkoord": True}},
    ]
    plan = Plan.model_validate(gegevens)
    assert plan.datum == dt.date(2028, 7, 1)

    assert "mijn kamer" in _tekst(voor_lezer(plan, Lezer("gezin")))


def test_a_child_reads_the_account_worded_for_them_not_a_brothers_or_sisters(voorbeeld_plan: Plan) -> None:
    gegevens = voorbeeld_plan.model_dump(mode="json")
    gegevens["veiligheidsplan"]["voor_de_kinderen"] = [
        {"kind": "Daan", "tekst": "Papa en mama maakten ruzie. Papa woont nu bij oom Kees."},
        {"kind": "Noor", "tekst": "Je vader heeft je moeder geslagen; jij hebt Daan beschermd."}]
    plan = Plan.model_validate(gegevens)

    daan = _tekst(voor_lezer(plan, Lezer("kind", "Daan")))
    netwerk = _tekst(voor_lezer(plan, Lezer("netwerk", "Ria")))

    assert "oom Kees." in daan and "jij hebt Daan beschermd" not in daan
    assert "oom Kees." not in netwerk and "beschermd" not in netwerk
    assert "beschermd" in _tekst(voor_lezer(plan, Lezer("gezin")))
