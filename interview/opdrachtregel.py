"""argparse in Dutch, with "Bedoelt u …?" for a mistyped command, choice or option; every mistake exits 2.

argparse's own words come from its Dutch catalog (`interview.argparsevertaling`); this module adds what
argparse does not do itself on Python 3.11 to 3.13: a suggestion close to what was typed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from interview import argparsevertaling
from interview.gelijkend import bedoelt_u, gelijkend

argparsevertaling.installeer()

WOORD_GELIJKENIS = 0.7
"""Close enough to suggest a command, option or choice: '--pfd' finds --pdf, '--onbekend' not --zoek."""

OPTIE_ALS_OPDRACHT = {"help": "vplan --help", "hulp": "vplan --help", "version": "vplan --version",
                      "versie": "vplan --versie"}
"""What a newcomer types as a command but is an option."""

GEKOZEN = "_vplan_parser"
"""Namespace attribute naming the innermost parser that ran (the command's), for its usage line."""


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that speaks Dutch and suggests what the user probably meant."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(*args, **kwargs)

    def parse_known_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                         namespace: argparse.Namespace | None = None) -> tuple[argparse.Namespace, list[str]]:
        """As argparse's; the innermost parser (a command's, since argparse copies a sub-parser's
        namespace into its parent's) also names itself in the namespace, so a later mistake
        shows that command's usage and options."""
        argumenten, rest = super().parse_known_args(args, namespace)
        if not hasattr(argumenten, GEKOZEN):
            setattr(argumenten, GEKOZEN, self)
        return argumenten, rest

    def parse_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                   namespace: argparse.Namespace | None = None) -> argparse.Namespace:
        """As argparse's; unknown arguments are reported by the command they were given to, with
        the options of that command that come close."""
        argumenten, rest = self.parse_known_args(args, namespace)
        if rest:
            gekozen: argparse.ArgumentParser = getattr(argumenten, GEKOZEN, self)
            opties = [optie for actie in gekozen._actions for optie in actie.option_strings]
            suggesties = [bedoelt_u(gelijkend(deel.split("=")[0], opties, minste=WOORD_GELIJKENIS))
                          for deel in rest if deel.startswith("-")]
            bericht = argparsevertaling.vertaal("unrecognized arguments: %s") % " ".join(rest)
            if any(suggesties):
                bericht = " ".join([f"{bericht}.", *filter(None, suggesties)])
            gekozen.error(bericht)
        return argumenten

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        """As argparse's; an error line is folded to the terminal's width (see `meld_fout`)."""
        if message:
            meld_fout(message.rstrip("\n"))
        sys.exit(status)

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        """argparse's check of a choice, plus "Bedoelt u …?".

        `_check_value` is argparse's one place for this check (3.11 to 3.14, same signature); if a
        future Python drops it, the suggestion test fails and the plain Dutch message still shows.
        """
        try:
            super()._check_value(action, value)
        except argparse.ArgumentError:
            keuzes = [str(keuze) for keuze in action.choices or ()]
            bedoeld = gelijkend(str(value), keuzes, minste=WOORD_GELIJKENIS)
            if action.nargs != argparse.PARSER:
                if not bedoeld:
                    raise
                bericht = f"onbekende keuze '{value}'. {bedoelt_u(bedoeld)}"
                raise argparse.ArgumentError(action, bericht) from None
            # The command itself: its name says enough, and `vplan help` means the option.
            bedoeld = bedoeld or [optie for woord, optie in OPTIE_ALS_OPDRACHT.items() if woord == value]
            hoe = bedoelt_u(bedoeld) or f"Kies uit: {', '.join(keuzes)}."
            raise argparse.ArgumentError(None, f"onbekende opdracht '{value}'. {hoe}") from None


def meld_gebruiksfout(argumenten: argparse.Namespace, parser: argparse.ArgumentParser, bericht: str) -> None:
    """A usage mistake vplan found after parsing, told as argparse tells its own: the command's usage
    line, then `vplan COMMAND: fout: …` (the caller exits 2)."""
    gekozen: argparse.ArgumentParser = getattr(argumenten, GEKOZEN, parser)
    gekozen.print_usage(sys.stderr)
    meld_fout(argparsevertaling.vertaal("%(prog)s: error: %(message)s\n").rstrip("\n")
              % {"prog": gekozen.prog, "message": bericht})


def meld_fout(tekst: str) -> None:
    """Print an error on stderr; on a terminal folded between words to its width, as the terminal
    itself would split words at its edge ('star/t')."""
    if sys.stderr.isatty():
        import shutil
        import textwrap

        breedte = max(40, shutil.get_terminal_size().columns - 1)
        tekst = "\n".join(textwrap.fill(regel, breedte, break_long_words=False, break_on_hyphens=False)
                          for regel in tekst.split("\n"))
    print(tekst, file=sys.stderr)
