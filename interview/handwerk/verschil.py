"""What a worker changed in a document after vplan wrote it, per numbered item, as `vplan corrigeer` answers.

vplan keeps the paragraphs it wrote (interview.versieset TEKSTEN); a document whose bytes no
longer match its recorded hash is read again and compared paragraph by paragraph. A change is
placed under the numbered item (A3, Z1 …) whose heading precedes it, and a changed paragraph that
holds one text of the plan whole (an afspraak's `wat`, a phone number) becomes that text's
corrected value, named as `vplan corrigeer` names it, so the edit can reach the plan itself.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from interview.handwerk.docxtekst import alineas
from interview.model import Plan
from interview.stappen.corrigeer import Tekst, teksten_van
from interview.versieset import bewerkte_bestanden, lees_metadata, lees_teksten

NUMMER = re.compile(r"^(?:# )?(?:[A-Z][a-z]+ )?(?P<nummer>[ZDBAOI][1-9][0-9]*)(?![0-9A-Za-z])")
"""A paragraph that opens a numbered item: `Z1  Geweld …`, `Afspraak A3 · directe veiligheid`."""
KOP = "# "
"""How interview.handwerk.docxtekst marks a heading paragraph: a heading without a number ends an item."""


@dataclass(frozen=True)
class Wijziging:
    """One changed run of paragraphs: under which item, as vplan wrote it and as it is now."""

    nummer: str
    """The numbered item it sits in ("" outside any)."""
    oud: tuple[str, ...]
    nieuw: tuple[str, ...]
    antwoord: tuple[str, str] | None = None
    """(question id for vplan corrigeer, corrected text) when the change is inside one text of the plan."""


@dataclass(frozen=True)
class Bewerkt:
    """One document edited by hand: where, from which plan version, and its changes (None: vplan's
    own text of it was not recorded, so only the fact of the edit is known)."""

    bestand: Path
    planversie: int
    wijzigingen: list[Wijziging] | None
    toegevoegd: bool = False
    """A file vplan did not write at all (put into the set folder by hand)."""


@dataclass(frozen=True)
class Antwoorden:
    """The corrigeer answers the hand edits give for the newest version.

    `antwoorden`: question id -> corrected text, still to be made; `al_in_plan`: ids the newest
    version already holds as edited (corrected before); `tegenstrijdig`: ids two documents were
    edited differently for (id -> every text found), left out: the worker chooses.
    """

    antwoorden: dict[str, str]
    al_in_plan: list[str]
    tegenstrijdig: dict[str, list[str]]


def antwoorden_voor(gevonden: Sequence[Bewerkt], nieuwste: Plan) -> Antwoorden:
    """The corrigeer answers of every change in `gevonden`, checked against the newest version."""
    per_id: dict[str, list[str]] = {}
    for bewerkt in gevonden:
        for wijziging in bewerkt.wijzigingen or []:
            if wijziging.antwoord is None:
                continue
            sleutel, waarde = wijziging.antwoord
            if waarde not in per_id.setdefault(sleutel, []):
                per_id[sleutel].append(waarde)
    nu = {tekst.id: tekst.waarde for tekst in teksten_van(nieuwste)}
    al_in_plan = [sleutel for sleutel, waarden in per_id.items() if waarden == [nu.get(sleutel)]]
    tegenstrijdig = {sleutel: waarden for sleutel, waarden in per_id.items() if len(waarden) > 1}
    antwoorden = {sleutel: waarden[0] for sleutel, waarden in per_id.items()
                  if sleutel not in al_in_plan and sleutel not in tegenstrijdig}
    return Antwoorden(antwoorden, al_in_plan, tegenstrijdig)


def zoek_bewerkt(dossiermap: Path, planversie: int | None = None) -> list[str]:
    """The set folders in a dossier's output folder (`v<N>` and the kept `v<N>-…`) of `planversie`
    (None: every version), by name, in order."""
    if not dossiermap.is_dir():
        return []
    patroon = re.compile(rf"^v{planversie if planversie is not None else '[0-9]+'}(?:-.+)?$")
    return sorted(p.name for p in dossiermap.iterdir() if patroon.match(p.name) and p.is_dir()
                  and not p.is_symlink())


def bewerkt_in(versiemap: Path, plannen: dict[int, Plan]) -> list[Bewerkt]:
    """The documents of the set in `versiemap` changed since vplan wrote them, with their changes.

    `plannen` gives the stored plan per version number, for the corrigeer answers (a version not in
    it gets its changes without answers).
    """
    metadata = lees_metadata(versiemap) or {}
    versie = int(metadata.get("planversie") or 0)
    geschreven = lees_teksten(versiemap)
    teksten = list(teksten_van(plannen[versie])) if versie in plannen else []
    inhoud = metadata.get("inhoud")
    inhoud = inhoud if isinstance(inhoud, dict) else {}
    uitkomst = []
    for naam in bewerkte_bestanden(versiemap, metadata):
        pad = versiemap / naam
        if naam not in geschreven:
            uitkomst.append(Bewerkt(pad, versie, None, toegevoegd=naam not in inhoud))
            continue
        uitkomst.append(Bewerkt(pad, versie, vergelijk(geschreven[naam], alineas(pad.read_bytes()), teksten)))
    return uitkomst


def vergelijk(oud: Sequence[str], nieuw: Sequence[str], teksten: Sequence[Tekst]) -> list[Wijziging]:
    """The changes from `oud` (paragraphs vplan wrote) to `nieuw` (as they are now), in order; a
    paragraph replaced by one other paragraph is offered as a corrigeer answer where it can be."""
    nummers = _nummers(oud)
    wijzigingen = []
    vergelijking = difflib.SequenceMatcher(None, list(oud), list(nieuw), autojunk=False)
    for soort, i1, i2, j1, j2 in vergelijking.get_opcodes():
        if soort == "equal":
            continue
        nummer = nummers[i1] if i1 < len(nummers) else (nummers[-1] if nummers else "")
        if soort == "replace" and i2 - i1 == j2 - j1:
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                wijzigingen.append(Wijziging(nummers[i], (oud[i],), (nieuw[j],),
                                             _antwoord(oud[i], nieuw[j], nummers[i], teksten)))
        else:
            wijzigingen.append(Wijziging(nummer, tuple(oud[i1:i2]), tuple(nieuw[j1:j2])))
    return wijzigingen


def _nummers(alineas_: Sequence[str]) -> list[str]:
    """Per paragraph, the numbered item it belongs to: the last numbered heading before it."""
    nummers, huidig = [], ""
    for alinea in alineas_:
        gevonden = NUMMER.match(alinea)
        if gevonden:
            huidig = gevonden["nummer"]
        elif alinea.startswith(KOP):
            huidig = ""
        nummers.append(huidig)
    return nummers


def _antwoord(oud: str, nieuw: str, nummer: str, teksten: Sequence[Tekst]) -> tuple[str, str] | None:
    """The corrigeer answer for one changed paragraph: the plan's text it holds whole, at least half
    of it (a name inside a sentence is not what was corrected), the item's own first, then the
    longest; and what stands in its place now. None when none fits, or when two texts of the plan
    fit equally (the same phone number in two places): vplan does not guess."""
    oud, nieuw = oud.removeprefix(KOP), nieuw.removeprefix(KOP)
    passend: dict[tuple[bool, int], list[tuple[str, str]]] = {}
    for tekst in teksten:
        if tekst.datum or not tekst.waarde.strip() or tekst.waarde not in oud:
            continue
        if 2 * len(tekst.waarde) < len(oud):
            continue
        voor, _, na = oud.partition(tekst.waarde)
        if nieuw.startswith(voor) and nieuw.endswith(na) and len(nieuw) >= len(voor) + len(na):
            waarde = nieuw[len(voor):len(nieuw) - len(na)]
            if waarde.strip() and waarde != tekst.waarde:
                rang = (tekst.nummer != nummer, -len(tekst.waarde))
                passend.setdefault(rang, []).append((tekst.id, waarde))
    if not passend:
        return None
    beste = passend[min(passend)]
    return beste[0] if len(beste) == 1 else None
