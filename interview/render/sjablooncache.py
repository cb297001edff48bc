"""Prepared templates kept on disk between runs, so one `vplan documenten` does not prepare them again.

An entry is found by a key over the template's bytes and everything that shapes its preparation
(vplan's render code, Python, Jinja, docxtpl, python-docx): a changed template or program never
meets an old entry, it simply has none yet. Entries live in the user's cache folder
($XDG_CACHE_HOME/vplan/sjablonen, else ~/.cache/vplan/sjablonen), never in the werkmap; the folder
is the owner's alone (0700) and so is every entry (0600).

An entry holds compiled template code, which runs without the checks the sandbox makes while
compiling. So a folder or entry another user could have written is never read, and each entry
carries a SHA-256 of its contents: a damaged or cut-off entry is ignored and written anew.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from interview.cacheplek import eigen_map, lees_eigen_bestand, vplanmap

KOP = b"vplan-sjabloon\x001\n"
"""The start of every entry: what it is and the layout of what follows (raise on a change)."""
VINGERAFDRUK = hashlib.sha256().digest_size
NIEUW = ".nieuw-"
"""The start of an entry's name while it is being written."""
HOOGSTENS = 100
"""Entries kept at most (about 15 MB); past that the oldest go, as each template change adds one."""


def cachemap() -> Path:
    """$XDG_CACHE_HOME/vplan/sjablonen, else ~/.cache/vplan/sjablonen."""
    return vplanmap() / "sjablonen"


def sleutel(inhoud: bytes, bronnen: Iterable[Path]) -> str:
    """The name of the entry for a template with bytes `inhoud`, prepared by the code in `bronnen`."""
    return hashlib.sha256(_programma(tuple(bronnen)) + inhoud).hexdigest()


@functools.cache
def _programma(bronnen: tuple[Path, ...]) -> bytes:
    """A fingerprint of Python and the code in `bronnen`, read once per process (the program does
    not change while it runs; a `vplan documenten` looks up seven templates).

    The installed docxtpl, python-docx and Jinja count by their files, so an upgrade of either
    (which may clean up or serialise XML differently) starts afresh without importing them here.
    """
    totaal = hashlib.sha256(sys.version.encode() + b"\0")
    for pad in (*bronnen, *_bibliotheken("docxtpl", "docx", "jinja2")):
        totaal.update(pad.name.encode() + b"\0" + pad.read_bytes())
    return totaal.digest()


def _bibliotheken(*namen: str) -> list[Path]:
    """The package file of each library (its version lives there), found without importing it."""
    paden = []
    for naam in namen:
        gevonden = importlib.util.find_spec(naam)
        if gevonden is not None and gevonden.origin:
            paden.append(Path(gevonden.origin))
    return paden


def lees(naam: str) -> bytes | None:
    """The contents of entry `naam`; None when there is none, or it is damaged or not the owner's alone."""
    gegevens = lees_eigen_bestand(cachemap() / naam) if eigen_map(cachemap(), maak=False) else None
    if gegevens is None:
        return None
    kop, afdruk, inhoud = gegevens[:len(KOP)], gegevens[len(KOP):len(KOP) + VINGERAFDRUK], \
        gegevens[len(KOP) + VINGERAFDRUK:]
    if kop != KOP or hashlib.sha256(inhoud).digest() != afdruk:
        return None
    return inhoud


def schrijf(naam: str, inhoud: bytes) -> None:
    """Store entry `naam`, in one step (another process reads the old entry or the new, never half);
    a cache that cannot be written is no cache, never an error."""
    map_ = cachemap()
    try:
        if not eigen_map(map_, maak=True):
            return  # made by someone else: leave it alone, work without
        descriptor, tijdelijk = tempfile.mkstemp(dir=map_, prefix=NIEUW)  # mode 0600
        try:
            with os.fdopen(descriptor, "wb") as bestand:
                bestand.write(KOP + hashlib.sha256(inhoud).digest() + inhoud)
            os.replace(tijdelijk, map_ / naam)
        except BaseException:
            Path(tijdelijk).unlink(missing_ok=True)
            raise
        _ruim_op(map_)
    except OSError:
        return


def _ruim_op(map_: Path) -> None:
    """Remove the oldest entries beyond HOOGSTENS; one another process removed first is no matter."""
    items = sorted((item for item in os.scandir(map_) if not item.name.startswith(NIEUW)),
                   key=lambda item: item.stat().st_mtime_ns, reverse=True)  # not what others are writing
    for item in items[HOOGSTENS:]:
        Path(item.path).unlink(missing_ok=True)
