"""A worker renders the example plan: both documents hold everything, and links go somewhere."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from pydantic import BaseModel

from interview.fouten import DossierBezet
from interview.model import Plan
from interview.versieset import render_documenten
from tests.helpers import (
    bladwijzers,
    externe_links,
    interne_links,
    kop_en_voet_tekst,
    normaliseer,
    slot_van_ander_proces,
    tekst_van,
)

NOG_NIET_IN_DE_SJABLONEN = frozenset({
    "toestemming", "nul_betekent", "tien_betekent", "hulpvraag_jongeren", "familiegroepsplan",
    "toestemming_behandeling", "bereikt_als", "voor", "leeftijdsgroep",
})
"""Issue 9's consent and practice fields: the model has them, the default templates show them once
part 1 of the issue (the templates) lands; that work removes them from this set."""
EIGEN_DOCUMENT_VAN_HET_KIND = frozenset({"voor_de_kinderen", "kinderplannen"})
"""Issue 17 point 4: what is worded for one child is printed in that child's own kinderversie."""


def teksten_in(waarde: Any) -> list[str]:
    """Every non-empty string inside a model, recursively: what a reader must find."""
    if isinstance(waarde, str):
        return [waarde] if waarde.strip() else []
    if isinstance(waarde, BaseModel):
        return [t for veld in type(waarde).model_fields
                if veld not in NOG_NIET_IN_DE_SJABLONEN | EIGEN_DOCUMENT_VAN_HET_KIND
                for t in teksten_in(getattr(waarde, veld))]
    if isinstance(waarde, list):
        return [t for item in waarde for t in teksten_in(item)]
    return []


@pytest.fixture
def documenten(voorbeeld_plan: Plan, tmp_path: Path) -> dict[str, Path]:
    vp, op, *_ = render_documenten(voorbeeld_plan, tmp_path / "uit")
    return {"veiligheidsplan": vp, "ondersteuningsplan": op}


def test_both_documents_are_written_with_kenmerk_and_version_in_their_names(
    documenten: dict[str, Path],
) -> None:
    assert documenten["veiligheidsplan"].name == "veiligheidsplan-VP-2026-0042-v1.docx"
    assert documenten["ondersteuningsplan"].name == "ondersteuningsplan-VP-2026-0042-v1.docx"
    for pad in documenten.values():
        assert pad.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("soort", ["veiligheidsplan", "ondersteuningsplan"])
def test_every_text_of_the_plan_section_appears_in_its_document(
    voorbeeld_plan: Plan, documenten: dict[str, Path], soort: str
) -> None:
    tekst = tekst_van(documenten[soort]).casefold()  # a huis opens its line: 'Huis van de zorgen: …'
    ontbreekt = [t for t in teksten_in(getattr(voorbeeld_plan, soort))
                 if normaliseer(t).casefold() not in tekst]
    assert ontbreekt == []


def test_the_veiligheidsplan_shows_the_people_risk_assessment_and_emergency_numbers(
    voorbeeld_plan: Plan, documenten: dict[str, Path]
) -> None:
    tekst = tekst_van(documenten["veiligheidsplan"])
    dossier = voorbeeld_plan.dossier
    for naam in dossier.personen:
        assert naam in tekst
    assert dossier.risicotaxatie is not None
    assert dossier.risicotaxatie.geraadpleegde_collega in tekst
    assert "112" in tekst and "0800-2000" in tekst
    assert "VERTROUWELIJK" in tekst + kop_en_voet_tekst(documenten["veiligheidsplan"])
    for score in voorbeeld_plan.veiligheidsplan.schaalvragen:
        assert score.naam in tekst


def test_dates_are_written_in_dutch(voorbeeld_plan: Plan, documenten: dict[str, Path]) -> None:
    assert "20 november 2026" in tekst_van(documenten["veiligheidsplan"])
    assert "2026-11-20" not in tekst_van(documenten["veiligheidsplan"])


@pytest.mark.parametrize("soort", ["veiligheidsplan", "ondersteuningsplan"])
def test_every_internal_link_points_to_a_bookmark_that_exists(
    documenten: dict[str, Path], soort: str
) -> None:
    links = interne_links(documenten[soort])
    assert links, "the document should refer to its numbered items"
    assert set(links) <= bladwijzers(documenten[soort])


def test_every_numbered_item_has_a_bookmark_in_the_document_it_lives_in(
    voorbeeld_plan: Plan, documenten: dict[str, Path]
) -> None:
    vp, op = voorbeeld_plan.veiligheidsplan, voorbeeld_plan.ondersteuningsplan
    in_vp = {x.id for x in [*vp.zorgen, *vp.veiligheidsdoelen, *vp.bodemeisen, *vp.afspraken]}
    in_op = {x.id for x in [*op.doelen, *op.afspraken]}
    assert in_vp <= bladwijzers(documenten["veiligheidsplan"])
    assert in_op <= bladwijzers(documenten["ondersteuningsplan"])


def test_references_to_the_other_document_point_at_its_file(
    voorbeeld_plan: Plan, documenten: dict[str, Path]
) -> None:
    naar_vp = externe_links(documenten["ondersteuningsplan"])
    assert naar_vp, "the ondersteuningsplan refers to items of the veiligheidsplan"
    for doel in naar_vp:
        bestand, _, anker = doel.partition("#")
        assert bestand == documenten["veiligheidsplan"].name
        assert anker in bladwijzers(documenten["veiligheidsplan"])


def test_each_document_names_the_other_with_the_same_kenmerk_version_and_date(
    voorbeeld_plan: Plan, documenten: dict[str, Path]
) -> None:
    paren = [("veiligheidsplan", "ondersteuningsplan"), ("ondersteuningsplan", "veiligheidsplan")]
    for soort, ander in paren:
        tekst = tekst_van(documenten[soort])
        assert ander in tekst.lower()
        assert "VP-2026-0042" in tekst
        assert "20 november 2026" in tekst


@pytest.mark.parametrize("soort", ["veiligheidsplan", "ondersteuningsplan"])
def test_document_properties_record_kenmerk_version_and_template_hash(
    documenten: dict[str, Path], soort: str
) -> None:
    eigenschappen = Document(str(documenten[soort])).core_properties
    assert eigenschappen.identifier == "VP-2026-0042"
    assert eigenschappen.version == "1"
    assert eigenschappen.title.startswith(soort.capitalize())
    assert "sjabloon=sha256:" in eigenschappen.keywords


def test_each_version_is_one_folder_with_its_documents_and_what_made_them(
    voorbeeld_plan: Plan, tmp_path: Path
) -> None:
    uit = tmp_path / "uit"
    render_documenten(voorbeeld_plan, uit)
    tweede = render_documenten(voorbeeld_plan.model_copy(update={"versie": 2}), uit)

    brieven = [f"brief-VP-2026-0042-v1-{nummer}.docx"  # one per recipient on the verspreidingslijst
               for nummer in range(1, len(voorbeeld_plan.verspreidingslijst) + 1)]
    assert sorted(p.name for p in (uit / "v1").iterdir()) == sorted([
        ".vplan-tekst.zip", ".vplan.json", *brieven, "gezinsversie-VP-2026-0042-v1.docx",
        "kinderversie-VP-2026-0042-v1-1.docx", "kinderversie-VP-2026-0042-v1-2.docx",
        "netwerkversie-VP-2026-0042-v1-1.docx", "netwerkversie-VP-2026-0042-v1-2.docx",
        "netwerkversie-VP-2026-0042-v1-3.docx",
        "ondersteuningsplan-VP-2026-0042-v1.docx", "professionalversie-VP-2026-0042-v1-2.docx",
        "veiligheidsplan-VP-2026-0042-v1.docx",
        *(f"{soort}-VP-2026-0042-v1-{nummer}.docx"  # own copies: Noor, Sandra, Ronald (not all is for them)
          for soort in ("veiligheidsplan", "ondersteuningsplan") for nummer in (1, 3, 4)),
    ])
    assert {p.parent for p in tweede} == {uit / "v2"}
    gemaakt = json.loads((uit / "v2" / ".vplan.json").read_text(encoding="utf-8"))
    assert gemaakt["planversie"] == 2
    per_bestand = {d["bestand"]: d for d in gemaakt["documenten"].values()}
    assert sorted(per_bestand) == sorted(pad.name for pad in tweede)
    for pad in tweede:
        assert per_bestand[pad.name]["sjabloon_hash"] in Document(str(pad)).core_properties.keywords


def test_rendering_while_another_vplan_renders_the_same_dossier_is_refused_in_dutch(
    voorbeeld_plan: Plan, tmp_path: Path
) -> None:
    uit = tmp_path / "uit"
    uit.mkdir()
    with slot_van_ander_proces(uit / ".slot"), \
            pytest.raises(DossierBezet, match="De documenten van dossier VP-2026-0042 worden al gemaakt"):
        render_documenten(voorbeeld_plan, uit)
    assert not (uit / "v1").exists()
