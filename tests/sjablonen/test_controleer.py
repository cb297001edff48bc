"""A team lead checks a folder of templates without a dossier: every problem, in one run."""

from __future__ import annotations

import errno
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from interview.cli import main
from interview.render.sjabloonmap import meegeleverde_sjablonen
from tests import wordsjablonen
from tests.sjablonen.woord import Kop, Sjabloon, bouw

CORPUS = Path(__file__).parent / "corpus"


def teammap(
    tmp_path: Path, veiligheidsplan: str | None = None, ondersteuningsplan: str | None = None
) -> Path:
    """A team folder: the named corpus templates, the shipped ones for the rest."""
    map_ = tmp_path / "team"
    map_.mkdir()
    for soort, uit_corpus in (("veiligheidsplan", veiligheidsplan),
                              ("ondersteuningsplan", ondersteuningsplan)):
        bron = CORPUS / f"{uit_corpus}.docx" if uit_corpus else meegeleverde_sjablonen() / f"{soort}.docx"
        shutil.copy(bron, map_ / f"{soort}.docx")
    return map_


def test_the_shipped_templates_pass_without_a_finding(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["sjablonen", "controleer", str(meegeleverde_sjablonen())])

    uit = capsys.readouterr().out
    assert code == 0
    assert uit.rstrip().endswith("0 fouten, 0 waarschuwingen")


def test_a_misnamed_field_in_the_page_header_is_named_with_its_place_and_a_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    map_ = teammap(tmp_path, veiligheidsplan="fout-koptekst-plan-kenmerk")

    code = main(["sjablonen", "controleer", str(map_), "--zonder-proef"])

    uitvoer = capsys.readouterr()
    assert code == 1
    assert ("veiligheidsplan.docx · koptekst · {{ plan.kenmerk }} → het plan heeft geen veld "
            "'kenmerk'; bedoelt u dossier.kenmerk?") in uitvoer.out
    assert "1 fout, 0 waarschuwingen" in uitvoer.err


def test_every_error_of_both_templates_comes_in_one_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    map_ = teammap(tmp_path, veiligheidsplan="fout-vijf-fouten-in-een-keer",
                   ondersteuningsplan="fout-endfor-ontbreekt-signalen")

    code = main(["sjablonen", "controleer", str(map_)])

    uitvoer = capsys.readouterr()
    assert code == 1
    assert uitvoer.out.count("veiligheidsplan.docx · ") == 5
    assert "ondersteuningsplan.docx · onder kop 'Signalen'" in uitvoer.out
    assert "6 fouten, 0 waarschuwingen" in uitvoer.err


def test_warnings_alone_do_not_fail_the_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    map_ = teammap(tmp_path, veiligheidsplan="fout-tekst-naast-p-if")

    code = main(["sjablonen", "controleer", str(map_)])

    uit = capsys.readouterr().out
    assert code == 0
    assert "waarschuwing: de tekst 'Let op:' naast deze code verdwijnt uit elk document" in uit
    assert uit.rstrip().endswith("0 fouten, 1 waarschuwing")


def test_a_template_is_checked_against_the_sparse_plan_a_real_dossier_can_be(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`vplan demo` passes (the example is complete); a sparser real dossier would fail."""
    map_ = teammap(tmp_path, veiligheidsplan="fout-leeg-veld-zonder-if")

    assert main(["demo", "--sjablonen", str(map_), "--uitvoer", str(tmp_path / "uit")]) == 0
    capsys.readouterr()
    code = main(["sjablonen", "controleer", str(map_)])

    uit = capsys.readouterr().out
    assert code == 1
    assert ("{{ dossier.meldcode.stap }} → dossier.meldcode kan leeg zijn, en dan stopt het maken van het "
            "document hier; zet er {%p if dossier.meldcode %} … {%p endif %} omheen") in uit
    assert "het vullen met" not in uit  # the same fault once, not again from the proof fill


def test_json_for_scripts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    map_ = teammap(tmp_path, veiligheidsplan="fout-typo-in-lus")

    code = main(["sjablonen", "controleer", str(map_), "--json", "--zonder-proef"])

    gegevens = json.loads(capsys.readouterr().out)
    assert code == 1
    assert gegevens["fouten"] == 1 and gegevens["waarschuwingen"] == 0
    [bevinding] = gegevens["bevindingen"]
    assert bevinding["soort"] == "onbekend-veld"
    assert bevinding["plaats"] == ["onder kop 'Afspraken'"]
    assert bevinding["code"] == "{{ a.wiee|namen }}"


def test_a_file_that_is_not_a_word_document_is_a_finding_not_a_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    map_ = teammap(tmp_path)
    (map_ / "veiligheidsplan.docx").write_text("geen docx")

    code = main(["sjablonen", "controleer", str(map_)])

    assert code == 1
    assert "veiligheidsplan.docx → dit is geen geldig Word-bestand (.docx)" in capsys.readouterr().out


def test_a_template_that_may_not_be_read_is_named_in_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A shared team folder where the team lead lacks the right to read one file: the reason in Dutch,
    as every disk problem is, not the system's English words."""
    map_ = teammap(tmp_path)
    geweigerd = map_ / "veiligheidsplan.docx"
    lees = Path.read_bytes

    def read_bytes(pad: Path) -> bytes:
        if pad == geweigerd:
            raise PermissionError(errno.EACCES, "Permission denied", str(pad))
        return lees(pad)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code = main(["sjablonen", "controleer", str(map_)])

    uit = capsys.readouterr().out
    assert code == 1
    assert "veiligheidsplan.docx → het bestand kan niet gelezen worden (geen toestemming)" in uit
    assert "Permission denied" not in uit


def test_a_jinja_syntax_error_says_which_closing_code_was_expected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    map_ = teammap(tmp_path)
    bouw(Sjabloon([Kop("Afspraken"), "{%p if plan.versie %}", "{{ plan.versie }}", "{%p endfor %}"]),
         map_ / "veiligheidsplan.docx")

    code = main(["sjablonen", "controleer", str(map_), "--zonder-proef"])

    uit = capsys.readouterr().out
    assert code == 1
    assert "onder kop 'Afspraken'" in uit
    assert "endif" in uit


def test_the_real_command_runs_from_a_shell(tmp_path: Path) -> None:
    map_ = teammap(tmp_path, veiligheidsplan="fout-typo-in-lus")

    resultaat = subprocess.run([sys.executable, "-m", "interview", "sjablonen", "controleer", str(map_),
                                "--zonder-proef"], capture_output=True, text=True, timeout=120)

    assert resultaat.returncode == 1
    assert "bedoelt u a.wie?" in resultaat.stdout
    assert "Traceback" not in resultaat.stderr


def test_a_template_the_fast_path_cannot_take_is_named_with_its_cost(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Fails on main: the check said nothing, and `vplan opnieuw` was 16× slower for this template.
    map_ = teammap(tmp_path)
    document = Document(str(map_ / "veiligheidsplan.docx"))
    document.add_paragraph("Zie {{ 'A5'|verwijzing }}.")
    document.save(str(map_ / "veiligheidsplan.docx"))

    code = main(["sjablonen", "controleer", str(map_), "--zonder-proef"])

    uit = capsys.readouterr().out
    assert code == 0
    assert ("veiligheidsplan.docx → waarschuwing: dit sjabloon wordt ongeveer 25× langzamer gevuld omdat "
            "een verwijzing of filter dat per document verschilt op een vaste waarde staat (zoals "
            "{{ 'A5'|verwijzing }})") in uit
    assert "ondersteuningsplan.docx → waarschuwing" not in uit
    assert uit.rstrip().endswith("0 fouten, 1 waarschuwing")


def test_a_logo_and_words_notes_parts_cost_nothing_and_are_not_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    map_ = wordsjablonen.teammap(meegeleverde_sjablonen(), tmp_path / "team")

    code = main(["sjablonen", "controleer", str(map_), "--zonder-proef"])

    assert code == 0
    assert capsys.readouterr().out.rstrip().endswith("0 fouten, 0 waarschuwingen")
