"""Reads YAML (or JSON) files a person wrote, with Dutch errors that point at the spot.

Used for answers files, plan files and questionnaires; it imports no model, so the interview
engine can read a questionnaire without loading the plan model.

What a person typed stays text (issue 18): YAML 1.1 reads `telefoon: 0612345670` as an octal
number, `wanneer: 10:30` as 630 minutes and `nee` as false, and even YAML 1.2's core schema
reads a phone number as a number without its leading zero. So answers and plan files are read
with `Tekstlader`: every unquoted value is text, only an empty value or `null` means "nothing",
and the question or the plan model types it (a score, ja/nee, a date) and names the value it
cannot use. Questionnaires, which vplan ships and its code reads as data, keep YAML's types.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from pathlib import Path
from typing import Any

import yaml

from interview.fouten import OngeldigeInvoer, geen_toestemming, schijffout


def lees_yaml(pad: Path, fout_soort: type[OngeldigeInvoer] = OngeldigeInvoer, *, getypt: bool = False) -> Any:
    """The parsed content of a YAML (or JSON) file, every unquoted value as text (None for an empty
    value or `null`); `getypt` reads YAML's own types instead. `fout_soort` with line and column
    if the file is broken."""
    try:
        tekst = pad.read_text(encoding="utf-8")
    except FileNotFoundError as fout:
        raise fout_soort(f"Bestand niet gevonden: {pad}") from fout
    except UnicodeDecodeError as fout:
        raise fout_soort(f"{pad} is geen tekstbestand in UTF-8") from fout
    except PermissionError as fout:
        raise geen_toestemming(str(pad)) from fout
    except OSError as fout:
        raise schijffout(fout) from fout
    try:
        return yaml.load(tekst, Loader=StrengeLader if getypt else Tekstlader)
    except RecursionError as fout:  # PyYAML composes nested blocks recursively
        raise fout_soort(f"{pad} is te diep genest (lijsten of blokken in elkaar)") from fout
    except yaml.reader.ReaderError as fout:
        raise fout_soort(
            f"{pad} bevat een teken dat niet in een tekstbestand hoort (teken {fout.position + 1})"
        ) from fout
    except yaml.MarkedYAMLError as fout:
        plek = _plek_van(fout, tekst)
        waar = f" op regel {plek.line + 1}, kolom {plek.column + 1}" if plek else ""
        wat = "" if isinstance(fout, OnleesbareWaarde) else " is geen geldige YAML"
        raise fout_soort(f"{pad}{wat}{waar}: {_yaml_probleem(fout)}") from fout
    except yaml.YAMLError as fout:
        raise fout_soort(f"{pad} is geen geldige YAML: {fout}") from fout


class OnleesbareWaarde(yaml.constructor.ConstructorError):
    """A value YAML recognises by its form but cannot make (2026-02-30, `!!int tien`); in Dutch."""


class StrengeLader(yaml.SafeLoader):
    """SafeLoader that refuses a key given twice, which would silently drop the first value, and
    that reports a value it cannot make at its line instead of raising a bare Python error."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        if not isinstance(node, yaml.MappingNode):
            return super().construct_mapping(node, deep=deep)  # raises its own ConstructorError
        gezien: set[Any] = set()
        for sleutel_node, _ in node.value:
            sleutel = self.construct_object(sleutel_node, deep=deep)
            if not isinstance(sleutel, Hashable):
                break  # the parent reports an unhashable key with its place
            if sleutel in gezien:
                raise yaml.constructor.ConstructorError(
                    None, None, f"dubbele sleutel '{sleutel}'", sleutel_node.start_mark
                )
            gezien.add(sleutel)
        return super().construct_mapping(node, deep=deep)

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        # PyYAML's own constructors let ValueError and friends escape for a date that does not
        # exist or a `!!int` that is no number; those carry no line, so give them one here.
        try:
            return super().construct_object(node, deep=deep)
        except (ValueError, TypeError, LookupError, AttributeError, OverflowError) as fout:
            raise OnleesbareWaarde(None, None, _onleesbaar(node), node.start_mark) from fout


class Tekstlader(StrengeLader):
    """StrengeLader that reads every unquoted value as the text typed; only an empty value and
    `null` (what JSON and YAML writers put for "nothing") are None. An explicit tag (`!!int 7`)
    still types its value."""

    yaml_implicit_resolvers = {}  # noqa: RUF012  # PyYAML keeps its resolvers in this class table


class Ingetikt(str):
    """A text as typed in a file, with where it stands: a message about a value the question or
    the model cannot use (`2026-02-30` as a date, `misschien` as ja/nee) still names its line."""

    regel: int
    kolom: int

    def plek(self) -> str:
        """'regel 3, kolom 8' (counted from 1, as an editor counts)."""
        return f"regel {self.regel}, kolom {self.kolom}"


def plek_van(waarde: object) -> str:
    """'regel 3, kolom 8' for a value read from a file by `Tekstlader`; empty for any other."""
    return waarde.plek() if isinstance(waarde, Ingetikt) else ""


def _ingetikt(lader: Tekstlader, node: yaml.Node) -> Ingetikt:
    tekst = Ingetikt(lader.construct_scalar(node))  # type: ignore[arg-type]
    tekst.regel, tekst.kolom = node.start_mark.line + 1, node.start_mark.column + 1
    return tekst


Tekstlader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:null|Null|NULL|)$"), ["n", "N", ""])
Tekstlader.add_constructor("tag:yaml.org,2002:str", _ingetikt)


def _onleesbaar(node: yaml.Node) -> str:
    """Why a value cannot be read, in Dutch, naming only what the user typed."""
    waarde = node.value if isinstance(node, yaml.ScalarNode) else ""
    if node.tag == "tag:yaml.org,2002:timestamp":
        return f"'{waarde}' is geen bestaande datum (JJJJ-MM-DD); zet tekst tussen aanhalingstekens"
    soort = node.tag.rsplit(":", 1)[-1]
    if waarde:
        return f"'{waarde}' past niet bij de aanduiding !!{soort}"
    return f"de inhoud past niet bij de aanduiding !!{soort}"


def _plek_van(fout: yaml.MarkedYAMLError, tekst: str) -> yaml.Mark | None:
    """Where to send the user: where it went wrong, unless that is the end of the file.

    An unclosed [ or " is only noticed at the end of the file; where it began helps more then.
    """
    probleem = fout.problem_mark
    if probleem is not None and probleem.index < len(tekst.rstrip()):
        return probleem
    return fout.context_mark or probleem


YAML_PROBLEMEN = {
    "dubbele sleutel": "een veld staat twee keer in hetzelfde blok; de eerste waarde zou verloren gaan",
    "expected ',' or ']'": "een lijst die met [ begint, wordt niet met ] afgesloten",
    "expected ',' or '}'": "een blok dat met { begint, wordt niet met } afgesloten",
    "mapping values are not allowed": "een dubbele punt staat op een plek waar dat niet mag; "
    "zet de tekst tussen aanhalingstekens",
    "found character '\\t'": "er staat een tab; gebruik spaties om in te springen",
    "could not find expected ':'": "er ontbreekt een dubbele punt na een veldnaam",
    "found unexpected end of stream": "een tekst tussen aanhalingstekens wordt niet afgesloten",
    "did not find expected key": "de inspringing klopt niet",
    "did not find expected '-' indicator": "de inspringing van een lijst klopt niet",
    "found duplicate anchor": "een anker (&) komt twee keer voor",
    "found undefined alias": "een verwijzing (*) naar een anker dat niet bestaat",
    "found unhashable key": "een veldnaam is zelf een lijst of blok; een veldnaam is gewone tekst",
}


def _yaml_probleem(fout: yaml.MarkedYAMLError) -> str:
    if isinstance(fout, OnleesbareWaarde):
        return fout.problem or ""
    probleem = f"{fout.problem or ''} {fout.context or ''}"
    for engels, nederlands in YAML_PROBLEMEN.items():
        if engels in probleem:
            return nederlands
    return "de opbouw klopt niet (let op inspringing, dubbele punten en aanhalingstekens)"
