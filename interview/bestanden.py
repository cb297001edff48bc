"""Owner-only, crash-safe file writes: every file vplan stores goes through here.

Dossiers hold personal data of families, so files are 0600 and folders 0700, whatever the umask.
A write either lands whole or not at all: temp file in the same folder, fsync, rename, fsync of
the folder. Journals are appended line by line and flushed to disk before the next question.
Nothing is written through a symbolic link: a link where vplan writes is refused (ELOOP), so a
journal or lock linked to a place outside the werkmap never receives a family's data.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import tempfile
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path

from interview.fouten import DossierBezet, schijffout

BESTANDSRECHTEN = 0o600
MAPRECHTEN = 0o700
NIET_VOLGEN = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
"""Refuse a link, keep the file from child processes; Windows has neither flag (nor POSIX links)."""
NIET_BEWAARD = ("Het laatste antwoord is niet bewaard, alles daarvoor wel. Start dezelfde opdracht "
                "opnieuw als dit is opgelost; het gesprek gaat dan verder bij die vraag.")


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
    if not hasattr(signal, "pthread_sigmask"):
        with _uitgesteld():
            yield
        return
    vorige = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, vorige)


@contextlib.contextmanager
def _uitgesteld() -> Iterator[None]:
    """Where there is no signal mask (Windows): Ctrl-C or a stop that comes during the block is noted
    and raised again right after it, for the handler that was there before."""
    ontvangen: list[int] = []
    vorige = {soort: signal.getsignal(soort) for soort in (signal.SIGINT, signal.SIGTERM)}
    for soort, handler in vorige.items():
        if handler is not None:  # None: set outside Python, not ours to replace
            signal.signal(soort, lambda nummer, _frame: ontvangen.append(nummer))
    try:
        yield
    finally:
        for soort, handler in vorige.items():
            if handler is not None:
                signal.signal(soort, handler)
    for nummer in ontvangen[:1]:
        signal.raise_signal(nummer)


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
    """`inhoud` on disk (fsynced, owner-only) beside `pad`, under a hidden temporary name.

    mkstemp itself never follows a link (O_EXCL, O_NOFOLLOW); a link at `pad` is refused here,
    before anything is written, rather than silently replaced.
    """
    if pad.is_symlink():
        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(pad))
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


def voeg_regel_toe(pad: Path, regel: str, gevolg: str = NIET_BEWAARD) -> None:
    """Append one whole line to a journal and make it durable before returning.

    The line lands whole or not at all: a short write is continued, and a failure (disk full)
    cuts the journal back to its last complete line and raises Schijffout, so an answer is only
    ever reported as saved when it is, and no later line can follow half a one. A journal's first
    line also makes its folder entry durable: without that, a power cut could lose a brand-new
    journal whose lines were all fsynced. A file whose last line lacks its newline (copied, edited
    by hand) gets one first, so the new line never runs into the last one. `gevolg` tells the user
    what a failure means for what they were doing (the default: a session's answer).
    """
    maak_map(pad.parent)
    gegevens = (regel.rstrip("\n") + "\n").encode("utf-8")
    descriptor = open_zonder_link(pad, os.O_RDWR | os.O_APPEND | os.O_CREAT)
    try:
        with zonder_onderbreking():  # Ctrl-C waits until the line is whole and on disk
            lengte = os.fstat(descriptor).st_size
            if lengte and _laatste_byte(descriptor, lengte) != b"\n":
                gegevens = b"\n" + gegevens
            try:
                _schrijf_alles(descriptor, gegevens)
                os.fsync(descriptor)
            except OSError as fout:
                # Should the cut fail too, the half line stays last, where reading drops it
                # (journaal.lees_journaal) and the next run cuts it off: nothing follows it.
                with contextlib.suppress(OSError):
                    _kort_af(descriptor, lengte)
                raise schijffout(OSError(fout.errno, fout.strerror, str(pad)), gevolg) from fout
    finally:
        os.close(descriptor)
    if lengte == 0:
        fsync_map(pad.parent)


def maak_leeg(pad: Path) -> bool:
    """Create `pad` as an empty owner-only file, durably; False when anything (a link too) is there.

    The one atomic claim on a name (O_CREAT|O_EXCL): of two processes, only one gets True.
    """
    maak_map(pad.parent)
    try:
        descriptor = open_zonder_link(pad, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except FileExistsError:
        return False
    try:
        alleen_voor_eigenaar(descriptor, pad)  # whatever the umask took away
    finally:
        os.close(descriptor)
    fsync_map(pad.parent)
    return True


def kort_in(pad: Path, lengte: int) -> None:
    """Cut the file at `pad` back to `lengte` bytes, durably, without following a link."""
    descriptor = open_zonder_link(pad, os.O_WRONLY)
    try:
        _kort_af(descriptor, lengte)
    finally:
        os.close(descriptor)


def alleen_voor_eigenaar(descriptor: int, pad: Path) -> None:
    """Make the open file `pad` 0600; through its path where os.fchmod is missing (Windows before 3.13)."""
    if hasattr(os, "fchmod"):
        os.fchmod(descriptor, BESTANDSRECHTEN)
    else:
        os.chmod(pad, BESTANDSRECHTEN)


def open_zonder_link(pad: Path, vlaggen: int) -> int:
    """os.open that refuses a symbolic link at `pad` (ELOOP); a file it creates is 0600 at most."""
    return os.open(pad, vlaggen | NIET_VOLGEN, BESTANDSRECHTEN)


def _laatste_byte(descriptor: int, lengte: int) -> bytes:
    """The file's last byte; os.pread where there is one (not on Windows), else seek and read."""
    if hasattr(os, "pread"):
        return os.pread(descriptor, 1, lengte - 1)
    os.lseek(descriptor, lengte - 1, os.SEEK_SET)
    return os.read(descriptor, 1)


def _schrijf_alles(descriptor: int, gegevens: bytes) -> None:
    """os.write may write less than asked (a nearly full disk): go on until all of it is written."""
    rest = memoryview(gegevens)
    while rest:
        geschreven = os.write(descriptor, rest)
        if geschreven == 0:  # no progress and no error: stop rather than loop for ever
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        rest = rest[geschreven:]


def _kort_af(descriptor: int, lengte: int) -> None:
    os.ftruncate(descriptor, lengte)
    os.fsync(descriptor)


def fsync_map(pad: Path) -> None:
    """Make a rename or a new file in `pad` durable (Windows cannot open a folder, and needs not)."""
    if os.name == "nt":
        return
    descriptor = os.open(pad, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@contextlib.contextmanager
def vergrendel(bestand: Path, bezet: str, gedeeld: bool = False) -> Iterator[None]:
    """Lock `bestand` without waiting: exclusive, or shared with other shared holders.

    A second process gets DossierBezet with the Dutch message `bezet` instead of waiting; the system
    releases the lock when a process dies. Each call is its own holder: this process asking again for
    a conflicting lock is refused too. The file is made first like every file of vplan (owner-only,
    never through a link). Where the system has flock (Linux, macOS) the lock is flock on an own
    descriptor; elsewhere (Windows) filelock's ReadWriteLock, SQLite's own locking. Every vplan on one
    system takes the same kind, so they exclude each other; flock first because filelock with SQLite
    costs some 10 ms of import, a tenth of what a `vplan documenten` may take (issue 22.3).
    """
    maak_map(bestand.parent)
    descriptor = open_zonder_link(bestand, os.O_RDWR | os.O_CREAT)
    try:
        import fcntl
    except ModuleNotFoundError:
        os.close(descriptor)
        with _leesschrijfslot(bestand, bezet, gedeeld):
            yield
        return
    try:
        try:
            fcntl.flock(descriptor, (fcntl.LOCK_SH if gedeeld else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            raise DossierBezet(bezet) from None
        yield
    finally:
        os.close(descriptor)  # closing the only descriptor releases the lock


@contextlib.contextmanager
def _leesschrijfslot(bestand: Path, bezet: str, gedeeld: bool) -> Iterator[None]:
    """filelock's ReadWriteLock on `bestand` (made already), for a system without flock."""
    with warnings.catch_warnings():  # imported here: only Windows pays it
        # Without fcntl outside Windows filelock warns that its plain FileLock is a soft one; vplan
        # does not use that lock, so the warning would only alarm the user.
        warnings.filterwarnings("ignore", "only soft file lock is available", UserWarning)
        from filelock import ReadWriteLock, Timeout

    slot = ReadWriteLock(bestand, blocking=False, is_singleton=False)
    try:
        try:
            (slot.acquire_read if gedeeld else slot.acquire_write)(blocking=False)
        except Timeout:
            raise DossierBezet(bezet) from None
        yield
    finally:
        slot.close()
