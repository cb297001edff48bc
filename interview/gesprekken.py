"""The three interview steps of a dossier: create it, talk with each person, hold the netwerkberaad.

Each step runs a questionnaire through the engine (interview.conduct) with a journal in the
dossier's folder, then turns the answers into a model and stores it. Rendering the documents
is the CLI's next step: the interview never writes Word.

Journals are named by number only (`gesprek-003.jsonl`); who was spoken with is inside, so a
folder listing or an error message naming a file reveals nobody. A run from an answers file
writes its own journal and removes it when it fails: the file is the record, and the next run
of the corrected file starts afresh without touching what someone typed at the keyboard.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import hashlib
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from interview.conduct import (
    Prompter,
    Resultaat,
    Vraag,
    Vraagstelling,
    Vragenlijst,
    laad_vragenlijst,
    lees_resultaat,
    resultaat_uit,
    voer_uit,
)
from interview.conduct.journaal import heropen, lees_journaal
from interview.fouten import DossierBestaatAl, DossierBezet, OngeldigeInvoer, VplanFout
from interview.merge import (
    Conflict,
    Overzicht,
    Sessie,
    genest,
    keuzelijsten,
    los_conflicten_op,
    maak_overzicht,
    stel_plan_samen,
)
from interview.model import Dossier, Netwerklid, Plan, fouten_met_pad, nederlandse_fouten
from interview.model.types import is_telefoonnummer
from interview.store import Werkmap

Melder = Callable[[str], None]
Vrager = Callable[[], Prompter | None]
"""Makes the prompter once the input is known to be right, so a wrong name is reported before
a missing terminal; returns None when only an answers file answers."""
Uitkomst = TypeVar("Uitkomst")


class Antwoordfout(Exception):
    """Answers that do not hold, as (model path, Dutch message), beside pydantic's own errors."""

    def __init__(self, paren: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(f"{pad}: {bericht}" for pad, bericht in paren))
        self.paren = paren


class NietBegonnen(VplanFout):
    """The worker chose not to start a session after all; nothing changed."""

    afsluitcode = 0


@dataclass(frozen=True)
class Gesprekspartner:
    """Who a session is with, and which questionnaire fits them."""

    naam: str
    vragenlijst: str
    leeftijd: int | None = None


def vind_persoon(dossier: Dossier, gezocht: str) -> str:
    """The dossier's name for `gezocht`: exact, else ignoring case, else the one name it starts.

    A miss suggests close names only, not everyone in the dossier.
    """
    namen = list(dossier.personen)
    if gezocht in namen:
        return gezocht
    klein = gezocht.strip().casefold()
    gelijk = [naam for naam in namen if naam.casefold() == klein]
    begint = [naam for naam in namen if klein and naam.casefold().startswith(klein)]
    for kandidaten in (gelijk, begint):
        if len(kandidaten) == 1:
            return kandidaten[0]
    bijna = begint or difflib.get_close_matches(gezocht, namen, n=3, cutoff=0.6)
    raise OngeldigeInvoer(
        f"'{gezocht}' is geen (eenduidige) naam uit dossier {dossier.kenmerk}; gebruik de naam zoals "
        "die in het dossier staat.",
        [f"bedoelt u: {', '.join(bijna)}?"] if bijna else [],
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
    """Ask (or read) the dossier's questions, validate, store; an unfinished keyboard run resumes.

    Each run locks only its own journal, so colleagues sharing a werkmap can each create a
    dossier at the same time; a run that stopped can be resumed by the next `vplan nieuw`.
    """
    prompter = vrager()
    eigen = antwoorden is not None
    with contextlib.ExitStack() as sloten:
        journaal = None if eigen else _hervat_nieuw(werkmap, prompter, meld, sloten)
        if journaal is None:
            journaal = _nieuwe_naam(werkmap.nieuw_map, "dossier")
            sloten.enter_context(werkmap.slot_nieuw(journaal))
        try:
            dossier = _tot_het_klopt(
                laad_vragenlijst("dossier"), journaal, prompter, meld, "Het dossier klopt nog niet",
                lambda resultaat: _maak_dossier(werkmap, resultaat),
                antwoorden=antwoorden,
                controles={"kenmerk": lambda kenmerk: _kenmerk_bezet(werkmap, kenmerk)},
            )
            with werkmap.slot(dossier.kenmerk):
                werkmap.maak_dossier(dossier)
                os.replace(journaal, werkmap.sessie_map(dossier.kenmerk) / "dossier.jsonl")
        except BaseException:
            if eigen:
                journaal.unlink(missing_ok=True)
            raise
        finally:
            if not journaal.exists():  # stored or given up: its lock file has nothing left to guard
                journaal.with_suffix(".slot").unlink(missing_ok=True)
    return dossier


def _hervat_nieuw(
    werkmap: Werkmap, prompter: Prompter | None, meld: Melder, sloten: contextlib.ExitStack
) -> Path | None:
    """The newest unfinished `vplan nieuw` nobody is working on, if the worker wants to go on with it.

    Its lock is taken (and held in `sloten`); None means: start a new one.
    """
    for pad in sorted(werkmap.nieuw_map.glob("dossier-*.jsonl"), reverse=True):
        inhoud = lees_journaal(pad)
        if inhoud is None or inhoud.einde is not None or not inhoud.antwoorden:
            continue
        try:
            slot = sloten.enter_context(contextlib.ExitStack())
            slot.enter_context(werkmap.slot_nieuw(pad))
        except DossierBezet:
            continue  # a colleague is filling this one in right now
        kenmerk = inhoud.antwoorden.get("kenmerk") or "nog zonder kenmerk"
        tekst = f"Er is een eerder begonnen, niet afgemaakt nieuw dossier ({kenmerk}). Daarmee verder?"
        vraag = Vraag(id="hervat", veld="hervat", soort="janee", tekst=tekst)
        if prompter is not None and prompter.vraag(Vraagstelling(vraag, "hervat")) is True:
            return pad
        slot.close()
        meld("U begint een nieuw dossier; het eerder begonnen dossier blijft bewaard.")
        return None
    return None


def _nieuwe_naam(map_: Path, soort: str) -> Path:
    return map_ / f"{soort}-{dt.datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}.jsonl"


def _maak_dossier(werkmap: Werkmap, resultaat: Resultaat) -> Dossier:
    """Answers by veld -> a Dossier; helper questions (risicotaxatie gedaan?) drop out."""
    velden = set(Dossier.model_fields)
    gegevens = genest({veld: waarde for veld, waarde in resultaat.antwoorden.items()
                       if veld.split(".")[0] in velden and waarde not in (None, "")})
    dossier = Dossier.model_validate(gegevens)
    if werkmap.bestaat(dossier.kenmerk):
        raise Antwoordfout([("kenmerk", f"dossier {dossier.kenmerk} bestaat al; kies een ander kenmerk")])
    return dossier


def _kenmerk_bezet(werkmap: Werkmap, kenmerk: Any) -> str | None:
    """Checked as soon as the kenmerk is typed, not after fifty more questions."""
    try:
        bestaat = werkmap.bestaat(str(kenmerk))
    except OngeldigeInvoer as fout:
        return fout.bericht
    if bestaat:
        return f"Dossier {kenmerk} bestaat al. Kies een ander kenmerk."
    return None


# --- vplan gesprek -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Journaal:
    """One individual session's journal, read once."""

    pad: Path
    resultaat: Resultaat


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
    sleutel = hashlib.sha256(partner.naam.encode()).hexdigest()[:16]
    with werkmap.gesprekslot(kenmerk, sleutel, partner.naam):
        sessies = werkmap.sessie_map(kenmerk)
        met_partner = [j for j in journalen(sessies) if j.resultaat.persoon == partner.naam]
        open_ = [j.pad for j in met_partner if not j.resultaat.afgerond]
        eigen = not open_  # this run makes the journal
        journaal = open_[0] if open_ else sessies / f"gesprek-{_volgnummer(sessies):03d}.jsonl"
        if not open_ and met_partner and not opnieuw:
            _bevestig_volgend_gesprek(partner.naam, met_partner[-1].resultaat, prompter)
        context = {"personen": list(dossier.personen), "leeftijd": partner.leeftijd}
        if prompter is not None:
            meld(f"Gesprek met {partner.naam}, {dossier.personen[partner.naam]}; dossier {kenmerk}.")
        try:
            return voer_uit(laad_vragenlijst(partner.vragenlijst), journaal, prompter,
                            antwoorden=antwoorden, context=context, persoon=partner.naam)
        except OngeldigeInvoer:
            if eigen and antwoorden is not None:
                journaal.unlink(missing_ok=True)  # the answers file is wrong; it is the record
            raise


def journalen(sessies: Path) -> list[Journaal]:
    """Every individual session journal; an empty one (killed before its first line) is skipped."""
    gelezen = ((pad, lees_journaal(pad)) for pad in sorted(sessies.glob("gesprek-*.jsonl")))
    return [Journaal(pad, resultaat_uit(inhoud)) for pad, inhoud in gelezen if inhoud is not None]


def _volgnummer(sessies: Path) -> int:
    nummers = [int(m.group(1)) for p in sessies.glob("gesprek-*.jsonl")
               if (m := re.match(r"gesprek-(\d+)", p.name))]
    return max(nummers, default=0) + 1


def _bevestig_volgend_gesprek(naam: str, eerder: Resultaat, prompter: Prompter | None) -> None:
    wanneer = _dag(eerder.einde).strftime("%d-%m-%Y")
    if prompter is None:
        raise OngeldigeInvoer(f"Er is al een afgerond gesprek met {naam} ({wanneer}). Voor een volgend "
                              "gesprek: voeg --opnieuw toe.")
    tekst = f"Er is al een afgerond gesprek met {naam} ({wanneer}). Een volgend gesprek beginnen?"
    vraag = Vraag(id="volgend", veld="volgend", soort="janee", tekst=tekst)
    if prompter.vraag(Vraagstelling(vraag, "volgend")) is not True:
        raise NietBegonnen("Geen nieuw gesprek begonnen; er is niets veranderd.")


def individuele_sessies(sessies: Path, kenmerk: str, meld: Melder) -> list[Sessie]:
    """Every finished individual session of the dossier, as the merge reads them."""
    gevonden = []
    for journaal in journalen(sessies):
        resultaat = journaal.resultaat
        if not resultaat.afgerond:
            if resultaat.antwoorden:
                meld(f"Let op: een gesprek met {resultaat.persoon} is niet afgerond en telt niet mee "
                     "(eerdere, afgeronde gesprekken met deze persoon tellen wel). Afronden kan met: "
                     f"vplan gesprek {kenmerk} --met \"{resultaat.persoon}\"")
            continue
        gevonden.append(Sessie(journaal.pad.stem, resultaat.vragenlijst, resultaat.persoon,
                               resultaat.antwoorden, resultaat.begin, resultaat.einde or ""))
    return gevonden


# --- vplan netwerkberaad -----------------------------------------------------------------------------


def netwerkberaad(
    werkmap: Werkmap,
    kenmerk: str,
    vrager: Vrager,
    antwoorden: Path | None,
    meld: Melder,
    toon: Callable[[Overzicht], None],
) -> Plan:
    """The joint session: overview, conflicts, the plan questions; stores plan version 1.

    A keyboard run that stopped after its last answer but before the plan was stored is read
    back from its closed journal, not asked again.
    """
    dossier = werkmap.lees_dossier(kenmerk)
    prompter = vrager()
    with werkmap.slot(kenmerk):
        _nog_geen_plan(werkmap, kenmerk)
        sessies = werkmap.sessie_map(kenmerk)
        overzicht = maak_overzicht(dossier, individuele_sessies(sessies, kenmerk, meld))
        if prompter is not None:
            toon(overzicht)
        for regel in overzicht.weggelaten:
            meld(regel)
        dossier = _regel_conflicten(dossier, overzicht, sessies, prompter, meld)
        dossier = _voeg_netwerk_toe(dossier, overzicht, sessies, prompter, meld)
        context = {"personen": list(dossier.personen), **keuzelijsten(overzicht)}
        eigen = antwoorden is not None
        journaal = _nieuwe_naam(sessies, "netwerkberaad") if eigen else sessies / "netwerkberaad.jsonl"
        try:
            plan = _tot_het_klopt(
                laad_vragenlijst("netwerkberaad"), journaal, prompter, meld, "Het plan klopt nog niet",
                lambda r: stel_plan_samen(dossier, overzicht, r.antwoorden, _dag(r.einde)),
                antwoorden=antwoorden, context=context,
                controles={"ev_datum": _na_vandaag},
            )
            werkmap.bewaar_plan(plan)
        except BaseException:
            if eigen:
                journaal.unlink(missing_ok=True)
            raise
    return plan


def _nog_geen_plan(werkmap: Werkmap, kenmerk: str) -> None:
    versies = werkmap.versies(kenmerk)
    if versies:
        raise DossierBestaatAl(
            f"Dossier {kenmerk} heeft al een plan (versie {versies[-1]}). De documenten maakt u met: "
            f"vplan documenten {kenmerk}. Een volgende versie komt uit een evaluatie; dat kan deze "
            "vplan nog niet.")


def _regel_conflicten(
    dossier: Dossier, overzicht: Overzicht, sessies: Path, prompter: Prompter | None, meld: Melder
) -> Dossier:
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
    resultaat = _vraag_apart(lijst, sessies / "conflicten.jsonl", prompter)
    if resultaat is None:
        for conflict in conflicten:
            meld(f"Let op: voor {conflict.persoon} zijn verschillende telefoonnummers genoemd; "
                 "het dossier blijft zoals het is.")
        return dossier
    keuzes = {persoon: str(waarde) for persoon, waarde in resultaat.antwoorden.items() if waarde}
    try:
        return los_conflicten_op(dossier, keuzes)
    except ValidationError as fout:
        raise OngeldigeInvoer("Een gekozen telefoonnummer past niet in het dossier:",
                              nederlandse_fouten(fout)) from fout


def _voeg_netwerk_toe(
    dossier: Dossier, overzicht: Overzicht, sessies: Path, prompter: Prompter | None, meld: Melder
) -> Dossier:
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
    resultaat = _vraag_apart(lijst, sessies / "netwerk.jsonl", prompter)
    if resultaat is None:
        meld("Let op: in de gesprekken genoemd als netwerk, maar niet in het dossier: "
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


def _geldige_nummers(conflict: Conflict) -> tuple[str, ...]:
    return tuple(waarde for waarde, _ in conflict.waarden if is_telefoonnummer(waarde))


# --- Shared: ask until the model accepts the answers ---------------------------------------------------


def _tot_het_klopt(
    lijst: Vragenlijst,
    journaal: Path,
    prompter: Prompter | None,
    meld: Melder,
    kop: str,
    maak: Callable[[Resultaat], Uitkomst],
    **opties: Any,
) -> Uitkomst:
    """Run the session and build its model; while that fails, ask the question concerned again."""
    eerst: list[str] = []
    while True:
        resultaat = _voer_of_lees(lijst, journaal, prompter, eerst=eerst, **opties)
        try:
            return maak(resultaat)
        except (ValidationError, Antwoordfout) as fout:
            eerst = _terug_naar_de_vragen(fout, journaal, prompter, meld, kop, lijst, resultaat)


def _vraag_apart(lijst: Vragenlijst, journaal: Path, prompter: Prompter | None) -> Resultaat | None:
    """A choice the netwerkberaad makes apart from its questionnaire (phone conflicts, new network
    members): asked at the keyboard, read back once made; None when nobody can answer it."""
    inhoud = lees_journaal(journaal)
    if prompter is None and (inhoud is None or inhoud.einde is None):
        return None
    return _voer_of_lees(lijst, journaal, prompter)


def _voer_of_lees(lijst: Vragenlijst, journaal: Path, prompter: Prompter | None,
                  **opties: Any) -> Resultaat:
    """A journal that an earlier run closed is read back, not asked again."""
    inhoud = lees_journaal(journaal)
    if inhoud is not None and inhoud.einde is not None:
        return lees_resultaat(journaal, lijst)
    return voer_uit(lijst, journaal, prompter, **opties)


def _terug_naar_de_vragen(
    fout: ValidationError | Antwoordfout,
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
    become the error.
    """
    paren = fouten_met_pad(fout) if isinstance(fout, ValidationError) else fout.paren
    regels = [f"{pad}: {bericht}" for pad, bericht in paren]
    paden = [_vraag_bij(pad, lijst, resultaat.antwoorden) for pad, _ in paren]
    te_vragen = list(dict.fromkeys(pad for pad in paden if pad and pad not in resultaat.uit_bestand))
    if prompter is None or (resultaat.uit_bestand and not te_vragen):
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
