"""argparse's own words in Dutch: a catalog for every message it can print, given to argparse itself.

argparse translates each message it prints with gettext: in Python 3.11 to 3.14 the module does
`from gettext import gettext as _, ngettext` once, at import, and calls its module-level `_` and
`ngettext` by name each time it builds a message. `installeer` replaces exactly those two names in the
argparse module with lookups in `CATALOGUS`. Why this way and not another:

- a `.mo` file for the `messages` domain would depend on the user's LANGUAGE/LANG and on a locale
  folder found at run time, and would translate every gettext user in the process, not only argparse;
- patching `gettext.gettext` does nothing: argparse bound its own name at import;
- matching argparse's English output with regular expressions breaks on every wording change and
  misses whatever it did not foresee.

The two names are the whole interface, so a Python version that renames them or adds a message shows
up in `tests/test_argparsevertaling.py` (every msgid in the running Python's argparse source must be in
`CATALOGUS`, with the same placeholders), not in front of a user.
"""

from __future__ import annotations

import argparse

CATALOGUS: dict[str, str] = {
    # What a user reads: help screens.
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "subcommands": "opdrachten",
    "%(heading)s:": "%(heading)s:",
    " (default: %(default)s)": " (standaard: %(default)s)",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon de versie en stop",
    # What a user reads: mistakes on the command line (each exits 2).
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "%(prog)s: warning: %(message)s\n": "%(prog)s: let op: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "one of the arguments %s is required": "een van deze argumenten is nodig: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "ambiguous option: %(option)s could match %(matches)s":
        "optie %(option)s is niet eenduidig (%(matches)s); schrijf de optie voluit",
    "invalid choice: %(value)r (choose from %(choices)s)": "onbekende keuze %(value)r (kies uit %(choices)s)",
    "invalid choice: %(value)r, maybe you meant %(closest)r?":
        "onbekende keuze %(value)r. Bedoelt u %(closest)r?",
    "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)":
        "onbekende keuze %(value)r. Bedoelt u %(closest)r? (kies uit %(choices)s)",
    "invalid %(type)s value: %(value)r": "ongeldige waarde %(value)r (verwacht: %(type)s)",
    "expected one argument": "hier hoort een waarde achter",
    "expected at most one argument": "hier hoort hoogstens één waarde achter",
    "expected at least one argument": "hier hoort minstens één waarde achter",
    "expected %s argument": "hier hoort %s waarde achter",
    "expected %s arguments": "hier horen %s waarden achter",
    "not allowed with argument %s": "gaat niet samen met %s; kies er één",
    "ignored explicit argument %r": "neemt geen waarde aan (%r)",
    "unexpected option string: %s": "onverwachte optie: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "onbekende opdracht %(parser_name)r (kies uit %(choices)s)",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    'argument "-" with mode %r': 'argument "-" met modus %r',
    "argument '%(argument_name)s' is deprecated":
        "argument '%(argument_name)s' verdwijnt in een volgende versie",
    "option '%(option)s' is deprecated": "optie '%(option)s' verdwijnt in een volgende versie",
    "command '%(parser_name)s' is deprecated": "opdracht '%(parser_name)s' verdwijnt in een volgende versie",
    # What only a developer of vplan meets (a parser built wrongly), in Dutch all the same.
    "%r is not callable": "%r is niet aanroepbaar",
    "'required' is an invalid argument for positionals": "'required' kan niet bij een positioneel argument",
    ".__call__() not defined": ".__call__() is niet gedefinieerd",
    "cannot have multiple subparser arguments": "er kan maar één groep opdrachten zijn",
    "cannot merge actions - two groups are named %r": "kan niet samenvoegen: twee groepen heten %r",
    "conflicting option string: %s": "deze optie bestaat al: %s",
    "conflicting option strings: %s": "deze opties bestaan al: %s",
    "conflicting subparser: %s": "deze opdracht bestaat al: %s",
    "conflicting subparser alias: %s": "deze andere naam van een opdracht bestaat al: %s",
    "dest= is required for options like %r": "dest= is nodig bij een optie als %r",
    "invalid conflict_resolution value: %r": "ongeldige waarde voor conflict_resolution: %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r":
        "ongeldige optie %(option)r: begin met een van de tekens %(prefix_chars)r",
    "mutually exclusive arguments must be optional": "argumenten die elkaar uitsluiten moeten opties zijn",
}


def vertaal(bericht: str) -> str:
    """argparse's `_`: the Dutch for `bericht`, else `bericht` itself (our own titles, and the `None`
    argparse 3.11 passes for a missing description, come back unchanged)."""
    return CATALOGUS.get(bericht, bericht)


def vertaal_aantal(enkelvoud: str, meervoud: str, aantal: int) -> str:
    """argparse's `ngettext`: Dutch counts as English does, one is singular and every other is plural."""
    return vertaal(enkelvoud if aantal == 1 else meervoud)


def installeer() -> None:
    """Make argparse speak Dutch in this process (see the module docstring for why this way)."""
    argparse._ = vertaal  # type: ignore[attr-defined]
    argparse.ngettext = vertaal_aantal  # type: ignore[attr-defined]
