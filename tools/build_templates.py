"""Build the default Word templates into templates/ (or the folder given): `make templates`.

Why a script: a .docx is a zip of XML that cannot be reviewed in a diff. The package
tools/sjabloonbouw/ is the reviewable source; the committed templates are its output, and a test
rebuilds them and checks that they match part for part. Team leads who want their own house style
copy a template and edit it in Word (see docs/sjablonen.md); they never need this script.

Run: make templates   (or .venv/bin/python tools/build_templates.py [MAP])
"""

from __future__ import annotations

import sys
from pathlib import Path

from sjabloonbouw import bouw

if __name__ == "__main__":
    doel = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "templates"
    for gebouwd in bouw(doel):
        print(gebouwd)
