"""The three interview steps of a dossier: create it, talk with each person, hold the netwerkberaad.

Each step runs a questionnaire through the engine (interview.conduct) with a journal in the
dossier's folder, then turns the answers into a model and stores it. The CLI only calls these.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from interview.bestanden import maak_map
from interview.conduct import (
    Prompter,
    Resultaat,
    Vraag,
    Vragenlijst,
    laad_vragenlijst,
    lees_resultaat,
    voer_uit,
)
from interview.conduct.journaal import heropen
from interview.fouten import DossierBestaatAl, OngeldigeInvoer
from interview.merge import (
    Overzicht,
    Sessie,
    genest,
    keuzelijsten,
    los_conflicten_op,
    maak_overzicht,
    stel_plan_samen,
)
from interview.model import Dossier, Plan, nederlandse_fouten
from interview.render import render_documenten
from interview.store import Werkmap

NIEUW_MAP = ".nieuw"
"""Where the journal of a dossier being created lives until its kenmerk is known and valid."""

Melder = Callable[[str], None]
Vrager = Callable[[], Prompter | None]
"""Makes the prompter once the input is known to be right, so a wrong name is reported before
a missing terminal; returns None when only an answers file answers."""


@dataclass(frozen=True)
class Gesprekspartner:
    """Who a session is with, and which questionnaire fits them."""

    naam: str
    vragenlijst: str
    leeftijd: int | None = None


def gesprekspartner(dossier: Dossier, naam: str) -> Gesprekspartner:
    """The questionnaire follows the person's place in the dossier (and a child's age)."""
    for kind in dossier.gezin.kinderen:
        if kind.naam == naam:
            return Gesprekspartner(naam, "jeugdige", kind.leeftijd)
    if any(v.naam == naam for v in dossier.gezin.volwassenen):
        return Gesprekspartner(naam, "ouder")
    if any(n.naam == naam for n in dossier.netwerk):
        return Gesprekspartner(naam, "netwerk")
    if any(p.naam == naam for p in [*dossier.professionals, dossier.werker]):
        return Gesprekspartner(naam, "professional")
    raise OngeldigeInvoer(
        f"'{naam}' is geen persoon uit dossier {dossier.kenmerk}.",
        [f"kies uit: {', '.join(dossier.personen)}"],
    )


# --- vplan nieuw -------------------------------------------------------------------------------------


def nieuw_dossier(werkmap: Werkmap, vrager: Vrager, antwoorden: Path | None, meld: Melder) -> Dossier:
    """Ask (or read) the dossier's questions, validate, store. An unfinished run is resumed."""
    prompter = vrager()
    with werkmap.slot_nieuw():
        journaal = _open_nieuw_journaal(werkmap.pad / NIEUW_MAP)
        lijst = laad_vragenlijst("dossier")
        eerst: list[str] = []
        while True:
            resultaat = voer_uit(lijst, journaal, prompter, antwoorden=antwoorden, eerst=eerst)
            try:
                dossier = Dossier.model_validate(_dossiervelden(resultaat.antwoorden))
                if werkmap.bestaat(dossier.kenmerk):
                    raise DossierBestaatAl(
                        f"kenmerk: dossier {dossier.kenmerk} bestaat al; kies een ander kenmerk")
                break
            except (ValidationError, DossierBestaatAl) as fout:
                eerst = _terug_naar_de_vragen(fout, journaal, prompter, meld, "Het dossier klopt nog niet",
                                              lijst, resultaat.antwoorden)
        with werkmap.slot(dossier.kenmerk):
            werkmap.maak_dossier(dossier)
            os.replace(journaal, werkmap.sessie_map(dossier.kenmerk) / "dossier.jsonl")
    return dossier


def _open_nieuw_journaal(map_: Path) -> Path:
    """The unfinished new-dossier journal if there is one (resume), else a fresh name."""
    maak_map(map_)
    open_journalen = sorted(map_.glob("dossier-*.jsonl"))
    if open_journalen:
        return open_journalen[-1]
    return map_ / f"dossier-{dt.datetime.now():%Y%m%d-%H%M%S}.jsonl"


def _dossiervelden(antwoorden: Mapping[str, Any]) -> dict[str, Any]:
    """Answers by veld -> the Dossier's fields; helper questions (risicotaxatie gedaan?) drop out."""
    velden = set(Dossier.model_fields)
    return genest({veld: waarde for veld, waarde in antwoorden.items()
                   if veld.split(".")[0] in velden and waarde not in (None, "")})


# --- vplan gesprek -----------------------------------------------------------------------------------


def individueel_gesprek(
    werkmap: Werkmap,
    kenmerk: str,
    naam: str,
    vrager: Vrager,
    antwoorden: Path | None,
    meld: Melder,
) -> Resultaat:
    """One person's session: resumed if an earlier one with them was not finished."""
    dossier = werkmap.lees_dossier(kenmerk)
    partner = gesprekspartner(dossier, naam)
    prompter = vrager()
    with werkmap.slot(kenmerk):
        sessies = werkmap.sessie_map(kenmerk)
        journaal = _open_journaal_van(sessies, partner.naam)
        if journaal is None:
            afgerond = [r for r in _sessies_in(sessies) if r.persoon == partner.naam]
            if afgerond:
                meld(f"Er is al een afgerond gesprek met {partner.naam}; dit wordt een volgend gesprek.")
            journaal = sessies / f"gesprek-{_volgnummer(sessies):03d}-{_slug(partner.naam)}.jsonl"
        context = {"personen": list(dossier.personen), "leeftijd": partner.leeftijd}
        return voer_uit(laad_vragenlijst(partner.vragenlijst), journaal, prompter,
                        antwoorden=antwoorden, context=context, persoon=partner.naam)


def _open_journaal_van(sessies: Path, naam: str) -> Path | None:
    for pad in sorted(sessies.glob("gesprek-*.jsonl")):
        resultaat = lees_resultaat(pad)
        if resultaat.persoon == naam and not resultaat.afgerond:
            return pad
    return None


def _volgnummer(sessies: Path) -> int:
    nummers = [int(m.group(1)) for p in sessies.glob("gesprek-*.jsonl")
               if (m := re.match(r"gesprek-(\d+)-", p.name))]
    return max(nummers, default=0) + 1


def _slug(naam: str) -> str:
    ascii_naam = unicodedata.normalize("NFKD", naam).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_naam.lower()).strip("-")[:40] or "persoon"


def _sessies_in(sessies: Path) -> list[Resultaat]:
    return [lees_resultaat(pad) for pad in sorted(sessies.glob("gesprek-*.jsonl"))]


def individuele_sessies(werkmap: Werkmap, kenmerk: str, meld: Melder) -> list[Sessie]:
    """Every finished individual session of the dossier, as the merge reads them."""
    sessies = []
    for pad in sorted(werkmap.sessie_map(kenmerk).glob("gesprek-*.jsonl")):
        resultaat = lees_resultaat(pad)
        if not resultaat.afgerond:
            meld(f"Let op: het gesprek met {resultaat.persoon} is niet afgerond en telt niet mee. "
                 f"Rond het af met: vplan gesprek {kenmerk} --met \"{resultaat.persoon}\"")
            continue
        sessies.append(Sessie(pad.stem, resultaat.vragenlijst, resultaat.persoon,
                              resultaat.antwoorden, resultaat.begin, resultaat.einde or ""))
    return sessies


# --- vplan netwerkberaad -----------------------------------------------------------------------------


def netwerkberaad(
    werkmap: Werkmap,
    kenmerk: str,
    vrager: Vrager,
    antwoorden: Path | None,
    uitvoer: Path,
    meld: Melder,
    toon: Callable[[Overzicht], None],
) -> tuple[Plan, list[Path]]:
    """The joint session: overview, conflicts, the plan questions; stores version 1 and renders."""
    dossier = werkmap.lees_dossier(kenmerk)
    if werkmap.versies(kenmerk):
        raise DossierBestaatAl(
            f"Dossier {kenmerk} heeft al een plan (versie {werkmap.versies(kenmerk)[-1]}). "
            "Een volgende versie komt uit een evaluatie; dat kan deze vplan nog niet.")
    prompter = vrager()
    with werkmap.slot(kenmerk):
        sessies = werkmap.sessie_map(kenmerk)
        overzicht = maak_overzicht(dossier, individuele_sessies(werkmap, kenmerk, meld))
        if prompter is not None:
            toon(overzicht)
        dossier = los_conflicten_op(dossier, _regel_conflicten(overzicht, sessies, prompter, meld))
        context = {"personen": list(dossier.personen), **keuzelijsten(overzicht)}
        journaal = sessies / "netwerkberaad.jsonl"
        lijst = laad_vragenlijst("netwerkberaad")
        eerst: list[str] = []
        while True:
            resultaat = voer_uit(lijst, journaal, prompter, antwoorden=antwoorden, context=context,
                                 eerst=eerst)
            try:
                plan = stel_plan_samen(dossier, overzicht, resultaat.antwoorden, _dag(resultaat.einde))
                break
            except ValidationError as fout:
                eerst = _terug_naar_de_vragen(fout, journaal, prompter, meld, "Het plan klopt nog niet",
                                              lijst, resultaat.antwoorden)
        werkmap.schrijf_dossier(dossier)
        werkmap.bewaar_plan(plan)
    return plan, render_documenten(plan, uitvoer / kenmerk)


def _regel_conflicten(
    overzicht: Overzicht, sessies: Path, prompter: Prompter | None, meld: Melder
) -> dict[str, str]:
    """Settle facts the sessions disagree on; without a keyboard the dossier's value stays."""
    if not overzicht.conflicten:
        return {}
    if prompter is None:
        for conflict in overzicht.conflicten:
            meld(f"Let op: voor {conflict.persoon} zijn verschillende telefoonnummers genoemd; "
                 "het nummer in het dossier blijft staan.")
        return {}
    vragen = tuple(
        Vraag(id=f"telefoon_{nr}", veld=conflict.persoon, soort="keuze",
              tekst=f"Welk telefoonnummer van {conflict.persoon} klopt?",
              hulp="; ".join(f"{waarde} ({bron})" for waarde, bron in conflict.waarden),
              keuzes=tuple(waarde for waarde, _ in conflict.waarden))
        for nr, conflict in enumerate(overzicht.conflicten, 1)
    )
    lijst = Vragenlijst(id="conflicten", titel="Tegenstrijdige gegevens",
                        inleiding="De gesprekken noemen verschillende gegevens. Kies wat klopt.",
                        vragen=vragen)
    resultaat = voer_uit(lijst, sessies / "conflicten.jsonl", prompter)
    return {persoon: str(waarde) for persoon, waarde in resultaat.antwoorden.items() if waarde}


def _terug_naar_de_vragen(
    fout: Exception,
    journaal: Path,
    prompter: Prompter | None,
    meld: Melder,
    kop: str,
    lijst: Vragenlijst,
    antwoorden: Mapping[str, Any],
) -> list[str]:
    """Show what does not hold and reopen the session; return the questions to ask again first.

    After those the review follows, where any answer can change. Without a keyboard there is
    nobody to ask: the Dutch messages become the error, and the journal goes, since every
    answer in it came from the answers file that is to be corrected.
    """
    regels = nederlandse_fouten(fout) if isinstance(fout, ValidationError) else [str(fout)]
    if prompter is None:
        journaal.unlink()
        raise OngeldigeInvoer(f"{kop}:", regels) from fout
    meld(f"{kop}:")
    for regel in regels:
        meld(f"  - {regel}")
    meld("U krijgt de vraag die het betreft opnieuw (als die er is); daarna ziet u het overzicht, "
         "waarin u elk antwoord kunt aanpassen.")
    heropen(journaal)
    paden = [_vraag_bij(regel.split(": ", 1)[0], lijst, antwoorden) for regel in regels]
    return list(dict.fromkeys(pad for pad in paden if pad))


def _vraag_bij(modelpad: str, lijst: Vragenlijst, antwoorden: Mapping[str, Any]) -> str | None:
    """The answer path of the question behind a model path: `veiligheidsplan.zorgen[2].titel` ->
    `zorgen[2].titel`. Afspraken are one list in the session, split over two plans by `plaats`."""
    afspraak = re.fullmatch(r"(veiligheidsplan|ondersteuningsplan)\.afspraken\[(\d+)\](.*)", modelpad)
    if afspraak:
        plaatsen = [(a.get("plaats") or "veiligheidsplan") if isinstance(a, Mapping) else ""
                    for a in antwoorden.get("afspraken") or []]
        nummers = [nr for nr, plaats in enumerate(plaatsen, 1) if plaats == afspraak[1]]
        if int(afspraak[2]) > len(nummers):
            return None
        modelpad = f"afspraken[{nummers[int(afspraak[2]) - 1]}]{afspraak[3]}"
    modelpad = re.sub(r"\[\d+\]$", "", modelpad)  # one name of a list of names: the whole question
    for vraag in lijst.vragen:
        if modelpad == vraag.veld:
            return vraag.id
        if modelpad.startswith((vraag.veld + "[", vraag.veld + ".")):
            return vraag.id + modelpad[len(vraag.veld):]
    return None


def _dag(moment: str | None) -> dt.date:
    if moment:
        try:
            return dt.datetime.fromisoformat(moment).date()
        except ValueError:
            pass
    return dt.date.today()

