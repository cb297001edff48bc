"""A team lead makes a template by editing another family's filled-in plan: vplan refuses it (issue 24)."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document

from interview.cli import main
from interview.fouten import SjabloonFout
from interview.model import Plan
from interview.render import documenten, snel
from interview.render.ingevuld import reden_ingevuld
from interview.render.sjabloonmap import meegeleverde_sjablonen
from interview.store import Werkmap
from tests.helpers import maak_dossier, plan_voor, vplan, vplan_met_werkmapvariabele

KORT = "Het sjabloon veiligheidsplan.docx is een ingevuld plan van een dossier, geen sjabloon"
HOE = "Begin een eigen sjabloon met: vplan sjablonen kopieer MAP"
CORPUS = Path(__file__).parents[1] / "sjablonen" / "corpus"
LEGE_KERN = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
             b'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>')


@pytest.fixture(scope="module")
def plan_van_b() -> Plan:
    return plan_voor("VP-B", gezinsnaam="Gezin Jansen")


@pytest.fixture(scope="module")
def gerenderd_b(plan_van_b: Plan) -> dict[str, bytes]:
    """Family B's documents, as `vplan documenten VP-B` wrote them, by kind."""
    return {d.soort: d.inhoud for d in documenten.maak_documenten(plan_van_b)}


def zonder_eigenschappen(inhoud: bytes) -> bytes:
    """The document with empty core properties, as Word's "Document inspecteren" leaves it."""
    uit = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(inhoud)) as bron, zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as doel:
        for naam in bron.namelist():
            doel.writestr(naam, LEGE_KERN if naam == "docProps/core.xml" else bron.read(naam))
    return uit.getvalue()


def met_code_in_de_kop(inhoud: bytes) -> bytes:
    """A team lead's first edit: the family name in the title becomes a code, the rest stays B's plan."""
    document = Document(io.BytesIO(zonder_eigenschappen(inhoud)))
    for alinea in document.paragraphs:
        if "Gezin Jansen" in alinea.text:
            alinea.text = alinea.text.replace("Gezin Jansen", "{{ dossier.gezinsnaam }}")
    uit = io.BytesIO()
    document.save(uit)
    return uit.getvalue()


def teammap(tmp_path: Path, bestanden: dict[str, bytes]) -> Path:
    map_ = tmp_path / "team"
    map_.mkdir()
    for soort, inhoud in bestanden.items():
        (map_ / f"{soort}.docx").write_bytes(inhoud)
    return map_


# --- The scenario of the issue, end to end --------------------------------------------------------


def twee_dossiers(tmp_path: Path, plan_van_b: Plan) -> Path:
    werkmap = tmp_path / "werkmap"
    maak_dossier(Werkmap(werkmap), plan_voor("VP-A"))
    maak_dossier(Werkmap(werkmap), plan_van_b)
    return werkmap


@pytest.mark.parametrize("hoe", ["kopie", "symbolische link"])
def test_family_bs_rendered_plan_in_the_team_folder_is_refused_for_family_a(
    tmp_path: Path, plan_van_b: Plan, hoe: str
) -> None:
    werkmap = twee_dossiers(tmp_path, plan_van_b)
    uit = tmp_path / "out"
    assert vplan("documenten", "VP-B", "--uitvoer", str(uit), werkmap=werkmap, cwd=tmp_path).returncode == 0
    gerenderd = uit / "VP-B" / "v1" / "veiligheidsplan-VP-B-v1.docx"
    team = tmp_path / "team"
    team.mkdir()
    if hoe == "kopie":
        shutil.copy(gerenderd, team / "veiligheidsplan.docx")
    else:
        (team / "veiligheidsplan.docx").symlink_to(gerenderd)

    resultaat = vplan("documenten", "VP-A", "--uitvoer", str(uit), "--sjablonen", str(team),
                      werkmap=werkmap, cwd=tmp_path)

    assert resultaat.returncode == 1
    assert KORT in resultaat.stderr and HOE in resultaat.stderr
    assert "Traceback" not in resultaat.stderr
    assert "Jansen" not in resultaat.stderr and "VP-B" not in resultaat.stderr
    assert not (uit / "VP-A").exists()

    controle = vplan_met_werkmapvariabele("sjablonen", "controleer", str(team), werkmap=werkmap, cwd=tmp_path)
    assert controle.returncode == 1
    assert "veiligheidsplan.docx → het sjabloon is een ingevuld plan van een dossier" in controle.stdout
    assert "1 fout, 0 waarschuwingen" in controle.stdout + controle.stderr


@pytest.mark.parametrize("maak", [documenten.maak_documenten, snel.maak_documenten],
                         ids=["gewone weg", "snelle weg"])
@pytest.mark.parametrize("bewerking", [lambda b: b, zonder_eigenschappen, met_code_in_de_kop],
                         ids=["zoals gemaakt", "eigenschappen gewist", "eerste code erin"])
def test_a_filled_plan_is_refused_on_both_paths_also_when_edited(
    tmp_path: Path, gerenderd_b: dict[str, bytes], maak: Callable[..., object],
    bewerking: Callable[[bytes], bytes],
) -> None:
    team = teammap(tmp_path, {"veiligheidsplan": bewerking(gerenderd_b["veiligheidsplan"])})

    with pytest.raises(SjabloonFout, match=re.escape(KORT)):
        maak(plan_voor("VP-A"), team)


def test_a_readers_version_without_properties_and_without_a_code_is_refused(
    tmp_path: Path, gerenderd_b: dict[str, bytes]
) -> None:
    team = teammap(tmp_path, {"gezinsversie": zonder_eigenschappen(gerenderd_b["gezinsversie"])})

    with pytest.raises(SjabloonFout, match=re.escape("gezinsversie.docx bevat geen enkele code")):
        snel.maak_documenten(plan_voor("VP-A"), team)


def test_a_revision_and_the_preview_refuse_it_too(
    tmp_path: Path, gerenderd_b: dict[str, bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    team = teammap(tmp_path, {"ondersteuningsplan": gerenderd_b["ondersteuningsplan"]})

    with pytest.raises(SjabloonFout, match=re.escape("ondersteuningsplan.docx is een ingevuld plan")) as fout:
        documenten.controleer_sjablonen(plan_voor("VP-A", versie=2), team, vorige=plan_voor("VP-A"))
    assert "het plan is nog niet bewaard" in " ".join(fout.value.details)
    assert main(["sjablonen", "voorbeeld", str(team)]) == 1
    assert "ondersteuningsplan.docx is een ingevuld plan" in capsys.readouterr().err


def test_opnieuw_refuses_it_once_before_any_dossier(
    tmp_path: Path, plan_van_b: Plan, gerenderd_b: dict[str, bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    werkmap = twee_dossiers(tmp_path, plan_van_b)
    team = teammap(tmp_path, {"veiligheidsplan": gerenderd_b["veiligheidsplan"]})

    code = main(["opnieuw", "--alle", "--processen", "1", "--werkmap", str(werkmap),
                 "--uitvoer", str(tmp_path / "out"), "--sjablonen", str(team)])

    assert code == 1
    assert capsys.readouterr().err.count(KORT) == 1
    assert not (tmp_path / "out").exists()


# --- What stays accepted -------------------------------------------------------------------------


SJABLONEN = [*sorted(meegeleverde_sjablonen().glob("*.docx")), *sorted(CORPUS.glob("*.docx"))]


@pytest.mark.parametrize("pad", SJABLONEN, ids=lambda pad: pad.name)
def test_the_shipped_and_the_corpus_templates_are_templates(pad: Path) -> None:
    assert reden_ingevuld(pad.read_bytes()) is None


def test_a_copied_template_saved_again_is_a_template(tmp_path: Path) -> None:
    assert main(["sjablonen", "kopieer", str(tmp_path / "team")]) == 0
    for pad in (tmp_path / "team").glob("*.docx"):
        uit = io.BytesIO()
        Document(str(pad)).save(uit)
        assert reden_ingevuld(uit.getvalue()) is None, pad.name


def test_a_code_whose_braces_word_put_in_two_runs_is_a_code() -> None:
    document = Document()
    alinea = document.add_paragraph()
    alinea.add_run("Voor {")
    alinea.add_run("{ dossier.gezinsnaam }}")
    uit = io.BytesIO()
    document.save(uit)

    assert re.search(rb"\{\{", zipfile.ZipFile(uit).read("word/document.xml")) is None
    assert reden_ingevuld(uit.getvalue()) is None


def test_libreoffices_way_of_keeping_the_keywords_still_shows_the_stamp(
    gerenderd_b: dict[str, bytes]
) -> None:
    """LibreOffice writes vplan's keywords back without their ';' and ':' (seen with soffice 7)."""
    inhoud = zonder_eigenschappen(gerenderd_b["gezinsversie"])
    kern = LEGE_KERN.replace(b"/>", b'><cp:keywords>kenmerk=VP-B planversie=1 sjabloon=sha256 7b27'
                             b"</cp:keywords></cp:coreProperties>")
    uit = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(inhoud)) as bron, zipfile.ZipFile(uit, "w") as doel:
        for naam in bron.namelist():
            doel.writestr(naam, kern if naam == "docProps/core.xml" else bron.read(naam))

    assert reden_ingevuld(uit.getvalue()) is not None
    assert "documenteigenschappen" in (reden_ingevuld(uit.getvalue()) or "")
