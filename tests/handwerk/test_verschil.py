"""Hand edits as changes per numbered item, and as corrigeer answers only where vplan need not guess."""

from __future__ import annotations

from interview.handwerk.verschil import Wijziging, vergelijk
from interview.stappen.corrigeer import Tekst

WAT = "Sandra en Ronald spreken elkaar alleen via oom Kees."
GESCHREVEN = [
    "# Afspraken", "# Afspraak A1 · directe veiligheid", "Wat", WAT, "Wie", "Sandra, Ronald en Kees",
    "# Noodplan", "Sandra Verhoef", "06 1111 2201", "Bezorgd: Sandra, Marieke Jansen en Kees",
]
TEKSTEN = [
    Tekst("A1.wat", "veiligheidsplan.afspraken[1].wat", WAT, "A1", "wat"),
    Tekst("veiligheidsplan.noodplan[1].telefoon", "veiligheidsplan.noodplan[1].telefoon", "06 1111 2201"),
    Tekst("dossier.ouders[1].telefoon", "dossier.ouders[1].telefoon", "06 1111 2201"),
    Tekst("dossier.netwerk[2].naam", "dossier.netwerk[2].naam", "Kees"),
]


def na(vervang: dict[str, str]) -> list[str]:
    return [vervang.get(alinea, alinea) for alinea in GESCHREVEN]


def test_a_changed_sentence_of_an_afspraak_is_its_corrigeer_answer() -> None:
    nieuw = "Sandra en Ronald bellen elkaar, met oom Kees erbij."

    assert vergelijk(GESCHREVEN, na({WAT: nieuw}), TEKSTEN) == [
        Wijziging("A1", (WAT,), (nieuw,), ("A1.wat", nieuw))]


def test_a_name_changed_inside_a_sentence_is_shown_but_not_offered_as_a_correction_of_the_name() -> None:
    oud = "Bezorgd: Sandra, Marieke Jansen en Kees"

    [wijziging] = vergelijk(GESCHREVEN, na({oud: "Bezorgd: Sandra, Marieke Jansen en oom Kees"}), TEKSTEN)

    assert wijziging.nummer == "" and wijziging.antwoord is None


def test_a_text_the_plan_holds_in_two_places_is_not_guessed() -> None:
    [wijziging] = vergelijk(GESCHREVEN, na({"06 1111 2201": "06 1111 2299"}), TEKSTEN)

    assert wijziging.oud == ("06 1111 2201",) and wijziging.antwoord is None


def test_an_added_paragraph_belongs_to_the_item_above_it() -> None:
    nieuw = [*GESCHREVEN[:4], "Ook de buurvrouw mag bellen.", *GESCHREVEN[4:]]

    assert vergelijk(GESCHREVEN, nieuw, TEKSTEN) == [Wijziging("A1", (), ("Ook de buurvrouw mag bellen.",))]
