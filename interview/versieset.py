"""The one writer of a version's documents: `<dossiermap>/v<N>/` swapped in whole, what was given kept.

Rendering (interview.render) makes bytes; this module alone puts them on disk, through the folder
swap of interview.versiemap, so every command that writes documents (demo, documenten, opnieuw,
netwerkberaad, evaluatie, incident, corrigeer, sjablonen voorbeeld) follows the same rules:

- the documents, their PDFs (when made) and METADATA replace the version's folder in one step;
- before a set is replaced, under the output lock, it is kept whole beside the new one when its
  version was signed, sent or vastgesteld (`v<N>-verstuurd-<datum>/`, `-getekend-`, `-vastgesteld-`),
  or when a worker changed one of its files after vplan wrote it (`v<N>-bewerkt-<datum>/`): every
  time, under a name not yet taken, so nothing a family received or a worker typed is lost.

METADATA records what made each document (template hash and version, reader), so bulk
re-rendering can skip what is current, and the content hash of every file written, so a hand edit
is found; TEKSTEN holds the paragraphs vplan wrote, so the edit can be shown against them
(interview.handwerk). Both formats are read and written only here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interview.fouten import VplanFout
from interview.handwerk.docxtekst import bundel, inhoudshash, uit_bundel
from interview.leesgrens import PLAN, lees_json
from interview.model import Plan
from interview.model.vaststelling import Vastlegging
from interview.store import Werkmap
from interview.versiemap import houd_slot, vervang_versiemap
from interview.versiestap import niet_meer_onaf

if TYPE_CHECKING:  # docxtpl is imported only where documents are rendered
    from interview.render.brief import Brief
    from interview.render.documenten import Gerenderd
    from interview.render.lezers import Lezer

METADATA = ".vplan.json"
NAAMREDENEN = ("verstuurd", "getekend", "vastgesteld")
"""Which reason names a kept set when a version has several (a hand edit goes before all)."""
TEKSTEN = ".vplan-tekst.zip"
"""Per written .docx, its body as vplan wrote it, copied compressed (interview.handwerk.docxtekst.bundel)."""


@dataclass(frozen=True)
class Bewaring:
    """An old set kept beside the new one: where, why, and which of its files were edited by hand."""

    map: Path
    redenen: tuple[str, ...]
    """Of "getekend", "verstuurd", "vastgesteld": why the set had to stay; empty for hand edits only."""
    bewerkt: tuple[str, ...]
    """The files changed since vplan wrote them (names in the kept folder)."""

    def melding(self, kenmerk: str, versie: int) -> str:
        """One Dutch line naming the kept folder and why it was kept."""
        waarom = [f"planversie {versie} is {_opsomming(self.redenen)}"] if self.redenen else []
        if self.bewerkt:
            waarom.append("met de hand gewijzigd of toegevoegd na het maken: " + ", ".join(self.bewerkt))
        tip = f" Bekijk ze met: vplan handwerk {kenmerk} --planversie {versie}" if self.bewerkt else ""
        return (f"De vorige documenten van dossier {kenmerk} zijn bewaard in {self.map} "
                f"({'; '.join(waarom)}).{tip}")


def _opsomming(delen: Sequence[str]) -> str:
    """`a`, `a en b`, `a, b en c`."""
    return " en ".join([", ".join(delen[:-1]), delen[-1]] if len(delen) > 1 else list(delen))


@dataclass(frozen=True)
class Geschreven:
    """A version's set as written: its documents and PDFs, and the old set kept beside it."""

    documenten: list[Path]
    pdfs: list[Path]
    bewaring: Bewaring | None = None
    """The old set kept beside the new one; None when nothing needed keeping."""
    melding: str = ""
    """The Dutch line that says so ("" when nothing was kept); the command prints it on stderr."""

    @property
    def bewaard(self) -> Path | None:
        """The kept folder, or None."""
        return self.bewaring.map if self.bewaring else None


def bezet(kenmerk: str) -> str:
    """The Dutch line for a second command that wants to write the documents of `kenmerk`."""
    return (f"De documenten van dossier {kenmerk} worden al gemaakt door een ander vplan-proces. "
            "Wacht tot dat klaar is en probeer het dan opnieuw.")


@contextlib.contextmanager
def uitvoerslot(dossiermap: Path, kenmerk: str) -> Iterator[None]:
    """Hold the dossier's output lock from before rendering until the set is written (vplan
    documenten), so a second command for the same dossier is refused instead of racing it."""
    with houd_slot(dossiermap, bezet(kenmerk)):
        yield


def schrijf_versieset(
    plan: Plan, documenten: Sequence[Gerenderd], dossiermap: Path, werkmap: Werkmap | None,
    pdfs: Mapping[str, bytes] | None = None,
) -> Geschreven:
    """Put `plan`'s documents (rendered in memory) and `pdfs` (name -> content) into `dossiermap/v<N>/`.

    `werkmap` is the dossier store that knows who signed and received which version; None for a plan
    that is stored nowhere (vplan demo, a preview), which nobody can have signed or received. The
    old set is kept first when this module's docstring says so. Other versions' folders stay. A
    stored version marked as without documents for this folder loses its mark
    (interview.versiestap). DossierBezet when another vplan process writes into `dossiermap`.
    """
    bestanden = {**{d.bestandsnaam: d.inhoud for d in documenten}, **(pdfs or {})}
    metadata = _metadata(plan, documenten, bestanden)
    bestanden[METADATA] = json.dumps(metadata, ensure_ascii=False, indent=2).encode("utf-8")
    bestanden[TEKSTEN] = bundel({d.bestandsnaam: d.inhoud for d in documenten
                                 if d.bestandsnaam.endswith(".docx")})
    naam = f"v{plan.versie}"
    kenmerk = plan.dossier.kenmerk
    with uitvoerslot(dossiermap, kenmerk):
        bewaring = _bewaar_oude_set(werkmap, plan, dossiermap / naam, metadata["inhoud"])
        map_ = vervang_versiemap(dossiermap, naam, bestanden, bezet=bezet(kenmerk))
    if werkmap is not None:
        niet_meer_onaf(werkmap, kenmerk, plan.versie, dossiermap)
    return Geschreven([map_ / d.bestandsnaam for d in documenten], [map_ / n for n in pdfs or {}],
                      bewaring, bewaring.melding(kenmerk, plan.versie) if bewaring else "")


def zet_set_terug(dossiermap: Path, kenmerk: str, naam: str, bestanden: Mapping[str, bytes]) -> Path:
    """Put a set kept earlier (`bestanden`, its METADATA and TEKSTEN included) back as `dossiermap/naam`
    in one swap: undoing a roll-out (interview.uitrol.terugzetten), whose caller holds the lock."""
    return vervang_versiemap(dossiermap, naam, bestanden, bezet=bezet(kenmerk))


def render_documenten(
    plan: Plan, dossiermap: Path, sjablonen: Path | None = None, *,
    vorige: Plan | None = None, vastlegging: Vastlegging | None = None, eerdere: Sequence[Plan] = (),
) -> list[Path]:
    """Render every document of `plan` (normal path) and write them into `dossiermap/v<N>/`; their paths.

    For a plan stored nowhere (vplan demo, tests): see render_versieset.
    """
    return render_versieset(plan, dossiermap, sjablonen, vorige=vorige, vastlegging=vastlegging,
                            eerdere=eerdere).documenten


def render_versieset(
    plan: Plan, dossiermap: Path, sjablonen: Path | None = None, *,
    vorige: Plan | None = None, vastlegging: Vastlegging | None = None, eerdere: Sequence[Plan] = (),
) -> Geschreven:
    """Render every document of `plan` (normal path) and write them into `dossiermap/v<N>/`.

    For a plan stored nowhere (vplan demo, tests): `vorige` and `vastlegging` as for
    interview.render.documenten.maak_documenten. A broken template raises SjabloonFout and writes nothing.
    """
    from interview.render.documenten import maak_documenten  # docxtpl: only where documents are made

    documenten = maak_documenten(plan, sjablonen, vorige=vorige, vastlegging=vastlegging, eerdere=eerdere)
    return schrijf_versieset(plan, documenten, dossiermap, None)


def _metadata(plan: Plan, documenten: Sequence[Gerenderd], bestanden: Mapping[str, bytes]) -> dict[str, Any]:
    """The METADATA of `plan`'s set: what made each document, so re-rendering skips what is current,
    and the content hash of every file written (`inhoud`), so a later hand edit is found."""
    return {
        "schema_versie": 1,
        "kenmerk": plan.dossier.kenmerk,
        "planversie": plan.versie,
        "documenten": {
            d.sleutel: {"bestand": d.bestandsnaam, "sjabloon_hash": d.sjabloon_hash,
                        "sjabloon_versie": d.sjabloon_versie, "soort": d.soort, **_lezer(d.lezer)}
            for d in documenten
        },
        "inhoud": {naam: inhoudshash(inhoud) for naam, inhoud in bestanden.items()},
    }


def _lezer(lezer: Lezer | Brief | None) -> dict[str, Any]:
    """Who reads a document, for METADATA: everyone for a plan, else the reader by name and number."""
    if lezer is None:
        return {"lezer": "volledig"}
    return {"lezer": lezer.naam or lezer.rol, "lezernummer": lezer.nummer}


def lees_metadata(versiemap: Path) -> dict[str, Any] | None:
    """The METADATA of the set in `versiemap`; None when there is none or it cannot be read."""
    try:
        gegevens = lees_json(versiemap / METADATA)
    except (OSError, VplanFout):
        return None
    return gegevens if isinstance(gegevens, dict) else None


def sjabloonhashes(metadata: dict[str, Any]) -> dict[str, Any]:
    """The template identity per kind of document (every reader of one kind shares its template)."""
    return {(d or {}).get("soort", sleutel): (d or {}).get("sjabloon_hash")
            for sleutel, d in metadata.get("documenten", {}).items()}


def lees_teksten(versiemap: Path) -> dict[str, list[str]]:
    """The paragraphs vplan wrote per .docx of the set in `versiemap`; empty when not recorded
    (a set written before vplan kept them), too large or unreadable."""
    try:
        with (versiemap / TEKSTEN).open("rb") as bestand:
            inhoud = bestand.read(PLAN + 1)
    except OSError:
        return {}
    return uit_bundel(inhoud) if len(inhoud) <= PLAN else {}


def bewerkte_bestanden(versiemap: Path, metadata: dict[str, Any] | None = None) -> list[str]:
    """The files of the set in `versiemap` that vplan did not write as they are: changed since (their
    bytes differ from METADATA's content hash), then added by hand (a scan of the signed plan), each
    by name. A removed file is not an edit; the lock files Word and LibreOffice leave (`~$…`, `.~lock…`)
    are not added files. A set from before content hashes has added files only."""
    metadata = metadata if metadata is not None else lees_metadata(versiemap) or {}
    inhoud = metadata.get("inhoud")
    if not isinstance(inhoud, dict):
        inhoud = {}
        documenten = metadata.get("documenten")
        for document in documenten.values() if isinstance(documenten, dict) else ():
            naam = str(document.get("bestand", "")) if isinstance(document, dict) else ""
            inhoud |= {naam: None, naam.removesuffix(".docx") + ".pdf": None}
    bewerkt = []
    for naam, hash_ in inhoud.items():
        if hash_ is None or "/" in naam or naam.startswith("."):
            continue
        with contextlib.suppress(FileNotFoundError, IsADirectoryError, NotADirectoryError):
            if inhoudshash((versiemap / naam).read_bytes()) != hash_:
                bewerkt.append(naam)
    with contextlib.suppress(OSError):
        bewerkt += sorted(ingang.name for ingang in os.scandir(versiemap)
                          if ingang.is_file(follow_symlinks=False) and ingang.name not in inhoud
                          and not ingang.name.startswith((".", "~$")))
    return bewerkt


def verspreid(werkmap: Werkmap, plan: Plan) -> tuple[str, ...]:
    """Why a set of `plan`'s version must never just disappear: signed, sent, vastgesteld (or none)."""
    kenmerk = plan.dossier.kenmerk
    redenen = []
    if any(h.versie == plan.versie for h in werkmap.handtekeningen(kenmerk)):
        redenen.append("getekend")
    if any(o.versie == plan.versie for o in werkmap.ontvangsten(kenmerk)):
        redenen.append("verstuurd")
    if plan.status == "vastgesteld":
        redenen.append("vastgesteld")
    return tuple(redenen)


def _bewaar_oude_set(werkmap: Werkmap | None, plan: Plan, versiemap: Path, nieuw: dict[str, str]
                     ) -> Bewaring | None:
    """Keep the set in `versiemap` beside it, whole, before it is replaced, when its version was
    signed, sent or vastgesteld or a file of it was edited by hand; None when nothing needed keeping.
    A set vplan would write again byte for byte (`nieuw`: the new set's content hashes; rendering is
    deterministic) loses nothing and is not copied: a rerun does not pile up identical folders.

    Called under the output lock. The name is `v<N>-<reden>-<datum>`, with `-2`, `-3` … when taken:
    every replacement keeps its own. Files are hard links where the disk allows (no copy).
    """
    if not versiemap.is_dir() or versiemap.is_symlink():
        return None
    metadata = lees_metadata(versiemap)
    bewerkt = tuple(bewerkte_bestanden(versiemap, metadata))
    if not bewerkt and (metadata or {}).get("inhoud") == nieuw:
        return None
    redenen = verspreid(werkmap, plan) if werkmap is not None else ()
    if not redenen and not bewerkt:
        return None
    archief = _vrije_naam(versiemap, "bewerkt" if bewerkt else next(r for r in NAAMREDENEN if r in redenen))
    tijdelijk = versiemap.with_name(f".{archief.name}.archief.tmp")
    shutil.rmtree(tijdelijk, ignore_errors=True)
    shutil.copytree(versiemap, tijdelijk, copy_function=_link_of_kopie)
    os.rename(tijdelijk, archief)
    return Bewaring(archief, redenen, bewerkt)


def _vrije_naam(versiemap: Path, reden: str) -> Path:
    """`v<N>-<reden>-<today>`, or the first of `…-2`, `…-3` … that does not exist yet."""
    basis = f"{versiemap.name}-{reden}-{dt.date.today().isoformat()}"
    kandidaat, volgnummer = versiemap.with_name(basis), 1
    while kandidaat.exists() or kandidaat.is_symlink():
        volgnummer += 1
        kandidaat = versiemap.with_name(f"{basis}-{volgnummer}")
    return kandidaat


def _link_of_kopie(bron: str, doel: str) -> None:
    try:
        os.link(bron, doel)
    except OSError:
        shutil.copy2(bron, doel)
