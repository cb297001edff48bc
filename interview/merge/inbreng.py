"""What each person said in their session, side by side, and what the joint session may choose from it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from interview.merge.antwoordvorm import bruikbaar
from interview.merge.conflicten import Conflict, conflicten
from interview.merge.kinderplannen import EigenVeiligheid, uit_sessie
from interview.merge.sessie import (
    INDIVIDUEEL,
    SOORT_PER_VELD,
    Sessie,
    Soort,
    gehouden_gesprek,
    gesprek_van,
    in_volgorde,
)
from interview.merge.sleutels import sessiesleutels, wie_en_wanneer
from interview.model import Dossier, Gesprek
from interview.model.schaal import Leeftijdsgroep, leeftijdsgroep
from interview.model.toestemming import DELEN, Deelantwoord

HUIZEN: dict[Soort, str] = {"zorg": "huis van de zorgen", "goed": "huis van de leuke dingen",
                            "idee": "droomhuis"}
"""Under 12 the jeugdige questionnaire asks the Drie Huizen into the same fields as a young person's."""


@dataclass(frozen=True)
class Inbreng:
    """One literal statement from an individual session, with a key that stays the same
    whatever order the sessions were held in (interview.merge.sleutels)."""

    sleutel: str
    soort: Soort
    tekst: str
    persoon: str
    sessie: str
    """The session's key: the person, with the day when they had more than one session."""
    toelichting: str = ""
    gesprek: str = "individueel gesprek"
    """How the documents name the session: kind and date, never the internal id."""
    toestemming: Deelantwoord = field(default_factory=Deelantwoord)
    """What the session recorded about sharing it: the level, who it is not for, for a child's words
    the child's and each parent's yes."""


@dataclass(frozen=True)
class Score:
    persoon: str
    score: int
    toelichting: str
    sessie: str
    """The session's key, by which the joint session chooses the score."""
    leeftijdsgroep: Leeftijdsgroep = "volwassene"
    """Whose anchors the question was asked with."""
    toestemming: Deelantwoord = field(default_factory=Deelantwoord)


@dataclass(frozen=True)
class Overzicht:
    """Everything said in the individual sessions, side by side, before the joint session."""

    inbreng: tuple[Inbreng, ...]
    scores: tuple[Score, ...]
    netwerk_suggesties: tuple[tuple[str, str, str, str], ...]  # (naam, relatie, telefoon, door)
    conflicten: tuple[Conflict, ...]
    personen: tuple[str, ...] = field(default=())
    weggelaten: tuple[str, ...] = field(default=())
    """Answers not in the form the overview reads (a journal edited by hand): one Dutch line each."""
    gesprekken: tuple[Gesprek, ...] = field(default=())
    """The individual sessions held, oldest first: who, when, how long."""
    hulpvragen: tuple[Inbreng, ...] = field(default=())
    """Young people's hulpvraag in their own words, each with their answer to sharing it."""
    drie_huizen: tuple[tuple[str, Inbreng], ...] = field(default=())
    """What children under 12 said in the Drie Huizen, by huis, each with their answer to sharing it."""
    sessiesleutels: tuple[tuple[str, str], ...] = field(default=())
    """Each session's key by its journal id, to tell an answers file with the old keys what to write."""
    eigen_veiligheid: tuple[EigenVeiligheid, ...] = field(default=())
    """What each child said about their own safety, for their own kinderversie."""

    def van(self, soort: Soort) -> list[Inbreng]:
        return [i for i in self.inbreng if i.soort == soort]


def maak_overzicht(dossier: Dossier, sessies: Iterable[Sessie]) -> Overzicht:
    """Collect every attributed statement, score, network suggestion and conflict.

    An answer of the wrong form is left out and named in `weggelaten`, never silently dropped.
    """
    nagekeken = [bruikbaar(sessie) for sessie in in_volgorde(sessies)]
    geordend = [sessie for sessie, _ in nagekeken]
    sleutels = sessiesleutels(geordend)
    inbreng: list[Inbreng] = []
    scores: list[Score] = []
    suggesties: list[tuple[str, str, str, str]] = []
    hulpvragen: list[Inbreng] = []
    drie_huizen: list[tuple[str, Inbreng]] = []
    for sessie in geordend:
        sleutel = sleutels[sessie.id]
        inbreng += _inbreng_van(dossier, sessie, sleutel)
        hulpvragen += _hulpvraag_van(dossier, sessie, sleutel)
        if leeftijdsgroep(sessie.vragenlijst, leeftijd_van(dossier, sessie.persoon)) == "kind":
            drie_huizen += [(HUIZEN[i.soort], i) for i in _inbreng_van(dossier, sessie, sleutel)
                            if i.soort in HUIZEN]
        score = sessie.antwoorden.get("schaalscore")
        if isinstance(score, int):
            toelichting = str(sessie.antwoorden.get("schaal_toelichting") or "")
            groep = leeftijdsgroep(sessie.vragenlijst, leeftijd_van(dossier, sessie.persoon))
            scores.append(Score(sessie.persoon, score, toelichting, sleutel, groep,
                                _deelantwoord(dossier, sessie, sessie.antwoorden, "schaal_")))
        for lid in sessie.antwoorden.get("netwerk") or []:
            suggesties.append((str(lid.get("naam", "")), str(lid.get("relatie", "")),
                               str(lid.get("telefoon", "") or ""), sessie.persoon))
    return Overzicht(
        inbreng=tuple(inbreng),
        scores=tuple(scores),
        netwerk_suggesties=tuple(suggesties),
        conflicten=tuple(conflicten(dossier, geordend)),
        personen=tuple(sorted({s.persoon for s in geordend})),
        weggelaten=tuple(regel for _, regels in nagekeken for regel in regels),
        gesprekken=tuple(_gehouden(geordend, dossier)),
        hulpvragen=tuple(hulpvragen),
        drie_huizen=tuple(drie_huizen),
        sessiesleutels=tuple(sleutels.items()),
        eigen_veiligheid=tuple(eigen for s in geordend if (eigen := uit_sessie(s)) is not None),
    )


def _gehouden(sessies: Iterable[Sessie], dossier: Dossier) -> list[Gesprek]:
    gehouden = [gesprek for s in sessies
                if (gesprek := gehouden_gesprek(INDIVIDUEEL, [s.persoon], s.begin, s.einde)) is not None]
    met_rol = [g.model_copy(update={"rol": dossier.omschrijving_op(g.met[0], g.datum)}) for g in gehouden]
    return sorted(met_rol, key=lambda g: (g.datum, str(g.begin)))


def _inbreng_van(dossier: Dossier, sessie: Sessie, sessiesleutel: str) -> list[Inbreng]:
    gevonden = []
    for veld, soort in SOORT_PER_VELD.items():
        for nr, item in enumerate(sessie.antwoorden.get(veld) or [], 1):
            tekst, toelichting = _tekst_van_item(item)
            if tekst:
                gevonden.append(Inbreng(f"{sessiesleutel}/{veld}/{nr}", soort, tekst, sessie.persoon,
                                        sessiesleutel, toelichting, gesprek_van(sessie),
                                        _deelantwoord(dossier, sessie, item, "")))
    return gevonden


def _hulpvraag_van(dossier: Dossier, sessie: Sessie, sessiesleutel: str) -> list[Inbreng]:
    """A young person's own hulpvraag (asked from 12), with their answer to sharing it."""
    tekst = str(sessie.antwoorden.get("hulpvraag") or "").strip()
    if not tekst:
        return []
    return [Inbreng(f"{sessiesleutel}/hulpvraag", "idee", tekst, sessie.persoon, sessiesleutel,
                    gesprek=gesprek_van(sessie),
                    toestemming=_deelantwoord(dossier, sessie, sessie.antwoorden, "hulpvraag_"))]


def _deelantwoord(dossier: Dossier, sessie: Sessie, antwoorden: Any, voor: str) -> Deelantwoord:
    """What the session recorded about sharing one statement: `antwoorden` holds its `delen` and
    `niet_voor` (a list item's, or the session's `schaal_` / `hulpvraag_` ones); the parents' yes
    is the session's, per parent with gezag (`ouders_ja`, the names that said yes) or, in sessions
    held before that, for all of them at once (`ouders_akkoord`)."""
    gegeven = antwoorden if isinstance(antwoorden, Mapping) else {}
    delen = gegeven.get(f"{voor}delen")
    niet_voor = gegeven.get(f"{voor}niet_voor")
    jeugdige = sessie.vragenlijst == "jeugdige"
    ja = sessie.antwoorden.get("ouders_ja")
    alle = sessie.antwoorden.get("ouders_akkoord")
    met_gezag = [v.naam for v in dossier.gezin.volwassenen if v.gezag]
    return Deelantwoord(
        delen=delen if isinstance(delen, str) and delen in DELEN else "",
        niet_voor=tuple(str(n) for n in niet_voor) if isinstance(niet_voor, list) else (),
        jeugdige=jeugdige,
        ouders=tuple((naam, naam in ja) for naam in met_gezag) if jeugdige and isinstance(ja, list) else None,
        ouders_akkoord=alle if jeugdige and isinstance(alle, bool) else None)


def leeftijd_van(dossier: Dossier, persoon: str) -> int | None:
    """The age of the child of that name; None for anyone who is not one of the family's children."""
    return next((k.leeftijd for k in dossier.gezin.kinderen if k.naam == persoon), None)


def _tekst_van_item(item: Any) -> tuple[str, str]:
    """A list item is either plain text or {wat: ..., wanneer/soort: ...}."""
    if isinstance(item, str):
        return item.strip(), ""
    if isinstance(item, Mapping):
        wat = str(item.get("wat") or "").strip()
        extra = [str(item[k]).strip() for k in ("wanneer", "soort") if item.get(k)]
        return wat, "; ".join(extra)
    return "", ""


def keuzelijsten(overzicht: Overzicht) -> dict[str, list[tuple[str, str]]]:
    """The statements the joint session can choose from, as (key, label) per list: the keys an
    answers file writes, the label naming who said it (and the day, when they had two sessions)."""
    def label(i: Inbreng) -> str:
        return f"{wie_en_wanneer(i.persoon, i.sessie)}: {i.tekst}"

    def te_kiezen(soort: Soort) -> list[tuple[str, str]]:
        return [(i.sleutel, label(i)) for i in overzicht.van(soort) if i.toestemming.in_plan]

    return {
        "zorgen_uit_gesprekken": te_kiezen("zorg"),
        "goed_uit_gesprekken": te_kiezen("goed"),
        "ideeen_uit_gesprekken": te_kiezen("idee"),
        "signalen_uit_gesprekken": te_kiezen("signaal"),
        "scores_uit_gesprekken": [
            (s.sessie, f"{wie_en_wanneer(s.persoon, s.sessie)}: {s.score}"
             + (f" ({s.toelichting})" if s.toelichting else ""))
            for s in overzicht.scores if s.toestemming.in_plan
        ],
    }
