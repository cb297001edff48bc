"""`vplan incident`: an incident between evaluations goes into the register and makes the next version."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from interview.conduct import Resultaat, Vraagcontext, laad_vragenlijst
from interview.conduct.antwoordbestand import lees_antwoordbestand
from interview.model import Aanleiding, Afspraak, Bodemeis, Incident, Plan
from interview.stappen.frame import Stapcontext
from interview.stappen.gedeeld import dag, in_de_toekomst, toekomstfouten
from interview.stappen.herzien import Deur, Herziening, herzie, lange_datum, lopend, maak_herziening
from interview.stappen.wijzigingen import (
    SOORTEN_WIJZIGING,
    WAT_VERANDERT,
    aangevinkt_in,
    context_met_wijzigingen,
    label,
    met_afvinklijst,
    met_wijzigingen,
    wijzigingen_uit,
)

ANDERS = ("anders", "Een ander gevolg (zelf beschrijven)")
AFRONDING = "afronding"
"""The next evaluation's date and what changed, in words: one last card, as in the evaluation."""


def incident(stap: Stapcontext, kenmerk: str) -> Herziening:
    """Record an incident: stores and returns version N+1, with the incident in its register."""
    bestand = lees_antwoordbestand(stap.antwoorden) if stap.antwoorden is not None else None
    return herzie(stap, kenmerk, lambda vorige: _deur(vorige, bestand))


WAT = "een incident"


def _deur(vorige: Plan, bestand: Mapping[str, Any] | None) -> Deur:
    """The incident's questions, then one checklist of changes (as the evaluation has, issue 19)
    and only the change lists ticked there, on cards."""
    geheel = met_afvinklijst(met_wijzigingen(laad_vragenlijst("incident")))
    lijst = dataclasses.replace(geheel, vragen=tuple(
        dataclasses.replace(vraag, groep=AFRONDING) if vraag.id in ("volgende_evaluatie", "toelichting")
        else vraag for vraag in geheel.vragen))
    return Deur("incident", lijst, vraagcontext(vorige, bestand),
                lambda resultaat: _herziening(vorige, resultaat),
                controles={"datum": lambda datum: in_de_toekomst(datum, WAT)})


def vraagcontext(vorige: Plan, bestand: Mapping[str, Any] | None = None) -> Vraagcontext:
    """What the incident touched and which gevolg followed are picked from the items in force. The
    checklist of changes holds, when an answers file (`bestand`) leaves it out, the change lists
    that file fills."""
    afspraken = [item for item in lopend(vorige) if isinstance(item, Afspraak)]
    context = context_met_wijzigingen(vorige, {
        "bodemeisen_en_afspraken": [(item.id, label(item)) for item in lopend(vorige)
                                    if isinstance(item, Bodemeis | Afspraak)],
        "gevolgen": [*((a.id, f"{a.id}: {a.gevolg_bij_niet_nakomen}") for a in afspraken), ANDERS],
        WAT_VERANDERT: SOORTEN_WIJZIGING,
    })
    return dataclasses.replace(context, standaarden={**context.standaarden,
                                                     WAT_VERANDERT: aangevinkt_in(bestand)})


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
