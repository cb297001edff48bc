"""A team lead breaks a template: the worker gets one Dutch sentence, and nothing is written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document

from interview.fouten import SjabloonFout
from interview.model import Plan
from interview.render.sjabloonmap import standaard_sjablonen
from interview.versieset import render_documenten


def sjablonen_met(tmp_path: Path, tekst_in_veiligheidsplan: str) -> Path:
    """A templates folder with the default ondersteuningsplan and a one-line veiligheidsplan."""
    map_ = tmp_path / "sjablonen"
    map_.mkdir()
    shutil.copy(standaard_sjablonen() / "ondersteuningsplan.docx", map_)
    document = Document()
    document.add_paragraph(tekst_in_veiligheidsplan)
    document.save(str(map_ / "veiligheidsplan.docx"))
    return map_


@pytest.mark.parametrize(
    ("sjabloontekst", "verwacht"),
    [
        ("{{ plan.onbekend_veld }}", "onbekend_veld"),
        ("{{ dossier.kenmerk ", "fout"),
        ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "Sjabloon veiligheidsplan.docx"),
        ("{% for x in plan.verspreidingslijst %}niet afgesloten", "endfor"),
        ("{% if plan.versie %}x{% endfor %}", "verwacht werd {%p elif %} of {%p else %} of {%p endif %}"),
        ("{{ plan.datum|bestaatniet }}", "onbekend filter 'bestaatniet'"),
        ("{{ 1/0 }}", "niet uitgevoerd kan worden"),
        ("{{ dossier.gezinsnaam + 5 }}", "niet uitgevoerd kan worden"),
        ("{% for i in range(10**9) %}{% endfor %}", "Sjabloon veiligheidsplan.docx"),
    ],
)
def test_a_broken_template_gives_a_dutch_error_and_writes_nothing(
    voorbeeld_plan: Plan, tmp_path: Path, sjabloontekst: str, verwacht: str
) -> None:
    uit = tmp_path / "uit"
    with pytest.raises(SjabloonFout) as fout:
        render_documenten(voorbeeld_plan, uit, sjablonen_met(tmp_path, sjabloontekst))
    assert verwacht in fout.value.bericht
    assert "veiligheidsplan.docx" in fout.value.bericht
    assert not uit.exists()


def test_a_missing_template_is_named(voorbeeld_plan: Plan, tmp_path: Path) -> None:
    with pytest.raises(SjabloonFout, match="Sjabloon niet gevonden"):
        render_documenten(voorbeeld_plan, tmp_path / "uit", tmp_path / "leeg")


def test_a_folder_where_a_template_should_be_is_named_in_dutch(voorbeeld_plan: Plan, tmp_path: Path) -> None:
    map_ = sjablonen_met(tmp_path, "x")
    (map_ / "veiligheidsplan.docx").unlink()
    (map_ / "veiligheidsplan.docx").mkdir()
    with pytest.raises(SjabloonFout) as fout:
        render_documenten(voorbeeld_plan, tmp_path / "uit", map_)
    assert fout.value.bericht == (f"Sjabloon {map_ / 'veiligheidsplan.docx'} kan niet gelezen worden: "
                                  "dit is een map, geen bestand")


def test_a_file_that_is_not_a_word_document_is_refused(voorbeeld_plan: Plan, tmp_path: Path) -> None:
    map_ = sjablonen_met(tmp_path, "x")
    (map_ / "veiligheidsplan.docx").write_text("dit is geen docx")
    with pytest.raises(SjabloonFout, match="geen geldig Word-bestand"):
        render_documenten(voorbeeld_plan, tmp_path / "uit", map_)
