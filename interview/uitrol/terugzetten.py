"""Undo the last roll-out: each dossier's previous set back, byte for byte, unless a worker changed it since.

When `vplan opnieuw` starts, the set of every dossier it will re-make is kept in
`<werkmap>/uitrol/vorige/<uitrol>/<kenmerk>/v<N>/` (hard links where the disk allows: no copy, and
the files the swap removes from the output folder live on here); after the run, the new set's
`.vplan.json` beside it (`v<N>.na-uitrol.json`). Only the last roll-out that re-made anything is
kept: once a run has re-made a dossier, what earlier runs kept is removed; a run that re-made none
removes its own, so it does not take the undo of the one before away. Undo puts a kept set back
through the one writer's folder swap (interview.versieset), under the dossier's output lock, and
only when the set in the output folder is still the one the roll-out wrote (same `.vplan.json`, no
file changed by hand) and no newer plan version was made: anything a worker did since stays, and
the dossier is named with the reason.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from interview.bestanden import maak_map
from interview.fouten import VplanFout
from interview.store import Werkmap
from interview.uitrol.logboek import uitrolmap
from interview.versieset import METADATA, bewerkte_bestanden, uitvoerslot, zet_set_terug

VORIGE = "vorige"
NA_UITROL = ".na-uitrol.json"


def vorige_map(werkmap: Path, uitrol: str) -> Path:
    """Where roll-out `uitrol` keeps the sets it replaced."""
    return uitrolmap(werkmap) / VORIGE / uitrol


def bewaar_vorige(werkmap: Werkmap, uitrol: str, uitvoer: Path, dossiers: Iterable[tuple[str, int | None]]
                  ) -> dict[tuple[str, int], dict[str, int]]:
    """Keep the current set of each (kenmerk, version; None: the newest) for undo of roll-out
    `uitrol`; per (kenmerk, version) the dossier's state now, for the log: its newest plan version
    and how many signatures and receipts that version has (undo compares them)."""
    map_ = vorige_map(werkmap.pad, uitrol)
    standen: dict[tuple[str, int], dict[str, int]] = {}
    for kenmerk, versie in dossiers:
        try:
            versies = werkmap.versies(kenmerk)
            versie = versie or (versies[-1] if versies else 0)
            standen[(kenmerk, versie)] = {"nieuwste": versies[-1] if versies else 0,
                                          "verspreid": verspreid(werkmap, kenmerk, versie)}
        except VplanFout:
            continue
        bron = uitvoer / kenmerk / f"v{versie}"
        if versie and bron.is_dir() and not bron.is_symlink():
            _kopieer(bron, map_ / kenmerk / f"v{versie}")
    return standen


def verspreid(werkmap: Werkmap, kenmerk: str, versie: int) -> int:
    """How many signatures and receipts version `versie` of the dossier has."""
    return (sum(h.versie == versie for h in werkmap.handtekeningen(kenmerk))
            + sum(o.versie == versie for o in werkmap.ontvangsten(kenmerk)))


def _kopieer(bron: Path, doel: Path) -> None:
    """The set's files (not the hidden leftovers of a killed run) as hard links, else copies; 0700."""
    maak_map(doel)
    for pad in bron.iterdir():
        if pad.is_file() and not pad.is_symlink() and not pad.name.endswith(".tmp"):
            try:
                os.link(pad, doel / pad.name)
            except OSError:
                shutil.copy2(pad, doel / pad.name)


def noteer_nieuw(werkmap: Path, uitrol: str, uitvoer: Path, kenmerk: str, versie: int) -> None:
    """After the run: keep the `.vplan.json` the roll-out wrote for this set, so undo sees a later change."""
    bewaard = vorige_map(werkmap, uitrol) / kenmerk
    if not (bewaard / f"v{versie}").is_dir():
        return
    shutil.copy2(uitvoer / kenmerk / f"v{versie}" / METADATA, bewaard / f"v{versie}{NA_UITROL}")


def ruim_op_na(werkmap: Path, uitrol: str, vernieuwd: bool) -> None:
    """After run `uitrol`: when it re-made a dossier, it is the one to undo and what earlier runs kept
    goes; when it re-made none, its own goes and the run before stays undoable."""
    alles = uitrolmap(werkmap) / VORIGE
    if not vernieuwd:
        shutil.rmtree(alles / uitrol, ignore_errors=True)
        return
    for map_ in alles.iterdir() if alles.is_dir() else ():
        if map_.name != uitrol:
            shutil.rmtree(map_, ignore_errors=True)


@dataclass
class Terugdraaiing:
    """What undo did: the dossiers put back, and those left as they are with the Dutch reason."""

    teruggezet: list[str] = field(default_factory=list)
    overgeslagen: dict[str, str] = field(default_factory=dict)


def draai_terug(werkmap: Werkmap, uitrol: str, uitvoer: Path, dossiers: Iterable[dict[str, object]],
                proef: bool = False) -> Terugdraaiing:
    """Put back the kept set of every dossier the roll-out re-made (`dossiers` as the log records
    them), then remove what was kept; a dossier changed since is skipped with its reason. With
    `proef`, only say what would happen: nothing is put back or removed."""
    uitkomst = Terugdraaiing()
    for dossier in dossiers:
        if dossier.get("uitkomst") != "vernieuwd":
            continue
        kenmerk, versie = str(dossier.get("kenmerk")), dossier.get("planversie")
        if not isinstance(versie, int):
            continue
        try:
            reden = _zet_terug(werkmap, vorige_map(werkmap.pad, uitrol) / kenmerk, uitvoer, kenmerk, versie,
                               dossier, proef)
        except VplanFout as fout:
            reden = fout.bericht
        if reden:
            uitkomst.overgeslagen[kenmerk] = reden
        else:
            uitkomst.teruggezet.append(kenmerk)
    if not proef:
        shutil.rmtree(vorige_map(werkmap.pad, uitrol), ignore_errors=True)
    return uitkomst


def _zet_terug(werkmap: Werkmap, kept: Path, uitvoer: Path, kenmerk: str, versie: int,
               toen: dict[str, object], proef: bool) -> str:
    """Put one dossier's kept set (from `kept`) back; "" when done, else why it was left as it is."""
    bewaard = kept / f"v{versie}"
    if not bewaard.is_dir():
        return f"had vóór de uitrol geen documenten van planversie {versie}; de nieuwe blijven staan"
    dossiermap = uitvoer / kenmerk
    with uitvoerslot(dossiermap, kenmerk):
        reden = _veranderd(werkmap, dossiermap / f"v{versie}", kenmerk, toen,
                           bewaard.with_name(f"v{versie}{NA_UITROL}"))
        if reden or proef:
            return reden
        zet_set_terug(dossiermap, kenmerk, f"v{versie}",
                      {pad.name: pad.read_bytes() for pad in sorted(bewaard.iterdir()) if pad.is_file()})
    return ""


def _veranderd(werkmap: Werkmap, huidig: Path, kenmerk: str, toen: dict[str, object], na_uitrol: Path) -> str:
    """Why the dossier changed since the roll-out (`toen`: its log entry): a newer version, the version
    signed or sent (the family has the new documents), its set re-made or edited; "" if not."""
    versies = werkmap.versies(kenmerk)
    if isinstance(toen.get("nieuwste"), int) and versies and versies[-1] != toen["nieuwste"]:
        return f"na de uitrol is planversie {versies[-1]} gemaakt; de documenten blijven zoals ze zijn"
    versie = toen.get("planversie")
    if isinstance(versie, int) and verspreid(werkmap, kenmerk, versie) != toen.get("verspreid", 0):
        return (f"planversie {versie} is na de uitrol getekend of verstuurd, met de nieuwe documenten; "
                "die blijven staan")
    try:
        gelijk = (huidig / METADATA).read_bytes() == na_uitrol.read_bytes()
    except OSError:
        gelijk = False
    if not gelijk:
        return "de documenten zijn na de uitrol opnieuw gemaakt; ze blijven zoals ze zijn"
    bewerkt = bewerkte_bestanden(huidig)
    if bewerkt:
        return ("na de uitrol met de hand gewijzigd: " + ", ".join(bewerkt)
                + "; de documenten blijven zoals ze zijn")
    return ""
