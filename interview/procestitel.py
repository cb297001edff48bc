"""The process title `ps` shows every local user: the command without the names and paths it was given."""

from __future__ import annotations

import re
from collections.abc import Sequence

VERBORGEN = "…"
OPDRACHTWOORD = re.compile(r"[a-z]+")
"""The first two words may stay when they look like this: the command and its sub-command."""
KENMERK = re.compile(r"[A-Z]{1,10}(-[0-9A-Za-z]+)+")
"""Any other word stays only when it looks like a kenmerk (VP-2026-0042)."""


def titel(argumenten: Sequence[str]) -> str:
    """`vplan` and its arguments, every value that could be a name or a path replaced by '…'.

    An option stays and its value goes (`--met Lisa` becomes `--met …`, `--aan=Lisa` `--aan=…`): the
    values of --met, --aan and --uitgelegd-door are people's names, and a path may hold a family's name
    (`--antwoorden ~/bakker.yaml`). Other words stay only when they look like a command or a kenmerk.
    """
    delen = ["vplan"]
    na_optie = False
    woorden = 0
    for argument in argumenten:
        if argument.startswith("-") and len(argument) > 1:
            optie, is_, _ = argument.partition("=")
            delen.append(f"{optie}={VERBORGEN}" if is_ else optie)
            na_optie = not is_
            continue
        zichtbaar = KENMERK.fullmatch(argument) or (woorden < 2 and OPDRACHTWOORD.fullmatch(argument))
        delen.append(argument if zichtbaar and not na_optie else VERBORGEN)
        na_optie = False
        woorden += 1
    return " ".join(delen)


def verberg_namen(argumenten: Sequence[str]) -> None:
    """Set this process's title (ps, top, /proc/PID/cmdline) to `titel(argumenten)`.

    Without setproctitle (a declared dependency, so only in a broken install) the title stays as it
    was: a process title is no reason to refuse work.
    """
    try:
        from setproctitle import setproctitle
    except ImportError:
        return
    setproctitle(titel(argumenten))
