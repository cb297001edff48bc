"""`vplan opnieuw --processen N` splits the run so that no process is left working on alone at the end."""

from __future__ import annotations

import pytest

from interview.bulk import REEKS_MET_PDF, TAKEN_PER_PROCES, reeksgrootte


@pytest.mark.parametrize("pdf", [False, True])
@pytest.mark.parametrize("dossiers", [1, 7, 10, 100, 1000, 5000])
def test_every_process_gets_several_tasks_when_there_are_dossiers_enough(dossiers: int, pdf: bool) -> None:
    grootte = reeksgrootte(dossiers, 2, pdf)
    taken = -(-dossiers // grootte)
    assert taken >= min(dossiers, TAKEN_PER_PROCES * 2)
    assert 1 <= grootte <= REEKS_MET_PDF


def test_with_pdf_and_one_process_a_libreoffice_start_is_spread_over_a_whole_batch() -> None:
    assert reeksgrootte(10, 1, pdf=True) == REEKS_MET_PDF
    assert reeksgrootte(1000, 2, pdf=True) == REEKS_MET_PDF
