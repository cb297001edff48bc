"""One error tree for everything a user can get wrong; only the CLI prints them and picks exit codes."""

from __future__ import annotations

import errno
from collections.abc import Mapping
from typing import Any


class VplanFout(Exception):
    """A user-facing failure with one Dutch line (and optional detail lines) to print."""

    afsluitcode = 1

    def __init__(self, bericht: str, details: list[str] | None = None) -> None:
        super().__init__(bericht)
        self.bericht = bericht
        self.details = details or []


class DossierNietGevonden(VplanFout):
    """No dossier with that kenmerk in the werkmap."""


class DossierBestaatAl(VplanFout):
    """A new dossier would overwrite an existing one."""


class DossierBezet(VplanFout):
    """Another process holds the dossier's lock."""


class OngeldigeInvoer(VplanFout):
    """An answers file or argument that cannot be read or does not validate."""


class BeschadigdBestand(VplanFout):
    """A stored file that cannot be read back (corrupt, truncated, unknown schema)."""


class SjabloonFout(VplanFout):
    """A Word template that is missing or cannot be rendered."""


class AlVerwerkt(VplanFout):
    """An answers file given again for the version it already made: nothing is done twice."""


class GeenTerminal(VplanFout):
    """An interactive command was started without a terminal to ask questions on."""


class Gebruiksfout(VplanFout):
    """The command line itself is wrong (options that do not go together, a needed one missing):
    exit 2, as for argparse's own mistakes, so a script can tell it from a failure of the work."""

    afsluitcode = 2


class Schijffout(VplanFout):
    """The disk refused a read or write: permissions, read-only, full, not a folder."""


class GeenToestemming(Schijffout):
    """The system does not let this user read a file or folder: not damaged, so nothing to restore."""


SCHIJFFOUTEN = {
    errno.EACCES: "geen toestemming",
    errno.EPERM: "geen toestemming",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "de schijfruimte (quotum) is op",
    errno.ENOTDIR: "een deel van het pad is een bestand, geen map",
    errno.EISDIR: "dit is een map, geen bestand",
    errno.ENOENT: "bestaat niet",
    errno.EEXIST: "bestaat al",
    errno.ENAMETOOLONG: "de naam is te lang",
    errno.EIO: "de schijf gaf een leesfout of schrijffout",
    errno.ELOOP: "daar staat een snelkoppeling (symbolische link); vplan schrijft niet via een link",
}


class VragenlijstFout(OngeldigeInvoer):
    """A questionnaire file that cannot be used: the message names the file and the question."""


class GesprekAfgesloten(VplanFout):
    """The journal already holds a closed session; a new session needs a new journal."""


class GesprekOnderbroken(VplanFout):
    """Ctrl-C (or a closed input) stopped the session; every answer given so far is on disk.

    `antwoorden` holds those answers keyed by `veld`, so the caller can say what was kept.
    """

    afsluitcode = 130  # as for any program stopped with Ctrl-C

    def __init__(self, bericht: str, antwoorden: Mapping[str, Any]) -> None:
        super().__init__(bericht)
        self.antwoorden = dict(antwoorden)


def schijfreden(fout: OSError) -> str:
    """Why the disk refused, in Dutch (the OS's own text, `strerror`, is English)."""
    return SCHIJFFOUTEN.get(fout.errno or 0, f"systeemfout {fout.errno}")


def schijffout(fout: OSError, gevolg: str = "Er is niets half weggeschreven.") -> Schijffout:
    """An OSError in Dutch, naming the file it is about.

    `gevolg` tells the user what the failure left behind.
    """
    reden = schijfreden(fout)
    # For a rename or link, filename is our hidden temporary file; filename2 is the one meant.
    bestand = fout.filename2 or fout.filename
    waar = f" bij {bestand}" if bestand else ""
    return Schijffout(f"Lezen of schrijven lukt niet{waar}: {reden}. {gevolg}")


def geen_toestemming(naam: str) -> GeenToestemming:
    """A file or folder this user may not read, named as the user knows it (the path they gave, or
    its place in the werkmap: `VP-2026-0042/plannen/plan-v1.json`)."""
    return GeenToestemming(
        f"Geen toestemming om {naam} te lezen: de rechten van het bestand of de map laten het uw account "
        "niet toe. Vraag wie de map beheert om leesrechten; er is niets veranderd."
    )
