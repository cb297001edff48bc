"""The `vplan` command: parse, call one pipeline step, print Dutch messages. Nothing more."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from interview import __version__
from interview.fouten import OngeldigeInvoer, VplanFout, schijffout
from interview.opdrachtregel import Parser

STANDAARD_UITVOER = Path("output")


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit code (0 success, 1 user error, 130 interrupted)."""
    parser = _parser()
    argumenten = parser.parse_args(argv)
    opdracht: Callable[[argparse.Namespace], None] | None = getattr(argumenten, "opdracht", None)
    if opdracht is None:
        parser.print_help()
        return 2
    try:
        opdracht(argumenten)
    except VplanFout as fout:
        print(f"vplan: {fout.bericht}", file=sys.stderr)
        for detail in fout.details:
            print(f"  - {detail}", file=sys.stderr)
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
    parser.add_argument("--versie", action="version", version=f"vplan {__version__}",
                        help="toon de versie van vplan")
    opdrachten = parser.add_subparsers(title="opdrachten", metavar="OPDRACHT")

    demo = opdrachten.add_parser(
        "demo", help="maak beide documenten van het voorbeelddossier",
        description="Maakt het veiligheidsplan en het ondersteuningsplan van het meegeleverde, "
        "verzonnen voorbeeldgezin in output/<kenmerk>/.",
    )
    demo.add_argument("--uitvoer", type=Path, default=STANDAARD_UITVOER, metavar="MAP",
                      help="map voor de documenten (standaard: output)")
    _voeg_sjablonen_toe(demo)
    demo.set_defaults(opdracht=_demo)

    importeer = opdrachten.add_parser(
        "importeer", help="maak een dossier met planversie 1 uit een antwoordbestand",
        description="Leest een antwoordbestand (YAML) dat het planmodel volgt, controleert het en "
        "bewaart het als nieuw dossier met planversie 1.",
    )
    importeer.add_argument(
        "bestand", type=Path, metavar="ANTWOORDEN.yaml",
        help="antwoordbestand volgens het planmodel (zie interview/example/voorbeeld.yaml)",
    )
    importeer.set_defaults(opdracht=_importeer)

    documenten = opdrachten.add_parser(
        "documenten", help="maak beide documenten van een dossier",
        description="Maakt het veiligheidsplan en het ondersteuningsplan van de nieuwste "
        "(of gekozen) planversie van een dossier.",
    )
    documenten.add_argument("kenmerk", metavar="KENMERK",
                            help="kenmerk van het dossier, bijvoorbeeld VP-2026-0042")
    documenten.add_argument("--planversie", type=int, default=None, metavar="N",
                            help="welke planversie (standaard: de nieuwste)")
    documenten.add_argument("--uitvoer", type=Path, default=STANDAARD_UITVOER, metavar="MAP",
                            help="map voor de documenten (standaard: output)")
    _voeg_sjablonen_toe(documenten)
    documenten.set_defaults(opdracht=_documenten)
    for opdracht in (importeer, documenten):
        _voeg_werkmap_toe(opdracht)
    return parser


def _voeg_sjablonen_toe(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sjablonen", type=Path, default=None, metavar="MAP",
        help="map met eigen veiligheidsplan.docx en ondersteuningsplan.docx "
        "(standaard: $VPLAN_SJABLONEN of de meegeleverde sjablonen)",
    )


def _voeg_werkmap_toe(parser: argparse.ArgumentParser) -> None:
    """Every command takes --werkmap, defined here once."""
    parser.add_argument(
        "--werkmap", type=Path, default=None, metavar="MAP",
        help="map met de dossiers (standaard: $VPLAN_WERKMAP of ~/.local/share/vplan/werkmap)",
    )


def _werkmap(argumenten: argparse.Namespace):  # type: ignore[no-untyped-def]
    from interview.store import Werkmap, kies_werkmap

    return Werkmap(kies_werkmap(argumenten.werkmap))


def _demo(argumenten: argparse.Namespace) -> None:
    from interview.invoer import lees_plan
    from interview.render import render_documenten

    plan = lees_plan(Path(__file__).parent / "example" / "voorbeeld.yaml")
    map_ = argumenten.uitvoer / plan.dossier.kenmerk
    paden = render_documenten(plan, map_, argumenten.sjablonen)
    print(f"Voorbeelddossier {plan.dossier.kenmerk} (verzonnen gezin), planversie {plan.versie}:")
    for pad in paden:
        print(f"  {pad}")


def _importeer(argumenten: argparse.Namespace) -> None:
    from interview.invoer import lees_plan

    plan = lees_plan(argumenten.bestand)
    if plan.versie != 1:
        raise OngeldigeInvoer(
            f"Een nieuw dossier begint bij planversie 1; {argumenten.bestand} heeft versie {plan.versie}."
        )
    werkmap = _werkmap(argumenten)
    kenmerk = plan.dossier.kenmerk
    with werkmap.slot(kenmerk):
        werkmap.maak_dossier(plan.dossier)
        werkmap.bewaar_plan(plan)
    print(f"Dossier {kenmerk} aangemaakt met planversie {plan.versie} in {werkmap.pad}.")
    print(f"Maak de documenten met: vplan documenten {kenmerk}")


def _documenten(argumenten: argparse.Namespace) -> None:
    from interview.render import render_documenten

    werkmap = _werkmap(argumenten)
    plan = werkmap.lees_plan(argumenten.kenmerk, argumenten.planversie)
    map_ = argumenten.uitvoer / plan.dossier.kenmerk
    paden = render_documenten(plan, map_, argumenten.sjablonen)
    print(f"Dossier {plan.dossier.kenmerk}, planversie {plan.versie}:")
    for pad in paden:
        print(f"  {pad}")


if __name__ == "__main__":
    sys.exit(main())
