"""The one writer of a version's documents: `<dossiermap>/v<N>/` swapped in whole, a sent set kept.

Rendering (interview.render) makes bytes; this module alone puts them on disk, through the folder
swap of interview.versiemap, so every command that writes documents (demo, documenten, opnieuw,
netwerkberaad, evaluatie, incident, corrigeer) follows the same rules:

- the documents, their PDFs (when made) and METADATA replace the version's folder in one step;
- a set of that version that was signed or sent, made from other templates, is first kept beside
  the new one as `v<N>-sjabloon-<label>/`, so what a family received stays findable.

METADATA records what made each document (template hash and version, reader), so bulk
re-rendering can skip what is current; its format is read and written only here.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interview.fouten import VplanFout
from interview.leesgrens import lees_json
from interview.model import Plan
from interview.model.vaststelling import Vastlegging
from interview.store import Werkmap
from interview.versiemap import vervang_versiemap
from interview.versiestap import niet_meer_onaf

if TYPE_CHECKING:  # docxtpl is imported only where documents are rendered
    from interview.render.brief import Brief
    from interview.render.documenten import Gerenderd
    from interview.render.lezers import Lezer

METADATA = ".vplan.json"


@dataclass(frozen=True)
class Geschreven:
    """A version's set as written: its documents and PDFs, and the old set kept beside it."""

    documenten: list[Path]
    pdfs: list[Path]
    bewaard: Path | None = None
    """The signed or sent set kept as `v<N>-sjabloon-<label>/`; None when nothing needed keeping."""


def schrijf_versieset(
    plan: Plan, documenten: Sequence[Gerenderd], dossiermap: Path, werkmap: Werkmap | None,
    pdfs: Mapping[str, bytes] | None = None,
) -> Geschreven:
    """Put `plan`'s documents (rendered in memory) and `pdfs` (name -> content) into `dossiermap/v<N>/`.

    `werkmap` is the dossier store that knows who signed and received which version; None for a plan
    that is stored nowhere (vplan demo), which nobody can have signed or received. Other versions'
    folders stay. A stored version marked as without documents for this folder loses its mark
    (interview.versiestap). DossierBezet when another vplan process writes into `dossiermap` at that moment.
    """
    nieuw = _metadata(plan, documenten)
    bestanden = {**{d.bestandsnaam: d.inhoud for d in documenten}, **(pdfs or {}),
                 METADATA: json.dumps(nieuw, ensure_ascii=False, indent=2).encode("utf-8")}
    naam = f"v{plan.versie}"
    bewaard = _bewaar_verspreid(werkmap, plan, dossiermap / naam, nieuw)
    map_ = vervang_versiemap(
        dossiermap, naam, bestanden,
        bezet=f"De documenten van dossier {plan.dossier.kenmerk} worden al gemaakt door een ander "
        "vplan-proces. Wacht tot dat klaar is en probeer het dan opnieuw.",
    )
    if werkmap is not None:
        niet_meer_onaf(werkmap, plan.dossier.kenmerk, plan.versie, dossiermap)
    return Geschreven([map_ / d.bestandsnaam for d in documenten], [map_ / n for n in pdfs or {}],
                      bewaard)


def render_documenten(
    plan: Plan, dossiermap: Path, sjablonen: Path | None = None, *,
    vorige: Plan | None = None, vastlegging: Vastlegging | None = None, eerdere: Sequence[Plan] = (),
) -> list[Path]:
    """Render every document of `plan` (normal path) and write them into `dossiermap/v<N>/`; their paths.

    For a plan stored nowhere (vplan demo, tests): `vorige` and `vastlegging` as for
    interview.render.documenten.maak_documenten. A broken template raises SjabloonFout and writes nothing.
    """
    from interview.render.documenten import maak_documenten  # docxtpl: only where documents are made

    documenten = maak_documenten(plan, sjablonen, vorige=vorige, vastlegging=vastlegging, eerdere=eerdere)
    return schrijf_versieset(plan, documenten, dossiermap, None).documenten


def _metadata(plan: Plan, documenten: Sequence[Gerenderd]) -> dict[str, Any]:
    """The METADATA of `plan`'s set: what made each document, so re-rendering skips what is current."""
    return {
        "schema_versie": 1,
        "kenmerk": plan.dossier.kenmerk,
        "planversie": plan.versie,
        "documenten": {
            d.sleutel: {"bestand": d.bestandsnaam, "sjabloon_hash": d.sjabloon_hash,
                        "sjabloon_versie": d.sjabloon_versie, "soort": d.soort, **_lezer(d.lezer)}
            for d in documenten
        },
    }


def _lezer(lezer: Lezer | Brief | None) -> dict[str, Any]:
    """Who reads a document, for METADATA: everyone for a plan, else the reader by name and number."""
    if lezer is None:
        return {"lezer": "volledig"}
    return {"lezer": lezer.naam or lezer.rol, "lezernummer": lezer.nummer}


def lees_metadata(versiemap: Path) -> dict[str, Any] | None:
    """The METADATA of the set in `versiemap`; None when there is none or it cannot be read."""
    try:
        gegevens = lees_json(versiemap / METADATA)
    except (OSError, VplanFout):
        return None
    return gegevens if isinstance(gegevens, dict) else None


def sjabloonhashes(metadata: dict[str, Any]) -> dict[str, Any]:
    """The template identity per kind of document (every reader of one kind shares its template)."""
    return {(d or {}).get("soort", sleutel): (d or {}).get("sjabloon_hash")
            for sleutel, d in metadata.get("documenten", {}).items()}


def _bewaar_verspreid(werkmap: Werkmap | None, plan: Plan, versiemap: Path, nieuw: dict[str, Any]
                      ) -> Path | None:
    """Keep the old set of a version that was signed or sent, when another template made it.

    It goes beside the new set as `v<N>-sjabloon-<label>/`, the label naming the old template;
    None when there was nothing to keep. Files are hard links where the disk allows (no copy).
    """
    oud = lees_metadata(versiemap)
    if werkmap is None or oud is None or sjabloonhashes(oud) == sjabloonhashes(nieuw):
        return None
    kenmerk = plan.dossier.kenmerk
    verspreid = any(h.versie == plan.versie for h in werkmap.handtekeningen(kenmerk)) or any(
        o.versie == plan.versie for o in werkmap.ontvangsten(kenmerk))
    if not verspreid:
        return None
    archief = versiemap.with_name(f"{versiemap.name}-sjabloon-{_label(oud)}")
    if archief.exists():
        return None
    tijdelijk = versiemap.with_name(f".{archief.name}.archief.tmp")
    shutil.rmtree(tijdelijk, ignore_errors=True)
    shutil.copytree(versiemap, tijdelijk, copy_function=_link_of_kopie)
    os.rename(tijdelijk, archief)
    return archief


def _label(metadata: dict[str, Any]) -> str:
    """The old template's label from METADATA, else the start of its hash."""
    documenten = metadata.get("documenten", {})
    for gegevens in documenten.values():
        if isinstance(gegevens, dict) and gegevens.get("sjabloon_versie"):
            return "".join(t if t.isalnum() or t in "-_." else "-" for t in str(gegevens["sjabloon_versie"]))
    hashes = "".join(str((g or {}).get("sjabloon_hash", "")).removeprefix("sha256:")[:6]
                     for g in documenten.values())
    return hashes or "onbekend"


def _link_of_kopie(bron: str, doel: str) -> None:
    try:
        os.link(bron, doel)
    except OSError:
        shutil.copy2(bron, doel)
