"""Issue 19.1 and 19.4 for the Meijer family: the evaluation on cards, and its results in the documents.

The evaluation is played from the bundled answers file (tests/antwoorden/evaluatie.yaml) or by a
worker at the keyboard; the documents of the version it makes are read back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from docx import Document

from interview.fouten import OngeldigeInvoer
from interview.stappen.evaluatie import evaluatie
from interview.stappen.frame import Stapcontext
from interview.stappen.incident import incident
from interview.stappen.netwerkberaad import netwerkberaad
from interview.store import Werkmap
from tests.helpers import ANTWOORDEN, KENMERK, gesprekken_gehouden, stel_vast

OUD_A1 = "Mark haalt Lisa op zaterdag op bij oma Joke."
NIEUW_A1 = "Mark haalt Lisa op zaterdag én zondag op bij oma Joke."


@pytest.fixture
def na_incident(tmp_path: Path) -> Werkmap:
    """The Meijer dossier at planversie 2: netwerkberaad (signed, sent), then the incident."""
    werkmap = gesprekken_gehouden(tmp_path)
    netwerkberaad(Stapcontext(werkmap, lambda: None, ANTWOORDEN / "netwerkberaad.yaml", print), KENMERK,
                  lambda overzicht: None)
    stel_vast(werkmap, werkmap.lees_plan(KENMERK, 1))
    incident(Stapcontext(werkmap, lambda: None, ANTWOORDEN / "incident.yaml", print), KENMERK)
    return werkmap


def antwoorden_met(tmp_path: Path, **extra: Any) -> Path:
    """The bundled evaluation answers with `extra` on top, as a file."""
    antwoorden = yaml.safe_load((ANTWOORDEN / "evaluatie.yaml").read_text(encoding="utf-8")) | extra
    pad = tmp_path / "evaluatie.yaml"
    pad.write_text(yaml.safe_dump(antwoorden, allow_unicode=True), encoding="utf-8")
    return pad


def resultaatrij(document: Path, nummer: str) -> list[str]:
    """The row of `nummer` in the table of the evaluation's outcomes per bodemeis and afspraak."""
    for tabel in Document(str(document)).tables:
        if "Bodemeis of afspraak" in [cel.text for cel in tabel.rows[0].cells]:
            for rij in tabel.rows[1:]:
                if rij.cells[0].text.strip() == nummer:
                    return [cel.text.strip() for cel in rij.cells]
    raise AssertionError(f"{nummer} not in the evaluation results of {document.name}")


def test_the_results_show_the_text_that_was_evaluated_not_the_new_one(tmp_path: Path,
                                                                     na_incident: Werkmap) -> None:
    """Issue 19.4: A1 gets a new text in the same evaluation; its outcome was about the old one."""
    bestand = yaml.safe_load((ANTWOORDEN / "evaluatie.yaml").read_text(encoding="utf-8"))
    extra: dict[str, Any] = {"a1": "deels", "aanpassen": [{"veld": "A1.wat", "nieuw": NIEUW_A1}]}
    if "wat_verandert" in bestand:
        extra["wat_verandert"] = [*bestand["wat_verandert"], "aanpassen"]
    uit = tmp_path / "uit"
    herziening = evaluatie(Stapcontext(na_incident, lambda: None, antwoorden_met(tmp_path, **extra), print,
                                       uitvoer=uit), KENMERK)
    assert herziening.plan.veiligheidsplan.afspraken[0].wat == NIEUW_A1
    rij = resultaatrij(uit / KENMERK / "v3" / next(p.name for p in (uit / KENMERK / "v3").glob(
        "*eiligheidsplan*.docx")), "A1")
    assert rij[1:3] == [OUD_A1, "deels nagekomen"], rij


def test_an_old_answers_file_with_scores_as_a_list_is_told_what_to_write(tmp_path: Path,
                                                                        na_incident: Werkmap) -> None:
    """Issue 19.1: the score loop became the score card; an old id gets one Dutch line."""
    bestand = antwoorden_met(tmp_path, schaalvragen=[{"naam": "Eva", "score": 7}])
    with pytest.raises(OngeldigeInvoer, match=r"'schaalvragen' bestaat niet meer .* 'score_eva: 7'"):
        evaluatie(Stapcontext(na_incident, lambda: None, bestand, print), KENMERK)
    assert na_incident.versies(KENMERK) == [1, 2]


def test_the_score_card_shows_each_persons_last_score_and_the_words_of_their_age_group(
        na_incident: Werkmap) -> None:
    """Issue 19.1: one card, a field per person present, with their last score and their anchors."""
    from interview.model.schaal import SCHAALANKERS
    from interview.stappen.evaluatie import vragenlijst

    lijst = vragenlijst(na_incident.lees_plan(KENMERK))
    vragen = {v.id: v for v in lijst.vragen if v.groep == "scores_van_vandaag"}
    assert list(vragen) == ["score_lisa", "score_eva", "score_mark", "score_joke", "score_tom_bos",
                            "score_anna_kok", "scores_toelichting"]
    assert "laatste score 4" in vragen["score_lisa"].tekst and "nog geen score" in vragen["score_joke"].tekst
    for naam, groep in (("score_lisa", "kind"), ("score_eva", "volwassene")):
        nul, tien = SCHAALANKERS[groep]  # type: ignore[index]
        assert vragen[naam].hulp == f"0 = {nul}; 10 = {tien}."
    assert vragen["score_eva"].als is not None and vragen["score_eva"].als.waarde == "Eva"  # only if present


def test_an_answers_file_without_the_checklist_ticks_the_changes_it_fills(tmp_path: Path,
                                                                         na_incident: Werkmap) -> None:
    """Issue 19.1: answers files written before the checklist keep working."""
    antwoorden = yaml.safe_load((ANTWOORDEN / "evaluatie.yaml").read_text(encoding="utf-8"))
    antwoorden.pop("wat_verandert")
    bestand = tmp_path / "zonder_afvinklijst.yaml"
    bestand.write_text(yaml.safe_dump(antwoorden, allow_unicode=True), encoding="utf-8")
    plan = evaluatie(Stapcontext(na_incident, lambda: None, bestand, print), KENMERK).plan
    assert [a.id for a in plan.veiligheidsplan.afspraken] == ["A1", "A3", "A4"]
    assert plan.veiligheidsplan.afspraken[1].beeindigd is not None
    assert [b.id for b in plan.veiligheidsplan.bodemeisen] == ["B1", "B2"]
