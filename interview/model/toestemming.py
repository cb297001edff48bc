"""Consent: who may read a statement, what a session's answer to sharing allows, what is shared, treatment."""


import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass
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

Niveau = Literal["nee", "professionals", "volledig", "gezin", "kind"]
"""How far one statement may go; each level allows what the one before it allows, and more."""
NIVEAUS: dict[Niveau, tuple[Lezerssoort, ...]] = {
    "nee": (),
    "professionals": ("professional",),
    "volledig": ("professional", "volledig"),
    "gezin": ("professional", "volledig", "gezin"),
    "kind": ("professional", "volledig", "gezin", "kind"),
}
"""Per level the versions that may show the statement. Professionals' own copies (their full plan,
the professionalversie) read whatever is not 'nee'; the parents' copies of the full plan only from
'volledig'. A netwerkversie shows no one's words."""

KEUZES: dict[str, Niveau] = {
    "nee, niet in het plan": "nee",
    "alleen professionals": "professionals",
    "volledig plan, ook de ouders": "volledig",
    "ook gezinsversie": "gezin",
    "ook kinderversie": "kind",
}
"""The answers a session offers to 'wie mag dit lezen?', in the order asked."""
EERDERE_KEUZES: dict[str, Niveau] = {
    "ja, in het volledige plan": "volledig",
    "ja, ook in de gezinsversie": "gezin",
    "ja, ook in de gezinsversie en de kinderversie": "kind",
}
"""Answers of sessions held before the levels above: read with the meaning they had then."""
DELEN: dict[str, Niveau] = {**KEUZES, **EERDERE_KEUZES}
"""Every answer to a `delen` question that vplan reads, with its level. No answer: professionals only
(see Toestemming)."""
MET_NIET_VOOR: tuple[str, ...] = tuple(
    tekst for tekst, niveau in KEUZES.items() if niveau in ("volledig", "gezin", "kind"))
"""The answers after which a session asks 'niet voor …': family may read it, so someone may be left out."""


def niveau_van(delen: str) -> Niveau | None:
    """The level an answer to `delen` stands for; None when not asked or not one of the answers."""
    return DELEN.get(delen)


def mag_in_plan(delen: str) -> bool:
    """False only when the person said no: then the promise is kept and nothing enters the plan."""
    return niveau_van(delen) != "nee"


def uitdrukkelijk_ja(delen: str) -> bool:
    """True only for a yes: a young person's hulpvraag and a child's Drie Huizen, asked for the
    ondersteuningsplan in their own words, enter it only then; no answer counts as no."""
    return niveau_van(delen) not in (None, "nee")


@dataclass(frozen=True)
class Deelantwoord:
    """What one session recorded about sharing one statement or score, before it enters a plan.

    `delen` is the answer to 'wie mag dit lezen?' (a key of DELEN; empty: not asked); `niet_voor`
    the people it is not for. For a child's words (`jeugdige`): `ouders` holds, per parent with
    gezag, whether that parent said yes; None when not asked. Sessions stored before the parents
    were asked one by one said yes or no for all of them: `ouders_akkoord`.
    """

    delen: str = ""
    niet_voor: tuple[str, ...] = ()
    jeugdige: bool = False
    ouders: tuple[tuple[str, bool], ...] | None = None
    ouders_akkoord: bool | None = None

    @property
    def in_plan(self) -> bool:
        """False only when the speaker said no."""
        return mag_in_plan(self.delen)

    @property
    def uitdrukkelijk(self) -> bool:
        """True only for an answered yes (a young person's hulpvraag, a child's Drie Huizen)."""
        return uitdrukkelijk_ja(self.delen)

    @property
    def voor_de_groep(self) -> bool:
        """Whether the group at the netwerkberaad, parents and network at the table, may see it: only
        what every parent may read (a level from 'volledig plan' on, no one left out) and, for a
        child's words, what each parent with gezag said yes to."""
        if niveau_van(self.delen) not in ("volledig", "gezin", "kind") or self.niet_voor:
            return False
        if not self.jeugdige:
            return True
        return all(ja for _, ja in self.ouders) if self.ouders else self.ouders_akkoord is True

    def toestemming(self) -> dict[str, Any]:
        """The plan's Toestemming (as data) for the statement this answer is about."""
        niveau = niveau_van(self.delen)
        gegevens: dict[str, Any] = {}
        if niveau is not None:
            gegevens = {"afgesproken": niveau != "nee", "lezers": list(NIVEAUS[niveau]),
                        "niet_voor": list(self.niet_voor)}
        if self.jeugdige:
            if niveau is not None:
                gegevens["kind_akkoord"] = niveau != "nee"
            gegevens["ouders_akkoord"] = self.ouders_akkoord
            if self.ouders:
                per_ouder = dict(self.ouders)
                gegevens |= {"ouders": per_ouder, "ouders_akkoord": all(per_ouder.values())}
        return gegevens


AAN_TAFEL: dict[str, Any] = {"afgesproken": True, "lezers": list(NIVEAUS["gezin"])}
"""The consent of a score said at the table (netwerkberaad, evaluation): said aloud, for the plan,
to the family, network and professionals together. Who heard it reads it: the full plan and the
gezinsversie; a netwerkversie shows no scores, a kinderversie no one else's."""


def toestemming_aan_tafel(kind: bool) -> dict[str, Any]:
    """The plan's Toestemming for a score said at the table. A child or young person who says a
    number there, with the parents present, has agreed to it being written down: their yes and the
    parents' are recorded (a session's score, said in private, asks for both instead)."""
    return AAN_TAFEL | ({"kind_akkoord": True, "ouders_akkoord": True} if kind else {})


def alleen_professionals() -> list[Lezerssoort]:
    """The safe default: without an agreement a statement is read by professionals only."""
    return list(NIVEAUS["professionals"])


class Toestemming(Basis):
    """Who may read one statement from an individual session, and who agreed to that.

    Nothing said is the safe answer: professionals only, and a child's words nowhere.
    """

    lezers: list[Lezerssoort] = Field(
        default_factory=alleen_professionals,
        description="Welke versies deze uitspraak mogen tonen: professional (het volledige plan van een "
        "professional en de professionalversie), volledig (ook het volledige plan van de ouders), gezin "
        "(gezinsversie), kind (kinderversie). Telt alleen met afgesproken: ja; zonder afspraak lezen "
        "alleen professionals het.",
    )
    personen: list[Naam] = Field(
        default=[],
        description="Wie deze uitspraak bij naam ook mag lezen in de eigen versie, bijvoorbeeld één kind.",
    )
    niet_voor: list[Naam] = Field(
        default=[],
        description="Voor wie deze uitspraak niet is: die persoon leest haar in geen enkele eigen versie, "
        "en als het iemand uit het gezin is, staat ze ook niet in de gezinsversie.",
    )
    afgesproken: bool | None = Field(
        None,
        description="Hebben wie het zei en de werker samen afgesproken dat dit in het plan komt? "
        "Nee: het komt in geen enkel document. Leeg: niet gevraagd (alleen professionals lezen het).",
    )
    kind_akkoord: bool | None = Field(
        None,
        description="Bij woorden van een kind of jongere: vindt die het goed dat het wordt "
        "opgeschreven en door deze lezers gelezen? Zonder ja leest niemand het.",
    )
    ouders_akkoord: bool | None = Field(
        None,
        description="Bij woorden van een kind onder 16: vinden alle ouders met gezag het ook goed? "
        "Vanaf 16 beslist de jongere alleen. Staat er per ouder een antwoord (ouders), dan telt dat.",
    )
    ouders: dict[Naam, bool] = Field(
        default={},
        description="Bij woorden van een kind onder 16, per ouder met gezag: vond die het goed (ja) of "
        "niet (nee)? Elke ouder met gezag moet ja zeggen.",
    )

    def staat_toe(self, soort: Lezerssoort, naam: str, kinderen: Iterable[int], professioneel: bool = False,
                  gezin: Collection[str] | None = None) -> bool:
        """Whether a reader of version `soort` named `naam` ("" for the gezinsversie) may read the statement.

        `kinderen` are the ages of the children among who said it: each child must have agreed, and
        below 16 each parent with gezag too. `professioneel` says the reader of a `volledig` copy is a
        professional (regiehouder, Veilig Thuis, jeugdbescherming), not a parent. `gezin` are the
        family's names: someone of them in `niet_voor` keeps the statement out of the gezinsversie;
        None (not known) keeps it out whenever anyone is in `niet_voor`.
        """
        if self.afgesproken is False or not self._kinderen_stemmen_in(kinderen):
            return False
        if naam and naam in self.niet_voor:
            return False
        if soort == "gezin" and any(gezin is None or wie in gezin for wie in self.niet_voor):
            return False
        if soort == "professional" or (soort == "volledig" and professioneel):
            return True
        if naam and naam in self.personen:
            return True
        return self.afgesproken is True and soort in self.lezers

    def _kinderen_stemmen_in(self, kinderen: Iterable[int]) -> bool:
        for leeftijd in kinderen:
            if self.kind_akkoord is not True:
                return False
            if leeftijd < ALLEEN_VANAF and not self.ouders_stemmen_in:
                return False
        return True

    @property
    def ouders_stemmen_in(self) -> bool:
        """Every parent with gezag said yes: per parent when recorded so, else all at once (older plans)."""
        if self.ouders:
            return all(self.ouders.values())
        return self.ouders_akkoord is True


class Gegevensdeling(Basis):
    """One agreement on sharing: what, with whom, until when, and who consented."""

    wat: Tekst = Field(description="Welke gegevens of welk deel van het plan, bijvoorbeeld de netwerkversie.")
    met: Tekst = Field(description="Met wie: een persoon of een organisatie, bijvoorbeeld school.")
    tot: dt.date | None = Field(None, description="Tot wanneer; leeg zolang het plan loopt.")
    toestemming_van: list[Naam] = Field(
        default=[], description="Wie toestemming gaf (ouders met gezag, jongere vanaf 12)."
    )
    datum: dt.date | None = Field(None, description="Wanneer de toestemming gegeven is.")


class ToestemmingEnPrivacy(Basis):
    """The 'Toestemming en privacy' part of the plan: what is shared with whom until when."""

    delen: list[Gegevensdeling] = Field(
        default=[], description="Wat met wie gedeeld wordt en tot wanneer."
    )
    toelichting: str = Field(
        "", description="Wat het gezin verder is uitgelegd over privacy, inzage en bewaren."
    )


class Behandeltoestemming(Basis):
    """Consent for one treatment of one child: the parents with gezag, and from 12 the child too."""

    kind: Naam = Field(description="Voor welk kind of welke jongere.")
    behandeling: Tekst = Field(description="Welke hulp of behandeling, bijvoorbeeld traumabehandeling.")
    ouders: list[Naam] = Field(
        default=[],
        description="Ouders met gezag die toestemming gaven; nodig voor een kind onder 16.",
    )
    jeugdige_akkoord: bool | None = Field(
        None, description="Gaf de jongere zelf toestemming? Nodig vanaf 12 jaar; vanaf 16 alleen dit."
    )
    datum: dt.date | None = Field(None, description="Wanneer de toestemming gegeven is.")
