"""The `vplan` command: parse, call one pipeline step, print Dutch messages. Nothing more."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from interview import __version__
from interview.fouten import (
    BeschadigdBestand,
    DossierNietGevonden,
    GeenTerminal,
    OngeldigeInvoer,
    VplanFout,
    schijffout,
)
from interview.opdrachtregel import Parser

if TYPE_CHECKING:  # imported where used, so `vplan --help` starts fast
    from rich.console import RenderableType

    from interview.bulk import PdfKeuze, Uitkomst
    from interview.conduct import Prompter
    from interview.stappen.frame import Stapcontext
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
        _meld_fout(f"vplan: {fout.bericht}")
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


def _meld_fout(tekst: str) -> None:
    """Print an error on stderr; on a terminal folded between words to its width, as the terminal
    itself would split words at its edge ('star/t')."""
    if sys.stderr.isatty():
        import shutil
        import textwrap

        breedte = max(40, shutil.get_terminal_size().columns - 1)
        tekst = "\n".join(textwrap.fill(regel, breedte, break_long_words=False, break_on_hyphens=False)
                          for regel in tekst.split("\n"))
    print(tekst, file=sys.stderr)


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
    _voeg_pdf_toe(documenten)
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
    _voeg_sjablonen_toe(beraad)
    beraad.set_defaults(opdracht=_netwerkberaad)

    _voeg_sjablonen_opdrachten_toe(opdrachten)

    for opdracht in (importeer, documenten, nieuw, gesprek, beraad, *_herzien_opdrachten(opdrachten),
                     *_vaststellen_en_verstuurd(opdrachten), *_rapporten(opdrachten)):
        _voeg_werkmap_toe(opdracht)

    _opnieuw_parser(opdrachten)

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
    verstuurd.add_argument("--uitgelegd-door", metavar="NAAM", default="",
                           help="wie de kinderversie aan het kind heeft uitgelegd; de kinderversie "
                           "zegt dan door wie en wanneer")
    _voeg_planversie_toe(verstuurd)
    verstuurd.set_defaults(opdracht=_verstuurd)
    return vaststellen, verstuurd


def _rapporten(opdrachten: argparse._SubParsersAction[Parser]) -> tuple[argparse.ArgumentParser, ...]:
    """Across dossiers, read only: what is due, where the hours go (issue 12)."""
    overzicht = opdrachten.add_parser(
        "overzicht", help="één regel per dossier: versie, status, evaluatie, wie nog niet ontving",
        description="Toont per dossier de nieuwste planversie en status, de datum daarvan, de volgende "
        "evaluatie (achterstallig gemarkeerd), een verstreken termijn voor directe veiligheid, "
        "incidenten sinds de laatste versie, hoeveel mensen de nieuwste versie nog niet ontvingen, "
        "documenten van een oudere planversie of een ouder sjabloon, en niet afgeronde sessies. "
        "Gezinsnamen alleen met --namen. Verandert niets en wacht op niemand.",
    )
    overzicht.add_argument("--achterstallig", action="store_true",
                           help="alleen dossiers met een achterstallige evaluatie of verstreken termijn "
                           "voor directe veiligheid")
    overzicht.add_argument("--werker", metavar="NAAM", default=None,
                           help="alleen dossiers van deze werker (volledige naam of voornaam)")
    overzicht.add_argument("--team", metavar="TEAM", default=None, help="alleen dossiers van dit team")
    overzicht.add_argument("--namen", action="store_true",
                           help="toon ook gezinsnamen en wie de nieuwste versie nog niet ontving")
    _voeg_uitvoer_keuze_toe(overzicht)
    _voeg_uitvoer_toe(overzicht)
    _voeg_sjablonen_toe(overzicht)
    overzicht.set_defaults(opdracht=_overzicht)

    tijd = opdrachten.add_parser(
        "tijd", help="directe tijd per dossier en soort contact, of tijd toevoegen",
        description="Telt de directe tijd per dossier en per soort contact uit de gespreksverslagen "
        "(de tijd tussen de antwoorden; pauzes van meer dan 15 minuten tellen niet mee en worden "
        "genoemd), plus tijd die u zelf toevoegt. Totalen per dossier, per werker en per soort, "
        "afgezet tegen de 25 uur van het praktijkforum.",
    )
    tijd.add_argument("kenmerk", metavar="KENMERK", nargs="?", default=None,
                      help="alleen dit dossier (standaard: alle dossiers)")
    tijd.add_argument("--voeg-toe", dest="voeg_toe", type=_duur, default=None, metavar="DUUR",
                      help="voeg tijd toe aan het dossier, zoals 45m, 1u30 of 1,5u")
    tijd.add_argument("--soort", default=None, metavar="SOORT",
                      help="bij --voeg-toe: contact of telefoon (directe tijd), voorbereiding, verslag, "
                      "overleg of reistijd")
    tijd.add_argument("--datum", type=_datum, default=None, metavar="DATUM",
                      help="bij --voeg-toe: op welke dag, zoals 20-11-2026 (standaard: vandaag)")
    tijd.add_argument("--csv", action="store_true", help="als CSV (puntkomma's) voor een spreadsheet")
    tijd.set_defaults(opdracht=_tijd)
    return overzicht, tijd


def _voeg_uitvoer_keuze_toe(parser: argparse.ArgumentParser) -> None:
    vorm = parser.add_mutually_exclusive_group()
    vorm.add_argument("--csv", action="store_true", help="als CSV (puntkomma's) voor scripts en spreadsheets")
    vorm.add_argument("--json", action="store_true", help="als JSON voor scripts")


def _duur(tekst: str) -> int:
    from interview.rapport.tijd import lees_duur

    try:
        return lees_duur(tekst)
    except ValueError as fout:
        raise argparse.ArgumentTypeError(str(fout)) from None


def _opnieuw_parser(opdrachten: argparse._SubParsersAction[Parser]) -> None:
    """Bulk re-rendering after a template change or an evaluation round (issue 11)."""
    opnieuw = opdrachten.add_parser(
        "opnieuw", help="maak de documenten van veel dossiers opnieuw (nieuw sjabloon, evaluatieronde)",
        description="Maakt de documenten van de nieuwste planversie opnieuw: van de genoemde "
        "dossiers, van alle (--alle) of alleen van de dossiers waarvan de documenten uit een oudere "
        "planversie of een ander sjabloon komen (--verouderd). Een dossier dat mislukt wordt gemeld "
        "en de rest gaat door. Documenten van een versie die getekend of verstuurd is, blijven "
        "bewaard in een map naast de nieuwe (v<N>-sjabloon-<label>).",
    )
    opnieuw.add_argument("kenmerken", nargs="*", metavar="KENMERK", help="kenmerken van de dossiers")
    opnieuw.add_argument("--alle", action="store_true", help="alle dossiers in de werkmap")
    opnieuw.add_argument("--verouderd", action="store_true",
                         help="alleen dossiers waarvan de documenten niet bij de nieuwste planversie "
                         "of het huidige sjabloon horen")
    opnieuw.add_argument("--processen", type=int, default=None, metavar="N",
                         help="zoveel dossiers tegelijk (standaard: het aantal processorkernen)")
    opnieuw.add_argument("--proef", action="store_true",
                         help="toon alleen wat er opnieuw gemaakt zou worden; schrijf niets")
    _voeg_uitvoer_toe(opnieuw)
    _voeg_sjablonen_toe(opnieuw)
    _voeg_pdf_toe(opnieuw)
    _voeg_werkmap_toe(opnieuw)
    opnieuw.set_defaults(opdracht=_opnieuw)


def _voeg_pdf_toe(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pdf", action="store_true",
                        help="maak naast elk Word-document ook een PDF (met LibreOffice)")
    parser.add_argument("--pdf-a", action="store_true",
                        help="maak de PDF als PDF/A-2, voor het archief van het dossier (houdt --pdf in)")


def _pdf_keuze(argumenten: argparse.Namespace) -> PdfKeuze | None:
    """--pdf / --pdf-a, after checking LibreOffice is there, so nothing starts that cannot finish."""
    if not (argumenten.pdf or argumenten.pdf_a):
        return None
    from interview.bulk import PdfKeuze  # only when asked: `vplan documenten` starts faster without
    from interview.render.pdf import soffice

    soffice()
    return PdfKeuze(pdf_a=argumenten.pdf_a)


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


# --- The three doors to a next plan version: evaluatie, incident, corrigeer -------------------

HERZIENINGEN = {
    "evaluatie": (
        "evaluatie van het plan: maakt de volgende planversie en beide documenten",
        "Per bodemeis en afspraak: nagekomen, deels, niet nagekomen of niet van toepassing; per doel: "
        "hoe ver bereikt; nieuwe scores (uit de gesprekken sinds de vorige versie, en van de groep); zo "
        "nodig een nieuwe risicotaxatie. Daarna past u het plan aan: items aanpassen, beëindigen, "
        "verplaatsen of toevoegen, en de datum van de volgende evaluatie. Bewaart de volgende "
        "planversie; eerdere versies blijven zoals ze waren.",
    ),
    "incident": (
        "incident tussen evaluaties: register en de volgende planversie",
        "Legt een incident vast (datum, wat er gebeurde, wie het meldde, welke bodemeisen en afspraken "
        "het raakte, welk gevolg is uitgevoerd, wie is geïnformeerd) in het incidentenregister, en past "
        "het plan zo nodig aan. Bewaart de volgende planversie met aanleiding 'incident van <datum>'.",
    ),
    "corrigeer": (
        "verbeter een fout in de nieuwste planversie (telefoonnummer, tikfout)",
        "Toont elke tekst van de nieuwste planversie; u kiest wat u verbetert en past de oude tekst "
        "aan. Bewaart de volgende planversie met aanleiding 'correctie' en wat er veranderd is.",
    ),
}


def _herzien_opdrachten(opdrachten: argparse._SubParsersAction[Parser]) -> list[argparse.ArgumentParser]:
    gemaakt: list[argparse.ArgumentParser] = []
    for naam, (hulp, beschrijving) in HERZIENINGEN.items():
        opdracht = opdrachten.add_parser(naam, help=hulp, description=beschrijving)
        opdracht.add_argument("kenmerk", metavar="KENMERK", help="kenmerk van het dossier")
        _voeg_antwoorden_toe(opdracht)
        _voeg_uitvoer_toe(opdracht)
        _voeg_sjablonen_toe(opdracht)
        opdracht.set_defaults(opdracht=_herzien, deur=naam)
        gemaakt.append(opdracht)
    return gemaakt


def _herzien(argumenten: argparse.Namespace) -> None:
    from interview.render.documenten import schrijf_documenten
    from interview.stappen import corrigeer, evaluatie, incident
    from interview.stappen.herzien import beschrijf

    stap = {"evaluatie": evaluatie.evaluatie, "incident": incident.incident,
            "corrigeer": corrigeer.corrigeer}[argumenten.deur]
    herziening = stap(_stapcontext(argumenten), argumenten.kenmerk)
    plan = herziening.plan
    print(f"Planversie {plan.versie} van dossier {plan.dossier.kenmerk} is vastgelegd "
          f"({plan.aanleiding.omschrijving or plan.aanleiding.soort}).")
    print(f"Wijzigingen ten opzichte van versie {herziening.vorige.versie}:")
    for regel in beschrijf(herziening.veranderingen) or ["geen"]:
        print(f"  - {regel}")
    _meld_sjabloonkeuze(argumenten.sjablonen)
    paden = schrijf_documenten(plan, herziening.documenten, argumenten.uitvoer / plan.dossier.kenmerk)
    print("Documenten:")
    for pad in paden:
        print(f"  {pad}")


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
    from interview.render.documenten import render_documenten

    plan = lees_plan(Path(__file__).parent / "example" / "voorbeeld.yaml")
    map_ = argumenten.uitvoer / plan.dossier.kenmerk
    _meld_sjabloonkeuze(argumenten.sjablonen)
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
    from interview.stappen.documenten import maak_documenten_van

    pdf = _pdf_keuze(argumenten)
    werkmap = _werkmap(argumenten)
    plan = werkmap.lees_plan(argumenten.kenmerk, argumenten.planversie)
    map_ = argumenten.uitvoer / plan.dossier.kenmerk
    _meld_sjabloonkeuze(argumenten.sjablonen)
    if pdf is not None:
        paden = _documenten_met_pdf(argumenten, werkmap, plan.versie, pdf)
    else:
        paden = maak_documenten_van(werkmap, plan, map_, argumenten.sjablonen)
    print(f"Dossier {plan.dossier.kenmerk}, planversie {plan.versie}:")
    for pad in paden:
        print(f"  {pad}")


def _documenten_met_pdf(argumenten: argparse.Namespace, werkmap: Werkmap, versie: int,
                        pdf: PdfKeuze) -> list[Path]:
    """One dossier through the bulk step, so its PDFs land in the same set as its documents."""
    from interview.bulk import Taak, vernieuw_reeks
    from interview.render.sjabloonmap import sjablonen_keuze

    taak = Taak(werkmap.pad, argumenten.kenmerk, argumenten.uitvoer,
                sjablonen_keuze(argumenten.sjablonen)[0], versie=versie)
    uitkomst = vernieuw_reeks([taak], pdf)[0]
    if uitkomst.fout:
        raise VplanFout(uitkomst.fout)
    versiemap = argumenten.uitvoer / argumenten.kenmerk / f"v{versie}"
    return sorted(pad for pad in versiemap.iterdir() if pad.suffix in (".docx", ".pdf"))


def _opnieuw(argumenten: argparse.Namespace) -> None:
    from interview.bulk import kies, opnieuw
    from interview.render.sjabloonmap import sjablonen_keuze

    if bool(argumenten.kenmerken) == argumenten.alle and not argumenten.verouderd:
        raise OngeldigeInvoer("Noem de kenmerken van de dossiers, of kies --alle of --verouderd "
                              "(niet kenmerken en --alle samen).")
    if argumenten.processen is not None and argumenten.processen < 1:
        raise OngeldigeInvoer("--processen moet 1 of meer zijn.")
    pdf = _pdf_keuze(argumenten)
    werkmap = _werkmap(argumenten)
    keuze = kies(werkmap, argumenten.kenmerken, argumenten.uitvoer,
                 sjablonen_keuze(argumenten.sjablonen)[0], argumenten.verouderd)
    totaal = len(keuze.taken) + len(keuze.actueel)
    if argumenten.proef:
        for taak in keuze.taken:
            print(f"  {taak.kenmerk}: {taak.reden}")
        print(f"{_aantal(totaal)} dossiers: {_aantal(len(keuze.taken))} opnieuw te maken, "
              f"{_aantal(len(keuze.actueel))} al actueel (proef: er is niets geschreven).")
        return
    processen = argumenten.processen or len(os.sched_getaffinity(0))
    with _voortgang(len(keuze.taken)) as na_elk:
        uitkomsten = opnieuw(keuze.taken, processen, pdf, na_elk)
    _samenvatting(totaal, uitkomsten, len(keuze.actueel))


def _aantal(getal: int) -> str:
    return f"{getal:,}".replace(",", ".")


@contextlib.contextmanager
def _voortgang(totaal: int) -> Iterator[Callable[[Uitkomst], None]]:
    """A progress bar on stderr (count, rate, time left); a failing dossier prints one line above it."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    balk = Progress(TextColumn("opnieuw"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[tempo]}"), TextColumn("nog"), TimeRemainingColumn(),
                    console=Console(stderr=True), transient=True)
    taak = balk.add_task("opnieuw", total=totaal, tempo="")

    def na_elk(uitkomst: Uitkomst) -> None:
        if uitkomst.fout:
            balk.console.print(f"vplan: {uitkomst.kenmerk}: {uitkomst.fout}", markup=False, highlight=False)
        if uitkomst.archief:
            balk.console.print(f"{uitkomst.kenmerk}: de verspreide documenten zijn bewaard in "
                               f"{uitkomst.archief}", markup=False, highlight=False)
        balk.advance(taak)
        tempo = balk.tasks[0].speed
        balk.update(taak, tempo=f"{tempo:.1f} dossiers/s" if tempo else "")

    with balk:
        yield na_elk


def _samenvatting(totaal: int, uitkomsten: list[Uitkomst], actueel: int) -> None:
    """`1.000 dossiers: 996 vernieuwd, 3 al actueel, 1 fout: VP-…`; exit code 1 when any failed."""
    fouten = [u.kenmerk for u in uitkomsten if u.fout]
    regel = (f"{_aantal(totaal)} dossiers: {_aantal(len(uitkomsten) - len(fouten))} vernieuwd, "
             f"{_aantal(actueel)} al actueel")
    if not fouten:
        print(f"{regel}, 0 fouten.")
        return
    genoemd = ", ".join(fouten[:5]) + (", …" if len(fouten) > 5 else "")
    raise VplanFout(f"{regel}, {_aantal(len(fouten))} {'fout' if len(fouten) == 1 else 'fouten'}: {genoemd}")


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


def _stapcontext(argumenten: argparse.Namespace) -> Stapcontext:
    """What every door (nieuw, gesprek, netwerkberaad, vaststellen, evaluatie, incident, corrigeer)
    gets from the command line, built here once. Doors without --sjablonen or --uitvoer get None."""
    from interview.stappen.frame import Stapcontext

    return Stapcontext(_werkmap(argumenten), lambda: _prompter(argumenten), argumenten.antwoorden, _meld,
                       sjablonen=getattr(argumenten, "sjablonen", None),
                       uitvoer=getattr(argumenten, "uitvoer", None))


def _nieuw(argumenten: argparse.Namespace) -> None:
    from interview.stappen.nieuw import nieuw_dossier

    dossier = nieuw_dossier(_stapcontext(argumenten))
    print(f"Dossier {dossier.kenmerk} is aangemaakt.")
    print(f"Voer nu de individuele gesprekken: vplan gesprek {dossier.kenmerk} --met NAAM")


def _gesprek(argumenten: argparse.Namespace) -> None:
    from interview.stappen.gesprek import individueel_gesprek

    stap = _stapcontext(argumenten)
    resultaat = individueel_gesprek(stap, argumenten.kenmerk, argumenten.met, opnieuw=argumenten.opnieuw)
    print(f"Het gesprek met {resultaat.persoon} is afgerond en bewaard.")
    versies = stap.werkmap.versies(argumenten.kenmerk)
    if versies:
        print(f"Dossier {argumenten.kenmerk} heeft al planversie {versies[-1]}. Dit gesprek telt mee bij de "
              f"volgende evaluatie: vplan evaluatie {argumenten.kenmerk}")
    else:
        print(f"Na alle gesprekken: vplan netwerkberaad {argumenten.kenmerk}")


def _netwerkberaad(argumenten: argparse.Namespace) -> None:
    from interview.overzicht import toon_overzicht
    from interview.render.documenten import schrijf_documenten
    from interview.stappen.netwerkberaad import netwerkberaad

    _meld_sjabloonkeuze(argumenten.sjablonen)
    beraad = netwerkberaad(_stapcontext(argumenten), argumenten.kenmerk, toon_overzicht)
    plan = beraad.plan
    print(f"Planversie {plan.versie} van dossier {plan.dossier.kenmerk} is vastgelegd.")
    paden = schrijf_documenten(plan, beraad.documenten, argumenten.uitvoer / plan.dossier.kenmerk)
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

    uitkomst = vaststellen(_stapcontext(argumenten), argumenten.kenmerk, argumenten.planversie)
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
    print(f"De documenten met de handtekeningen maakt u met: vplan documenten {plan.dossier.kenmerk} "
          f"--planversie {plan.versie}")


def _verstuurd(argumenten: argparse.Namespace) -> None:
    from interview.render.lezers import ontvangt
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
                                      argumenten.vorm, argumenten.planversie, argumenten.uitgelegd_door)
    ontvangst = verzending.ontvangst
    uitgelegd = f", uitgelegd door {ontvangst.uitgelegd_door}" if ontvangst.uitgelegd_door else ""
    print(f"Vastgelegd: {ontvangst.ontvanger} ontving planversie {ontvangst.versie} op "
          f"{ontvangst.datum:%d-%m-%Y} ({ontvangst.vorm}): {ontvangt(ontvangst.documenten)}{uitgelegd}.")
    if not verzending.op_de_lijst:
        print(f"Let op: {ontvangst.ontvanger} staat niet op de verspreidingslijst van planversie "
              f"{ontvangst.versie}.")


def _overzicht(argumenten: argparse.Namespace) -> None:
    from interview.rapport.index import cachebestand
    from interview.rapport.overzicht import Filters, als_csv, als_json, als_tabel, maak_overzicht
    from interview.render.sjabloonmap import standaard_sjablonen

    werkmap = _werkmap(argumenten)
    if not werkmap.pad.is_dir():
        raise DossierNietGevonden(f"Werkmap {werkmap.pad} bestaat niet; kies een andere met --werkmap.")
    filters = Filters(argumenten.achterstallig, argumenten.werker, argumenten.team)
    regels = maak_overzicht(werkmap, argumenten.uitvoer, argumenten.sjablonen or standaard_sjablonen(),
                            dt.date.today(), filters, argumenten.namen,
                            cachebestand(werkmap.pad, argumenten.uitvoer))
    if argumenten.csv:
        sys.stdout.write(als_csv(regels, argumenten.namen))
    elif argumenten.json:
        print(als_json(regels, argumenten.namen))
    elif regels:
        _toon(als_tabel(regels, argumenten.namen))
        achterstallig = sum(regel.achterstallig for regel in regels)
        print(f"{len(regels)} dossier(s); {achterstallig} met een achterstallige evaluatie of verstreken "
              "termijn voor directe veiligheid.")
    else:
        print("Geen dossiers gevonden" + (" met deze keuze." if filters != Filters() else "."))


def _tijd(argumenten: argparse.Namespace) -> None:
    from interview.rapport.tijd import maak_tijdregel, tijd_van, voeg_tijd_toe
    from interview.rapport.tijdweergave import als_csv, als_tabellen

    werkmap = _werkmap(argumenten)
    kenmerk = argumenten.kenmerk
    if argumenten.voeg_toe is not None or argumenten.soort is not None:
        if argumenten.voeg_toe is None or argumenten.soort is None or kenmerk is None:
            raise OngeldigeInvoer("Tijd toevoegen gaat zo: vplan tijd KENMERK --voeg-toe 45m --soort "
                                  "voorbereiding [--datum 20-11-2026].")
        regel = maak_tijdregel(argumenten.voeg_toe, argumenten.soort, argumenten.datum or dt.date.today())
        voeg_tijd_toe(werkmap, kenmerk, regel, dt.date.today())
        print(f"Vastgelegd: {regel.minuten} minuten {regel.soort} op {regel.datum:%d-%m-%Y} bij dossier "
              f"{kenmerk}.")
        return
    if kenmerk is not None:
        werkmap.lees_dossier(kenmerk)  # an unknown kenmerk is the user's mistake, not a report line
    tijden = [tijd_van(werkmap, k) for k in ([kenmerk] if kenmerk else werkmap.kenmerken())]
    if kenmerk is not None and tijden[0].fout:
        raise BeschadigdBestand(tijden[0].fout)
    if argumenten.csv:
        sys.stdout.write(als_csv(tijden))
    elif tijden:
        _toon(als_tabellen(tijden))
    else:
        print(f"Geen dossiers in werkmap {werkmap.pad}.")


def _toon(inhoud: RenderableType) -> None:
    """A rich table at the terminal's width; into a file or pipe wide enough not to fold lines."""
    from rich.console import Console

    Console(width=None if sys.stdout.isatty() else 200).print(inhoud)


# --- vplan sjablonen: tools for template authors (issue 10) -------------------------------------


def _voeg_sjablonen_opdrachten_toe(opdrachten: argparse._SubParsersAction[Parser]) -> None:
    """`vplan sjablonen controleer|velden|voorbeeld|kopieer`: no dossier needed."""
    sjablonen = opdrachten.add_parser(
        "sjablonen", help="controleer, bekijk en beheer de Word-sjablonen van het team",
        description="Hulpmiddelen voor wie de sjablonen in Word maakt: alle fouten in één keer, de "
        "velden uit het planmodel, een proefdocument en een begin voor een eigen teammap.",
    )
    delen = sjablonen.add_subparsers(title="opdrachten", metavar="OPDRACHT")
    controleer = delen.add_parser(
        "controleer", help="meld elke fout en waarschuwing van de sjablonen in een map",
        description="Controleert elk sjabloon in MAP (standaard: $VPLAN_SJABLONEN of de meegeleverde): "
        "de codes, de velden tegen het planmodel, en het vullen met een volledig, een leeg en een "
        "extreem proefplan. Exit-code 1 als er fouten zijn.",
    )
    controleer.add_argument("map", type=Path, nargs="?", default=None, metavar="MAP",
                            help="map met veiligheidsplan.docx en ondersteuningsplan.docx")
    controleer.add_argument("--json", action="store_true", help="uitkomst als JSON, voor scripts")
    controleer.add_argument("--zonder-proef", action="store_true",
                            help="niet vullen met proefplannen (sneller; alleen codes en velden)")
    controleer.set_defaults(opdracht=_sjablonen_controleer)
    velden = delen.add_parser("velden", help="alle velden, filters en codes voor sjablonen",
                              description="De velden van het planmodel met soort, of ze leeg kunnen "
                              "zijn, toegestane waarden en een voorbeeld; daarna filters en codes.")
    velden.add_argument("--zoek", default="", metavar="TEKST", help="alleen velden met deze tekst")
    velden.set_defaults(opdracht=_sjablonen_velden)
    voorbeeld = delen.add_parser(
        "voorbeeld", help="maak proefdocumenten in een tijdelijke map",
        description="Vult de sjablonen met een proefplan en zet de documenten in een tijdelijke map "
        "(nooit in output/); de paden worden getoond.",
    )
    voorbeeld.add_argument("map", type=Path, nargs="?", default=None, metavar="MAP",
                           help="map met de sjablonen (standaard: $VPLAN_SJABLONEN of de meegeleverde)")
    welk = voorbeeld.add_mutually_exclusive_group()
    welk.add_argument("--volledig", action="store_true", help="het volledige voorbeeldplan (standaard)")
    welk.add_argument("--leeg", action="store_true",
                      help="een plan waarin elk veld dat leeg mag zijn, leeg is")
    welk.add_argument("--dossier", metavar="KENMERK", help="de nieuwste planversie van dit dossier")
    voorbeeld.add_argument("--pdf", action="store_true", help="maak ook een PDF (met LibreOffice)")
    _voeg_werkmap_toe(voorbeeld)
    voorbeeld.set_defaults(opdracht=_sjablonen_voorbeeld)
    kopieer = delen.add_parser(
        "kopieer", help="begin een eigen teammap met de meegeleverde sjablonen",
        description="Kopieert de meegeleverde sjablonen en een sjablonen.toml (teamnaam, versie) naar "
        "MAP. Bestaande bestanden worden nooit overschreven.",
    )
    kopieer.add_argument("map", type=Path, metavar="MAP", help="nieuwe map voor de sjablonen van het team")
    kopieer.add_argument("--team", default="", metavar="NAAM", help="naam van het team")
    kopieer.set_defaults(opdracht=_sjablonen_kopieer)
    sjablonen.set_defaults(opdracht=lambda _: sjablonen.print_help())


def _meld_sjabloonkeuze(sjablonen: Path | None) -> None:
    """Tell which shipped template stands in for one missing from the team folder."""
    from interview.render.documenten import SOORTEN
    from interview.render.sjabloonmap import kies_sjablonen, meegeleverde_sjablonen

    for melding in kies_sjablonen(sjablonen, SOORTEN, meegeleverde_sjablonen()).meldingen:
        print(f"Let op: {melding}")


def _sjablonen_controleer(argumenten: argparse.Namespace) -> None:
    import json

    from interview.fouten import SjabloonFout
    from interview.sjablonen.controle import controleer_map

    rapport = controleer_map(argumenten.map, proef=not argumenten.zonder_proef)
    if argumenten.json:
        print(json.dumps({
            "gecontroleerd": [str(p) for p in rapport.gecontroleerd], "meldingen": rapport.meldingen,
            "fouten": rapport.fouten, "waarschuwingen": rapport.waarschuwingen,
            "bevindingen": [b.als_gegevens() for b in rapport.bevindingen],
        }, ensure_ascii=False, indent=2))
    else:
        print("Gecontroleerd: " + ", ".join(str(p) for p in rapport.gecontroleerd))
        for melding in rapport.meldingen:
            print(f"Let op: {melding}")
        for bevinding in rapport.bevindingen:
            print(bevinding.regel())
        if not rapport.fouten:
            print(rapport.samenvatting())
    if rapport.fouten:
        raise SjabloonFout(f"{rapport.samenvatting()}; herstel de fouten en controleer opnieuw.")


def _sjablonen_velden(argumenten: argparse.Namespace) -> None:
    from interview.sjablonen.velden import CODES, toegestane_filters, verboden_codes, zoek

    gevonden = zoek(argumenten.zoek)
    for veld in gevonden:
        eigenschappen = [veld.soort, *(["kan leeg zijn"] if veld.kan_leeg_zijn else [])]
        if veld.waarden:
            eigenschappen.append("waarden: " + ", ".join(veld.waarden))
        if veld.voorbeeld:
            eigenschappen.append(f"bijv. {veld.voorbeeld}")
        print(f"{veld.pad}  ({'; '.join(eigenschappen)})")
        if veld.beschrijving:
            print(f"    {veld.beschrijving}")
    if argumenten.zoek and not gevonden:
        print(f"Geen veld met '{argumenten.zoek}'.")
    if not argumenten.zoek:
        print("\nFilters:")
        for naam, uitleg in toegestane_filters():
            print(f"  {naam}: {uitleg}")
        print("\nCodes: " + ", ".join(CODES))
        print("Niet toegestaan: " + "; ".join(verboden_codes()))


def _sjablonen_voorbeeld(argumenten: argparse.Namespace) -> None:
    from interview.render.proefplannen import leeg_plan, volledig_plan
    from interview.sjablonen.voorbeeld import maak_voorbeeld

    if argumenten.dossier:
        plan = _werkmap(argumenten).lees_plan(argumenten.dossier, None)
    else:
        plan = leeg_plan() if argumenten.leeg else volledig_plan()
    _meld_sjabloonkeuze(argumenten.map)
    paden = maak_voorbeeld(plan, argumenten.map, pdf=argumenten.pdf)
    print(f"Proefdocumenten (planversie {plan.versie} van {plan.dossier.kenmerk}) in {paden[0].parent}:")
    for pad in paden:
        print(f"  {pad}")


def _sjablonen_kopieer(argumenten: argparse.Namespace) -> None:
    from interview.sjablonen.kopie import kopieer_sjablonen

    for pad in kopieer_sjablonen(argumenten.map, argumenten.team):
        print(f"  {pad}")
    print(f"Pas de sjablonen aan in Word en controleer ze met: vplan sjablonen controleer {argumenten.map}")


if __name__ == "__main__":
    sys.exit(main())
