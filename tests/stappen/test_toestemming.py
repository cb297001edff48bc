"""Issue 9 in the flow: afwegingen recorded by `vplan nieuw`; warnings before the plan is stored;
consent from the sessions carried into the plan."""

from __future__ import annotations

from pathlib import Path

import yaml

from interview.model.lezersdeel import Lezer, voor_lezer
from interview.stappen.frame import Stapcontext
from interview.stappen.gesprek import individueel_gesprek
from interview.stappen.netwerkberaad import netwerkberaad
from interview.stappen.nieuw import nieuw_dossier
from interview.store import Werkmap
from tests.helpers import ANTWOORDEN, GESPREKKEN, KENMERK


def _dossier_met(tmp_path: Path, **antwoorden: object) -> Path:
    gegevens = yaml.safe_load((ANTWOORDEN / "dossier.yaml").read_text(encoding="utf-8"))
    pad = tmp_path / "dossier.yaml"
    pad.write_text(yaml.safe_dump({**gegevens, **antwoorden}, allow_unicode=True), encoding="utf-8")
    return pad


def _met_gesprekken(tmp_path: Path, dossier: Path) -> Werkmap:
    werkmap = Werkmap(tmp_path / "werkmap")
    nieuw_dossier(Stapcontext(werkmap, lambda: None, dossier, print))
    for naam, bestand in GESPREKKEN:
        individueel_gesprek(Stapcontext(werkmap, lambda: None, ANTWOORDEN / f"{bestand}.yaml", print),
                            KENMERK, naam)
    return werkmap


def test_the_five_afwegingen_and_the_reason_without_veilig_thuis_are_recorded(tmp_path: Path) -> None:
    werkmap = Werkmap(tmp_path / "werkmap")
    antwoorden = _dossier_met(
        tmp_path, mc_afgewogen=True, mc_vermoeden=True, mc_onveilig=False, mc_hulp_mogelijk=True,
        mc_hulp_aanvaard=True, mc_resultaat=False, mc_reden_geen_vt="Geen onveiligheid volgens de afweging.")

    dossier = nieuw_dossier(Stapcontext(werkmap, lambda: None, antwoorden, print))

    assert dossier.meldcode is not None and dossier.meldcode.afwegingen is not None
    afwegingen = dossier.meldcode.afwegingen
    assert (afwegingen.vermoeden, afwegingen.acute_of_structurele_onveiligheid, afwegingen.resultaat) == (
        True, False, False)
    assert dossier.meldcode.reden_geen_veilig_thuis == "Geen onveiligheid volgens de afweging."


def test_acute_unsafety_without_veilig_thuis_is_said_before_the_plan_is_stored(tmp_path: Path) -> None:
    werkmap = _met_gesprekken(tmp_path, _dossier_met(tmp_path, rt_acuut=True))
    meldingen: list[tuple[str, bool]] = []

    def meld(tekst: str) -> None:
        meldingen.append((tekst, bool(werkmap.versies(KENMERK))))

    netwerkberaad(Stapcontext(werkmap, lambda: None, ANTWOORDEN / "netwerkberaad.yaml", meld),
                  KENMERK, lambda o: None)

    gewaarschuwd = [bewaard for tekst, bewaard in meldingen if "Veilig Thuis is niet betrokken" in tekst]
    assert gewaarschuwd == [False]  # once, and before the plan was stored


def test_a_childs_consent_from_her_session_travels_into_the_plan(tmp_path: Path) -> None:
    werkmap = _met_gesprekken(tmp_path, ANTWOORDEN / "dossier.yaml")

    plan = netwerkberaad(Stapcontext(werkmap, lambda: None, ANTWOORDEN / "netwerkberaad.yaml", print),
                         KENMERK, lambda o: None).plan

    lisa = [s for s in plan.veiligheidsplan.schaalvragen if s.naam == "Lisa"]
    assert lisa and lisa[0].toestemming.kind_akkoord is True and lisa[0].toestemming.ouders_akkoord is True
    assert lisa[0].leeftijdsgroep == "kind"
    assert plan.ondersteuningsplan.familiegroepsplan is not None
    assert plan.ondersteuningsplan.familiegroepsplan.antwoord == "denkt erover na"
    assert plan.ondersteuningsplan.doelen[0].bereikt_als.startswith("Lisa gaat graag naar school")
    assert [d.met for d in plan.toestemming_en_privacy.delen] == ["Joke"]


def test_a_score_a_child_gives_at_the_table_reaches_the_plan_with_her_own_anchors(tmp_path: Path) -> None:
    """Tester report item 8: a score said in the netwerkberaad, in front of everyone, is not dropped
    for lack of consent, and is asked and shown with the words of the child's age group (item 9)."""
    werkmap = _met_gesprekken(tmp_path, ANTWOORDEN / "dossier.yaml")
    beraad = yaml.safe_load((ANTWOORDEN / "netwerkberaad.yaml").read_text(encoding="utf-8"))
    beraad["schaalvragen"] = [*beraad["schaalvragen"], {"naam": "Lisa", "score": 3}]
    antwoorden = tmp_path / "netwerkberaad.yaml"
    antwoorden.write_text(yaml.safe_dump(beraad, allow_unicode=True), encoding="utf-8")
    meldingen: list[str] = []

    plan = netwerkberaad(Stapcontext(werkmap, lambda: None, antwoorden, meldingen.append),
                         KENMERK, lambda o: None).plan

    aan_tafel = [s for s in plan.veiligheidsplan.schaalvragen if s.moment == "netwerkberaad"]
    assert [(s.naam, s.score, s.leeftijdsgroep) for s in aan_tafel] == [
        ("Anna Kok", 5, "volwassene"), ("Eva", 6, "volwassene"), ("Lisa", 3, "kind")]
    assert not [m for m in meldingen if "zonder vastgelegde toestemming" in m]
    gezin = voor_lezer(plan, Lezer(soort="gezin", naam="Eva"))
    assert ("Lisa", 3) in [(s.naam, s.score) for s in gezin.veiligheidsplan.schaalvragen]
