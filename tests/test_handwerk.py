"""A worker's hand edits survive the next `vplan documenten` and can be carried back into the plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from docx.text.paragraph import Paragraph

from interview.cli import main
from tests.helpers import VOORBEELD, tekst_van

KENMERK = "VP-2026-0042"
VEILIGHEIDSPLAN = f"veiligheidsplan-{KENMERK}-v1.docx"
GESCHREVEN = "Sandra en Ronald spreken elkaar alleen over de kinderen via oom Kees, tot de eerste evaluatie."
GEWIJZIGD = "Sandra en Ronald bellen elkaar alleen over de kinderen, met oom Kees erbij."


def vplan(tmp_path: Path, *argumenten: str) -> None:
    code = main([*argumenten, "--werkmap", str(tmp_path / "werkmap")])
    assert code == 0, f"vplan {' '.join(argumenten)} ended with {code}"


def alineas(document: Document) -> Iterator[Paragraph]:
    yield from document.paragraphs
    for tabel in document.tables:
        for rij in tabel.rows:
            for cel in rij.cells:
                yield from cel.paragraphs


def bewerk(pad: Path, oud: str, nieuw: str) -> None:
    """What a worker does in Word: one paragraph of the document rewritten, the file saved in place."""
    document = Document(str(pad))
    alinea = next(a for a in alineas(document) if a.text.startswith(oud))
    alinea.text = nieuw
    document.save(str(pad))


@pytest.fixture
def bewerkt(tmp_path: Path) -> Path:
    """The example dossier's veiligheidsplan, made by vplan, with afspraak A1's sentence changed by hand."""
    vplan(tmp_path, "importeer", str(VOORBEELD))
    vplan(tmp_path, "documenten", KENMERK, "--uitvoer", str(tmp_path / "uit"))
    pad = tmp_path / "uit" / KENMERK / "v1" / VEILIGHEIDSPLAN
    bewerk(pad, GESCHREVEN, GEWIJZIGD)
    return pad


def test_a_hand_edited_document_is_kept_named_shown_and_carried_into_the_next_version(
    tmp_path: Path, bewerkt: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fails on main: the edited veiligheidsplan was overwritten without a word; no command showed it."""
    zoals_bewerkt = bewerkt.read_bytes()
    capsys.readouterr()

    vplan(tmp_path, "documenten", KENMERK, "--uitvoer", str(tmp_path / "uit"))

    bewaard = tmp_path / "uit" / KENMERK / f"v1-bewerkt-{dt.date.today().isoformat()}"
    assert (bewaard / VEILIGHEIDSPLAN).read_bytes() == zoals_bewerkt
    assert GEWIJZIGD not in tekst_van(bewerkt), "the new set is vplan's own"
    melding = capsys.readouterr().err
    assert f"bewaard in {bewaard}" in melding and VEILIGHEIDSPLAN in melding
    assert f"vplan handwerk {KENMERK}" in melding

    vplan(tmp_path, "handwerk", KENMERK, "--uitvoer", str(tmp_path / "uit"))

    getoond = capsys.readouterr().out
    assert str(bewaard / VEILIGHEIDSPLAN) in getoond
    assert "  A1:" in getoond and f"- {GESCHREVEN}" in getoond and f"+ {GEWIJZIGD}" in getoond
    antwoorden = getoond[getoond.index(f"# vplan corrigeer {KENMERK}"):]
    assert f'A1.wat: "{GEWIJZIGD}"' in antwoorden.splitlines()

    (tmp_path / "correctie.yaml").write_text(antwoorden, encoding="utf-8")
    vplan(tmp_path, "corrigeer", KENMERK, "--antwoorden", str(tmp_path / "correctie.yaml"),
          "--uitvoer", str(tmp_path / "uit"))

    v2 = tmp_path / "uit" / KENMERK / "v2"
    assert GEWIJZIGD in tekst_van(v2 / f"veiligheidsplan-{KENMERK}-v2.docx")
    vplan(tmp_path, "handwerk", KENMERK, "--uitvoer", str(tmp_path / "uit"))
    getoond = capsys.readouterr().out
    assert "Al in planversie 2: A1.wat." in getoond and "# vplan corrigeer" not in getoond
    assert GEWIJZIGD in tekst_van(v2 / f"ondersteuningsplan-{KENMERK}-v2.docx") or any(
        GEWIJZIGD in tekst_van(p) for p in v2.glob("netwerkversie-*.docx")), "every other reader's document"


def test_an_edit_to_the_current_set_is_shown_before_anything_replaces_it(
    tmp_path: Path, bewerkt: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()

    vplan(tmp_path, "handwerk", KENMERK, "--uitvoer", str(tmp_path / "uit"), "--planversie", "1")

    getoond = capsys.readouterr().out
    assert str(bewerkt) in getoond and f'A1.wat: "{GEWIJZIGD}"' in getoond


def test_a_second_edit_after_the_first_was_kept_gets_its_own_folder(
    tmp_path: Path, bewerkt: Path
) -> None:
    vplan(tmp_path, "documenten", KENMERK, "--uitvoer", str(tmp_path / "uit"))
    bewerk(bewerkt, GESCHREVEN, "Nog een andere zin.")

    vplan(tmp_path, "documenten", KENMERK, "--uitvoer", str(tmp_path / "uit"))

    vandaag = dt.date.today().isoformat()
    namen = sorted(p.name for p in (tmp_path / "uit" / KENMERK).iterdir() if p.name.startswith("v1-"))
    assert namen == [f"v1-bewerkt-{vandaag}", f"v1-bewerkt-{vandaag}-2"]


def test_no_hand_edits_is_said_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vplan(tmp_path, "importeer", str(VOORBEELD))
    vplan(tmp_path, "documenten", KENMERK, "--uitvoer", str(tmp_path / "uit"))
    capsys.readouterr()

    vplan(tmp_path, "handwerk", KENMERK, "--uitvoer", str(tmp_path / "uit"))

    assert capsys.readouterr().out.startswith(f"Geen documenten van dossier {KENMERK}")


def test_a_file_put_into_the_set_by_hand_is_kept_and_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fails on main: a scan of the signed plan put beside the documents was removed with the set."""
    vplan(tmp_path, "importeer", str(VOORBEELD))
    vplan(tmp_path, "documenten", KENMERK, "--uitvoer", str(tmp_path / "uit"))
    (tmp_path / "uit" / KENMERK / "v1" / "getekend-scan.pdf").write_bytes(b"%PDF scan")
    capsys.readouterr()

    vplan(tmp_path, "documenten", KENMERK, "--uitvoer", str(tmp_path / "uit"))

    bewaard = tmp_path / "uit" / KENMERK / f"v1-bewerkt-{dt.date.today().isoformat()}"
    assert (bewaard / "getekend-scan.pdf").read_bytes() == b"%PDF scan"
    assert "getekend-scan.pdf" in capsys.readouterr().err
    vplan(tmp_path, "handwerk", KENMERK, "--uitvoer", str(tmp_path / "uit"))
    assert f"Met de hand toegevoegd (niet door vplan gemaakt): {bewaard / 'getekend-scan.pdf'}" in (
        capsys.readouterr().out)
