"""Issue 8 in `vplan nieuw`: what the worker already typed is offered again, nothing listed twice."""

from __future__ import annotations

from pathlib import Path

import yaml

from interview.stappen.frame import Stapcontext
from interview.stappen.nieuw import nieuw_dossier
from interview.store import Werkmap
from tests.helpers import ANTWOORDEN


def dossier_met(tmp_path: Path, **wijzigingen: object) -> Werkmap:
    gegevens = yaml.safe_load((ANTWOORDEN / "dossier.yaml").read_text(encoding="utf-8"))
    for sleutel, waarde in wijzigingen.items():
        if waarde is None:
            gegevens.pop(sleutel)
        else:
            gegevens[sleutel] = waarde
    (tmp_path / "dossier.yaml").write_text(yaml.safe_dump(gegevens, allow_unicode=True), encoding="utf-8")
    return Werkmap(tmp_path / "werkmap")


def test_the_worker_entered_again_as_a_professional_is_listed_once(tmp_path: Path) -> None:
    werkmap = dossier_met(tmp_path, professionals=[
        {"naam": "Tom Bos", "organisatie": "De Regenboog", "functie": "leerkracht"},
        {"naam": "anna kok", "organisatie": "Wijkteam Oost", "functie": "jeugd- en gezinswerker"}])

    dossier = nieuw_dossier(Stapcontext(werkmap, lambda: None, tmp_path / "dossier.yaml", print))

    assert [p.naam for p in dossier.professionals] == ["Tom Bos"]
    assert dossier.werker.naam == "Anna Kok"


def test_regie_team_and_taxatie_default_to_the_worker(tmp_path: Path) -> None:
    werkmap = dossier_met(tmp_path, regiehouder=None, team=None, rt_door=None)

    dossier = nieuw_dossier(Stapcontext(werkmap, lambda: None, tmp_path / "dossier.yaml", print))

    assert dossier.regiehouder == "Anna Kok"
    assert dossier.team == "Wijkteam Oost"
    assert dossier.risicotaxatie is not None and dossier.risicotaxatie.door == "Anna Kok"
