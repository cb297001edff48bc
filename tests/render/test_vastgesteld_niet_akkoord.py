"""Issue 17.7 (the document's part): the veiligheidsplan's first page says out loud that a version is
vastgesteld while someone named in an afspraak said 'niet akkoord'."""

from __future__ import annotations

from pathlib import Path

from interview.model import Plan
from interview.model.vaststelling import Handtekening, Vastlegging
from interview.render.proefplannen import volledig_plan
from interview.versieset import render_documenten
from tests.helpers import leestekst

VLAG = "Let op: deze versie is vastgesteld terwijl iemand die in een afspraak staat, niet akkoord is."


def eerste_deel(plan: Plan, map_: Path, vastlegging: Vastlegging | None = None) -> str:
    """The veiligheidsplan's text up to its first chapter (the first page's title block and what follows)."""
    paden = render_documenten(plan, map_, vastlegging=vastlegging)
    tekst = leestekst(next(pad for pad in paden if pad.name.startswith("veiligheidsplan-")))
    return tekst[:tekst.index("Betrokkenen")]


def ondertekend(plan: Plan, naam: str, oordeel: str) -> Plan:
    gegevens = plan.model_dump()
    gegevens["status"] = "vastgesteld"
    gegevens["ondertekening"] = [{"naam": naam, "rol": "vader", "oordeel": oordeel,
                                  "opmerking": "Ik wil Daan ook doordeweeks zien."}]
    return Plan.model_validate(gegevens)


def test_a_vastgesteld_plan_whose_signer_in_an_afspraak_said_niet_akkoord_is_flagged(tmp_path: Path) -> None:
    plan = ondertekend(volledig_plan(), "Ronald", "niet akkoord")
    afspraken = [a.id for a in plan.veiligheidsplan.afspraken
                 if "Ronald" in a.wie or a.controle_door == "Ronald"]
    tekst = eerste_deel(plan, tmp_path)
    assert VLAG in tekst
    assert f"Ronald Bakker is niet akkoord (genoemd in afspraak {afspraken[0]}" in tekst
    assert "Ik wil Daan ook doordeweeks zien." in tekst


def test_the_flag_follows_the_recorded_signatures_too(tmp_path: Path) -> None:
    plan = volledig_plan()
    vastlegging = Vastlegging(handtekeningen=(
        Handtekening(versie=plan.versie, naam=plan.dossier.regiehouder, oordeel="akkoord", datum=plan.datum),
        Handtekening(versie=plan.versie, naam="Noor", oordeel="akkoord", datum=plan.datum),
        Handtekening(versie=plan.versie, naam="Sandra", oordeel="niet akkoord", reden="Te streng.",
                     datum=plan.datum),
    ))
    assert VLAG in eerste_deel(plan, tmp_path / "a", vastlegging)


def test_no_flag_for_agreement_or_for_a_concept(tmp_path: Path) -> None:
    assert VLAG not in eerste_deel(ondertekend(volledig_plan(), "Ronald", "akkoord"), tmp_path / "a")
    concept = ondertekend(volledig_plan(), "Ronald", "niet akkoord").model_copy(update={"status": "concept"})
    assert VLAG not in eerste_deel(concept, tmp_path / "b")
