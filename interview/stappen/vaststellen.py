"""`vplan vaststellen`: per person akkoord / gezien / niet akkoord with a plan version, and the date.

The questions are built here, one block per person who may sign, because who that is depends
on the dossier (as `netwerkberaad._regel_conflicten` does). Nothing is pre-filled: not the
oordeel, not the date. The regiehouder's line must be answered (unless they answered this
version before); young people of 12 and older have a line of their own. The answers are
appended to the dossier's `vaststelling.jsonl`; the plan version itself is never touched.

An answers file names people, not question numbers:

    ondertekening:
      Anna Kok: {oordeel: akkoord, datum: 2026-11-20}
      Mark: {oordeel: niet akkoord, reden: Ik wil Lisa zelf ophalen., datum: 2026-11-20}
    ontvangen: true        # optional: everyone who signed received this version (mondeling)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from interview.conduct import Prompter, Resultaat, Vraag, Vragenlijst
from interview.conduct.antwoordbestand import lees_antwoordbestand
from interview.conduct.journaal import lees_journaal
from interview.conduct.vragenlijst import Voorwaarde
from interview.fouten import OngeldigeInvoer
from interview.model import Plan
from interview.model.types import Akkoord, Status
from interview.model.vaststelling import (
    Handtekening,
    Ontvangst,
    geldende_handtekeningen,
    nog_te_tekenen,
    ontvangt_niet,
    status_van,
    te_tekenen,
    vaststellingsvlag,
)
from interview.stappen.frame import Stapcontext, Stapsessie, loop
from interview.stappen.gedeeld import Melder
from interview.stappen.personen import vind_persoon
from interview.store import Journalen, Werkmap

OORDELEN: tuple[Akkoord, ...] = ("akkoord", "gezien", "niet akkoord")
TOEZEGGING = "Ik houd me aan de afspraken waarin mijn naam staat."


@dataclass(frozen=True)
class Ondertekenaar:
    """Someone who must or may sign; `eerder` is their answer to this version so far, if any."""

    naam: str
    rol: str
    verplicht: bool
    jongere: bool
    eerder: Handtekening | None
    aangevinkt: bool = True
    """Ticked as a signer at the netwerkberaad, required, or answered before: asked without request."""


@dataclass(frozen=True)
class Vaststelling:
    """What one run recorded, and where the version stands now."""

    plan: Plan
    vastgelegd: list[Handtekening]
    ontvangen: list[Ontvangst]
    status: Status
    nog_te_tekenen: list[str]


def vaststellen(stap: Stapcontext, kenmerk: str, versie: int | None = None) -> Vaststelling:
    """Ask (or read) each person's oordeel on a plan version (the newest by default) and record it.

    A keyboard run that was interrupted resumes. Raises OngeldigeInvoer for an answers file that
    names someone outside the dossier or a date before the plan or after today.
    """
    plan = stap.werkmap.lees_plan(kenmerk, versie)
    stap.werkmap.leesbaar(kenmerk)  # both files it appends to, before a journal or line is written
    return loop(stap, stap.werkmap.slot(kenmerk), lambda prompter: _sessie(stap, plan, prompter))


def _sessie(stap: Stapcontext, plan: Plan, prompter: Prompter | None
            ) -> Stapsessie[dict[str, Any], Vaststelling]:
    """An interrupted keyboard run resumes; an answers-file run has its own journal, removed if
    the file does not hold (only then: see frame)."""
    werkmap, kenmerk = stap.werkmap, plan.dossier.kenmerk
    eerder = geldende_handtekeningen(plan, werkmap.handtekeningen(kenmerk))
    mensen = ondertekenaars(plan, {h.naam: h for h in eerder})
    lijst = vragenlijst(plan, mensen)
    vlak = _vlak(plan, mensen, lees_antwoordbestand(stap.antwoorden)) if stap.antwoorden else None
    if prompter is not None:
        stap.meld(f"Vaststellen van planversie {plan.versie} van dossier {kenmerk}.")
    journalen = werkmap.journalen(kenmerk)
    controles = {v.veld: lambda datum: _datumfout(plan, datum) for v in lijst.vragen if v.soort == "datum"}
    return Stapsessie(
        vragenlijst=lijst, antwoorden=vlak, maak=lambda resultaat: _gecontroleerd(plan, lijst, resultaat),
        bewaar=lambda antwoorden, _: _leg_vast(werkmap, plan, mensen, antwoorden, stap.meld),
        journalen=journalen, soort="vaststellen",
        verder=None if vlak is not None else _open_journaal(journalen, lijst.id),
        opties={"controles": controles}, weg_bij=OngeldigeInvoer,
    )


def _gecontroleerd(plan: Plan, lijst: Vragenlijst, resultaat: Resultaat) -> dict[str, Any]:
    """The answers, once every date in them is one an oordeel can have been given on."""
    for vraag in lijst.vragen:
        fout = _datumfout(plan, resultaat.antwoorden[vraag.veld]) if vraag.soort == "datum" \
            and vraag.veld in resultaat.antwoorden else None
        if fout:
            raise OngeldigeInvoer(f"{vraag.tekst} {fout}")
    return resultaat.antwoorden


def _leg_vast(werkmap: Werkmap, plan: Plan, mensen: list[Ondertekenaar], antwoorden: Mapping[str, Any],
              meld: Melder) -> Vaststelling:
    kenmerk = plan.dossier.kenmerk
    handtekeningen = _handtekeningen(plan, mensen, antwoorden)
    ontvangen = _ontvangsten(handtekeningen) if antwoorden.get("ontvangen") is True else []
    for regel in controles_bij_tekenen(werkmap, plan, handtekeningen, ontvangen):
        meld(f"Let op: {regel}")
    for handtekening in handtekeningen:
        werkmap.voeg_handtekening_toe(kenmerk, handtekening)
    for ontvangst in ontvangen:
        werkmap.voeg_ontvangst_toe(kenmerk, ontvangst)
    alle = werkmap.handtekeningen(kenmerk)
    return Vaststelling(plan, handtekeningen, ontvangen, status_van(plan, alle), nog_te_tekenen(plan, alle))


def controles_bij_tekenen(werkmap: Werkmap, plan: Plan, nieuw: list[Handtekening],
                          ontvangen: list[Ontvangst]) -> list[str]:
    """What the worker should know before these answers are recorded (issue 17.7): the version
    becomes vastgesteld while someone an afspraak names said niet akkoord; someone signs a
    version they will never receive."""
    kenmerk = plan.dossier.kenmerk
    alle = [*werkmap.handtekeningen(kenmerk), *nieuw]
    regels = [vlag] if (vlag := vaststellingsvlag(plan, alle)) else []
    zonder = [naam for naam in ontvangt_niet(plan, alle, [*werkmap.ontvangsten(kenmerk), *ontvangen])
              if naam in {h.naam for h in nieuw}]
    if zonder:
        regels.append(f"{', '.join(zonder)} {'tekent' if len(zonder) == 1 else 'tekenen'} planversie "
                      f"{plan.versie}, maar {'staat' if len(zonder) == 1 else 'staan'} niet op de "
                      f"verspreidingslijst en {'krijgt' if len(zonder) == 1 else 'krijgen'} het plan dus "
                      f"niet. Leg een verzending vast met: vplan verstuurd {kenmerk} --aan NAAM")
    return regels


def ondertekenaars(plan: Plan, eerder: Mapping[str, Handtekening]) -> list[Ondertekenaar]:
    """Who must sign (regiehouder, young people of 12+) first, then the parents, network and
    professionals, who may. Children under 12 do not sign themselves."""
    dossier = plan.dossier
    verplicht = te_tekenen(plan)
    jongeren = set(verplicht) - {dossier.regiehouder}
    namen = [*verplicht, *(v.naam for v in dossier.gezin.volwassenen), *(n.naam for n in dossier.netwerk),
             *(p.naam for p in dossier.professionals), dossier.werker.naam]
    aangevinkt = {*verplicht, *(o.naam for o in plan.ondertekening), *eerder}
    return [
        Ondertekenaar(naam, _rol(plan, naam), naam == dossier.regiehouder and naam not in eerder,
                      naam in jongeren, eerder.get(naam), naam in aangevinkt)
        for naam in dict.fromkeys(namen)
    ]


def _rol(plan: Plan, naam: str) -> str:
    if naam == plan.dossier.regiehouder:
        return "regiehouder"
    return plan.dossier.personen[naam]


OOK_TEKENEN = "ook_tekenen"


def vragenlijst(plan: Plan, mensen: list[Ondertekenaar]) -> Vragenlijst:
    """Per person ticked as a signer: the oordeel (no default), a reason when niet akkoord, a note
    when gezien, the date. Then who else signs (issue 19.5: others only on request), and the same
    for each of them. A person's question ids keep their number in `mensen`."""
    genummerd = list(enumerate(mensen, 1))
    anderen = [(nr, mens) for nr, mens in genummerd if not mens.aangevinkt]
    vragen = [vraag for nr, mens in genummerd if mens.aangevinkt for vraag in _blok(plan, nr, mens)]
    if anderen:
        vragen.append(Vraag(
            id=OOK_TEKENEN, veld=OOK_TEKENEN, soort="meerkeuze", verplicht=False, leeg="niemand",
            keuzes=tuple(mens.naam for _, mens in anderen),
            tekst="Tekent er nog iemand die niet als ondertekenaar is aangevinkt? (leeg = niemand)"))
        vragen += [vraag for nr, mens in anderen
                   for vraag in _blok(plan, nr, mens, Voorwaarde("bevat", mens.naam, OOK_TEKENEN))]
    vragen.append(Vraag(
        id="ontvangen", veld="ontvangen", soort="janee", verplicht=False,
        tekst="Hebben allen die nu tekenden deze planversie ook ontvangen (mondeling, in dit gesprek)?",
        hulp="Ja legt voor ieder van hen vast dat de versie mondeling is ontvangen, op de datum van "
        "het oordeel. Anders later met: vplan verstuurd.",
    ))
    return Vragenlijst(id=f"vaststellen_v{plan.versie}", titel=f"Planversie {plan.versie} vaststellen",
                       inleiding=f"{TOEZEGGING} Per persoon: akkoord, gezien of niet akkoord, en de datum. "
                       "Wie er nu niet is, slaat u over; die tekent later.", vragen=tuple(vragen))


def _blok(plan: Plan, nr: int, mens: Ondertekenaar, als: Voorwaarde | None = None) -> list[Vraag]:
    """One person's questions; `als` says when their oordeel is asked at all."""
    oordeel = f"oordeel_{nr}"
    gegeven = Voorwaarde("niet", None, oordeel)
    return [
        Vraag(id=oordeel, veld=oordeel, soort="keuze", keuzes=OORDELEN, verplicht=mens.verplicht,
              tekst=f"{mens.naam} ({mens.rol}): akkoord, gezien of niet akkoord met planversie "
              f"{plan.versie}?", hulp=_hulp(mens), als=als),
        Vraag(id=f"reden_{nr}", veld=f"reden_{nr}", soort="lang",
              als=Voorwaarde("is", "niet akkoord", oordeel),
              tekst=f"Waarom is {mens.naam} niet akkoord?"),
        Vraag(id=f"opmerking_{nr}", veld=f"opmerking_{nr}", soort="lang", verplicht=False,
              als=Voorwaarde("is", "gezien", oordeel),
              tekst=f"Heeft {mens.naam} een afwijkende mening? (mag leeg blijven)"),
        Vraag(id=f"datum_{nr}", veld=f"datum_{nr}", soort="datum", als=gegeven,
              tekst=f"Op welke datum gaf {mens.naam} dit oordeel?"),
    ]


def _hulp(mens: Ondertekenaar) -> str:
    if mens.eerder is not None:
        return (f"Eerder vastgelegd: {mens.eerder.oordeel} op {mens.eerder.datum:%d-%m-%Y}. Overslaan laat "
                "dat staan; een nieuw oordeel vervangt het.")
    if mens.verplicht:
        return "De regiehouder tekent altijd; zonder dit oordeel wordt het plan niet vastgesteld."
    if mens.jongere:
        return (f"Jongeren vanaf 12 tekenen zelf, op een eigen regel. Overslaan als {mens.naam} er nu niet "
                "is; het plan is pas vastgesteld als ook dit oordeel er is.")
    return "Overslaan als deze persoon er nu niet is of niet tekent."


def _open_journaal(journalen: Journalen, lijst_id: str) -> Path | None:
    """The newest unfinished keyboard run for this version, to go on with."""
    for pad in reversed(journalen.genummerd("vaststellen")):
        inhoud = lees_journaal(pad)
        if inhoud is not None and inhoud.einde is None and inhoud.vragenlijst == lijst_id:
            return pad
    return None


def _datumfout(plan: Plan, datum: Any) -> str | None:
    """An oordeel is given on a version that exists, and not in the future."""
    dag = dt.date.fromisoformat(str(datum))
    if dag < plan.datum:
        return f"De datum ligt vóór planversie {plan.versie} ({plan.datum:%d-%m-%Y}); dat kan niet."
    if dag > dt.date.today():
        return "De datum ligt in de toekomst; vul de datum in waarop het oordeel gegeven is."
    return None


def _vlak(plan: Plan, mensen: list[Ondertekenaar], bestand: Mapping[str, Any]) -> dict[str, Any]:
    """An answers file by name -> answers by question id, names matched as `--met` matches them."""
    onbekend = sorted(set(bestand) - {"ondertekening", "ontvangen"})
    if onbekend:
        raise OngeldigeInvoer(f"Onbekend in het antwoordbestand: {', '.join(onbekend)} (verwacht: "
                              "ondertekening en eventueel ontvangen).")
    ondertekening = bestand.get("ondertekening") or {}
    if not isinstance(ondertekening, Mapping):
        raise OngeldigeInvoer("In het antwoordbestand is 'ondertekening' per naam een oordeel en een datum.")
    nummer = {mens.naam: nr for nr, mens in enumerate(mensen, 1)}
    vlak: dict[str, Any] = {}
    for gezocht, oordeel in ondertekening.items():
        naam = vind_persoon(plan.dossier, str(gezocht))
        if naam not in nummer:
            raise OngeldigeInvoer(f"{naam} tekent niet zelf: kinderen onder 12 hebben geen eigen regel.")
        if not isinstance(oordeel, Mapping) or set(oordeel) - {"oordeel", "reden", "datum"}:
            raise OngeldigeInvoer(f"Bij {naam}: geef oordeel, datum en zo nodig reden.")
        nr = nummer[naam]
        if not mensen[nr - 1].aangevinkt:
            vlak.setdefault(OOK_TEKENEN, []).append(naam)
        reden = "opmerking" if oordeel.get("oordeel") == "gezien" else "reden"
        for sleutel, vraag_id in (("oordeel", "oordeel"), ("datum", "datum"), ("reden", reden)):
            if oordeel.get(sleutel) is not None:
                vlak[f"{vraag_id}_{nr}"] = oordeel[sleutel]
    if "ontvangen" in bestand:
        vlak["ontvangen"] = bestand["ontvangen"]
    return vlak


def _handtekeningen(
    plan: Plan, mensen: list[Ondertekenaar], antwoorden: Mapping[str, Any]
) -> list[Handtekening]:
    gegeven = []
    for nr, mens in enumerate(mensen, 1):
        oordeel = antwoorden.get(f"oordeel_{nr}")
        if oordeel is None:
            continue
        reden = antwoorden.get(f"reden_{nr}") or antwoorden.get(f"opmerking_{nr}") or ""
        gegeven.append(Handtekening(versie=plan.versie, naam=mens.naam, rol=mens.rol, oordeel=oordeel,
                                    reden=reden, datum=dt.date.fromisoformat(antwoorden[f"datum_{nr}"])))
    return gegeven


def _ontvangsten(handtekeningen: list[Handtekening]) -> list[Ontvangst]:
    return [Ontvangst(ontvanger=h.naam, versie=h.versie, datum=h.datum, vorm="mondeling")
            for h in handtekeningen]
