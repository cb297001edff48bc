"""Tab completion for bash and zsh through argcomplete: commands, options, kenmerken, names for --met.

The shell runs `vplan` itself with _ARGCOMPLETE set for every Tab; `vplan aanvulling bash|zsh`
prints the shell code that does so (see the README).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import Any

import argcomplete
from argcomplete.shell_integration import shellcode as argcomplete_shellcode

from interview.fouten import VplanFout
from interview.store import Werkmap, kies_werkmap


def beantwoord_shell(parser: argparse.ArgumentParser) -> None:
    """If the shell asks for completions, print them and exit the process; else return at once."""
    for actie in _acties(parser):
        if actie.dest == "kenmerk":
            actie.completer = _kenmerken  # type: ignore[attr-defined]  # argcomplete's hook
        elif actie.dest == "met":
            actie.completer = _namen  # type: ignore[attr-defined]
    argcomplete.autocomplete(parser)


def shellcode(shell: str) -> str:
    """The code that makes `shell` complete `vplan`, to be evaluated in its startup file."""
    return argcomplete_shellcode(["vplan"], shell=shell)


def _acties(parser: argparse.ArgumentParser) -> Iterator[argparse.Action]:
    """Every argument of the parser and its subcommands (argparse offers no public walk)."""
    for actie in parser._actions:
        yield actie
        if isinstance(actie, argparse._SubParsersAction):
            for subparser in actie.choices.values():
                yield from _acties(subparser)


def _kenmerken(parsed_args: argparse.Namespace, **_: Any) -> list[str]:
    """The dossiers in the werkmap the command line chooses; none when it cannot be read."""
    try:
        return Werkmap(kies_werkmap(getattr(parsed_args, "werkmap", None))).kenmerken()
    except OSError:
        return []


def _namen(parsed_args: argparse.Namespace, **_: Any) -> list[str]:
    """The names of the people in the dossier named before --met; none while it is unknown."""
    kenmerk = getattr(parsed_args, "kenmerk", None)
    if not kenmerk:
        return []
    try:
        werkmap = Werkmap(kies_werkmap(getattr(parsed_args, "werkmap", None)))
        return list(werkmap.lees_dossier(kenmerk).personen)
    except (OSError, VplanFout):
        return []
