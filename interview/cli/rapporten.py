"""The reports across dossiers, read only: what is due (overzicht), where the hours go (tijd) (issue 12)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING

import interview.cli.opties as opties
from interview.fouten import BeschadigdBestand, DossierNietGevonden, Gebruiksfout

if TYPE_CHECKING:
    from interview.cli.opties import Opdrachten


def voeg_overzicht_toe(opdrachten: Opdrachten) -> None:
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
    opties.voeg_uitvoer_keuze_toe(overzicht)
    opties.voeg_uitvoer_toe(overzicht)
    opties.voeg_sjablonen_toe(overzicht)
    opties.voeg_werkmap_toe(overzicht)
    overzicht.set_defaults(opdracht=_overzicht)


def voeg_tijd_toe(opdrachten: Opdrachten) -> None:
    tijd = opdrachten.add_parser(
        "tijd", help="directe tijd per dossier en soort contact, of tijd toevoegen",
        description="Telt de directe tijd per dossier en per soort contact uit de gespreksverslagen "
        "(de tijd tussen de antwoorden; pauzes van meer dan 15 minuten tellen niet mee en worden "
        "genoemd), plus tijd die u zelf toevoegt. Totalen per dossier, per werker en per soort, "
        "afgezet tegen de 25 uur van het praktijkforum.",
    )
    tijd.add_argument("kenmerk", metavar="KENMERK", nargs="?", default=None,
                      help="alleen dit dossier (standaard: alle dossiers)")
    tijd.add_argument("--voeg-toe", dest="voeg_toe", type=opties.duur, default=None, metavar="DUUR",
                      help="voeg tijd toe aan het dossier, zoals 45m, 1u30 of 1,5u")
    tijd.add_argument("--soort", type=opties.tijdsoort, default=None, metavar="SOORT",
                      help="bij --voeg-toe: contact of telefoon (directe tijd), voorbereiding, verslag, "
                      "overleg of reistijd")
    tijd.add_argument("--datum", type=opties.datum, default=None, metavar="DATUM",
                      help="bij --voeg-toe: op welke dag, zoals 20-11-2026 (standaard: vandaag)")
    tijd.add_argument("--csv", action="store_true", help="als CSV voor Excel: puntkomma's, UTF-8 met BOM")
    opties.voeg_werkmap_toe(tijd)
    tijd.set_defaults(opdracht=_tijd)


def _overzicht(argumenten: argparse.Namespace) -> None:
    from interview.rapport.index import cachebestand
    from interview.rapport.overzicht import Filters, als_csv, als_json, maak_overzicht
    from interview.rapport.overzichtweergave import weergave
    from interview.rapport.scherm import maak_console

    werkmap = opties.werkmap(argumenten)
    if not werkmap.pad.is_dir():
        raise DossierNietGevonden(f"Werkmap {werkmap.pad} bestaat niet; kies een andere met --werkmap.")
    filters = Filters(argumenten.achterstallig, argumenten.werker, argumenten.team)
    regels = maak_overzicht(werkmap, argumenten.uitvoer, opties.sjabloonmap(argumenten),
                            dt.date.today(), filters, argumenten.namen,
                            cachebestand(werkmap.pad, argumenten.uitvoer))
    if argumenten.csv:
        _schrijf_csv(als_csv(regels, argumenten.namen))
    elif argumenten.json:
        print(als_json(regels, argumenten.namen))
    elif regels:
        console = maak_console()
        console.print(weergave(regels, argumenten.namen, console))
    else:
        print("Geen dossiers gevonden" + (" met deze keuze." if filters != Filters() else "."))


def _tijd(argumenten: argparse.Namespace) -> None:
    from interview.rapport.scherm import maak_console
    from interview.rapport.tijdtelling import maak_tijdregel, tijd_van, voeg_tijd_toe
    from interview.rapport.tijdweergave import als_csv, weergave

    werkmap = opties.werkmap(argumenten)
    kenmerk = argumenten.kenmerk
    if argumenten.voeg_toe is not None or argumenten.soort is not None:
        if argumenten.voeg_toe is None or argumenten.soort is None or kenmerk is None:
            raise Gebruiksfout("Tijd toevoegen gaat zo: vplan tijd KENMERK --voeg-toe 45m --soort "
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
        _schrijf_csv(als_csv(tijden))
    elif tijden:
        console = maak_console()
        console.print(weergave(tijden, console))
    else:
        print(f"Geen dossiers in werkmap {werkmap.pad}.")


def _schrijf_csv(tekst: str) -> None:
    """As UTF-8 whatever the console's code page: the text is a file for a spreadsheet, not for the screen
    (a stdout without bytes underneath, as when vplan runs inside another program, gets the text)."""
    onder = getattr(sys.stdout, "buffer", None)
    if onder is None:
        sys.stdout.write(tekst)
        return
    sys.stdout.flush()
    onder.write(tekst.encode("utf-8"))
    onder.flush()
