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
    Vraagstelling,
    Vragenlijst,
    laad_vragenlijst,
    lees_resultaat,
    voer_uit,
)
from interview.conduct.journaal import heropen
from interview.fouten import DossierBestaatAl, OngeldigeInvoer, VplanFout
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
from interview.model.types import KENMERK_PATROON
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


class NietBegonnen(VplanFout):
    """The worker chose not to start a session after all; nothing changed."""

    afsluitcode = 0


def vind_persoon(dossier: Dossier, gezocht: str) -> str:
    """The dossier's name for `gezocht`: exact, else ignoring case, else the one name it starts."""
    namen = list(dossier.personen)
    if gezocht in namen:
        return gezocht
    klein = gezocht.strip().casefold()
    gelijk = [naam for naam in namen if naam.casefold() == klein]
    begint = [naam for naam in namen if klein and naam.casefold().startswith(klein)]
    for kandidaten in (gelijk, begint):
        if len(kandidaten) == 1:
            return kandidaten[0]
    raise OngeldigeInvoer(
        f"'{gezocht}' is geen persoon uit dossier {dossier.kenmerk}"
        + (" (meer dan één naam past)." if len(begint) > 1 else "."),
        [f"kies uit: {', '.join(namen)}"],
    )


def gesprekspartner(dossier: Dossier, gezocht: str) -> Gesprekspartner:
    """The questionnaire follows the person's place in the dossier (and a child's age)."""
    naam = vind_persoon(dossier, gezocht)
    for kind in dossier.gezin.kinderen:
        if kind.naam == naam:
            return Gesprekspartner(naam, "jeugdige", kind.leeftijd)
    if any(v.naam == naam for v in dossier.gezin.volwassenen):
        return Gesprekspartner(naam, "ouder")
    if any(n.naam == naam for n in dossier.netwerk):
        return Gesprekspartner(naam, "netwerk")
    return Gesprekspartner(naam, "professional")


# --- vplan nieuw -------------------------------------------------------------------------------------


def nieuw_dossier(werkmap: Werkmap, vrager: Vrager, antwoorden: Path | None, meld: Melder) -> Dossier:
    """Ask (or read) the dossier's questions, validate, store.

    An unfinished interactive run is resumed; a run from an answers file always starts its own
    journal, so it never takes over (or, failing, removes) what someone typed earlier.
    """
    prompter = vrager()
    with werkmap.slot_nieuw():
        journaal = _open_nieuw_journaal(werkmap.pad / NIEUW_MAP, hervat=antwoorden is None, meld=meld)
        lijst = laad_vragenlijst("dossier")
        eerst: list[str] = []
        controles = {"kenmerk": lambda kenmerk: _kenmerk_bezet(werkmap, kenmerk)}
        while True:
            resultaat = voer_uit(lijst, journaal, prompter, antwoorden=antwoorden, eerst=eerst,
                                 controles=controles)
            try:
                dossier = Dossier.model_validate(_dossiervelden(resultaat.antwoorden))
                if werkmap.bestaat(dossier.kenmerk):
                    raise DossierBestaatAl(
                        f"kenmerk: dossier {dossier.kenmerk} bestaat al; kies een ander kenmerk")
                break
            except (ValidationError, DossierBestaatAl) as fout:
                eerst = _terug_naar_de_vragen(fout, journaal, prompter, meld,
                                              "Het dossier klopt nog niet", lijst, resultaat)
        with werkmap.slot(dossier.kenmerk):
            werkmap.maak_dossier(dossier)
            os.replace(journaal, werkmap.sessie_map(dossier.kenmerk) / "dossier.jsonl")
    return dossier


def _open_nieuw_journaal(map_: Path, *, hervat: bool, meld: Melder) -> Path:
    """The unfinished new-dossier journal to resume (saying whose it is), else a fresh name."""
    maak_map(map_)
    open_journalen = sorted(map_.glob("dossier-*.jsonl"))
    if hervat and open_journalen:
        kenmerk = lees_resultaat(open_journalen[-1]).antwoorden.get("kenmerk") or "nog zonder kenmerk"
        meld(f"U gaat verder met het nieuwe dossier dat eerder begonnen is ({kenmerk}).")
        return open_journalen[-1]
    return map_ / f"dossier-{dt.datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}.jsonl"


def _kenmerk_bezet(werkmap: Werkmap, kenmerk: Any) -> str | None:
    """Checked as soon as the kenmerk is typed, not after fifty more questions."""
    if not KENMERK_PATROON.fullmatch(str(kenmerk)):
        return ("Een kenmerk bestaat uit letters, cijfers, '-' en '_' (hoogstens 64 tekens), "
                "bijvoorbeeld VP-2026-0042.")
    if werkmap.bestaat(str(kenmerk)):
        return f"Dossier {kenmerk} bestaat al. Kies een ander kenmerk."
    return None


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
    opnieuw: bool = False,
) -> Resultaat:
    """One person's session: resumed if an earlier one with them was not finished.

    After a finished session with the same person, a next one starts only when asked for
    (`opnieuw`, or confirmed at the keyboard): a second run by mistake would double statements.
    """
    dossier = werkmap.lees_dossier(kenmerk)
    partner = gesprekspartner(dossier, naam)
    prompter = vrager()
    with werkmap.gesprekslot(kenmerk, _slug(partner.naam), partner.naam):
        sessies = werkmap.sessie_map(kenmerk)
        journaal = _open_journaal_van(sessies, partner.naam)
        if journaal is None:
            afgerond = [r for r in _sessies_in(sessies) if r.persoon == partner.naam]
            if afgerond and not opnieuw:
                _bevestig_volgend_gesprek(partner.naam, afgerond[-1], prompter)
            journaal = sessies / f"gesprek-{_volgnummer(sessies):03d}-{_slug(partner.naam)}.jsonl"
        context = {"personen": list(dossier.personen), "leeftijd": partner.leeftijd}
        return voer_uit(laad_vragenlijst(partner.vragenlijst), journaal, prompter,
                        antwoorden=antwoorden, context=context, persoon=partner.naam)


def _bevestig_volgend_gesprek(naam: str, eerder: Resultaat, prompter: Prompter | None) -> None:
    wanneer = _dag(eerder.einde).strftime("%d-%m-%Y")
    if prompter is None:
        raise OngeldigeInvoer(f"Er is al een afgerond gesprek met {naam} ({wanneer}). Voor een volgend "
                              "gesprek: voeg --opnieuw toe.")
    tekst = f"Er is al een afgerond gesprek met {naam} ({wanneer}). Een volgend gesprek beginnen?"
    vraag = Vraag(id="volgend", veld="volgend", soort="janee", tekst=tekst)
    if prompter.vraag(Vraagstelling(vraag, "volgend")) is not True:
        raise NietBegonnen("Geen nieuw gesprek begonnen; er is niets veranderd.")


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
        if not resultaat.afgerond and resultaat.antwoorden:
            meld(f"Let op: een gesprek met {resultaat.persoon} is niet afgerond en telt niet mee "
                 "(eerdere, afgeronde gesprekken met deze persoon tellen wel). Afronden kan met: "
                 f"vplan gesprek {kenmerk} --met \"{resultaat.persoon}\"")
        if not resultaat.afgerond:
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
                eerst = _terug_naar_de_vragen(fout, journaal, prompter, meld,
                                              "Het plan klopt nog niet", lijst, resultaat)
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
    resultaat: Resultaat,
) -> list[str]:
    """Show what does not hold and reopen the session; return the questions to ask again first.

    After those the review follows, where any answer can change. When nobody can be asked, or
    the mistake is in an answers file (which the keyboard cannot change), the Dutch messages
    become the error and the journal goes, so that the corrected file starts afresh.
    """
    regels = nederlandse_fouten(fout) if isinstance(fout, ValidationError) else [str(fout)]
    paden = [_vraag_bij(regel.split(": ", 1)[0], lijst, resultaat.antwoorden) for regel in regels]
    te_vragen = list(dict.fromkeys(pad for pad in paden if pad and pad not in resultaat.uit_bestand))
    if prompter is None or (resultaat.uit_bestand and not te_vragen):
        journaal.unlink()
        raise OngeldigeInvoer(f"{kop}:", regels) from fout
    meld(f"{kop}:")
    for regel in regels:
        meld(f"  - {regel}")
    meld("U krijgt de vraag die het betreft opnieuw (als die er is); daarna ziet u het overzicht, "
         "waarin u elk antwoord kunt aanpassen.")
    heropen(journaal)
    return te_vragen


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

