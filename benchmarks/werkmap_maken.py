"""A generated werkmap of N dossiers for the bulk benchmarks: the example family, varied per dossier.

Run: .venv/bin/python benchmarks/werkmap_maken.py MAP N
"""

from __future__ import annotations

import sys
from pathlib import Path

from interview.invoer import lees_plan
from interview.model import Plan
from interview.store import Werkmap

VOORBEELD = Path(__file__).resolve().parents[1] / "interview" / "example" / "voorbeeld.yaml"


def gevarieerd(voorbeeld: Plan, nummer: int) -> Plan:
    """The example plan under its own kenmerk, with texts that differ per dossier (and some line breaks)."""
    gegevens = voorbeeld.model_dump(mode="json")
    gegevens["dossier"]["kenmerk"] = f"VP-2026-{nummer:05d}"
    for afspraak in gegevens["veiligheidsplan"]["afspraken"]:
        afspraak["wat"] = f"{afspraak['wat']} (dossier {nummer})"
    if nummer % 3 == 0:
        gegevens["veiligheidsplan"]["afspraken"][0]["toelichting"] = f"Eerste regel {nummer}\nTweede regel"
    return Plan.model_validate(gegevens)


def maak_werkmap(pad: Path, aantal: int) -> Werkmap:
    """A werkmap at `pad` with dossiers VP-2026-00000 … each with plan version 1."""
    werkmap = Werkmap(pad)
    voorbeeld = lees_plan(VOORBEELD)
    for nummer in range(aantal):
        plan = gevarieerd(voorbeeld, nummer)
        werkmap.maak_dossier(plan.dossier)
        werkmap.bewaar_plan(plan)
    return werkmap


if __name__ == "__main__":
    maak_werkmap(Path(sys.argv[1]), int(sys.argv[2]))
