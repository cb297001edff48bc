"""Answers keyed by plan path ('veiligheidsplan.doel') as the nested data the models validate."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def genest(vlak: Mapping[str, Any]) -> dict[str, Any]:
    """{'veiligheidsplan.doel': x} -> {'veiligheidsplan': {'doel': x}}."""
    boom: dict[str, Any] = {}
    for pad, waarde in sorted(vlak.items()):
        *mappen, laatste = pad.split(".")
        doel = boom
        for deel in mappen:
            doel = doel.setdefault(deel, {})
        doel[laatste] = waarde
    return boom
