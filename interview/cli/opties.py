"""The options many commands share, defined once, and how a handler reads them back."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from interview.fouten import GeenTerminal
from interview.opdrachtregel import Parser

if TYPE_CHECKING:  # imported where used, so `vplan --help` starts fast
    from interview.bulk import PdfKeuze
    from interview.conduct import Prompter
    from interview.store import Werkmap

    Opdrachten: TypeAlias = argparse._SubParsersAction[Parser]

STANDAARD_UITVOER = Path("output")


def voeg_kenmerk_toe(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kenmerk", metavar="KENMERK", help="kenmerk van het dossier")


def voeg_werkmap_toe(parser: argparse.ArgumentParser) -> None:
    """Every command that opens the dossier store takes --werkmap, defined here once."""
    parser.add_argument(
        "--werkmap", type=Path, default=None, metavar="MAP",
        help="map met de dossiers (standaard: $VPLAN_WERKMAP, anders werkmap in de gegevensmap van vplan, "
        "op Linux ~/.local/share/vplan/werkmap)",
    )


def voeg_uitvoer_toe(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--uitvoer", type=Path, default=STANDAARD_UITVOER, metavar="MAP",
                        help="map voor de documenten (standaard: output)")


def voeg_antwoorden_toe(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--antwoorden", type=Path, default=None, metavar="BESTAND",
        help="neem de antwoorden uit dit YAML-bestand (per vraag-id); wat ontbreekt, wordt gevraagd",
    )


def voeg_sjablonen_toe(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sjablonen", type=Path, default=None, metavar="MAP",
        help="map met eigen sjablonen, alleen voor deze opdracht (standaard: $VPLAN_SJABLONEN, anders "
        "de map van de werkmap (vplan sjablonen gebruik), anders de meegeleverde sjablonen)",
    )


def voeg_pdf_toe(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pdf", action="store_true",
                        help="maak naast elk Word-document ook een PDF (met LibreOffice)")
    parser.add_argument("--pdf-a", action="store_true",
                        help="maak de PDF als PDF/A-2, voor het archief van het dossier (houdt --pdf in)")


def voeg_planversie_toe(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--planversie", type=positief_getal, default=None, metavar="N",
                        help="welke planversie (standaard: de nieuwste)")


def voeg_uitvoer_keuze_toe(parser: argparse.ArgumentParser) -> None:
    vorm = parser.add_mutually_exclusive_group()
    vorm.add_argument("--csv", action="store_true", help="als CSV (puntkomma's) voor scripts en spreadsheets")
    vorm.add_argument("--json", action="store_true", help="als JSON voor scripts")


def datum(tekst: str) -> dt.date:
    """A date as Dutch users type it (20-11-2026) or ISO (2026-11-20)."""
    for vorm in ("%d-%m-%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(tekst.strip(), vorm).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"'{tekst}' is geen datum; schrijf bijvoorbeeld 20-11-2026")


def positief_getal(tekst: str) -> int:
    """A count or version number, 1 or more; argparse tells any other text in Dutch and exits 2."""
    try:
        getal = int(tekst)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{tekst}' is geen geheel getal") from None
    if getal < 1:
        raise argparse.ArgumentTypeError(f"{getal} kan niet: het moet 1 of meer zijn")
    return getal


def duur(tekst: str) -> int:
    """A duration as the worker types it (45m, 1u30, 1,5u), in minutes."""
    from interview.rapport.tijdtelling import lees_duur

    try:
        return lees_duur(tekst)
    except ValueError as fout:
        raise argparse.ArgumentTypeError(str(fout)) from None


def tijdsoort(tekst: str) -> str:
    """--soort of `vplan tijd`: one of the plan model's kinds of time, checked while parsing so a typo
    is a usage mistake (exit 2) with "Bedoelt u …?"."""
    from typing import get_args

    from interview.gelijkend import bedoelt_u, gelijkend
    from interview.model.tijd import Tijdsoort

    soorten: tuple[str, ...] = get_args(Tijdsoort)
    if tekst in soorten:
        return tekst
    hoe = bedoelt_u(gelijkend(tekst, soorten)) or f"Kies uit: {', '.join(soorten)}."
    raise argparse.ArgumentTypeError(f"onbekende soort '{tekst}'. {hoe}")


def werkmap(argumenten: argparse.Namespace) -> Werkmap:
    """The werkmap the command works in. Every command that opens a dossier comes through here,
    so this is the one place that finishes a version a stopped run left without documents, and
    warns when its directe-veiligheid termijn passed unreached."""
    from interview.stappen.documenten_maken import maak_af
    from interview.stappen.looptijd import termijnmelding
    from interview.store import Werkmap, kies_werkmap

    gekozen = Werkmap(kies_werkmap(argumenten.werkmap))
    kenmerk = getattr(argumenten, "kenmerk", None)
    for genoemd in [kenmerk] if kenmerk else getattr(argumenten, "kenmerken", None) or []:
        maak_af(gekozen, genoemd, _meld)
    melding = termijnmelding(gekozen, kenmerk, dt.date.today()) if kenmerk else None
    if melding:
        print(f"vplan: {melding}", file=sys.stderr)
    return gekozen


def _meld(regel: str) -> None:
    """A line about the dossier beside the command's own output (on stderr: CSV and JSON stay clean)."""
    print(f"vplan: {regel}", file=sys.stderr)


def prompter(argumenten: argparse.Namespace) -> Prompter | None:
    """The keyboard, if there is one; without a terminal only an answers file can answer."""
    from interview.conduct import QuestionaryPrompter, heeft_terminal

    if heeft_terminal():
        return QuestionaryPrompter()
    if argumenten.antwoorden is None:
        raise GeenTerminal(
            "Er is geen terminal om vragen op te stellen. Geef de antwoorden mee met "
            "--antwoorden BESTAND, of start vplan in een terminal."
        )
    return None


def pdf_keuze(argumenten: argparse.Namespace) -> PdfKeuze | None:
    """--pdf / --pdf-a, after checking LibreOffice is there, so nothing starts that cannot finish."""
    if not (argumenten.pdf or argumenten.pdf_a):
        return None
    from interview.bulk import PdfKeuze  # only when asked: `vplan documenten` starts faster without
    from interview.render.pdf import soffice

    soffice()
    return PdfKeuze(pdf_a=argumenten.pdf_a)


def sjabloonmap(argumenten: argparse.Namespace, gekozen: Path | None = None) -> Path | None:
    """The template folder this command renders with (None: the shipped templates), chosen once:
    `gekozen` or --sjablonen, $VPLAN_SJABLONEN, the werkmap's folder (interview.werkmapinstellingen).

    Also put in `argumenten.sjablonen`, so every later use sees the same choice; an option or variable
    that overrides the werkmap's folder is told once on stderr.
    """
    from interview.store import kies_werkmap
    from interview.werkmapinstellingen import gebruikte_sjabloonmap

    if not hasattr(argumenten, "sjabloonbron"):
        bron = gebruikte_sjabloonmap(kies_werkmap(getattr(argumenten, "werkmap", None)),
                                     gekozen or getattr(argumenten, "sjablonen", None))
        if bron.melding:
            print(f"vplan: {bron.melding}", file=sys.stderr)
        argumenten.sjabloonbron, argumenten.sjablonen = bron, bron.map
    map_: Path | None = argumenten.sjablonen
    return map_


def meld_sjabloonkeuze(sjablonen: Path | None) -> None:
    """Tell which shipped template stands in for one missing from the team folder (--sjablonen)."""
    from interview.render.documenten import SOORTEN
    from interview.render.sjabloonmap import kies_sjablonen, meegeleverde_sjablonen

    for melding in kies_sjablonen(sjablonen, SOORTEN, meegeleverde_sjablonen()).meldingen:
        print(f"Let op: {melding}")
