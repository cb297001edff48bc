"""Cards: a list item or a group of questions filled on one screen, one prompt each (issue 8)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

from interview.conduct import TERUG, GesprekOnderbroken, KaartStelling, Vraagstelling, voer_uit
from interview.conduct.prompter import Opdracht, Terug
from interview.conduct.vraagcontext import Item, Vraagcontext
from interview.conduct.vragenlijst import Vragenlijst
from interview.fouten import VragenlijstFout
from tests.helpers import maak_vragenlijst

GEZIN = """
    id: gezin
    titel: Gezin
    inleiding: Wie hoort erbij?
    vragen:
      - {id: gezinsnaam, soort: kort, tekst: Gezinsnaam}
      - id: mensen
        soort: lijst
        kaart: true
        item: persoon
        min: 1
        tekst: Wie zijn er?
        vragen:
          - {id: naam, soort: kort, tekst: Naam}
          - {id: rol, soort: keuze, keuzes: [moeder, vader, oma], tekst: Rol}
          - {id: gezag, soort: janee, tekst: "Gezag?", als: {vraag: rol, niet: oma}}
          - {id: geboren, soort: datum, verplicht: false, tekst: Geboren}
          - {id: telefoon, soort: kort, verplicht: false, standaard_uit: telefoon_van, tekst: Telefoon}
      - {id: taxatie, groep: taxatie, soort: janee, tekst: "Risicotaxatie gedaan?"}
      - {id: rt_niveau, groep: taxatie, soort: keuze, keuzes: [laag, hoog], als: {vraag: taxatie, is: true},
         tekst: Niveau}
"""

Kaartantwoord = dict[str, Any] | Terug | Opdracht | None


class Kaartspeler:
    """Fills each card from a script (a dict by field id, None = empty card, TERUG); single
    questions from `vragen` by path. Records every card and every single question."""

    def __init__(self, kaarten: list[Kaartantwoord | Callable[[KaartStelling], Kaartantwoord]],
                 vragen: Mapping[str, list[Any]] | None = None) -> None:
        self.kaarten = kaarten
        self.vragen = {pad: list(antwoorden) for pad, antwoorden in (vragen or {}).items()}
        self.getoond: list[KaartStelling] = []
        self.gesteld: list[str] = []
        self.meldingen: list[str] = []

    def vul_kaart(self, kaart: KaartStelling) -> Kaartantwoord:
        self.getoond.append(kaart)
        antwoord = self.kaarten.pop(0)
        if callable(antwoord):
            return antwoord(kaart)
        if not isinstance(antwoord, dict):
            return antwoord
        prefix = kaart.velden[0].pad.rsplit(".", 1)[0] + "." if "." in kaart.velden[0].pad else ""
        return {prefix + veld: waarde for veld, waarde in antwoord.items()}

    def vraag(self, stelling: Vraagstelling) -> Any:
        self.gesteld.append(stelling.pad)
        return self.vragen[stelling.pad].pop(0)

    def meld(self, tekst: str) -> None:
        self.meldingen.append(tekst)

    def kies_uit_overzicht(self, regels: Any, opdrachten: Any = ()) -> None:
        return None


@pytest.fixture
def gezin(tmp_path: Path) -> Vragenlijst:
    return maak_vragenlijst(tmp_path, GEZIN)


GEEN_NUMMERS = Vraagcontext(standaarden={"telefoon_van": lambda item: None})
"""What GEZIN's telefoon default names, when the dossier knows no numbers."""


def speel(tmp_path: Path, lijst: Vragenlijst, speler: Kaartspeler, **opties: Any) -> dict[str, Any]:
    opties.setdefault("context", GEEN_NUMMERS)
    return voer_uit(lijst, tmp_path / "gesprek.jsonl", speler, **opties).antwoorden


def test_each_item_is_one_card_and_an_empty_card_ends_the_list(tmp_path: Path, gezin: Vragenlijst) -> None:
    speler = Kaartspeler([{"naam": "Sandra", "rol": "moeder", "gezag": True},
                          {"naam": "Ria", "rol": "oma"}, None, {"taxatie": False}],
                         {"gezinsnaam": ["Visser"]})

    antwoorden = speel(tmp_path, gezin, speler)

    assert antwoorden["mensen"] == [{"naam": "Sandra", "rol": "moeder", "gezag": True},
                                    {"naam": "Ria", "rol": "oma"}]
    assert speler.gesteld == ["gezinsnaam"]  # no "Nog een persoon?" anywhere
    assert len(speler.getoond) == 4
    assert speler.getoond[0].vervolg is None  # the first person is required: no empty card
    assert speler.getoond[1].vervolg is not None


def test_a_field_on_the_card_appears_when_the_field_it_depends_on_allows_it(
    tmp_path: Path, gezin: Vragenlijst
) -> None:
    gezien: dict[str, frozenset[str]] = {}

    def kijk(kaart: KaartStelling) -> dict[str, Any]:
        gezien["niets"] = kaart.zichtbaar({})
        gezien["ja"] = kaart.zichtbaar({"taxatie": True})
        return {"taxatie": True, "rt_niveau": "hoog"}

    speler = Kaartspeler([{"naam": "Sandra", "rol": "moeder", "gezag": True}, None, kijk],
                         {"gezinsnaam": ["Visser"]})

    antwoorden = speel(tmp_path, gezin, speler)

    assert gezien == {"niets": {"taxatie"}, "ja": {"taxatie", "rt_niveau"}}
    assert antwoorden["rt_niveau"] == "hoog"


TOESTEMMING = """
    id: toestemming
    titel: Toestemming
    vragen:
      - id: behandelingen
        soort: lijst
        kaart: true
        item: behandeling
        tekst: Toestemming voor behandeling
        vragen:
          - {id: kind, soort: persoon, tekst: "Voor welk kind?"}
          - {id: zelf, soort: janee, verplicht: false, als: {vraag: kind, leeftijd_vanaf: 12},
             tekst: "Zelf akkoord?"}
"""


def test_the_young_persons_own_field_appears_only_for_a_chosen_child_of_12_or_older(tmp_path: Path) -> None:
    gezien: dict[str, frozenset[str]] = {}

    def velden(kaart: KaartStelling, waarden: dict[str, Any]) -> frozenset[str]:
        return frozenset(pad.rsplit(".")[-1] for pad in kaart.zichtbaar(waarden))

    def kijk(kaart: KaartStelling) -> dict[str, Any]:
        for naam in ("Noor", "Daan", "Sandra"):
            gezien[naam] = velden(kaart, {"behandelingen[2].kind": naam})
        gezien["niemand"] = velden(kaart, {})
        return {"behandelingen[2].kind": "Daan", "behandelingen[2].zelf": True}

    speler = Kaartspeler([{"kind": "Noor"}, kijk, None])

    context = Vraagcontext(personen=["Noor", "Daan", "Sandra"], leeftijden={"Noor": 8, "Daan": 14})

    antwoorden = speel(tmp_path, maak_vragenlijst(tmp_path, TOESTEMMING), speler, context=context)

    assert gezien == {"Noor": {"kind"}, "Daan": {"kind", "zelf"}, "Sandra": {"kind", "zelf"},
                      "niemand": {"kind"}}  # an adult has no age in the list and counts as an adult
    assert antwoorden["behandelingen"] == [{"kind": "Noor"}, {"kind": "Daan", "zelf": True}]


def test_a_field_that_does_not_fit_brings_the_card_back_with_the_engines_message(
    tmp_path: Path, gezin: Vragenlijst
) -> None:
    speler = Kaartspeler([{"naam": "Sandra", "rol": "moeder", "gezag": True, "geboren": "31-02-1990"},
                          {"naam": "Sandra", "rol": "moeder", "gezag": True, "geboren": "28-02-1990"},
                          None, {"taxatie": False}], {"gezinsnaam": ["Visser"]})

    antwoorden = speel(tmp_path, gezin, speler)

    assert speler.getoond[1].fouten == {"mensen[1].geboren": "Die datum bestaat niet."}
    assert "Geboren: Die datum bestaat niet." in speler.meldingen
    assert antwoorden["mensen"][0]["geboren"] == "1990-02-28"


def test_the_card_checks_a_single_field_as_it_is_typed(tmp_path: Path, gezin: Vragenlijst) -> None:
    meldingen: list[str | None] = []

    def typ(kaart: KaartStelling) -> dict[str, Any]:
        meldingen.extend([kaart.controle("mensen[1].rol", "tante"), kaart.controle("mensen[1].rol", "oma")])
        return {"mensen[1].naam": "Ria", "mensen[1].rol": "oma"}

    speel(tmp_path, gezin, Kaartspeler([typ, None, {"taxatie": False}], {"gezinsnaam": ["Visser"]}))

    assert meldingen == ["'tante' is geen van de keuzes.", None]


def test_terug_on_a_card_goes_back_to_the_question_before_it(tmp_path: Path, gezin: Vragenlijst) -> None:
    sandra = {"naam": "Sandra", "rol": "moeder", "gezag": True}
    speler = Kaartspeler([TERUG, sandra, None, {"taxatie": False}],
                         {"gezinsnaam": ["Visser", "Visser-Bakker"]})

    antwoorden = speel(tmp_path, gezin, speler)

    assert speler.gesteld == ["gezinsnaam", "gezinsnaam"]
    assert antwoorden["gezinsnaam"] == "Visser-Bakker"


def test_a_default_on_the_card_follows_the_other_fields_of_the_card(
    tmp_path: Path, gezin: Vragenlijst
) -> None:
    nummers = {"Sandra": "06 1111 0001"}
    standaarden: list[Any] = []

    def kijk(kaart: KaartStelling) -> dict[str, Any]:
        standaarden.append(kaart.standaard("mensen[1].telefoon", {"mensen[1].naam": "Sandra"}))
        return {"mensen[1].naam": "Sandra", "mensen[1].rol": "moeder", "mensen[1].gezag": True}

    def telefoon_van(item: Item) -> str | None:
        return nummers.get(item.get("naam", ""))

    speel(tmp_path, gezin, Kaartspeler([kijk, None, {"taxatie": False}], {"gezinsnaam": ["Visser"]}),
          context=Vraagcontext(standaarden={"telefoon_van": telefoon_van}))

    assert standaarden == ["06 1111 0001"]


def test_an_answers_file_fills_card_lists_as_before(tmp_path: Path, gezin: Vragenlijst) -> None:
    antwoorden = voer_uit(gezin, tmp_path / "gesprek.jsonl", None, antwoorden={
        "gezinsnaam": "Visser", "taxatie": False,
        "mensen": [{"naam": "Sandra", "rol": "moeder", "gezag": True}, {"naam": "Ria", "rol": "oma"}]},
        context=GEEN_NUMMERS).antwoorden

    assert [persoon["naam"] for persoon in antwoorden["mensen"]] == ["Sandra", "Ria"]


def test_a_kill_during_a_card_loses_only_that_card(tmp_path: Path, gezin: Vragenlijst) -> None:
    def ctrl_c(kaart: KaartStelling) -> None:
        raise KeyboardInterrupt

    with pytest.raises(GesprekOnderbroken):
        speel(tmp_path, gezin, Kaartspeler([{"naam": "Sandra", "rol": "moeder", "gezag": True}, ctrl_c],
                                           {"gezinsnaam": ["Visser"]}))
    verder = Kaartspeler([{"naam": "Ria", "rol": "oma"}, None, {"taxatie": False}])

    antwoorden = speel(tmp_path, gezin, verder)

    assert [persoon["naam"] for persoon in antwoorden["mensen"]] == ["Sandra", "Ria"]
    assert verder.gesteld == []


@pytest.mark.parametrize(("regel", "melding"), [
    ("- {id: a, soort: kort, kaart: true, tekst: A}", "'kaart' horen alleen bij soort lijst"),
    ("- {id: a, soort: lijst, groep: x, item: a, tekst: A, vragen: [{id: b, soort: kort, tekst: B}]}",
     "een lijst staat niet in een 'groep'"),
    ("- {id: a, soort: kort, groep: Grote Groep, tekst: A}", "'groep' moet een naam zijn"),
    ("- {id: a, soort: lijst, kaart: ja, item: a, tekst: A, vragen: [{id: b, soort: kort, tekst: B}]}",
     "'kaart' moet true of false zijn"),
])
def test_a_card_key_in_the_wrong_place_names_the_question(tmp_path: Path, regel: str, melding: str) -> None:
    with pytest.raises(VragenlijstFout, match=melding):
        maak_vragenlijst(tmp_path, f"id: x\ntitel: X\nvragen:\n  {regel}\n")


DOELEN = """
    id: doelen
    titel: Doelen
    vragen:
      - id: doelen
        soort: lijst
        kaart: true
        item: doel
        min: 1
        tekst: Doelen
        vragen:
          - {id: omschrijving, soort: kort, tekst: Het doel}
          - id: ondersteuning
            soort: lijst
            kaart: true
            item: vorm van ondersteuning
            min: 1
            tekst: Welke ondersteuning?
            vragen:
              - {id: wie, soort: kort, tekst: "Wie?"}
          - {id: termijn, soort: kort, verplicht: false, tekst: Termijn}
"""


def test_a_card_whose_fields_come_around_a_list_inside_it_is_shown_once(tmp_path: Path) -> None:
    lijst = maak_vragenlijst(tmp_path, DOELEN)
    speler = Kaartspeler([{"omschrijving": "Rust in huis", "termijn": "juni"}, {"wie": "Ria"}, None, None])

    antwoorden = speel(tmp_path, lijst, speler)

    assert [kaart.kop.split("\n")[-1] for kaart in speler.getoond] == [
        "Doel 1", "Vorm van ondersteuning 1", "Vorm van ondersteuning 2", "Doel 2"]
    assert antwoorden["doelen"] == [{"omschrijving": "Rust in huis", "ondersteuning": [{"wie": "Ria"}],
                                     "termijn": "juni"}]


class Overzichtspeler(Kaartspeler):
    """A Kaartspeler that reads the review and changes the lines given by their start, in turn."""

    def __init__(self, kaarten: list[Kaartantwoord], vragen: Mapping[str, list[Any]],
                 kies: list[str]) -> None:
        super().__init__(kaarten, vragen)
        self.kies, self.overzichten = kies, list[list[str]]()
        self.koppen: dict[str, str] = {}

    def kies_uit_overzicht(self, regels: Any, opdrachten: Any = ()) -> int | None:  # type: ignore[override]
        self.overzichten.append(list(regels))
        if not self.kies:
            return None
        begin = self.kies.pop(0)
        return next(index for index, regel in enumerate(regels) if regel.startswith(begin))

    def vraag(self, stelling: Vraagstelling) -> Any:
        self.koppen[stelling.pad] = stelling.kop
        return super().vraag(stelling)


def test_the_review_counts_the_items_of_a_card_list_and_names_the_item_of_a_field_changed(
    tmp_path: Path, gezin: Vragenlijst
) -> None:
    speler = Overzichtspeler([{"naam": "Sandra", "rol": "oma"}, {"naam": "Ria", "rol": "oma"}, None,
                              {"taxatie": False}],
                             {"gezinsnaam": ["Visser"], "mensen[2].naam": ["Ria de Vries"]},
                             kies=["Persoon 2: Naam"])

    antwoorden = speel(tmp_path, gezin, speler)

    eerste = speler.overzichten[0]
    assert "Persoon: 2 genoteerd (kies dit om er een toe te voegen)" in eerste
    assert not any("Nog een persoon" in regel for regel in eerste)
    assert speler.koppen["mensen[2].naam"] == "Persoon 2"
    assert antwoorden["mensen"][1]["naam"] == "Ria de Vries"


def test_choosing_the_count_in_the_review_adds_an_item_on_a_card(tmp_path: Path, gezin: Vragenlijst) -> None:
    speler = Overzichtspeler([{"naam": "Sandra", "rol": "oma"}, None, {"taxatie": False},
                              {"naam": "Ria", "rol": "oma"}, None],
                             {"gezinsnaam": ["Visser"], "mensen[2]?": [True]}, kies=["Persoon: 1 genoteerd"])

    antwoorden = speel(tmp_path, gezin, speler)

    assert [persoon["naam"] for persoon in antwoorden["mensen"]] == ["Sandra", "Ria"]
    assert "Persoon: 2 genoteerd (kies dit om er een toe te voegen)" in speler.overzichten[-1]
