"""Consent: who may read a statement, what a session's answer to sharing allows, what is shared, treatment."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Literal

from pydantic import Field

from interview.model.basis import Basis
from interview.model.types import Naam, Tekst

Lezerssoort = Literal["volledig", "professional", "netwerk", "gezin", "kind"]
"""The versions of a plan a reader receives: the full plan, the professionalversie, a netwerkversie,
the gezinsversie, a kinderversie."""
LEZERSSOORTEN: tuple[Lezerssoort, ...] = ("volledig", "professional", "netwerk", "gezin", "kind")

EIGEN_TOESTEMMING_VANAF = 12
"""From 12 a young person consents alongside the parents with gezag (WGBO, Jeugdwet)."""
ALLEEN_VANAF = 16
"""From 16 a young person decides alone."""


DELEN: dict[str, tuple[bool, tuple[Lezerssoort, ...]]] = {
    "ja, in het volledige plan": (True, ("volledig",)),
    "ja, ook in de gezinsversie": (True, ("volledig", "gezin")),
    "ja, ook in de gezinsversie en de kinderversie": (True, ("volledig", "gezin", "kind")),
    "nee, niet in het plan": (False, ()),
}
"""The answers to a session's `delen` question (agreed with the worker, and for a child the
child's own yes): whether it may enter the plan, and which versions may show it. No answer: the
full plan only, and a child's words in no document (see Toestemming)."""


def mag_in_plan(delen: str) -> bool:
    """False only when the person said no: then the promise is kept and nothing enters the plan."""
    return delen not in DELEN or DELEN[delen][0]


def uitdrukkelijk_ja(delen: str) -> bool:
    """True only for a yes: a young person's hulpvraag and a child's Drie Huizen, asked for the
    ondersteuningsplan in their own words, enter it only then; no answer counts as no."""
    return delen in DELEN and DELEN[delen][0]


def toestemming_voor(delen: str, jeugdige: bool, ouders_akkoord: bool | None) -> dict[str, Any]:
    """The plan's Toestemming for words shared as `delen` (a DELEN key, or empty: not asked)."""
    if delen not in DELEN:
        return {"ouders_akkoord": ouders_akkoord} if jeugdige else {}
    afgesproken, lezers = DELEN[delen]
    gegevens: dict[str, Any] = {"afgesproken": afgesproken, "lezers": list(lezers)}
    if jeugdige:
        gegevens |= {"kind_akkoord": afgesproken, "ouders_akkoord": ouders_akkoord}
    return gegevens


AAN_TAFEL: dict[str, Any] = {"afgesproken": True, "lezers": ["volledig", "gezin"]}
"""The consent of a score said at the table (netwerkberaad, evaluation): said aloud, for the plan,
to the family, network and professionals together. Who heard it reads it: the full plan and the
gezinsversie; a netwerkversie shows no scores, a kinderversie no one else's."""


def toestemming_aan_tafel(kind: bool) -> dict[str, Any]:
    """The plan's Toestemming for a score said at the table. A child or young person who says a
    number there, with the parents present, has agreed to it being written down: their yes and the
    parents' are recorded (a session's score, said in private, asks for both instead)."""
    return AAN_TAFEL | ({"kind_akkoord": True, "ouders_akkoord": True} if kind else {})


def alleen_volledig() -> list[Lezerssoort]:
    """The safe default: without an agreement a statement is read only in the full plan."""
    return ["volledig"]


class Toestemming(Basis):
    """Who may read one statement from an individual session, and who agreed to that.

    Nothing said is the safe answer: the full plan only, and a child's words nowhere.
    """

    lezers: list[Lezerssoort] = Field(
        default_factory=alleen_volledig,
        description="Welke versies deze uitspraak mogen tonen: volledig (het hele plan), gezin "
        "(gezinsversie), netwerk (netwerkversie), kind (kinderversie). Zonder afspraak alleen het "
        "volledige plan.",
    )
    personen: list[Naam] = Field(
        default_factory=list,
        description="Wie deze uitspraak bij naam ook mag lezen in de eigen versie, bijvoorbeeld één kind.",
    )
    afgesproken: bool | None = Field(
        None,
        description="Hebben wie het zei en de werker samen afgesproken dat dit in het plan komt? "
        "Nee: het komt in geen enkel document. Leeg: niet gevraagd.",
    )
    kind_akkoord: bool | None = Field(
        None,
        description="Bij woorden van een kind of jongere: vindt die het goed dat het wordt "
        "opgeschreven en door deze lezers gelezen? Zonder ja leest niemand het.",
    )
    ouders_akkoord: bool | None = Field(
        None,
        description="Bij woorden van een kind onder 16: vinden de ouders met gezag het ook goed? "
        "Vanaf 16 beslist de jongere alleen.",
    )

    def staat_toe(
        self, soort: Lezerssoort, naam: str, leeftijden_kinderen: Iterable[int], professioneel: bool = False
    ) -> bool:
        """Whether a reader of version `soort` named `naam` may read the statement.

        `leeftijden_kinderen` are the ages of the children among who said it: each child must have
        agreed, and below 16 the parents too. `professioneel`: the reader of a full copy is a
        professional, not a parent (the consent levels of issue 17 tell the two apart).
        """
        if self.afgesproken is False:
            return False
        for leeftijd in leeftijden_kinderen:
            if self.kind_akkoord is not True:
                return False
            if leeftijd < ALLEEN_VANAF and self.ouders_akkoord is not True:
                return False
        return soort in self.lezers or (bool(naam) and naam in self.personen)


class Gegevensdeling(Basis):
    """One agreement on sharing: what, with whom, until when, and who consented."""

    wat: Tekst = Field(description="Welke gegevens of welk deel van het plan, bijvoorbeeld de netwerkversie.")
    met: Tekst = Field(description="Met wie: een persoon of een organisatie, bijvoorbeeld school.")
    tot: dt.date | None = Field(None, description="Tot wanneer; leeg zolang het plan loopt.")
    toestemming_van: list[Naam] = Field(
        default_factory=list, description="Wie toestemming gaf (ouders met gezag, jongere vanaf 12)."
    )
    datum: dt.date | None = Field(None, description="Wanneer de toestemming gegeven is.")


class ToestemmingEnPrivacy(Basis):
    """The 'Toestemming en privacy' part of the plan: what is shared with whom until when."""

    delen: list[Gegevensdeling] = Field(
        default_factory=list, description="Wat met wie gedeeld wordt en tot wanneer."
    )
    toelichting: str = Field(
        "", description="Wat het gezin verder is uitgelegd over privacy, inzage en bewaren."
    )


class Behandeltoestemming(Basis):
    """Consent for one treatment of one child: the parents with gezag, and from 12 the child too."""

    kind: Naam = Field(description="Voor welk kind of welke jongere.")
    behandeling: Tekst = Field(description="Welke hulp of behandeling, bijvoorbeeld traumabehandeling.")
    ouders: list[Naam] = Field(
        default_factory=list,
        description="Ouders met gezag die toestemming gaven; nodig voor een kind onder 16.",
    )
    jeugdige_akkoord: bool | None = Field(
        None, description="Gaf de jongere zelf toestemming? Nodig vanaf 12 jaar; vanaf 16 alleen dit."
    )
    datum: dt.date | None = Field(None, description="Wanneer de toestemming gegeven is.")
