"""Issue 17.2 in the sessions: a professional is asked too, each parent with gezag answers for a child's
words on their own, and 'niet voor …' is asked only when family may read the statement."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from interview.conduct import laad_vragenlijst, voer_uit
from interview.conduct.vraagcontext import Vraagcontext
from interview.fouten import OngeldigeInvoer
from interview.merge.inbreng import maak_overzicht
from interview.model.toestemming import MET_NIET_VOOR
from interview.stappen.frame import Stapcontext
from interview.stappen.gesprek import individueel_gesprek, individuele_sessies
from interview.stappen.nieuw import nieuw_dossier
from interview.store import Werkmap
from tests.helpers import ANTWOORDEN, KENMERK, GescriptePrompter


def _werkmap(tmp_path: Path) -> Werkmap:
    werkmap = Werkmap(tmp_path / "werkmap")
    nieuw_dossier(Stapcontext(werkmap, lambda: None, ANTWOORDEN / "dossier.yaml", print))
    return werkmap


def _gesprek(werkmap: Werkmap, tmp_path: Path, naam: str, antwoorden: dict[str, Any]) -> None:
    bestand = tmp_path / f"{naam}.yaml"
    bestand.write_text(yaml.safe_dump(antwoorden, allow_unicode=True), encoding="utf-8")
    individueel_gesprek(Stapcontext(werkmap, lambda: None, bestand, print), KENMERK, naam)


def _overzicht(werkmap: Werkmap) -> Any:
    sessies = individuele_sessies(werkmap.journalen(KENMERK), KENMERK, print)
    return maak_overzicht(werkmap.lees_dossier(KENMERK), sessies)


def test_a_professionals_statements_and_score_are_asked_for_consent_too(tmp_path: Path) -> None:
    """Fails on main: the professional questionnaire had no `delen`; the answers file was refused."""
    werkmap = _werkmap(tmp_path)

    _gesprek(werkmap, tmp_path, "Tom Bos", {
        "zorgen": [{"wat": "Lisa is maandags moe.", "delen": "ook gezinsversie", "niet_voor": ["Mark"]}],
        "goed": [{"wat": "Lisa heeft vriendinnen.", "soort": "kracht", "delen": "alleen professionals"}],
        "schaalscore": 6, "schaal_delen": "volledig plan, ook de ouders"})

    overzicht = _overzicht(werkmap)
    assert [(i.tekst, i.toestemming.delen, i.toestemming.niet_voor) for i in overzicht.inbreng] == [
        ("Lisa is maandags moe.", "ook gezinsversie", ("Mark",)),
        ("Lisa heeft vriendinnen.", "alleen professionals", ())]
    assert overzicht.scores[0].toestemming.delen == "volledig plan, ook de ouders"


def test_a_childs_session_records_the_yes_of_each_parent_with_gezag(tmp_path: Path) -> None:
    """Fails on main: the child's session asked one `ouders_akkoord` for all parents together."""
    werkmap = _werkmap(tmp_path)

    _gesprek(werkmap, tmp_path, "Lisa", {
        "huis_van_de_zorgen": [{"wat": "Ik verstop me.", "delen": "ook gezinsversie"}],
        "schaal_kind": 4, "netwerk": [], "ouders_ja": ["Eva"]})

    [woorden] = _overzicht(werkmap).inbreng
    assert woorden.toestemming.ouders == (("Eva", True), ("Mark", False))


@pytest.mark.parametrize(("antwoorden", "melding"), [
    ({"ouders_ja": ["Joke"]}, "ouders_ja"),  # only a parent with gezag can give the parents' yes
    ({"ouders_akkoord": True}, "gebruik 'ouders_ja'"),  # an older answers file: told what replaced it
])
def test_the_parents_yes_is_given_by_name_by_parents_with_gezag(
    tmp_path: Path, antwoorden: dict[str, Any], melding: str,
) -> None:
    werkmap = _werkmap(tmp_path)

    with pytest.raises(OngeldigeInvoer, match=melding):
        _gesprek(werkmap, tmp_path, "Lisa", {"schaal_kind": 4, "netwerk": [], **antwoorden})


@pytest.mark.parametrize(("delen", "gevraagd"), [
    (None, False), ("nee, niet in het plan", False), ("alleen professionals", False),
    *((tekst, True) for tekst in MET_NIET_VOOR),
])
def test_niet_voor_is_asked_only_when_family_may_read_the_statement(
    tmp_path: Path, delen: str | None, gevraagd: bool,
) -> None:
    script: list[Any] = [("zorgen[1].wat", "Hij schreeuwt"), ("zorgen[1].wanneer", ""),
                         ("zorgen[1].delen", delen)]
    if gevraagd:
        script.append(("zorgen[1].niet_voor", ["Mark"]))
    prompter = GescriptePrompter([*script, ("zorgen[2]?", False), ("signalen[1]?", False),
                                  ("goed[1].wat", "Oma helpt"),
                                  ("goed[1].soort", "kracht"), ("goed[1].delen", None), ("goed[2]?", False),
                                  ("ideeen[1]?", False), ("schaalscore", 5), ("schaal_toelichting", ""),
                                  ("schaal_delen", None), ("netwerk[1]?", False), ("telefoon", None)])

    resultaat = voer_uit(laad_vragenlijst("ouder"), tmp_path / "eva.jsonl", prompter, persoon="Eva",
                         context=Vraagcontext(personen=["Eva", "Mark"]))

    assert ("niet_voor" in resultaat.antwoorden["zorgen"][0]) is gevraagd


def test_the_overview_the_group_sees_shows_only_what_every_parent_may_read(tmp_path: Path) -> None:
    """Fails on main: the table at the netwerkberaad, with both parents watching, showed every
    statement not refused, also one with no answer (professionals only) or not for the other parent."""
    from rich.console import Console

    from interview.cli.naast_elkaar import toon_overzicht
    from interview.merge.sessie import Sessie

    eva = Sessie("gesprek-001", "ouder", "Eva", {"zorgen": [
        {"wat": "Voor iedereen", "delen": "volledig plan, ook de ouders"},
        {"wat": "Zonder antwoord"},
        {"wat": "Mijn schulden", "delen": "ook gezinsversie", "niet_voor": ["Mark"]}]})
    lisa = Sessie("gesprek-002", "jeugdige", "Lisa", {
        "zorgen": [{"wat": "Ik verstop me", "delen": "ook gezinsversie"}], "ouders_ja": ["Eva"]})
    console = Console(record=True, width=200)

    toon_overzicht(maak_overzicht(_werkmap(tmp_path).lees_dossier(KENMERK), [eva, lisa]), console)

    tekst = console.export_text()
    assert "Voor iedereen" in tekst and "(2 niet voor iedereen hier)" in tekst
    assert "Zonder antwoord" not in tekst and "Mijn schulden" not in tekst
    assert "Ik verstop me" not in tekst  # Mark, who has gezag too, did not say yes
