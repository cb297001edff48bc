"""The `vplan` command: parse, call one pipeline step, print Dutch messages. Nothing more."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from interview import __version__
from interview.fouten import GeenTerminal, OngeldigeInvoer, VplanFout, schijffout
from interview.opdrachtregel import Parser

if TYPE_CHECKING:  # imported where used, so `vplan --help` starts fast
    from interview.conduct import Prompter
    from interview.store import Werkmap

STANDAARD_UITVOER = Path("output")


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit code.

    0 success, 1 a user's mistake (one Dutch line), 2 wrong use of the command line,
    3 a bug in vplan, 130 interrupted with Ctrl-C.
    """
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
    except VplanFout as fout:
        print(f"vplan: {fout.bericht}", file=sys.stderr)
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
    parser.add_argument("--versie", action="version", version=f"vplan {__version__}",
                        help="toon de versie van vplan")
    opdrachten = parser.add_subparsers(title="opdrachten", metavar="OPDRACHT")

    demo = opdrachten.add_parser(
        "demo", help="maak beide documenten van het voorbeelddossier",
        description="Maakt het veiligheidsplan en het ondersteuningsplan van het meegeleverde, "
        "verzonnen voorbeeldgezin in output/<kenmerk>/.",
    )
    _voeg_uitvoer_toe(demo)
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
    _voeg_uitvoer_toe(documenten)
    _voeg_sjablonen_toe(documenten)
    documenten.set_defaults(opdracht=_documenten)
    nieuw = opdrachten.add_parser(
        "nieuw", help="leg een nieuw dossier aan (vragen over gezin, netwerk, risicotaxatie, meldcode)",
        description="Stelt de vragen voor een nieuw dossier: kenmerk, gezin, netwerk, professionals, "
        "risicotaxatie en meldcode. Elk antwoord wordt meteen bewaard; een onderbroken begin gaat "
        "de volgende keer verder.",
    )
    _voeg_antwoorden_toe(nieuw)
    nieuw.set_defaults(opdracht=_nieuw)

    gesprek = opdrachten.add_parser(
        "gesprek", help="individueel gesprek met één persoon uit het dossier",
        description="Voert het individuele gesprek met een ouder, kind, netwerklid of professional. "
        "De vragenlijst past bij de persoon (voor kinderen: de Drie Huizen). Een onderbroken "
        "gesprek gaat de volgende keer verder waar het bleef.",
    )
    gesprek.add_argument("kenmerk", metavar="KENMERK", help="kenmerk van het dossier")
    gesprek.add_argument("--met", required=True, metavar="NAAM",
                         help="naam van de persoon, zoals in het dossier (bijvoorbeeld Sandra)")
    gesprek.add_argument("--opnieuw", action="store_true",
                         help="begin een volgend gesprek, ook als er al een afgerond gesprek is")
    _voeg_antwoorden_toe(gesprek)
    gesprek.set_defaults(opdracht=_gesprek)

    beraad = opdrachten.add_parser(
        "netwerkberaad", help="gezamenlijk gesprek: maakt planversie 1 en beide documenten",
        description="Toont wat ieder in het eigen gesprek zei, naast elkaar, en stelt met de groep "
        "het veiligheidsplan en het ondersteuningsplan op. Bewaart planversie 1 en maakt beide "
        "documenten.",
    )
    beraad.add_argument("kenmerk", metavar="KENMERK", help="kenmerk van het dossier")
    _voeg_antwoorden_toe(beraad)
    _voeg_uitvoer_toe(beraad)
    beraad.set_defaults(opdracht=_netwerkberaad)

    for opdracht in (importeer, documenten, nieuw, gesprek, beraad, *_vaststellen_en_verstuurd(opdrachten)):
        _voeg_werkmap_toe(opdracht)

    info = opdrachten.add_parser(
        "info", help="toon versie, werkmap, sjablonen en LibreOffice (voor een hulpvraag)",
        description="Toont wat de beheerder bij een hulpvraag wil weten: de versie van vplan en "
        "Python, welke werkmap en sjabloonmap in gebruik zijn en waarom (optie, omgevingsvariabele "
        "of standaard), per sjabloon de titel en de hash, of LibreOffice gevonden is en hoeveel "
        "dossiers er zijn. Namen en kenmerken van dossiers toont het niet.",
    )
    _voeg_werkmap_toe(info)
    _voeg_sjablonen_toe(info)
    info.set_defaults(opdracht=_info)

    aanvulling = opdrachten.add_parser(
        "aanvulling", help="toon de code voor Tab-aanvulling in bash of zsh",
        description="Toont de shellcode waarmee Tab opdrachten, opties, kenmerken uit de werkmap en "
        "namen voor --met aanvult. Zet in ~/.bashrc: eval \"$(vplan aanvulling bash)\"; in ~/.zshrc "
        "(na compinit): eval \"$(vplan aanvulling zsh)\".",
    )
    aanvulling.add_argument("shell", choices=("bash", "zsh"), metavar="SHELL", help="bash of zsh")
    aanvulling.set_defaults(opdracht=_aanvulling)
    return parser


def _vaststellen_en_verstuurd(
    opdrachten: argparse._SubParsersAction[Parser],
) -> tuple[argparse.ArgumentParser, ...]:
    """After the plan is made: who signed it, who received it (issue 7, items 4 and 5)."""
    vaststellen = opdrachten.add_parser(
        "vaststellen", help="leg per persoon akkoord / gezien / niet akkoord vast",
        description="Vraagt per persoon die tekent (de regiehouder altijd, jongeren vanaf 12 op een "
        "eigen regel, ouders, netwerk en professionals als ze er zijn): akkoord, gezien of niet "
        "akkoord, en de datum. Niets is vooraf ingevuld. Het plan is vastgesteld zodra de "
        "regiehouder en elke jongere vanaf 12 hebben geantwoord.",
    )
    vaststellen.add_argument("kenmerk", metavar="KENMERK", help="kenmerk van het dossier")
    _voeg_planversie_toe(vaststellen)
    vaststellen.add_argument(
        "--antwoorden", type=Path, default=None, metavar="BESTAND",
        help="neem de oordelen uit dit YAML-bestand (per naam: oordeel, datum en zo nodig reden); "
        "wat ontbreekt, wordt gevraagd",
    )
    vaststellen.set_defaults(opdracht=_vaststellen)

    verstuurd = opdrachten.add_parser(
        "verstuurd", help="leg vast wie welke planversie ontving, of zie wie nog niet",
        description="Met --aan: legt vast dat iemand een planversie ontving. Zonder --aan: toont "
        "wie op de verspreidingslijst de nieuwste versie nog niet ontving.",
    )
    verstuurd.add_argument("kenmerk", metavar="KENMERK", help="kenmerk van het dossier")
    verstuurd.add_argument("--aan", metavar="NAAM", default=None,
                           help="wie de versie ontving, zoals in het dossier (bijvoorbeeld Eva)")
    verstuurd.add_argument("--datum", type=_datum, default=None, metavar="DATUM",
                           help="wanneer, zoals 20-11-2026 of 2026-11-20 (standaard: vandaag)")
    verstuurd.add_argument("--vorm", choices=("mondeling", "digitaal", "post"), default=None,
                           help="hoe (standaard: zoals op de verspreidingslijst, anders digitaal)")
    _voeg_planversie_toe(verstuurd)
    verstuurd.set_defaults(opdracht=_verstuurd)
    return vaststellen, verstuurd


def _voeg_planversie_toe(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--planversie", type=int, default=None, metavar="N",
                        help="welke planversie (standaard: de nieuwste)")


def _datum(tekst: str) -> dt.date:
    """A date as Dutch users type it (20-11-2026) or ISO (2026-11-20)."""
    for vorm in ("%d-%m-%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(tekst.strip(), vorm).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"'{tekst}' is geen datum; schrijf bijvoorbeeld 20-11-2026")


def _voeg_uitvoer_toe(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--uitvoer", type=Path, default=STANDAARD_UITVOER, metavar="MAP",
                        help="map voor de documenten (standaard: output)")


def _voeg_antwoorden_toe(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--antwoorden", type=Path, default=None, metavar="BESTAND",
        help="neem de antwoorden uit dit YAML-bestand (per vraag-id); wat ontbreekt, wordt gevraagd",
    )


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


def _werkmap(argumenten: argparse.Namespace) -> Werkmap:
    """The werkmap the command works in. Every command that opens a dossier comes through here,
    so this is the one place that warns when its directe-veiligheid termijn passed unreached."""
    from interview.stappen.looptijd import termijnmelding
    from interview.store import Werkmap, kies_werkmap

    werkmap = Werkmap(kies_werkmap(argumenten.werkmap))
    kenmerk = getattr(argumenten, "kenmerk", None)
    melding = termijnmelding(werkmap, kenmerk, dt.date.today()) if kenmerk else None
    if melding:
        print(f"vplan: {melding}", file=sys.stderr)
    return werkmap


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


def _prompter(argumenten: argparse.Namespace) -> Prompter | None:
    """The keyboard, if there is one; without a terminal only an answers file can answer."""
    from interview.conduct import QuestionaryPrompter, heeft_terminal

    if heeft_terminal():
        return QuestionaryPrompter()
    if argumenten.antwoorden is None:
        raise GeenTerminal(
            "Er is geen terminal om vragen op te stellen. Geef de antwoorden mee met "
            "--antwoorden BESTAND, of start vplan in een terminal."
        )
    return None


def _meld(tekst: str) -> None:
    print(tekst)


def _nieuw(argumenten: argparse.Namespace) -> None:
    from interview.stappen.nieuw import nieuw_dossier

    dossier = nieuw_dossier(_werkmap(argumenten), lambda: _prompter(argumenten), argumenten.antwoorden, _meld)
    print(f"Dossier {dossier.kenmerk} is aangemaakt.")
    print(f"Voer nu de individuele gesprekken: vplan gesprek {dossier.kenmerk} --met NAAM")


def _gesprek(argumenten: argparse.Namespace) -> None:
    from interview.stappen.gesprek import individueel_gesprek

    werkmap = _werkmap(argumenten)
    resultaat = individueel_gesprek(werkmap, argumenten.kenmerk, argumenten.met,
                                    lambda: _prompter(argumenten), argumenten.antwoorden, _meld,
                                    opnieuw=argumenten.opnieuw)
    print(f"Het gesprek met {resultaat.persoon} is afgerond en bewaard.")
    versies = werkmap.versies(argumenten.kenmerk)
    if versies:
        print(f"Let op: dossier {argumenten.kenmerk} heeft al planversie {versies[-1]}. Dit gesprek staat "
              f"niet in planversie {versies[-1]}; het telt mee voor de volgende evaluatie.")
    else:
        print(f"Na alle gesprekken: vplan netwerkberaad {argumenten.kenmerk}")


def _netwerkberaad(argumenten: argparse.Namespace) -> None:
    from interview.overzicht import toon_overzicht
    from interview.render import render_documenten
    from interview.stappen.netwerkberaad import netwerkberaad

    plan = netwerkberaad(_werkmap(argumenten), argumenten.kenmerk, lambda: _prompter(argumenten),
                         argumenten.antwoorden, _meld, toon_overzicht)
    print(f"Planversie {plan.versie} van dossier {plan.dossier.kenmerk} is vastgelegd.")
    paden = render_documenten(plan, argumenten.uitvoer / plan.dossier.kenmerk)
    print("Documenten:")
    for pad in paden:
        print(f"  {pad}")


def _info(argumenten: argparse.Namespace) -> None:
    from interview.info import beschrijf

    for regel in beschrijf(argumenten.werkmap, argumenten.sjablonen):
        print(regel)


def _aanvulling(argumenten: argparse.Namespace) -> None:
    from interview.aanvullen import shellcode

    print(shellcode(argumenten.shell))


def _vaststellen(argumenten: argparse.Namespace) -> None:
    from interview.stappen.vaststellen import vaststellen

    uitkomst = vaststellen(_werkmap(argumenten), argumenten.kenmerk, lambda: _prompter(argumenten),
                           argumenten.antwoorden, _meld, argumenten.planversie)
    plan = uitkomst.plan
    for handtekening in uitkomst.vastgelegd:
        reden = f" ({handtekening.reden})" if handtekening.reden else ""
        print(f"  {handtekening.naam}: {handtekening.oordeel}{reden}, {handtekening.datum:%d-%m-%Y}")
    if not uitkomst.vastgelegd:
        print("Er is geen nieuw oordeel vastgelegd.")
    for ontvangst in uitkomst.ontvangen:
        print(f"  {ontvangst.ontvanger} ontving planversie {ontvangst.versie} (mondeling).")
    if uitkomst.status == "vastgesteld":
        print(f"Planversie {plan.versie} van dossier {plan.dossier.kenmerk} is vastgesteld.")
    else:
        print(f"Planversie {plan.versie} van dossier {plan.dossier.kenmerk} is nog concept; nog te "
              f"tekenen: {', '.join(uitkomst.nog_te_tekenen)}.")


def _verstuurd(argumenten: argparse.Namespace) -> None:
    from interview.stappen.verstuurd import registreer_ontvangst, wie_nog_niet

    werkmap = _werkmap(argumenten)
    if argumenten.aan is None:
        plan, namen = wie_nog_niet(werkmap, argumenten.kenmerk, argumenten.planversie)
        if namen:
            print(f"Planversie {plan.versie} van dossier {plan.dossier.kenmerk} is nog niet ontvangen door:")
            for naam in namen:
                print(f"  {naam}")
        else:
            print(f"Iedereen op de verspreidingslijst heeft planversie {plan.versie} van dossier "
                  f"{plan.dossier.kenmerk} ontvangen.")
        return
    verzending = registreer_ontvangst(werkmap, argumenten.kenmerk, argumenten.aan, argumenten.datum,
                                      argumenten.vorm, argumenten.planversie)
    ontvangst = verzending.ontvangst
    print(f"Vastgelegd: {ontvangst.ontvanger} ontving planversie {ontvangst.versie} op "
          f"{ontvangst.datum:%d-%m-%Y} ({ontvangst.vorm}).")
    if not verzending.op_de_lijst:
        print(f"Let op: {ontvangst.ontvanger} staat niet op de verspreidingslijst van planversie "
              f"{ontvangst.versie}.")


if __name__ == "__main__":
    sys.exit(main())
