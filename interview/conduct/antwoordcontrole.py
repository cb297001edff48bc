"""Answer checking per question type, shared by the keyboard, answers files and tests."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from interview.conduct.vragenlijst import Vraag

VERPLICHT = "Dit antwoord is verplicht."
SCHAAL_NUL = "de kinderen kunnen niet thuis blijven wonen / het is zo onveilig dat ingrijpen nodig is"
SCHAAL_TIEN = "iedereen is er zeker van dat de kinderen veilig genoeg zijn om de zaak te sluiten"

Keuzes = tuple[tuple[str, str], ...]
"""(stored value, label shown) for keuze, meerkeuze, persoon and personen questions."""

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NL = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_MET_MAAND = re.compile(r"(\d{1,2})[\s-]+([^\W\d_]+)\.?[\s-]+(\d{4})")
DATUM_VOORBEELDEN = "14-03-2018, 14 maart 2018 of 2018-03-14"
_WEG = frozenset({"Cc", "Cs"})


class OngeldigAntwoord(ValueError):
    """An answer that does not fit its question; `melding` is one Dutch sentence for the user."""

    def __init__(self, melding: str) -> None:
        super().__init__(melding)
        self.melding = melding


def controleer(vraag: Vraag, waarde: Any, keuzes: Keuzes = ()) -> Any:
    """The answer as stored (clean text, ISO date, int score, list of values); None when skipped.

    Raises OngeldigAntwoord when the answer does not fit, including an empty required answer.
    """
    if isinstance(waarde, str) and vraag.soort not in ("lang",):
        waarde = schoon_tekst(waarde, een_regel=True)
    elif isinstance(waarde, str):
        waarde = schoon_tekst(waarde, een_regel=False)
    if waarde is None or waarde == "" or waarde == []:
        if vraag.verplicht:
            raise OngeldigAntwoord(VERPLICHT)
        return None
    return _PER_SOORT[vraag.soort](waarde, keuzes)


def schoon_tekst(tekst: str, *, een_regel: bool) -> str:
    """Text without control characters (newline and tab stay in long text), trimmed at both ends.

    Everything else, '<', '&', '{{ }}' and emoji included, is kept literally: statements are
    quoted as said, and the renderer escapes them.
    """
    tekst = tekst.replace("\r\n", "\n").replace("\r", "\n")
    if een_regel:
        tekst = " ".join(deel.strip() for deel in tekst.split("\n"))
    return "".join(t for t in tekst if t in "\n\t" or unicodedata.category(t) not in _WEG).strip()


def verwacht(vraag: Vraag, keuzes: Keuzes = ()) -> str:
    """What an answer to `vraag` should look like, in Dutch, for error messages."""
    opties = ", ".join(waarde for waarde, _ in keuzes[:8]) + (", ..." if len(keuzes) > 8 else "")
    return {
        "kort": "één regel tekst",
        "lang": "tekst",
        "keuze": f"één van: {opties}",
        "meerkeuze": f"een lijst met keuzes uit: {opties}",
        "janee": "ja of nee (true of false)",
        "schaal": "een geheel getal van 0 tot en met 10",
        "datum": f"een datum, zoals {DATUM_VOORBEELDEN}",
        "persoon": f"de naam van één persoon{' uit: ' + opties if keuzes else ''}",
        "personen": f"een lijst met namen{' uit: ' + opties if keuzes else ''}",
        "lijst": f"een lijst met een {vraag.item} per item",
    }[vraag.soort]


def lees_schaal(tekst: str) -> int:
    """A score typed on the keyboard; OngeldigAntwoord unless it is a whole number 0-10."""
    tekst = tekst.strip()
    if not tekst.isdigit() or not 0 <= int(tekst) <= 10:
        raise OngeldigAntwoord("Vul een geheel getal van 0 tot en met 10 in.")
    return int(tekst)


def datum_voor_mensen(iso: str) -> str:
    """'2026-11-20' -> '20-11-2026', the way Dutch users type and read dates."""
    datum = dt.date.fromisoformat(iso)
    return f"{datum.day:02d}-{datum.month:02d}-{datum.year}"


def _tekst(waarde: Any, keuzes: Keuzes) -> str:
    if isinstance(waarde, bool) or not isinstance(waarde, str | int | float):
        raise OngeldigAntwoord(f"Verwacht tekst, gevonden {soortnaam(waarde)}.")
    return str(waarde)


def _keuze(waarde: Any, keuzes: Keuzes) -> str:
    """The choice as the list spells it: an answers file may write 'z1' for Z1."""
    if not isinstance(waarde, str):
        raise OngeldigAntwoord(f"Verwacht één keuze, gevonden {soortnaam(waarde)}.")
    gelijk = [w for w, _ in keuzes if w == waarde] or [
        w for w, _ in keuzes if w.casefold() == waarde.casefold()]
    if not gelijk:
        raise OngeldigAntwoord(f"'{waarde}' is geen van de keuzes.")
    return gelijk[0]


def _meerkeuze(waarde: Any, keuzes: Keuzes) -> list[str]:
    """The choices ticked; text separated by commas counts as a list, as answers files for
    questions that used to be typed ('dient: Z1, B1') wrote it."""
    if isinstance(waarde, str):
        waarde = [waarde] if waarde in {w for w, _ in keuzes} else [
            deel.strip() for deel in waarde.replace(";", ",").split(",") if deel.strip()]
    if not isinstance(waarde, list):
        raise OngeldigAntwoord(f"Verwacht een lijst, gevonden {soortnaam(waarde)}.")
    gekozen = [_keuze(w, keuzes) for w in waarde]
    return list(dict.fromkeys(gekozen))


JA = frozenset({"ja", "j", "true", "yes"})
NEE = frozenset({"nee", "n", "false", "no"})
"""How ja and nee are written in an answers file, where every unquoted value is text (see
interview.yamlbestand): Dutch, or as YAML and JSON write a bool."""


def _janee(waarde: Any, keuzes: Keuzes) -> bool:
    if isinstance(waarde, bool):
        return waarde
    if isinstance(waarde, str) and waarde.lower() in JA | NEE:
        return waarde.lower() in JA
    if isinstance(waarde, str):
        raise OngeldigAntwoord(f"Verwacht ja of nee, gevonden '{waarde}'.")
    raise OngeldigAntwoord(f"Verwacht ja of nee, gevonden {soortnaam(waarde)}.")


def _schaal(waarde: Any, keuzes: Keuzes) -> int:
    if isinstance(waarde, str) and waarde.strip().isdecimal() and waarde.strip().isascii():
        waarde = int(waarde)  # a score in an answers file is the text typed (interview.yamlbestand)
    elif isinstance(waarde, str):
        raise OngeldigAntwoord(f"Verwacht een geheel getal, gevonden '{waarde}'.")
    if isinstance(waarde, bool) or not isinstance(waarde, int):
        raise OngeldigAntwoord(f"Verwacht een geheel getal, gevonden {soortnaam(waarde)}.")
    if not 0 <= waarde <= 10:
        raise OngeldigAntwoord(f"Een schaalscore loopt van 0 tot en met 10, niet {waarde}.")
    return waarde


def _datum(waarde: Any, keuzes: Keuzes) -> str:
    if isinstance(waarde, dt.date) and not isinstance(waarde, dt.datetime):
        return waarde.isoformat()
    if not isinstance(waarde, str):
        raise OngeldigAntwoord(f"Verwacht een datum, gevonden {soortnaam(waarde)}.")
    dag_maand_jaar = _dag_maand_jaar(waarde)
    if dag_maand_jaar is None:
        raise OngeldigAntwoord(f"Geef een datum als {DATUM_VOORBEELDEN}.")
    dag, maand, jaar = dag_maand_jaar
    try:
        return dt.date(jaar, maand, dag).isoformat()
    except ValueError:
        raise OngeldigAntwoord("Die datum bestaat niet.") from None


def _dag_maand_jaar(tekst: str) -> tuple[int, int, int] | None:
    """Day, month and year from the forms Dutch users write: 2018-03-14, 14-3-2018 (or with / or
    .), 14 maart 2018, 14 mrt. 2018; None when it is none of them. The day is not checked."""
    iso, nl, met_maand = _ISO.fullmatch(tekst), _NL.fullmatch(tekst), _MET_MAAND.fullmatch(tekst)
    if iso:
        return int(iso[3]), int(iso[2]), int(iso[1])
    if nl:
        return int(nl[1]), int(nl[2]), int(nl[3])
    if met_maand and met_maand[2].casefold() in _maanden():
        return int(met_maand[1]), _maanden()[met_maand[2].casefold()], int(met_maand[3])
    return None


@functools.cache
def _maanden() -> Mapping[str, int]:
    """Dutch month names and abbreviations (babel's: 'maart', 'mrt'), plus the common 'sept'."""
    from babel.dates import get_month_names

    namen = {str(naam).casefold(): nummer for soort in ("wide", "abbreviated")
             for nummer, naam in get_month_names(soort, locale="nl").items()}
    return {**namen, "sept": 9}


def _persoon(waarde: Any, keuzes: Keuzes) -> str:
    if not isinstance(waarde, str):
        raise OngeldigAntwoord(f"Verwacht één naam, gevonden {soortnaam(waarde)}.")
    if keuzes and waarde not in {w for w, _ in keuzes}:
        raise OngeldigAntwoord(f"'{waarde}' staat niet bij de personen van dit dossier.")
    return waarde


def _personen(waarde: Any, keuzes: Keuzes) -> list[str]:
    if not isinstance(waarde, list):
        raise OngeldigAntwoord(f"Verwacht een lijst met namen, gevonden {soortnaam(waarde)}.")
    namen = [_persoon(schoon_tekst(w, een_regel=True) if isinstance(w, str) else w, keuzes) for w in waarde]
    return list(dict.fromkeys(namen))


def _geen_lijst(waarde: Any, keuzes: Keuzes) -> Any:
    raise OngeldigAntwoord("Een lijst wordt per item gevraagd, niet als één antwoord.")


def soortnaam(waarde: Any) -> str:
    """The kind of a YAML value in Dutch, so errors can say what was found without quoting it."""
    if isinstance(waarde, bool):
        return "ja/nee"
    if isinstance(waarde, int | float):
        return "een getal"
    if isinstance(waarde, str):
        return "tekst"
    if isinstance(waarde, Sequence):
        return "een lijst"
    if isinstance(waarde, dict):
        return "een groep velden"
    if isinstance(waarde, dt.date):
        return "een datum"
    return "niets" if waarde is None else type(waarde).__name__


_PER_SOORT: dict[str, Callable[[Any, Keuzes], Any]] = {
    "kort": _tekst,
    "lang": _tekst,
    "keuze": _keuze,
    "meerkeuze": _meerkeuze,
    "janee": _janee,
    "schaal": _schaal,
    "datum": _datum,
    "persoon": _persoon,
    "personen": _personen,
    "lijst": _geen_lijst,
}
