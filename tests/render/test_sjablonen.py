"""A reviewer trusts the committed templates because the script in tools/ rebuilds them exactly."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from interview.render.documenten import SOORTEN
from interview.render.sjabloonmap import standaard_sjablonen

BOUWSCRIPT = Path(__file__).resolve().parents[2] / "tools" / "build_templates.py"


def delen(pad: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(pad) as archief:
        return {naam: archief.read(naam) for naam in archief.namelist()}


@pytest.fixture(scope="module")
def herbouwd(tmp_path_factory: pytest.TempPathFactory) -> Path:
    map_ = tmp_path_factory.mktemp("sjablonen")
    subprocess.run([sys.executable, str(BOUWSCRIPT), str(map_)], check=True, capture_output=True)
    return map_


@pytest.mark.parametrize("soort", SOORTEN)
def test_the_committed_template_is_what_the_build_script_makes(herbouwd: Path, soort: str) -> None:
    gecommit = delen(standaard_sjablonen() / f"{soort}.docx")
    opnieuw = delen(herbouwd / f"{soort}.docx")
    assert sorted(gecommit) == sorted(opnieuw)
    verschillend = [naam for naam in gecommit if gecommit[naam] != opnieuw[naam]]
    assert verschillend == [], "run `make templates` and commit the result"


@pytest.mark.parametrize("soort", SOORTEN)
def test_every_code_in_a_template_sits_whole_in_one_run(soort: str) -> None:
    """Word splits runs at will; a {{ }} code split over runs would no longer render."""
    xml = delen(standaard_sjablonen() / f"{soort}.docx")["word/document.xml"].decode()
    for stuk in xml.split("<w:t")[1:]:
        tekst = stuk.split(">", 1)[1].split("</w:t>", 1)[0]
        assert tekst.count("{{") == tekst.count("}}"), tekst
        assert tekst.count("{%") == tekst.count("%}"), tekst


def test_the_field_list_for_team_leads_is_current() -> None:
    spec = importlib.util.spec_from_file_location("velden", BOUWSCRIPT.with_name("velden.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    gecommit = (BOUWSCRIPT.parents[1] / "docs" / "velden.md").read_text(encoding="utf-8")
    assert gecommit == module.velden_markdown(), "run `make docs` and commit docs/velden.md"
