"""A template prepared for the fast path (interview.render.snel), and its form in the disk cache."""

from __future__ import annotations

import marshal
from dataclasses import dataclass
from pathlib import Path
from types import CodeType

from interview.render.documentrelaties import Relatie
from interview.render.inpakken import ZipDeel


@dataclass(frozen=True)
class Deelcode:
    """A header or footer: where it goes in the zip, its compiled template and its encoding."""

    naam: str
    code: CodeType
    codering: str


@dataclass(frozen=True)
class Voorbereid:
    """One template, ready to fill many times; holds no state of any document."""

    bestand: Path
    sjabloon_hash: str
    lichaam: CodeType
    kop_voet: tuple[Deelcode, ...]
    noten: tuple[Deelcode, ...]
    """Footnotes and endnotes parts with template code, rendered per document as headers are."""
    zonder_lichaam: bytes
    skelet: tuple[bytes, bytes] | None
    """document.xml before and after the body, when no filling can give a table docxtpl's
    fix_tables would change (interview.render.tabelvorm): the filled body then goes between the
    two as it is, without being parsed and serialised again. None: always parse it."""
    documentnaam: str
    relaties: tuple[Relatie, ...]
    relatienaam: str
    kernnaam: str
    kern: bytes
    kerncode: tuple[tuple[str, CodeType], ...]
    """The core properties docxtpl's render_properties fills, each compiled: run per document."""
    vast: tuple[ZipDeel, ...]


def naar_schijf(klaar: Voorbereid | None) -> bytes:
    """`klaar` as marshal data (plain values and code objects); None too, so a template the fast
    path does not know is not examined again."""
    if klaar is None:
        return marshal.dumps(None)
    return marshal.dumps((
        klaar.sjabloon_hash, klaar.lichaam, tuple((d.naam, d.code, d.codering) for d in klaar.kop_voet),
        tuple((d.naam, d.code, d.codering) for d in klaar.noten),
        klaar.zonder_lichaam, klaar.skelet, klaar.documentnaam, klaar.relaties, klaar.relatienaam,
        klaar.kernnaam, klaar.kern, klaar.kerncode,
        tuple((d.naam, d.crc, d.grootte, d.gecomprimeerd) for d in klaar.vast),
    ))


def van_schijf(gegevens: bytes, sjabloon: Path) -> Voorbereid | None:
    """The inverse of `naar_schijf`, for the template file at `sjabloon`."""
    waarden = marshal.loads(gegevens)  # our own entry, owner-only and checked by its hash
    if waarden is None:
        return None
    (sjabloon_hash, lichaam, kop_voet, noten, zonder_lichaam, skelet, documentnaam, relaties, relatienaam,
     kernnaam, kern, kerncode, vast) = waarden
    return Voorbereid(
        bestand=sjabloon, sjabloon_hash=sjabloon_hash, lichaam=lichaam,
        kop_voet=tuple(Deelcode(*deel) for deel in kop_voet), noten=tuple(Deelcode(*deel) for deel in noten),
        zonder_lichaam=zonder_lichaam, skelet=skelet,
        documentnaam=documentnaam, relaties=relaties, relatienaam=relatienaam, kernnaam=kernnaam,
        kern=kern, kerncode=kerncode, vast=tuple(ZipDeel(*deel) for deel in vast),
    )
