"""The default Word templates' source: shared styles and blocks in `opmaak`, one module per template.

A further template is one more module with a function that returns its document, and one more
line in `SJABLONEN`; the reader's documents share blocks in `lezersdelen`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from docx.document import Document as DocumentType

from sjabloonbouw.brief import brief
from sjabloonbouw.gezinsversie import gezinsversie
from sjabloonbouw.kinderversie import kinderversie
from sjabloonbouw.netwerkversie import netwerkversie
from sjabloonbouw.ondersteuningsplan import ondersteuningsplan
from sjabloonbouw.professionalversie import professionalversie
from sjabloonbouw.veiligheidsplan import veiligheidsplan

SJABLONEN: dict[str, Callable[[], DocumentType]] = {
    "veiligheidsplan": veiligheidsplan,
    "ondersteuningsplan": ondersteuningsplan,
    "professionalversie": professionalversie,
    "netwerkversie": netwerkversie,
    "kinderversie": kinderversie,
    "gezinsversie": gezinsversie,
    "brief": brief,
}
"""File name (without .docx) -> the function that builds that template."""


def bouw(map_: Path) -> list[Path]:
    """Write every template into `map_`; return their paths."""
    map_.mkdir(parents=True, exist_ok=True)
    paden = []
    for naam, maker in SJABLONEN.items():
        pad = map_ / f"{naam}.docx"
        maker().save(str(pad))
        paden.append(pad)
    return paden
