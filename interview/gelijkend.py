""""Bedoelt u …?": the few candidates closest to what the user typed, never the whole list."""

from __future__ import annotations

from collections.abc import Iterable

MINSTE_GELIJKENIS = 0.6
"""difflib's own default, for words: 'documnten' finds 'documenten', 'xyz' finds nothing."""

KENMERK_GELIJKENIS = 0.85
"""For kenmerken, which share most of their characters (VP-2026-…): about one character typed wrong,
left out or added; 'VP-2026-042' finds VP-2026-0042, 'VP-2026-9999' finds nothing."""


def gelijkend(gezocht: str, kandidaten: Iterable[str], hoogstens: int = 3,
              minste: float = MINSTE_GELIJKENIS) -> list[str]:
    """The candidates closest to `gezocht` (case ignored), only those sharing the best score (at
    least `minste`, difflib's ratio) and at most `hoogstens`; empty when none is close. Never a list
    of everything: the candidates may be other families' dossiers or people, and a screen may be
    shared (issue 21)."""
    per_vorm: dict[str, str] = {}
    for kandidaat in kandidaten:
        per_vorm.setdefault(kandidaat.casefold(), kandidaat)
    klein = gezocht.casefold()
    if klein in per_vorm:
        return [per_vorm[klein]]
    scores = [(_gelijkenis(klein, vorm, minste), kandidaat) for vorm, kandidaat in per_vorm.items()]
    scores = [(score, kandidaat) for score, kandidaat in scores if score >= minste]
    if not scores:
        return []
    beste = max(score for score, _ in scores)
    return sorted(kandidaat for score, kandidaat in scores if score == beste)[:hoogstens]


def _gelijkenis(gezocht: str, kandidaat: str, minste: float) -> float:
    """difflib's ratio, after its cheap upper bounds (a werkmap may hold thousands of kenmerken)."""
    import difflib  # here: only a mistyped word needs it, and every command loads this module

    vergelijking = difflib.SequenceMatcher(None, gezocht, kandidaat)
    if vergelijking.real_quick_ratio() < minste or vergelijking.quick_ratio() < minste:
        return 0.0
    return vergelijking.ratio()


def bedoelt_u(kandidaten: list[str]) -> str:
    """'Bedoelt u X?', 'Bedoelt u X of Y?', 'Bedoelt u X, Y of Z?'; empty without candidates."""
    if not kandidaten:
        return ""
    if len(kandidaten) == 1:
        return f"Bedoelt u {kandidaten[0]}?"
    return f"Bedoelt u {', '.join(kandidaten[:-1])} of {kandidaten[-1]}?"
