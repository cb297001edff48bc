"""Errors the interview engine adds to the project's one error tree (interview.fouten)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from interview.fouten import OngeldigeInvoer, VplanFout


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
