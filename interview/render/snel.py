"""Render once, write many: a template prepared once per process, then only the changed parts per plan.

The normal docxtpl path (interview.render.documenten) reads the .docx, re-runs docxtpl's regexes,
compiles Jinja and saves every part again for each document. Here a template is read, cleaned up
(interview.render.bron), compiled and its unchanged zip entries compressed once; each document
then runs the compiled code in a fresh sandbox (fresh limits, fresh bookmark numbers) and writes
only document.xml, its relationships, headers, footers and core properties. docxtpl's own steps
after Jinja (listing, table grid) run on the result, the table grid's parse only where the
template's tables can need it (interview.render.lichaam), so the output equals the normal path's
part by part (tests/render/test_snel.py holds the two equal). What a dossier's documents share
(readers' plans, views, core properties) is made once per dossier (interview.render.perdossier).

Pictures, footnotes and endnotes, embedded objects and glossary parts are taken as docxtpl takes
them (see `_bereid`). What this path still cannot take makes `bereid` return None (`reden` says
why, in Dutch, for `vplan sjablonen controleer` and `vplan info`), and any failure while filling
falls back to the normal path, which also gives the Dutch error messages.
"""

from __future__ import annotations

import io
import marshal
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import CodeType
from typing import Any

from docx.opc.coreprops import CoreProperties
from docx.opc.oxml import serialize_part_xml
from docx.opc.pkgwriter import _ContentTypesItem
from docx.oxml.parser import parse_xml
from docxtpl import DocxTemplate

from interview.model import Plan
from interview.model.vaststelling import Vastlegging
from interview.render import (
    bron,
    compileren,
    documenten,
    documentrelaties,
    documentvorm,
    geldendeopmaak,
    grenzen,
    identiteit,
    inpakken,
    kruisverwijzingen,
    lichaam,
    notatie,
    omgeving,
    sjablooncache,
    tabelvorm,
    zandbak,
)
from interview.render.brief import Brief
from interview.render.bron import EINDNOTEN, VOETNOTEN, Sjabloon, jinja_bron
from interview.render.compileren import NietSnel, compileerder
from interview.render.documentrelaties import Relatie, Relaties
from interview.render.grenzen import Grenzen
from interview.render.identiteit import sjabloon_hash
from interview.render.ingevuld import weiger_ingevuld
from interview.render.inpakken import SNEL, ZipDeel, schrijf_zip
from interview.render.lezers import Lezer
from interview.render.omgeving import maak_omgeving
from interview.render.perdossier import eenmaal, per_dossier
from interview.render.sjabloonmap import Sjabloonkeuze, kies_sjablonen, meegeleverde_sjablonen
from interview.render.tabelvorm import tabellen_altijd_goed
from interview.render.team import met_team
from interview.render.zandbak import Zandbak

NOTEN = (VOETNOTEN, EINDNOTEN)
"""The parts besides body, headers, footers and properties that the normal path renders (docxtpl's
render_footnotes, and the endnotes in interview.render.bron).

Every other part (pictures, embedded objects, a glossary) docxtpl and python-docx write as they
read it, so the fast path copies it once per template.
"""
CODE = ("{{", "{%", "{#")
TRAGER = 25
"""How many times more CPU the normal path takes to fill a template than the fast path, rounded.

Measured (2026-12-07, 2-core machine shared with other work, load 2.1) with
benchmarks/bench_teamsjablonen.py's normaal_tegen_snel: the shipped templates filled with the
example plan, 40 paired fills each way in one process after a warm-up, median CPU per document:
veiligheidsplan normal 148.7 ms against fast 6.2 ms (23.8×), ondersteuningsplan 107.7 against
4.2 ms (25.6×). Before the fast path skipped the body's parse it was 16×.
"""
NOTEN_IN_SECTIES = "de voet- of eindnoten codes bevatten in een document met meer dan één sectie"


GEVULDE_EIGENSCHAPPEN = ("author", "comments", "identifier", "language", "subject", "title")
"""The core properties docxtpl's render_properties fills, in its order."""
KOP_VOET = (DocxTemplate.HEADER_URI, DocxTemplate.FOOTER_URI)
PARAGRAAF = re.compile(r"<w:p(?: [^>]*)?>.*?</w:p>", re.DOTALL)
LIJSTTEKENS = re.compile("[\t\a\n\f]")
BRONNEN = tuple(Path(module.__file__ or "") for module in (
    bron, compileren, documentrelaties, grenzen, identiteit, documentvorm, geldendeopmaak, inpakken,
    kruisverwijzingen, lichaam, omgeving, notatie, tabelvorm, zandbak, sys.modules[__name__]))
"""The code that shapes a prepared template: part of its key in the disk cache."""


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


_voorbereid: dict[tuple[Path, int, int], Voorbereid | None] = {}
"""Per process: templates prepared so far, by path, modification time and size."""


def voorbereid(sjabloon: Path) -> Voorbereid | None:
    """The prepared template at `sjabloon`, prepared on first use; None when only the normal path can;
    SjabloonFout when the file is a filled-in document, not a template (interview.render.ingevuld).

    Within a process a template is prepared once; between processes the disk cache
    (interview.render.sjablooncache) keeps it, found by the template's bytes.
    """
    try:
        staat = sjabloon.stat()
    except OSError:
        return None
    sleutel = (sjabloon, staat.st_mtime_ns, staat.st_size)
    if sleutel not in _voorbereid:
        try:
            inhoud = sjabloon.read_bytes()
        except OSError:
            return None
        weiger_ingevuld(sjabloon, inhoud)  # before any cache: a filled-in plan is never prepared
        _voorbereid[sleutel] = _uit_cache_of_bereid(sjabloon, inhoud)
    return _voorbereid[sleutel]


def _uit_cache_of_bereid(sjabloon: Path, inhoud: bytes) -> Voorbereid | None:
    naam = sjablooncache.sleutel(inhoud, BRONNEN)
    bewaard = sjablooncache.lees(naam)
    if bewaard is not None:
        try:
            return _van_schijf(bewaard, sjabloon)
        except Exception:  # written by an older layout under the same key, or unreadable: prepare anew
            pass
    klaar = bereid(sjabloon, inhoud)
    sjablooncache.schrijf(naam, _naar_schijf(klaar))
    return klaar


def bereid(sjabloon: Path, inhoud: bytes) -> Voorbereid | None:
    """Clean up and compile `sjabloon` (its bytes `inhoud`); None when it holds anything the fast
    path does not know."""
    try:
        return bereid_streng(sjabloon, inhoud)
    except Exception:  # NietSnel, or a broken or odd template: the normal path reports it in Dutch
        return None


def reden(sjabloon: Path) -> str | None:
    """Why the fast path cannot take the template at `sjabloon`, with what it costs, in Dutch;
    None when it can, or when the template is broken (the checks report that themselves)."""
    try:
        bereid_streng(sjabloon, sjabloon.read_bytes())
    except NietSnel as fout:
        return f"dit sjabloon wordt ongeveer {TRAGER}× langzamer gevuld omdat {fout}"
    except Exception:
        return None
    return None


def bereid_streng(sjabloon: Path, inhoud: bytes) -> Voorbereid:
    """`bereid`, raising what stops it: NietSnel, or what a broken template raises (for `reden`
    and the comparison with docxtpl's own tests, tests/peer_docxtpl.py)."""
    document = Sjabloon(io.BytesIO(inhoud))
    document.init_docx()
    return _bereid(sjabloon, inhoud, document)


def _naar_schijf(klaar: Voorbereid | None) -> bytes:
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


def _van_schijf(gegevens: bytes, sjabloon: Path) -> Voorbereid | None:
    """The inverse of `_naar_schijf`, for the template file at `sjabloon`."""
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


def _bereid(sjabloon: Path, inhoud: bytes, document: Any) -> Voorbereid:
    """The template prepared; NietSnel for what only the normal path can fill.

    Pictures need nothing more than docxtpl does: their parts and relationships stay as they are,
    and the ids of the pictures in the body are numbered per document (interview.render.lichaam).
    """
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
            xml = _vul_deel(omgeving, compileer(xml), {})
        vast[naam] = xml.encode("utf-8")
    return tuple(noten), vast


def _bytes(xml: str | bytes) -> bytes:
    return xml.encode("utf-8") if isinstance(xml, str) else xml


def maak_documenten(
    plan: Plan, sjablonen: Path | None = None, *,
    vorige: Plan | None = None, vastlegging: Vastlegging | None = None, eerdere: Sequence[Plan] = (),
) -> list[documenten.Gerenderd]:
    """Every document of `plan`, like documenten.maak_documenten, through the fast path where it can.

    A template the fast path does not know, or any failure while filling it, goes the normal way,
    which raises the same SjabloonFout a single `vplan documenten` would; with the time that is
    left, so a template that runs out of time is not given its time twice (issue 24).
    """
    keuze = kies_sjablonen(sjablonen, documenten.SOORTEN, meegeleverde_sjablonen())
    with per_dossier():  # readers' plans, views and core properties of one dossier made once
        te_maken: list[tuple[str, Mapping[str, Any], Lezer | Brief | None]] = [
            *documenten.planzichten(plan, vorige, vastlegging, eerdere),
            *((lezer.soort, eigen_zicht, lezer)
              for lezer, eigen_zicht in documenten.lezerszichten(plan, vastlegging)),
            *((brief.soort, eigen_zicht, brief)
              for brief, eigen_zicht in documenten.briefzichten(plan, eerdere, vastlegging)),
        ]
        return [_maak(soort, plan, eigen_zicht, keuze, lezer) for soort, eigen_zicht, lezer in te_maken]


def _maak(soort: str, plan: Plan, zicht: Mapping[str, Any], keuze: Sjabloonkeuze,
          lezer: Lezer | Brief | None) -> documenten.Gerenderd:
    """One document the fast way, else the normal way with the time that is left."""
    sjabloon = keuze.paden[soort]
    klaar = voorbereid(sjabloon)
    grenzen = Grenzen()
    try:
        if klaar is None:
            raise LookupError("alleen de normale weg")
        return vul(klaar, soort, plan, zicht, keuze.versie, lezer, grenzen)
    except Exception:
        return documenten.render_document(soort, plan, zicht, sjabloon, keuze.versie, lezer, grenzen.rest())


def vul(klaar: Voorbereid, soort: str, plan: Plan, zicht: Mapping[str, Any],
        sjabloonversie: str = "", lezer: Lezer | Brief | None = None,
        grenzen: Grenzen | None = None) -> documenten.Gerenderd:
    """One document from a prepared template; the same bytes' meaning as documenten.render_document.

    `lezer` is the reader of a reader's document (its `zicht` holds it too); None for the two plans.
    `grenzen` None: the standard limits, counted from now.
    """
    kenmerk, versie = plan.dossier.kenmerk, plan.versie
    relaties = Relaties(klaar.relaties)
    verwijzingen = documenten.verwijzingen(soort, plan, relaties.hyperlink, lezer)
    omgeving = maak_omgeving(zicht["personen"], verwijzingen, grenzen)
    context = met_team(zicht, klaar.bestand, sjabloonversie)
    delen = vul_delen(klaar, omgeving, context, relaties)
    delen.append(_kern(klaar, soort, plan, sjabloonversie, omgeving, context))
    inhoud = schrijf_zip([*klaar.vast, *delen])
    naam = documenten.bestandsnaam(soort, kenmerk, versie, lezer.nummer if lezer else 0)
    return documenten.Gerenderd(soort, naam, inhoud, klaar.sjabloon_hash, sjabloonversie, lezer)


def vul_delen(klaar: Voorbereid, omgeving: Zandbak, context: dict[str, Any], relaties: Relaties
              ) -> list[ZipDeel]:
    """The parts filled per document but the core properties: body, headers, footers, notes and
    document.xml's relationships, in the sandbox `omgeving` with `context`."""
    xml = _vul_deel(omgeving, klaar.lichaam, context)
    delen = [ZipDeel.van(klaar.documentnaam, lichaam.document_xml(klaar.zonder_lichaam, klaar.skelet, xml),
                         SNEL)]
    for deel in klaar.kop_voet:
        gevuld = _vul_deel(omgeving, deel.code, context).encode(deel.codering)
        delen.append(ZipDeel.van(deel.naam, serialize_part_xml(parse_xml(gevuld)), SNEL))
    for deel in klaar.noten:  # docxtpl keeps its text as rendered, not parsed and serialised
        delen.append(ZipDeel.van(deel.naam, _vul_deel(omgeving, deel.code, context).encode(), SNEL))
    delen.append(ZipDeel.van(klaar.relatienaam, relaties.xml(), SNEL))
    return delen


def _vul_deel(omgeving: Any, code: CodeType, context: dict[str, Any]) -> str:
    """Run a compiled part in this document's sandbox, then docxtpl's own steps after Jinja."""
    sjabloon = omgeving.template_class.from_code(omgeving, code, omgeving.make_globals(None))
    xml = sjabloon.render(context).replace("\n<w:p ", "<w:p ").replace("\n<w:p>", "<w:p>")
    if "{_" in xml or "_}" in xml:  # each replace walks the whole part
        xml = xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
    return _lijsten(xml)


def _lijsten(xml: str) -> str:
    """docxtpl's resolve_listing, run only on paragraphs that hold a tab, newline or page break."""
    if not LIJSTTEKENS.search(xml):
        return xml

    def alinea(gevonden: re.Match[str]) -> str:
        tekst = gevonden.group(0)
        return DocxTemplate.resolve_listing(None, tekst) if LIJSTTEKENS.search(tekst) else tekst

    return PARAGRAAF.sub(alinea, xml)


def vul_eigenschappen(klaar: Voorbereid, omgeving: Zandbak, context: dict[str, Any]) -> Any:
    """core.xml's element as docxtpl's render_properties leaves it: its codes run with `context`."""
    element = parse_xml(klaar.kern)
    kern = CoreProperties(element)
    for naam, code in klaar.kerncode:
        sjabloon = omgeving.template_class.from_code(omgeving, code, omgeving.make_globals(None))
        setattr(kern, naam, sjabloon.render(context))
    return element


def _kern(klaar: Voorbereid, soort: str, plan: Plan, sjabloonversie: str, omgeving: Zandbak,
          context: dict[str, Any]) -> ZipDeel:
    """core.xml, compressed. Without codes in the template's properties it does not depend on the
    reader: made once per dossier and kind of document (interview.render.perdossier)."""
    def maak() -> ZipDeel:
        return ZipDeel.van(klaar.kernnaam, _eigenschappen(klaar, soort, plan, sjabloonversie, omgeving,
                                                          context), SNEL)

    if b"{" in klaar.kern:  # a code in a property: filled with this document's view
        return maak()
    return eenmaal(("kern", id(klaar), soort, sjabloonversie, id(plan)), plan, maak)  # type: ignore[no-any-return]


def _eigenschappen(klaar: Voorbereid, soort: str, plan: Plan, sjabloonversie: str, omgeving: Zandbak,
                   context: dict[str, Any]) -> bytes:
    """core.xml: first what docxtpl's render_properties writes, then what vplan writes over it."""
    element = vul_eigenschappen(klaar, omgeving, context)
    documenten.zet_eigenschappen(CoreProperties(element), soort, plan, klaar.bestand.name,
                                 klaar.sjabloon_hash, sjabloonversie)
    return serialize_part_xml(element)
