"""A team lead edits a questionnaire; every mistake is reported with file, question and what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview.conduct import VragenlijstFout, laad_vragenlijst
from interview.conduct.vragenlijst import BUNDEL, SOORTEN, Voorwaarde, Vraag
from interview.fouten import OngeldigeInvoer
from tests.helpers import maak_vragenlijst


def alle_vragen(vragen: tuple[Vraag, ...]) -> list[Vraag]:
    return [v for vraag in vragen for v in (vraag, *alle_vragen(vraag.vragen))]


@pytest.mark.parametrize("naam", BUNDEL)
def test_every_bundled_questionnaire_loads(naam: str) -> None:
    lijst = laad_vragenlijst(naam)

    assert lijst.id == naam
    assert lijst.titel and lijst.vragen
    assert all(v.soort in SOORTEN for v in alle_vragen(lijst.vragen))


@pytest.mark.parametrize("naam", BUNDEL)
def test_what_ticking_nothing_means_is_said_by_the_hint_not_the_question_text(naam: str) -> None:
    """On a card the same question is a text field: 'niets aangevinkt' in its text reads wrong."""
    vragen = alle_vragen(laad_vragenlijst(naam).vragen)

    assert [v.id for v in vragen if "aangevinkt" in v.tekst] == []


def test_a_questionnaire_can_be_loaded_from_a_path(tmp_path: Path) -> None:
    pad = tmp_path / "eigen.yaml"
    pad.write_text("id: eigen\ntitel: Eigen\nvragen:\n  - {id: naam, tekst: Naam, soort: kort}\n")

    lijst = laad_vragenlijst(pad)

    assert lijst.vragen[0].veld == "naam"  # veld defaults to the id
    assert lijst.vragen[0].verplicht is True


def test_an_unknown_bundled_name_lists_the_known_ones() -> None:
    with pytest.raises(VragenlijstFout, match=r"Onbekende vragenlijst 'oma'.*ouder, jeugdige"):
        laad_vragenlijst("oma")


def test_the_teenager_questions_of_jeugdige_are_for_twelve_and_over() -> None:
    als = {v.id: v.als for v in laad_vragenlijst("jeugdige").vragen}

    assert als["huis_van_de_zorgen"] == Voorwaarde("leeftijd_onder", 12)
    assert als["zorgen"] == Voorwaarde("leeftijd_vanaf", 12)


KAPOT = {
    "onbekende soort": (
        "- {id: naam, tekst: Naam, soort: tekstje}",
        "naam", "onbekende soort 'tekstje'"),
    "keuze zonder keuzes": (
        "- {id: fase, tekst: Fase, soort: keuze}",
        "fase", "'keuzes' of 'keuzes_uit' nodig"),
    "als naar een onbekende vraag": (
        "- {id: naam, tekst: Naam, soort: kort, als: {vraag: leeftijd, is: 3}}",
        "naam", "verwijst naar vraag 'leeftijd'"),
    "als naar een latere vraag": (
        "- {id: a, tekst: A, soort: kort, als: {vraag: b, is: x}}\n- {id: b, tekst: B, soort: kort}",
        "a", "verwijst naar vraag 'b'"),
    "dubbel id": (
        "- {id: naam, tekst: Naam, soort: kort}\n- {id: naam, tekst: Nog eens, soort: kort}",
        "naam", "twee keer"),
    "onbekende sleutel": (
        "- {id: naam, tekst: Naam, soort: kort, verplict: false}",
        "naam", "onbekende sleutel 'verplict'"),
    "lijst zonder item": (
        "- {id: zorgen, tekst: Zorgen, soort: lijst, vragen: [{id: wat, tekst: Wat, soort: lang}]}",
        "zorgen", "'item'"),
    "lijst zonder vragen": (
        "- {id: zorgen, tekst: Zorgen, soort: lijst, item: zorg}",
        "zorgen", "'vragen'"),
    "fout in een vraag binnen een lijst": (
        "- {id: zorgen, tekst: Z, soort: lijst, item: zorg, vragen: [{id: wat, tekst: W, soort: roman}]}",
        "wat", "onbekende soort 'roman'"),
    "als met een keuze die niet bestaat": (
        "- {id: fase, tekst: Fase, soort: keuze, keuzes: [a, b]}\n"
        "- {id: plaats, tekst: Plaats, soort: kort, als: {vraag: fase, is: c}}",
        "plaats", "'c' is geen keuze van vraag 'fase'"),
    "als met een lijst waarin een keuze niet bestaat": (
        "- {id: fase, tekst: Fase, soort: keuze, keuzes: [a, b]}\n"
        "- {id: plaats, tekst: Plaats, soort: kort, als: {vraag: fase, is: [a, c]}}",
        "plaats", "'c' is geen keuze van vraag 'fase'"),
    "ja/nee-voorwaarde met tekst": (
        "- {id: rt, tekst: RT, soort: janee}\n- {id: wie, tekst: Wie, soort: kort, als: {vraag: rt, is: ja}}",
        "wie", "true of false"),
    "leeftijd zonder getal": (
        "- {id: huis, tekst: Huis, soort: kort, als: {leeftijd_onder: twaalf}}",
        "huis", "leeftijd"),
    "leeftijd van een vraag die geen persoon is": (
        "- {id: wie, tekst: Wie, soort: kort}\n"
        "- {id: zelf, tekst: Zelf, soort: janee, als: {vraag: wie, leeftijd_vanaf: 12}}",
        "zelf", "werkt alleen op een persoon-vraag"),
    "leeftijd van een latere persoon": (
        "- {id: zelf, tekst: Zelf, soort: janee, als: {vraag: wie, leeftijd_vanaf: 12}}\n"
        "- {id: wie, tekst: Wie, soort: persoon}",
        "zelf", "verwijst naar vraag 'wie'"),
    "keuzes bij een tekstvraag": (
        "- {id: naam, tekst: Naam, soort: kort, keuzes: [a]}",
        "naam", "alleen bij keuze"),
    "lege tekst": (
        "- {id: naam, soort: kort}",
        "naam", "'tekst' ontbreekt"),
    "leeg bij een verplichte meerkeuze": (
        "- {id: doc, tekst: Doc, soort: meerkeuze, keuzes: [a, b], leeg: beide}",
        "doc", "'leeg' hoort alleen bij meerkeuze of personen, met verplicht: false"),
    "leeg bij een tekstvraag": (
        "- {id: naam, tekst: Naam, soort: kort, verplicht: false, leeg: niemand}",
        "naam", "'leeg' hoort alleen bij"),
}


@pytest.mark.parametrize("vragen, vraag_id, wat", KAPOT.values(), ids=KAPOT.keys())
def test_a_broken_questionnaire_names_file_question_and_problem(
    tmp_path: Path, vragen: str, vraag_id: str, wat: str
) -> None:
    tekst = "id: kapot\ntitel: Kapot\nvragen:\n" + "".join(f"  {regel}\n" for regel in vragen.splitlines())

    with pytest.raises(VragenlijstFout) as fout:
        maak_vragenlijst(tmp_path, tekst, "kapot.yaml")

    assert str(tmp_path / "kapot.yaml") in fout.value.bericht
    assert f"vraag '{vraag_id}'" in fout.value.bericht
    assert wat in fout.value.bericht


def test_a_condition_may_point_to_an_outer_question(tmp_path: Path) -> None:
    lijst = maak_vragenlijst(tmp_path, """
        id: buiten
        titel: Buiten
        vragen:
          - {id: rt, tekst: RT, soort: janee}
          - id: zorgen
            tekst: Zorgen
            soort: lijst
            item: zorg
            vragen:
              - {id: wat, tekst: Wat, soort: kort}
              - {id: rt_wat, tekst: RT wat, soort: kort, als: {vraag: rt, is: true}}
    """)

    assert lijst.vragen[1].vragen[1].als is not None


def test_a_yaml_syntax_error_gives_line_and_column(tmp_path: Path) -> None:
    with pytest.raises(VragenlijstFout, match=r"kapot\.yaml is geen geldige YAML op regel 2, kolom 13"):
        maak_vragenlijst(tmp_path, "id: kapot\ntitel: Kapot: fout\nvragen: []\n", "kapot.yaml")


def test_a_questionnaire_error_is_an_input_error_for_the_cli(tmp_path: Path) -> None:
    with pytest.raises(OngeldigeInvoer):
        maak_vragenlijst(tmp_path, "- gewoon een lijst\n")
