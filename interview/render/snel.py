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
them (interview.render.bereiden). What this path still cannot take is not prepared (`reden` says
why, in Dutch, for `vplan sjablonen controleer` and `vplan info`), and any failure while filling
falls back to the normal path, which also gives the Dutch error messages.

Preparing a template needs docxtpl and python-docx; filling a prepared one needs neither (its XML
is read and written with plain lxml, interview.render.wordxml). So with the templates in the disk
cache a `vplan documenten` imports neither: tests/render/test_snel_opstart.py holds that.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from lxml import etree

from interview.model import Plan
from interview.model.vaststelling import Vastlegging
from interview.render import documenten, lichaam, sjablooncache, wordxml
from interview.render.brief import Brief
from interview.render.deelvulling import vul_deel
from interview.render.documentrelaties import Relaties
from interview.render.grenzen import Grenzen
from interview.render.inpakken import SNEL, ZipDeel, schrijf_zip
from interview.render.kerneigenschappen import zet_tekst
from interview.render.klaarsjabloon import Voorbereid, naar_schijf, van_schijf
from interview.render.lezers import Lezer
from interview.render.omgeving import maak_omgeving
from interview.render.perdossier import eenmaal, per_dossier
from interview.render.sjabloonmap import Sjabloonkeuze, kies_sjablonen, meegeleverde_sjablonen
from interview.render.team import met_team
from interview.render.zandbak import Zandbak

TRAGER = 25
"""How many times more CPU the normal path takes to fill a template than the fast path, rounded.

Measured (2026-12-07, 2-core machine shared with other work, load 2.1) with
benchmarks/bench_teamsjablonen.py's normaal_tegen_snel: the shipped templates filled with the
example plan, 40 paired fills each way in one process after a warm-up, median CPU per document:
veiligheidsplan normal 148.7 ms against fast 6.2 ms (23.8×), ondersteuningsplan 107.7 against
4.2 ms (25.6×). Before the fast path skipped the body's parse it was 16×.
"""
BRONNEN = tuple(Path(__file__).with_name(f"{naam}.py") for naam in (
    "bereiden", "bron", "compileren", "deelvulling", "documentrelaties", "documentvorm", "geldendeopmaak",
    "grenzen", "identiteit", "ingevuld", "inpakken", "klaarsjabloon", "kruisverwijzingen", "lichaam",
    "notatie", "omgeving", "snel", "tabelvorm", "wordxml", "zandbak"))
"""The code that shapes a prepared template: part of its key in the disk cache. Named by file, not
imported: preparing (interview.render.bereiden) imports docxtpl, which a warm start does without."""


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
        _voorbereid[sleutel] = _uit_cache_of_bereid(sjabloon, inhoud)
    return _voorbereid[sleutel]


def _uit_cache_of_bereid(sjabloon: Path, inhoud: bytes) -> Voorbereid | None:
    """From the disk cache, else prepared and kept there. A filled-in document is refused before it
    is prepared, so an entry exists only for bytes that passed that check (interview.render.ingevuld
    is part of the key: a changed check does not meet an old entry)."""
    naam = sjablooncache.sleutel(inhoud, BRONNEN)
    bewaard = sjablooncache.lees(naam)
    if bewaard is not None:
        try:
            return van_schijf(bewaard, sjabloon)
        except Exception:  # written by an older layout under the same key, or unreadable: prepare anew
            pass
    from interview.render import bereiden  # docxtpl and python-docx: only when a template is prepared
    from interview.render.ingevuld import weiger_ingevuld

    weiger_ingevuld(sjabloon, inhoud)  # a filled-in plan is never prepared

    klaar = bereiden.bereid(sjabloon, inhoud)
    sjablooncache.schrijf(naam, naar_schijf(klaar))
    return klaar


def reden(sjabloon: Path) -> str | None:
    """Why the fast path cannot take the template at `sjabloon`, with what it costs, in Dutch;
    None when it can, or when the template is broken (the checks report that themselves)."""
    from interview.render import bereiden  # docxtpl and python-docx: only to look into a template

    waarom = bereiden.waarom_niet(sjabloon)
    if waarom is None:
        return None
    return f"dit sjabloon wordt ongeveer {TRAGER}× langzamer gevuld omdat {waarom}"


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
    xml = vul_deel(omgeving, klaar.lichaam, context)
    delen = [ZipDeel.van(klaar.documentnaam, lichaam.document_xml(klaar.zonder_lichaam, klaar.skelet, xml),
                         SNEL)]
    for deel in klaar.kop_voet:
        gevuld = vul_deel(omgeving, deel.code, context).encode(deel.codering)
        delen.append(ZipDeel.van(deel.naam, wordxml.schrijf(wordxml.lees(gevuld)), SNEL))
    for deel in klaar.noten:  # docxtpl keeps its text as rendered, not parsed and serialised
        delen.append(ZipDeel.van(deel.naam, vul_deel(omgeving, deel.code, context).encode(), SNEL))
    delen.append(ZipDeel.van(klaar.relatienaam, relaties.xml(), SNEL))
    return delen


def vul_eigenschappen(klaar: Voorbereid, omgeving: Zandbak, context: dict[str, Any]) -> etree._Element:
    """core.xml's element as docxtpl's render_properties leaves it: its codes run with `context`."""
    kern = wordxml.lees(klaar.kern)
    for naam, code in klaar.kerncode:
        sjabloon = omgeving.template_class.from_code(omgeving, code, omgeving.make_globals(None))
        zet_tekst(kern, naam, sjabloon.render(context))
    return kern


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
    kern = vul_eigenschappen(klaar, omgeving, context)
    documenten.zet_eigenschappen(kern, soort, plan, klaar.bestand.name, klaar.sjabloon_hash, sjabloonversie)
    return wordxml.schrijf(kern)
