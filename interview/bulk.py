"""Re-render many dossiers: which are out of date, and a pure step "dossiers in, files out" over a pool.

`vernieuw_reeks` takes a few dossiers (paths and kenmerken, nothing else) and writes their
documents (through interview.versieset); it shares nothing with other calls except the templates
each process prepares once (interview.render.snel). So the pool here could be swapped for any
engine that runs a function on many inputs, without changing the step itself.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from interview.fouten import SjabloonFout, VplanFout, schijffout
from interview.model import Plan
from interview.ouderwacht import als_werker, begin_werker
from interview.stappen.documenten_maken import naast_het_plan
from interview.store import Werkmap
from interview.versiemap import ruim_resten_op
from interview.versieset import lees_metadata, schrijf_versieset, sjabloonhashes

if TYPE_CHECKING:  # docxtpl is imported only in the processes that render
    from interview.render.documenten import Gerenderd
    from interview.render.identiteit import Sjabloonidentiteiten

REEKS = 2
"""Dossiers per task without PDF: a task costs the pool about a millisecond, a dossier 50 to 500."""
REEKS_MET_PDF = 25
"""Dossiers per task with PDF: one LibreOffice start (a second) spread over 200 documents."""
TAKEN_PER_PROCES = 4
"""At least this many tasks per process when the run allows it: the last task decides the end."""


@dataclass(frozen=True)
class Taak:
    """One dossier to re-render: where it is stored, where its documents go, which templates."""

    werkmap: Path
    kenmerk: str
    uitvoer: Path
    sjablonen: Path
    reden: str = ""
    versie: int | None = None
    """Which plan version; None: the newest."""


@dataclass(frozen=True)
class PdfKeuze:
    """--pdf: PDF/A-2 or plain, and the folder that holds each process's LibreOffice profile."""

    pdf_a: bool = False
    profielen: Path | None = None


@dataclass(frozen=True)
class Uitkomst:
    """What became of one dossier: `fout` is one Dutch line when it failed, else None."""

    kenmerk: str
    versie: int | None = None
    fout: str | None = None
    melding: str = ""
    """The writer's Dutch line about an old set it kept (interview.versieset), or ""."""


@dataclass
class Gemaakt:
    """One dossier's documents rendered in memory, and the PDFs made of them so far."""

    taak: Taak
    plan: Plan
    documenten: list[Gerenderd]
    pdfs: dict[str, bytes] = field(default_factory=dict)
    nummer: int = 0
    """Its task's place in the batch."""


@dataclass
class Keuze:
    """The dossiers a run will re-render, and those already current (with --verouderd)."""

    taken: list[Taak] = field(default_factory=list)
    actueel: list[str] = field(default_factory=list)


def kies(werkmap: Werkmap, kenmerken: Sequence[str], uitvoer: Path, sjablonen: Path,
         alleen_verouderd: bool) -> Keuze:
    """The dossiers to re-render: `kenmerken`, or every dossier when empty.

    With `alleen_verouderd`, a dossier whose newest documents were made from its newest plan
    version and the current templates (read from .vplan.json) is left out as current; an older
    version without documents (its run stopped before writing them) gets a task of its own.
    """
    from interview.render.documenten import SOORTEN
    from interview.render.identiteit import sjabloonidentiteiten

    keuze = Keuze()
    huidig = sjabloonidentiteiten(sjablonen, SOORTEN) if alleen_verouderd else None
    for kenmerk in kenmerken or werkmap.kenmerken():
        ontbrekend = _zonder_documenten(werkmap, kenmerk, uitvoer) if alleen_verouderd else []
        keuze.taken += [Taak(werkmap.pad, kenmerk, uitvoer, sjablonen,
                             f"planversie {versie} heeft nog geen documenten", versie)
                        for versie in ontbrekend]
        reden = _verouderd(werkmap, kenmerk, uitvoer, huidig) if huidig else "gevraagd"
        if reden is None and not ontbrekend:
            keuze.actueel.append(kenmerk)
        elif reden is not None:
            keuze.taken.append(Taak(werkmap.pad, kenmerk, uitvoer, sjablonen, reden))
    return keuze


def _zonder_documenten(werkmap: Werkmap, kenmerk: str, uitvoer: Path) -> list[int]:
    """The dossier's versions before the newest that have no documents in `uitvoer` (the newest is
    `_verouderd`'s); none when the dossier cannot be read (`_verouderd` says so)."""
    try:
        versies = werkmap.versies(kenmerk)
    except VplanFout:
        return []
    return [versie for versie in versies[:-1]
            if (lees_metadata(uitvoer / kenmerk / f"v{versie}") or {}).get("planversie") != versie]


def _verouderd(werkmap: Werkmap, kenmerk: str, uitvoer: Path, huidig: Sjabloonidentiteiten) -> str | None:
    """Why the dossier's documents are out of date, in Dutch; None when they are current."""
    try:
        versies = werkmap.versies(kenmerk)
    except VplanFout:
        return "dossier niet te lezen"
    if not versies:
        return "nog geen planversie"
    metadata = lees_metadata(uitvoer / kenmerk / f"v{versies[-1]}")
    if metadata is None or metadata.get("planversie") != versies[-1]:
        return f"planversie {versies[-1]} heeft nog geen documenten"
    if not huidig.actueel(sjabloonhashes(metadata)):
        return "sjabloon gewijzigd"
    return None


def verwijder_resten(uitvoer: Path, kenmerken: Sequence[str]) -> None:
    """Remove the hidden sets a killed run left in these dossiers' output folders (see
    interview.versiemap.ruim_op); a dossier another vplan is writing now is left to that one."""
    for kenmerk in kenmerken:
        with contextlib.suppress(VplanFout, OSError):
            ruim_resten_op(uitvoer / kenmerk, "")


def opnieuw(taken: Sequence[Taak], processen: int, pdf: PdfKeuze | None,
            na_elk: Callable[[Uitkomst], None]) -> list[Uitkomst]:
    """Re-render every dossier of `taken` over `processen` processes; `na_elk` hears each result.

    Ctrl-C stops cleanly: tasks not started are cancelled, started ones finish (each dossier's set
    is swapped in whole, see interview.versieset), then KeyboardInterrupt is raised again.
    """
    grootte = reeksgrootte(len(taken), processen, pdf is not None)
    reeksen = [list(taken[i:i + grootte]) for i in range(0, len(taken), grootte)]
    uitkomsten: list[Uitkomst] = []

    def ontvang(reeks_uitkomsten: list[Uitkomst]) -> None:
        for uitkomst in reeks_uitkomsten:
            uitkomsten.append(uitkomst)
            na_elk(uitkomst)

    with _profielen(pdf) as pdf:
        if processen <= 1:
            for reeks in reeksen:
                ontvang(vernieuw_reeks(reeks, pdf))
            return uitkomsten
        _over_pool(reeksen, processen, pdf, ontvang)
    return uitkomsten


def reeksgrootte(dossiers: int, processen: int, pdf: bool) -> int:
    """Dossiers per task: the most that still gives every process TAKEN_PER_PROCES tasks.

    With one process nothing waits for a last task, so a batch is as large as it may be; with more,
    a process that draws one large task last would work on alone while the others are done.
    """
    grootste = REEKS_MET_PDF if pdf else REEKS
    if processen <= 1:
        return grootste
    return max(1, min(grootste, dossiers // (TAKEN_PER_PROCES * processen)))


@contextlib.contextmanager
def _profielen(pdf: PdfKeuze | None) -> Iterator[PdfKeuze | None]:
    """One folder for all LibreOffice profiles of this run, removed at its end."""
    if pdf is None or pdf.profielen is not None:
        yield pdf
        return
    import tempfile

    with tempfile.TemporaryDirectory(prefix="vplan-libreoffice-") as map_:
        yield PdfKeuze(pdf.pdf_a, Path(map_))


def _over_pool(reeksen: list[list[Taak]], processen: int, pdf: PdfKeuze | None,
               ontvang: Callable[[list[Uitkomst]], None]) -> None:
    """Run the batches in a process pool, at most twice as many in flight as there are processes.

    The workers end with this process, also when it is killed (interview.ouderwacht).
    """
    with ProcessPoolExecutor(max_workers=processen, initializer=begin_werker,
                             initargs=(os.getpid(),)) as pool:
        open_: set[Future[list[Uitkomst]]] = set()
        wachtrij = iter(reeksen)
        try:
            while True:
                for reeks in wachtrij:
                    open_.add(pool.submit(als_werker, vernieuw_reeks, reeks, pdf))
                    if len(open_) >= 2 * processen:
                        break
                if not open_:
                    return
                klaar, open_ = wait(open_, return_when=FIRST_COMPLETED)
                for taak in klaar:
                    ontvang(taak.result())
        except KeyboardInterrupt:
            for taak in open_:
                taak.cancel()
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def vernieuw_reeks(taken: Sequence[Taak], pdf: PdfKeuze | None = None) -> list[Uitkomst]:
    """Render and write the documents of every dossier in `taken`: dossiers in, files out.

    Each dossier's failure becomes its Uitkomst.fout; the others go on. With `pdf`, the
    documents of the whole batch are converted in one LibreOffice call. Two tasks may name one
    dossier (two of its versions): results are kept per task.
    """
    from interview.render import snel

    gemaakt: list[Gemaakt] = []
    uitkomsten: dict[int, Uitkomst] = {}
    for nummer, taak in enumerate(taken):
        try:
            werkmap = Werkmap(taak.werkmap)
            plan = werkmap.lees_plan(taak.kenmerk, taak.versie)
            gemaakt.append(Gemaakt(taak, plan, snel.maak_documenten(plan, taak.sjablonen,
                                                                     **naast_het_plan(werkmap, plan)),
                                   nummer=nummer))
        except Exception as fout:
            uitkomsten[nummer] = Uitkomst(taak.kenmerk, fout=_met_plaats(fout, taak))
    if pdf is not None and gemaakt:
        _voeg_pdf_toe(gemaakt, pdf, uitkomsten)
    for dossier in gemaakt:
        taak, plan = dossier.taak, dossier.plan
        if dossier.nummer in uitkomsten:
            continue
        try:
            geschreven = schrijf_versieset(plan, dossier.documenten, taak.uitvoer / taak.kenmerk,
                                           Werkmap(taak.werkmap), dossier.pdfs)
            uitkomsten[dossier.nummer] = Uitkomst(taak.kenmerk, plan.versie, melding=geschreven.melding)
        except Exception as fout:
            uitkomsten[dossier.nummer] = Uitkomst(taak.kenmerk, plan.versie, fout=_in_een_regel(fout))
    return [uitkomsten[nummer] for nummer in range(len(taken))]


def _voeg_pdf_toe(gemaakt: list[Gemaakt], pdf: PdfKeuze, uitkomsten: dict[int, Uitkomst]) -> None:
    """One LibreOffice call for the whole batch.

    A document LibreOffice cannot convert fails its own dossier only; LibreOffice failing as a
    whole fails every dossier of the batch.
    """
    from interview.render.pdf import omzetten

    alle = {f"{dossier.nummer}/{document.bestandsnaam}": document.inhoud
            for dossier in gemaakt for document in dossier.documenten}
    try:
        omzetting = omzetten(alle, pdf.pdf_a, pdf.profielen)
    except VplanFout as fout:
        for dossier in gemaakt:
            uitkomsten[dossier.nummer] = Uitkomst(dossier.taak.kenmerk, dossier.plan.versie,
                                                  fout=fout.bericht)
        return
    per_taak = {str(dossier.nummer): dossier for dossier in gemaakt}
    for naam, reden in omzetting.mislukt.items():
        dossier = per_taak[naam.partition("/")[0]]
        uitkomsten.setdefault(dossier.nummer, Uitkomst(dossier.taak.kenmerk, dossier.plan.versie, fout=reden))
    for naam, inhoud in omzetting.pdfs.items():
        nummer, _, bestand = naam.partition("/")
        per_taak[nummer].pdfs[bestand] = inhoud


def _met_plaats(fout: Exception, taak: Taak) -> str:
    """As _in_een_regel; a template's failure also names the field's place in Word (interview.uitrol)."""
    if isinstance(fout, SjabloonFout):
        from interview.uitrol.foutplaats import met_plaats

        with contextlib.suppress(VplanFout, OSError):
            plan = Werkmap(taak.werkmap).lees_plan(taak.kenmerk, taak.versie)
            return met_plaats(fout, plan, taak.sjablonen)
    return _in_een_regel(fout)


def _in_een_regel(fout: Exception) -> str:
    """A dossier's failure in one Dutch line, never a traceback, never an answer from the plan."""
    if isinstance(fout, VplanFout):
        return fout.bericht
    if isinstance(fout, OSError):
        return schijffout(fout).bericht
    if os.environ.get("VPLAN_DEBUG"):
        raise fout
    return (f"programmafout ({type(fout).__name__}). Draai dit dossier opnieuw met VPLAN_DEBUG=1 "
            "voor details en meld dit bij de beheerder.")
