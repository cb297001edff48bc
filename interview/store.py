"""The werkmap: one folder per dossier, immutable plan versions, a lock per dossier.

Layout of a dossier folder (all files 0600, folders 0700):

    <werkmap>/<kenmerk>/dossier.json          the dossier as created (never rewritten)
    <werkmap>/<kenmerk>/plannen/plan-v1.json   plan versions, never overwritten
    <werkmap>/<kenmerk>/vaststelling.jsonl     signatures per version, append-only
    <werkmap>/<kenmerk>/verspreiding.jsonl     who received which version, append-only
                                               (why beside the plans: interview/model/vaststelling.py)
    <werkmap>/<kenmerk>/tijd.jsonl             time a worker adds, append-only (interview/rapport/tijd.py)
    <werkmap>/<kenmerk>/sessies/               journals: dossier.jsonl, gesprek-001.jsonl, ...,
                                               conflicten.jsonl, netwerkberaad.jsonl
    <werkmap>/<kenmerk>/.slot                  dossier lock (flock; shared during sessions)
    <werkmap>/<kenmerk>/.slot-persoon-003      one person's session lock, by their place in the dossier
    <werkmap>/.nieuw/                          `vplan nieuw` journals until the kenmerk is valid

Nothing here is written through a symbolic link (see interview.bestanden). The store hands out the
journals (`Journalen`): a new one of a series is claimed atomically, so the steps name no file.

Every JSON file carries `schema_versie`, so a later vplan can read or refuse it knowingly.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

from interview.bestanden import (
    maak_leeg,
    maak_map,
    schrijf_atomisch,
    schrijf_nieuw,
    vergrendel,
    voeg_regel_toe,
)
from interview.fouten import (
    BeschadigdBestand,
    DossierBestaatAl,
    DossierNietGevonden,
    OngeldigeInvoer,
    geen_toestemming,
)
from interview.gelijkend import KENMERK_GELIJKENIS, bedoelt_u, gelijkend
from interview.leesgrens import PLAN, REGELS, beschadigd, json_regels, lees_json_object, toon
from interview.model import SCHEMA_VERSIE, Dossier, Plan
from interview.model.migraties import kan_migreren, migreer
from interview.model.types import KENMERK_PATROON
from interview.model.vaststelling import Handtekening, Ontvangst
from interview.systeem import datamap, pad_van_gebruiker

WERKMAP_VARIABELE = "VPLAN_WERKMAP"
PLANBESTAND = re.compile(r"^plan-v(\d+)\.json$")
OUD_PERSOONSSLOT = re.compile(r"\.slot-[0-9a-f]{16}")
VASTSTELLING = "vaststelling.jsonl"
VERSPREIDING = "verspreiding.jsonl"
Record = TypeVar("Record", Handtekening, Ontvangst)


def kies_werkmap(gekozen: Path | None) -> Path:
    """--werkmap, else $VPLAN_WERKMAP, else a private folder in the user's data directory."""
    return werkmap_keuze(gekozen)[0]


def werkmap_keuze(gekozen: Path | None) -> tuple[Path, str]:
    """The werkmap in use and where that choice came from: "--werkmap", "$VPLAN_WERKMAP" or "standaard".

    A `~` the shell left alone (quoted) is the home folder all the same, never a folder named `~`.
    """
    uit_omgeving = os.environ.get(WERKMAP_VARIABELE)
    if gekozen is not None:
        return pad_van_gebruiker(str(gekozen)), "--werkmap"
    if uit_omgeving:
        return pad_van_gebruiker(uit_omgeving), f"${WERKMAP_VARIABELE}"
    return datamap() / "werkmap", "standaard"


def controleer_kenmerk(kenmerk: str) -> str:
    """A kenmerk names a folder: refuse anything that could leave the werkmap."""
    if not KENMERK_PATROON.fullmatch(kenmerk):
        raise OngeldigeInvoer(
            f"Ongeldig kenmerk '{kenmerk}': gebruik alleen letters, cijfers, '-' en '_', hoogstens "
            "64 tekens (bijvoorbeeld VP-2026-0042)."
        )
    return kenmerk


class Journalen:
    """The session journals of one folder: a dossier's `sessies/`, or `.nieuw/` while dossiers are made.

    A series (`gesprek`, `evaluatie-v2`) holds numbered journals (`gesprek-003.jsonl`), each claimed
    before anything is asked; the fixed ones (`netwerkberaad.jsonl`) are named by `vast`.
    """

    def __init__(self, map_: Path) -> None:
        self.map = map_

    def reserveer(self, soort: str) -> Path:
        """Claim a new, empty journal `<soort>-NNN.jsonl` and return its path.

        The file is created atomically on the next free number (O_CREAT|O_EXCL), so two runs started
        at the same moment never share one; a number another run took in the meantime is skipped.
        """
        nummer = max(self._nummers(soort), default=0) + 1
        while not maak_leeg(self.map / f"{soort}-{nummer:03d}.jsonl"):
            nummer += 1
        return self.map / f"{soort}-{nummer:03d}.jsonl"

    def genummerd(self, soort: str) -> list[Path]:
        """The journals of `soort` in the order they were claimed (by number, not as text).

        Names from before numbering (`dossier-20261125-090000-123.jsonl`) come first, in their own order.
        """
        def volgorde(pad: Path) -> tuple[int, str]:
            nummer = _nummer(pad, soort)
            return (-1 if nummer is None else nummer, pad.name)

        return sorted(self.map.glob(f"{soort}-*.jsonl"), key=volgorde)

    def vast(self, naam: str) -> Path:
        """The journal of fixed name `naam` (`netwerkberaad`, `conflicten`, `gesprek-003`), made or not."""
        return self.map / f"{naam}.jsonl"

    def neem_op(self, journaal: Path, naam: str) -> None:
        """Move a journal kept elsewhere (a new dossier's, in `.nieuw/`) in under its fixed name."""
        os.replace(journaal, self.vast(naam))

    def geschreven_na(self, moment: dt.datetime) -> set[str]:
        """The names (without .jsonl) of the journals last written after `moment`, to the file
        system's precision: a session ended when its closing line was written."""
        return {pad.stem for pad in self.map.glob("*.jsonl") if Werkmap.geschreven_op(pad) > moment}

    def _nummers(self, soort: str) -> list[int]:
        gevonden = (_nummer(pad, soort) for pad in self.map.glob(f"{soort}-*.jsonl"))
        return [nummer for nummer in gevonden if nummer is not None]


def geef_terug(journaal: Path) -> None:
    """Remove a claimed journal that is still empty: the run stopped before its header was written
    (a header that fails to write is cut away again, see voeg_regel_toe)."""
    with contextlib.suppress(FileNotFoundError):
        if journaal.lstat().st_size == 0:
            journaal.unlink()


def _nummer(pad: Path, soort: str) -> int | None:
    gevonden = re.fullmatch(rf"{re.escape(soort)}-(\d+)\.jsonl", pad.name)
    return int(gevonden.group(1)) if gevonden else None


RECORD_NIET_BEWAARD = ("Dit oordeel of deze ontvangst is niet vastgelegd; wat vplan eerder als vastgelegd "
                       "meldde, staat er wel. Kijk met: vplan verstuurd {kenmerk}, en geef de opdracht "
                       "opnieuw als dit is opgelost.")
"""What a full disk means while a signature or a receipt is appended (not a session's answer)."""

class Werkmap:
    """All dossiers of one worker or team, on disk."""

    def __init__(self, pad: Path) -> None:
        self.pad = pad

    def dossier_map(self, kenmerk: str) -> Path:
        return self.pad / controleer_kenmerk(kenmerk)

    def kenmerken(self) -> list[str]:
        """The werkmap's dossiers, sorted. A dossier folder closed to this user is one of them: the
        command that opens it says so (GeenToestemming), and a report does not silently leave it out."""
        if not self.pad.is_dir():
            return []
        # os.scandir rather than Path.iterdir: `vplan overzicht` lists thousands of dossiers on every run.
        return sorted(ingang.name for ingang in os.scandir(self.pad) if _is_dossiermap(Path(ingang.path)))

    def bestaat(self, kenmerk: str) -> bool:
        """Whether the werkmap holds this dossier; GeenToestemming when its folder is closed to this user."""
        try:
            return (self.dossier_map(kenmerk) / "dossier.json").is_file()
        except PermissionError as fout:
            raise geen_toestemming(f"dossier {kenmerk}") from fout

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
        gegevens = lees_json_object(pad, basis=self.pad)
        self._controleer_schema(pad, gegevens)
        try:
            dossier = Dossier.model_validate(migreer(gegevens)["dossier"])
        except (KeyError, TypeError, ValueError, AttributeError) as fout:  # ValidationError is a ValueError
            raise self._beschadigd(pad) from fout
        if dossier.kenmerk != kenmerk:
            # Sessions and plans would land under one kenmerk and be stored under the other.
            raise BeschadigdBestand(
                # The other kenmerk is not shown: any stored value may be a name (issue 24, item 7).
                f"{toon(pad, self.pad)} noemt een ander kenmerk, maar staat in de map van dossier {kenmerk}. "
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

    def bewaard_op(self, kenmerk: str, versie: int) -> dt.datetime:
        """When a plan version was stored (its file is written once, so this is its creation time).

        Sessions that ended after this moment count for the next version.
        """
        return self.geschreven_op(self._bestaand(kenmerk) / "plannen" / f"plan-v{versie}.json")

    @staticmethod
    def geschreven_op(pad: Path) -> dt.datetime:
        """When the file at `pad` was last written, to the file system's precision."""
        return dt.datetime.fromtimestamp(pad.stat().st_mtime_ns / 1e9).astimezone()

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
        gegevens = lees_json_object(pad, PLAN, self.pad)
        self._controleer_schema(pad, gegevens)
        self.lees_dossier(kenmerk)  # a broken dossier.json is reported, not rendered around
        try:
            plan = Plan.model_validate(migreer(gegevens))
        except (KeyError, TypeError, ValueError, AttributeError) as fout:  # ValidationError is a ValueError
            raise self._beschadigd(pad) from fout
        if plan.versie != versie or plan.dossier.kenmerk != kenmerk:
            # Never render one family's plan under another kenmerk or version.
            raise BeschadigdBestand(
                f"{toon(pad, self.pad)} hoort niet bij dossier {kenmerk}, planversie {versie}: de inhoud "
                "noemt een ander kenmerk of een andere versie. Er is niets veranderd."
            )
        return plan

    def voeg_handtekening_toe(self, kenmerk: str, handtekening: Handtekening) -> None:
        """Record one person's answer to a stored version; earlier answers stay in the file."""
        self._voeg_record_toe(kenmerk, VASTSTELLING, handtekening)

    def handtekeningen(self, kenmerk: str) -> list[Handtekening]:
        """Every recorded answer of the dossier, oldest first (empty if nobody signed yet)."""
        return self._lees_records(kenmerk, VASTSTELLING, Handtekening)

    def voeg_ontvangst_toe(self, kenmerk: str, ontvangst: Ontvangst) -> None:
        """Record that someone received a stored version."""
        self._voeg_record_toe(kenmerk, VERSPREIDING, ontvangst)

    def ontvangsten(self, kenmerk: str) -> list[Ontvangst]:
        """Every recorded receipt of the dossier, oldest first."""
        return self._lees_records(kenmerk, VERSPREIDING, Ontvangst)

    def _voeg_record_toe(self, kenmerk: str, naam: str, record: Handtekening | Ontvangst) -> None:
        if record.versie not in self.versies(kenmerk):
            raise DossierNietGevonden(f"Dossier {kenmerk} heeft geen planversie {record.versie}.")
        self.leesbaar(kenmerk)
        regel = json.dumps({"schema_versie": SCHEMA_VERSIE, **record.model_dump(mode="json")},
                           ensure_ascii=False)
        voeg_regel_toe(self.dossier_map(kenmerk) / naam, regel,
                       gevolg=RECORD_NIET_BEWAARD.format(kenmerk=kenmerk))

    def _lees_records(self, kenmerk: str, naam: str, soort: type[Record]) -> list[Record]:
        pad = self._bestaand(kenmerk) / naam
        if not pad.exists():
            return []
        records = []
        for nummer, gegevens in json_regels(pad, REGELS, self.pad):
            if not isinstance(gegevens, dict):
                raise self._beschadigd(pad, nummer)
            self._controleer_schema(pad, gegevens)
            try:
                inhoud = {k: v for k, v in migreer(gegevens).items() if k != "schema_versie"}
                records.append(soort.model_validate(inhoud))
            except (KeyError, TypeError, ValueError, AttributeError) as fout:
                raise self._beschadigd(pad, nummer) from fout
        return records

    def leesbaar(self, kenmerk: str) -> None:
        """Raise BeschadigdBestand unless both append-only record files can be read back.

        A command that appends to one of them checks both first, so it never adds a line and then
        fails on the other (issue 24, item 4).
        """
        self.handtekeningen(kenmerk)
        self.ontvangsten(kenmerk)

    def journalen(self, kenmerk: str) -> Journalen:
        """The dossier's session journals (their folder is made when missing)."""
        map_ = sessiemap(self._bestaand(kenmerk))
        maak_map(map_)
        return Journalen(map_)

    @contextlib.contextmanager
    def slot(self, kenmerk: str) -> Iterator[None]:
        """Hold the dossier's lock; a second process gets a clear message instead of waiting.

        While it is held no session runs, so person locks named the old way (`.slot-<hash of the
        first name>`, which a list of names reverses) can be swept away safely.
        """
        map_ = self.dossier_map(kenmerk)
        with vergrendel(map_ / ".slot", f"Dossier {kenmerk} is in gebruik door een ander vplan-proces "
                   "(bijvoorbeeld een gesprek of het netwerkberaad). Rond dat eerst af en probeer het "
                   "dan opnieuw."):
            for oud in map_.glob(".slot-*"):
                if OUD_PERSOONSSLOT.fullmatch(oud.name):
                    oud.unlink(missing_ok=True)
            yield

    @contextlib.contextmanager
    def gesprekslot(self, dossier: Dossier, naam: str) -> Iterator[None]:
        """One person's session: other people's sessions may run at the same time, the same
        person's not, and nothing that changes the whole dossier (the netwerkberaad) either.

        The person's lock file is named by their place in the dossier (`.slot-persoon-003`), never
        by their name or a hash of it: dossier.json is never rewritten, so the number is stable.
        """
        map_ = self.dossier_map(dossier.kenmerk)
        nummer = list(dossier.personen).index(naam) + 1
        dossier_bezet = (f"Dossier {dossier.kenmerk} is in gebruik voor het netwerkberaad of een andere "
                         "wijziging van het hele dossier. Rond dat eerst af.")
        persoon_bezet = (f"Het gesprek met {naam} is al geopend in een ander vplan-proces. Rond dat eerst "
                         "af (of sluit het met Ctrl-C).")
        with vergrendel(map_ / ".slot", dossier_bezet, gedeeld=True), \
                vergrendel(map_ / f".slot-persoon-{nummer:03d}", persoon_bezet):
            yield

    @property
    def nieuwe_dossiers(self) -> Journalen:
        """The journals `vplan nieuw` keeps until the kenmerk is known and valid."""
        return Journalen(self.pad / ".nieuw")

    @contextlib.contextmanager
    def slot_nieuw(self, journaal: Path) -> Iterator[None]:
        """The lock on one dossier being created with `vplan nieuw` (its kenmerk is not known yet).

        Its lock file goes once the journal has (stored or given up): it has nothing left to guard.
        """
        slot = journaal.with_suffix(".slot")
        with vergrendel(slot, "Dit nieuwe dossier wordt al ingevuld in een ander vplan-proces."):
            try:
                yield
            finally:
                if not journaal.exists():
                    slot.unlink(missing_ok=True)

    def _controleer_schema(self, pad: Path, gegevens: dict[str, Any]) -> None:
        versie = gegevens.get("schema_versie")
        if versie is None:
            raise BeschadigdBestand(f"{toon(pad, self.pad)} heeft geen schemaversie; het is geen bestand van "
                                    "vplan of het is beschadigd. Er is niets veranderd.")
        if not kan_migreren(versie):
            # Echo the version only when it is a number: any other value may be a family's data.
            genoemd = f" {versie}" if type(versie) is int else " onbekend"
            raise BeschadigdBestand(
                f"{toon(pad, self.pad)} heeft schemaversie{genoemd}; deze vplan leest versie 1 tot en met "
                f"{SCHEMA_VERSIE}. Er is niets veranderd."
            )

    def _beschadigd(self, pad: Path, nummer: int | None = None) -> BeschadigdBestand:
        # Name the file only: its content is a family's personal data.
        return beschadigd(pad, self.pad, regel=nummer)

    def _bestaand(self, kenmerk: str) -> Path:
        """The dossier's folder; DossierNietGevonden suggests only kenmerken close to the one typed,
        never every dossier of the werkmap (a shared screen would show them all, issue 21)."""
        if not self.bestaat(kenmerk):
            try:
                suggestie = bedoelt_u(gelijkend(kenmerk, self.kenmerken(), minste=KENMERK_GELIJKENIS))
            except OSError:  # a werkmap one cannot list: the missing dossier is still the message
                suggestie = ""
            raise DossierNietGevonden(" ".join(filter(None, [
                f"Dossier {kenmerk} bestaat niet in werkmap {self.pad}.", suggestie])))
        return self.dossier_map(kenmerk)


def _is_dossiermap(map_: Path) -> bool:
    try:
        return (map_ / "dossier.json").is_file()
    except PermissionError:
        return KENMERK_PATROON.fullmatch(map_.name) is not None and map_.is_dir()


def sessiemap(dossiermap: Path) -> Path:
    """The dossier's folder of session journals; BeschadigdBestand when it is a link.

    Through a link another folder's sessions (another dossier's, say) would be merged into this
    dossier's plan and its new answers written there.
    """
    map_ = dossiermap / "sessies"
    if map_.is_symlink():
        raise BeschadigdBestand(f"{map_} is een koppeling naar een andere map; de gesprekken van een dossier "
                                "staan in een gewone map 'sessies' in het dossier. Vervang de koppeling door "
                                "zo'n map (met alleen de gesprekken van dit dossier).")
    return map_


def _json(gegevens: Any) -> bytes:
    return json.dumps(gegevens, ensure_ascii=False, indent=2, sort_keys=False).encode("utf-8")
