"""Makes any answer safe to place in Word XML: characters XML forbids are removed, nothing else changes."""

from __future__ import annotations

import re

# XML 1.0 forbids C0 controls except tab, newline and carriage return; C1 controls and
# non-characters are allowed but Word refuses some of them, so they go too.
VERBODEN_TEKENS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
WITRUIMTE_TEKENS = re.compile("[\x0b\x0c]")
"""Vertical tab and form feed separate words; they become a space rather than vanish."""
TE_BEKIJKEN = re.compile("[\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
"""Any character `maak_veilig` changes: most answers hold none, and one search is cheaper than four passes."""


def maak_veilig(tekst: str) -> str:
    """Return `tekst` without control characters; line ends become a plain newline."""
    if not TE_BEKIJKEN.search(tekst):
        return tekst
    tekst = tekst.replace("\r\n", "\n").replace("\r", "\n")
    return VERBODEN_TEKENS.sub("", WITRUIMTE_TEKENS.sub(" ", tekst))
