"""A card filled one question after another: for scripted prompters and screens without a form."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from interview.conduct.prompter import TERUG, KaartStelling, Opdracht, Terug, Vraagstelling

Vraag = Callable[[Vraagstelling], Any]
"""A prompter's `vraag`: one question, answered with a value, TERUG or an Opdracht."""


def vul_per_veld(vraag: Vraag, kaart: KaartStelling,
                 meld: Callable[[str], None] | None = None) -> dict[str, Any] | Terug | Opdracht | None:
    """Fill `kaart` by asking its visible fields in order, as the engine asked them before cards.

    'Is there this item?' comes first when the card has it (no: the list is done, None). `:terug`
    goes back one field and from the first one leaves the card (TERUG); a colon command runs and
    the field is asked again. An answer the card's `controle` rejects is shown through `meld` (if
    given; a prompter whose questions check as they are typed needs none) and asked again.
    """
    waarden: dict[str, Any] = {}
    index = -1
    while index < len(kaart.velden):
        if index < 0:
            if kaart.vervolg is None:
                index = 0
                continue
            verder = _vraag_tot_antwoord(vraag, kaart.vervolg)
            if isinstance(verder, Terug):
                return TERUG
            if verder is not True:
                return None
            index = 0
            continue
        veld = kaart.velden[index]
        if veld.pad not in kaart.zichtbaar(waarden):
            index += 1
            continue
        standaard = waarden[veld.pad] if veld.pad in waarden else kaart.standaard(veld.pad, waarden)
        kop = "\n".join(deel for deel in (veld.kop, kaart.waarom(veld.pad, waarden)) if deel)
        stelling = dataclasses.replace(veld, standaard=standaard, kop=kop)
        antwoord = _vraag_tot_antwoord(vraag, stelling)
        if isinstance(antwoord, Terug):
            vorige = _vorige(kaart, waarden, index)
            if vorige is None and kaart.vervolg is None:
                return TERUG
            index = -1 if vorige is None else vorige
            continue
        melding = kaart.controle(veld.pad, antwoord) if meld is not None else None
        if melding is not None and meld is not None:
            meld(melding)
            continue
        waarden[veld.pad] = antwoord
        index += 1
    return {pad: antwoord for pad, antwoord in waarden.items() if pad in kaart.zichtbaar(waarden)}


def _vraag_tot_antwoord(vraag: Vraag, stelling: Vraagstelling) -> Any:
    """The answer to one field; colon commands run at once and the field is asked again."""
    while True:
        antwoord = vraag(stelling)
        if not isinstance(antwoord, Opdracht):
            return antwoord
        antwoord.doe()


def _vorige(kaart: KaartStelling, waarden: dict[str, Any], index: int) -> int | None:
    """The index of the previous field answered on this card; None at the first."""
    for eerder in range(index - 1, -1, -1):
        if kaart.velden[eerder].pad in waarden:
            return eerder
    return None
