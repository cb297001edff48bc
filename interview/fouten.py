"""One error tree for everything a user can get wrong; only the CLI prints them and picks exit codes."""

from __future__ import annotations


class VplanFout(Exception):
    """A user-facing failure with one Dutch line (and optional detail lines) to print."""

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


class GeenTerminal(VplanFout):
    """An interactive command was started without a terminal to ask questions on."""
