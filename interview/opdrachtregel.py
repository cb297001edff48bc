"""argparse with Dutch help and errors, so `vplan --help` speaks the user's language."""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

VERTALINGEN = [
    (r"the following arguments are required: (.*)", r"deze argumenten ontbreken: \1"),
    (r"unrecognized arguments: (.*)", r"onbekende argumenten: \1"),
    (r"argument (\S+): invalid choice: '?([^' ]*)'? \(choose from (.*)\)",
     r"\1: onbekende keuze '\2' (kies uit \3)"),
    (r"argument (\S+): invalid int value: '?([^']*)'?", r"\1: '\2' is geen geheel getal"),
    (r"argument (\S+): expected one argument", r"\1: hier hoort een waarde achter"),
    (r"argument (\S+): not allowed with argument (\S+)", r"\1 en \2 gaan niet samen; kies er één"),
    (r"argument (\S+): (.*)", r"\1: \2"),  # our own type checks speak Dutch already
]


def vertaal(bericht: str) -> str:
    for patroon, vervanging in VERTALINGEN:
        if re.fullmatch(patroon, bericht):
            return re.sub(patroon, vervanging, bericht)
    return bericht


class DutchHelpFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage: str | None, actions, groups, prefix: str | None = None) -> None:  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups, "gebruik: " if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose own words are Dutch; errors exit 2 with one Dutch line."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("formatter_class", DutchHelpFormatter)
        met_hulp = kwargs.pop("add_help", True)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        if met_hulp:
            self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {vertaal(message)}\n")
