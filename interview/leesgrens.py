"""Reads vplan's stored files (JSON, JSON lines, TOML) within size and depth limits, or refuses them in Dutch.

Python's parsers and pydantic recurse per level of nesting, so a stored file nested 100,000 deep
ended in RecursionError (issue 24, item 4). Every reader of a stored file goes through here: the
size is checked before reading, the nesting before parsing (JSON) or right after (TOML), and any
failure is a BeschadigdBestand that names the file, never its content (a family's data).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from itertools import accumulate
from pathlib import Path
from typing import Any

from interview.fouten import BeschadigdBestand, geen_toestemming, schijffout

MAX_DIEPTE = 64
"""Nesting a stored file may have; vplan's own files stay under 10."""

MB = 1024 * 1024
KLEIN = 2 * MB
"""dossier.json, a version folder's .vplan.json, sjablonen.toml: a few KB in practice."""
PLAN = 16 * MB
"""A plan version: tens of KB in practice."""
REGELS = 64 * MB
"""A JSON-lines file (a journal, vaststelling.jsonl, tijd.jsonl): grows by a line per answer or entry."""

_TEKENREEKS = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_GEEN_HAAKJE = re.compile(rb"[^\[\]{}]+")
_STAP = [0] * 256
_STAP[ord("[")] = _STAP[ord("{")] = 1
_STAP[ord("]")] = _STAP[ord("}")] = -1


def toon(pad: Path, basis: Path | None = None) -> str:
    """The file's name for a message: relative to `basis` (the werkmap) when it lies under it."""
    if basis is not None and pad.is_relative_to(basis):
        return str(pad.relative_to(basis))
    return str(pad)


def beschadigd(pad: Path, basis: Path | None = None, waarom: str = "beschadigd of onleesbaar",
               regel: int | None = None) -> BeschadigdBestand:
    """The one message for a stored file that cannot be used; it names the file, never its content."""
    waar = f" op regel {regel}" if regel else ""
    return BeschadigdBestand(
        f"Bestand {toon(pad, basis)} is {waarom}{waar}; er is niets veranderd. "
        "Zet een reservekopie terug of neem contact op met de beheerder."
    )


def lees_grens(pad: Path, grens: int, basis: Path | None = None) -> bytes:
    """The bytes of `pad`, refused when longer than `grens`; FileNotFoundError passes on to the caller."""
    try:
        with pad.open("rb") as bestand:
            data = bestand.read(grens + 1)
    except (FileNotFoundError, IsADirectoryError):
        raise
    except PermissionError as fout:  # not damaged: nothing to restore, only rights to ask for
        raise geen_toestemming(toon(pad, basis)) from fout
    except OSError as fout:
        raise schijffout(fout, "Er is niets veranderd.") from fout
    if len(data) > grens:
        raise beschadigd(pad, basis, f"groter dan {grens // MB} MB, te groot voor vplan")
    return data


def diepte(data: bytes) -> int:
    """How deep the brackets outside strings nest: a cheap scan that never recurses."""
    haakjes = _GEEN_HAAKJE.sub(b"", _TEKENREEKS.sub(b"", data))
    return max(accumulate(_STAP[teken] for teken in haakjes), default=0)


class TeDiep(ValueError):
    """Nesting beyond MAX_DIEPTE."""


def ontleed_json(data: bytes) -> Any:
    """One JSON value from bytes; ValueError when it is not UTF-8 JSON, TeDiep when it nests too deep."""
    if diepte(data) > MAX_DIEPTE:
        raise TeDiep(f"dieper genest dan {MAX_DIEPTE} niveaus")
    try:
        return json.loads(data.decode("utf-8"))
    except RecursionError as fout:  # the scan above should prevent this; a second line of defence
        raise TeDiep(f"dieper genest dan {MAX_DIEPTE} niveaus") from fout


def lees_json(pad: Path, grens: int = KLEIN, basis: Path | None = None) -> Any:
    """The JSON document at `pad`, read within `grens` bytes and MAX_DIEPTE levels."""
    data = lees_grens(pad, grens, basis)
    try:
        return ontleed_json(data)
    except TeDiep as fout:
        raise beschadigd(pad, basis, str(fout)) from fout
    except ValueError as fout:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise beschadigd(pad, basis) from fout


def lees_json_object(pad: Path, grens: int = KLEIN, basis: Path | None = None) -> dict[str, Any]:
    """As lees_json, for a file that must hold one JSON object."""
    gegevens = lees_json(pad, grens, basis)
    if not isinstance(gegevens, dict):
        raise beschadigd(pad, basis)
    return gegevens


def json_regels(pad: Path, grens: int = REGELS, basis: Path | None = None) -> Iterator[tuple[int, Any]]:
    """(line number, value) for every line of a JSON-lines file; an unreadable line is refused by number."""
    data = lees_grens(pad, grens, basis)
    for nummer, regel in enumerate(data.splitlines(), 1):
        try:
            yield nummer, ontleed_json(regel)
        except TeDiep as fout:
            raise beschadigd(pad, basis, str(fout), nummer) from fout
        except ValueError as fout:
            raise beschadigd(pad, basis, regel=nummer) from fout


def lees_toml(pad: Path, grens: int = KLEIN, basis: Path | None = None) -> dict[str, Any]:
    """The TOML document at `pad`, read within `grens` bytes and MAX_DIEPTE levels."""
    import tomllib  # here: most commands read no TOML, and `vplan documenten` counts its milliseconds

    data = lees_grens(pad, grens, basis)
    try:
        gegevens = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as fout:
        raise beschadigd(pad, basis, "geen tekstbestand in UTF-8") from fout
    except (tomllib.TOMLDecodeError, RecursionError) as fout:
        raise beschadigd(pad, basis, "geen geldig TOML-bestand") from fout
    if _te_diep(gegevens):
        raise beschadigd(pad, basis, f"dieper genest dan {MAX_DIEPTE} niveaus")
    return gegevens


def _te_diep(waarde: Any) -> bool:
    """Whether parsed data nests deeper than MAX_DIEPTE, walked without recursion."""
    open_: list[tuple[Any, int]] = [(waarde, 1)]
    while open_:
        huidig, niveau = open_.pop()
        kinderen = huidig.values() if isinstance(huidig, dict) else huidig if isinstance(huidig, list) else ()
        if kinderen and niveau > MAX_DIEPTE:
            return True
        open_.extend((kind, niveau + 1) for kind in kinderen)
    return False
