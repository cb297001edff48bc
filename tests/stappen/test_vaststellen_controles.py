"""Issue 17.7, checks when signing and sending: `vplan vaststellen` says, before it records, that
the version becomes vastgesteld while someone named in an afspraak said niet akkoord, and that
someone signs a version they will never receive; `vplan verstuurd` lists that signer. Every test
here fails on main (no such check)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from interview.model import Plan
from interview.model.vaststelling import Handtekening
from interview.stappen.frame import Stapcontext
from interview.stappen.vaststellen import vaststellen
from interview.store import Werkmap
from tests.helpers import gelukt, vplan

KENMERK = "VP-2026-0042"
VLAG = "Let op: Planversie 1 is vastgesteld terwijl Noor (afspraken A4 en A7) niet akkoord is."
ZONDER_LIJST = ("Let op: Kees tekent planversie 1, maar staat niet op de verspreidingslijst en krijgt het "
                f"plan dus niet. Leg een verzending vast met: vplan verstuurd {KENMERK} --aan NAAM")


def met_plan(map_: Path, plan: Plan) -> Werkmap:
    werkmap = Werkmap(map_)
    werkmap.maak_dossier(plan.dossier)
    werkmap.bewaar_plan(plan)
    return werkmap


def zonder_kees(plan: Plan) -> Plan:
    lijst = [regel for regel in plan.verspreidingslijst if regel.naam != "Kees"]
    return plan.model_copy(update={"verspreidingslijst": lijst})


def antwoorden(tmp_path: Path, plan: Plan, oordelen: dict[str, str]) -> Path:
    pad = tmp_path / "vaststellen.yaml"
    pad.write_text(yaml.safe_dump({"ondertekening": {
        naam: {"oordeel": oordeel, "datum": plan.datum.isoformat(),
               **({"reden": "Ik wil op zaterdag niet naar papa."} if oordeel == "niet akkoord" else {})}
        for naam, oordeel in oordelen.items()}}, allow_unicode=True), encoding="utf-8")
    return pad


@pytest.mark.parametrize(("oordelen", "lijst_zonder_kees", "verwacht"), [
    pytest.param({"Ilse de Wit": "akkoord", "Noor": "niet akkoord"}, False, [VLAG], id="niet-akkoord"),
    pytest.param({"Ilse de Wit": "akkoord", "Noor": "akkoord", "Kees": "akkoord"}, True, [ZONDER_LIJST],
                 id="signer-not-on-the-list"),
    pytest.param({"Ilse de Wit": "akkoord", "Noor": "niet akkoord", "Kees": "gezien"}, True,
                 [VLAG, ZONDER_LIJST], id="both"),
    pytest.param({"Ilse de Wit": "akkoord", "Noor": "akkoord", "Kees": "akkoord"}, False, [], id="neither"),
])
def test_vaststellen_says_before_it_records(
    tmp_path: Path, voorbeeld_plan: Plan, oordelen: dict[str, str], lijst_zonder_kees: bool,
    verwacht: list[str],
) -> None:
    plan = zonder_kees(voorbeeld_plan) if lijst_zonder_kees else voorbeeld_plan
    werkmap = met_plan(tmp_path / "werkmap", plan)
    gezegd: list[tuple[str, list[Handtekening]]] = []

    def meld(tekst: str) -> None:
        gezegd.append((tekst, werkmap.handtekeningen(KENMERK)))

    vaststellen(Stapcontext(werkmap, lambda: None, antwoorden(tmp_path, plan, oordelen), meld), KENMERK)

    assert [tekst for tekst, _ in gezegd if tekst.startswith("Let op")] == verwacht
    assert all(eerder == [] for tekst, eerder in gezegd if tekst.startswith("Let op"))  # before it records
    assert [h.naam for h in werkmap.handtekeningen(KENMERK)] == list(oordelen)


def test_the_real_commands_flag_and_list_the_signer_who_never_receives_it(
    tmp_path: Path, voorbeeld_plan: Plan
) -> None:
    plan = zonder_kees(voorbeeld_plan)
    werkmap = met_plan(tmp_path / "werkmap", plan)
    bestand = antwoorden(tmp_path, plan, {"Ilse de Wit": "akkoord", "Noor": "niet akkoord",
                                          "Kees": "akkoord"})

    uit = gelukt(vplan("vaststellen", KENMERK, "--antwoorden", str(bestand), werkmap=werkmap.pad,
                       cwd=tmp_path))
    assert uit.index(VLAG) < uit.index(ZONDER_LIJST) < uit.index("Ilse de Wit: akkoord")
    assert f"Planversie 1 van dossier {KENMERK} is vastgesteld." in uit

    lijst = gelukt(vplan("verstuurd", KENMERK, werkmap=werkmap.pad, cwd=tmp_path))
    assert "  Kees (tekende, maar staat niet op de verspreidingslijst)" in lijst
    gelukt(vplan("verstuurd", KENMERK, "--aan", "Kees", "--datum", plan.datum.isoformat(),
                 werkmap=werkmap.pad, cwd=tmp_path))
    assert "Kees" not in gelukt(vplan("verstuurd", KENMERK, werkmap=werkmap.pad, cwd=tmp_path))
