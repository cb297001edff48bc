"""No program installed beside vplan reads a family's data along with it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import VOORBEELD

SPION = '''
import os

class Spion:
    """A pydantic plugin as an observability tool installs one: it is shown every model validated."""

    def new_schema_validator(self, schema, schema_type, schema_type_path, schema_kind, config, settings):
        with open(os.environ["SPION_LOG"], "a", encoding="utf-8") as log:
            log.write(f"{schema_type_path.name}\\n")
        return None, None, None

spion = Spion()
'''


def _met_een_pydantic_plugin(map_: Path) -> dict[str, str]:
    """An environment in which a pydantic plugin ("spion") is installed, logging to map_/gezien.txt."""
    (map_ / "spion.py").write_text(SPION, encoding="utf-8")
    distributie = map_ / "spion-1.0.dist-info"
    distributie.mkdir()
    (distributie / "METADATA").write_text("Metadata-Version: 2.1\nName: spion\nVersion: 1.0\n",
                                          encoding="utf-8")
    (distributie / "entry_points.txt").write_text("[pydantic]\nspion = spion:spion\n", encoding="utf-8")
    pad = os.pathsep.join(filter(None, [str(map_), os.environ.get("PYTHONPATH", "")]))
    return {**os.environ, "PYTHONPATH": pad, "SPION_LOG": str(map_ / "gezien.txt")}


def test_a_pydantic_plugin_installed_beside_vplan_is_not_shown_the_plan(tmp_path: Path) -> None:
    """Such a plugin is shown every value validated (answers, names, numbers); vplan uses none, so
    it switches them off for its own process."""
    omgeving = _met_een_pydantic_plugin(tmp_path)
    controle = subprocess.run([sys.executable, "-c", "from pydantic import BaseModel\n"
                               "class Proef(BaseModel):\n    x: int = 0\nProef()"],
                              env=omgeving, capture_output=True, text=True, timeout=60, check=True)
    assert (tmp_path / "gezien.txt").read_text(encoding="utf-8") == "Proef\n", controle.stderr
    (tmp_path / "gezien.txt").unlink()

    for opdracht in (["importeer", str(VOORBEELD)], ["documenten", "VP-2026-0042"]):
        gedaan = subprocess.run([sys.executable, "-m", "interview", *opdracht, "--werkmap",
                                 str(tmp_path / "w")], env=omgeving, cwd=tmp_path, capture_output=True,
                                text=True, timeout=120)
        assert gedaan.returncode == 0, gedaan.stderr

    assert not (tmp_path / "gezien.txt").exists()
