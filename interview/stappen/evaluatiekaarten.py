"""The evaluation's cards (issue 19.1): one per item in force, one for today's scores.

An item's outcome and toelichting share a card; each outcome is picked with one key (its number).
The score card shows every person present with their last score and the anchors of their age
group, and takes today's score of whoever gives one; a person left empty keeps their last score.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from interview.conduct import Vraag
from interview.conduct.vragenlijst import Voorwaarde
from interview.merge.inbreng import leeftijd_van
from interview.model import Afspraak, Bodemeis, Ondersteuningsdoel, Plan, Veiligheidsdoel
from interview.model.schaal import SCHAALANKERS, Leeftijdsgroep, leeftijdsgroep
from interview.stappen.gedeeld import Antwoordfout
from interview.stappen.herzien import lopend
from interview.stappen.wijzigingen import label

UITKOMSTEN = [("nagekomen", "1 nagekomen"), ("deels", "2 deels nagekomen"),
              ("niet_nagekomen", "3 niet nagekomen"), ("niet_van_toepassing", "4 niet van toepassing")]
BEREIKT = [("bereikt", "1 bereikt"), ("deels_bereikt", "2 deels bereikt"), ("niet_bereikt", "3 niet bereikt")]
"""Each label starts with its own digit, so one key and Enter pick it (nothing is pre-chosen)."""
SCOREKAART = "scores_van_vandaag"
TOELICHTING = "scores_toelichting"
AANWEZIG = "aanwezig"


def beoordelingsvragen(plan: Plan) -> tuple[Vraag, ...]:
    """Per bodemeis, afspraak and doel in force one card: how it went, and a toelichting.

    Their ids are the item's number in small letters (`a3`, `a3_toelichting`), as in answers files.
    """
    vragen: list[Vraag] = []
    for item in lopend(plan):
        if isinstance(item, Bodemeis | Afspraak):
            tekst, keuzes = f"{label(item)} — is dit nagekomen?", "uitkomsten"
        elif isinstance(item, Veiligheidsdoel | Ondersteuningsdoel):
            tekst, keuzes = f"{label(item)} — hoe ver is dit doel bereikt?", "bereikt"
        else:
            continue
        nummer = item.id.lower()
        vragen += [
            Vraag(id=nummer, veld=nummer, soort="keuze", keuzes_uit=keuzes, tekst=tekst, groep=nummer),
            Vraag(id=f"{nummer}_toelichting", veld=f"{nummer}_toelichting", soort="lang", verplicht=False,
                  tekst=f"{item.id}: wat gebeurde er, of waaraan is dat te zien?", groep=nummer),
        ]
    return tuple(vragen)


def scorevragen(plan: Plan) -> tuple[Vraag, ...]:
    """One card with a score field per person of the dossier, shown when that person is present:
    the label names their last score, the help the words their age group is asked with."""
    laatste = {score.naam: score for score in plan.veiligheidsplan.schaalvragen}
    vragen: list[Vraag] = []
    for naam, sleutel in scoresleutels(plan).items():
        vorige = laatste.get(naam)
        eerder = f"laatste score {vorige.score} ({vorige.moment})" if vorige else "nog geen score"
        nul, tien = SCHAALANKERS[_groep(plan, naam)]
        vragen.append(Vraag(
            id=sleutel, veld=sleutel, soort="schaal", verplicht=False, groep=SCOREKAART,
            tekst=f"Score van {naam} vandaag ({eerder}; leeg = geen nieuwe score)",
            hulp=f"0 = {nul}; 10 = {tien}.", als=Voorwaarde("bevat", naam, AANWEZIG)))
    return tuple(vragen)


def scores_aan_tafel(plan: Plan, antwoorden: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Today's scores from the score card, as the group's scores ({naam, score, toelichting}).
    Raises Antwoordfout for a toelichting line that names nobody who gave a score today."""
    gegeven = {naam: antwoorden[sleutel] for naam, sleutel in scoresleutels(plan).items()
               if antwoorden.get(sleutel) is not None}
    toelichtingen = _toelichtingen(str(antwoorden.get(TOELICHTING) or ""), set(gegeven))
    return [{"naam": naam, "score": score, "toelichting": toelichtingen.get(naam, "")}
            for naam, score in gegeven.items()]


def _toelichtingen(tekst: str, namen: set[str]) -> dict[str, str]:
    """'Eva: het is rustiger' per line, by name (any case); a line that names nobody scored is refused."""
    per_naam: dict[str, str] = {}
    bij_naam = {naam.casefold(): naam for naam in namen}
    for regel in filter(None, (regel.strip() for regel in tekst.splitlines())):
        wie, _, wat = regel.partition(":")
        naam = bij_naam.get(wie.strip().casefold())
        if naam is None or not wat.strip():
            raise Antwoordfout([(TOELICHTING, f"'{regel}': begin de regel met de naam van wie vandaag een "
                                              "score gaf en een dubbele punt, zoals 'Eva: het is rustiger'")])
        per_naam[naam] = " ".join(filter(None, (per_naam.get(naam, ""), wat.strip())))
    return per_naam


def scoresleutels(plan: Plan) -> dict[str, str]:
    """Each person's score question id: `score_` and the name in small letters ('score_anna_kok');
    a second person whose name gives the same id gets a number after it."""
    sleutels: dict[str, str] = {}
    for naam in plan.dossier.personen:
        basis = "score_" + _als_id(naam)
        sleutel, volgnummer = basis, 2
        while sleutel in sleutels.values():
            sleutel, volgnummer = f"{basis}_{volgnummer}", volgnummer + 1
        sleutels[naam] = sleutel
    return sleutels


def _als_id(naam: str) -> str:
    ascii_naam = unicodedata.normalize("NFKD", naam).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_naam.casefold()).strip("_") or "persoon"


def _groep(plan: Plan, naam: str) -> Leeftijdsgroep:
    leeftijd = leeftijd_van(plan.dossier, naam)
    return leeftijdsgroep("jeugdige" if leeftijd is not None else "", leeftijd)
