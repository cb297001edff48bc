"""vplan's cache folder: folders only the owner may open (0700), files read only when the owner's alone."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from interview.systeem import cachemap

MAPRECHTEN = 0o700
NIET_VOLGEN = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
"""Open without following a link, not inherited by children (Windows has neither flag nor POSIX links)."""
HOOGSTENS = 256 * 1024 * 1024
"""A cache file larger than this is not read (a cache of 100,000 dossiers is about 60 MB)."""


def vplanmap() -> Path:
    """$XDG_CACHE_HOME/vplan, else ~/.cache/vplan (on Windows and macOS their own cache folder)."""
    return cachemap()


def eigen_map(map_: Path, *, maak: bool) -> bool:
    """Whether `map_` (vplanmap() or a folder in it) and every folder from vplanmap() down to it are
    this user's own, not links, and closed to others.

    With `maak`, missing folders are created 0700 whatever the umask (also $XDG_CACHE_HOME or ~/.cache
    when missing, as the XDG spec asks), and a folder of this user that an older vplan left open is
    closed. A folder of another user is never changed: then there is no cache.
    """
    onder = [map_, *(ouder for ouder in map_.parents if ouder == vplanmap() or vplanmap() in ouder.parents)]
    try:
        if maak:
            _maak(map_)
        for pad in reversed(onder):
            if not _van_mij(pad, sluit=maak):
                return False
    except OSError:
        return False
    return True


def lees_eigen_bestand(pad: Path) -> bytes | None:
    """The bytes of `pad` when it is a regular file of this user that nobody else may read or write;
    None otherwise (missing, a link, another owner, open to others, too large or unreadable).

    The checks are made on the opened file, so a file swapped in between is not read.
    """
    try:
        descriptor = os.open(pad, os.O_RDONLY | NIET_VOLGEN | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    with os.fdopen(descriptor, "rb") as bestand:
        try:
            staat = os.fstat(descriptor)
            if not (stat.S_ISREG(staat.st_mode) and _alleen_van_mij(staat)) or staat.st_size > HOOGSTENS:
                return None
            return bestand.read(HOOGSTENS + 1)
        except OSError:
            return None


def _maak(map_: Path) -> None:
    ontbrekend = [pad for pad in [map_, *map_.parents] if not os.path.lexists(pad)]
    for pad in reversed(ontbrekend):
        try:
            pad.mkdir(mode=MAPRECHTEN)
        except FileExistsError:
            continue  # made by another process in between: judged below like any folder
        os.chmod(pad, MAPRECHTEN)


def _van_mij(pad: Path, sluit: bool) -> bool:
    """Whether folder `pad` is this user's and closed to others (with `sluit`: closed now if it was open).

    Judged on the opened folder, so a link put in its place is refused rather than followed.
    """
    descriptor = os.open(pad, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | NIET_VOLGEN)
    try:
        staat = os.fstat(descriptor)
        if _alleen_van_mij(staat):
            return True
        if staat.st_uid != os.getuid():
            return False
        if sluit:
            os.fchmod(descriptor, MAPRECHTEN)
        return sluit
    finally:
        os.close(descriptor)


def _alleen_van_mij(staat: os.stat_result) -> bool:
    if not hasattr(os, "getuid"):  # Windows: no owner in st_uid; the user's own profile folder protects
        return True
    return staat.st_uid == os.getuid() and not staat.st_mode & (stat.S_IRWXG | stat.S_IRWXO)
