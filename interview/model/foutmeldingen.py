"""Turns a pydantic ValidationError into Dutch lines, one per failing field, each with its path."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from interview.model.samenhang import Samenhangsfout

BERICHTEN: dict[str, str] = {
    "missing": "is verplicht maar ontbreekt",
    "extra_forbidden": "is geen bekend veld (tikfout?)",
    "string_too_short": "mag niet leeg zijn",
    "string_too_long": "is te lang (hoogstens {max_length} tekens)",
    "string_type": "moet tekst zijn",
    "string_pattern_mismatch": "heeft niet de juiste vorm",
    "int_type": "moet een geheel getal zijn",
    "int_parsing": "moet een geheel getal zijn",
    "int_from_float": "moet een geheel getal zijn",
    "greater_than_equal": "moet minstens {ge} zijn",
    "less_than_equal": "mag hoogstens {le} zijn",
    "bool_type": "moet ja of nee zijn",
    "bool_parsing": "moet ja of nee zijn",
    "date_type": "moet een datum zijn (JJJJ-MM-DD)",
    "date_parsing": "is geen geldige datum (JJJJ-MM-DD)",
    "date_from_datetime_parsing": "is geen geldige datum (JJJJ-MM-DD)",
    "date_from_datetime_inexact": "moet een datum zonder tijd zijn",
    "list_type": "moet een lijst zijn",
    "too_short": "moet minstens {min_length} item(s) bevatten",
    "model_type": "moet een groep velden zijn",
    "model_attributes_type": "moet een groep velden zijn",
    "dict_type": "moet een groep velden zijn",
    "literal_error": "moet een van deze waarden zijn: {expected}",
}


def pad_van(loc: tuple[int | str, ...]) -> str:
    """`('veiligheidsplan', 'afspraken', 2, 'wie')` -> `veiligheidsplan.afspraken[3].wie`.

    List positions count from 1, as a worker counts the items in the answers file.
    """
    pad = ""
    for deel in loc:
        if isinstance(deel, int):
            pad += f"[{deel + 1}]"
        else:
            pad += f".{deel}" if pad else str(deel)
    return pad or "(geheel)"


def _bericht(fout: Any) -> list[tuple[str, str]]:
    pad = pad_van(tuple(fout["loc"]))
    context = fout.get("ctx") or {}
    oorzaak = context.get("error")
    if isinstance(oorzaak, Samenhangsfout):
        return list(oorzaak.fouten)
    if fout["type"] == "value_error" and oorzaak is not None:
        return [(pad, str(oorzaak))]
    sjabloon = BERICHTEN.get(fout["type"])
    if sjabloon is None:
        return [(pad, f"ongeldige waarde ({fout['type']})")]
    waarden = {k: v for k, v in context.items() if k != "error"}
    if "expected" in waarden:
        waarden["expected"] = str(waarden["expected"]).replace(" or ", " of ")
    return [(pad, sjabloon.format(**waarden) + _gevonden(fout))]


GETYPT = frozenset({"int_type", "int_parsing", "bool_type", "bool_parsing", "date_type", "date_parsing",
                    "date_from_datetime_parsing", "float_parsing", "literal_error"})
"""Errors about text that should have been a number, ja/nee, a date or a choice: answers and plan
files keep what was typed as text (interview.yamlbestand), so the message repeats it."""
HOOGSTENS_GETOOND = 40


def _gevonden(fout: Any) -> str:
    """" (gevonden: 'misschien')" for a short text the model could not type; else nothing."""
    invoer = fout.get("input")
    if fout["type"] not in GETYPT or not isinstance(invoer, str) or len(invoer) > HOOGSTENS_GETOOND:
        return ""
    return f" (gevonden: '{invoer}')"


def fouten_met_pad(fout: ValidationError) -> list[tuple[str, str]]:
    """Each failing field once, as (path, Dutch message), so a caller can find the question."""
    paren: list[tuple[str, str]] = []
    for enkel in fout.errors(include_url=False):
        paren += [paar for paar in _bericht(enkel) if paar not in paren]
    return paren


def nederlandse_fouten(fout: ValidationError) -> list[str]:
    """One Dutch line per failing field: `pad: wat er mis is`."""
    return [f"{pad}: {bericht}" for pad, bericht in fouten_met_pad(fout)]
