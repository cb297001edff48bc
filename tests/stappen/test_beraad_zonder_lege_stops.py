"""Issue 19.2: a netwerkberaad without empty stops. One checklist up front of the optional parts
(a part not ticked is not asked); defaults that follow from what is already said, for Enter."""

from __future__ import annotations

from typing import Any

from interview.conduct import Vraag, laad_vragenlijst
from interview.conduct.vraagcontext import Item
from interview.conduct.wandeling import stappen
from interview.merge.inbreng import maak_overzicht
from interview.model import Dossier
from interview.stappen.eerder_plan import EerderPlan
from interview.stappen.gesprek import individuele_sessies
from interview.stappen.netwerkberaad import vraagcontext
from interview.store import Werkmap
from tests.helpers import KENMERK, plan_voor

VRAGEN = {v.id: v for v in laad_vragenlijst("netwerkberaad").vragen}


def _deel(lijst: str, vraag_id: str) -> Vraag:
    return next(v for v in VRAGEN[lijst].vragen if v.id == vraag_id)


def _standaard(vraag: Vraag, pad: str, antwoorden: dict[str, Any], eerder: EerderPlan | None = None) -> Any:
    dossier: Dossier = plan_voor("VP-2026-1903").dossier
    context = vraagcontext(dossier, maak_overzicht(dossier, []), eerder or EerderPlan())
    return context.standaard(vraag, Item.van(pad, antwoorden))


def test_the_optional_parts_are_one_checklist_and_a_part_not_ticked_is_not_asked() -> None:
    lijst = laad_vragenlijst("netwerkberaad")
    niets = {stap.pad for stap in stappen(lijst, {"onderdelen": []}, None)}
    gekozen = {"onderdelen": ["eerdere hulpverlening", "familiegroepsplan"]}
    wel = {stap.pad for stap in stappen(lijst, gekozen, None)}

    assert "onderdelen" in niets
    for onderdeel in ("eerdere_hulpverlening[1]?", "fgp_aangeboden", "lt_tot", "gegevensdeling[1]?",
                      "voor_de_kinderen[1]?", "signalen[1]?"):
        assert onderdeel not in niets
    assert {"eerdere_hulpverlening[1]?", "fgp_aangeboden"} <= wel
    assert {"zorgen[1]?", "afspraken[1]?", "noodplan[1]?"} & niets == set()  # the first item is a must ...
    assert "ondertekenaars" in niets                                           # ... and these always come


def test_the_usual_parts_are_ticked_for_enter() -> None:
    standaard = _standaard(VRAGEN["onderdelen"], "onderdelen", {})
    assert set(standaard) == {"wat er goed gaat", "bodemeisen", "signalen", "taken in het netwerk",
                              "scores aan tafel"}


def test_the_fase_follows_from_what_the_afspraak_serves() -> None:
    fase, plaats = _deel("afspraken", "fase"), _deel("afspraken", "plaats")
    assert _standaard(fase, "afspraken[1].fase", {"afspraken[1].dient": ["Z1", "B1"]}) == "directe veiligheid"
    assert _standaard(fase, "afspraken[1].fase", {"afspraken[1].dient": ["O1"]}) == "herstelgericht"
    # zorgen and veiligheidsdoelen only: risicogestuurd (issue 19, the Visser family's A2)
    assert _standaard(fase, "afspraken[1].fase", {"afspraken[1].dient": ["Z1", "D1"]}) == "risicogestuurd"
    assert _standaard(fase, "afspraken[1].fase", {"afspraken[1].dient": ["Z1", "O1"]}) == "herstelgericht"
    assert _standaard(fase, "afspraken[1].fase", {}) is None
    assert _standaard(plaats, "afspraken[1].plaats", {"afspraken[1].dient": ["O1"]}) == "ondersteuningsplan"
    assert [v.id for v in VRAGEN["afspraken"].vragen].index("dient") < [
        v.id for v in VRAGEN["afspraken"].vragen].index("fase")  # what it serves is said first


def test_the_first_zorg_without_a_doel_is_the_doels_default() -> None:
    zorg = _deel("veiligheidsdoelen", "zorg")
    een = {"zorgen[1].titel": "Ruzie", "zorgen[1].gevaarsomschrijving": "…"}
    twee = {**een, "zorgen[2].titel": "Verzuim", "zorgen[2].gevaarsomschrijving": "…"}
    assert _standaard(zorg, "veiligheidsdoelen[1].zorg", een) == "Z1"
    assert _standaard(zorg, "veiligheidsdoelen[2].zorg", {**een, "veiligheidsdoelen[1].zorg": "Z1"}) == "Z1"
    assert _standaard(zorg, "veiligheidsdoelen[1].zorg", twee) == "Z1"
    assert _standaard(zorg, "veiligheidsdoelen[2].zorg", {**twee, "veiligheidsdoelen[1].zorg": "Z1"}) == "Z2"


def test_an_afspraak_taken_over_starts_from_the_earlier_plans_text() -> None:
    eerder = EerderPlan({"veiligheidsplan.eerder_plan.afspraken": [
        {"nummer": "1", "wat": "Oma haalt de kinderen op.", "overnemen": True}]})
    wat = _deel("afspraken", "wat")
    assert _standaard(wat, "afspraken[1].wat", {"afspraken[1].overgenomen": "1"}, eerder) == (
        "Oma haalt de kinderen op.")




def test_a_bodemeis_from_an_idea_starts_from_the_ideas_words(met_gesprekken: Werkmap) -> None:
    dossier = met_gesprekken.lees_dossier(KENMERK)
    sessies = individuele_sessies(met_gesprekken.journalen(KENMERK), KENMERK, print)
    overzicht = maak_overzicht(dossier, sessies)
    idee = overzicht.van("idee")[0]
    context = vraagcontext(dossier, overzicht, EerderPlan())

    omschrijving = _deel("bodemeisen", "omschrijving")
    item = Item.van("bodemeisen[1].omschrijving", {"bodemeisen[1].vertrekpunt": idee.sleutel})
    assert context.standaard(omschrijving, item) == idee.tekst


def test_112_and_then_veilig_thuis_are_offered_in_the_noodplan_from_its_second_line() -> None:
    belt = _deel("noodplan", "belt")
    assert _standaard(belt, "noodplan[1].belt", {}) is None  # the family's own line first
    assert _standaard(belt, "noodplan[2].belt", {"noodplan[1].belt": "oma Ria"}) == "112"
    assert _standaard(belt, "noodplan[3].belt", {"noodplan[1].belt": "oma Ria",
                                                 "noodplan[2].belt": "112"}) == "Veilig Thuis"
