"""`vplan sjablonen controleer|velden|voorbeeld|kopieer|gebruik|standaard`: tools for template authors,
no dossier needed (issue 10), and the werkmap's template folder (issue 18)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import interview.cli.opties as opties
import interview.cli.uitrolopdrachten as uitrolopdrachten

if TYPE_CHECKING:
    from interview.cli.opties import Opdrachten


def voeg_sjablonen_toe(opdrachten: Opdrachten) -> None:
    sjablonen = opdrachten.add_parser(
        "sjablonen", help="controleer, bekijk en beheer de Word-sjablonen van het team",
        description="Hulpmiddelen voor wie de sjablonen in Word maakt: alle fouten in één keer, de "
        "velden uit het planmodel, een proefdocument en een begin voor een eigen teammap.",
    )
    delen = sjablonen.add_subparsers(title="opdrachten", metavar="OPDRACHT", required=True)
    controleer = delen.add_parser(
        "controleer", help="meld elke fout en waarschuwing van de sjablonen in een map",
        description="Controleert elk sjabloon in MAP (standaard: $VPLAN_SJABLONEN, de map van de werkmap "
        "of de meegeleverde): "
        "de codes, de velden tegen het planmodel, en het vullen met een volledig, een leeg en een "
        "extreem proefplan. Afsluitcode 1 als er fouten zijn.",
    )
    controleer.add_argument("map", type=Path, nargs="?", default=None, metavar="MAP",
                            help="map met veiligheidsplan.docx en ondersteuningsplan.docx")
    controleer.add_argument("--json", action="store_true", help="uitkomst als JSON, voor scripts")
    controleer.add_argument("--zonder-proef", action="store_true",
                            help="niet vullen met proefplannen (sneller; alleen codes en velden)")
    opties.voeg_werkmap_toe(controleer)
    controleer.set_defaults(opdracht=_controleer)
    velden = delen.add_parser("velden", help="alle velden, filters en codes voor sjablonen",
                              description="De velden van het planmodel met soort, of ze leeg kunnen "
                              "zijn, toegestane waarden en een voorbeeld; daarna filters en codes.")
    velden.add_argument("--zoek", default="", metavar="TEKST", help="alleen velden met deze tekst")
    velden.add_argument("--document", default=None, metavar="DOCUMENT", choices=_documenten(),
                        help="alleen wat het sjabloon van dit document kan gebruiken, geschreven zoals in "
                        "dat sjabloon (dossier.kenmerk, lezer.naam): " + ", ".join(_documenten()))
    velden.set_defaults(opdracht=_velden)
    voorbeeld = delen.add_parser(
        "voorbeeld", help="maak proefdocumenten in een tijdelijke map",
        description="Vult de sjablonen met een proefplan en zet de documenten in een tijdelijke map "
        "(nooit in output/); de paden worden getoond.",
    )
    voorbeeld.add_argument("map", type=Path, nargs="?", default=None, metavar="MAP",
                           help="map met de sjablonen (standaard: $VPLAN_SJABLONEN, de map van de werkmap "
                           "of de meegeleverde)")
    welk = voorbeeld.add_mutually_exclusive_group()
    welk.add_argument("--volledig", action="store_true", help="het volledige voorbeeldplan (standaard)")
    welk.add_argument("--leeg", action="store_true",
                      help="een plan waarin elk veld dat leeg mag zijn, leeg is")
    welk.add_argument("--dossier", metavar="KENMERK", help="de nieuwste planversie van dit dossier")
    voorbeeld.add_argument("--pdf", action="store_true", help="maak ook een PDF (met LibreOffice)")
    opties.voeg_werkmap_toe(voorbeeld)
    voorbeeld.set_defaults(opdracht=_voorbeeld)
    kopieer = delen.add_parser(
        "kopieer", help="begin een eigen teammap met de meegeleverde sjablonen",
        description="Kopieert de meegeleverde sjablonen en een sjablonen.toml (teamnaam, versie) naar "
        "MAP. Bestaande bestanden worden nooit overschreven.",
    )
    kopieer.add_argument("map", type=Path, metavar="MAP", help="nieuwe map voor de sjablonen van het team")
    kopieer.add_argument("--team", default="", metavar="NAAM", help="naam van het team")
    kopieer.set_defaults(opdracht=_kopieer)
    gebruik = delen.add_parser(
        "gebruik", help="laat iedereen in deze werkmap de sjablonen uit MAP gebruiken",
        description="Zet de sjabloonmap van het team als instelling van de werkmap (instellingen.toml): "
        "elke opdracht die documenten maakt (documenten, opnieuw, netwerkberaad, evaluatie, incident, "
        "corrigeer, demo, sjablonen voorbeeld) en vplan overzicht gebruiken dan die map, ook voor een "
        "collega zonder --sjablonen. --sjablonen of $VPLAN_SJABLONEN gaat er voor één opdracht voor, "
        "met een melding.",
    )
    gebruik.add_argument("map", type=Path, metavar="MAP", help="map met de sjablonen van het team")
    opties.voeg_werkmap_toe(gebruik)
    gebruik.set_defaults(opdracht=_gebruik)
    standaard = delen.add_parser(
        "standaard", help="laat deze werkmap weer de meegeleverde sjablonen gebruiken",
        description="Haalt de sjabloonmap uit de instellingen van de werkmap; daarna gebruikt elke "
        "opdracht weer de meegeleverde sjablonen (of $VPLAN_SJABLONEN als die gezet is).",
    )
    opties.voeg_werkmap_toe(standaard)
    standaard.set_defaults(opdracht=_standaard)
    uitrolopdrachten.voeg_vergelijk_toe(delen)


def _controleer(argumenten: argparse.Namespace) -> None:
    import json

    from interview.fouten import SjabloonFout
    from interview.sjablonen.controle import controleer_map

    sjablonen = opties.sjabloonmap(argumenten, argumenten.map)
    rapport = controleer_map(sjablonen, proef=not argumenten.zonder_proef)
    if argumenten.json:
        print(json.dumps({
            "gecontroleerd": [str(p) for p in rapport.gecontroleerd], "meldingen": rapport.meldingen,
            "fouten": rapport.fouten, "waarschuwingen": rapport.waarschuwingen,
            "niet_nagekeken": rapport.niet_nagekeken,
            "bevindingen": [b.als_gegevens() for b in rapport.bevindingen],
        }, ensure_ascii=False, indent=2))
    else:
        print("Gecontroleerd: " + ", ".join(str(p) for p in rapport.gecontroleerd))
        for melding in rapport.meldingen:
            print(f"Let op: {melding}")
        for bevinding in rapport.bevindingen:
            print(bevinding.regel())
        for plaats in rapport.niet_nagekeken:
            print(f"Niet nagekeken tot de fout daar hersteld is: de andere codes in {plaats}")
        if not rapport.fouten:
            print(rapport.samenvatting())
    if rapport.fouten:
        raise SjabloonFout(f"{rapport.samenvatting()}; herstel de fouten en controleer opnieuw.")


def _velden(argumenten: argparse.Namespace) -> None:
    from interview.sjablonen.velden import CODES, toegestane_filters, velden_voor, verboden_codes, zoek

    gevonden = zoek(argumenten.zoek)
    if argumenten.document:
        gezocht = argumenten.zoek.lower()
        gevonden = [v for v in velden_voor(argumenten.document)
                    if gezocht in v.pad.lower() or gezocht in v.beschrijving.lower()]
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


def _documenten() -> tuple[str, ...]:
    """The documents with a template of their own, in the order vplan makes them (render/documenten.py
    SOORTEN, named here without importing the renderer: the parser is built on every command)."""
    return ("veiligheidsplan", "ondersteuningsplan", "professionalversie", "netwerkversie", "kinderversie",
            "gezinsversie", "brief")


def _voorbeeld(argumenten: argparse.Namespace) -> None:
    from interview.render.proefplannen import leeg_plan, volledig_plan
    from interview.sjablonen.voorbeeld import BEWAARD_ZOLANG, maak_voorbeeld

    werkmap = opties.werkmap(argumenten) if argumenten.dossier else None
    if werkmap is not None:
        plan = werkmap.lees_plan(argumenten.dossier, None)
    else:
        plan = leeg_plan() if argumenten.leeg else volledig_plan()
    sjablonen = opties.sjabloonmap(argumenten, argumenten.map)
    opties.meld_sjabloonkeuze(sjablonen)
    map_, paden = maak_voorbeeld(plan, sjablonen, pdf=argumenten.pdf, werkmap=werkmap)
    print(f"Proefdocumenten (planversie {plan.versie} van {plan.dossier.kenmerk}) in {map_}:")
    for pad in paden:
        print(f"  {pad}")
    if werkmap is not None and sys.stdin.isatty():
        _kijk_en_ruim_op(map_)
        return
    print("Alleen u kunt deze map openen. Een volgende 'vplan sjablonen voorbeeld' ruimt hem na "
          f"{BEWAARD_ZOLANG} op; verwijder hem zelf eerder als u klaar bent.")


def _kijk_en_ruim_op(map_: Path) -> None:
    """A real family's preview stays only while the user looks: Enter, Ctrl-D or Ctrl-C removes it."""
    import shutil

    try:
        input("Bekijk de documenten en druk dan op Enter: vplan verwijdert deze proefdocumenten van het "
              "gezin. ")
    except EOFError:
        print()
    finally:  # also on Ctrl-C, which then goes on as everywhere

        shutil.rmtree(map_, ignore_errors=True)
    print(f"Verwijderd: {map_}")


def _kopieer(argumenten: argparse.Namespace) -> None:
    from interview.sjablonen.kopie import kopieer_sjablonen

    for pad in kopieer_sjablonen(argumenten.map, argumenten.team):
        print(f"  {pad}")
    print(f"Pas de sjablonen aan in Word en controleer ze met: vplan sjablonen controleer {argumenten.map}")


def _gebruik(argumenten: argparse.Namespace) -> None:
    from interview.sjablonen.teammap import gebruik_sjablonen

    werkmap, gebruik = gebruik_sjablonen(argumenten.werkmap, argumenten.map)
    for melding in gebruik.meldingen:
        print(f"Let op: {melding}")
    versie = f" (versie {gebruik.versie})" if gebruik.versie else ""
    print(f"De werkmap {werkmap} gebruikt nu de sjablonen in {gebruik.map}{versie}, voor iedereen die "
          "erin werkt.")
    print(f"Controleer ze met: vplan sjablonen controleer --werkmap {werkmap}")
    print("Maak de documenten van de dossiers opnieuw met: vplan opnieuw --verouderd")


def _standaard(argumenten: argparse.Namespace) -> None:
    from interview.sjablonen.teammap import gebruik_sjablonen

    werkmap, _ = gebruik_sjablonen(argumenten.werkmap, None)
    print(f"De werkmap {werkmap} gebruikt weer de meegeleverde sjablonen.")
    print("Maak de documenten van de dossiers opnieuw met: vplan opnieuw --verouderd")
