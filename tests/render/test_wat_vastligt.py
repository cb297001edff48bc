"""Issue 17.5: what is recorded is printed, in the document that may show it.

The example plan (its ondersteuningsdoelen, familiegroepsplan, behandeltoestemming, gegevensdeling,
the meldcode's five afwegingen) and the Meijer family run through an evaluation (scores across
versions, a 9-year-old's score under the child's own anchors).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from interview.model.schaal import SCHAALANKERS
from interview.render.proefplannen import volledig_plan
from interview.versieset import render_documenten
from tests.helpers import leestekst as tekst_van
from tests.helpers import meijer_na_evaluatie


@pytest.fixture(scope="module")
def voorbeeld(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The example's documents by kind (readers' kinds once), as text."""
    paden = render_documenten(volledig_plan(), tmp_path_factory.mktemp("voorbeeld"))
    return {pad.name.split("-VP-")[0]: tekst_van(pad) for pad in paden}


@pytest.fixture(scope="module")
def meijer_v3(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return meijer_na_evaluatie(tmp_path_factory.mktemp("meijer"))[1]


def test_the_ondersteuningsplan_prints_each_doel_with_termijn_and_when_it_is_reached(
        voorbeeld: dict[str, str]) -> None:
    tekst = voorbeeld["ondersteuningsplan"]
    assert "Termijn: uiterlijk 1 juni 2027" in tekst
    assert "Bereikt als: Noor slaapt de meeste nachten door en spreekt weer af met vriendinnen." in tekst
    assert "Termijn: niet afgesproken" in tekst  # O2 has none: said, not left blank


def test_the_ondersteuningsplan_prints_the_familiegroepsplan_and_the_treatment_consent(
        voorbeeld: dict[str, str]) -> None:
    tekst = voorbeeld["ondersteuningsplan"]
    assert "Familiegroepsplan Aangeboden: ja, op 6 november 2026" in tekst
    assert "Antwoord van het gezin: wil geen familiegroepsplan" in tekst
    assert "Toestemming voor behandeling" in tekst
    assert "Noor Traumabehandeling (EMDR) bij Anouk Visser Sandra en Ronald ja 20 november 2026" in tekst


def test_the_ondersteuningsplan_prints_what_is_shared_with_whom_until_when(voorbeeld: dict[str, str]) -> None:
    tekst = voorbeeld["ondersteuningsplan"]
    assert ("Afspraken A3 en A6 over Daan op school Basisschool De Linde (Jeroen Smit) 15 juli 2027 "
            "Sandra en Ronald 20 november 2026") in tekst
    assert "het dossier twintig jaar wordt bewaard" in tekst


def test_the_veiligheidsplan_prints_the_five_afwegingen_and_no_readers_version_does(
        voorbeeld: dict[str, str]) -> None:
    tekst = voorbeeld["veiligheidsplan"]
    assert "Afwegingskader (stap 4)" in tekst
    for vraag in ("1. Is er een vermoeden", "2. Is er acute of structurele onveiligheid?",
                  "3. Kan ik (met anderen) passende hulp bieden", "4. Aanvaarden de betrokkenen de hulp",
                  "5. Leidt de hulp binnen de afgesproken termijn"):
        assert f"{vraag}" in tekst
    assert "Hoe afgewogen: Gewogen met Pieter Mulder" in tekst
    for soort in ("netwerkversie", "kinderversie", "gezinsversie", "brief"):
        assert "afweging" not in voorbeeld[soort].lower(), soort


def test_a_childs_score_is_printed_under_the_childs_anchors_and_kept_across_versions(meijer_v3: Path) -> None:
    tekst = tekst_van(meijer_v3 / "veiligheidsplan-VP-2026-0101-v3.docx")
    nul, tien = SCHAALANKERS["kind"]
    volwassen_nul, _ = SCHAALANKERS["volwassene"]
    # Version 3's own round holds no score of Lisa (9); her 4 of version 1 is in the history,
    # under the child's meaning of 0 and 10, not the adult's.
    verloop = tekst[tekst.index("Verloop van de scores per persoon"):]
    lisa = verloop[verloop.index("Lisa"):verloop.index("Mark")]
    assert f"0 = {nul}, 10 = {tien}" in lisa and volwassen_nul not in lisa
    assert "4 op" in lisa and "(versie 1, individueel gesprek)" in lisa


def test_the_history_of_scores_per_person_runs_across_versions_with_dates(meijer_v3: Path) -> None:
    tekst = tekst_van(meijer_v3 / "veiligheidsplan-VP-2026-0101-v3.docx")
    verloop = tekst[tekst.index("Verloop van de scores per persoon"):tekst.index("Gesprekken")]
    eva = verloop[verloop.index("Eva"):verloop.index("Lisa")]
    # Eva's scores of the netwerkberaad (v1) and the evaluation (v3); the incident's v2 carried
    # v1's scores unchanged, so they count once.
    assert eva.count("→") == 2 and "(versie 1" in eva and "(versie 3, evaluatie)" in eva
    assert "(versie 2" not in verloop
    # Each score in this version's own table carries its anchors.
    tabel = tekst[tekst.index("Betekenis van 0 en 10"):tekst.index("Verloop")]
    assert tabel.count("; 10 = ") == 2
