"""The walk every door of vplan takes: lock, journal, ask until the model accepts, store, clean up.

A door (nieuw, gesprek, netwerkberaad, vaststellen, evaluatie, incident, corrigeer) says only what
is its own — which lock, which journal series, its questions and context, how the answers become
its result and how that is stored — as a `Stapsessie`; `loop` does the rest, the clean-up rules
written here once:
- a run from an answers file writes a journal of its own, removed when the run fails (the file is
  the record and will be corrected); `Stapsessie.weg_bij` says which failures count;
- a journal the run goes on with (an interrupted keyboard run, a fixed journal) is kept;
- NietBegonnen (the worker chose not to start after all) removes the run's journal;
- a claimed journal still empty at the end is given back, whatever happened (a journal gone on
  with never is: it holds at least its header);
- a door whose answers-file runs start afresh (`Stapsessie.achtergelaten`) removes, before it
  claims its own, the journals of its series that earlier answers-file runs left: under the
  door's lock no such run lives, so each was killed before its version was stored, and counting
  it would count one contact twice (vplan tijd).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pydantic import ValidationError

from interview.conduct import Prompter, Resultaat, Vraag, Vragenlijst
from interview.conduct.journaal import heropen, lees_journaal
from interview.conduct.wandeling import vervolgpad
from interview.fouten import GesprekOnderbroken, OngeldigeInvoer, VplanFout, schijffout
from interview.model import Plan, fouten_met_pad
from interview.stappen.documenten_maken import naast_het_plan
from interview.stappen.gedeeld import Antwoordfout, Melder, NietBegonnen, Vrager, voer_of_lees
from interview.store import Journalen, Werkmap, geef_terug
from interview.versiestap import Herkomst, Onaf, antwoordhash, leg_herkomst_vast, markeer_onaf, niet_meer_onaf

if TYPE_CHECKING:  # docxtpl is imported only where a plan is stored
    from interview.render.documenten import Gerenderd

UIT_BESTAND = "bestand-"
"""Before a series name: the journals of answers-file runs, apart from the keyboard's that go on."""
Uitkomst = TypeVar("Uitkomst")
Bewaard = TypeVar("Bewaard")


@dataclass(frozen=True)
class Stapcontext:
    """What every step gets from the command line, built once by the CLI.

    `vrager` makes the prompter only once the door has checked its input (a wrong name is reported
    before a missing terminal); `antwoorden` is the answers file (None: the keyboard answers);
    `sjablonen` the team's template folder (None: $VPLAN_SJABLONEN or the shipped templates);
    `uitvoer` where the command writes documents (None: it writes none); `waarschuw` tells what the
    writer kept of an old set (stderr; None: `meld`).
    """

    werkmap: Werkmap
    vrager: Vrager
    antwoorden: Path | None
    meld: Melder
    sjablonen: Path | None = None
    uitvoer: Path | None = None
    waarschuw: Melder | None = None


@dataclass(frozen=True)
class Stapsessie(Generic[Uitkomst, Bewaard]):
    """What one door asks, in which journal, and how its answers become its result and are stored.

    The journal: `verder` is the one this run goes on with (an unfinished keyboard run's, or a
    fixed one such as `netwerkberaad.jsonl`); None claims a new one of series `soort` in
    `journalen`, locked with `slot_op_nieuw` when the door has no lock of its own yet (vplan nieuw).
    `antwoorden` is what the engine reads (the answers file, or the door's part of it).
    `maak` raises ValidationError or Antwoordfout for answers that do not hold (asked again under
    `kop`); `bewaar` stores the result, given the journal, and returns what the door returns.
    `weg_bij`: which failures of an answers-file run remove its journal (gesprek and vaststellen:
    only a refused file; a run interrupted after the file's answers is resumed at the keyboard);
    `ook_weg`: journals claimed beside it, removed with it (the netwerkberaad's earlier plan).
    `opties` go to the engine (context, controles, opdrachten, persoon); `vul_voor` writes a new
    journal's first answers (corrigeer: the version's own texts). `achtergelaten`: the series
    `soort` holds only this door's answers-file runs, so what is in it before the run claims its
    journal was left by a killed one and is removed (with its numbered `ook_weg` series).
    """

    vragenlijst: Vragenlijst
    antwoorden: Path | Mapping[str, Any] | None
    maak: Callable[[Resultaat], Uitkomst]
    bewaar: Callable[[Uitkomst, Path], Bewaard]
    journalen: Journalen
    soort: str
    verder: Path | None = None
    slot_op_nieuw: Callable[[Path], contextlib.AbstractContextManager[None]] | None = None
    kop: str = ""
    opties: Mapping[str, Any] = field(default_factory=dict)
    vul_voor: Callable[[Path], None] | None = None
    weg_bij: type[BaseException] = BaseException
    ook_weg: tuple[Path, ...] = ()
    achtergelaten: bool = False


def loop(
    stap: Stapcontext,
    slot: contextlib.AbstractContextManager[object],
    sessie_bij: Callable[[Prompter | None], Stapsessie[Uitkomst, Bewaard]],
) -> Bewaard:
    """Make the prompter, take `slot`, let the door prepare its session (`sessie_bij`, under the
    lock), claim its journal, ask until `maak` accepts the answers, store, and clean up."""
    prompter = stap.vrager()
    with slot:
        sessie = sessie_bij(prompter)
        with _journaal(stap, sessie) as journaal:
            if sessie.vul_voor is not None and lees_journaal(journaal) is None:
                sessie.vul_voor(journaal)
            uitkomst = _tot_het_klopt(sessie, journaal, prompter, stap.meld)
            return sessie.bewaar(uitkomst, journaal)


def bewaar_versie(stap: Stapcontext, plan: Plan, deur: str) -> list[Path]:
    """Render the documents of a new plan version, store it and write them, all under the caller's
    lock; returns the documents' paths (none without `stap.uitvoer`).

    A template that cannot render the version stops everything before anything is stored. Which
    door and answers file made the version is recorded first (a rerun of the file is refused), and
    the version is marked as without documents until they are written: a run stopped in between
    leaves the mark, and the next command that opens the dossier writes them (interview.versiestap).
    """
    from interview.render.documenten import controleer_sjablonen  # docxtpl: only where a plan is stored

    documenten = controleer_sjablonen(plan, stap.sjablonen, **naast_het_plan(stap.werkmap, plan))
    werkmap, kenmerk = stap.werkmap, plan.dossier.kenmerk
    bron = antwoordhash(stap.antwoorden) if stap.antwoorden is not None else None
    leg_herkomst_vast(werkmap, kenmerk, plan.versie, Herkomst(deur, bron))
    if stap.uitvoer is not None:
        markeer_onaf(werkmap, kenmerk, Onaf(plan.versie, stap.uitvoer / kenmerk, stap.sjablonen))
    try:
        werkmap.bewaar_plan(plan)
    except BaseException:
        niet_meer_onaf(werkmap, kenmerk, plan.versie)  # nothing stored, so nothing is missing
        raise
    if stap.uitvoer is None:
        return []
    return _schrijf(stap, plan, documenten)


def _schrijf(stap: Stapcontext, plan: Plan, documenten: list[Gerenderd]) -> list[Path]:
    """Write a stored version's documents; a failure says the version is stored and what follows."""
    import interview.versieset as versieset  # looked up at the call: tests stop a run right here

    assert stap.uitvoer is not None
    kenmerk = plan.dossier.kenmerk
    gevolg = (f"Planversie {plan.versie} is wel bewaard, maar de documenten nog niet; de volgende "
              f"vplan-opdracht voor dossier {kenmerk} maakt ze alsnog.")
    try:
        geschreven = versieset.schrijf_versieset(plan, documenten, stap.uitvoer / kenmerk, stap.werkmap)
    except OSError as fout:
        raise schijffout(fout, gevolg) from fout
    except VplanFout as fout:
        raise VplanFout(f"{fout.bericht} {gevolg}", fout.details) from fout
    except KeyboardInterrupt as onderbreking:
        raise GesprekOnderbroken(f"Onderbroken. {gevolg}", {}) from onderbreking
    if geschreven.melding:
        (stap.waarschuw or stap.meld)(geschreven.melding)
    return geschreven.documenten


@contextlib.contextmanager
def _journaal(stap: Stapcontext, sessie: Stapsessie[Any, Any]) -> Iterator[Path]:
    """The run's journal, cleaned up by the rules in this module's docstring."""
    eigen = sessie.verder is None
    if eigen and sessie.achtergelaten and stap.antwoorden is not None:
        _ruim_achtergelaten_op(sessie)
    journaal = sessie.verder or sessie.journalen.reserveer(sessie.soort)
    with contextlib.ExitStack() as slot:
        try:
            if eigen and sessie.slot_op_nieuw is not None:
                slot.enter_context(sessie.slot_op_nieuw(journaal))
            yield journaal
        except NietBegonnen:
            journaal.unlink(missing_ok=True)  # nothing to keep: the next run starts afresh
            raise
        except sessie.weg_bij:
            if eigen and stap.antwoorden is not None:
                for pad in (journaal, *sessie.ook_weg):
                    pad.unlink(missing_ok=True)
            raise
        finally:
            geef_terug(journaal)


def _ruim_achtergelaten_op(sessie: Stapsessie[Any, Any]) -> None:
    """Remove what killed answers-file runs of this series left (see the module docstring); the
    journals this run already claimed beside its own (`ook_weg`) stay."""
    series = [sessie.soort, *(_series(pad) for pad in sessie.ook_weg)]
    for soort in series:
        for pad in sessie.journalen.genummerd(soort):
            if pad not in sessie.ook_weg:
                pad.unlink(missing_ok=True)


def _series(journaal: Path) -> str:
    """The series of a numbered journal: `eerder_plan-002.jsonl` -> `eerder_plan`."""
    return journaal.stem.rpartition("-")[0]


def _tot_het_klopt(sessie: Stapsessie[Uitkomst, Any], journaal: Path, prompter: Prompter | None,
                   meld: Melder) -> Uitkomst:
    """Run the session and build its result; while that fails, ask the question concerned again."""
    eerst: list[str] = []
    while True:
        resultaat = voer_of_lees(sessie.vragenlijst, journaal, prompter, eerst=eerst,
                                 antwoorden=sessie.antwoorden, **sessie.opties)
        try:
            return sessie.maak(resultaat)
        except (ValidationError, Antwoordfout) as fout:
            eerst = _terug_naar_de_vragen(fout, resultaat, sessie, prompter, meld)
            heropen(journaal)


def _terug_naar_de_vragen(
    fout: ValidationError | Antwoordfout,
    resultaat: Resultaat,
    sessie: Stapsessie[Any, Any],
    prompter: Prompter | None,
    meld: Melder,
) -> list[str]:
    """Show what does not hold; return the questions to ask again first (the caller reopens the session).

    After those the review follows, where any answer can change. When nobody can be asked, or
    the mistake is in an answers file (which the keyboard cannot change), the Dutch messages
    become the error, each by its path (what the file's author edits); at the keyboard each names
    the question in the worker's words.
    """
    lijst, kop = sessie.vragenlijst, sessie.kop
    paren = fouten_met_pad(fout) if isinstance(fout, ValidationError) else fout.paren
    paden = [_vraag_bij(pad, lijst, resultaat.antwoorden) for pad, _ in paren]
    te_vragen = list(dict.fromkeys(pad for pad in paden if pad and pad not in resultaat.uit_bestand))
    if prompter is None or (resultaat.uit_bestand and not te_vragen):
        raise OngeldigeInvoer(f"{kop}:", [f"{pad}: {bericht}" for pad, bericht in paren]) from fout
    meld(f"{kop}:")
    for (pad, bericht), vraagpad in zip(paren, paden, strict=True):
        meld(f"  - {_in_woorden(vraagpad, lijst) or pad}: {bericht}")  # the worker sees questions
    meld("U krijgt de vraag die het betreft opnieuw (als die er is); daarna ziet u het overzicht, "
         "waarin u elk antwoord kunt aanpassen.")
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
        if modelpad == vraag.veld and vraag.soort == "lijst":
            return _nog_een(vraag, antwoorden)
        if modelpad == vraag.veld:
            return vraag.id
        if modelpad.startswith((vraag.veld + "[", vraag.veld + ".")):
            return vraag.id + modelpad[len(vraag.veld):]
    return None


def _nog_een(lijst: Vraag, antwoorden: Mapping[str, Any]) -> str:
    """A list that needs more items is asked again from its question 'is there one more?' (a list
    ended early has no other question to return to); yes opens the next item."""
    items = antwoorden.get(lijst.veld)
    return vervolgpad(lijst.id, (len(items) if isinstance(items, list) else 0) + 1)


def _in_woorden(vraagpad: str | None, lijst: Vragenlijst) -> str:
    """The question behind an answer path in the worker's words ('Krachten van het gezin, volgens
    de groep'; 'Afspraken: … — afspraak 2: Wie doet het?'); empty when no question has that path."""
    gevonden = re.fullmatch(r"([^\[.]+)(?:\[(\d+)\]\??)?(?:\.(\w+))?", vraagpad or "")
    vraag = next((v for v in lijst.vragen if gevonden and v.id == gevonden[1]), None)
    if gevonden is None or vraag is None:
        return ""
    deel = next((v for v in vraag.vragen if v.id == gevonden[3]), None)
    if gevonden[2] is None or deel is None:
        return vraag.tekst
    return f"{vraag.tekst} — {vraag.item} {gevonden[2]}: {deel.tekst}"
