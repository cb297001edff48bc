"""`vplan evaluatie`: the evaluation meeting, which makes the next plan version.

Per bodemeis and afspraak in force: kept or not; per doel: how far reached. New scores come from
the individual sessions held since the newest version, and from the group; none are forced.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import Any

from interview.conduct import Resultaat, Vraag, Vraagcontext, Vragenlijst, laad_vragenlijst
from interview.conduct.antwoordbestand import lees_antwoordbestand
from interview.merge.inbreng import Overzicht, Score, maak_overzicht
from interview.merge.inbreng import keuzelijsten as uitspraken
from interview.merge.paden import genest
from interview.merge.schaalvragen import schaalvraag, score_aan_tafel
from interview.merge.sessie import INDIVIDUEEL, gehouden_gesprek
from interview.model import (
    Aanleiding,
    Afspraak,
    Beoordeling,
    Bodemeis,
    Doelbeoordeling,
    Evaluatiemoment,
    Gesprek,
    Ondersteuningsdoel,
    Plan,
    Risicotaxatie,
    Schaalvraag,
    Veiligheidsdoel,
)
from interview.stappen.evaluatiekaarten import (
    BEREIKT,
    UITKOMSTEN,
    beoordelingsvragen,
    scores_aan_tafel,
    scorevragen,
)
from interview.stappen.frame import Stapcontext
from interview.stappen.gedeeld import Antwoordfout, Melder, dag, in_de_toekomst, toekomstfouten
from interview.stappen.gesprek import individuele_sessies
from interview.stappen.herzien import Deur, Herziening, herzie, lange_datum, lopend, maak_herziening
from interview.stappen.oude_sleutels import alleen_aangeboden, weiger_oude_sleutels
from interview.stappen.wijzigingen import (
    SOORTEN_WIJZIGING,
    WAT_VERANDERT,
    aangevinkt_in,
    context_met_wijzigingen,
    met_afvinklijst,
    met_wijzigingen,
    wijzigingen_uit,
)
from interview.store import Werkmap

VOOR = "samenvatting"
"""The per-item questions come just before this question of evaluatie.yaml; the score card just
before `NA_SCORES`."""
NA_SCORES = "scores_toelichting"
AFRONDING = "afronding"
EINDDATUM = "einddatum"
"""The next evaluation's date and what changed, in words: the last card."""


def evaluatie(stap: Stapcontext, kenmerk: str) -> Herziening:
    """The evaluation: stores and returns version N+1 of the plan."""
    return herzie(stap, kenmerk, lambda vorige: _deur(stap, vorige))


def _deur(stap: Stapcontext, vorige: Plan) -> Deur:
    """An answers file that picks scores by the old keys (session order) is refused first; a score
    chosen that no session since `vorige` offers is asked again, never silently left out."""
    overzicht = sinds(stap.werkmap, vorige, stap.meld)
    scores = list(overzicht.scores)
    gesprekken = list(overzicht.gesprekken)  # individual sessions since version N
    lijst = vragenlijst(vorige)
    bestand = lees_antwoordbestand(stap.antwoorden) if stap.antwoorden is not None else None
    if stap.antwoorden is not None and bestand is not None:
        weiger_oude_sleutels(stap.antwoorden, bestand, lijst, overzicht)

    def maak(resultaat: Resultaat) -> Herziening:
        alleen_aangeboden(lijst, resultaat.antwoorden, overzicht)
        return _herziening(vorige, resultaat, scores, gesprekken)

    return Deur("evaluatie", lijst, vraagcontext(vorige, overzicht, bestand), maak,
                controles={"volgende_evaluatie": lambda datum: _na(vorige.datum, datum),
                           "ev_datum": lambda datum: in_de_toekomst(datum, WAT),
                           "rt_datum": lambda datum: in_de_toekomst(datum, RISICOTAXATIE)})


WAT, RISICOTAXATIE = "een evaluatie", "een risicotaxatie"


def vragenlijst(vorige: Plan) -> Vragenlijst:
    """evaluatie.yaml with a card per item of `vorige` before its summary and the score card before
    the risicotaxatie, then the checklist of changes and the change lists: the whole session."""
    eigen = laad_vragenlijst("evaluatie")
    plek = next(i for i, vraag in enumerate(eigen.vragen) if vraag.id == VOOR)
    scores = next(i for i, vraag in enumerate(eigen.vragen) if vraag.id == NA_SCORES)
    vragen = (eigen.vragen[:plek] + beoordelingsvragen(vorige) + directe_veiligheid(vorige)
              + eigen.vragen[plek:scores] + scorevragen(vorige) + eigen.vragen[scores:])
    geheel = met_afvinklijst(met_wijzigingen(dataclasses.replace(eigen, vragen=vragen)))
    return dataclasses.replace(geheel, vragen=tuple(_aan_het_eind(vraag) for vraag in geheel.vragen))


def _aan_het_eind(vraag: Vraag) -> Vraag:
    """The change questions as the evaluation asks them: an item ends on the evaluation's date
    unless said otherwise (Enter), and the next date and what changed share the last card."""
    if vraag.id in ("volgende_evaluatie", "toelichting"):
        return dataclasses.replace(vraag, groep=AFRONDING)
    if vraag.id == "beeindigen":
        return dataclasses.replace(vraag, vragen=tuple(
            dataclasses.replace(deel, standaard_uit=EINDDATUM) if deel.id == "op" else deel
            for deel in vraag.vragen))
    return vraag


def vraagcontext(vorige: Plan, overzicht: Overzicht,
                 bestand: Mapping[str, Any] | None = None) -> Vraagcontext:
    """Each item in force is judged from a fixed list; the scores of the sessions since `vorige`
    are picked, as the change questions pick their items. The checklist of changes holds, when
    an answers file (`bestand`) leaves it out, the change lists that file fills."""
    context = context_met_wijzigingen(vorige, {
        "uitkomsten": UITKOMSTEN, "bereikt": BEREIKT,
        "scores_uit_gesprekken": uitspraken(overzicht)["scores_uit_gesprekken"],
        WAT_VERANDERT: SOORTEN_WIJZIGING,
    })
    return dataclasses.replace(context, standaarden={
        **context.standaarden, WAT_VERANDERT: aangevinkt_in(bestand),
        EINDDATUM: lambda item: item.antwoorden.get("ev_datum")})


DIRECTE_VEILIGHEID = "directe_veiligheid_bereikt"


def directe_veiligheid(plan: Plan) -> tuple[Vraag, ...]:
    """Asked until directe veiligheid is marked reached: a yes records it on the evaluation's date,
    which ends the warning every command gives once its termijn has passed."""
    if plan.looptijd.directe_veiligheid_bereikt_op is not None:
        return ()
    return (Vraag(id=DIRECTE_VEILIGHEID, veld=DIRECTE_VEILIGHEID, soort="janee", verplicht=False,
                  groep="stand_van_zaken",
                  tekst="Is directe veiligheid nu bereikt (zijn de kinderen op dit moment veilig genoeg)?"),)


def sinds(werkmap: Werkmap, plan: Plan, meld: Melder) -> Overzicht:
    """What the individual sessions that ended after `plan` was stored said (their scores count).

    A session ended when its journal was last written (its closing line). File times are compared,
    not the journal's own timestamps: those count whole seconds, and a session and a version can
    be stored within one second (no session runs while a version is made: the dossier lock).
    """
    kenmerk = plan.dossier.kenmerk
    journalen = werkmap.journalen(kenmerk)
    nieuw = journalen.geschreven_na(werkmap.bewaard_op(kenmerk, plan.versie))
    sessies = [s for s in individuele_sessies(journalen, kenmerk, meld) if s.id in nieuw]
    return maak_overzicht(plan.dossier, sessies)


def _herziening(vorige: Plan, resultaat: Resultaat, scores: list[Score], gesprekken: list[Gesprek]
                ) -> Herziening:
    antwoorden = resultaat.antwoorden
    toekomstfouten([("datum", antwoorden.get("datum"), WAT),
                    ("risicotaxatie.datum", antwoorden.get("risicotaxatie.datum"), RISICOTAXATIE)])
    if not antwoorden.get("volgende_evaluatie"):
        raise Antwoordfout([("volgende_evaluatie", "een evaluatie spreekt de datum van de volgende "
                             "evaluatie af")])
    moment = Evaluatiemoment(
        datum=antwoorden["datum"], samenvatting=antwoorden.get("samenvatting", ""),
        aanwezig=antwoorden.get("aanwezig") or [],
        beoordelingen=[Beoordeling(id=i.id, uitkomst=antwoorden[i.id.lower()],
                                   toelichting=antwoorden.get(f"{i.id.lower()}_toelichting") or "")
                       for i in lopend(vorige) if isinstance(i, Bodemeis | Afspraak)],
        doelen=[Doelbeoordeling(id=i.id, bereikt=antwoorden[i.id.lower()],
                                toelichting=antwoorden.get(f"{i.id.lower()}_toelichting") or "")
                for i in lopend(vorige) if isinstance(i, Veiligheidsdoel | Ondersteuningsdoel)],
    )
    wijzigingen = wijzigingen_uit(antwoorden).model_copy(update={
        "evaluatie": moment,
        "schaalvragen": _schaalvragen(antwoorden, scores, vorige),
        "risicotaxatie": _risicotaxatie(antwoorden),
        "gesprekken": _gehouden(gesprekken, moment, resultaat),
        **({"looptijd": vorige.looptijd.model_copy(update={"directe_veiligheid_bereikt_op": moment.datum})}
           if antwoorden.get(DIRECTE_VEILIGHEID) is True else {}),
    })
    aanleiding = Aanleiding(soort="evaluatie", omschrijving=f"evaluatie van {lange_datum(moment.datum)}")
    return maak_herziening(vorige, wijzigingen, aanleiding, dag(resultaat.einde))


def _gehouden(gesprekken: list[Gesprek], moment: Evaluatiemoment, resultaat: Resultaat) -> list[Gesprek]:
    """The sessions since version N, then the evaluation meeting itself (who attended, how long)."""
    bijeenkomst = gehouden_gesprek("evaluatie", moment.aanwezig, resultaat.begin, resultaat.einde or "")
    return [*gesprekken, *([bijeenkomst] if bijeenkomst else [])]


def _schaalvragen(antwoorden: Mapping[str, Any], scores: list[Score], vorige: Plan
                  ) -> list[Schaalvraag] | None:
    """The chosen session scores and the group's; None (the previous ones stay) when there are none."""
    gekozen = set(antwoorden.get("scores_uit_gesprekken") or [])
    nieuw = [Schaalvraag.model_validate(schaalvraag(s, INDIVIDUEEL))
             for s in scores if s.sessie in gekozen and s.toestemming.in_plan]
    nieuw += [Schaalvraag.model_validate(score_aan_tafel(score, "evaluatie", vorige.dossier))
              for score in scores_aan_tafel(vorige, antwoorden)]
    return nieuw or None


def _risicotaxatie(antwoorden: Mapping[str, Any]) -> Risicotaxatie | None:
    if not antwoorden.get("nieuwe_risicotaxatie"):
        return None
    return Risicotaxatie.model_validate(genest({k: v for k, v in antwoorden.items()
                                                if k.startswith("risicotaxatie.")})["risicotaxatie"])


def _na(vorige: dt.date, datum: Any) -> str | None:
    """The next evaluation lies after today and the version evaluated (checked as it is typed;
    skipping it is caught when the version is made, with the reason)."""
    if datum is not None and dt.date.fromisoformat(str(datum)) <= max(vorige, dt.date.today()):
        return "De volgende evaluatie moet na vandaag liggen."
    return None
