"""One writer of a version's documents: every door keeps a set that a family received."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest
from docx import Document

from interview.cli import main
from interview.render.sjabloonmap import standaard_sjablonen
from tests.helpers import tekst_van

KENMERK = "VP-2026-0042"
VOORBEELD = Path(__file__).resolve().parents[1] / "interview" / "example" / "voorbeeld.yaml"
INTERVIEW = Path(__file__).resolve().parents[1] / "interview"
VERSTUURD = f"veiligheidsplan-{KENMERK}-v1.docx"


def vplan(tmp_path: Path, *argumenten: str) -> None:
    code = main([*argumenten, "--werkmap", str(tmp_path / "werkmap")])
    assert code == 0, f"vplan {' '.join(argumenten)} ended with {code}"


@pytest.fixture
def verstuurd(tmp_path: Path) -> bytes:
    """The example dossier's version 1, its documents made and sent to Sandra: the veiligheidsplan as sent."""
    vplan(tmp_path, "importeer", str(VOORBEELD))
    vplan(tmp_path, "documenten", KENMERK, "--uitvoer", str(tmp_path / "uit"))
    vplan(tmp_path, "verstuurd", KENMERK, "--aan", "Sandra")
    return (tmp_path / "uit" / KENMERK / "v1" / VERSTUURD).read_bytes()


def team_sjablonen(tmp_path: Path) -> Path:
    """The default templates with the team's own veiligheidsplan of one line."""
    map_ = tmp_path / "team"
    shutil.copytree(standaard_sjablonen(), map_)
    document = Document()
    document.add_paragraph("Teamsjabloon voor {{ dossier.kenmerk }} versie {{ plan.versie }}")
    document.save(str(map_ / "veiligheidsplan.docx"))
    return map_


def corrigeer_antwoorden(tmp_path: Path) -> Path:
    pad = tmp_path / "corrigeer.yaml"
    pad.write_text("veiligheidsplan.noodplan[3].telefoon: 06 1111 2299\n", encoding="utf-8")
    return pad


@pytest.mark.parametrize(("deur", "nieuwe_versie"), [("documenten", 1), ("opnieuw", 1), ("corrigeer", 2)])
def test_the_set_a_family_received_stays_when_a_door_writes_with_new_templates(
    tmp_path: Path, verstuurd: bytes, deur: str, nieuwe_versie: int
) -> None:
    argumenten = {"documenten": [], "opnieuw": ["--processen", "1"],
                  "corrigeer": ["--antwoorden", str(corrigeer_antwoorden(tmp_path))]}[deur]

    vplan(tmp_path, deur, KENMERK, "--sjablonen", str(team_sjablonen(tmp_path)),
          "--uitvoer", str(tmp_path / "uit"), *argumenten)

    dossiermap = tmp_path / "uit" / KENMERK
    nieuw = dossiermap / f"v{nieuwe_versie}" / f"veiligheidsplan-{KENMERK}-v{nieuwe_versie}.docx"
    assert f"Teamsjabloon voor {KENMERK} versie {nieuwe_versie}" in tekst_van(nieuw)
    bewaard = [pad for pad in dossiermap.rglob(VERSTUURD) if pad.read_bytes() == verstuurd]
    assert len(bewaard) == 1, "the veiligheidsplan as Sandra received it is on disk once"
    if nieuwe_versie == 1:
        assert bewaard[0].parent.name.startswith("v1-verstuurd-"), "kept beside the new set"


def concept(tmp_path: Path) -> Path:
    """The example plan as a concept: nobody signed or received it, its status does not say vastgesteld."""
    pad = tmp_path / "concept.yaml"
    pad.write_text(VOORBEELD.read_text(encoding="utf-8").replace("status: vastgesteld", "status: concept"),
                   encoding="utf-8")
    return pad


def bewaarde_mappen(tmp_path: Path) -> list[str]:
    return sorted(p.name for p in (tmp_path / "uit" / KENMERK).iterdir() if p.name.startswith("v1-"))


def test_a_set_nobody_received_is_replaced_without_a_copy(tmp_path: Path) -> None:
    vplan(tmp_path, "importeer", str(concept(tmp_path)))
    vplan(tmp_path, "documenten", KENMERK, "--uitvoer", str(tmp_path / "uit"))

    vplan(tmp_path, "documenten", KENMERK, "--uitvoer", str(tmp_path / "uit"),
          "--sjablonen", str(team_sjablonen(tmp_path)))

    assert sorted(pad.name for pad in (tmp_path / "uit" / KENMERK).iterdir()) == [".slot", "v1"]


def aanroepers(naam: str) -> list[str]:
    """The modules of interview/ that call a function called `naam` (by name or as an attribute)."""
    gevonden = []
    for pad in sorted(INTERVIEW.rglob("*.py")):
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if isinstance(knoop, ast.Call) and naam in (getattr(knoop.func, "id", None),
                                                        getattr(knoop.func, "attr", None)):
                gevonden.append(pad.relative_to(INTERVIEW.parent).as_posix())
                break
    return gevonden


def test_exactly_one_module_swaps_a_version_folder_into_place() -> None:
    assert aanroepers("vervang_versiemap") == ["interview/versieset.py"]


@pytest.mark.parametrize(("waar", "blijft"), [("uit", False), ("elders", True)])
def test_a_version_marked_without_documents_loses_its_mark_only_when_its_own_folder_is_written(
    tmp_path: Path, waar: str, blijft: bool
) -> None:
    """The mark names where the stopped run would have written; documents made elsewhere leave
    that folder still without them."""
    from interview.stappen.documenten_maken import maak_documenten_van
    from interview.store import Werkmap
    from interview.versiestap import Onaf, markeer_onaf, onaf_van

    vplan(tmp_path, "importeer", str(VOORBEELD))
    werkmap = Werkmap(tmp_path / "werkmap")
    markeer_onaf(werkmap, KENMERK, Onaf(1, tmp_path / "uit" / KENMERK))

    maak_documenten_van(werkmap, werkmap.lees_plan(KENMERK), tmp_path / waar / KENMERK)

    assert bool(onaf_van(werkmap, KENMERK)) is blijft


def test_documenten_after_verstuurd_keeps_the_sent_set_also_with_the_same_templates(
    tmp_path: Path, verstuurd: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fails on main: a set made from the same templates was replaced without a copy."""
    capsys.readouterr()
    vplan(tmp_path, "documenten", KENMERK, "--uitvoer", str(tmp_path / "uit"))

    kept = bewaarde_mappen(tmp_path)
    assert len(kept) == 1 and kept[0].startswith("v1-verstuurd-")
    assert (tmp_path / "uit" / KENMERK / kept[0] / VERSTUURD).read_bytes() == verstuurd
    fout = capsys.readouterr().err
    assert f"bewaard in {tmp_path / 'uit' / KENMERK / kept[0]}" in fout and "verstuurd" in fout


def test_every_opnieuw_keeps_the_set_it_replaces_also_when_an_older_archive_has_that_name(
    tmp_path: Path, verstuurd: bytes
) -> None:
    """Fails on main: back on the team's templates, the archive name of the first set was taken, so
    the set it replaced was not kept (`if archief.exists(): return None`)."""
    team = str(team_sjablonen(tmp_path))
    gemaakt = [verstuurd]
    for sjablonen in (["--sjablonen", team], [], ["--sjablonen", team]):
        vplan(tmp_path, "opnieuw", KENMERK, "--processen", "1", "--uitvoer", str(tmp_path / "uit"),
              *sjablonen)
        gemaakt.append((tmp_path / "uit" / KENMERK / "v1" / VERSTUURD).read_bytes())

    kept = bewaarde_mappen(tmp_path)
    assert len(kept) == 3, kept
    bewaard = sorted((tmp_path / "uit" / KENMERK / naam / VERSTUURD).read_bytes() for naam in kept)
    assert bewaard == sorted(gemaakt[:3]), "each set that was replaced, once"


def test_a_plan_whose_status_says_vastgesteld_is_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fails on main: only signatures and receipts protected a set, not the plan's own status."""
    vplan(tmp_path, "importeer", str(VOORBEELD))  # status: vastgesteld, nobody signed or received it
    vplan(tmp_path, "documenten", KENMERK, "--uitvoer", str(tmp_path / "uit"))
    eerst = (tmp_path / "uit" / KENMERK / "v1" / VERSTUURD).read_bytes()

    vplan(tmp_path, "documenten", KENMERK, "--uitvoer", str(tmp_path / "uit"),
          "--sjablonen", str(team_sjablonen(tmp_path)))

    kept = bewaarde_mappen(tmp_path)
    assert len(kept) == 1 and kept[0].startswith("v1-vastgesteld-")
    assert (tmp_path / "uit" / KENMERK / kept[0] / VERSTUURD).read_bytes() == eerst
    assert "planversie 1 is vastgesteld" in capsys.readouterr().err


def test_documenten_with_pdf_after_verstuurd_keeps_the_sent_set(
    tmp_path: Path, verstuurd: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fails on main: --pdf with the same templates replaced the sent set without a copy."""
    capsys.readouterr()
    vplan(tmp_path, "documenten", KENMERK, "--pdf", "--uitvoer", str(tmp_path / "uit"))

    kept = bewaarde_mappen(tmp_path)
    assert len(kept) == 1 and (tmp_path / "uit" / KENMERK / kept[0] / VERSTUURD).read_bytes() == verstuurd
    assert (tmp_path / "uit" / KENMERK / "v1" / VERSTUURD.replace(".docx", ".pdf")).exists()
    assert "bewaard in" in capsys.readouterr().err
