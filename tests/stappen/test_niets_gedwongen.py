"""Issue 8, items 3 and 11: nothing is forced that nobody said, and a late session says where it counts."""

from __future__ import annotations

from pathlib import Path

import yaml

from interview.stappen.frame import Stapcontext
from interview.stappen.gesprek import individueel_gesprek
from interview.stappen.netwerkberaad import netwerkberaad
from interview.stappen.nieuw import nieuw_dossier
from interview.store import Werkmap
from tests.helpers import (
    ANTWOORDEN,
    KENMERK,
    beraad_antwoorden,
    gelukt,
    gesprekken_gehouden,
    vplan,
)


def schrijf(pad: Path, gegevens: dict[str, object]) -> Path:
    pad.write_text(yaml.safe_dump(gegevens, allow_unicode=True), encoding="utf-8")
    return pad


def test_a_professional_without_a_goed_punt_or_a_reason_for_the_score_finishes(tmp_path: Path) -> None:
    werkmap = Werkmap(tmp_path / "werkmap")
    nieuw_dossier(Stapcontext(werkmap, lambda: None, ANTWOORDEN / "dossier.yaml", print))
    tom = yaml.safe_load((ANTWOORDEN / "tom.yaml").read_text(encoding="utf-8"))
    tom["goed"] = []
    tom.pop("schaal_toelichting", None)

    resultaat = individueel_gesprek(Stapcontext(werkmap, lambda: None,
                                                schrijf(tmp_path / "tom.yaml", tom), print),
                                    KENMERK, "Tom Bos")

    assert resultaat.afgerond
    assert "schaal_toelichting" not in resultaat.antwoorden


def test_the_netwerkberaad_may_give_no_new_scores(tmp_path: Path) -> None:
    werkmap = gesprekken_gehouden(tmp_path)
    beraad = beraad_antwoorden()
    beraad["schaalvragen"] = []

    plan = netwerkberaad(Stapcontext(werkmap, lambda: None, schrijf(tmp_path / "beraad.yaml", beraad), print),
                         KENMERK, lambda overzicht: None).plan

    assert plan.veiligheidsplan.schaalvragen  # the scores chosen from the sessions
    assert all(s.moment.startswith("individueel gesprek") for s in plan.veiligheidsplan.schaalvragen)


def test_a_session_after_the_plan_says_it_counts_for_the_next_evaluation(tmp_path: Path) -> None:
    voorbeeld = Path(__file__).resolve().parents[2] / "interview" / "example" / "voorbeeld.yaml"
    werkmap = tmp_path / "werkmap"
    gelukt(vplan("importeer", str(voorbeeld), werkmap=werkmap, cwd=tmp_path))

    uit = gelukt(vplan("gesprek", "VP-2026-0042", "--met", "Sandra", "--antwoorden",
                       str(ANTWOORDEN / "eva.yaml"), werkmap=werkmap, cwd=tmp_path))

    assert "Dossier VP-2026-0042 heeft al planversie 1. Dit gesprek telt mee bij de volgende evaluatie" in uit
