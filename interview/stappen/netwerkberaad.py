"""`vplan netwerkberaad`: the joint session that turns the individual sessions into plan version 1."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from interview.conduct import (
    Hulp,
    Item,
    Keuzelijst,
    Opdracht,
    Prompter,
    Resultaat,
    Standaard,
    Vraag,
    Vraagcontext,
    Vragenlijst,
    laad_vragenlijst,
)
from interview.conduct.antwoordbestand import lees_antwoordbestand
from interview.fouten import DossierBestaatAl, OngeldigeInvoer
from interview.merge.conflicten import Conflict, los_conflicten_op
from interview.merge.eerste_versie import stel_plan_samen
from interview.merge.inbreng import Overzicht, keuzelijsten, maak_overzicht
from interview.merge.sessie import gehouden_gesprek
from interview.merge.standaarden import standaard_ondertekenaars, standaard_ontvangers, standaard_ontvangst
from interview.model import Dossier, Netwerklid, Plan, Professional, Volwassene, nederlandse_fouten
from interview.model.schaal import SCHAALANKERS, leeftijdsgroep
from interview.model.toestemming import ALLEEN_VANAF
from interview.model.types import is_telefoonnummer
from interview.model.waarschuwingen import waarschuwingen
from interview.render.lezers import ontvangt
from interview.stappen.communicatie import uitschrijven_bij
from interview.stappen.eerder_plan import KEUZELIJST, EerderPlan, splits_antwoorden, vraag_eerder_plan
from interview.stappen.frame import Stapcontext, Stapsessie, bewaar_versie, loop
from interview.stappen.gedeeld import Melder, dag, vraag_apart
from interview.stappen.gesprek import individuele_sessies
from interview.stappen.netwerkberaad_standaarden import (
    VERWIJZINGEN,
    noodplan_van_de_kinderen,
    standaarden_van,
)
from interview.stappen.oude_sleutels import alleen_aangeboden, weiger_oude_sleutels
from interview.store import Journalen, Werkmap

OVERZICHT_WOORD = ":overzicht"


@dataclass(frozen=True)
class Beraad:
    """Plan version 1 as stored, and its documents as written before the lock was released."""

    plan: Plan
    documenten: list[Path]


def netwerkberaad(stap: Stapcontext, kenmerk: str, toon: Callable[[Overzicht], None]) -> Beraad:
    """The joint session: overview, conflicts, the plan questions; stores plan version 1.

    Its documents are rendered before the plan is stored (a template that cannot render it stops
    everything) and written before the lock is released (interview.stappen.frame.bewaar_versie).

    A keyboard run that stopped after its last answer but before the plan was stored is read
    back from its closed journal, not asked again. At every prompt `:overzicht` shows the
    overview again (`toon`).
    """
    dossier = stap.werkmap.lees_dossier(kenmerk)
    return loop(stap, stap.werkmap.slot(kenmerk), lambda prompter: _sessie(stap, dossier, toon, prompter))


def _sessie(stap: Stapcontext, dossier: Dossier, toon: Callable[[Overzicht], None],
            prompter: Prompter | None) -> Stapsessie[Plan, Beraad]:
    """Before the plan's own questions: the overview, the choices apart (phone numbers, who joins
    the network) and the earlier plan. An answers-file run removes the earlier plan's journal too
    when it fails."""
    werkmap, kenmerk, meld = stap.werkmap, dossier.kenmerk, stap.meld
    _nog_geen_plan(werkmap, kenmerk)
    journalen = werkmap.journalen(kenmerk)
    overzicht = maak_overzicht(dossier, individuele_sessies(journalen, kenmerk, meld))
    if prompter is not None:
        toon(overzicht)
    vragenlijst = laad_vragenlijst("netwerkberaad")
    eerder_antwoorden, rest = splits_antwoorden(
        lees_antwoordbestand(stap.antwoorden) if stap.antwoorden else None)
    if stap.antwoorden is not None and rest is not None:
        weiger_oude_sleutels(stap.antwoorden, rest, vragenlijst, overzicht)
    rest = _alle_onderdelen(vragenlijst, rest)
    for regel in overzicht.weggelaten:
        meld(regel)
    opnieuw = Opdracht(OVERZICHT_WOORD, "wat ieder zei in het eigen gesprek, naast elkaar",
                       lambda: toon(overzicht))
    apart = Apart(journalen, prompter, meld, opnieuw)
    dossier = _regel_conflicten(dossier, overzicht, apart)
    dossier = _voeg_netwerk_toe(dossier, overzicht, apart)
    eigen = stap.antwoorden is not None
    eerder = vraag_eerder_plan(journalen, prompter, eerder_antwoorden)

    def stel_samen(resultaat: Resultaat) -> Plan:
        alleen_aangeboden(vragenlijst, resultaat.antwoorden, overzicht)
        plan = _stel_samen(dossier, overzicht, eerder, resultaat)
        for regel in waarschuwingen(plan):  # told before the plan is stored
            meld(regel)
        return plan

    return Stapsessie(
        vragenlijst=vragenlijst, antwoorden=rest, maak=stel_samen,
        bewaar=lambda plan, _: Beraad(plan, bewaar_versie(stap, plan, "netwerkberaad")),
        journalen=journalen, soort="netwerkberaad", verder=None if eigen else journalen.vast("netwerkberaad"),
        kop="Het plan klopt nog niet",
        opties={"context": vraagcontext(dossier, overzicht, eerder), "opdrachten": (opnieuw,),
                "controles": {"ev_datum": _na_vandaag, "lt_directe_veiligheid": _termijn_na_vandaag,
                              "lt_tot": _termijn_na_vandaag}},
        ook_weg=(eerder.journaal,) if eerder.journaal else (), achtergelaten=True,
    )


@dataclass(frozen=True)
class Apart:
    """What a choice asked apart from the plan's questions needs: where its fixed journal lives,
    who answers, how to report, and the command that shows the overview again."""

    journalen: Journalen
    prompter: Prompter | None
    meld: Melder
    opnieuw: Opdracht


def vraagcontext(dossier: Dossier, overzicht: Overzicht, eerder: EerderPlan) -> Vraagcontext:
    """What the joint session's questions name: the dossier's people and children's ages; the
    statements of the sessions, the earlier plan's afspraken and this session's own items to pick
    from; defaults from the dossier and the answers so far (confirmed with Enter); help lines."""
    lijsten: dict[str, Keuzelijst] = {**keuzelijsten(overzicht), KEUZELIJST: eerder.over_te_nemen,
                                      **VERWIJZINGEN, **_wie_past(dossier)}
    return Vraagcontext(
        personen=list(dossier.personen),
        leeftijden=_leeftijden(dossier),
        keuzelijsten=lijsten,
        standaarden={**_standaarden(dossier), **standaarden_van(dossier), "onderdelen": list(GEWOON),
                     **_alles_uit_de_gesprekken(lijsten),
                     "idee_van_het_vertrekpunt": _idee_van_het_vertrekpunt(overzicht, eerder),
                     **_wie_het_zei(overzicht),
                     **noodplan_van_de_kinderen(dossier, overzicht.eigen_veiligheid)},
        hulp={"communicatie": uitschrijven_bij(dossier), "minstens_een": _minstens_een,
              "toestemming_naar_leeftijd": _toestemming_naar_leeftijd(dossier),
              "schaalankers_naar_leeftijd": _schaalankers_naar_leeftijd(dossier),
              "versie_per_ontvanger": _versie_per_ontvanger(dossier)},
    )


def _alles_uit_de_gesprekken(lijsten: dict[str, Keuzelijst]) -> dict[str, Standaard]:
    """Every good point, score and signal of the sessions is taken over unless unticked: what a
    person said in their own session is not typed again (issue 19)."""
    def alle(naam: str) -> list[str]:
        lijst = lijsten[naam]
        return [sleutel for sleutel, _ in (lijst if not callable(lijst) else ())]

    return {"alle_goede_punten": alle("goed_uit_gesprekken"), "alle_scores": alle("scores_uit_gesprekken"),
            "alle_signalen": alle("signalen_uit_gesprekken")}


GEWOON = ("wat er goed gaat", "bodemeisen", "signalen", "taken in het netwerk", "scores aan tafel")
"""The optional parts nearly every plan has: ticked at the keyboard, the worker unticks what the
family has nothing for today (issue 19.2). The rarer parts are ticked when needed."""


def _alle_onderdelen(vragenlijst: Vragenlijst, antwoorden: dict[str, Any] | None) -> dict[str, Any] | None:
    """An answers file names what it fills: every optional part is offered to it, unless it says
    `onderdelen` itself."""
    if antwoorden is None or "onderdelen" in antwoorden:
        return antwoorden
    vraag = next(v for v in vragenlijst.vragen if v.id == "onderdelen")
    return {**antwoorden, "onderdelen": list(vraag.keuzes)}


def _wie_past(dossier: Dossier) -> dict[str, Keuzelijst]:
    """Pick lists that offer only who fits: a child's own text or plan names a child, a parent's
    consent a parent with gezag (issue 19: "Voor welk kind?" offered the adults too)."""
    return {"kinderen": [(kind.naam, kind.naam) for kind in dossier.gezin.kinderen],
            "ouders_met_gezag": [(ouder.naam, ouder.naam)
                                 for ouder in dossier.gezin.volwassenen if ouder.gezag]}


def _leeftijden(dossier: Dossier) -> dict[str, int]:
    """The children's ages by name, for conditions and help on the age of the child chosen on a card."""
    return {kind.naam: kind.leeftijd for kind in dossier.gezin.kinderen}


def _standaarden(dossier: Dossier) -> dict[str, Standaard]:
    """What the dossier and the answers so far already say, shown as defaults (confirmed with Enter)."""
    def ondertekenaars(item: Item) -> list[str]:
        return standaard_ondertekenaars(dossier, item.antwoorden.get("regiehouder"))

    def ontvangers(item: Item) -> list[str]:
        gekozen = item.antwoorden.get("ondertekenaars", ondertekenaars(item))
        return standaard_ontvangers(dossier, gekozen or [])

    def telefoon(item: Item) -> str | None:
        return telefoon_van(dossier, str(item.get("belt") or ""))

    return {"regiehouder": dossier.regiehouder, "ondertekenaars": ondertekenaars, "ontvangers": ontvangers,
            "ontvangst_wijze": "meegegeven", "telefoon_van_wie_gebeld_wordt": telefoon}


def _versie_per_ontvanger(dossier: Dossier) -> Hulp:
    """The version each person would receive by their role (standaard_ontvangst), shown with the
    list of recipients: the worker changes only what differs, at the next question."""
    def voorstel(item: Item) -> str:
        regels = [f"{naam}: {ontvangt(standaard_ontvangst(dossier, naam)['documenten'])}"
                  for naam in dossier.personen]
        return "Voorstel per ontvanger: " + "; ".join(regels) + "."

    return voorstel


def _schaalankers_naar_leeftijd(dossier: Dossier) -> Hulp:
    """The words to ask the score with, for the person chosen on the card: a child's, a young
    person's or an adult's anchors, the same the plan's scale table shows beside the score."""
    leeftijden = _leeftijden(dossier)

    def ankers(item: Item) -> str:
        naam = str(item.get("naam") or "")
        if not naam:
            return ""
        leeftijd = leeftijden.get(naam)
        nul, tien = SCHAALANKERS[leeftijdsgroep("jeugdige" if leeftijd is not None else "", leeftijd)]
        wie = f"{naam} is {leeftijd}" if leeftijd is not None else naam
        return f"{wie}: vraag het zo: 0 = {nul}; 10 = {tien}."

    return ankers


def _toestemming_naar_leeftijd(dossier: Dossier) -> Hulp:
    """Who consents to a treatment, said for the child chosen on the card: from 12 the young
    person's own yes is needed too, from 16 it is the only one (under 12 the question is not shown,
    by its condition on the chosen child's age)."""
    leeftijden = _leeftijden(dossier)

    def uitleg(item: Item) -> str:
        naam = str(item.get("kind") or "")
        if naam not in leeftijden:
            return ""
        leeftijd = leeftijden[naam]
        if leeftijd < ALLEEN_VANAF:
            return f"{naam} is {leeftijd}: vanaf 12 geeft de jongere zelf ook toestemming, naast de ouders."
        return f"{naam} is {leeftijd}: vanaf 16 beslist de jongere alleen."

    return uitleg


MINSTENS_EEN = {"op_krachten": "kracht", "op_zorgen": "zorg"}
"""The ondersteuningsplan's lists that need one item, from the sessions (`…_uit_gesprekken`) or typed."""


def _minstens_een(item: Item) -> str:
    """Said on the first item of a list the plan needs one of, when none was chosen from the
    sessions: then this item is required, though the card may be left empty."""
    eerste = item.lijst in MINSTENS_EEN and item.nummer == 1
    if not eerste or item.antwoorden.get(f"{item.lijst}_uit_gesprekken"):
        return ""
    return (f"Verplicht: het ondersteuningsplan heeft minstens één {MINSTENS_EEN[item.lijst]} nodig, en uit "
            "de gesprekken is er geen gekozen.")


def _idee_van_het_vertrekpunt(overzicht: Overzicht, eerder: EerderPlan) -> Callable[[Item], str | None]:
    """An afspraak made from an idea of the sessions starts from that idea's words, and one that
    takes over an afspraak of the earlier plan from that afspraak's words (issue 19.2), for the
    group to sharpen instead of typing them again; None (no default) without either."""
    ideeen = {idee.sleutel: idee.tekst for idee in overzicht.van("idee")}
    eerdere = {nummer: label.split(": ", 1)[-1] for nummer, label in eerder.over_te_nemen}

    def idee(item: Item) -> str | None:
        overgenomen, vertrekpunt = str(item.get("overgenomen") or ""), str(item.get("vertrekpunt") or "")
        return eerdere.get(overgenomen) or ideeen.get(vertrekpunt)

    return idee


def _wie_het_zei(overzicht: Overzicht) -> dict[str, Standaard]:
    """Who said it in their own session, offered where the group names people (issue 19: nothing
    typed twice): an afspraak made from an idea is first done by who had the idea, and who worries
    about a zorg are those whose statements the group put with it. Ticking changes it."""
    zegger = {inbreng.sleutel: inbreng.persoon for inbreng in overzicht.inbreng}

    def zeggers(sleutels: Any) -> list[str] | None:
        namen = [zegger[str(sleutel)] for sleutel in sleutels or [] if sleutel and str(sleutel) in zegger]
        return list(dict.fromkeys(namen)) or None

    return {"wie_het_idee_had": lambda item: zeggers([item.get("vertrekpunt")]),
            "wie_de_uitspraken_deden": lambda item: zeggers(item.get("uitspraken"))}


VASTE_NUMMERS = {"112": "112", "veilig thuis": "0800-2000"}
"""Numbers a noodplan calls that are the same for every family."""


def telefoon_van(dossier: Dossier, belt: str) -> str | None:
    """The number of whom a noodplan line calls ('oma Ria', '112', 'Veilig Thuis'): a fixed number,
    or the phone the dossier has for the one person named; None when that is not clear."""
    klein = belt.casefold()
    for naam, nummer in VASTE_NUMMERS.items():
        if naam in klein:
            return nummer
    woorden = set(re.findall(r"\w+", klein))
    mensen: list[Volwassene | Netwerklid | Professional] = [
        *dossier.gezin.volwassenen, *dossier.netwerk, *dossier.professionals, dossier.werker]
    nummers = {mens.telefoon for mens in mensen
               if mens.telefoon and set(re.findall(r"\w+", mens.naam.casefold())) <= woorden}
    return nummers.pop() if len(nummers) == 1 else None


def _stel_samen(dossier: Dossier, overzicht: Overzicht, eerder: EerderPlan, resultaat: Resultaat) -> Plan:
    """The plan from the earlier plan's answers and the joint session's; every afspraak to be taken
    over must be taken over by one of this plan's."""
    gesprek = gehouden_gesprek("netwerkberaad", [], resultaat.begin, resultaat.einde or "")
    plan = stel_plan_samen(dossier, overzicht, {**eerder.antwoorden, **resultaat.antwoorden},
                           dag(resultaat.einde), gesprek)
    eerder.controleer(plan)
    return plan


def _nog_geen_plan(werkmap: Werkmap, kenmerk: str) -> None:
    versies = werkmap.versies(kenmerk)
    if versies:
        raise DossierBestaatAl(
            f"Dossier {kenmerk} heeft al een plan (versie {versies[-1]}). De documenten maakt u met: "
            f"vplan documenten {kenmerk}. Een volgende versie maakt u met: vplan evaluatie {kenmerk} "
            "(of vplan incident, vplan corrigeer).")


def _regel_conflicten(dossier: Dossier, overzicht: Overzicht, apart: Apart) -> Dossier:
    """Settle phone numbers the sessions disagree on. Only numbers that are valid are offered;
    a choice made earlier (a closed conflicten journal) stands; without a keyboard, the dossier's
    number stays."""
    conflicten = [c for c in overzicht.conflicten if len(_geldige_nummers(c)) > 1]
    if not conflicten:
        return dossier
    vragen = tuple(
        Vraag(id=f"telefoon_{nr}", veld=conflict.persoon, soort="keuze",
              tekst=f"Welk telefoonnummer van {conflict.persoon} klopt?",
              hulp="; ".join(f"{waarde} ({bron})" for waarde, bron in conflict.waarden),
              keuzes=_geldige_nummers(conflict))
        for nr, conflict in enumerate(conflicten, 1)
    )
    lijst = Vragenlijst(id="conflicten", titel="Tegenstrijdige gegevens",
                        inleiding="De gesprekken noemen verschillende gegevens. Kies wat klopt.",
                        vragen=vragen)
    resultaat = vraag_apart(lijst, apart.journalen.vast("conflicten"), apart.prompter,
                            opdrachten=(apart.opnieuw,))
    if resultaat is None:
        for conflict in conflicten:
            apart.meld(f"Let op: voor {conflict.persoon} zijn verschillende telefoonnummers genoemd; "
                 "het dossier blijft zoals het is.")
        return dossier
    keuzes = {persoon: str(waarde) for persoon, waarde in resultaat.antwoorden.items() if waarde}
    try:
        return los_conflicten_op(dossier, keuzes)
    except ValidationError as fout:
        raise OngeldigeInvoer("Een gekozen telefoonnummer past niet in het dossier:",
                              nederlandse_fouten(fout)) from fout


def _voeg_netwerk_toe(dossier: Dossier, overzicht: Overzicht, apart: Apart) -> Dossier:
    """People named as network in the sessions but not in the dossier: the group chooses who
    joins, so they can take on tasks in the plan. Without a keyboard nobody is added."""
    bekend = {naam.casefold() for naam in dossier.personen}
    genoemd: dict[str, tuple[str, str, str]] = {}  # naam -> (relatie, telefoon, door)
    for naam, relatie, telefoon, door in overzicht.netwerk_suggesties:
        if naam.strip() and naam.casefold() not in bekend:
            genoemd.setdefault(naam.strip(), (relatie, telefoon, door))
    if not genoemd:
        return dossier
    vraag = Vraag(
        id="netwerk", veld="netwerk", soort="meerkeuze", verplicht=False,
        tekst="Wie van de mensen die in de gesprekken genoemd zijn, horen bij het netwerk van het plan?",
        hulp="; ".join(f"{naam}: {relatie} (genoemd door {door})"
                       for naam, (relatie, _, door) in genoemd.items()),
        keuzes=tuple(genoemd),
    )
    lijst = Vragenlijst(id="netwerk", titel="Het netwerk uitbreiden",
                        inleiding="In de gesprekken zijn mensen genoemd die nog niet in het dossier staan.",
                        vragen=(vraag,))
    resultaat = vraag_apart(lijst, apart.journalen.vast("netwerk"), apart.prompter,
                            opdrachten=(apart.opnieuw,))
    if resultaat is None:
        apart.meld("Let op: in de gesprekken genoemd als netwerk, maar niet in het dossier: "
             f"{', '.join(genoemd)}. Voeg ze toe in een netwerkberaad aan het toetsenbord.")
        return dossier
    gekozen = resultaat.antwoorden.get("netwerk") or []
    nieuw = [Netwerklid(naam=naam, relatie=genoemd[naam][0] or "netwerk",
                        telefoon=genoemd[naam][1] if is_telefoonnummer(genoemd[naam][1]) else None)
             for naam in gekozen if naam in genoemd]
    return dossier.model_copy(update={"netwerk": [*dossier.netwerk, *nieuw]})


def _na_vandaag(datum: Any) -> str | None:
    """The next evaluation lies after today, the plan's date (checked as it is typed)."""
    if dt.date.fromisoformat(str(datum)) <= dt.date.today():
        return "De volgende evaluatie moet na vandaag liggen (de datum van het plan)."
    return None


def _termijn_na_vandaag(datum: Any) -> str | None:
    """A termijn of the looptijd lies after today, the plan's date (checked as it is typed); left
    empty, it gets its default."""
    if datum is not None and dt.date.fromisoformat(str(datum)) <= dt.date.today():
        return "Deze datum moet na vandaag liggen (de datum van het plan)."
    return None


def _geldige_nummers(conflict: Conflict) -> tuple[str, ...]:
    return tuple(waarde for waarde, _ in conflict.waarden if is_telefoonnummer(waarde))
