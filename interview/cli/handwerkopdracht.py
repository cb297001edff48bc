"""`vplan handwerk`: the hand edits in a dossier's documents, and `vplan corrigeer` answers carrying them."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

import interview.cli.opties as opties
from interview.fouten import DossierNietGevonden

if TYPE_CHECKING:
    from interview.cli.opties import Opdrachten
    from interview.handwerk.verschil import Bewerkt
    from interview.model import Plan

ANTWOORDBESTAND = "correctie.yaml"


def voeg_handwerk_toe(opdrachten: Opdrachten) -> None:
    handwerk = opdrachten.add_parser(
        "handwerk", help="toon wat er met de hand in de documenten is veranderd, als correctie voor het plan",
        description="Zoekt de documenten van een dossier die na het maken met de hand zijn gewijzigd (ook "
        "in de bewaarde mappen v<N>-bewerkt-…), toont per genummerd item (A3, Z1 …) wat vplan schreef en "
        "wat er nu staat, en geeft de wijzigingen als antwoordbestand voor 'vplan corrigeer', zodat ze in "
        "het plan en in elk ander document komen.",
    )
    handwerk.add_argument("kenmerk", metavar="KENMERK",
                          help="kenmerk van het dossier, bijvoorbeeld VP-2026-0042")
    handwerk.add_argument("--planversie", type=opties.positief_getal, default=None, metavar="N",
                          help="alleen de documenten van deze planversie (standaard: van alle)")
    opties.voeg_uitvoer_toe(handwerk)
    opties.voeg_werkmap_toe(handwerk)
    handwerk.set_defaults(opdracht=_handwerk)


def _handwerk(argumenten: argparse.Namespace) -> None:
    from interview.handwerk.verschil import antwoorden_voor, bewerkt_in, zoek_bewerkt

    werkmap = opties.werkmap(argumenten)
    kenmerk = argumenten.kenmerk
    dossiermap = argumenten.uitvoer / kenmerk
    try:
        nieuwste: Plan | None = werkmap.lees_plan(kenmerk)
    except DossierNietGevonden:
        if not dossiermap.is_dir():
            raise  # a wrong kenmerk, told in the store's words
        nieuwste = None  # documents without a stored dossier (vplan demo): changes without answers
    plannen = {v: werkmap.lees_plan(kenmerk, v) for v in range(1, nieuwste.versie + 1)} if nieuwste else {}
    gevonden = [b for naam in zoek_bewerkt(dossiermap, argumenten.planversie)
                for b in bewerkt_in(dossiermap / naam, plannen)]
    if not gevonden:
        print(f"Geen documenten van dossier {kenmerk} in {dossiermap} zijn met de hand gewijzigd sinds "
              "vplan ze schreef.")
        return
    for bewerkt in gevonden:
        _toon(bewerkt)
    if nieuwste is None:
        print(f"Dossier {kenmerk} staat niet in de werkmap, dus vplan corrigeer kan deze wijzigingen "
              "niet overnemen.")
        return
    uitkomst = antwoorden_voor(gevonden, nieuwste)
    print()
    if uitkomst.al_in_plan:
        print(f"Al in planversie {nieuwste.versie}: {', '.join(uitkomst.al_in_plan)}.")
    for sleutel, waarden in uitkomst.tegenstrijdig.items():
        print(f"{sleutel} is in twee documenten verschillend gewijzigd ({' / '.join(waarden)}); "
              f"kies zelf met 'vplan corrigeer {kenmerk}'.")
    if uitkomst.antwoorden:
        _toon_antwoorden(kenmerk, nieuwste.versie, {b.planversie for b in gevonden}, uitkomst.antwoorden)
    elif not uitkomst.al_in_plan:
        print("Geen van deze wijzigingen valt binnen één tekst van het plan; neem ze over met "
              f"'vplan corrigeer {kenmerk}' (aan het toetsenbord) of in een evaluatie.")


def _toon(bewerkt: Bewerkt) -> None:
    if bewerkt.toegevoegd:
        print(f"Met de hand toegevoegd (niet door vplan gemaakt): {bewerkt.bestand}")
        return
    print(f"Met de hand gewijzigd: {bewerkt.bestand} (planversie {bewerkt.planversie})")
    if bewerkt.wijzigingen is None:
        print("  vplan kan de tekst niet vergelijken (geen Word-document, of gemaakt met een oudere vplan); "
              "vergelijk het zelf met een nieuw gemaakt document.")
        return
    if not bewerkt.wijzigingen:
        print("  alleen de opmaak is gewijzigd, niet de tekst.")
    for wijziging in bewerkt.wijzigingen:
        print(f"  {wijziging.nummer or 'buiten de genummerde items'}:")
        for alinea in wijziging.oud:
            print(f"    - {alinea.removeprefix('# ')}")
        for alinea in wijziging.nieuw:
            print(f"    + {alinea.removeprefix('# ')}")
        if wijziging.antwoord is not None:
            print(f"    = correctie van {wijziging.antwoord[0]}")


def _toon_antwoorden(kenmerk: str, nieuwste: int, versies: set[int], antwoorden: dict[str, str]) -> None:
    """The answers as a file to save and give to `vplan corrigeer --antwoorden` (JSON strings are YAML)."""
    print("Neem deze wijzigingen over in het plan (en daarmee in elk ander document): bewaar de regels "
          f"hieronder als {ANTWOORDBESTAND} en geef "
          f"'vplan corrigeer {kenmerk} --antwoorden {ANTWOORDBESTAND}'.")
    if versies != {nieuwste}:
        print(f"Let op: vplan corrigeer verbetert de nieuwste planversie ({nieuwste}); controleer of de "
              "wijzigingen daar nog gelden.")
    print()
    print(f"# vplan corrigeer {kenmerk} --antwoorden {ANTWOORDBESTAND}")
    for sleutel, waarde in antwoorden.items():
        print(f"{sleutel}: {json.dumps(waarde, ensure_ascii=False)}")
