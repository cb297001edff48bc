"""A card on its way to the prompter and back: its fields with defaults and help lines that follow
what is typed on it, the fields its conditions show, and whether each answer fits."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from interview.conduct.antwoordcontrole import Keuzes, OngeldigAntwoord, controleer
from interview.conduct.prompter import KaartStelling, Opdracht, Vraagstelling
from interview.conduct.vraagcontext import Item, Vraagcontext
from interview.conduct.vragenlijst import Vragenlijst
from interview.conduct.wandeling import Kaart, Stap, stappen

Controles = Mapping[str, Callable[[Any], str | None]]
"""The caller's own checks by answer path: a Dutch message for an answer that cannot be right."""


@dataclass(frozen=True)
class Kaartvragen:
    """`kaart` of the session running `lijst` with `context` (its `leeftijd` the session's own).

    `staat` holds the answers so far, read live; `bestand` the answers file's, which are fixed and
    never shown on a card.
    """

    kaart: Kaart
    lijst: Vragenlijst
    context: Vraagcontext
    staat: Mapping[str, Any]
    bestand: Mapping[str, Any]
    controles: Controles

    def stelling(self, kop: str, opdrachten: tuple[Opdracht, ...], concept: Mapping[str, Any],
                 bewaar_concept: Callable[[Mapping[str, Any]], None]) -> KaartStelling:
        """What the prompter needs to show the card: the answers so far (else what was typed on it
        before `:terug`, the `concept`) as defaults."""
        kaart = self.kaart
        vervolg = None
        if kaart.vervolg is not None and kaart.vervolg[0] not in self.bestand:
            pad, vraag = kaart.vervolg
            vervolg = Vraagstelling(vraag, pad, self.staat.get(pad), kop=kop, opdrachten=opdrachten)
        keuzes = {pad: self.context.keuzes(vraag, self.staat) for pad, vraag in kaart.velden}

        def standaard(pad: str, waarden: Mapping[str, Any]) -> Any:
            return concept[pad] if pad in concept else self.standaard(pad, waarden)

        velden = tuple(
            Vraagstelling(vraag, pad, standaard(pad, {}), keuzes[pad], opdrachten=opdrachten)
            for pad, vraag in kaart.velden if pad not in self.bestand)
        return KaartStelling(
            kop=kaart.kop or kop, velden=velden, vervolg=vervolg, opdrachten=opdrachten,
            zichtbaar=self.zichtbaar, standaard=standaard, bewaar_concept=bewaar_concept,
            controle=lambda pad, antwoord: self.controleer_veld(pad, antwoord, keuzes[pad])[1],
            waarom=self.waarom, lijst=bool(kaart.volgende),
        )

    def met_kaart(self, waarden: Mapping[str, Any]) -> dict[str, Any]:
        """The answers so far with the card's values in it, its item there (the file's answers
        count, also those the walk has not taken over yet)."""
        staat = {**self.staat, **self.bestand, **waarden}
        if self.kaart.vervolg is not None:
            staat[self.kaart.vervolg[0]] = True
        return staat

    def bereikt(self, waarden: Mapping[str, Any]) -> list[Stap]:
        """The card's steps whose condition holds with the card's values `waarden`."""
        staat = self.met_kaart(waarden)
        return [stap for stap in stappen(self.lijst, staat, self.context.leeftijd, self.context.leeftijden)
                if op_kaart(stap, self.kaart)]

    def zichtbaar(self, waarden: Mapping[str, Any]) -> frozenset[str]:
        """The fields on the card with these values: reached, not from the file, and answerable
        (a choice with an empty list is not)."""
        return frozenset(stap.pad for stap in self.bereikt(waarden)
                         if stap.pad not in self.bestand and stap.pad != vervolg_van(self.kaart)
                         and not self.geen_keuzes(stap))

    def geen_keuzes(self, stap: Stap) -> bool:
        """A choice whose list is empty: nobody can answer it."""
        return stap.vraag.soort in ("keuze", "meerkeuze") and not self.context.keuzes(stap.vraag, self.staat)

    def standaard(self, pad: str, waarden: Mapping[str, Any]) -> Any:
        """A field's default: its earlier answer, else what the context gives with the card's values."""
        if pad in self.staat:
            return self.staat[pad]
        return self.context.standaard(dict(self.kaart.velden)[pad], Item.van(pad, self.met_kaart(waarden)))

    def waarom(self, pad: str, waarden: Mapping[str, Any]) -> str:
        """Why a field matters here, with the card's values (its `wie` typed just above it)."""
        return self.context.waarom(dict(self.kaart.velden)[pad], Item.van(pad, self.met_kaart(waarden)))

    def controleer(self, stelling: KaartStelling,
                   antwoord: Mapping[str, Any]) -> tuple[dict[str, str], dict[str, Any]]:
        """Messages by path for the fields that do not fit, and the checked answers of the others."""
        fouten: dict[str, str] = {}
        goed: dict[str, Any] = {}
        keuzes = {veld.pad: veld.keuzes for veld in stelling.velden}
        for pad in sorted(stelling.zichtbaar(antwoord), key=[p for p, _ in self.kaart.velden].index):
            gecontroleerd, melding = self.controleer_veld(pad, antwoord.get(pad), keuzes[pad])
            if melding is None:
                goed[pad] = gecontroleerd
            else:
                fouten[pad] = melding
        return fouten, goed

    def controleer_veld(self, pad: str, antwoord: Any, keuzes: Keuzes) -> tuple[Any, str | None]:
        """The checked answer to one field, or the Dutch message why it does not fit."""
        try:
            gecontroleerd = controleer(dict(self.kaart.velden)[pad], antwoord, keuzes)
        except OngeldigAntwoord as fout:
            return None, fout.melding
        return gecontroleerd, self.controles[pad](gecontroleerd) if pad in self.controles else None

    def onbeantwoord(self, goed: Mapping[str, Any]) -> list[Stap]:
        """The steps a filled card reached but showed nobody (an empty choice): for the engine's
        answer when nobody can be asked."""
        return [stap for stap in self.bereikt(goed) if stap.pad not in goed and stap.pad not in self.bestand
                and stap.pad != vervolg_van(self.kaart)]

    def label(self, pad: str) -> str:
        return dict(self.kaart.velden)[pad].tekst


def op_kaart(stap: Stap | None, kaart: Kaart) -> bool:
    return stap is not None and stap.kaart is not None and stap.kaart.id == kaart.id


def vervolg_van(kaart: Kaart) -> str:
    """The path of 'is there this item?' of the card's list; empty for a card that must be filled."""
    return kaart.vervolg[0] if kaart.vervolg is not None else ""
