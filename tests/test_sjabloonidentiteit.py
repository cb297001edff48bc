"""`vplan info`, `.vplan.json`, `vplan overzicht` and `vplan opnieuw --verouderd` name a template alike,
and a team lead who opens and saves the team's template in LibreOffice outdates no dossier."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

from interview.render.oudeidentiteit import vroegere_hash
from interview.render.sjabloonmap import meegeleverde_sjablonen
from tests.helpers import VOORBEELD, gelukt, vplan, vplan_met_werkmapvariabele

KENMERK = "VP-2026-0042"


def met_documenten(map_: Path, *sjablonen: str) -> Path:
    werkmap = map_ / "werkmap"
    gelukt(vplan("importeer", str(VOORBEELD), werkmap=werkmap, cwd=map_))
    gelukt(vplan("documenten", KENMERK, *sjablonen, werkmap=werkmap, cwd=map_))
    return werkmap


def metadata(map_: Path) -> dict[str, dict[str, str]]:
    documenten = json.loads((map_ / "output" / KENMERK / "v1" / ".vplan.json").read_text())["documenten"]
    assert isinstance(documenten, dict)
    return documenten


def test_info_shows_the_identity_vplan_json_records(tmp_path: Path) -> None:
    """Fails on main: info showed the hash of the file's bytes, .vplan.json a normalised one."""
    werkmap = met_documenten(tmp_path)

    info = gelukt(vplan("info", werkmap=werkmap, cwd=tmp_path))

    getoond = dict(re.findall(r"^  (\w+)\.docx: '[^']*', (sha256:[0-9a-f]{64})$", info, re.MULTILINE))
    vastgelegd = {d["soort"]: d["sjabloon_hash"] for d in metadata(tmp_path).values()}
    assert vastgelegd and all(getoond[soort] == hash_ for soort, hash_ in vastgelegd.items())


def test_a_libreoffice_resave_of_the_teams_template_outdates_no_dossier(tmp_path: Path) -> None:
    """Fails on main: every dossier was outdated after a re-save without an edit."""
    team = tmp_path / "team"
    gelukt(vplan_met_werkmapvariabele("sjablonen", "kopieer", str(team), werkmap=tmp_path / "werkmap",
                                      cwd=tmp_path))
    werkmap = met_documenten(tmp_path, "--sjablonen", str(team))
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is needed for this test: apt-get install libreoffice-writer-nogui"
    bewaard = tmp_path / "bewaard"
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'profiel'}", "--headless",
                    "--convert-to", "docx", "--outdir", str(bewaard), *map(str, sorted(team.glob("*.docx")))],
                   capture_output=True, timeout=300, check=True)
    for pad in bewaard.iterdir():
        assert pad.read_bytes() != (team / pad.name).read_bytes()
        shutil.copyfile(pad, team / pad.name)

    proef = vplan("opnieuw", "--verouderd", "--proef", "--sjablonen", str(team), werkmap=werkmap,
                  cwd=tmp_path)
    overzicht = vplan("overzicht", "--sjablonen", str(team), "--csv", werkmap=werkmap, cwd=tmp_path)

    assert "0 opnieuw te maken, 1 al actueel" in gelukt(proef)
    assert ";actueel;" in gelukt(overzicht)


def test_documents_made_before_the_new_identity_are_still_current(tmp_path: Path) -> None:
    """The migration: a .vplan.json with the hash vplan recorded before issue 18 is recognised, so an
    upgrade outdates nothing (passes on main too, where that hash was the only one)."""
    werkmap = met_documenten(tmp_path)
    pad = tmp_path / "output" / KENMERK / "v1" / ".vplan.json"
    gegevens = json.loads(pad.read_text())
    for document in gegevens["documenten"].values():
        sjabloon = meegeleverde_sjablonen() / f"{document['soort']}.docx"
        document["sjabloon_hash"] = vroegere_hash(sjabloon.read_bytes())
    pad.write_text(json.dumps(gegevens))

    proef = vplan("opnieuw", "--verouderd", "--proef", werkmap=werkmap, cwd=tmp_path)

    assert "0 opnieuw te maken, 1 al actueel" in gelukt(proef)
    assert ";actueel;" in gelukt(vplan("overzicht", "--csv", werkmap=werkmap, cwd=tmp_path))
