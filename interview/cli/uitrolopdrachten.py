"""`vplan uitrol lijst|terug` and `vplan sjablonen vergelijk`: a roll-out traced, undone and previewed."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import interview.cli.opties as opties
from interview.fouten import VplanFout
from interview.rapport.getallen import aantal

if TYPE_CHECKING:
    from interview.cli.opties import Opdrachten


class NietsTerugTeDraaien(VplanFout):
    """`vplan uitrol terug` without a roll-out that can still be undone."""


def voeg_uitrol_toe(opdrachten: Opdrachten) -> None:
    uitrol = opdrachten.add_parser(
        "uitrol", help="welke sjablonen wanneer uitgerold zijn, en de laatste uitrol terugdraaien",
        description="Elke 'vplan opnieuw' staat in het logboek van de werkmap (uitrol/logboek.jsonl): "
        "wanneer, door wie, met welke sjabloonmap en sjablonen (identiteit), welke dossiers en hoe het "
        "afliep. De laatste uitrol kan teruggedraaid worden.",
    )
    delen = uitrol.add_subparsers(title="opdrachten", metavar="OPDRACHT", required=True)
    lijst = delen.add_parser("lijst", help="toon het logboek van de uitrols in deze werkmap",
                             description="Toont elke 'vplan opnieuw' en elke terugdraaiing, oudste eerst.")
    lijst.add_argument("--json", action="store_true", help="het hele logboek als JSON, voor scripts")
    opties.voeg_werkmap_toe(lijst)
    lijst.set_defaults(opdracht=_lijst)
    terug = delen.add_parser(
        "terug", help="zet de documenten van vóór de laatste uitrol terug",
        description="Zet per dossier dat de laatste 'vplan opnieuw' opnieuw maakte de vorige documenten "
        "terug, precies zoals ze waren. Een dossier waarin sinds de uitrol iets veranderde (een nieuwe "
        "planversie, opnieuw gemaakte of met de hand gewijzigde documenten) blijft zoals het is en wordt "
        "genoemd.",
    )
    terug.add_argument("--proef", action="store_true",
                       help="toon alleen welke dossiers teruggezet en welke overgeslagen zouden worden")
    opties.voeg_werkmap_toe(terug)
    terug.set_defaults(opdracht=_terug)


def voeg_vergelijk_toe(delen: Any) -> None:
    """`vplan sjablonen vergelijk`, added to the `sjablonen` group (interview.cli.sjabloonopdrachten)."""
    vergelijk = delen.add_parser(
        "vergelijk", help="bekijk nieuwe sjablonen op echte dossiers: oud en nieuw naast elkaar",
        description="Maakt de documenten van de nieuwste planversie van elk genoemd dossier met de "
        "huidige sjablonen en met de sjablonen in MAP, als PDF, en zet de pagina's van elk document "
        "waarin een lezer iets anders ziet naast elkaar (PNG: links oud, rechts nieuw) in "
        "<uitvoer>/vergelijking/<kenmerk>/. De documenten van het dossier zelf blijven onaangeroerd. "
        "Oud zijn de sjablonen die een opdracht nu zou gebruiken (--sjablonen, $VPLAN_SJABLONEN, de map "
        "van de werkmap of de meegeleverde).",
    )
    vergelijk.add_argument("map", type=Path, metavar="MAP", help="map met de nieuwe sjablonen")
    vergelijk.add_argument("--dossier", action="append", required=True, metavar="KENMERK",
                           dest="kenmerken", help="kenmerk van een dossier (mag vaker)")
    vergelijk.add_argument("--alle", action="store_true",
                           help="elk document: ook de eigen kopie van ieder gezinslid en elke brief "
                           "(standaard: het eerste van elke soort)")
    opties.voeg_uitvoer_toe(vergelijk)
    opties.voeg_sjablonen_toe(vergelijk)
    opties.voeg_werkmap_toe(vergelijk)
    vergelijk.set_defaults(opdracht=_vergelijk)


def _lijst(argumenten: argparse.Namespace) -> None:
    from interview.store import kies_werkmap
    from interview.uitrol.logboek import lees
    from interview.uitrol.logregels import regels

    regels_ = lees(kies_werkmap(argumenten.werkmap))
    if argumenten.json:
        print(json.dumps(regels_, ensure_ascii=False, indent=2))
        return
    for regel in regels(regels_):
        print(regel)


def _terug(argumenten: argparse.Namespace) -> None:
    from interview.store import Werkmap, kies_werkmap
    from interview.uitrol import logboek
    from interview.uitrol.terugzetten import draai_terug
    from interview.werkmapinstellingen import ingestelde_sjabloonmap

    werkmap = Werkmap(kies_werkmap(argumenten.werkmap))
    uitrol = logboek.laatste_uitrol(werkmap.pad)
    if uitrol is None:
        raise NietsTerugTeDraaien("Er is geen uitrol om terug te draaien: de laatste 'vplan opnieuw' is al "
                                  "teruggedraaid, of er is nog geen gedaan in deze werkmap.")
    uitvoer = Path(str(uitrol.gegevens.get("uitvoer", "")))
    uitkomst = draai_terug(werkmap, uitrol.nummer, uitvoer, uitrol.dossiers, argumenten.proef)
    if argumenten.proef:
        for kenmerk, reden in uitkomst.overgeslagen.items():
            print(f"  {kenmerk}: zou niet teruggezet worden: {reden}")
        print(f"Uitrol {uitrol.nummer}: {_dossiers(uitkomst.teruggezet, 'zou', 'zouden')} teruggezet worden, "
              f"{len(uitkomst.overgeslagen)} overgeslagen (proef: er is niets veranderd).")
        return
    logboek.schrijf(werkmap.pad, {
        "soort": "teruggedraaid", "uitrol": uitrol.nummer, "tijd": logboek.nu(),
        "gebruiker": logboek.gebruiker(), "teruggezet": uitkomst.teruggezet,
        "overgeslagen": uitkomst.overgeslagen,
    })
    for kenmerk, reden in uitkomst.overgeslagen.items():
        print(f"  {kenmerk}: niet teruggezet: {reden}")
    terug = _dossiers(uitkomst.teruggezet, "terug zoals het was", "terug zoals ze waren")
    print(f"Uitrol {uitrol.nummer} teruggedraaid: {terug}, "
          f"{len(uitkomst.overgeslagen)} overgeslagen (in {uitvoer}).")
    if ingestelde_sjabloonmap(werkmap.pad) == Path(str(uitrol.gegevens.get("sjablonen"))):
        print("De werkmap gebruikt nog de sjablonen van deze uitrol; zet de vorige terug met 'vplan "
              "sjablonen gebruik MAP' of 'vplan sjablonen standaard', anders maakt 'vplan opnieuw "
              "--verouderd' ze weer opnieuw.")


def _vergelijk(argumenten: argparse.Namespace) -> None:
    from interview.uitrol.vergelijking import vergelijk

    werkmap = opties.werkmap(argumenten)
    huidig = opties.sjabloonmap(argumenten)
    for kenmerk in argumenten.kenmerken:
        vergeleken = vergelijk(werkmap, kenmerk, huidig, argumenten.map, argumenten.uitvoer,
                               argumenten.alle)
        print(f"Dossier {kenmerk}, planversie {vergeleken.versie}: {vergeleken.map}")
        for regel in vergeleken.regels:
            print(f"  {regel}")
        for melding in vergeleken.meldingen:
            print(f"Let op: {melding}")
    print("Alleen u kunt deze mappen openen; ze bevatten gegevens van het gezin. Verwijder ze als u "
          "klaar bent.")


def _dossiers(kenmerken: list[str], enkelvoud: str, meervoud: str) -> str:
    """'1 dossier zou', '3 dossiers zouden': the noun and what follows agree with the count."""
    return aantal(len(kenmerken), f"dossier {enkelvoud}", f"dossiers {meervoud}")
