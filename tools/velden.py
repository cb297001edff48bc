"""Write docs/velden.md: every field a template can use, with kind, example and description.

Why generated: the model is the template API for team leads, and its Dutch descriptions are the
documentation. The text comes from interview/sjablonen/velden.py, the same source as `vplan
sjablonen velden`. A test checks the committed file is current (`make docs` rewrites it).
"""

from __future__ import annotations

import sys
from pathlib import Path

from interview.sjablonen.velden import velden_markdown

__all__ = ["velden_markdown"]

if __name__ == "__main__":
    standaard = Path(__file__).resolve().parents[1] / "docs" / "velden.md"
    doel = Path(sys.argv[1]) if len(sys.argv) > 1 else standaard
    doel.write_text(velden_markdown(), encoding="utf-8")
    print(doel)
