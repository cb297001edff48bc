"""A cache of every dossier's `Stand`, so `vplan overzicht` over thousands of dossiers stays fast.

Only a cache, never a source of truth: each entry is kept with a fingerprint of the files it was
read from (name, inode, mtime, size of every file in the dossier folder, its plans and sessions,
and the metadata of its rendered documents). A dossier whose fingerprint differs is read again
through the store; a missing, unreadable or foreign cache file is simply rebuilt. The cache lives
in the user's cache folder, outside the werkmap (which reports never change), owner-only, and holds
no family names (see interview.rapport.stand). A cache file another user owns or could have written
is never read, only replaced: what it says would be shown as this user's overview.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from pydantic import BaseModel, ValidationError

from interview import __version__
from interview.bestanden import schrijf_atomisch
from interview.cacheplek import eigen_map, lees_eigen_bestand, vplanmap
from interview.rapport.snelstand import snelle_stand
from interview.rapport.stand import Stand, lees_stand
from interview.store import Werkmap

OPBOUW = 2
"""Raise when what a Stand holds or how it is read changes: older caches are then rebuilt."""
VERSIE = f"{__version__}/{OPBOUW}"
PER_PROCES = 1000
"""Dossiers a process must have to read before starting it pays: a start costs tens of milliseconds
(a whole import where processes are not forked), a dossier a tenth of one warm, half of one cold."""
DELEN_PER_PROCES = 4
"""More parts than processes, so a process slowed by others on a shared machine holds up little."""


class Vermelding(BaseModel):
    """One dossier's Stand and the fingerprint of the files it was read from."""

    vingerafdruk: str
    stand: Stand


class Cache(BaseModel):
    """The cache file; `vplan` is the version that wrote it (another version's reading may differ)."""

    vplan: str
    dossiers: dict[str, Vermelding]


def cachebestand(werkmap: Path, uitvoer: Path) -> Path:
    """Where the cache of this werkmap and output folder lives: $XDG_CACHE_HOME/vplan or ~/.cache/vplan."""
    sleutel = f"{werkmap.resolve()}\0{uitvoer.resolve()}".encode()
    return vplanmap() / f"overzicht-{hashlib.sha256(sleutel).hexdigest()[:24]}.json"


def standen(werkmap: Werkmap, uitvoer: Path, cache: Path | None) -> list[Stand]:
    """Every dossier's Stand, by kenmerk; from `cache` where its files did not change (None: no cache)."""
    gelezen = _lees(cache) if cache else {}
    oud = gelezen or {}
    bekend = {kenmerk: vermelding.vingerafdruk for kenmerk, vermelding in oud.items()}
    nieuw: dict[str, Vermelding] = {}
    resultaat = []
    veranderd = gelezen is None
    for kenmerk, afdruk, gelezen_nu in _lees_alle(werkmap.pad, uitvoer, werkmap.kenmerken(), bekend):
        stand = gelezen_nu or oud[kenmerk].stand
        veranderd = veranderd or (gelezen_nu is not None and gelezen_nu.fout is None)
        if stand.fout is None:  # an error is looked at afresh every time
            nieuw[kenmerk] = Vermelding(vingerafdruk=afdruk, stand=stand)
        resultaat.append(stand)
    if cache and (veranderd or nieuw.keys() != oud.keys()):
        _schrijf(cache, nieuw)
    return resultaat


def _lees_alle(werkmap: Path, uitvoer: Path, kenmerken: list[str],
               bekend: dict[str, str]) -> list[tuple[str, str, Stand | None]]:
    """(kenmerk, fingerprint, Stand or None where `bekend` has that fingerprint), in several processes
    when there are enough dossiers to pay for starting them; in this one when processes cannot start."""
    processen = min(_kernen(), len(kenmerken) // PER_PROCES)
    if processen < 2:
        return _lees_deel(werkmap, uitvoer, kenmerken, bekend)
    grootte = -(-len(kenmerken) // (processen * DELEN_PER_PROCES))
    delen = [kenmerken[begin:begin + grootte] for begin in range(0, len(kenmerken), grootte)]
    try:
        with ProcessPoolExecutor(max_workers=processen) as processenpoel:
            klaar = [processenpoel.submit(_lees_deel, werkmap, uitvoer, deel,
                                          {k: bekend[k] for k in deel if k in bekend}) for deel in delen]
            return [regel for deel in klaar for regel in deel.result()]
    except (OSError, BrokenProcessPool):
        return _lees_deel(werkmap, uitvoer, kenmerken, bekend)


def _lees_deel(werkmap: Path, uitvoer: Path, kenmerken: list[str],
               bekend: dict[str, str]) -> list[tuple[str, str, Stand | None]]:
    """Fingerprint each dossier and read those whose fingerprint `bekend` does not hold: the keys
    the overview needs where vplan wrote today's files, else through the store."""
    dossiers = Werkmap(werkmap)
    uit: list[tuple[str, str, Stand | None]] = []
    for kenmerk in kenmerken:
        # Fingerprint first, read second: a change in between makes the next run read it again.
        afdruk = vingerafdruk(werkmap / kenmerk, uitvoer / kenmerk)
        stand = None
        if bekend.get(kenmerk) != afdruk:
            stand = snelle_stand(dossiers, kenmerk, uitvoer) or lees_stand(dossiers, kenmerk, uitvoer)
        uit.append((kenmerk, afdruk, stand))
    return uit


def _kernen() -> int:
    """The processors this process may use (all of them where the system cannot say)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def vingerafdruk(dossiermap: Path, documentenmap: Path) -> str:
    """A digest of name, inode, mtime and size of every file a dossier's Stand is read from.

    Plain strings and os.scandir rather than pathlib: this runs for every dossier on every call and
    is most of a warm run's time. Entries are taken in the order the folder lists them; should that
    order change, the dossier is merely read again.
    """
    map_ = os.fspath(dossiermap)
    delen: list[str] = []
    for deel in ("", "plannen", "sessies"):
        delen.extend(_bestanden(os.path.join(map_, deel)))
    with contextlib.suppress(FileNotFoundError, NotADirectoryError, PermissionError):
        for ingang in os.scandir(documentenmap):
            if ingang.name.startswith("v") and ingang.is_dir():
                delen.append(f"{ingang.name}:{ingang.inode()}")
                delen.extend(_bestanden(ingang.path, alleen=".vplan.json"))
    return hashlib.blake2b("\n".join(delen).encode(), digest_size=16).hexdigest()


def _bestanden(map_: str, alleen: str | None = None) -> list[str]:
    """One line per regular file in `map_` (dot files and locks left out unless asked for by name)."""
    try:
        ingangen = list(os.scandir(map_))
    except (FileNotFoundError, NotADirectoryError):
        return [f"{map_}:-"]
    except PermissionError:  # a colleague's folder closed to this user: its row says so (lees_stand)
        return [f"{map_}:geen-toegang"]
    regels = []
    for ingang in ingangen:
        naam = ingang.name
        if (naam != alleen) if alleen else naam[0] == ".":
            continue
        if ingang.is_file(follow_symlinks=False):
            gegevens = ingang.stat(follow_symlinks=False)
            regels.append(f"{naam}:{gegevens.st_ino}:{gegevens.st_mtime_ns}:{gegevens.st_size}")
    return regels


def _lees(cache: Path) -> dict[str, Vermelding] | None:
    """The cached dossiers; None when the file is missing, not this user's alone, or unreadable."""
    inhoud = lees_eigen_bestand(cache) if eigen_map(cache.parent, maak=False) else None
    if inhoud is None:
        return None
    try:
        gelezen = Cache.model_validate_json(inhoud)
    except (ValueError, ValidationError):
        return None
    return gelezen.dossiers if gelezen.vplan == VERSIE else None


def _schrijf(cache: Path, dossiers: dict[str, Vermelding]) -> None:
    """Store the cache; a cache that cannot be written is only a slower next run."""
    if not eigen_map(cache.parent, maak=True):
        return
    with contextlib.suppress(OSError):
        schrijf_atomisch(cache, Cache(vplan=VERSIE, dossiers=dossiers).model_dump_json().encode())
