"""Owner-only, crash-safe file writes: every file vplan stores goes through here.

Dossiers hold personal data of families, so files are 0600 and folders 0700, whatever the umask.
A write either lands whole or not at all: temp file in the same folder, fsync, rename, fsync of
the folder. Journals are appended line by line and flushed to disk before the next question.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import signal
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

from interview.fouten import DossierBezet

BESTANDSRECHTEN = 0o600
MAPRECHTEN = 0o700


def maak_map(pad: Path) -> None:
    """Create `pad` and every missing parent readable by the owner only; chmod beats the umask.

    A folder that already exists keeps its permissions: it may be a team's shared folder.
    """
    ontbrekend = [map_ for map_ in [pad, *pad.parents] if not map_.exists()]
    for map_ in reversed(ontbrekend):
        map_.mkdir(mode=MAPRECHTEN, exist_ok=True)
        os.chmod(map_, MAPRECHTEN)


@contextlib.contextmanager
def zonder_onderbreking() -> Iterator[None]:
    """Hold Ctrl-C back while files are put in place, so what belongs together lands together.

    The signal is delivered (as KeyboardInterrupt) right after the block. Outside the main
    thread signals are not ours to block, and the block is a plain pass-through.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    vorige = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, vorige)


def schrijf_atomisch(pad: Path, inhoud: bytes) -> None:
    """Replace `pad` with `inhoud` so that a reader sees the old file or the new one, never half.

    A set of files that belongs together is not written here but as one folder (`versiemap`).
    """
    with zonder_onderbreking():
        tijdelijk = _tijdelijk_bestand(pad, inhoud)
        try:
            os.replace(tijdelijk, pad)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tijdelijk)
            raise
        fsync_map(pad.parent)


def schrijf_nieuw(pad: Path, inhoud: bytes) -> None:
    """Write `pad` atomically, refusing to replace an existing file (immutable versions)."""
    with zonder_onderbreking():
        tijdelijk = _tijdelijk_bestand(pad, inhoud)
        try:
            os.link(tijdelijk, pad)  # fails with FileExistsError instead of overwriting
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tijdelijk)
        fsync_map(pad.parent)


def _tijdelijk_bestand(pad: Path, inhoud: bytes) -> str:
    """`inhoud` on disk (fsynced, owner-only) beside `pad`, under a hidden temporary name."""
    maak_map(pad.parent)
    descriptor, tijdelijk = tempfile.mkstemp(dir=pad.parent, prefix=f".{pad.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as bestand:
            bestand.write(inhoud)
            bestand.flush()
            os.fsync(bestand.fileno())
        os.chmod(tijdelijk, BESTANDSRECHTEN)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tijdelijk)
        raise
    return tijdelijk


def voeg_regel_toe(pad: Path, regel: str) -> None:
    """Append one line to a journal and make it durable before returning.

    A journal's first line also makes its folder entry durable: without that, a power cut
    could lose a brand-new journal whose lines were all fsynced.
    """
    maak_map(pad.parent)
    nieuw = not pad.exists()
    descriptor = os.open(pad, os.O_WRONLY | os.O_APPEND | os.O_CREAT, BESTANDSRECHTEN)
    try:
        os.write(descriptor, (regel.rstrip("\n") + "\n").encode("utf-8"))
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    if nieuw:
        fsync_map(pad.parent)


def fsync_map(pad: Path) -> None:
    """Make a rename or a new file in `pad` durable."""
    descriptor = os.open(pad, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@contextlib.contextmanager
def vergrendel(bestand: Path, bezet: str, gedeeld: bool = False) -> Iterator[None]:
    """flock on `bestand`, without waiting: exclusive, or shared with other shared holders.

    A second process gets DossierBezet with the Dutch message `bezet` instead of waiting.
    """
    maak_map(bestand.parent)
    descriptor = os.open(bestand, os.O_RDWR | os.O_CREAT, BESTANDSRECHTEN)
    try:
        try:
            fcntl.flock(descriptor, (fcntl.LOCK_SH if gedeeld else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            raise DossierBezet(bezet) from None
        yield
    finally:
        os.close(descriptor)
