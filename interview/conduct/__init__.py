"""Runs a questionnaire: from an answers file, an earlier unfinished run, or the keyboard.

Importing this package does not import questionary; `QuestionaryPrompter` does, when it asks.
"""

from interview.conduct.journaal import ONVOLLEDIG
from interview.conduct.motor import voer_uit
from interview.conduct.prompter import TERUG, KaartStelling, Opdracht, Prompter, Vraagstelling, heeft_terminal
from interview.conduct.questionary_prompter import QuestionaryPrompter
from interview.conduct.resultaat import Resultaat, lees_resultaat, resultaat_uit
from interview.conduct.vraagcontext import Hulp, Item, Keuzelijst, Standaard, Vraagcontext
from interview.conduct.vragenlijst import Vraag, Vragenlijst, laad_vragenlijst, lees_vragenlijst
from interview.fouten import GesprekAfgesloten, GesprekOnderbroken, VragenlijstFout

__all__ = [
    "ONVOLLEDIG",
    "TERUG",
    "GesprekAfgesloten",
    "GesprekOnderbroken",
    "Hulp",
    "Item",
    "KaartStelling",
    "Keuzelijst",
    "Opdracht",
    "Prompter",
    "QuestionaryPrompter",
    "Resultaat",
    "Standaard",
    "Vraag",
    "Vraagcontext",
    "Vraagstelling",
    "Vragenlijst",
    "VragenlijstFout",
    "heeft_terminal",
    "laad_vragenlijst",
    "lees_resultaat",
    "lees_vragenlijst",
    "resultaat_uit",
    "voer_uit",
]
