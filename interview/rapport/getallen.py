"""Numbers, percentages and counted nouns as a Dutch reader expects them, through babel (issue 21.4)."""

from __future__ import annotations

from babel.core import Locale
from babel.numbers import format_decimal, format_percent

TAAL = "nl_NL"


def getal(waarde: float, decimalen: int = 0) -> str:
    """'1.234' and '1,5': Dutch digit grouping and decimal comma, `decimalen` digits after it."""
    patroon = "#,##0" + ("." + "0" * decimalen if decimalen else "")
    return format_decimal(waarde, format=patroon, locale=TAAL)


def procent(deel: float) -> str:
    """0.05 -> '5%', as Dutch writes a percentage."""
    return format_percent(deel, locale=TAAL)


def aantal(hoeveel: int, enkelvoud: str, meervoud: str) -> str:
    """'1 dossier', '0 dossiers', '1.234 dossiers': the form babel's Dutch plural rule chooses."""
    vorm = enkelvoud if Locale.parse(TAAL).plural_form(hoeveel) == "one" else meervoud
    return f"{getal(hoeveel)} {vorm}"
