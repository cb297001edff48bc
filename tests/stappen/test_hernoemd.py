"""Answers files written for an older netwerkberaad name the question that replaced a renamed one."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from interview.fouten import OngeldigeInvoer
from interview.stappen.frame import Stapcontext
from interview.stappen.netwerkberaad import netwerkberaad
from interview.store import Werkmap
from tests.helpers import ANTWOORDEN, KENMERK


@pytest.mark.parametrize("oud, nieuw", [("ondertekening", "'ondertekenaars'"),
                                        ("verspreidingslijst", "'ontvangers'")])
def test_an_old_question_id_names_what_replaced_it(met_gesprekken: Werkmap, tmp_path: Path,
                                                   oud: str, nieuw: str) -> None:
    beraad = yaml.safe_load((ANTWOORDEN / "netwerkberaad.yaml").read_text(encoding="utf-8"))
    beraad[oud] = [{"naam": "Eva", "rol": "moeder"}]
    (tmp_path / "oud.yaml").write_text(yaml.safe_dump(beraad, allow_unicode=True), encoding="utf-8")

    with pytest.raises(OngeldigeInvoer) as fout:
        netwerkberaad(Stapcontext(met_gesprekken, lambda: None, tmp_path / "oud.yaml", print),
                      KENMERK, lambda o: None)

    assert f"vraag '{oud}' bestaat niet meer" in str(fout.value.bericht)
    assert nieuw in str(fout.value.bericht)
