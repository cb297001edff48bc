"""The werkmap: one folder per dossier, immutable plan versions, a lock per dossier.

Layout of a dossier folder (all files 0600, folders 0700):

    <werkmap>/<kenmerk>/dossier.json          the dossier as created (never rewritten)
    <werkmap>/<kenmerk>/plannen/plan-v1.json   plan versions, never overwritten
    <werkmap>/<kenmerk>/sessies/               journals: dossier.jsonl, gesprek-001.jsonl, ...,
                                               conflicten.jsonl, netwerkberaad.jsonl
    <werkmap>/<kenmerk>/.slot                  dossier lock (flock; shared during sessions)
    <werkmap>/<kenmerk>/.slot-<hash>           one person's session lock
    <werkmap>/.nieuw/                          `vplan nieuw` journals until the kenmerk is valid

Every JSON file carries `schema_versie`, so a later vplan can read or refuse it knowingly.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from interview.bestanden import maak_map, schrijf_atomisch, schrijf_nieuw
from interview.fouten import (
    BeschadigdBestand,
    DossierBestaatAl,
    DossierBezet,
    DossierNietGevonden,
    OngeldigeInvoer,
)
from interview.model import SCHEMA_VERSIE, Dossier, Plan
from interview.model.types import KENMERK_PATROON

WERKMAP_VARIABELE = "VPLAN_WERKMAP"
PLANBESTAND = re.compile(r"^plan-v(\d+)\.json$")


def kies_werkmap(gekozen: Path | None) -> Path:
    """--werkmap, else $VPLAN_WERKMAP, else a private folder in the user's data directory."""
    if gekozen is not None:
        return gekozen
    uit_omgeving = os.environ.get(WERKMAP_VARIABELE)
    if uit_omgeving:
        return Path(uit_omgeving)
    return Path.home() / ".local" / "share" / "vplan" / "werkmap"


def controleer_kenmerk(kenmerk: str) -> str:
    """A kenmerk names a folder: refuse anything that could leave the werkmap."""
    if not KENMERK_PATROON.fullmatch(kenmerk):
        raise OngeldigeInvoer(
            f"Ongeldig kenmerk '{kenmerk}': gebruik alleen letters, cijfers, '-' en '_', hoogstens "
            "64 tekens (bijvoorbeeld VP-2026-0042)."
        )
    return kenmerk


class Werkmap:
    """All dossiers of one worker or team, on disk."""

    def __init__(self, pad: Path) -> None:
        self.pad = pad

    def dossier_map(self, kenmerk: str) -> Path:
        return self.pad / controleer_kenmerk(kenmerk)

    def kenmerken(self) -> list[str]:
        if not self.pad.is_dir():
            return []
        return sorted(p.name for p in self.pad.iterdir() if (p / "dossier.json").is_file())

    def bestaat(self, kenmerk: str) -> bool:
        return (self.dossier_map(kenmerk) / "dossier.json").is_file()

    def maak_dossier(self, dossier: Dossier) -> None:
        """Store a new dossier; an existing one with the same kenmerk is never replaced."""
        if self.bestaat(dossier.kenmerk):
            raise DossierBestaatAl(
                f"Dossier {dossier.kenmerk} bestaat al in {self.pad}; er is niets veranderd."
            )
        self.schrijf_dossier(dossier)

    def schrijf_dossier(self, dossier: Dossier) -> None:
        inhoud = {"schema_versie": SCHEMA_VERSIE, "dossier": dossier.model_dump(mode="json")}
        schrijf_atomisch(self.dossier_map(dossier.kenmerk) / "dossier.json", _json(inhoud))

    def lees_dossier(self, kenmerk: str) -> Dossier:
        pad = self._bestaand(kenmerk) / "dossier.json"
        gegevens = _lees_json(pad)
        _controleer_schema(pad, gegevens)
        try:
            dossier = Dossier.model_validate(gegevens["dossier"])
        except (KeyError, TypeError, ValidationError) as fout:
            raise _beschadigd(pad) from fout
        if dossier.kenmerk != kenmerk:
            # Sessions and plans would land under one kenmerk and be stored under the other.
            raise BeschadigdBestand(
                f"{pad} noemt kenmerk {dossier.kenmerk}, maar staat in de map van dossier {kenmerk}. "
                "Is de map hernoemd of het bestand verplaatst? Geef map en kenmerk weer dezelfde naam; "
                "er is niets veranderd."
            )
        return dossier

    def versies(self, kenmerk: str) -> list[int]:
        plannen = self._bestaand(kenmerk) / "plannen"
        if not plannen.is_dir():
            return []
        gevonden = (PLANBESTAND.match(p.name) for p in plannen.iterdir())
        return sorted(int(m.group(1)) for m in gevonden if m)

    def bewaar_plan(self, plan: Plan) -> Path:
        """Store a plan version; a version that exists is never overwritten."""
        kenmerk = plan.dossier.kenmerk
        pad = self._bestaand(kenmerk) / "plannen" / f"plan-v{plan.versie}.json"
        try:
            schrijf_nieuw(pad, _json(plan.model_dump(mode="json")))
        except FileExistsError:
            raise DossierBestaatAl(
                f"Planversie {plan.versie} van dossier {kenmerk} bestaat al en wordt niet "
                "overschreven; een wijziging wordt een nieuwe versie."
            ) from None
        return pad

    def lees_plan(self, kenmerk: str, versie: int | None = None) -> Plan:
        """The given plan version, or the newest."""
        bestaande = self.versies(kenmerk)
        if not bestaande:
            raise DossierNietGevonden(f"Dossier {kenmerk} heeft nog geen planversie.")
        if versie is None:
            versie = bestaande[-1]
        if versie not in bestaande:
            beschikbaar = ", ".join(str(v) for v in bestaande)
            raise DossierNietGevonden(
                f"Dossier {kenmerk} heeft geen planversie {versie} (wel: {beschikbaar})."
            )
        pad = self.dossier_map(kenmerk) / "plannen" / f"plan-v{versie}.json"
        gegevens = _lees_json(pad)
        _controleer_schema(pad, gegevens)
        self.lees_dossier(kenmerk)  # a broken dossier.json is reported, not rendered around
        try:
            plan = Plan.model_validate(gegevens)
        except ValidationError as fout:
            raise _beschadigd(pad) from fout
        if plan.versie != versie or plan.dossier.kenmerk != kenmerk:
            # Never render one family's plan under another kenmerk or version.
            raise BeschadigdBestand(
                f"{pad} hoort niet bij dossier {kenmerk}, planversie {versie}: de inhoud noemt een "
                "ander kenmerk of een andere versie. Er is niets veranderd."
            )
        return plan

    def sessie_map(self, kenmerk: str) -> Path:
        map_ = self._bestaand(kenmerk) / "sessies"
        maak_map(map_)
        return map_

    def slot(self, kenmerk: str) -> contextlib.AbstractContextManager[None]:
        """Hold the dossier's lock; a second process gets a clear message instead of waiting."""
        return _slot(self.dossier_map(kenmerk) / ".slot", f"Dossier {kenmerk} is in gebruik door een "
                     "ander vplan-proces (bijvoorbeeld een gesprek of het netwerkberaad). Rond dat eerst "
                     "af en probeer het dan opnieuw.")

    @contextlib.contextmanager
    def gesprekslot(self, kenmerk: str, sleutel: str, naam: str) -> Iterator[None]:
        """One person's session: other people's sessions may run at the same time, the same
        person's not, and nothing that changes the whole dossier (the netwerkberaad) either."""
        map_ = self.dossier_map(kenmerk)
        with _slot(map_ / ".slot", f"Dossier {kenmerk} is in gebruik voor het netwerkberaad of een "
                   "andere wijziging van het hele dossier. Rond dat eerst af.", gedeeld=True), \
                _slot(map_ / f".slot-{sleutel}", f"Het gesprek met {naam} is al geopend in een ander "
                      "vplan-proces. Rond dat eerst af (of sluit het met Ctrl-C)."):
            yield

    @property
    def nieuw_map(self) -> Path:
        """Where `vplan nieuw` keeps its journal until the kenmerk is known and valid."""
        return self.pad / ".nieuw"

    def slot_nieuw(self, journaal: Path) -> contextlib.AbstractContextManager[None]:
        """The lock on one dossier being created with `vplan nieuw` (its kenmerk is not known yet)."""
        return _slot(journaal.with_suffix(".slot"), "Dit nieuwe dossier wordt al ingevuld in een ander "
                     "vplan-proces.")

    def _bestaand(self, kenmerk: str) -> Path:
        if not self.bestaat(kenmerk):
            raise DossierNietGevonden(
                f"Dossier {kenmerk} bestaat niet in werkmap {self.pad}.",
                [f"bekende dossiers: {', '.join(self.kenmerken()) or 'geen'}"],
            )
        return self.dossier_map(kenmerk)


@contextlib.contextmanager
def _slot(bestand: Path, bezet: str, gedeeld: bool = False) -> Iterator[None]:
    """flock on `bestand`, without waiting: exclusive, or shared with other shared holders."""
    maak_map(bestand.parent)
    descriptor = os.open(bestand, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(descriptor, (fcntl.LOCK_SH if gedeeld else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            raise DossierBezet(bezet) from None
        yield
    finally:
        os.close(descriptor)


def _json(gegevens: Any) -> bytes:
    return json.dumps(gegevens, ensure_ascii=False, indent=2, sort_keys=False).encode("utf-8")


def _lees_json(pad: Path) -> dict[str, Any]:
    try:
        gegevens = json.loads(pad.read_bytes())
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as fout:
        raise _beschadigd(pad) from fout
    if not isinstance(gegevens, dict):
        raise _beschadigd(pad)
    return gegevens


def _controleer_schema(pad: Path, gegevens: dict[str, Any]) -> None:
    versie = gegevens.get("schema_versie")
    if versie is None:
        raise BeschadigdBestand(f"{pad} heeft geen schemaversie; het is geen bestand van vplan "
                                "of het is beschadigd. Er is niets veranderd.")
    if versie != SCHEMA_VERSIE:
        raise BeschadigdBestand(
            f"{pad} heeft schemaversie {versie!r}; deze vplan leest versie {SCHEMA_VERSIE}. "
            "Er is niets veranderd."
        )


def _beschadigd(pad: Path) -> BeschadigdBestand:
    # Name the file only: its content is a family's personal data.
    return BeschadigdBestand(
        f"Bestand {pad} is beschadigd of onleesbaar; er is niets veranderd. "
        "Zet een reservekopie terug of neem contact op met de beheerder."
    )
