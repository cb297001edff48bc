"""The commands that put plan versions and their documents on disk: demo, importeer, documenten, opnieuw."""

from __future__ import annotations

import argparse
import contextlib
import gc
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import interview.cli.opties as opties
from interview.fouten import Gebruiksfout, OngeldigeInvoer, VplanFout
from interview.systeem import kernen

if TYPE_CHECKING:
    from interview.bulk import PdfKeuze, Uitkomst
    from interview.cli.opties import Opdrachten
    from interview.model import Plan
    from interview.store import Werkmap

VOORBEELD = Path(__file__).resolve().parents[1] / "example" / "voorbeeld.yaml"


def voeg_demo_toe(opdrachten: Opdrachten) -> None:
    demo = opdrachten.add_parser(
        "demo", help="maak beide documenten van het voorbeelddossier",
        description="Zet het meegeleverde, verzonnen voorbeeldgezin als dossier in de werkmap (als het "
        "er nog niet is) en maakt het veiligheidsplan en het ondersteuningsplan in output/<kenmerk>/.",
    )
    opties.voeg_uitvoer_toe(demo)
    opties.voeg_sjablonen_toe(demo)
    opties.voeg_werkmap_toe(demo)
    demo.set_defaults(opdracht=_demo)


def voeg_importeer_toe(opdrachten: Opdrachten) -> None:
    importeer = opdrachten.add_parser(
        "importeer", help="maak een dossier met planversie 1 uit een antwoordbestand",
        description="Leest een antwoordbestand (YAML) dat het planmodel volgt, controleert het en "
        "bewaart het als nieuw dossier met planversie 1.",
    )
    importeer.add_argument(
        "bestand", type=Path, metavar="ANTWOORDEN.yaml",
        help="antwoordbestand volgens het planmodel (zie interview/example/voorbeeld.yaml)",
    )
    opties.voeg_werkmap_toe(importeer)
    importeer.set_defaults(opdracht=_importeer)


def voeg_documenten_toe(opdrachten: Opdrachten) -> None:
    documenten = opdrachten.add_parser(
        "documenten", help="maak beide documenten van een dossier",
        description="Maakt het veiligheidsplan en het ondersteuningsplan van de nieuwste "
        "(of gekozen) planversie van een dossier. Een set die getekend, verstuurd of vastgesteld is, "
        "of met de hand gewijzigd, blijft bewaard naast de nieuwe; vplan zegt in welke map.",
    )
    documenten.add_argument("kenmerk", metavar="KENMERK",
                            help="kenmerk van het dossier, bijvoorbeeld VP-2026-0042")
    opties.voeg_planversie_toe(documenten)
    opties.voeg_uitvoer_toe(documenten)
    opties.voeg_sjablonen_toe(documenten)
    opties.voeg_pdf_toe(documenten)
    opties.voeg_werkmap_toe(documenten)
    documenten.set_defaults(opdracht=_documenten)


def voeg_opnieuw_toe(opdrachten: Opdrachten) -> None:
    """Bulk re-rendering after a template change or an evaluation round (issue 11)."""
    opnieuw = opdrachten.add_parser(
        "opnieuw", help="maak de documenten van veel dossiers opnieuw (nieuw sjabloon, evaluatieronde)",
        description="Maakt de documenten van de nieuwste planversie opnieuw: van de genoemde "
        "dossiers, van alle (--alle) of alleen van de dossiers waarvan de documenten uit een oudere "
        "planversie of een ander sjabloon komen (--verouderd). Een dossier dat mislukt wordt gemeld "
        "en de rest gaat door. Documenten van een versie die getekend, verstuurd of vastgesteld is, "
        "en documenten die met de hand zijn gewijzigd, blijven bewaard in een map naast de nieuwe "
        "(v<N>-verstuurd-<datum>, v<N>-bewerkt-<datum> …).",
    )
    opnieuw.add_argument("kenmerken", nargs="*", metavar="KENMERK", help="kenmerken van de dossiers")
    opnieuw.add_argument("--alle", action="store_true", help="alle dossiers in de werkmap")
    opnieuw.add_argument("--verouderd", action="store_true",
                         help="alleen dossiers waarvan de documenten niet bij de nieuwste planversie "
                         "of het huidige sjabloon horen, en planversies die nog geen documenten hebben")
    opnieuw.add_argument("--processen", type=opties.positief_getal, default=None, metavar="N",
                         help="zoveel dossiers tegelijk (standaard: het aantal processorkernen)")
    opnieuw.add_argument("--proef", action="store_true",
                         help="toon alleen wat er opnieuw gemaakt zou worden; schrijf niets")
    opties.voeg_uitvoer_toe(opnieuw)
    opties.voeg_sjablonen_toe(opnieuw)
    opties.voeg_pdf_toe(opnieuw)
    opties.voeg_werkmap_toe(opnieuw)
    opnieuw.set_defaults(opdracht=_opnieuw)


def _demo(argumenten: argparse.Namespace) -> None:
    from interview.invoer import lees_plan
    from interview.versieset import render_versieset

    plan = lees_plan(VOORBEELD)
    kenmerk = plan.dossier.kenmerk
    nieuw = _zet_voorbeeld_in_werkmap(opties.werkmap(argumenten), plan)
    map_ = argumenten.uitvoer / kenmerk
    opties.meld_sjabloonkeuze(opties.sjabloonmap(argumenten))
    geschreven = render_versieset(plan, map_, argumenten.sjablonen)
    if geschreven.melding:
        print(f"vplan: {geschreven.melding}", file=sys.stderr)
    print(f"Voorbeelddossier {kenmerk} (verzonnen gezin), planversie {plan.versie}:")
    for pad in geschreven.documenten:
        print(f"  {pad}")
    print(f"Het dossier {'staat nu' if nieuw else 'stond al'} in de werkmap; "
          f"probeer bijvoorbeeld: vplan documenten {kenmerk}")


def _zet_voorbeeld_in_werkmap(werkmap: Werkmap, plan: Plan) -> bool:
    """Put the example dossier in the werkmap, so the README's next command works; False when a dossier
    of that kenmerk is already there (an earlier demo): it is left exactly as it is."""
    from interview.fouten import DossierBestaatAl

    try:
        with werkmap.slot(plan.dossier.kenmerk):
            werkmap.maak_dossier(plan.dossier)
            werkmap.bewaar_plan(plan)
    except DossierBestaatAl:
        return False
    return True


def _importeer(argumenten: argparse.Namespace) -> None:
    from interview.invoer import lees_plan

    plan = lees_plan(argumenten.bestand)
    if plan.versie != 1:
        raise OngeldigeInvoer(
            f"Een nieuw dossier begint bij planversie 1; {argumenten.bestand} heeft versie {plan.versie}."
        )
    werkmap = opties.werkmap(argumenten)
    kenmerk = plan.dossier.kenmerk
    with werkmap.slot(kenmerk):
        werkmap.maak_dossier(plan.dossier)
        werkmap.bewaar_plan(plan)
    print(f"Dossier {kenmerk} aangemaakt met planversie {plan.versie} in {werkmap.pad}.")
    print(f"Maak de documenten met: vplan documenten {kenmerk}")


def _documenten(argumenten: argparse.Namespace) -> None:
    with _zonder_kringloopopruiming():
        _documenten_van_een_dossier(argumenten)


@contextlib.contextmanager
def _zonder_kringloopopruiming() -> Iterator[None]:
    """Python's cycle collector off while one dossier's documents are made, on again after (for a
    caller that goes on, such as a test).

    Loading the libraries and building the plan model make many long-lived objects, which the
    collector searches again and again for garbage that is not there: some 40 ms, 7% of the CPU of
    a `vplan documenten` of the example dossier (issue 22.3). One dossier's documents leave too few
    cycles to matter; the bulk command, which runs for thousands of dossiers, keeps the collector.
    """
    aan = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # Everything made meanwhile moves to the oldest generation in one step (freeze, then unfreeze):
        # else the collector, on again, starts with one search of all of it, some 15 ms.
        gc.freeze()
        gc.unfreeze()
        if aan:
            gc.enable()


def _documenten_van_een_dossier(argumenten: argparse.Namespace) -> None:
    from interview.stappen.documenten_maken import maak_documenten_van
    from interview.versieset import uitvoerslot

    pdf = opties.pdf_keuze(argumenten)
    werkmap = opties.werkmap(argumenten)
    plan = werkmap.lees_plan(argumenten.kenmerk, argumenten.planversie)
    map_ = argumenten.uitvoer / plan.dossier.kenmerk
    opties.meld_sjabloonkeuze(opties.sjabloonmap(argumenten))
    if pdf is not None:
        with uitvoerslot(map_, plan.dossier.kenmerk):
            paden, melding = _documenten_met_pdf(argumenten, werkmap, plan.versie, pdf)
    else:
        geschreven = maak_documenten_van(werkmap, plan, map_, argumenten.sjablonen)
        paden, melding = geschreven.documenten, geschreven.melding
    if melding:
        print(f"vplan: {melding}", file=sys.stderr)
    print(f"Dossier {plan.dossier.kenmerk}, planversie {plan.versie}:")
    for pad in paden:
        print(f"  {pad}")


def _documenten_met_pdf(argumenten: argparse.Namespace, werkmap: Werkmap, versie: int,
                        pdf: PdfKeuze) -> tuple[list[Path], str]:
    """One dossier through the bulk step, so its PDFs land in the same set as its documents; the
    paths written and the writer's line about an old set it kept."""
    from interview.bulk import Taak, vernieuw_reeks
    from interview.render.sjabloonmap import sjablonen_keuze

    taak = Taak(werkmap.pad, argumenten.kenmerk, argumenten.uitvoer,
                sjablonen_keuze(argumenten.sjablonen)[0], versie=versie)
    uitkomst = vernieuw_reeks([taak], pdf)[0]
    if uitkomst.fout:
        raise VplanFout(uitkomst.fout)
    versiemap = argumenten.uitvoer / argumenten.kenmerk / f"v{versie}"
    return sorted(pad for pad in versiemap.iterdir() if pad.suffix in (".docx", ".pdf")), uitkomst.melding


def _opnieuw(argumenten: argparse.Namespace) -> None:
    from interview.bulk import kies, opnieuw, verwijder_resten
    from interview.render.documenten import SOORTEN
    from interview.render.ingevuld import weiger_ingevulde_sjablonen
    from interview.render.sjabloonmap import kies_sjablonen, meegeleverde_sjablonen, sjablonen_keuze
    from interview.uitrol.vastleggen import vastgelegd

    if bool(argumenten.kenmerken) == argumenten.alle and not argumenten.verouderd:
        raise Gebruiksfout("Noem de kenmerken van de dossiers, of kies --alle of --verouderd "
                           "(niet kenmerken en --alle samen).")
    pdf = opties.pdf_keuze(argumenten)
    werkmap = opties.werkmap(argumenten)
    sjablonen = sjablonen_keuze(opties.sjabloonmap(argumenten))[0]
    weiger_ingevulde_sjablonen(kies_sjablonen(sjablonen, SOORTEN, meegeleverde_sjablonen()).paden.values())
    keuze = kies(werkmap, argumenten.kenmerken, argumenten.uitvoer, sjablonen, argumenten.verouderd)
    totaal = len({taak.kenmerk for taak in keuze.taken}) + len(keuze.actueel)
    if argumenten.proef:
        for taak in keuze.taken:
            print(f"  {taak.kenmerk}: {taak.reden}")
        print(f"{_dossiers(totaal)}: {_aantal(totaal - len(keuze.actueel))} opnieuw te maken, "
              f"{_aantal(len(keuze.actueel))} al actueel (proef: er is niets geschreven).")
        return
    verwijder_resten(argumenten.uitvoer, [*(taak.kenmerk for taak in keuze.taken), *keuze.actueel])
    processen = argumenten.processen or kernen()
    with vastgelegd(werkmap, argumenten.uitvoer, sjablonen, keuze.taken) as verslag, \
            _voortgang(len(keuze.taken)) as na_elk:
        uitkomsten = opnieuw(keuze.taken, processen, pdf, verslag.hoor(na_elk))
    _samenvatting(totaal, uitkomsten, len(keuze.actueel))


def _aantal(hoeveel: int) -> str:
    """'1.000': Dutch digit grouping (babel)."""
    from interview.rapport.getallen import getal

    return getal(hoeveel)


def _dossiers(hoeveel: int) -> str:
    """'1 dossier', '1.000 dossiers'."""
    from interview.rapport.getallen import aantal

    return aantal(hoeveel, "dossier", "dossiers")


@contextlib.contextmanager
def _voortgang(totaal: int) -> Iterator[Callable[[Uitkomst], None]]:
    """A progress bar on stderr (count, rate, time left); a failing dossier prints one line above it."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    balk = Progress(TextColumn("opnieuw"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[tempo]}"), TextColumn("nog"), TimeRemainingColumn(),
                    console=Console(stderr=True), transient=True)
    taak = balk.add_task("opnieuw", total=totaal, tempo="")

    def na_elk(uitkomst: Uitkomst) -> None:
        if uitkomst.fout:
            balk.console.print(f"vplan: {uitkomst.kenmerk}: {uitkomst.fout}", markup=False, highlight=False)
        if uitkomst.melding:
            balk.console.print(f"vplan: {uitkomst.melding}", markup=False, highlight=False)
        balk.advance(taak)
        tempo = balk.tasks[0].speed
        balk.update(taak, tempo=f"{tempo:.1f} dossiers/s" if tempo else "")

    with balk:
        yield na_elk


def _samenvatting(totaal: int, uitkomsten: list[Uitkomst], actueel: int) -> None:
    """`1.000 dossiers: 996 vernieuwd, 3 al actueel, 1 fout: VP-…`; exit code 1 when any failed."""
    fouten = list(dict.fromkeys(u.kenmerk for u in uitkomsten if u.fout))  # a dossier may have two tasks
    vernieuwd = {u.kenmerk for u in uitkomsten} - set(fouten)
    regel = (f"{_dossiers(totaal)}: {_aantal(len(vernieuwd))} vernieuwd, "
             f"{_aantal(actueel)} al actueel")
    if not fouten:
        print(f"{regel}, 0 fouten.")
        return
    genoemd = ", ".join(fouten[:5]) + (", …" if len(fouten) > 5 else "")
    raise VplanFout(f"{regel}, {_aantal(len(fouten))} {'fout' if len(fouten) == 1 else 'fouten'}: {genoemd}")
