"""One version's documents as one folder, replaced whole: a reader finds the old set or the new, never a mix.

Layout of an output folder (one per dossier; files 0600, folders 0700):

    <map>/v<N>/               every document of plan version N, and the .vplan.json that made them
    <map>/.slot               render lock (flock): one vplan writes into <map> at a time
    <map>/.v<N>.<x>.tmp/      a set being built, or an old set being removed: only while a run lives

The new set is written whole (fsynced) into a hidden folder beside the old one, then swapped in with
one rename: renameat2(RENAME_EXCHANGE). Where the file system cannot exchange (network shares, FAT,
other systems than Linux), the old folder steps aside to `.v<N>.oud.tmp` first: a reader may then
briefly find no folder, still never a mix, and a run killed in between is put back by the next.
Leftover `.*.tmp` entries (personal data) are removed by the next run, under the lock.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import functools
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from interview.bestanden import (
    BESTANDSRECHTEN,
    alleen_voor_eigenaar,
    fsync_map,
    maak_map,
    vergrendel,
    zonder_onderbreking,
)
from interview.fouten import Schijffout

SLOT = ".slot"
OPZIJ = re.compile(r"^\.(?P<naam>.+)\.oud\.tmp$")
AT_FDCWD = -100
RENAME_EXCHANGE = 1 << 1
KAN_NIET_WISSELEN = {errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EPERM}
_GEHOUDEN: set[str] = set()
"""The output folders whose render lock this process holds (absolute paths)."""


def vervang_versiemap(map_: Path, naam: str, bestanden: Mapping[str, bytes], bezet: str) -> Path:
    """Put `bestanden` (name -> content) into `map_/naam` as one set, replacing what was there.

    Other entries of `map_` (other versions) are left alone. A second process writing into
    `map_` at the same time gets DossierBezet with the Dutch message `bezet`. Returns `map_/naam`.
    Called only by interview.versieset, the one writer of a version's documents.
    """
    with houd_slot(map_, bezet):
        ruim_op(map_)
        _geen_link(map_ / naam)
        nieuw = _bouw(map_, naam, bestanden)
        with zonder_onderbreking():
            _zet_neer(nieuw, map_ / naam)
    return map_ / naam


@contextlib.contextmanager
def houd_slot(map_: Path, bezet: str) -> Iterator[None]:
    """Hold `map_`'s render lock; a lock this process already holds on `map_` is simply kept.

    A command holds it from before it renders until its set is in place (`vplan documenten`), so a
    second command for the same dossier is refused (DossierBezet, `bezet`) instead of racing it; the
    writer takes it again for the swap itself, which must not refuse its own command (flock locks
    are per open file, so a second flock by this process would). Folders made for the lock are
    removed again when the command fails before writing anything into them: a failure leaves the
    disk as it was.
    """
    sleutel = os.path.realpath(map_)
    if sleutel in _GEHOUDEN:
        yield
        return
    gemaakt = _eerste_ontbrekende(map_)
    maak_map(map_)
    with vergrendel(map_ / SLOT, bezet):
        _GEHOUDEN.add(sleutel)
        try:
            yield
        except BaseException:
            if gemaakt is not None:
                _ruim_lege_mappen_op(map_, gemaakt)
            raise
        finally:
            _GEHOUDEN.discard(sleutel)


def _eerste_ontbrekende(map_: Path) -> Path | None:
    """The highest of `map_` and its parents that does not exist yet; None when `map_` exists."""
    ontbrekend = None
    for pad in (map_, *map_.parents):
        if pad.exists() or pad.is_symlink():
            break
        ontbrekend = pad
    return ontbrekend


def _ruim_lege_mappen_op(map_: Path, tot: Path) -> None:
    """Remove the lock file and the folders up to `tot` that this run made, when they hold nothing else."""
    with contextlib.suppress(OSError):
        if {ingang.name for ingang in os.scandir(map_)} == {SLOT}:
            (map_ / SLOT).unlink()
        for pad in (map_, *map_.parents):
            os.rmdir(pad)  # refuses a folder that is not empty: then it stays, and so do its parents
            if pad == tot:
                break


def ruim_op(map_: Path) -> None:
    """Put back a version folder a killed run left stepped aside, remove every other `.*.tmp` entry.

    Only to be called under the lock: then no other run is writing, and every leftover is older.
    """
    for pad in sorted(map_.glob(".*.tmp")):
        opzij = OPZIJ.match(pad.name)
        if opzij and not (map_ / opzij["naam"]).exists():
            os.rename(pad, map_ / opzij["naam"])
        elif pad.is_dir() and not pad.is_symlink():
            shutil.rmtree(pad)
        else:
            pad.unlink(missing_ok=True)
    fsync_map(map_)


def ruim_resten_op(map_: Path, bezet: str) -> None:
    """Remove what a killed run left in `map_` (see ruim_op), also where nothing is written this time.

    Leftovers hold a family's documents, so `opnieuw` clears them for dossiers it finds current too.
    Nothing happens when `map_` holds none or does not exist; another run holding the lock gets
    DossierBezet with `bezet` (it clears them itself).
    """
    if not map_.is_dir() or map_.is_symlink() or not any(map_.glob(".*.tmp")):
        return
    with houd_slot(map_, bezet):
        ruim_op(map_)


def _geen_link(doel: Path) -> None:
    """Refuse a version folder that is a link or a file: the swap would move the link, not the set
    it points to, and leave a family's documents where nobody looks for them."""
    if doel.is_symlink() or (doel.exists() and not doel.is_dir()):
        raise Schijffout(f"{doel} is geen gewone map maar een koppeling (of een bestand); vplan schrijft "
                         "daar niet doorheen. Zet er een gewone map neer of verwijder het, en geef dezelfde "
                         "opdracht opnieuw. Er is niets veranderd.")


def _bouw(map_: Path, naam: str, bestanden: Mapping[str, bytes]) -> Path:
    """The whole set on disk in a hidden folder beside its destination; nothing of it on failure.

    Every file is written before the first is fsynced: the file system then makes the set durable
    in a few journal commits instead of one per file (25 documents on ext4: about half the wall
    time of writing them, issue 22.3).
    """
    nieuw = Path(tempfile.mkdtemp(dir=map_, prefix=f".{naam}.", suffix=".tmp"))
    try:
        with contextlib.ExitStack() as open_:
            for descriptor in [open_.enter_context(_geschreven(nieuw / bestandsnaam, inhoud))
                               for bestandsnaam, inhoud in bestanden.items()]:
                os.fsync(descriptor)
        fsync_map(nieuw)
    except BaseException:
        shutil.rmtree(nieuw, ignore_errors=True)
        raise
    return nieuw


@contextlib.contextmanager
def _geschreven(pad: Path, inhoud: bytes) -> Iterator[int]:
    """`pad` holding `inhoud`, not yet fsynced: its descriptor, open until the context ends."""
    descriptor = os.open(pad, os.O_WRONLY | os.O_CREAT | os.O_EXCL, BESTANDSRECHTEN)
    try:
        alleen_voor_eigenaar(descriptor, pad)  # the umask must not widen or narrow it
        geschreven = 0
        while geschreven < len(inhoud):
            geschreven += os.write(descriptor, inhoud[geschreven:])
        yield descriptor
    finally:
        os.close(descriptor)


def _zet_neer(nieuw: Path, doel: Path) -> None:
    """Make `nieuw` be `doel` in one rename; the old set, if any, is removed afterwards."""
    if not doel.exists():
        os.rename(nieuw, doel)
        fsync_map(doel.parent)
    elif _wissel(nieuw, doel):
        fsync_map(doel.parent)
        shutil.rmtree(nieuw)  # now the old set
    else:
        opzij = doel.parent / f".{doel.name}.oud.tmp"
        os.rename(doel, opzij)
        os.rename(nieuw, doel)
        fsync_map(doel.parent)
        shutil.rmtree(opzij)


def _wissel(een: Path, ander: Path) -> bool:
    """Swap two folder entries atomically; False where the system or file system cannot."""
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    if renameat2(AT_FDCWD, os.fsencode(een), AT_FDCWD, os.fsencode(ander), RENAME_EXCHANGE) == 0:
        return True
    fout = ctypes.get_errno()
    if fout in KAN_NIET_WISSELEN:
        return False
    raise OSError(fout, os.strerror(fout), str(een), None, str(ander))


@functools.cache
def _renameat2() -> Callable[..., int] | None:
    """glibc's renameat2 (Linux, glibc 2.28+); None elsewhere. Python's os has no exchange."""
    if not sys.platform.startswith("linux"):  # Windows' ctypes cannot open the running program
        return None
    with contextlib.suppress(OSError):
        functie = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
        if functie is not None:
            functie.argtypes = (ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint)
            functie.restype = ctypes.c_int
            return functie  # type: ignore[no-any-return]
    return None
