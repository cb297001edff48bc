"""A worker holds a session: answers come from a file, an earlier run, or the keyboard, in that order."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview import bestanden
from interview.conduct import (
    ONVOLLEDIG,
    TERUG,
    GesprekAfgesloten,
    GesprekOnderbroken,
    Vraagstelling,
    Vragenlijst,
    laad_vragenlijst,
    lees_resultaat,
    voer_uit,
    wandeling,
)
from interview.conduct.antwoordcontrole import VERPLICHT, schoon_tekst
from interview.conduct.journaal import heropen, lees_journaal
from interview.conduct.motor import EERSTE_VRAAG
from interview.conduct.vraagcontext import Vraagcontext
from interview.fouten import BeschadigdBestand, OngeldigeInvoer
from tests.helpers import ONDERBREEK, GescriptePrompter, Overzicht, maak_vragenlijst

KORT_GESPREK = """
    id: kort
    titel: Kort gesprek
    inleiding: Een paar vragen.
    vragen:
      - {id: naam, tekst: Naam, soort: kort}
      - id: zorgen
        tekst: Waar maakt u zich zorgen over?
        soort: lijst
        item: zorg
        min: 1
        vragen:
          - {id: wat, tekst: "Wat is er gebeurd?", soort: lang}
          - {id: wanneer, tekst: "Wanneer?", soort: kort, verplicht: false}
      - {id: schaalscore, tekst: Score, soort: schaal}
      - {id: telefoon, veld: contact.telefoon, tekst: Telefoon, soort: kort, verplicht: false}
"""

HEEL_GESPREK = [
    ("naam", "Sandra"),
    ("zorgen[1].wat", "Mark schreeuwt\nals hij gedronken heeft"),
    ("zorgen[1].wanneer", "Vorige week"),
    ("zorgen[2]?", False),
    ("schaalscore", 4),
    ("telefoon", "06-12345678"),
]


@pytest.fixture
def kort(tmp_path: Path) -> Vragenlijst:
    return maak_vragenlijst(tmp_path, KORT_GESPREK, "kort.yaml")


@pytest.fixture
def journaal(tmp_path: Path) -> Path:
    return tmp_path / "gesprekken" / "sandra.jsonl"


def test_a_session_from_the_keyboard_gives_the_answers_by_veld(kort: Vragenlijst, journaal: Path) -> None:
    prompter = GescriptePrompter([*HEEL_GESPREK, Overzicht(None)])

    resultaat = voer_uit(kort, journaal, prompter, persoon="Sandra")

    assert resultaat.antwoorden == {
        "naam": "Sandra",
        "zorgen": [{"wat": "Mark schreeuwt\nals hij gedronken heeft", "wanneer": "Vorige week"}],
        "schaalscore": 4,
        "contact.telefoon": "06-12345678",
    }
    assert (resultaat.vragenlijst, resultaat.persoon, resultaat.hervat) == ("kort", "Sandra", False)
    assert resultaat.begin and resultaat.afgerond
    assert lees_resultaat(journaal, kort) == resultaat


def test_the_bundled_ouder_session_fills_what_merge_reads(journaal: Path) -> None:
    prompter = GescriptePrompter([
        ("zorgen[1].wat", "Hij slaat met deuren"), ("zorgen[1].wanneer", ""),
        ("zorgen[1].delen", "ook gezinsversie"), ("zorgen[1].niet_voor", ["Ronald"]), ("zorgen[2]?", False),
        ("signalen[1]?", False),
        ("goed[1].wat", "Oma haalt de kinderen"), ("goed[1].soort", "bestaande veiligheid"),
        ("goed[1].delen", None), ("goed[2]?", False),
        ("ideeen[1]?", False), ("schaalscore", 6), ("schaal_toelichting", "Oma helpt"),
        ("schaal_delen", "alleen professionals"),
        ("netwerk[1]?", True), ("netwerk[1].naam", "Ria"), ("netwerk[1].relatie", "oma"),
        ("netwerk[1].telefoon", None), ("netwerk[2]?", False), ("telefoon", None),
    ])

    resultaat = voer_uit(laad_vragenlijst("ouder"), journaal, prompter, persoon="Sandra")

    assert resultaat.antwoorden == {
        "zorgen": [{"wat": "Hij slaat met deuren", "delen": "ook gezinsversie", "niet_voor": ["Ronald"]}],
        "signalen": [],
        "goed": [{"wat": "Oma haalt de kinderen", "soort": "bestaande veiligheid"}],
        "ideeen": [],
        "schaalscore": 6,
        "schaal_toelichting": "Oma helpt",
        "schaal_delen": "alleen professionals",
        "netwerk": [{"naam": "Ria", "relatie": "oma"}],
    }


@pytest.mark.parametrize("leeftijd, eerste_vraag", [(8, "huis_van_de_zorgen[1]?"), (15, "zorgen[1]?")])
def test_jeugdige_chooses_the_drie_huizen_or_plain_questions_by_age(
    journaal: Path, leeftijd: int, eerste_vraag: str
) -> None:
    prompter = GescriptePrompter([ONDERBREEK])

    with pytest.raises(GesprekOnderbroken):
        voer_uit(laad_vragenlijst("jeugdige"), journaal, prompter, context=_kind_van(leeftijd))

    assert prompter.gestelde_paden == [eerste_vraag]


def test_a_young_child_session_stores_the_drie_huizen_under_the_usual_fields(journaal: Path) -> None:
    prompter = GescriptePrompter([
        ("huis_van_de_zorgen[1]?", True), ("huis_van_de_zorgen[1].wat", "Papa roept hard"),
        ("huis_van_de_zorgen[1].delen", "volledig plan, ook de ouders"),
        ("huis_van_de_zorgen[1].niet_voor", []),
        ("huis_van_de_zorgen[2]?", False), ("huis_van_de_leuke_dingen[1]?", False), ("droomhuis[1]?", False),
        ("schaal_kind", 7), ("schaal_kind_toelichting", "Omdat oma er is"),
        ("veilig_bij", []), ("als_ik_bang_ben", "Als ik bang ben, bel ik oma."), ("netwerk[1]?", False),
        ("schaal_delen", None), ("ouders_ja", ["Eva"]),
    ])

    resultaat = voer_uit(laad_vragenlijst("jeugdige"), journaal, prompter, context=_kind_van(8))

    assert resultaat.antwoorden["zorgen"] == [
        {"wat": "Papa roept hard", "delen": "volledig plan, ook de ouders"}]
    assert resultaat.antwoorden["ouders_ja"] == ["Eva"]  # each parent with gezag answers apart
    assert resultaat.antwoorden["schaalscore"] == 7
    assert resultaat.antwoorden["als_ik_bang_ben"] == "Als ik bang ben, bel ik oma."


def _kind_van(leeftijd: int) -> Vraagcontext:
    """A child's session as `vplan gesprek` gives it: the age, and the parents with gezag to ask."""
    ouders = [("Eva", "Eva"), ("Mark", "Mark")]
    return Vraagcontext(leeftijd=leeftijd, keuzelijsten={"ouders_met_gezag": ouders})


def test_jeugdige_without_an_age_is_refused_before_anything_is_written(journaal: Path) -> None:
    with pytest.raises(OngeldigeInvoer, match="leeftijd"):
        voer_uit(laad_vragenlijst("jeugdige"), journaal, GescriptePrompter(),
                 context=Vraagcontext(keuzelijsten=_kind_van(8).keuzelijsten))

    assert not journaal.exists()


RISICOTAXATIE = """
    id: rt
    titel: Risicotaxatie
    vragen:
      - {id: gedaan, tekst: "Gedaan?", soort: janee}
      - {id: instrument, tekst: "Welk?", soort: keuze, keuzes: [ARIJ, LIRIK, anders],
         als: {vraag: gedaan, is: true}}
      - {id: naam, tekst: Naam, soort: kort, als: {vraag: instrument, is: anders}}
      - {id: toelichting, tekst: Toelichting, soort: lang, verplicht: false}
"""


@pytest.mark.parametrize("script, antwoorden", [
    ([("gedaan", False), ("toelichting", "")], {"gedaan": False}),
    ([("gedaan", True), ("instrument", "ARIJ"), ("toelichting", "")], {"gedaan": True, "instrument": "ARIJ"}),
    ([("gedaan", True), ("instrument", "anders"), ("naam", "Eigen lijst"), ("toelichting", "")],
     {"gedaan": True, "instrument": "anders", "naam": "Eigen lijst"}),
], ids=["niet gedaan", "ARIJ", "anders"])
def test_a_question_is_asked_only_when_its_condition_on_an_earlier_answer_holds(
    tmp_path: Path, journaal: Path, script: list[Any], antwoorden: dict[str, Any]
) -> None:
    prompter = GescriptePrompter(script)

    resultaat = voer_uit(maak_vragenlijst(tmp_path, RISICOTAXATIE), journaal, prompter)

    assert resultaat.antwoorden == antwoorden


def test_changing_an_answer_drops_the_questions_that_no_longer_apply(tmp_path: Path, journaal: Path) -> None:
    prompter = GescriptePrompter([
        ("gedaan", True), ("instrument", "ARIJ"), ("toelichting", ""),
        Overzicht("Gedaan?"), ("gedaan", False), Overzicht(None),
    ])

    resultaat = voer_uit(maak_vragenlijst(tmp_path, RISICOTAXATIE), journaal, prompter)

    assert resultaat.antwoorden == {"gedaan": False}


MINSTENS_TWEE = """
    id: twee
    titel: Twee
    vragen:
      - id: afspraken
        tekst: Afspraken
        soort: lijst
        item: afspraak
        min: 2
        vragen:
          - {id: wat, tekst: "Wat?", soort: kort}
"""


def test_a_list_asks_nog_een_only_once_its_minimum_is_met(tmp_path: Path, journaal: Path) -> None:
    prompter = GescriptePrompter([
        ("afspraken[1].wat", "Oma haalt op"), ("afspraken[2].wat", "Mark belt"),
        ("afspraken[3]?", True), ("afspraken[3].wat", "Sandra meldt"), ("afspraken[4]?", False),
    ])

    resultaat = voer_uit(maak_vragenlijst(tmp_path, MINSTENS_TWEE), journaal, prompter)

    assert resultaat.antwoorden == {"afspraken": [{"wat": "Oma haalt op"}, {"wat": "Mark belt"},
                                                  {"wat": "Sandra meldt"}]}
    nog_een = next(s for s in prompter.gesteld if s.pad == "afspraken[3]?")
    assert nog_een.vraag.tekst == "Nog een afspraak?"


def test_going_back_shows_the_earlier_answer_and_the_new_one_counts(
    kort: Vragenlijst, journaal: Path
) -> None:
    prompter = GescriptePrompter([
        ("naam", "Sandra"), ("zorgen[1].wat", TERUG), ("naam", "Sandra de Vries"), *HEEL_GESPREK[1:],
    ])

    resultaat = voer_uit(kort, journaal, prompter)

    assert prompter.gesteld[2].standaard == "Sandra"
    assert resultaat.antwoorden["naam"] == "Sandra de Vries"


def test_going_back_crosses_list_items(kort: Vragenlijst, journaal: Path) -> None:
    prompter = GescriptePrompter([
        *HEEL_GESPREK[:3], ("zorgen[2]?", True), ("zorgen[2].wat", TERUG), ("zorgen[2]?", False),
        ("schaalscore", TERUG), ("zorgen[2]?", TERUG), ("zorgen[1].wanneer", "Gisteren"),
        ("zorgen[2]?", False),
        *HEEL_GESPREK[4:],
    ])

    resultaat = voer_uit(kort, journaal, prompter)

    assert resultaat.antwoorden["zorgen"] == [{"wat": "Mark schreeuwt\nals hij gedronken heeft",
                                               "wanneer": "Gisteren"}]


def test_going_back_from_the_first_question_says_so_and_asks_it_again(
    kort: Vragenlijst, journaal: Path
) -> None:
    prompter = GescriptePrompter([("naam", TERUG), *HEEL_GESPREK])

    voer_uit(kort, journaal, prompter)

    assert EERSTE_VRAAG in prompter.meldingen


def test_an_empty_required_answer_is_asked_again_in_dutch(kort: Vragenlijst, journaal: Path) -> None:
    prompter = GescriptePrompter([("naam", "   "), *HEEL_GESPREK])

    resultaat = voer_uit(kort, journaal, prompter)

    assert VERPLICHT == "Dit antwoord is verplicht."
    assert VERPLICHT in prompter.meldingen
    assert resultaat.antwoorden["naam"] == "Sandra"


def test_the_review_shows_every_answer_and_lets_one_be_changed(kort: Vragenlijst, journaal: Path) -> None:
    prompter = GescriptePrompter([*HEEL_GESPREK, Overzicht("Score"), ("schaalscore", 6), Overzicht(None)])

    resultaat = voer_uit(kort, journaal, prompter)

    eerste_overzicht = prompter.overzichten[0]
    assert "Naam  →  Sandra" in eerste_overzicht
    assert "Zorg 1: Wat is er gebeurd?  →  Mark schreeuwt ⏎ als hij gedronken heeft" in eerste_overzicht
    assert "Score  →  6" in prompter.overzichten[1]
    assert resultaat.antwoorden["schaalscore"] == 6


def test_the_review_can_add_an_item_to_a_list(kort: Vragenlijst, journaal: Path) -> None:
    prompter = GescriptePrompter([
        *HEEL_GESPREK, Overzicht("Nog een zorg na zorg 1?"), ("zorgen[2]?", True), ("zorgen[2].wat", "Geld"),
        ("zorgen[2].wanneer", None), ("zorgen[3]?", False), Overzicht(None),
    ])

    resultaat = voer_uit(kort, journaal, prompter)

    assert [z["wat"] for z in resultaat.antwoorden["zorgen"]] == ["Mark schreeuwt\nals hij gedronken heeft",
                                                                  "Geld"]


def test_an_interrupted_session_resumes_at_the_first_open_question(kort: Vragenlijst, journaal: Path) -> None:
    eerste = GescriptePrompter([*HEEL_GESPREK[:3], ONDERBREEK])
    with pytest.raises(GesprekOnderbroken) as onderbroken:
        voer_uit(kort, journaal, eerste, persoon="Sandra")
    assert onderbroken.value.antwoorden["naam"] == "Sandra"
    assert "Alle antwoorden tot nu toe zijn bewaard" in onderbroken.value.bericht

    tweede = GescriptePrompter(HEEL_GESPREK[3:])
    resultaat = voer_uit(kort, journaal, tweede, persoon="Sandra")

    assert tweede.gestelde_paden == ["zorgen[2]?", "schaalscore", "telefoon"]
    assert "Verder waar u gebleven was: vraag 4 van ongeveer 6." in tweede.meldingen
    assert resultaat.hervat
    assert resultaat == lees_resultaat(journaal, kort).__class__(**{**lees_resultaat(journaal, kort).__dict__,
                                                                     "hervat": True})
    assert resultaat.antwoorden["zorgen"][0]["wanneer"] == "Vorige week"


def test_a_resumed_session_can_still_go_back_to_an_earlier_answer(kort: Vragenlijst, journaal: Path) -> None:
    with pytest.raises(GesprekOnderbroken):
        voer_uit(kort, journaal, GescriptePrompter([*HEEL_GESPREK[:2], ONDERBREEK]))

    tweede = GescriptePrompter([("zorgen[1].wanneer", TERUG), ("zorgen[1].wat", "Ander verhaal"),
                                *HEEL_GESPREK[2:]])
    resultaat = voer_uit(kort, journaal, tweede)

    assert tweede.gesteld[1].standaard == "Mark schreeuwt\nals hij gedronken heeft"
    assert resultaat.antwoorden["zorgen"][0]["wat"] == "Ander verhaal"


def test_a_journal_cut_off_by_a_crash_resumes_and_says_so(kort: Vragenlijst, journaal: Path) -> None:
    with pytest.raises(GesprekOnderbroken):
        voer_uit(kort, journaal, GescriptePrompter([*HEEL_GESPREK[:2], ONDERBREEK]))
    with journaal.open("ab") as bestand:
        bestand.write(b'{"soort": "antwoord", "pad": "zorgen[1].wann')

    tweede = GescriptePrompter(HEEL_GESPREK[2:])
    resultaat = voer_uit(kort, journaal, tweede)

    assert ONVOLLEDIG in tweede.meldingen
    assert resultaat.onvolledig and resultaat.antwoorden["zorgen"][0]["wanneer"] == "Vorige week"
    assert not lees_resultaat(journaal, kort).onvolledig


def test_a_journal_corrupt_in_the_middle_is_not_continued(kort: Vragenlijst, journaal: Path) -> None:
    with pytest.raises(GesprekOnderbroken):
        voer_uit(kort, journaal, GescriptePrompter([*HEEL_GESPREK[:2], ONDERBREEK]))
    inhoud = journaal.read_bytes().split(b"\n")
    inhoud[1] = b"{kapot"
    journaal.write_bytes(b"\n".join(inhoud))

    with pytest.raises(BeschadigdBestand, match="regel 2"):
        voer_uit(kort, journaal, GescriptePrompter())


def test_a_closed_session_is_not_run_again(kort: Vragenlijst, journaal: Path) -> None:
    voer_uit(kort, journaal, GescriptePrompter(HEEL_GESPREK))

    with pytest.raises(GesprekAfgesloten, match="al afgesloten"):
        voer_uit(kort, journaal, GescriptePrompter())


VOLLEDIG_BESTAND: dict[str, Any] = {
    "naam": "Sandra",
    "zorgen": [{"wat": "Mark schreeuwt", "wanneer": "Vorige week"}, {"wat": "Geld", "wanneer": None}],
    "schaalscore": 4,
    "telefoon": None,
}


def test_a_complete_answers_file_asks_nothing(kort: Vragenlijst, journaal: Path) -> None:
    prompter = GescriptePrompter()

    resultaat = voer_uit(kort, journaal, prompter, antwoorden=VOLLEDIG_BESTAND)

    assert (prompter.gesteld, prompter.overzichten, prompter.meldingen) == ([], [], [])
    assert resultaat.antwoorden == {
        "naam": "Sandra", "zorgen": [{"wat": "Mark schreeuwt", "wanneer": "Vorige week"}, {"wat": "Geld"}],
        "schaalscore": 4,
    }
    assert lees_resultaat(journaal, kort).antwoorden == resultaat.antwoorden


def test_an_answers_file_works_without_any_prompter(
    kort: Vragenlijst, journaal: Path, tmp_path: Path
) -> None:
    bestand = tmp_path / "antwoorden.yaml"
    bestand.write_text("naam: Sandra\nzorgen:\n  - wat: Mark schreeuwt\nschaalscore: 4\n", encoding="utf-8")

    resultaat = voer_uit(kort, journaal, None, antwoorden=bestand)

    assert resultaat.afgerond and resultaat.antwoorden["zorgen"] == [{"wat": "Mark schreeuwt"}]


def test_without_a_prompter_a_missing_required_answer_names_file_and_question(
    kort: Vragenlijst, journaal: Path, tmp_path: Path
) -> None:
    bestand = tmp_path / "antwoorden.yaml"
    bestand.write_text("naam: Sandra\nzorgen: [{wat: Ruzie}]\n", encoding="utf-8")

    with pytest.raises(OngeldigeInvoer, match=r"antwoorden\.yaml: vraag 'schaalscore'.*ontbreekt"):
        voer_uit(kort, journaal, None, antwoorden=bestand)


@pytest.mark.parametrize("inhoud, vraag, verwacht", [
    ("schaalscore: hoog", "schaalscore", "een geheel getal van 0 tot en met 10"),
    ("schaalscore: 11", "schaalscore", "een geheel getal van 0 tot en met 10"),
    ("naam: [Sandra, Mark]", "naam", "één regel tekst"),
    ("zorgen: [{wat: [a, b]}]", "zorgen[1].wat", "tekst"),
    ("zorgen: Ruzie", "zorgen", "een lijst met een zorg per item"),
    ("zorgen: []", "zorgen", "minstens 1"),
    ("naam: ''", "naam", "verplicht"),
    ("leeftijd: 9", "leeftijd", "bestaat niet"),
], ids=["tekst voor score", "score te hoog", "lijst voor tekst", "genest", "tekst voor lijst",
        "te weinig items", "leeg", "onbekende vraag"])
def test_an_answers_file_with_a_wrong_answer_names_file_question_and_expected_type(
    kort: Vragenlijst, journaal: Path, tmp_path: Path, inhoud: str, vraag: str, verwacht: str
) -> None:
    bestand = tmp_path / "antwoorden.yaml"
    bestand.write_text(inhoud + "\n", encoding="utf-8")

    with pytest.raises(OngeldigeInvoer) as fout:
        voer_uit(kort, journaal, GescriptePrompter(), antwoorden=bestand)

    assert f"{bestand}: vraag '{vraag}'" in fout.value.bericht
    assert verwacht in fout.value.bericht
    assert not journaal.exists()


def test_precedence_the_answers_file_beats_an_earlier_run(kort: Vragenlijst, journaal: Path) -> None:
    with pytest.raises(GesprekOnderbroken):
        voer_uit(kort, journaal, GescriptePrompter([*HEEL_GESPREK[:5], ONDERBREEK]))

    resultaat = voer_uit(kort, journaal, GescriptePrompter([("telefoon", None)]),
                         antwoorden={"schaalscore": 8})

    assert resultaat.antwoorden["schaalscore"] == 8


def test_precedence_an_earlier_run_beats_the_keyboard(kort: Vragenlijst, journaal: Path) -> None:
    with pytest.raises(GesprekOnderbroken):
        voer_uit(kort, journaal, GescriptePrompter([*HEEL_GESPREK[:5], ONDERBREEK]))

    tweede = GescriptePrompter([("telefoon", None)])
    resultaat = voer_uit(kort, journaal, tweede)

    assert tweede.gestelde_paden == ["telefoon"]
    assert resultaat.antwoorden["schaalscore"] == 4


def test_precedence_the_keyboard_fills_what_the_file_leaves_open(kort: Vragenlijst, journaal: Path) -> None:
    prompter = GescriptePrompter([("zorgen[1].wanneer", None), ("schaalscore", 5), ("telefoon", None),
                                  Overzicht(None)])

    resultaat = voer_uit(kort, journaal, prompter, antwoorden={"naam": "Sandra", "zorgen": ["Ruzie"]})

    assert prompter.gestelde_paden == ["zorgen[1].wanneer", "schaalscore", "telefoon"]
    assert all("Naam" not in regel for regel in prompter.overzichten[0])  # file answers are fixed
    assert resultaat.antwoorden == {"naam": "Sandra", "zorgen": [{"wat": "Ruzie"}], "schaalscore": 5}


KEUZES_UIT_GESPREKKEN = """
    id: beraad
    titel: Beraad
    vragen:
      - {id: uitspraken, tekst: "Welke uitspraken?", soort: meerkeuze, keuzes_uit: zorgen_uit_gesprekken,
         verplicht: false}
      - {id: regiehouder, tekst: "Wie houdt de regie?", soort: persoon}
      - {id: aanwezig, tekst: "Wie zijn er?", soort: personen}
"""


def test_choices_and_people_come_from_the_context(tmp_path: Path, journaal: Path) -> None:
    prompter = GescriptePrompter([
        ("uitspraken", ["s1/zorgen/1"]), ("regiehouder", "Anouk"), ("aanwezig", ["Sandra", "Ria"]),
    ])
    context = Vraagcontext(personen=["Sandra", "Ria", "Anouk"],
                           keuzelijsten={"zorgen_uit_gesprekken": [("s1/zorgen/1", "Sandra: Ruzie")]})
    lijst = maak_vragenlijst(tmp_path, KEUZES_UIT_GESPREKKEN)

    resultaat = voer_uit(lijst, journaal, prompter, context=context)

    assert prompter.gesteld[0].keuzes == (("s1/zorgen/1", "Sandra: Ruzie"),)
    assert resultaat.antwoorden == {"uitspraken": ["s1/zorgen/1"], "regiehouder": "Anouk",
                                    "aanwezig": ["Sandra", "Ria"]}


def test_someone_not_in_the_dossier_is_refused(tmp_path: Path, journaal: Path) -> None:
    prompter = GescriptePrompter([
        ("regiehouder", "Onbekend"), ("regiehouder", "Anouk"), ("aanwezig", ["Anouk"]),
    ])

    voer_uit(maak_vragenlijst(tmp_path, KEUZES_UIT_GESPREKKEN), journaal, prompter,
             context=Vraagcontext(personen=["Anouk"], keuzelijsten={"zorgen_uit_gesprekken": []}))

    assert "'Onbekend' staat niet bij de personen van dit dossier." in prompter.meldingen


tekst = st.text(alphabet=st.characters(exclude_categories=["Cs"]), min_size=1, max_size=30).filter(
    lambda t: schoon_tekst(t, een_regel=False) != ""
) | st.sampled_from(["<script>&amp;", "{{ 7*7 }}", "😀 en 👨‍👩‍👧", "eerste regel\ntweede\tregel"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(tekst, min_size=1, max_size=5))
def test_any_statements_come_back_from_the_journal_literally(
    tmp_path_factory: pytest.TempPathFactory, kort: Vragenlijst, uitspraken: list[str]
) -> None:
    journaal = tmp_path_factory.mktemp("eigenschap") / "sessie.jsonl"
    script: list[Any] = [("naam", "Sandra")]
    for nummer, uitspraak in enumerate(uitspraken, 1):
        if nummer > 1:
            script.append((f"zorgen[{nummer}]?", True))
        script += [(f"zorgen[{nummer}].wat", uitspraak), (f"zorgen[{nummer}].wanneer", None)]
    script += [(f"zorgen[{len(uitspraken) + 1}]?", False), ("schaalscore", 5), ("telefoon", None)]

    voer_uit(kort, journaal, GescriptePrompter(script))

    gelezen = lees_resultaat(journaal, kort).antwoorden["zorgen"]
    assert [z["wat"] for z in gelezen] == [schoon_tekst(u, een_regel=False) for u in uitspraken]


GENESTE_LIJST = """
    id: doelen
    titel: Doelen
    vragen:
      - id: op_doelen
        veld: ondersteuningsplan.doelen
        tekst: Doelen
        soort: lijst
        item: doel
        min: 1
        vragen:
          - {id: omschrijving, tekst: Het doel, soort: lang}
          - id: ondersteuning
            tekst: Welke ondersteuning?
            soort: lijst
            item: vorm van ondersteuning
            min: 1
            vragen:
              - {id: wie, tekst: "Wie?", soort: kort}
              - {id: hoe_vaak, tekst: "Hoe vaak?", soort: kort, verplicht: false}
"""


def test_lists_inside_lists_come_back_nested_under_a_flat_dotted_veld(tmp_path: Path, journaal: Path) -> None:
    ondersteuning = [{"wie": "Ria"}, {"wie": "Juf", "hoe_vaak": "dagelijks"}]
    antwoorden = {"op_doelen": [{"omschrijving": "Naar school", "ondersteuning": ondersteuning}]}

    resultaat = voer_uit(maak_vragenlijst(tmp_path, GENESTE_LIJST), journaal, None, antwoorden=antwoorden)

    assert resultaat.antwoorden == {"ondersteuningsplan.doelen": [
        {"omschrijving": "Naar school", "ondersteuning": ondersteuning},
    ]}


def test_a_check_of_the_caller_refuses_an_answer_and_asks_again(kort: Vragenlijst, journaal: Path) -> None:
    """`vplan nieuw` checks a kenmerk the moment it is typed, not after fifty more questions."""
    prompter = GescriptePrompter([("naam", "Bezet"), *HEEL_GESPREK])

    def vrij(naam: Any) -> str | None:
        return "Die naam is al in gebruik." if naam == "Bezet" else None

    resultaat = voer_uit(kort, journaal, prompter, controles={"naam": vrij})

    assert "Die naam is al in gebruik." in prompter.meldingen
    assert resultaat.antwoorden["naam"] == "Sandra"


def test_a_reopened_session_asks_the_named_question_before_the_review(
    kort: Vragenlijst, journaal: Path
) -> None:
    voer_uit(kort, journaal, GescriptePrompter([*HEEL_GESPREK, Overzicht(None)]))
    heropen(journaal)
    prompter = GescriptePrompter([("schaalscore", 7), Overzicht(None)])

    resultaat = voer_uit(kort, journaal, prompter, eerst=["schaalscore"])

    assert prompter.gestelde_paden == ["schaalscore"]
    assert resultaat.antwoorden["schaalscore"] == 7 and resultaat.afgerond


def zorgen_bestand(aantal: int) -> dict[str, Any]:
    """An answers file for the short session with `aantal` zorgen."""
    zorgen = [{"wat": f"Zorg {nummer}", "wanneer": None} for nummer in range(1, aantal + 1)]
    return {"naam": "Sandra", "zorgen": zorgen, "schaalscore": 4, "telefoon": None}


def test_a_long_answers_file_goes_to_disk_in_one_write(
    kort: Vragenlijst, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: one fsync per answer, which alone made a file with 500 afspraken take seconds."""
    synchronisaties: list[int] = []
    echte_fsync = os.fsync
    monkeypatch.setattr(bestanden.os, "fsync", lambda d: (synchronisaties.append(d), echte_fsync(d))[1])

    def synchronisaties_voor(aantal: int) -> int:
        synchronisaties.clear()
        voer_uit(kort, tmp_path / f"{aantal}.jsonl", None, antwoorden=zorgen_bestand(aantal))
        return len(synchronisaties)

    assert synchronisaties_voor(200) == synchronisaties_voor(2)
    assert len(lees_resultaat(tmp_path / "200.jsonl", kort).antwoorden["zorgen"]) == 200


def test_the_work_per_answer_does_not_grow_with_the_length_of_a_list(
    kort: Vragenlijst, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before, the whole walk was made again after every answer: twice the items, four times the work."""
    toetsen = 0
    echte_voldaan = wandeling.voldaan

    def voldaan(*argumenten: Any) -> bool:
        nonlocal toetsen
        toetsen += 1
        return echte_voldaan(*argumenten)

    monkeypatch.setattr(wandeling, "voldaan", voldaan)

    def toetsen_voor(aantal: int) -> int:
        nonlocal toetsen
        toetsen = 0
        voer_uit(kort, tmp_path / f"{aantal}.jsonl", None, antwoorden=zorgen_bestand(aantal))
        return toetsen

    assert toetsen_voor(400) < 2.2 * toetsen_voor(200)


class Meelezer(GescriptePrompter):
    """Reads the journal each time a question is asked, as a crash at that moment would leave it."""

    def __init__(self, journaal: Path, script: list[Any]) -> None:
        super().__init__(script)
        self.journaal = journaal
        self.bewaard: list[dict[str, Any]] = []

    def vraag(self, stelling: Vraagstelling) -> Any:
        inhoud = lees_journaal(self.journaal)
        self.bewaard.append(dict(inhoud.antwoorden) if inhoud else {})
        return super().vraag(stelling)


def test_every_answer_is_on_disk_before_the_next_question_is_asked(kort: Vragenlijst, journaal: Path) -> None:
    """Answers from the file wait for the first question; typed ones are on disk before the next."""
    prompter = Meelezer(journaal, [("zorgen[1].wanneer", "Gisteren"), ("schaalscore", 4), ("telefoon", None),
                                   Overzicht(None)])

    voer_uit(kort, journaal, prompter, antwoorden={"naam": "Sandra", "zorgen": [{"wat": "Ruzie"}]})

    uit_bestand = {"naam": "Sandra", "zorgen[1].wat": "Ruzie"}
    assert prompter.bewaard == [
        uit_bestand,
        uit_bestand | {"zorgen[1].wanneer": "Gisteren", "zorgen[2]?": False},
        uit_bestand | {"zorgen[1].wanneer": "Gisteren", "zorgen[2]?": False, "schaalscore": 4},
    ]
