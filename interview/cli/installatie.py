"""The commands about this installation rather than a dossier: info (for a help request), aanvulling
(Tab completion in the user's shell)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

import interview.cli.opties as opties

if TYPE_CHECKING:
    from interview.cli.opties import Opdrachten


def voeg_info_toe(opdrachten: Opdrachten) -> None:
    info = opdrachten.add_parser(
        "info", help="toon versie, werkmap, sjablonen en LibreOffice (voor een hulpvraag)",
        description="Toont wat de beheerder bij een hulpvraag wil weten: de versie van vplan en "
        "Python, welke werkmap en sjabloonmap in gebruik zijn en waarom (optie, omgevingsvariabele, "
        "instelling van de werkmap of standaard), per sjabloon de titel en de identiteit (dezelfde als "
        "in .vplan.json), of LibreOffice gevonden is en hoeveel dossiers er zijn. Namen en kenmerken "
        "van dossiers toont het niet.",
    )
    opties.voeg_werkmap_toe(info)
    opties.voeg_sjablonen_toe(info)
    info.set_defaults(opdracht=_info)


def voeg_aanvulling_toe(opdrachten: Opdrachten) -> None:
    aanvulling = opdrachten.add_parser(
        "aanvulling", help="toon de code voor Tab-aanvulling in bash of zsh",
        description="Toont de shellcode waarmee Tab opdrachten, opties, kenmerken uit de werkmap en "
        "namen voor --met aanvult. Zet in ~/.bashrc: eval \"$(vplan aanvulling bash)\"; in ~/.zshrc "
        "(na compinit): eval \"$(vplan aanvulling zsh)\".",
    )
    aanvulling.add_argument("shell", choices=("bash", "zsh"), metavar="SHELL", help="bash of zsh")
    aanvulling.set_defaults(opdracht=_aanvulling)


def _info(argumenten: argparse.Namespace) -> None:
    from interview.info import beschrijf

    for regel in beschrijf(argumenten.werkmap, argumenten.sjablonen):
        print(regel)


def _aanvulling(argumenten: argparse.Namespace) -> None:
    from interview.aanvullen import shellcode

    print(shellcode(argumenten.shell))
