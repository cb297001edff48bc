"""The `vplan` command: parse, call one pipeline step, print Dutch messages. Nothing more.

One module per group of commands adds its sub-parsers and holds their handlers; the options they
share are defined once in `opties.py`. Only `main` chooses the exit code and prints an error.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import gc
import os
import sys
import threading
from collections.abc import Callable, Sequence

from interview import __version__
from interview.cli import (
    documentopdrachten,
    dossierstappen,
    handwerkopdracht,
    installatie,
    rapporten,
    sjabloonopdrachten,
    uitrolopdrachten,
)
from interview.fouten import Gebruiksfout, VplanFout, schijffout
from interview.opdrachtregel import Parser, meld_fout, meld_gebruiksfout
from interview.procestitel import verberg_namen

# The commands in the order `vplan --help` lists them.
OPDRACHTEN = (
    documentopdrachten.voeg_demo_toe, documentopdrachten.voeg_importeer_toe,
    documentopdrachten.voeg_documenten_toe, handwerkopdracht.voeg_handwerk_toe,
    dossierstappen.voeg_nieuw_toe, dossierstappen.voeg_gesprek_toe, dossierstappen.voeg_netwerkberaad_toe,
    sjabloonopdrachten.voeg_sjablonen_toe,
    dossierstappen.voeg_herzieningen_toe, dossierstappen.voeg_vaststellen_toe,
    dossierstappen.voeg_verstuurd_toe,
    rapporten.voeg_overzicht_toe, rapporten.voeg_tijd_toe,
    documentopdrachten.voeg_opnieuw_toe, uitrolopdrachten.voeg_uitrol_toe,
    installatie.voeg_info_toe, installatie.voeg_aanvulling_toe,
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit code.

    0 success, 1 a user's mistake (one Dutch line), 2 wrong use of the command line,
    3 a bug in vplan, 130 interrupted with Ctrl-C.
    """
    if argv is not None:  # a call from Python (a test), which goes on afterwards
        return _voer_uit(argv)
    verberg_namen(sys.argv[1:])  # the real command line: its process ends with the command
    # A pydantic plugin installed beside vplan (an observability tool's, say) is shown every value
    # validated: a family's answers. vplan uses none, so none runs (and none is searched for).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    return _eindig(_voer_uit(None))


def _eindig(code: int) -> int:
    """End the process of a command at once with `code`; the system takes back all its memory.

    Python's own ending would first search every object for garbage cycles and take some 500
    modules apart one by one: about 5% of the CPU of a `vplan documenten` (issue 22.3). What was
    registered to run at exit (a LibreOffice profile removed, logging closed) still runs, and the
    output is flushed. A thread still at work gets Python's own ending, which waits for it (without
    the search for garbage: what is left is frozen).
    """
    if threading.active_count() > 1:
        gc.freeze()
        return code
    atexit._run_exitfuncs()
    for stroom in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a reader that went away, a closed stream
            stroom.flush()
    os._exit(code)


def _voer_uit(argv: Sequence[str] | None) -> int:
    """Parse `argv` (None: the process's arguments) and run the command; its exit code."""
    parser = _parser()
    if "_ARGCOMPLETE" in os.environ:  # the shell asks for Tab completions
        from interview.aanvullen import beantwoord_shell

        beantwoord_shell(parser)
    argumenten = parser.parse_args(argv)
    opdracht: Callable[[argparse.Namespace], None] | None = getattr(argumenten, "opdracht", None)
    if opdracht is None:
        parser.print_help()
        return 2
    try:
        opdracht(argumenten)
    except Gebruiksfout as fout:
        meld_gebruiksfout(argumenten, parser, fout.bericht)
        return fout.afsluitcode
    except VplanFout as fout:
        meld_fout(f"vplan: {fout.bericht}")
        for detail in fout.details:
            print(f"  - {detail}", file=sys.stderr)
        return fout.afsluitcode
    except BrokenPipeError:
        # The reader of our output went away (`vplan ... | head`): nothing to tell, nowhere to tell it.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as fout:
        bericht = schijffout(fout).bericht
        print(f"vplan: {bericht}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nvplan: onderbroken. Wat al klaar of beantwoord was, is bewaard; er is niets half "
              "weggeschreven.", file=sys.stderr)
        return 130
    except Exception as fout:
        if os.environ.get("VPLAN_DEBUG"):
            raise
        # A bug, not a user's mistake: name its kind only, since a message may hold answers.
        print(f"vplan: programmafout ({type(fout).__name__}). Draai opnieuw met VPLAN_DEBUG=1 "
              "voor details en meld dit bij de beheerder.", file=sys.stderr)
        return 3
    return 0


def _parser() -> Parser:
    parser = Parser(
        prog="vplan",
        description="Van gesprekken met gezin en netwerk naar veiligheidsplan en ondersteuningsplan.",
    )
    parser.add_argument("--versie", "--version", action="version", version=f"vplan {__version__}",
                        help="toon de versie van vplan")
    opdrachten = parser.add_subparsers(title="opdrachten", metavar="OPDRACHT")
    for voeg_toe in OPDRACHTEN:
        voeg_toe(opdrachten)
    return parser
