"""After a new template or an evaluation round, a team re-renders every dossier with `vplan opnieuw`."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from benchmarks.werkmap_maken import maak_werkmap
from interview.cli import main
from interview.model.vaststelling import Ontvangst
from interview.render.sjabloonmap import standaard_sjablonen
from tests.helpers import tekst_van


@pytest.fixture
def werkmap(tmp_path: Path) -> Path:
    maak_werkmap(tmp_path / "werkmap", 4)
    return tmp_path / "werkmap"


def opnieuw(tmp_path: Path, *argumenten: str) -> int:
    return main(["opnieuw", "--werkmap", str(tmp_path / "werkmap"), "--uitvoer", str(tmp_path / "uit"),
                 *argumenten])


def eigen_sjablonen(tmp_path: Path, tekst: str) -> Path:
    """The default templates with a team lead's own veiligheidsplan of one line."""
    map_ = tmp_path / "sjablonen"
    shutil.copytree(standaard_sjablonen(), map_, dirs_exist_ok=True)
    document = Document()
    document.add_paragraph(tekst)
    document.save(str(map_ / "veiligheidsplan.docx"))
    return map_


def test_all_dossiers_are_rendered_and_then_found_current(
    tmp_path: Path, werkmap: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert opnieuw(tmp_path, "--alle", "--processen", "1") == 0
    assert "4 dossiers: 4 vernieuwd, 0 al actueel, 0 fouten." in capsys.readouterr().out
    vp = tmp_path / "uit" / "VP-2026-00002" / "v1" / "veiligheidsplan-VP-2026-00002-v1.docx"
    assert "(dossier 2)" in tekst_van(vp)

    assert opnieuw(tmp_path, "--verouderd") == 0
    assert "4 dossiers: 0 vernieuwd, 4 al actueel" in capsys.readouterr().out


def test_a_new_template_makes_every_dossier_out_of_date_and_a_trial_writes_nothing(
    tmp_path: Path, werkmap: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert opnieuw(tmp_path, "--alle", "--processen", "1") == 0
    capsys.readouterr()
    sjablonen = eigen_sjablonen(tmp_path, "Nieuw sjabloon voor {{ dossier.kenmerk }}")
    voor = {p: p.read_bytes() for p in (tmp_path / "uit").rglob("*.docx")}

    assert opnieuw(tmp_path, "--verouderd", "--proef", "--sjablonen", str(sjablonen)) == 0
    uit = capsys.readouterr().out
    assert "VP-2026-00001: sjabloon gewijzigd" in uit
    assert "4 opnieuw te maken" in uit
    assert {p: p.read_bytes() for p in (tmp_path / "uit").rglob("*.docx")} == voor

    assert opnieuw(tmp_path, "--verouderd", "--processen", "2", "--sjablonen", str(sjablonen)) == 0
    assert "4 vernieuwd" in capsys.readouterr().out
    vp = tmp_path / "uit" / "VP-2026-00003" / "v1" / "veiligheidsplan-VP-2026-00003-v1.docx"
    assert "Nieuw sjabloon voor VP-2026-00003" in tekst_van(vp)


def test_a_failing_dossier_is_named_in_one_line_and_the_rest_goes_on(
    tmp_path: Path, werkmap: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (werkmap / "VP-2026-00001" / "plannen" / "plan-v1.json").write_text("{kapot")

    assert opnieuw(tmp_path, "--alle", "--processen", "2") == 1

    fout = capsys.readouterr().err
    assert "vplan: VP-2026-00001:" in fout
    assert "4 dossiers: 3 vernieuwd, 0 al actueel, 1 fout: VP-2026-00001" in fout
    assert "Traceback" not in fout
    assert (tmp_path / "uit" / "VP-2026-00002" / "v1").is_dir()
    assert not (tmp_path / "uit" / "VP-2026-00001").exists()


def test_sent_documents_are_kept_beside_the_new_ones_when_the_template_changed(
    tmp_path: Path, werkmap: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from interview.store import Werkmap

    assert opnieuw(tmp_path, "--alle", "--processen", "1") == 0
    Werkmap(werkmap).voeg_ontvangst_toe(
        "VP-2026-00000", Ontvangst(ontvanger="Ria", versie=1, datum=dt.date(2026, 11, 21), vorm="post"))
    verstuurd = (tmp_path / "uit" / "VP-2026-00000" / "v1" / "veiligheidsplan-VP-2026-00000-v1.docx")
    zoals_verstuurd = verstuurd.read_bytes()
    capsys.readouterr()

    sjablonen = eigen_sjablonen(tmp_path, "Nieuw {{ dossier.kenmerk }}")
    assert opnieuw(tmp_path, "--alle", "--processen", "1", "--sjablonen", str(sjablonen)) == 0

    archieven = list((tmp_path / "uit" / "VP-2026-00000").glob("v1-verstuurd-*"))
    assert len(archieven) == 1
    assert (archieven[0] / verstuurd.name).read_bytes() == zoals_verstuurd
    assert "Nieuw VP-2026-00000" in tekst_van(verstuurd)
    assert "bewaard in" in capsys.readouterr().err
    assert not list((tmp_path / "uit" / "VP-2026-00001").glob("v1-verstuurd-*")), "never sent"


@pytest.mark.parametrize("argumenten", [[], ["VP-2026-00001", "--alle"], ["--alle", "--processen", "0"]])
def test_an_unclear_choice_of_dossiers_is_wrong_use_of_the_command(
    tmp_path: Path, werkmap: Path, capsys: pytest.CaptureFixture[str], argumenten: list[str]
) -> None:
    """Fails on main (exit 1 there): a usage mistake exits 2, with the usage line, as argparse's own."""
    try:
        afsluitcode = opnieuw(tmp_path, *argumenten)
    except SystemExit as stop:  # argparse itself refuses --processen 0
        afsluitcode = stop.code  # type: ignore[assignment]
    assert afsluitcode == 2
    fout = capsys.readouterr().err
    assert fout.startswith("gebruik: vplan opnieuw")
    assert fout.splitlines()[-1].startswith("vplan opnieuw: fout: ")


def test_without_libreoffice_pdf_says_how_to_install_it(tmp_path: Path, werkmap: Path) -> None:
    resultaat = subprocess.run(
        [sys.executable, "-m", "interview", "opnieuw", "--alle", "--pdf", "--werkmap", str(werkmap),
         "--uitvoer", str(tmp_path / "uit")],
        capture_output=True, text=True, env={"PATH": str(Path(sys.executable).parent), "HOME": str(tmp_path)},
        timeout=120, check=False,
    )
    assert resultaat.returncode == 1
    assert resultaat.stderr.startswith("vplan: LibreOffice is niet gevonden")
    assert "apt-get install libreoffice-writer-nogui" in resultaat.stderr
    assert not (tmp_path / "uit").exists()


@pytest.mark.libreoffice
def test_pdf_a_lands_beside_each_document_in_one_set(tmp_path: Path, werkmap: Path) -> None:
    assert main(["documenten", "VP-2026-00002", "--pdf", "--pdf-a", "--werkmap", str(werkmap),
                 "--uitvoer", str(tmp_path / "uit")]) == 0
    assert opnieuw(tmp_path, "VP-2026-00000", "VP-2026-00001", "--pdf", "--processen", "1") == 0
    for kenmerk in ("VP-2026-00000", "VP-2026-00001", "VP-2026-00002"):
        versiemap = tmp_path / "uit" / kenmerk / "v1"
        pdfs = sorted(p.name for p in versiemap.glob("*.pdf"))
        documenten = sorted(p.with_suffix(".pdf").name for p in versiemap.glob("*.docx"))
        # Every document gets its PDF, the readers' documents too.
        assert pdfs == documenten and f"veiligheidsplan-{kenmerk}-v1.pdf" in pdfs
    archief_pdf = (tmp_path / "uit" / "VP-2026-00002" / "v1" / "veiligheidsplan-VP-2026-00002-v1.pdf")
    assert b"pdfaid" in archief_pdf.read_bytes()


def test_one_dossier_is_counted_in_the_singular(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'1 dossier: 1 vernieuwd', not '1 dossiers' (issue 21.4: plurals through babel)."""
    maak_werkmap(tmp_path / "werkmap", 1)

    assert opnieuw(tmp_path, "--alle", "--processen", "1") == 0

    assert "1 dossier: 1 vernieuwd, 0 al actueel, 0 fouten." in capsys.readouterr().out
