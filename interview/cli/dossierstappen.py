"""The commands that talk with a family and make or settle a plan version: nieuw, gesprek,
netwerkberaad, evaluatie, incident, corrigeer, vaststellen, verstuurd."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import interview.cli.opties as opties

if TYPE_CHECKING:
    from interview.cli.opties import Opdrachten
    from interview.model import Plan
    from interview.stappen.frame import Stapcontext
    from interview.store import Werkmap


def voeg_nieuw_toe(opdrachten: Opdrachten) -> None:
    nieuw = opdrachten.add_parser(
        "nieuw", help="leg een nieuw dossier aan (vragen over gezin, netwerk, risicotaxatie, meldcode)",
        description="Stelt de vragen voor een nieuw dossier: kenmerk, gezin, netwerk, professionals, "
        "risicotaxatie en meldcode. Elk antwoord wordt meteen bewaard; een onderbroken begin gaat "
        "de volgende keer verder.",
    )
    opties.voeg_antwoorden_toe(nieuw)
    opties.voeg_werkmap_toe(nieuw)
    nieuw.set_defaults(opdracht=_nieuw)


def voeg_gesprek_toe(opdrachten: Opdrachten) -> None:
    gesprek = opdrachten.add_parser(
        "gesprek", help="individueel gesprek met één persoon uit het dossier",
        description="Voert het individuele gesprek met een ouder, kind, netwerklid of professional. "
        "De vragenlijst past bij de persoon (voor kinderen: de Drie Huizen). Een onderbroken "
        "gesprek gaat de volgende keer verder waar het bleef.",
    )
    opties.voeg_kenmerk_toe(gesprek)
    gesprek.add_argument("--met", required=True, metavar="NAAM",
                         help="naam van de persoon, zoals in het dossier (bijvoorbeeld Sandra)")
    gesprek.add_argument("--opnieuw", action="store_true",
                         help="begin een volgend gesprek, ook als er al een afgerond gesprek is")
    opties.voeg_antwoorden_toe(gesprek)
    opties.voeg_werkmap_toe(gesprek)
    gesprek.set_defaults(opdracht=_gesprek)


def voeg_netwerkberaad_toe(opdrachten: Opdrachten) -> None:
    beraad = opdrachten.add_parser(
        "netwerkberaad", help="gezamenlijk gesprek: maakt planversie 1 en beide documenten",
        description="Toont wat ieder in het eigen gesprek zei, naast elkaar, en stelt met de groep "
        "het veiligheidsplan en het ondersteuningsplan op. Bewaart planversie 1 en maakt beide "
        "documenten.",
    )
    opties.voeg_kenmerk_toe(beraad)
    opties.voeg_antwoorden_toe(beraad)
    opties.voeg_uitvoer_toe(beraad)
    opties.voeg_sjablonen_toe(beraad)
    opties.voeg_werkmap_toe(beraad)
    beraad.set_defaults(opdracht=_netwerkberaad)


# The three doors to a next plan version: evaluatie, incident, corrigeer.
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


def voeg_herzieningen_toe(opdrachten: Opdrachten) -> None:
    for naam, (hulp, beschrijving) in HERZIENINGEN.items():
        opdracht = opdrachten.add_parser(naam, help=hulp, description=beschrijving)
        opties.voeg_kenmerk_toe(opdracht)
        opties.voeg_antwoorden_toe(opdracht)
        opties.voeg_uitvoer_toe(opdracht)
        opties.voeg_sjablonen_toe(opdracht)
        opties.voeg_werkmap_toe(opdracht)
        opdracht.set_defaults(opdracht=_herzien, deur=naam)


def voeg_vaststellen_toe(opdrachten: Opdrachten) -> None:
    """After the plan is made: who signed it (issue 7, item 4)."""
    vaststellen = opdrachten.add_parser(
        "vaststellen", help="leg per persoon akkoord / gezien / niet akkoord vast",
        description="Vraagt per persoon die tekent (de regiehouder altijd, jongeren vanaf 12 op een "
        "eigen regel, dan wie in het netwerkberaad als ondertekenaar is aangevinkt; anderen als u ze "
        "aanvinkt): akkoord, gezien of niet akkoord, en de datum. Niets is vooraf ingevuld. Het plan "
        "is vastgesteld zodra de regiehouder en elke jongere vanaf 12 hebben geantwoord. Daarna "
        "worden de documenten van die versie in --uitvoer opnieuw gemaakt, als ze daar stonden.",
    )
    opties.voeg_kenmerk_toe(vaststellen)
    opties.voeg_planversie_toe(vaststellen)
    vaststellen.add_argument(
        "--antwoorden", type=Path, default=None, metavar="BESTAND",
        help="neem de oordelen uit dit YAML-bestand (per naam: oordeel, datum en zo nodig reden); "
        "wat ontbreekt, wordt gevraagd",
    )
    opties.voeg_uitvoer_toe(vaststellen)
    opties.voeg_sjablonen_toe(vaststellen)
    opties.voeg_werkmap_toe(vaststellen)
    vaststellen.set_defaults(opdracht=_vaststellen)


def voeg_verstuurd_toe(opdrachten: Opdrachten) -> None:
    """After the plan is made: who received it (issue 7, item 5)."""
    verstuurd = opdrachten.add_parser(
        "verstuurd", help="leg vast wie welke planversie ontving, of zie wie nog niet",
        description="Met --aan: legt vast dat iemand een planversie ontving. Zonder --aan: toont "
        "wie op de verspreidingslijst de nieuwste versie nog niet ontving. Na --aan worden de documenten "
        "van die versie in --uitvoer opnieuw gemaakt, als ze daar stonden.",
    )
    opties.voeg_kenmerk_toe(verstuurd)
    verstuurd.add_argument("--aan", metavar="NAAM", default=None,
                           help="wie de versie ontving, zoals in het dossier (bijvoorbeeld Eva)")
    verstuurd.add_argument("--datum", type=opties.datum, default=None, metavar="DATUM",
                           help="wanneer, zoals 20-11-2026 of 2026-11-20 (standaard: vandaag)")
    verstuurd.add_argument("--vorm", choices=("mondeling", "digitaal", "post"), default=None,
                           help="hoe (standaard: zoals op de verspreidingslijst, anders digitaal)")
    verstuurd.add_argument("--uitgelegd-door", metavar="NAAM", default="",
                           help="wie de kinderversie aan het kind heeft uitgelegd; de kinderversie "
                           "zegt dan door wie en wanneer")
    opties.voeg_planversie_toe(verstuurd)
    opties.voeg_uitvoer_toe(verstuurd)
    opties.voeg_sjablonen_toe(verstuurd)
    opties.voeg_werkmap_toe(verstuurd)
    verstuurd.set_defaults(opdracht=_verstuurd)


def _meld(tekst: str) -> None:
    print(tekst)


def _waarschuw(tekst: str) -> None:
    print(f"vplan: {tekst}", file=sys.stderr)


def _stapcontext(argumenten: argparse.Namespace) -> Stapcontext:
    """What every door (nieuw, gesprek, netwerkberaad, vaststellen, evaluatie, incident, corrigeer)
    gets from the command line, built here once. Doors without --sjablonen or --uitvoer get None."""
    from interview.stappen.frame import Stapcontext

    sjablonen = opties.sjabloonmap(argumenten) if hasattr(argumenten, "sjablonen") else None
    return Stapcontext(opties.werkmap(argumenten), lambda: opties.prompter(argumenten), argumenten.antwoorden,
                       _meld, sjablonen=sjablonen, uitvoer=getattr(argumenten, "uitvoer", None),
                       waarschuw=_waarschuw)


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
    from interview.cli.naast_elkaar import toon_overzicht
    from interview.stappen.netwerkberaad import netwerkberaad

    opties.meld_sjabloonkeuze(opties.sjabloonmap(argumenten))
    beraad = netwerkberaad(_stapcontext(argumenten), argumenten.kenmerk, toon_overzicht)
    plan = beraad.plan
    print(f"Planversie {plan.versie} van dossier {plan.dossier.kenmerk} is vastgelegd.")
    _toon_documenten(beraad.documenten)


def _herzien(argumenten: argparse.Namespace) -> None:
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
    opties.meld_sjabloonkeuze(opties.sjabloonmap(argumenten))
    _toon_documenten(herziening.documenten)


def _toon_documenten(paden: list[Path]) -> None:
    """The documents the door wrote before it released the dossier (interview.stappen.frame)."""
    print("Documenten:")
    for pad in paden:
        print(f"  {pad}")


def _vaststellen(argumenten: argparse.Namespace) -> None:
    from interview.stappen.vaststellen import vaststellen

    stap = _stapcontext(argumenten)
    uitkomst = vaststellen(stap, argumenten.kenmerk, argumenten.planversie)
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
    nieuw = bool(uitkomst.vastgelegd or uitkomst.ontvangen)
    if not (nieuw and _werk_bij(argumenten, stap.werkmap, plan)):
        print(f"De documenten met de handtekeningen maakt u met: vplan documenten {plan.dossier.kenmerk} "
              f"--planversie {plan.versie}")


def _werk_bij(argumenten: argparse.Namespace, werkmap: Werkmap, plan: Plan) -> bool:
    """The version's documents remade, so they show what was just recorded (issue 19.5); False
    when the version has no documents in --uitvoer to remake."""
    from interview.stappen.bijwerken import werk_documenten_bij

    regels = werk_documenten_bij(werkmap, plan, argumenten.uitvoer, opties.sjabloonmap(argumenten))
    for regel in regels:
        print(regel)
    return bool(regels)


def _verstuurd(argumenten: argparse.Namespace) -> None:
    from interview.render.lezers import ontvangt
    from interview.stappen.verstuurd import registreer_ontvangst, wie_nog_niet

    werkmap = opties.werkmap(argumenten)
    if argumenten.aan is None:
        plan, namen = wie_nog_niet(werkmap, argumenten.kenmerk, argumenten.planversie)
        if namen:
            print(f"Planversie {plan.versie} van dossier {plan.dossier.kenmerk} is nog niet ontvangen door:")
            op_de_lijst = {regel.naam for regel in plan.verspreidingslijst}
            for naam in namen:
                print(f"  {naam}" + ("" if naam in op_de_lijst else
                                     " (tekende, maar staat niet op de verspreidingslijst)"))
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
    _werk_bij(argumenten, werkmap, werkmap.lees_plan(argumenten.kenmerk, ontvangst.versie))
