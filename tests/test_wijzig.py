"""A plan that lives on: evaluations, incidents and corrections each make the next version through
one change engine, and whatever sequence of revisions a worker makes, numbers stay true."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview.fouten import OngeldigeInvoer
from interview.invoer import lees_plan
from interview.model import Aanleiding, Plan
from interview.versieverschil import Verandering, wijzigingen_tussen
from interview.wijzig import Wijzigingen, volgende_nummers, volgende_versie
from tests.helpers import VOORBEELD

EERSTE = lees_plan(VOORBEELD)
EERSTE_JSON = EERSTE.model_dump_json()
EVALUATIE = Aanleiding(soort="evaluatie", omschrijving="evaluatie met het netwerk", door="Ilse de Wit")
FASEN = ["directe veiligheid", "risicogestuurd", "herstelgericht"]


def volgende(plan: Plan, wijzigingen: dict[str, Any], aanleiding: Aanleiding = EVALUATIE) -> Plan:
    """The next version one day later, as the evaluation door would ask for it."""
    return volgende_versie(plan, Wijzigingen.model_validate(wijzigingen), aanleiding,
                           plan.datum + dt.timedelta(days=1))


def items(plan: Plan) -> dict[str, Any]:
    """Every numbered item of a version by its number."""
    vp, op = plan.veiligheidsplan, plan.ondersteuningsplan
    alle = [*vp.zorgen, *vp.veiligheidsdoelen, *vp.bodemeisen, *vp.afspraken, *op.doelen,
            *op.afspraken, *vp.incidenten]
    return {item.id: item for item in alle}


def lopend(plan: Plan, voorvoegsel: str) -> list[Any]:
    return [item for id_, item in items(plan).items()
            if id_.startswith(voorvoegsel) and getattr(item, "beeindigd", None) is None]


# --- A worker's revisions, drawn at random -----------------------------------------------------


@dataclass
class Stap:
    """One revision as asked, and the change list a reader should see for it."""

    wijzigingen: dict[str, Any] = field(default_factory=dict)
    verwacht: set[tuple[str, str, tuple[str, ...]]] = field(default_factory=set)


def _pas_aan(data: st.DataObject, plan: Plan, stap: Stap) -> None:
    kandidaten = [(i.id, "wat" if i.id[0] == "A" else "omschrijving" if i.id[0] != "Z" else "titel")
                  for voorvoegsel in "ZBA" for i in lopend(plan, voorvoegsel)]
    for id_, veld in data.draw(st.lists(st.sampled_from(kandidaten), max_size=2, unique=True)):
        waarde = f"{getattr(items(plan)[id_], veld)} (herzien in versie {plan.versie + 1})"
        stap.wijzigingen.setdefault("aanpassen", []).append({"id": id_, "velden": {veld: waarde}})
        stap.verwacht.add(("gewijzigd", id_, (veld,)))


def _beeindig(data: st.DataObject, plan: Plan, stap: Stap) -> None:
    kandidaten = [i.id for voorvoegsel in "ZDBAO" for i in lopend(plan, voorvoegsel)]
    for id_ in data.draw(st.lists(st.sampled_from(kandidaten), max_size=2, unique=True)):
        stap.wijzigingen.setdefault("beeindigen", []).append(
            {"id": id_, "op": plan.datum.isoformat(), "omdat": "nagekomen en niet meer nodig"})
        stap.verwacht.add(("beëindigd", id_, ()))


def _verplaats(data: st.DataObject, plan: Plan, stap: Stap) -> None:
    aangepast = {a["id"] for a in stap.wijzigingen.get("aanpassen", [])}
    kandidaten = [a for a in lopend(plan, "A") if a.id not in aangepast]
    if not kandidaten or not data.draw(st.booleans()):
        return
    afspraak = data.draw(st.sampled_from(kandidaten))
    fase = data.draw(st.sampled_from(["risicogestuurd", "herstelgericht"]))
    naar = data.draw(st.sampled_from(["veiligheidsplan", "ondersteuningsplan"]))
    stap.wijzigingen.setdefault("verplaatsen", []).append({"id": afspraak.id, "fase": fase, "naar": naar})
    if fase != afspraak.fase:
        stap.verwacht.add(("verplaatst", afspraak.id, ("fase",)))
    if afspraak not in getattr(plan, naar).afspraken:
        stap.verwacht.add(("verplaatst", afspraak.id, ()))


def _voeg_toe(data: st.DataObject, plan: Plan, stap: Stap) -> None:
    voorbeeld = lopend(plan, "A")[0].model_dump(exclude={"id", "beeindigd", "overgenomen_uit"})
    nieuw_a, nieuw_b, nieuw_z, nieuw_d = (
        iter(volgende_nummers(plan, v, 3)) for v in "ABZD")
    toevoegen: dict[str, list[dict[str, Any]]] = {}
    for soort in data.draw(st.lists(st.sampled_from(["afspraak", "bodemeis", "zorg"]), max_size=3)):
        a = next(nieuw_a)
        dient = list(voorbeeld["dient"])
        if soort == "bodemeis":
            b = next(nieuw_b)
            toevoegen.setdefault("bodemeisen", []).append(
                {"omschrijving": f"Nieuwe bodemeis {b}", "gesteld_door": "Veilig Thuis"})
            stap.verwacht.add(("nieuw", b, ()))
            dient.append(b)
        if soort == "zorg":
            z, d = next(nieuw_z), next(nieuw_d)
            toevoegen.setdefault("zorgen", []).append({"titel": f"Zorg {z}", "gevaarsomschrijving": "x"})
            toevoegen.setdefault("veiligheidsdoelen", []).append(
                {"omschrijving": f"Doel {d}", "duur": "drie maanden", "zorg": z})
            stap.verwacht |= {("nieuw", z, ()), ("nieuw", d, ())}
        toevoegen.setdefault("afspraken", []).append(
            voorbeeld | {"wat": f"Nieuwe afspraak {a}", "fase": "directe veiligheid", "dient": dient})
        stap.verwacht.add(("nieuw", a, ()))
    if toevoegen:
        stap.wijzigingen["toevoegen"] = toevoegen


def _incident(data: st.DataObject, plan: Plan, stap: Stap) -> None:
    if data.draw(st.booleans()):
        geraakt = [a.id for a in lopend(plan, "A")][:1]
        stap.wijzigingen["incident"] = {"datum": plan.datum.isoformat(), "wat": "Ruzie in huis",
                                        "gemeld_door": "Sandra", "geraakt": geraakt}
        stap.verwacht.add(("nieuw", volgende_nummers(plan, "I", 1)[0], ()))


def teken_stap(data: st.DataObject, plan: Plan) -> Stap:
    stap = Stap()
    for onderdeel in (_pas_aan, _beeindig, _verplaats, _voeg_toe, _incident):
        onderdeel(data, plan, stap)
    return stap


def als_verwacht(veranderingen: list[Verandering]) -> set[tuple[str, str, tuple[str, ...]]]:
    return {(v.soort, v.id, v.velden) for v in veranderingen}


def levensloop(data: st.DataObject) -> tuple[list[Plan], list[Stap]]:
    """Up to five revisions of the example plan; a revision the model refuses leaves no version."""
    versies, stappen = [EERSTE], []
    for _ in range(data.draw(st.integers(1, 5))):
        stap = teken_stap(data, versies[-1])
        try:
            versies.append(volgende(versies[-1], stap.wijzigingen))
        except OngeldigeInvoer:
            continue  # e.g. ending the only afspraak that serves a bodemeis: the worker is told
        stappen.append(stap)
    return versies, stappen


EIGENSCHAP = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@EIGENSCHAP
@given(st.data())
def test_a_number_is_never_reused_and_no_item_ever_disappears(data: st.DataObject) -> None:
    versies, _ = levensloop(data)
    eerder: set[str] = set()
    for versie in versies:
        nummers = set(items(versie))
        assert eerder <= nummers, "an item of an earlier version is gone"
        nieuw = {v.id for v in wijzigingen_tussen(versies[0], versie) if v.soort == "nieuw"}
        assert nieuw.isdisjoint(set(items(versies[0]))), "a new item took an old number"
        eerder |= nummers


@EIGENSCHAP
@given(st.data())
def test_an_ended_item_stays_listed_and_ended_in_every_later_version(data: st.DataObject) -> None:
    versies, _ = levensloop(data)
    for nummer, versie in enumerate(versies):
        beeindigd = {id_: item.beeindigd for id_, item in items(versie).items()
                     if getattr(item, "beeindigd", None) is not None}
        for later in versies[nummer + 1:]:
            assert {id_: items(later)[id_].beeindigd for id_ in beeindigd} == beeindigd


@EIGENSCHAP
@given(st.data())
def test_the_change_list_says_exactly_what_the_worker_did(data: st.DataObject) -> None:
    versies, stappen = levensloop(data)
    for vorige, volgende_, stap in zip(versies[:-1], versies[1:], stappen, strict=True):
        assert als_verwacht(wijzigingen_tussen(vorige, volgende_)) == stap.verwacht


@EIGENSCHAP
@given(st.data())
def test_no_changes_give_the_same_plan_with_only_a_new_number_date_and_aanleiding(
    data: st.DataObject,
) -> None:
    versies, _ = levensloop(data)
    vorige = versies[-1]
    correctie = Aanleiding(soort="correctie", omschrijving="niets", door="Ilse de Wit")
    zelfde = volgende(vorige, {}, correctie)
    eigen = {"versie", "datum", "aanleiding", "eerdere_versies", "status", "wijzigingen"}
    assert zelfde.model_dump(exclude=eigen) == vorige.model_dump(exclude=eigen)
    assert (zelfde.versie, zelfde.aanleiding, zelfde.status) == (vorige.versie + 1, correctie, "concept")
    assert [m.versie for m in zelfde.versiegeschiedenis] == list(range(1, zelfde.versie + 1))
    assert wijzigingen_tussen(vorige, zelfde) == []


@EIGENSCHAP
@given(st.data())
def test_making_the_next_version_leaves_every_earlier_one_as_it_was(data: st.DataObject) -> None:
    versies, zoals_gemaakt = [EERSTE], [EERSTE_JSON]
    for _ in range(data.draw(st.integers(1, 4))):
        try:
            versies.append(volgende(versies[-1], teken_stap(data, versies[-1]).wijzigingen))
        except OngeldigeInvoer:
            continue
        zoals_gemaakt.append(versies[-1].model_dump_json())
    assert [v.model_dump_json() for v in versies] == zoals_gemaakt


# --- The worker's story, and what the engine refuses -------------------------------------------


def test_an_evaluation_ends_moves_adds_and_the_change_list_tells_it() -> None:
    """Six weeks on: A5 is no longer needed, A3 moves to the ondersteuningsplan, one afspraak is new."""
    nieuwe = EERSTE.veiligheidsplan.afspraken[0].model_dump(exclude={"id"}) | {"wat": "Oma belt elke avond."}
    tweede = volgende(EERSTE, {
        "beeindigen": [{"id": "A5", "op": "2027-01-08", "omdat": "de omgang gaat veilig"},
                       {"id": "B2", "op": "2027-01-08", "omdat": "Ronald drinkt niet meer"}],
        "verplaatsen": [{"id": "A3", "fase": "risicogestuurd", "naar": "ondersteuningsplan"}],
        "toevoegen": {"afspraken": [nieuwe]},
        "evaluatie": {"datum": "2027-01-08", "samenvatting": "Goed op weg.",
                      "beoordelingen": [{"id": "A5", "uitkomst": "nagekomen"}],
                      "doelen": [{"id": "D1", "bereikt": "deels_bereikt"}]},
        "volgende_evaluatie": "2027-02-19",
    })
    assert tweede.versie == 2 and tweede.status == "concept"
    assert [a.id for a in tweede.veiligheidsplan.afspraken] == ["A1", "A2", "A4", "A5", "A6", "A9"]
    assert tweede.veiligheidsplan.afspraken[3].beeindigd is not None
    assert [a.id for a in tweede.ondersteuningsplan.afspraken] == ["A7", "A8", "A3"]
    assert tweede.evaluatie.geschiedenis[-1].versie == 2
    assert {(v.soort, v.id, v.onderdeel) for v in wijzigingen_tussen(EERSTE, tweede)} == {
        ("beëindigd", "A5", "veiligheidsplan.afspraken"),
        ("beëindigd", "B2", "veiligheidsplan.bodemeisen"),
        ("verplaatst", "A3", "ondersteuningsplan.afspraken"),
        ("nieuw", "A9", "veiligheidsplan.afspraken"),
        ("gewijzigd", "", "evaluatie.volgende_datum"),
        ("gewijzigd", "", "evaluatie.geschiedenis"),
    }


def test_an_incident_gets_the_next_register_number_and_says_why_the_version_exists() -> None:
    incident = {"datum": "2026-11-21", "wat": "Ronald kwam onaangekondigd langs.",
                "gemeld_door": "Sandra", "geraakt": ["A5"], "veilig_thuis_opnieuw_geinformeerd": True,
                "geinformeerd": [{"wie": "Ilse de Wit", "wanneer": "2026-11-21"}]}
    aanleiding = Aanleiding(soort="incident", omschrijving="incident van 21 november 2026")
    tweede = volgende(EERSTE, {"incident": incident}, aanleiding)
    derde = volgende(tweede, {"incident": incident | {"datum": "2026-11-22"}}, aanleiding)
    assert [i.id for i in derde.veiligheidsplan.incidenten] == ["I1", "I2"]
    assert [m.aanleiding.soort for m in derde.versiegeschiedenis] == ["netwerkberaad", "incident", "incident"]


def test_a_new_item_serving_a_new_bodemeis_names_the_number_it_will_get() -> None:
    b = volgende_nummers(EERSTE, "B", 1)[0]
    afspraak = EERSTE.veiligheidsplan.afspraken[0].model_dump(exclude={"id"}) | {"dient": [b]}
    tweede = volgende(EERSTE, {"toevoegen": {
        "bodemeisen": [{"omschrijving": "Geen alcohol in huis.", "gesteld_door": "Veilig Thuis"}],
        "afspraken": [afspraak]}})
    assert tweede.veiligheidsplan.bodemeisen[-1].id == b == "B3"
    assert tweede.veiligheidsplan.afspraken[-1].dient == ["B3"]


def beeindigd_a5() -> Plan:
    return volgende(EERSTE, {"beeindigen": [{"id": "A5", "op": "2026-11-21", "omdat": "klaar"},
                                            {"id": "B2", "op": "2026-11-21", "omdat": "klaar"}]})


@pytest.mark.parametrize(("wijzigingen", "melding"), [
    ({"aanpassen": [{"id": "A42", "velden": {"wat": "x"}}]}, "Nummer A42 bestaat niet"),
    ({"aanpassen": [{"id": "A5", "velden": {"wat": "x"}}]}, "A5 is beëindigd en verandert niet meer"),
    ({"beeindigen": [{"id": "A5", "op": "2026-11-22", "omdat": "x"}]}, "A5 is beëindigd"),
    ({"verplaatsen": [{"id": "A5", "fase": "herstelgericht"}]}, "A5 is beëindigd"),
    ({"aanpassen": [{"id": "A1", "velden": {"id": "A5"}}]}, "kan 'id' niet aangepast worden"),
    ({"verplaatsen": [{"id": "Z1", "naar": "ondersteuningsplan"}]}, "Alleen afspraken kunnen verplaatst"),
    ({"incident": {"id": "I7", "datum": "2026-11-21", "wat": "x", "gemeld_door": "Sandra"}},
     "Een nieuw item krijgt zelf een nummer"),
], ids=["onbekend", "aanpassen-beeindigd", "twee-keer-beeindigen", "verplaatsen-beeindigd",
        "nummer-wijzigen", "zorg-verplaatsen", "nummer-meegeven"])
def test_a_change_the_plan_cannot_take_is_refused_in_one_dutch_line(
    wijzigingen: dict[str, Any], melding: str
) -> None:
    with pytest.raises(OngeldigeInvoer, match=melding):
        volgende(beeindigd_a5(), wijzigingen)


def test_a_change_that_breaks_a_rule_of_the_plan_names_the_field() -> None:
    """Ending the only afspraak that serves B2 leaves a bodemeis without an afspraak."""
    with pytest.raises(OngeldigeInvoer, match="klopt versie 2 niet") as fout:
        volgende(EERSTE, {"beeindigen": [{"id": "A5", "op": "2026-11-21", "omdat": "klaar"}]})
    assert fout.value.details == ["veiligheidsplan.bodemeisen[2]: bodemeis B2 wordt door geen "
                                  "enkele afspraak gediend"]


def test_a_directe_veiligheid_afspraak_cannot_move_to_the_ondersteuningsplan() -> None:
    with pytest.raises(OngeldigeInvoer) as fout:
        volgende(EERSTE, {"verplaatsen": [{"id": "A1", "naar": "ondersteuningsplan"}]})
    assert any("horen in het veiligheidsplan" in regel for regel in fout.value.details)


def test_a_version_dated_before_the_previous_one_is_refused() -> None:
    with pytest.raises(OngeldigeInvoer, match="kan niet van vóór versie 1 zijn"):
        volgende_versie(EERSTE, Wijzigingen(), EVALUATIE, EERSTE.datum - dt.timedelta(days=1))


def test_an_item_missing_from_a_later_plan_made_outside_the_engine_is_reported_as_gone() -> None:
    """Two answers files edited by hand can lose an item; the change list does not hide that."""
    zonder_a6 = EERSTE.model_copy(deep=True)
    zonder_a6.veiligheidsplan.afspraken.pop()
    assert wijzigingen_tussen(EERSTE, zonder_a6) == [
        Verandering("verdwenen", "A6", "veiligheidsplan.afspraken")]


# --- Corrections outside the numbered items ----------------------------------------------------


def test_a_correction_changes_one_text_outside_the_numbered_items_and_only_that() -> None:
    pad = "veiligheidsplan.noodplan[1].telefoon"
    tweede = volgende(EERSTE, {"correcties": [{"pad": pad, "waarde": "06 1111 2222"}]},
                      Aanleiding(soort="correctie"))
    assert tweede.veiligheidsplan.noodplan[0].telefoon == "06 1111 2222"
    assert wijzigingen_tussen(EERSTE, tweede) == [Verandering("gewijzigd", "", "veiligheidsplan.noodplan")]
    assert EERSTE.model_dump_json() == EERSTE_JSON


@pytest.mark.parametrize("pad", [
    "versie",  # a version's own record
    "veiligheidsplan.afspraken[1].wat",  # a numbered item: that is an Aanpassing
    "veiligheidsplan.noodplan[99].telefoon",  # no such line
    "veiligheidsplan.noodplan[1]",  # not a text
    "veiligheidsplan.noodplan[1].bestaat_niet",
    "Veiligheidsplan.doel",
])
def test_a_correction_of_something_that_is_not_a_text_is_refused(pad: str) -> None:
    with pytest.raises(OngeldigeInvoer, match="niets bewaard"):
        volgende(EERSTE, {"correcties": [{"pad": pad, "waarde": "x"}]}, Aanleiding(soort="correctie"))


def test_a_date_is_corrected_as_a_date_and_not_as_text() -> None:
    pad = "dossier.gezin.kinderen[1].geboortedatum"
    tweede = volgende(EERSTE, {"correcties": [{"pad": pad, "waarde": dt.date(2017, 6, 9)}]},
                      Aanleiding(soort="correctie"))
    assert tweede.dossier.gezin.kinderen[0].geboortedatum == dt.date(2017, 6, 9)
    with pytest.raises(OngeldigeInvoer, match="geen tekst"):
        volgende(EERSTE, {"correcties": [{"pad": pad, "waarde": "9 juni"}]}, Aanleiding(soort="correctie"))
