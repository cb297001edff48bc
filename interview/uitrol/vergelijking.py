"""`vplan sjablonen vergelijk`: a new template folder tried on a real dossier, old and new side by side.

The dossier's newest plan version is rendered as `vplan documenten` renders it (earlier versions,
signatures, receipts) once with the templates in use and once with the new folder, in memory; the
dossier's own documents are never touched. What is written goes to the output area the user chose
(`<uitvoer>/vergelijking/<kenmerk>/`, owner-only, replaced by the next comparison of that dossier),
never to the system's temporary folder: it holds a family's plan.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from interview.bestanden import maak_map, schrijf_atomisch
from interview.fouten import SjabloonFout
from interview.model import Plan
from interview.store import Werkmap

MAP = "vergelijking"


@dataclass
class Vergeleken:
    """One dossier compared: its version, the folder, a line per document, notes for the user."""

    versie: int
    map: Path
    regels: list[str] = field(default_factory=list)
    meldingen: list[str] = field(default_factory=list)


def vergelijk(werkmap: Werkmap, kenmerk: str, huidig: Path | None, nieuw: Path, uitvoer: Path,
              alle: bool = False) -> Vergeleken:
    """Render `kenmerk`'s newest version with `huidig` (None: the shipped templates) and `nieuw`, and
    write `oud/` and `nieuw/` (Word and PDF) and `naast-elkaar/` (PNG per page pair) for each
    document a reader would see differ: the first of each kind (every reader's copy and every letter
    with `alle`). SjabloonFout, with the field's place in Word, when `nieuw` fails."""
    from interview.render.documenten import SOORTEN
    from interview.render.ingevuld import weiger_ingevulde_sjablonen
    from interview.render.sjabloonmap import kies_sjablonen, meegeleverde_sjablonen

    if not nieuw.is_dir():
        raise SjabloonFout(f"{nieuw} is geen map met sjablonen.")
    keuze = kies_sjablonen(nieuw, SOORTEN, meegeleverde_sjablonen())
    weiger_ingevulde_sjablonen(keuze.paden.values())
    plan = werkmap.lees_plan(kenmerk, None)
    oud = _documenten(werkmap, plan, huidig, alle)
    nieuwe = _documenten(werkmap, plan, nieuw, alle)
    vergeleken = Vergeleken(plan.versie, uitvoer.absolute() / MAP / kenmerk, meldingen=list(keuze.meldingen))
    if huidig is not None and huidig.resolve() == nieuw.resolve():
        vergeleken.meldingen.append(f"{nieuw} is al de sjabloonmap van nu, dus oud en nieuw zijn gelijk. "
                                    "Vergelijk met de vorige map met --sjablonen VORIGE_MAP.")
    shutil.rmtree(vergeleken.map, ignore_errors=True)
    maak_map(vergeleken.map)
    veranderd = [naam for naam in nieuwe if not _zelfde_zicht(oud.get(naam), nieuwe[naam])]
    for soort, documenten in (("oud", oud), ("nieuw", nieuwe)):
        for naam in veranderd:
            if naam in documenten:
                schrijf_atomisch(vergeleken.map / soort / naam, documenten[naam])
    vergeleken.regels += _naast_elkaar(vergeleken, veranderd, oud, nieuwe)
    vergeleken.regels += [f"{naam}: er verandert niets zichtbaars"
                          for naam in nieuwe if naam not in veranderd]
    return vergeleken


def _zelfde_zicht(oud: bytes | None, nieuw: bytes) -> bool:
    """True when a reader sees the same in both (interview.render.documentvorm): a new version label
    in the document properties changes the bytes of every document, not what anyone reads."""
    import io
    import zipfile

    from interview.render.documentvorm import documentvorm

    if oud is None or oud == nieuw:
        return oud is not None
    with zipfile.ZipFile(io.BytesIO(oud)) as links, zipfile.ZipFile(io.BytesIO(nieuw)) as rechts:
        return bool(documentvorm(links) == documentvorm(rechts))


def _documenten(werkmap: Werkmap, plan: Plan, sjablonen: Path | None, alle: bool) -> dict[str, bytes]:
    """`plan`'s documents from `sjablonen` by file name, the first of each kind unless `alle`; a
    template failure names its place in Word."""
    from interview.render.documenten import maak_documenten
    from interview.stappen.documenten_maken import naast_het_plan
    from interview.uitrol.foutplaats import met_plaats

    try:
        documenten = maak_documenten(plan, sjablonen, **naast_het_plan(werkmap, plan))
    except SjabloonFout as fout:
        raise SjabloonFout(met_plaats(fout, plan, sjablonen), fout.details) from fout
    eerste = {d.soort: d.bestandsnaam for d in reversed(documenten)}
    return {d.bestandsnaam: d.inhoud for d in documenten if alle or eerste[d.soort] == d.bestandsnaam}


def _naast_elkaar(vergeleken: Vergeleken, veranderd: Sequence[str], oud: dict[str, bytes],
                  nieuw: dict[str, bytes]) -> list[str]:
    """PDFs of the changed documents (one LibreOffice call) and their pages side by side; a line each."""
    from interview.render.pdf import GeenLibreOffice, omzetten
    from interview.uitrol.paginas import kan_tekenen, naast_elkaar

    if not veranderd:
        return []
    try:
        omzetting = omzetten({f"{soort}/{naam}": documenten[naam] for soort, documenten in
                              (("oud", oud), ("nieuw", nieuw)) for naam in veranderd if naam in documenten})
    except GeenLibreOffice as fout:
        vergeleken.meldingen.append(f"{fout.bericht} Zonder LibreOffice staan alleen de Word-documenten "
                                    "in oud/ en nieuw/.")
        return [f"{naam}: veranderd (oud/{naam}, nieuw/{naam})" for naam in veranderd]
    for naam, inhoud in omzetting.pdfs.items():
        schrijf_atomisch(vergeleken.map / naam, inhoud)
    if not kan_tekenen():
        vergeleken.meldingen.append("pdftoppm (poppler-utils) ontbreekt: de pagina's staan niet naast "
                                    "elkaar, alleen als PDF in oud/ en nieuw/.")
    regels = []
    for naam in veranderd:
        pdf = str(Path(naam).with_suffix(".pdf"))
        links, rechts = omzetting.pdfs.get(f"oud/{pdf}"), omzetting.pdfs.get(f"nieuw/{pdf}")
        if links is None or rechts is None or not kan_tekenen():
            regels.append(f"{naam}: veranderd (oud/, nieuw/)")
            continue
        maak_map(vergeleken.map / "naast-elkaar")
        paginas = naast_elkaar(links, rechts, vergeleken.map / "naast-elkaar", Path(naam).stem)
        regels.append(f"{naam}: veranderd, {len(paginas)} blz. naast elkaar "
                      f"(naast-elkaar/{Path(naam).stem}-1.png …)")
    return regels
