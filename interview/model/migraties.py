"""Named steps that bring a stored file's data from an older schema_versie to the current one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from interview.model.plan import SCHEMA_VERSIE

Gegevens = dict[str, Any]


def van_1_naar_2(gegevens: Gegevens) -> Gegevens:
    """Schema 2 adds the plan's life (ended items, incidents, looptijd, aanleiding, earlier versions).

    Every new field has a default that describes a plan at its first netwerkberaad, so a plan of
    schema 1 needs only its aanleiding said out loud; a dossier file needs nothing.
    """
    nieuw = {**gegevens, "schema_versie": 2}
    if "veiligheidsplan" in nieuw and "aanleiding" not in nieuw:
        nieuw["aanleiding"] = {"soort": "netwerkberaad"}
    return nieuw


MIGRATIES: dict[int, Callable[[Gegevens], Gegevens]] = {1: van_1_naar_2}
"""Per schema_versie, the step to the next one; applied in order up to SCHEMA_VERSIE."""


def kan_migreren(versie: object) -> bool:
    """True if a file of this schema_versie can be read: the current one or one with a migration."""
    return isinstance(versie, int) and not isinstance(versie, bool) and (
        versie == SCHEMA_VERSIE or versie in MIGRATIES
    )


def migreer(gegevens: Gegevens) -> Gegevens:
    """A copy of a stored file's data in the current schema; the input is left as it was.

    The caller checks `kan_migreren(gegevens["schema_versie"])` first.
    """
    versie = gegevens["schema_versie"]
    while versie != SCHEMA_VERSIE:
        gegevens = MIGRATIES[versie](gegevens)
        versie = gegevens["schema_versie"]
    return gegevens
