"""Beside a stored plan version: which step stored it, and a mark while its documents are unwritten.

Beside `plannen/plan-v<N>.json` (see interview.store):

    plan-v<N>.herkomst.json          which door stored the version, and the hash of the answers file
                                     that made it (null at the keyboard); written before the plan, so
                                     a rerun of the same file is recognised even after a kill
    plan-v<N>.zonder-documenten.json where the version's documents go and from which templates;
                                     written before the plan, removed once its documents are in place
                                     (interview.versieset), so a version stored by a run stopped
                                     before its documents is finished by the next command

A mark of a version that was never stored (the run stopped before) means nothing and is dropped.
Both files are small JSON, owner-only, read with a size limit.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from interview.bestanden import schrijf_atomisch
from interview.fouten import BeschadigdBestand
from interview.store import Werkmap

SCHEMA = 1
HOOGSTENS = 64 * 1024
"""Both files hold a few paths and a hash; anything larger is not ours."""
ONAF = re.compile(r"^plan-v(\d+)\.zonder-documenten\.json$")


@dataclass(frozen=True)
class Herkomst:
    """Which door stored a version (`incident`, `evaluatie`, `correctie`, `netwerkberaad`) and the
    sha256 of the answers file that made it (None: the keyboard)."""

    deur: str
    antwoorden: str | None = None


@dataclass(frozen=True)
class Onaf:
    """A stored version whose documents are not yet written: where they go, from which templates
    (None: $VPLAN_SJABLONEN or the shipped ones)."""

    versie: int
    uitvoer: Path
    sjablonen: Path | None = None


def antwoordhash(pad: Path) -> str:
    """The identity of an answers file: the sha256 of its bytes."""
    return "sha256:" + hashlib.sha256(pad.read_bytes()).hexdigest()


def leg_herkomst_vast(werkmap: Werkmap, kenmerk: str, versie: int, herkomst: Herkomst) -> None:
    gegevens = {"schema_versie": SCHEMA, "deur": herkomst.deur, "antwoorden": herkomst.antwoorden}
    schrijf_atomisch(_plannen(werkmap, kenmerk) / f"plan-v{versie}.herkomst.json", _json(gegevens))


def herkomst_van(werkmap: Werkmap, kenmerk: str, versie: int) -> Herkomst | None:
    """How version `versie` was stored; None when nothing was recorded (older vplan, importeer)."""
    gegevens = _lees(_plannen(werkmap, kenmerk) / f"plan-v{versie}.herkomst.json")
    if gegevens is None:
        return None
    return Herkomst(str(gegevens.get("deur", "")), _tekst_of_niets(gegevens.get("antwoorden")))


def markeer_onaf(werkmap: Werkmap, kenmerk: str, onaf: Onaf) -> None:
    """Mark version `onaf.versie` as without documents, before it is stored."""
    gegevens = {"schema_versie": SCHEMA, "uitvoer": str(onaf.uitvoer.absolute()),
                "sjablonen": str(onaf.sjablonen.absolute()) if onaf.sjablonen else None}
    schrijf_atomisch(_onaf_pad(werkmap, kenmerk, onaf.versie), _json(gegevens))


def onaf_van(werkmap: Werkmap, kenmerk: str, *, opruimen: bool = False) -> list[Onaf]:
    """The stored versions of the dossier whose documents are not yet written, oldest first.

    With `opruimen` (only under the dossier lock: then no run is between its mark and its plan), a
    mark of a version that was never stored, or one that cannot be read, is removed.
    """
    map_ = _plannen(werkmap, kenmerk)
    if not map_.is_dir():
        return []
    versies = set(werkmap.versies(kenmerk))
    gevonden = []
    for pad in sorted(map_.iterdir()):
        nummer = ONAF.match(pad.name)
        if nummer is None:
            continue
        versie = int(nummer[1])
        try:
            gegevens = _lees(pad)
        except BeschadigdBestand:
            gegevens = None  # where they should go is lost: vplan opnieuw --verouderd finds them
        if versie not in versies or gegevens is None:
            if opruimen:
                pad.unlink(missing_ok=True)
            continue
        sjablonen = _tekst_of_niets(gegevens.get("sjablonen"))
        gevonden.append(Onaf(versie, Path(str(gegevens.get("uitvoer", ""))),
                             Path(sjablonen) if sjablonen else None))
    return sorted(gevonden, key=lambda onaf: onaf.versie)


def niet_meer_onaf(werkmap: Werkmap, kenmerk: str, versie: int, uitvoer: Path | None = None) -> None:
    """Drop the mark of `versie`: its documents are written (into `uitvoer`, when given: a mark
    naming another folder stays, those documents are still missing)."""
    pad = _onaf_pad(werkmap, kenmerk, versie)
    if uitvoer is not None:
        gegevens = _lees(pad)
        if gegevens is None or Path(str(gegevens.get("uitvoer"))) != uitvoer.absolute():
            return
    pad.unlink(missing_ok=True)


def _plannen(werkmap: Werkmap, kenmerk: str) -> Path:
    return werkmap.dossier_map(kenmerk) / "plannen"


def _onaf_pad(werkmap: Werkmap, kenmerk: str, versie: int) -> Path:
    return _plannen(werkmap, kenmerk) / f"plan-v{versie}.zonder-documenten.json"


def _json(gegevens: dict[str, Any]) -> bytes:
    return json.dumps(gegevens, ensure_ascii=False, indent=2).encode("utf-8")


def _lees(pad: Path) -> dict[str, Any] | None:
    """The record at `pad`; None when there is none. A record that is not ours is reported."""
    try:
        with pad.open("rb") as bestand:
            inhoud = bestand.read(HOOGSTENS + 1)
    except FileNotFoundError:
        return None
    with contextlib.suppress(ValueError, RecursionError):
        gegevens = json.loads(inhoud) if len(inhoud) <= HOOGSTENS else None
        if isinstance(gegevens, dict) and gegevens.get("schema_versie") == SCHEMA:
            return gegevens
    raise BeschadigdBestand(f"Bestand {pad} is beschadigd of onleesbaar; er is niets veranderd. "
                            "Verwijder het: vplan maakt het zo nodig opnieuw.")


def _tekst_of_niets(waarde: Any) -> str | None:
    return waarde if isinstance(waarde, str) and waarde else None
