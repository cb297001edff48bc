"""What a step gives its questionnaire is typed and checked before the first question (issue 23)."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview.conduct import Item, Vraagcontext, Vragenlijst, VragenlijstFout, voer_uit
from tests.helpers import GescriptePrompter, maak_vragenlijst

NOODPLAN = """
    id: noodplan
    titel: Noodplan
    vragen:
      - {id: regiehouder, soort: kort, standaard_uit: regiehouder, tekst: "Wie houdt de regie?"}
      - id: regels
        soort: lijst
        item: regel
        min: 1
        tekst: Wie belt wie?
        vragen:
          - {id: belt, soort: kort, tekst: "Wie wordt er gebeld?"}
          - {id: telefoon, soort: kort, standaard_uit: {naam}, tekst: "Welk nummer?"}
"""
NUMMERS = {"oma Ria": "06 1111 0001", "Veilig Thuis": "0800-2000"}


def noodplan(tmp_path: Path, naam: str = "telefoon_van_wie_gebeld_wordt") -> Vragenlijst:
    """The noodplan whose telefoon default is named `naam`."""
    return maak_vragenlijst(tmp_path, NOODPLAN.replace("{naam}", naam))


def context() -> Vraagcontext:
    return Vraagcontext(standaarden={
        "regiehouder": "Ilse de Wit",
        "telefoon_van_wie_gebeld_wordt": lambda item: NUMMERS.get(item.get("belt", "")),
    })


def test_a_misspelled_name_stops_the_session_before_anything_is_asked_or_written(tmp_path: Path) -> None:
    lijst = noodplan(tmp_path, "telefoon_van_wie_gebeld_word")
    prompter = GescriptePrompter([])
    journaal = tmp_path / "gesprek.jsonl"

    with pytest.raises(VragenlijstFout) as fout:
        voer_uit(lijst, journaal, prompter, context=context())

    assert "Vragenlijst 'noodplan'" in fout.value.bericht
    assert "vraag 'telefoon' noemt standaard_uit 'telefoon_van_wie_gebeld_word'" in fout.value.bericht
    assert "telefoon_van_wie_gebeld_wordt" in fout.value.bericht  # what the step does give
    assert prompter.gesteld == [] and not journaal.exists()


@pytest.mark.parametrize(("sleutel", "regel"), [
    ("keuzes_uit", "- {id: x, soort: keuze, keuzes_uit: zorgen_uit_gesprek, tekst: X}"),
    ("hulp_uit", "- {id: x, soort: kort, hulp_uit: comunicatie, tekst: X}"),
])
def test_an_unknown_choice_list_or_help_line_stops_it_too(tmp_path: Path, sleutel: str, regel: str) -> None:
    lijst = maak_vragenlijst(tmp_path, f"id: los\ntitel: Los\nvragen:\n  {regel}\n")

    with pytest.raises(VragenlijstFout, match=f"vraag 'x' noemt {sleutel}"):
        voer_uit(lijst, tmp_path / "gesprek.jsonl", None, antwoorden={"x": "iets"})


def test_a_default_gets_the_fields_of_its_own_list_item(tmp_path: Path) -> None:
    prompter = GescriptePrompter([
        ("regiehouder", "Ilse de Wit"),
        ("regels[1].belt", "Veilig Thuis"), ("regels[1].telefoon", "0800-2000"),
        ("regels[2]?", True), ("regels[2].belt", "oma Ria"), ("regels[2].telefoon", "06 1111 0001"),
        ("regels[3]?", False),
    ])

    voer_uit(noodplan(tmp_path), tmp_path / "gesprek.jsonl", prompter, context=context())

    standaarden = {stelling.pad: stelling.standaard for stelling in prompter.gesteld}
    assert standaarden["regiehouder"] == "Ilse de Wit"
    assert standaarden["regels[1].telefoon"] == "0800-2000"
    assert standaarden["regels[2].telefoon"] == "06 1111 0001"


@pytest.mark.parametrize(("pad", "lijst", "nummer", "eigen"), [
    ("regiehouder", "", 0, "regiehouder"),
    ("dossier.gezinsnaam", "", 0, "regiehouder"),
    ("regels[2].telefoon", "regels", 2, "regels[2].belt"),
    ("doelen[1].stappen[3].wie", "doelen[1].stappen", 3, "doelen[1].stappen[3].belt"),
])
def test_an_item_knows_its_list_and_number_and_reads_its_own_fields(
    pad: str, lijst: str, nummer: int, eigen: str
) -> None:
    item = Item.van(pad, {eigen: "oma Ria"})

    assert (item.lijst, item.nummer) == (lijst, nummer)
    assert item.get("belt" if nummer else "regiehouder") == "oma Ria"


def test_keuzes_uit_personen_offers_the_people_the_step_gives(tmp_path: Path) -> None:
    lijst = maak_vragenlijst(tmp_path, """
        id: wie
        titel: Wie
        vragen:
          - {id: belt, soort: keuze, keuzes_uit: personen, tekst: "Wie belt?"}
    """)
    prompter = GescriptePrompter([("belt", "Ria")])

    voer_uit(lijst, tmp_path / "gesprek.jsonl", prompter, context=Vraagcontext(personen=["Sandra", "Ria"]))

    assert prompter.gesteld[0].keuzes == (("Sandra", "Sandra"), ("Ria", "Ria"))
