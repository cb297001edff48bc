"""An answers file that still chooses by session order (`gesprek-006`) is refused with what to write.

Such a key named whoever happened to be spoken with sixth; now keys name the person (issue 18.2).
The refusal is one Dutch line, exit code 1 as for any answers-file error, and nothing is stored.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from interview.fouten import OngeldigeInvoer
from interview.stappen import netwerkberaad as beraadstap
from interview.stappen.evaluatie import evaluatie
from interview.stappen.frame import Stapcontext
from interview.stappen.gesprek import individueel_gesprek
from interview.stappen.netwerkberaad import netwerkberaad
from interview.store import Werkmap
from tests.helpers import (
    ANTWOORDEN,
    KENMERK,
    Werker,
    beraad_antwoorden,
    bestanden_onder,
    gesprekken_gehouden,
    vplan,
)

OUD = {  # the example netwerkberaad as it was written when keys followed the order held
    "zorgen[1].uitspraken": ["gesprek-001/zorgen/1", "gesprek-003/zorgen/1"],
    "krachten_uit_gesprekken": ["gesprek-004/goed/1"],
    "afspraken[1].vertrekpunt": "gesprek-001/ideeen/1",
    "scores_uit_gesprekken": ["gesprek-001", "gesprek-002", "gesprek-003"],
    "op_krachten_uit_gesprekken": ["gesprek-005/goed/1"],
    "op_zorgen_uit_gesprekken": ["gesprek-005/zorgen/1"],
}


def schrijf(map_: Path, **vervangen: object) -> Path:
    """The example netwerkberaad's answers with some answers replaced, as a file."""
    antwoorden = beraad_antwoorden()
    for pad, waarde in vervangen.items():
        if pad.startswith(("zorgen[1].", "afspraken[1].")):
            lijst, vraag = pad.split("[1].")
            antwoorden[lijst][0][vraag] = waarde
        else:
            antwoorden[pad] = waarde
    bestand = map_ / "beraad.yaml"
    bestand.write_text(yaml.safe_dump(antwoorden, allow_unicode=True), encoding="utf-8")
    return bestand


@pytest.fixture
def gehouden(tmp_path: Path) -> Werkmap:
    return gesprekken_gehouden(tmp_path)


def test_one_old_key_gets_one_line_naming_the_person_and_nothing_is_stored(
    tmp_path: Path, gehouden: Werkmap
) -> None:
    bestand = schrijf(tmp_path, scores_uit_gesprekken=["gesprek-001", "Mark", "Lisa"])
    voor = bestanden_onder(gehouden.pad)

    uit = vplan("netwerkberaad", KENMERK, "--antwoorden", str(bestand), "--uitvoer", "uit",
                werkmap=gehouden.pad, cwd=tmp_path)

    assert uit.returncode == 1
    assert uit.stderr == (f"vplan: {bestand}: vraag 'scores_uit_gesprekken': gesprek-001 bestaat niet meer "
                          "als sleutel: schrijf Eva.\n")
    assert bestanden_onder(gehouden.pad) == voor and not (tmp_path / "uit").exists()


def test_an_old_answers_file_gets_one_line_with_every_key_to_write_instead(
    tmp_path: Path, gehouden: Werkmap
) -> None:
    bestand = schrijf(tmp_path, **OUD)
    voor = bestanden_onder(gehouden.pad)

    uit = vplan("netwerkberaad", KENMERK, "--antwoorden", str(bestand), werkmap=gehouden.pad, cwd=tmp_path)

    assert uit.returncode == 1
    assert uit.stderr == (
        f"vplan: {bestand}: sleutels naar de volgorde van de gesprekken bestaan niet meer: schrijf "
        "Eva/zorgen/1 in plaats van gesprek-001/zorgen/1, Lisa/zorgen/1 in plaats van gesprek-003/zorgen/1, "
        "Tom Bos/goed/1 in plaats van gesprek-005/goed/1, "
        "Tom Bos/zorgen/1 in plaats van gesprek-005/zorgen/1, "
        "Joke/goed/1 in plaats van gesprek-004/goed/1, Eva in plaats van gesprek-001, Mark in plaats van "
        "gesprek-002, Lisa in plaats van gesprek-003 en Eva/ideeen/1 in plaats van gesprek-001/ideeen/1.\n")
    assert bestanden_onder(gehouden.pad) == voor


def test_an_old_key_of_a_session_that_is_not_there_says_to_write_who_said_it(
    tmp_path: Path, gehouden: Werkmap
) -> None:
    bestand = schrijf(tmp_path, op_zorgen_uit_gesprekken="gesprek-009/zorgen/2")
    voor = bestanden_onder(gehouden.pad)
    with pytest.raises(OngeldigeInvoer) as fout:
        netwerkberaad(Stapcontext(gehouden, lambda: None, bestand, print), KENMERK, lambda o: None)
    assert fout.value.bericht == (f"{bestand}: vraag 'op_zorgen_uit_gesprekken': gesprek-009/zorgen/2 "
                                  "bestaat niet meer als sleutel: schrijf <naam van wie het zei>/zorgen/2.")
    assert gehouden.versies(KENMERK) == [] and bestanden_onder(gehouden.pad) == voor


def test_an_evaluation_that_picks_a_score_by_session_order_is_refused_with_the_persons_key(
    tmp_path: Path, gehouden: Werkmap
) -> None:
    netwerkberaad(Stapcontext(gehouden, lambda: None, ANTWOORDEN / "netwerkberaad.yaml", print), KENMERK,
                  lambda o: None)
    individueel_gesprek(Stapcontext(gehouden, lambda: None, ANTWOORDEN / "eva.yaml", print), KENMERK, "Eva",
                        opnieuw=True)  # the sixth session held: gesprek-006
    antwoorden = yaml.safe_load((ANTWOORDEN / "evaluatie.yaml").read_text(encoding="utf-8"))
    for sleutel in ("a3", "a3_toelichting", "beeindigen"):  # the example follows the incident's A3
        antwoorden.pop(sleutel)
    bestand = tmp_path / "evaluatie.yaml"
    bestand.write_text(yaml.safe_dump({**antwoorden, "scores_uit_gesprekken": ["gesprek-006"]},
                                      allow_unicode=True), encoding="utf-8")

    voor = bestanden_onder(gehouden.pad)
    with pytest.raises(OngeldigeInvoer) as fout:
        evaluatie(Stapcontext(gehouden, lambda: None, bestand, print), KENMERK)

    assert fout.value.bericht == (f"{bestand}: vraag 'scores_uit_gesprekken': gesprek-006 bestaat niet meer "
                                  "als sleutel: schrijf Eva.")
    assert gehouden.versies(KENMERK) == [1] and bestanden_onder(gehouden.pad) == voor


def test_a_keyboard_journal_begun_with_an_old_key_asks_that_choice_again_instead_of_dropping_it(
    gehouden: Werkmap, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A netwerkberaad at the keyboard, all answered before keys changed, not yet stored: its
    journal still says gesprek-001/zorgen/1. The worker is asked that question again."""
    journalen = gehouden.journalen(KENMERK)

    def bewaar_het_journaal(*_: object) -> None:
        journaal = next(journalen.map.glob("*netwerkberaad-*.jsonl"))
        tekst = journaal.read_text(encoding="utf-8").replace('"Eva/zorgen/1"', '"gesprek-001/zorgen/1"')
        journalen.vast("netwerkberaad").write_text(tekst, encoding="utf-8")
        raise KeyboardInterrupt

    werker = Werker({"telefoon_1": ["06 2222 0003"]})
    with monkeypatch.context() as stop, pytest.raises(KeyboardInterrupt):
        stop.setattr(beraadstap, "_stel_samen", bewaar_het_journaal)
        netwerkberaad(Stapcontext(gehouden, lambda: werker, ANTWOORDEN / "netwerkberaad.yaml", werker.meld),
                      KENMERK, lambda o: None)
    assert "gesprek-001/zorgen/1" in journalen.vast("netwerkberaad").read_text(encoding="utf-8")

    werker = Werker({"eerder_plan": [False], "zorgen[1].uitspraken": [["Eva/zorgen/1", "Lisa/zorgen/1"]]})
    plan = netwerkberaad(Stapcontext(gehouden, lambda: werker, None, werker.meld), KENMERK,
                         lambda o: None).plan

    assert any("gesprek-001/zorgen/1 bestaat niet meer als sleutel: kies Eva/zorgen/1." in regel
               for regel in werker.meldingen), werker.meldingen
    assert [u.door for u in plan.veiligheidsplan.zorgen[0].uitspraken] == ["Eva", "Lisa"]
