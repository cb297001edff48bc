"""The session journal: one JSON line per answer, appended and fsynced before the next question.

Line 1 is a `begin` header (naming the dossier's kenmerk since issue 24), then `antwoord` lines,
then an `einde` line. Edits (back, review) append a new line for the same path; the last one
wins. Nothing is ever rewritten, except that a last line cut off by a crash is cut away before the
session continues: it was never a complete answer, and leaving it would turn the next line into a
corrupt one.

Which journal a run writes is the store's to hand out (interview.store.Journalen).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from interview.bestanden import kort_in, voeg_regel_toe
from interview.fouten import BeschadigdBestand
from interview.leesgrens import REGELS, lees_grens, ontleed_json, toon

SCHEMA_VERSIE = 1
ONVOLLEDIG = "De laatste, onvolledige regel van het gesprek is weggelaten; alles daarvoor is bewaard."


@dataclass(frozen=True)
class Journaalinhoud:
    """What a journal holds. `antwoorden` has the last answer per path, in the order first given.

    `einde` is None while the session is unfinished; `onvolledig` says a cut-off last line was
    dropped (tell the user ONVOLLEDIG); `lengte` is the byte length of the complete lines.
    """

    pad: Path
    vragenlijst: str
    persoon: str
    begin: str
    leeftijd: int | None = None
    antwoorden: dict[str, Any] = field(default_factory=dict)
    einde: str | None = None
    onvolledig: bool = False
    lengte: int = 0


def nu() -> str:
    """The current local time as an ISO string with offset, to the second."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def begin(pad: Path, vragenlijst: str, persoon: str, leeftijd: int | None = None) -> str:
    """Start a journal at `pad` with its header line; returns the start time.

    A file holding only a header cut off by a crash is emptied first; a real journal is never
    replaced (that would be a programming error, hence AssertionError).
    """
    assert lees_journaal(pad) is None, f"{pad} bevat al een gesprek"
    if pad.exists():
        kort_in(pad, 0)
    tijd = nu()
    kop: dict[str, Any] = {"schema_versie": SCHEMA_VERSIE, "soort": "begin", "vragenlijst": vragenlijst,
                           "persoon": persoon, "tijd": tijd}
    kenmerk = _dossier_van(pad)
    if kenmerk is not None:
        kop["kenmerk"] = kenmerk
    if leeftijd is not None:
        kop["leeftijd"] = leeftijd
    _schrijf(pad, kop)
    return tijd


def schrijf_antwoord(pad: Path, antwoordpad: str, antwoord: Any) -> None:
    """Append one answer and make it durable before returning."""
    schrijf_antwoorden(pad, [(antwoordpad, antwoord)])


def schrijf_antwoorden(pad: Path, antwoorden: Sequence[tuple[str, Any]]) -> None:
    """Append answers (path, answer) as one line each, in one write made durable before returning."""
    tijd = nu()
    _schrijf(pad, *({"soort": "antwoord", "pad": antwoordpad, "antwoord": antwoord, "tijd": tijd}
                    for antwoordpad, antwoord in antwoorden))


def sluit(pad: Path) -> str:
    """Append the closing line; returns the end time."""
    tijd = nu()
    _schrijf(pad, {"soort": "einde", "tijd": tijd})
    return tijd


def heropen(pad: Path) -> None:
    """Open a closed session again (its answers did not make a valid plan); nothing is rewritten."""
    _schrijf(pad, {"soort": "heropend", "tijd": nu()})


def _schrijf(pad: Path, *regels: dict[str, Any]) -> None:
    # ensure_ascii=False keeps the file readable; json escapes newlines, so one answer is one line
    # and several lines can go in one append (and one fsync).
    voeg_regel_toe(pad, "\n".join(json.dumps(regel, ensure_ascii=False) for regel in regels))


def lees_journaal(pad: Path) -> Journaalinhoud | None:
    """The journal at `pad`, or None when there is none yet (or not even a complete header).

    Raises BeschadigdBestand, naming the file and line number but never the content (it is
    personal data), when a line other than the last cannot be read, when the file is too large, or
    when its header names another dossier than the one whose `sessies/` holds it.
    """
    try:
        data = lees_grens(pad, REGELS)
    except FileNotFoundError:
        return None
    regels = data.split(b"\n")
    afgebroken = regels.pop() != b""  # a crash mid-write leaves a last line without newline
    gelezen: list[tuple[int, dict[str, Any]]] = []
    lengte = 0
    for nummer, ruw in enumerate(regels, 1):
        regel = journaalregel(ruw)
        if regel is None and nummer == len(regels) and not afgebroken:
            afgebroken = True
            break
        if regel is None:
            raise BeschadigdBestand(
                f"Het gespreksverslag {_naam(pad)} is beschadigd op regel {nummer}; "
                "het kan niet worden voortgezet of samengevoegd."
            )
        gelezen.append((nummer, regel))
        lengte += len(ruw) + 1
    return _inhoud(pad, gelezen, afgebroken, lengte)


def herstel(inhoud: Journaalinhoud) -> None:
    """Cut a dropped last line off the file, so that the next answer starts on a line of its own."""
    if inhoud.onvolledig:
        kort_in(inhoud.pad, inhoud.lengte)


def journaalregel(ruw: bytes) -> dict[str, Any] | None:
    """One journal line, or None when it is not a well-formed one."""
    try:
        regel = ontleed_json(ruw)
    except ValueError:  # also bad UTF-8 and nesting beyond the limit
        return None
    if not isinstance(regel, dict) or regel.get("soort") not in ("begin", "antwoord", "einde", "heropend"):
        return None
    if regel["soort"] == "antwoord" and (not isinstance(regel.get("pad"), str) or "antwoord" not in regel):
        return None
    return regel


def _inhoud(pad: Path, gelezen: list[tuple[int, dict[str, Any]]], afgebroken: bool,
            lengte: int) -> Journaalinhoud | None:
    if not gelezen:
        return None
    nummer, kop = gelezen[0]
    if kop["soort"] != "begin":
        raise BeschadigdBestand(
            f"Het gespreksverslag {_naam(pad)} begint niet met een kopregel (regel {nummer}).")
    if kop.get("schema_versie") != SCHEMA_VERSIE:
        raise BeschadigdBestand(
            f"Het gespreksverslag {_naam(pad)} heeft schemaversie {_getal(kop.get('schema_versie'))}; "
            f"deze versie van vplan leest versie {SCHEMA_VERSIE}."
        )
    _controleer_dossier(pad, kop)
    antwoorden: dict[str, Any] = {}
    einde = None
    for nummer, regel in gelezen[1:]:
        if regel["soort"] == "begin":
            raise BeschadigdBestand(
                f"Het gespreksverslag {_naam(pad)} heeft een tweede kopregel op regel {nummer}.")
        if regel["soort"] == "antwoord":
            antwoorden[regel["pad"]] = regel["antwoord"]
        elif regel["soort"] == "heropend":
            einde = None
        else:
            einde = str(regel.get("tijd", ""))
    leeftijd = kop.get("leeftijd")
    return Journaalinhoud(
        pad=pad, vragenlijst=str(kop.get("vragenlijst", "")), persoon=str(kop.get("persoon", "")),
        begin=str(kop.get("tijd", "")), leeftijd=leeftijd if isinstance(leeftijd, int) else None,
        antwoorden=antwoorden, einde=einde, onvolledig=afgebroken, lengte=lengte,
    )


def _dossier_van(pad: Path) -> str | None:
    """The kenmerk of the dossier whose `sessies/` holds `pad`; None elsewhere (`.nieuw/`, a test folder)."""
    return pad.parent.parent.name if pad.parent.name == "sessies" else None


def _naam(pad: Path) -> str:
    """The journal's name for a message: from its dossier's folder on (`VP-A/sessies/gesprek-001.jsonl`)."""
    return toon(pad, pad.parents[2]) if _dossier_van(pad) is not None else str(pad)


def _controleer_dossier(pad: Path, kop: dict[str, Any]) -> None:
    """Refuse a journal copied in from another dossier: its answers would be merged into this family's plan.

    Journals from before issue 24 name no kenmerk and stay readable.
    """
    eigen, genoemd = _dossier_van(pad), kop.get("kenmerk")
    if eigen is not None and genoemd is not None and genoemd != eigen:
        raise BeschadigdBestand(
            f"Het gespreksverslag {_naam(pad)} hoort bij een ander dossier dan {eigen}; het wordt niet "
            "gelezen of samengevoegd. Is de map sessies/ uit een ander dossier gekopieerd? Haal het bestand "
            "daar weg; er is niets veranderd."
        )


def _getal(waarde: object) -> str:
    """A stored version number for a message; any other value may be a family's data and is not shown."""
    return str(waarde) if type(waarde) is int else "onbekend"
