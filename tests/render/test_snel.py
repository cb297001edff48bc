"""Bulk re-rendering takes a faster road; its documents must be the documents a single render makes."""

from __future__ import annotations

import base64
import io
import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from interview.fouten import SjabloonFout
from interview.model import Plan
from interview.render import documenten, snel
from interview.render.documenten import PLANNEN
from interview.render.sjabloonmap import standaard_sjablonen
from interview.render.zicht import zicht_op
from tests.helpers import kop_en_voet_tekst, tekst_van
from tests.render.test_sjabloonfouten import sjablonen_met
from tests.render.test_vijandige_tekst import met_afspraaktekst
from tests.wordsjablonen import met_noten, met_notenverwijzing, teammap

PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def delen(docx: bytes) -> dict[str, bytes]:
    """Every part of a .docx; XML canonicalised, so only meaning counts, not how it was written."""
    with zipfile.ZipFile(io.BytesIO(docx)) as archief:
        return {
            naam: etree.tostring(etree.fromstring(archief.read(naam)), method="c14n")
            if naam.endswith((".xml", ".rels")) else archief.read(naam)
            for naam in archief.namelist()
        }


def assert_gelijk(plan: Plan, sjablonen: Path) -> None:
    normaal = documenten.maak_documenten(plan, sjablonen)
    snelle = snel.maak_documenten(plan, sjablonen)
    for een, ander in zip(normaal, snelle, strict=True):
        assert (een.bestandsnaam, een.sjabloon_hash) == (ander.bestandsnaam, ander.sjabloon_hash)
        assert delen(een.inhoud) == delen(ander.inhoud), een.soort


def assert_snelle_weg(sjablonen: Path, soort: str = "veiligheidsplan") -> None:
    """The fast path really prepared this template (no silent fallback behind an equal result)."""
    assert snel.voorbereid(sjablonen / f"{soort}.docx") is not None


def met_eigen_sjabloon(tmp_path: Path, maak: Callable[[Document], None]) -> Path:
    map_ = sjablonen_met(tmp_path, "")
    document = Document()
    maak(document)
    document.save(str(map_ / "veiligheidsplan.docx"))
    return map_


def test_the_default_templates_go_the_fast_way_and_give_the_same_documents(voorbeeld_plan: Plan) -> None:
    for soort in documenten.SOORTEN:
        assert_snelle_weg(standaard_sjablonen(), soort)
    assert_gelijk(voorbeeld_plan, standaard_sjablonen())


def test_each_document_is_filled_by_the_fast_path_itself(voorbeeld_plan: Plan) -> None:
    zicht = zicht_op(voorbeeld_plan)
    lezers = documenten.lezerszichten(voorbeeld_plan)
    te_maken = [*((soort, zicht, None) for soort in PLANNEN),
                *((wie.soort, eigen, wie) for wie, eigen in lezers),
                *((brief.soort, eigen, brief) for brief, eigen in documenten.briefzichten(voorbeeld_plan))]
    assert {soort for soort, _, _ in te_maken} == set(documenten.SOORTEN)
    for soort, eigen_zicht, lezer in te_maken:
        sjabloon = standaard_sjablonen() / f"{soort}.docx"
        klaar = snel.voorbereid(sjabloon)
        assert klaar is not None
        direct = snel.vul(klaar, soort, voorbeeld_plan, eigen_zicht, lezer=lezer)
        normaal = documenten.render_document(soort, voorbeeld_plan, eigen_zicht, sjabloon, lezer=lezer)
        assert (direct.bestandsnaam, direct.lezer) == (normaal.bestandsnaam, normaal.lezer)
        assert delen(direct.inhoud) == delen(normaal.inhoud), direct.bestandsnaam


def _tabel(document: Document) -> None:
    document.add_paragraph("{{ dossier.kenmerk }} – {{ plan.datum }}")
    tabel = document.add_table(rows=3, cols=2)
    tabel.cell(0, 0).text = "{%tr for afspraak in veiligheidsplan.afspraken %}"
    tabel.cell(1, 0).text = "{{ afspraak.id|anker }}"
    tabel.cell(1, 1).text = "{{ afspraak.wat }}"
    tabel.cell(2, 0).text = "{%tr endfor %}"
    for alinea in ("{%p if veiligheidsplan.afspraken %}", "Er zijn afspraken.", "{%p endif %}"):
        document.add_paragraph(alinea)


def _kop_en_voet(document: Document) -> None:
    document.sections[0].header.add_paragraph("Kop {{ dossier.kenmerk }}")
    document.sections[0].footer.add_paragraph("Voet {{ plan.versie }} {{ dossier.kenmerk|upper }}")
    document.add_paragraph("{{ veiligheidsplan.afspraken[0].id|verwijzing }}")


@pytest.mark.parametrize("maak", [_tabel, _kop_en_voet], ids=["tabel met tr en p", "kop en voet"])
def test_a_team_leads_own_template_gives_the_same_documents_both_ways(
    voorbeeld_plan: Plan, tmp_path: Path, maak: Callable[[Document], None]
) -> None:
    sjablonen = met_eigen_sjabloon(tmp_path, maak)
    assert_snelle_weg(sjablonen)
    assert_gelijk(voorbeeld_plan, sjablonen)


def test_a_picture_in_the_body_goes_the_fast_way_with_its_ids_numbered_as_docxtpl_does(
    voorbeeld_plan: Plan, tmp_path: Path
) -> None:
    # Fails on main: a picture sent the template the normal way (16x the CPU).
    def met_plaatjes(document: Document) -> None:
        document.add_picture(io.BytesIO(PIXEL))
        document.add_paragraph("{% for afspraak in veiligheidsplan.afspraken %}")
        document.add_paragraph().add_run().add_picture(io.BytesIO(PIXEL))
        document.add_paragraph("{% endfor %}Plan van {{ dossier.gezinsnaam }}")

    sjablonen = met_eigen_sjabloon(tmp_path, met_plaatjes)
    assert_snelle_weg(sjablonen)
    assert_gelijk(voorbeeld_plan, sjablonen)
    vp = tmp_path / "vp.docx"
    vp.write_bytes(snel.maak_documenten(voorbeeld_plan, sjablonen)[0].inhoud)
    assert f"Plan van {voorbeeld_plan.dossier.gezinsnaam}" in tekst_van(vp)
    with zipfile.ZipFile(vp) as archief:
        ids = re.findall(rb"<wp:docPr id=\"(\d+)\"", archief.read("word/document.xml"))
    assert len(ids) == 1 + len(voorbeeld_plan.veiligheidsplan.afspraken)
    assert len(set(ids)) == len(ids)


def test_a_team_folder_with_a_logo_and_words_notes_parts_goes_the_fast_way(
    voorbeeld_plan: Plan, tmp_path: Path
) -> None:
    # Fails on main: every template of such a folder fell off the fast path without a word.
    map_ = teammap(standaard_sjablonen(), tmp_path / "team")
    for soort in documenten.SOORTEN:
        assert_snelle_weg(map_, soort)
        assert snel.reden(map_ / f"{soort}.docx") is None
    assert_gelijk(voorbeeld_plan, map_)
    vp = tmp_path / "vp.docx"
    vp.write_bytes(snel.maak_documenten(voorbeeld_plan, map_)[0].inhoud)
    with zipfile.ZipFile(vp) as archief:
        assert any(naam.startswith("word/media/") for naam in archief.namelist())
        assert b"w:separator" in archief.read("word/footnotes.xml")
        assert b"w:separator" in archief.read("word/endnotes.xml")


def test_codes_in_a_footnote_and_an_endnote_are_filled_both_ways(
    voorbeeld_plan: Plan, tmp_path: Path
) -> None:
    # Fails on main: a footnote sent the template the normal way, and no way filled an endnote.
    map_ = met_eigen_sjabloon(tmp_path, lambda d: d.add_paragraph("Noten bij {{ dossier.kenmerk }}."))
    sjabloon = map_ / "veiligheidsplan.docx"
    noot = '<w:{0} w:id="1"><w:p><w:r><w:t>{1}</w:t></w:r></w:p></w:{0}>'
    sjabloon.write_bytes(met_notenverwijzing(met_noten(
        sjabloon.read_bytes(), voetnoten=noot.format("footnote", "Voetnoot {{ dossier.kenmerk }}"),
        eindnoten=noot.format("endnote", "Eindnoot {{ plan.versie }}"),
    )))
    assert_snelle_weg(map_)
    assert_gelijk(voorbeeld_plan, map_)
    with zipfile.ZipFile(io.BytesIO(snel.maak_documenten(voorbeeld_plan, map_)[0].inhoud)) as archief:
        assert f"Voetnoot {voorbeeld_plan.dossier.kenmerk}".encode() in archief.read("word/footnotes.xml")
        assert f"Eindnoot {voorbeeld_plan.versie}".encode() in archief.read("word/endnotes.xml")


def test_what_the_fast_path_cannot_take_is_said_in_dutch_with_its_cost(tmp_path: Path) -> None:
    # Fails on main: there was no reason to give.
    map_ = sjablonen_met(tmp_path, "Zie {{ 'A5'|verwijzing }}.")
    assert snel.reden(map_ / "veiligheidsplan.docx") == (
        f"dit sjabloon wordt ongeveer {snel.TRAGER}× langzamer gevuld omdat een verwijzing of filter dat "
        "per document verschilt op een vaste waarde staat (zoals {{ 'A5'|verwijzing }})")
    assert snel.reden(standaard_sjablonen() / "veiligheidsplan.docx") is None


def test_join_goes_the_fast_way(voorbeeld_plan: Plan, tmp_path: Path) -> None:
    # Fails on main: a filter that takes Jinja's eval context was taken for a folded one (16× slower).
    map_ = sjablonen_met(tmp_path, "{{ veiligheidsplan.afspraken|map(attribute='wat')|join(', ') }}")
    assert_snelle_weg(map_)
    assert_gelijk(voorbeeld_plan, map_)


def test_codes_in_the_document_properties_go_the_fast_way(voorbeeld_plan: Plan, tmp_path: Path) -> None:
    # Fails on main: a code in the title sent the template the normal way.
    def met_code_in_titel(document: Document) -> None:
        document.core_properties.title = "Plan {{ dossier.kenmerk }}"
        document.core_properties.subject = "{{ plan.versie }}"
        document.add_paragraph("{{ dossier.kenmerk }}")

    map_ = met_eigen_sjabloon(tmp_path, met_code_in_titel)
    assert_snelle_weg(map_)
    assert_gelijk(voorbeeld_plan, map_)


def test_a_cross_reference_to_a_fixed_id_takes_the_normal_way(voorbeeld_plan: Plan, tmp_path: Path) -> None:
    # Jinja computes a filter on a constant once, when compiling: that must not be shared by documents.
    sjablonen = sjablonen_met(tmp_path, "Zie {{ 'A5'|verwijzing }} en {{ 'O1'|verwijzing }}.")
    assert snel.voorbereid(sjablonen / "veiligheidsplan.docx") is None
    assert_gelijk(voorbeeld_plan, sjablonen)


@pytest.mark.parametrize("sjabloontekst", ["{{ plan.onbekend_veld }}", "{{ 1/0 }}", "{{ dossier.kenmerk "])
def test_a_broken_template_gives_the_same_dutch_error_both_ways(
    voorbeeld_plan: Plan, tmp_path: Path, sjabloontekst: str
) -> None:
    sjablonen = sjablonen_met(tmp_path, sjabloontekst)
    with pytest.raises(SjabloonFout) as normaal:
        documenten.maak_documenten(voorbeeld_plan, sjablonen)
    with pytest.raises(SjabloonFout) as snelle:
        snel.maak_documenten(voorbeeld_plan, sjablonen)
    assert snelle.value.bericht == normaal.value.bericht


@pytest.mark.parametrize("weg", [documenten.maak_documenten, snel.maak_documenten], ids=["normaal", "snel"])
def test_an_ampersand_typed_in_template_code_prints_as_one_ampersand(
    voorbeeld_plan: Plan, tmp_path: Path, weg: Callable[[Plan, Path], list[documenten.Gerenderd]]
) -> None:
    # Word stores the & as &amp;; under autoescape that came out as "Zorg &amp; veiligheid".
    def met_ampersand(document: Document) -> None:
        document.add_paragraph('{{ "Zorg & veiligheid" }} {% if "a&b" == "a&b" %}klopt{% endif %}')
        document.sections[0].header.add_paragraph("{{ 'Kop & staart' }}")

    sjablonen = met_eigen_sjabloon(tmp_path, met_ampersand)
    vp = tmp_path / "vp.docx"
    vp.write_bytes(weg(voorbeeld_plan, sjablonen)[0].inhoud)
    assert "Zorg & veiligheid klopt" in tekst_van(vp)
    assert "&amp;" not in tekst_van(vp)
    assert "Kop & staart" in kop_en_voet_tekst(vp)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=80))
def test_any_text_in_a_plan_gives_the_same_documents_both_ways(voorbeeld_plan: Plan, tekst: str) -> None:
    assert_gelijk(met_afspraaktekst(voorbeeld_plan, tekst), standaard_sjablonen())


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["regel", "\n", "\t", "&", "<", "{{ x }}", " "]), min_size=1, max_size=12))
def test_line_breaks_and_tabs_in_answers_give_the_same_documents_both_ways(
    voorbeeld_plan: Plan, stukken: list[str]
) -> None:
    assert_gelijk(met_afspraaktekst(voorbeeld_plan, "".join(stukken) + "."), standaard_sjablonen())


def test_a_changed_template_is_prepared_again(voorbeeld_plan: Plan, tmp_path: Path) -> None:
    map_ = tmp_path / "sjablonen"
    shutil.copytree(standaard_sjablonen(), map_)
    eerst = snel.maak_documenten(voorbeeld_plan, map_)
    (tmp_path / "ander").mkdir()
    nieuw = met_eigen_sjabloon(tmp_path / "ander", lambda d: d.add_paragraph("Nieuw {{ plan.versie }}"))
    shutil.copy(nieuw / "veiligheidsplan.docx", map_ / "veiligheidsplan.docx")
    daarna = snel.maak_documenten(voorbeeld_plan, map_)
    assert eerst[0].sjabloon_hash != daarna[0].sjabloon_hash
    vp = tmp_path / "vp.docx"
    vp.write_bytes(daarna[0].inhoud)
    assert "Nieuw" in tekst_van(vp)


def test_the_shipped_templates_put_their_filled_body_in_without_a_parse() -> None:
    # Fails on main: every filled body was parsed to check its tables and serialised again.
    for soort in documenten.SOORTEN:
        klaar = snel.voorbereid(standaard_sjablonen() / f"{soort}.docx")
        assert klaar is not None and klaar.skelet is not None, soort


def test_a_table_a_loop_can_leave_without_rows_is_fixed_as_docxtpl_does(
    voorbeeld_plan: Plan, tmp_path: Path
) -> None:
    # fix_tables removes the grid of a table left without rows: such a template keeps the parse.
    def lege_tabel(document: Document) -> None:
        document.add_paragraph("{{ dossier.kenmerk }}")
        tabel = document.add_table(rows=3, cols=2)
        tabel.cell(0, 0).text = "{%tr for x in [] %}"
        tabel.cell(1, 0).text = "{{ x }}"
        tabel.cell(2, 0).text = "{%tr endfor %}"

    sjablonen = met_eigen_sjabloon(tmp_path, lege_tabel)
    klaar = snel.voorbereid(sjablonen / "veiligheidsplan.docx")
    assert klaar is not None and klaar.skelet is None
    assert_gelijk(voorbeeld_plan, sjablonen)


def test_a_filled_body_that_is_not_well_formed_is_read_as_docxtpl_reads_it(
    voorbeeld_plan: Plan, tmp_path: Path
) -> None:
    # A macro over two runs holds Word XML; cut short it leaves half a tag in the filled body,
    # which docxtpl's parse recovers from: the fast path must not put it in as it is.
    def halve_tag(document: Document) -> None:
        alinea = document.add_paragraph()
        alinea.add_run("{% macro m() %}")
        alinea.add_run("x{% endmacro %}Begin {{ m()|truncate(3, true, '') }} eind {{ dossier.kenmerk }}")

    sjablonen = met_eigen_sjabloon(tmp_path, halve_tag)
    klaar = snel.voorbereid(sjablonen / "veiligheidsplan.docx")
    assert klaar is not None and klaar.skelet is not None
    assert_gelijk(voorbeeld_plan, sjablonen)
    vp = tmp_path / "vp.docx"
    vp.write_bytes(snel.maak_documenten(voorbeeld_plan, sjablonen)[0].inhoud)
    assert "Begin" in tekst_van(vp)  # a Word file that opens, with what docxtpl's recovery keeps
