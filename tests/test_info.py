"""A worker on the phone with support runs `vplan info` and reads out what is set up, in Dutch."""

from __future__ import annotations

import hashlib
import itertools
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from interview import __version__
from interview.render.identiteit import sjabloon_hash
from interview.render.sjabloonmap import meegeleverde_sjablonen
from tests.helpers import VOORBEELD


def vplan(*argumenten: str, map_: Path, **omgeving: str) -> subprocess.CompletedProcess[str]:
    """Run vplan from `map_` with HOME there and no vplan or XDG variables, unless `omgeving` sets them."""
    schoon = {k: v for k, v in os.environ.items() if not k.startswith(("VPLAN_", "XDG_"))}
    return subprocess.run(
        [sys.executable, "-m", "interview", *argumenten], capture_output=True, text=True,
        env={**schoon, "HOME": str(map_), **omgeving}, cwd=map_, timeout=120, check=False,
    )


def blok(uitvoer: str, begin: str) -> list[str]:
    """The line of the output that starts with `begin`, with the indented lines under it."""
    regels = uitvoer.splitlines()
    start = next(i for i, r in enumerate(regels) if r.startswith(begin))
    return [regels[start], *itertools.takewhile(lambda r: r.startswith("  "), regels[start + 1:])]


def test_info_names_the_version_and_python(tmp_path: Path) -> None:
    info = vplan("info", map_=tmp_path)
    assert info.returncode == 0, info.stderr
    assert info.stdout.splitlines()[0] == f"vplan {__version__}"
    assert f"Python {sys.version.split()[0]}" in info.stdout


def test_info_with_a_werkmap_counts_its_dossiers_and_names_none(tmp_path: Path) -> None:
    werkmap = tmp_path / "werkmap"
    importeer = vplan("importeer", str(VOORBEELD), map_=tmp_path, VPLAN_WERKMAP=str(werkmap))
    assert importeer.returncode == 0, importeer.stderr

    info = vplan("info", map_=tmp_path, VPLAN_WERKMAP=str(werkmap))

    assert info.returncode == 0, info.stderr
    assert blok(info.stdout, "Werkmap") == [f"Werkmap: {werkmap} (bron: $VPLAN_WERKMAP)", "  1 dossier"]
    for persoonlijk in ("VP-2026-0042", "Bakker", "Sandra", "Noor"):
        assert persoonlijk not in info.stdout


@pytest.mark.parametrize(("argumenten", "bron"), [
    (("--werkmap", "{map_}/elders"), "--werkmap"),
    ((), "standaard"),
])
def test_info_without_a_werkmap_says_where_it_will_be_and_why(
    tmp_path: Path, argumenten: tuple[str, ...], bron: str
) -> None:
    info = vplan("info", *(a.format(map_=tmp_path) for a in argumenten), map_=tmp_path)
    assert info.returncode == 0, info.stderr
    pad = tmp_path / "elders" if argumenten else tmp_path / ".local" / "share" / "vplan" / "werkmap"
    assert blok(info.stdout, "Werkmap") == [
        f"Werkmap: {pad} (bron: {bron})", "  bestaat nog niet; het eerste dossier maakt de map aan"
    ]


def test_info_shows_label_and_hash_of_each_shipped_template(tmp_path: Path) -> None:
    info = vplan("info", map_=tmp_path)
    assert info.returncode == 0, info.stderr
    sjablonen = blok(info.stdout, "Sjablonen")
    assert sjablonen[0].endswith("(bron: meegeleverd)")
    assert sjablonen[1].startswith("  veiligheidsplan.docx: 'Sjabloon veiligheidsplan', sha256:")
    assert sjablonen[2].startswith("  ondersteuningsplan.docx: 'Sjabloon ondersteuningsplan', sha256:")


def test_info_with_a_broken_template_folder_says_what_is_wrong_with_each(tmp_path: Path) -> None:
    kapot = tmp_path / "sjablonen"
    kapot.mkdir()
    (kapot / "veiligheidsplan.docx").write_bytes(b"geen Word")

    info = vplan("info", map_=tmp_path, VPLAN_SJABLONEN=str(kapot))

    assert info.returncode == 0, info.stderr
    assert blok(info.stdout, "Sjablonen") == [
        f"Sjablonen: {kapot} (bron: $VPLAN_SJABLONEN)",
        "  veiligheidsplan.docx: geen geldig Word-bestand (.docx), "
        f"sha256:{hashlib.sha256(b'geen Word').hexdigest()}",
        *(f"  {soort}.docx: ontbreekt; het meegeleverde wordt gebruikt: 'Sjabloon {soort}', "
          f"{sjabloon_hash((meegeleverde_sjablonen() / f'{soort}.docx').read_bytes())}"
          for soort in ("ondersteuningsplan", "professionalversie", "netwerkversie", "kinderversie",
                        "gezinsversie", "brief")),
    ]


def test_info_with_a_missing_template_folder_says_so(tmp_path: Path) -> None:
    info = vplan("info", "--sjablonen", str(tmp_path / "nergens"), map_=tmp_path)
    assert info.returncode == 0, info.stderr
    assert blok(info.stdout, "Sjablonen") == [
        f"Sjablonen: {tmp_path / 'nergens'} (bron: --sjablonen)",
        "  deze map bestaat niet; documenten maken lukt zo niet",
    ]


def test_info_without_libreoffice_says_word_documents_do_not_need_it(tmp_path: Path) -> None:
    info = vplan("info", map_=tmp_path, PATH=str(tmp_path))
    assert info.returncode == 0, info.stderr
    assert "LibreOffice: niet gevonden (niet nodig voor de Word-documenten)" in info.stdout


def test_info_names_libreoffice_where_it_is_found(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is needed for this test: apt-get install libreoffice-writer-nogui"
    info = vplan("info", map_=tmp_path)
    assert f"LibreOffice: {soffice}" in info.stdout


def test_info_says_which_template_the_fast_path_cannot_take_and_what_it_costs(tmp_path: Path) -> None:
    # Fails on main: `vplan info` said nothing, and that template filled 16× slower.
    map_ = tmp_path / "sjablonen"
    map_.mkdir()
    document = Document(str(meegeleverde_sjablonen() / "veiligheidsplan.docx"))
    document.add_paragraph("Zie {{ 'A5'|verwijzing }}.")
    document.save(str(map_ / "veiligheidsplan.docx"))

    info = vplan("info", map_=tmp_path, VPLAN_SJABLONEN=str(map_))

    assert info.returncode == 0, info.stderr
    regels = blok(info.stdout, "Sjablonen")
    assert regels[1] == (
        "  veiligheidsplan.docx: 'Sjabloon veiligheidsplan', "
        f"{sjabloon_hash((map_ / 'veiligheidsplan.docx').read_bytes())}; dit sjabloon wordt ongeveer 25× "
        "langzamer gevuld omdat een verwijzing of filter dat per document verschilt op een vaste waarde "
        "staat (zoals {{ 'A5'|verwijzing }})")
    assert not any("langzamer" in regel for regel in regels[2:])
