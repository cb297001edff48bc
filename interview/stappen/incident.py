"""`vplan incident`: an incident between evaluations goes into the register and makes the next version."""

from __future__ import annotations

from interview.conduct import Resultaat, Vraagcontext, laad_vragenlijst
from interview.model import Aanleiding, Afspraak, Bodemeis, Incident, Plan
from interview.stappen.frame import Stapcontext
from interview.stappen.gedeeld import dag, in_de_toekomst, toekomstfouten
from interview.stappen.herzien import Deur, Herziening, herzie, lange_datum, lopend, maak_herziening
from interview.stappen.wijzigingen import (
    context_met_wijzigingen,
    label,
    met_wijzigingen,
    wijzigingen_uit,
)

ANDERS = ("anders", "Een ander gevolg (zelf beschrijven)")


def incident(stap: Stapcontext, kenmerk: str) -> Herziening:
    """Record an incident: stores and returns version N+1, with the incident in its register."""
    return herzie(stap, kenmerk, _deur)


WAT = "een incident"


def _deur(vorige: Plan) -> Deur:
    lijst = met_wijzigingen(laad_vragenlijst("incident"))
    return Deur("incident", lijst, vraagcontext(vorige), lambda resultaat: _herziening(vorige, resultaat),
                controles={"datum": lambda datum: in_de_toekomst(datum, WAT)})


def vraagcontext(vorige: Plan) -> Vraagcontext:
    """What the incident touched and which gevolg followed are picked from the items in force."""
    afspraken = [item for item in lopend(vorige) if isinstance(item, Afspraak)]
    return context_met_wijzigingen(vorige, {
        "bodemeisen_en_afspraken": [(item.id, label(item)) for item in lopend(vorige)
                                    if isinstance(item, Bodemeis | Afspraak)],
        "gevolgen": [*((a.id, f"{a.id}: {a.gevolg_bij_niet_nakomen}") for a in afspraken), ANDERS],
    })


def _herziening(vorige: Plan, resultaat: Resultaat) -> Herziening:
    antwoorden = resultaat.antwoorden
    toekomstfouten([("datum", antwoorden.get("datum"), WAT),
                    *((f"geinformeerd[{nr}].wanneer", wie.get("wanneer"), "wie geïnformeerd is")
                      for nr, wie in enumerate(antwoorden.get("geinformeerd") or [], 1))])
    melding = Incident.model_validate({
        **{k: v for k, v in antwoorden.items() if k in Incident.model_fields},
        "uitgevoerd_gevolg": _gevolg(vorige, antwoorden.get("gevolg"), antwoorden.get("gevolg_anders")),
        "vervolg": f"planversie {vorige.versie + 1}",
    })
    wijzigingen = wijzigingen_uit(antwoorden).model_copy(update={"incident": melding})
    aanleiding = Aanleiding(soort="incident", omschrijving=f"incident van {lange_datum(melding.datum)}")
    return maak_herziening(vorige, wijzigingen, aanleiding, dag(resultaat.einde))


def _gevolg(plan: Plan, gekozen: str | None, anders: str | None) -> str:
    """The gevolg of the afspraak chosen, in its own words and naming it; or the one described."""
    afspraak = next((a for a in lopend(plan) if isinstance(a, Afspraak) and a.id == gekozen), None)
    if afspraak is not None:
        return f"{afspraak.gevolg_bij_niet_nakomen} (gevolg bij {afspraak.id})"
    return anders or ""
