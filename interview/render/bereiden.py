"""A template prepared for the fast path: read with docxtpl and python-docx, cleaned up and compiled once.

Only a template not yet in the disk cache (interview.render.sjablooncache) comes here, so a
`vplan documenten` with a warm cache imports neither docxtpl nor python-docx (interview.render.snel
imports this module only when it prepares a template).

Pictures need nothing more than docxtpl does: their parts and relationships stay as they are,
and the ids of the pictures in the body are numbered per document (interview.render.lichaam).
Footnotes and endnotes are rendered as docxtpl renders them (see `_voetnoten`); embedded objects
and glossary parts are copied as they are.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from types import CodeType
from typing import Any

from docx.opc.pkgwriter import _ContentTypesItem
from docxtpl import DocxTemplate

from interview.render import lichaam
from interview.render.bron import EINDNOTEN, VOETNOTEN, Sjabloon, jinja_bron
from interview.render.compileren import NietSnel, compileerder
from interview.render.deelvulling import vul_deel
from interview.render.identiteit import sjabloon_hash
from interview.render.inpakken import ZipDeel
from interview.render.klaarsjabloon import Deelcode, Voorbereid
from interview.render.tabelvorm import tabellen_altijd_goed
from interview.render.zandbak import Zandbak

NOTEN = (VOETNOTEN, EINDNOTEN)
"""The parts besides body, headers, footers and properties that the normal path renders (docxtpl's
render_footnotes, and the endnotes in interview.render.bron).

Every other part (pictures, embedded objects, a glossary) docxtpl and python-docx write as they
read it, so the fast path copies it once per template.
"""
CODE = ("{{", "{%", "{#")
NOTEN_IN_SECTIES = "de voet- of eindnoten codes bevatten in een document met meer dan één sectie"
GEVULDE_EIGENSCHAPPEN = ("author", "comments", "identifier", "language", "subject", "title")
"""The core properties docxtpl's render_properties fills, in its order."""
KOP_VOET = (DocxTemplate.HEADER_URI, DocxTemplate.FOOTER_URI)


def bereid(sjabloon: Path, inhoud: bytes) -> Voorbereid | None:
    """Clean up and compile `sjabloon` (its bytes `inhoud`); None when it holds anything the fast
    path does not know."""
    try:
        return bereid_streng(sjabloon, inhoud)
    except Exception:  # NietSnel, or a broken or odd template: the normal path reports it in Dutch
        return None


def waarom_niet(sjabloon: Path) -> str | None:
    """Why the fast path cannot take the template at `sjabloon`, in Dutch words that follow "omdat";
    None when it can, or when the template is broken (the checks report that themselves)."""
    try:
        bereid_streng(sjabloon, sjabloon.read_bytes())
    except NietSnel as fout:
        return str(fout)
    except Exception:
        return None
    return None


def bereid_streng(sjabloon: Path, inhoud: bytes) -> Voorbereid:
    """`bereid`, raising what stops it: NietSnel, or what a broken template raises (for `waarom_niet`
    and the comparison with docxtpl's own tests, tests/peer_docxtpl.py)."""
    document = Sjabloon(io.BytesIO(inhoud))
    document.init_docx()
    return _bereid(sjabloon, inhoud, document)


def _bereid(sjabloon: Path, inhoud: bytes, document: Any) -> Voorbereid:
    """The template prepared; NietSnel for what only the normal path can fill."""
    hoofd = document.docx.part
    pakket = hoofd.package
    kerndeel = pakket._core_properties_part  # made now if the template has none, as saving would
    delen = list(pakket.iter_parts())
    kern = kerndeel.core_properties
    eigenschappen = {naam: getattr(kern, naam) for naam in GEVULDE_EIGENSCHAPPEN}
    compileer, compileer_bron, omgeving = compileerder()
    kop_voet = [relatie.target_part for uri in KOP_VOET for relatie in hoofd.rels.values()
                if relatie.reltype == uri and relatie.target_part.blob]
    kop_voet_code = tuple(
        Deelcode(str(deel.partname), compileer(xml), document.get_headers_footers_encoding(xml))
        for deel, xml in ((deel, document.get_part_xml(deel)) for deel in kop_voet)
    )
    noten, vaste_noten = _voetnoten(delen, len(document.docx.sections), compileer, omgeving)
    kernnaam = str(kerndeel.partname)
    veranderlijk = {str(hoofd.partname), kernnaam, *(deel.naam for deel in (*kop_voet_code, *noten))}
    vast = [ZipDeel.van("[Content_Types].xml", _ContentTypesItem.from_parts(delen).blob),  # type: ignore[no-untyped-call]
            ZipDeel.van("_rels/.rels", _bytes(pakket.rels.xml))]
    for deel in delen:
        naam = str(deel.partname)
        if naam not in veranderlijk:
            vast.append(ZipDeel.van(naam, vaste_noten.get(naam, deel.blob)))
        if len(deel.rels) and deel is not hoofd:
            vast.append(ZipDeel.van(deel.partname.rels_uri, _bytes(deel.rels.xml)))
    body = document.get_xml()
    zonder_lichaam = lichaam.zonder_lichaam(hoofd.element)
    return Voorbereid(
        bestand=sjabloon,
        sjabloon_hash=sjabloon_hash(inhoud),
        lichaam=compileer(body),
        kop_voet=kop_voet_code,
        noten=noten,
        zonder_lichaam=zonder_lichaam,
        skelet=lichaam.skelet(zonder_lichaam) if tabellen_altijd_goed(jinja_bron(body)) else None,
        documentnaam=str(hoofd.partname),
        relaties=tuple((r.rId, r.reltype, r.target_ref, r.is_external) for r in hoofd.rels.values()),
        relatienaam=str(hoofd.partname.rels_uri),
        kernnaam=kernnaam,
        kern=_bytes(kerndeel.blob),
        kerncode=tuple((naam, compileer_bron(waarde)) for naam, waarde in eigenschappen.items()),
        vast=tuple(vast),
    )


def _voetnoten(delen: list[Any], secties: int, compileer: Callable[[str], CodeType], omgeving: Zandbak
               ) -> tuple[tuple[Deelcode, ...], dict[str, bytes]]:
    """The footnotes and endnotes parts: those with codes to render per document, the others as
    rendered once.

    The normal path renders every such part once per section (docxtpl's render_footnotes), also one
    without codes (Word adds such parts, separator notes only, to documents it saves), and Jinja
    changes its line ends; so a part without codes is rendered here as often, once per template. A
    part with codes in a document of several sections would be rendered over its own output: refused.
    """
    noten: list[Deelcode] = []
    vast: dict[str, bytes] = {}
    for deel in (deel for deel in delen if deel.content_type in NOTEN and secties):
        xml = deel.blob.decode("utf-8")
        naam = str(deel.partname)
        if any(teken in jinja_bron(xml) for teken in CODE):
            if secties > 1:
                raise NietSnel(NOTEN_IN_SECTIES)
            noten.append(Deelcode(naam, compileer(xml), "utf-8"))
            continue
        for _ in range(secties):
            xml = vul_deel(omgeving, compileer(xml), {})
        vast[naam] = xml.encode("utf-8")
    return tuple(noten), vast


def _bytes(xml: str | bytes) -> bytes:
    return xml.encode("utf-8") if isinstance(xml, str) else xml
