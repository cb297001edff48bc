"""Renders every document of one plan version: same kenmerk, version and numbers in each."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx.opc.exceptions import PackageNotFoundError
from docxtpl import DocxTemplate
from jinja2.exceptions import SecurityError, TemplateError, TemplateSyntaxError, UndefinedError
from lxml.etree import XMLSyntaxError

from interview import __version__
from interview.fouten import SjabloonFout, schijfreden
from interview.model import Plan
from interview.model.vaststelling import Vastlegging
from interview.render.bron import Sjabloon
from interview.render.grenzen import Grens, NietToegestaan
from interview.render.identiteit import sjabloon_hash
from interview.render.kruisverwijzingen import Kruisverwijzingen
from interview.render.lezers import LEZERSVERSIES, Lezer, lezersdelen, voorbeelddeel
from interview.render.omgeving import maak_omgeving
from interview.render.sjabloonmap import Sjabloonkeuze, kies_sjablonen, meegeleverde_sjablonen
from interview.render.zicht import lezerszicht, zicht_op
from interview.versiemap import vervang_versiemap

PLANNEN = ("veiligheidsplan", "ondersteuningsplan")
SOORTEN = (*PLANNEN, *LEZERSVERSIES)
"""Every kind of document, each its own template: the two plans, then one per kind of reader."""
TITELS = {"veiligheidsplan": "Veiligheidsplan", "ondersteuningsplan": "Ondersteuningsplan",
          "netwerkversie": "Netwerkversie", "kinderversie": "Kinderversie", "gezinsversie": "Gezinsversie"}
METADATA = ".vplan.json"


def bestandsnaam(soort: str, kenmerk: str, versie: int, nummer: int = 0) -> str:
    """`netwerkversie-VP-2026-0042-v1-2.docx`: a reader's document carries the reader's number
    (place in the network or among the children), never a name; `nummer` 0 for one per plan."""
    return f"{soort}-{kenmerk}-v{versie}{f'-{nummer}' if nummer else ''}.docx"


@dataclass(frozen=True)
class Gerenderd:
    """One finished document, still in memory, with what made it."""

    soort: str
    bestandsnaam: str
    inhoud: bytes
    sjabloon_hash: str
    sjabloon_versie: str = ""
    lezer: Lezer | None = None
    """For whom a reader's document is; None for the two plans."""

    @property
    def sleutel(self) -> str:
        """The document's key in METADATA: its kind, with the reader's number if there is one."""
        return f"{self.soort}-{self.lezer.nummer}" if self.lezer and self.lezer.nummer else self.soort


def render_documenten(
    plan: Plan, uitvoer_map: Path, sjablonen: Path | None = None, *,
    vorige: Plan | None = None, vastlegging: Vastlegging | None = None,
) -> list[Path]:
    """Render every document of `plan` into `uitvoer_map/v<versie>/`, as one set with its METADATA.

    `vorige` (the previous plan version) gives "Wijzigingen ten opzichte van versie N"; without it
    that section says there is nothing to compare. `vastlegging` (the dossier's signatures and
    receipts, all versions) fills the signature section and the verspreidingslijst; without it the
    plan file's own signatures show.

    All are rendered in memory first, so a broken template writes nothing at all; the set then
    replaces that version's folder in one step (see interview.versiemap), so nobody finds a new
    document beside an old one. Other versions' folders stay. Returns the paths of the documents.
    """
    return schrijf_documenten(plan, maak_documenten(plan, sjablonen, vorige=vorige, vastlegging=vastlegging),
                              uitvoer_map)


def schrijf_documenten(plan: Plan, documenten: list[Gerenderd], uitvoer_map: Path) -> list[Path]:
    """Put `plan`'s documents, rendered in memory, into `uitvoer_map/v<versie>/` as one set."""
    kenmerk = plan.dossier.kenmerk
    versiemap = vervang_versiemap(
        uitvoer_map, f"v{plan.versie}",
        {**{d.bestandsnaam: d.inhoud for d in documenten}, METADATA: _metadata(plan, documenten)},
        bezet=f"De documenten van dossier {kenmerk} worden al gemaakt door een ander vplan-proces. "
        "Wacht tot dat klaar is en probeer het dan opnieuw.",
    )
    return [versiemap / d.bestandsnaam for d in documenten]


def maak_documenten(
    plan: Plan, sjablonen: Path | None = None, *,
    vorige: Plan | None = None, vastlegging: Vastlegging | None = None,
) -> list[Gerenderd]:
    """Every document of `plan`, rendered in memory from `sjablonen` (None: the default templates).

    `vorige` and `vastlegging` as for `render_documenten`. Raises SjabloonFout for a template
    that is missing or cannot render this plan; writes nothing.
    """
    keuze = kies_sjablonen(sjablonen, SOORTEN, meegeleverde_sjablonen())
    zicht = zicht_op(plan, vorige, vastlegging)
    plannen = [_render(soort, plan, zicht, keuze.paden[soort], keuze.versie) for soort in PLANNEN]
    return plannen + lezersdocumenten(plan, keuze, vastlegging)


def lezersdocumenten(
    plan: Plan, keuze: Sjabloonkeuze, vastlegging: Vastlegging | None = None
) -> list[Gerenderd]:
    """One document per reader (render/lezers.py) beside the two plans, each from the view of
    the plan that reader may read, never from the full plan's view."""
    return [_render(lezer.soort, plan, eigen_zicht, keuze.paden[lezer.soort], keuze.versie, lezer)
            for lezer, eigen_zicht in lezerszichten(plan, vastlegging)]


def lezerszichten(
    plan: Plan, vastlegging: Vastlegging | None = None
) -> list[tuple[Lezer, Mapping[str, Any]]]:
    """Each reader of `plan` with the view their document is rendered from (made from what that
    reader may read); one choice for the normal path and the fast path (interview.render.snel),
    so the two cannot drift apart."""
    return [(deel.lezer, lezerszicht(deel.plan, deel.lezer, vastlegging))
            for deel in lezersdelen(plan, vastlegging)]


def render_sjabloon(soort: str, plan: Plan, sjabloon: Path) -> Gerenderd:
    """One document of `plan` from the template file `sjabloon`, in memory (for trying a template);
    a reader's document for the first such reader (see `voorbeelddeel`)."""
    if soort in LEZERSVERSIES:
        deel = voorbeelddeel(plan, soort)
        return _render(soort, plan, lezerszicht(deel.plan, deel.lezer), sjabloon, lezer=deel.lezer)
    return _render(soort, plan, zicht_op(plan), sjabloon)


def controleer_sjablonen(
    plan: Plan, sjablonen: Path | None = None, *,
    vorige: Plan | None = None, vastlegging: Vastlegging | None = None,
) -> list[Gerenderd]:
    """The documents of `plan`, rendered before it is stored: SjabloonFout, saying the plan is not
    stored yet, when a template is missing or cannot render it.

    Give a next version its `vorige`, so the change list is rendered in the check too. The caller
    writes what is returned once the plan is stored (schrijf_documenten), so nothing renders twice.
    """
    try:
        return maak_documenten(plan, sjablonen, vorige=vorige, vastlegging=vastlegging)
    except SjabloonFout as fout:
        raise SjabloonFout(fout.bericht, [
            *fout.details,
            "het plan is nog niet bewaard; herstel het sjabloon en geef dezelfde opdracht opnieuw "
            "(de antwoorden blijven bewaard)",
        ]) from fout


def ids_per_document(plan: Plan) -> dict[str, set[str]]:
    """Which numbered items each document bookmarks."""
    vp, op = plan.veiligheidsplan, plan.ondersteuningsplan
    return {
        "veiligheidsplan": {
            *(z.id for z in vp.zorgen),
            *(d.id for d in vp.veiligheidsdoelen),
            *(b.id for b in vp.bodemeisen),
            *(a.id for a in vp.afspraken),
            *(i.id for i in vp.incidenten),
        },
        "ondersteuningsplan": {*(d.id for d in op.doelen), *(a.id for a in op.afspraken)},
    }


def _render(
    soort: str, plan: Plan, zicht: Mapping[str, Any], sjabloon: Path, versie: str = "",
    lezer: Lezer | None = None,
) -> Gerenderd:
    """One document from the read-only view `zicht` shared by all; the template never sees `plan`."""
    inhoud = _lees_sjabloon(sjabloon)
    sjabloon_document = _open_sjabloon(sjabloon, inhoud)
    kenmerk = plan.dossier.kenmerk
    omgeving = maak_omgeving(zicht["personen"], _verwijzingen(soort, plan, sjabloon_document))
    try:
        sjabloon_document.render(dict(zicht), omgeving, autoescape=True)
    except Grens as fout:
        raise SjabloonFout(f"Sjabloon {sjabloon.name} is gestopt: {fout}") from fout
    except RecursionError as fout:
        raise SjabloonFout(f"Sjabloon {sjabloon.name} is gestopt: een macro of lus roept zichzelf "
                           "te vaak aan") from fout
    except (TemplateError, SecurityError, XMLSyntaxError) as fout:
        raise _sjabloonfout(sjabloon.name, fout) from fout
    except (ArithmeticError, TypeError, ValueError, LookupError, AttributeError) as fout:
        # Template code that runs but fails, like {{ 1/0 }} or {{ tekst + 5 }}.
        raise SjabloonFout(
            f"Sjabloon {sjabloon.name} bevat een code die niet uitgevoerd kan worden: een berekening "
            f"of bewerking past niet bij de gegevens ({type(fout).__name__})"
        ) from fout
    identiteit = sjabloon_hash(inhoud)
    _zet_eigenschappen(sjabloon_document, soort, plan, sjabloon.name, identiteit, versie)
    buffer = io.BytesIO()
    sjabloon_document.save(buffer)
    naam = bestandsnaam(soort, kenmerk, plan.versie, lezer.nummer if lezer else 0)
    return Gerenderd(soort, naam, buffer.getvalue(), identiteit, versie, lezer)


def _verwijzingen(soort: str, plan: Plan, sjabloon_document: DocxTemplate) -> Kruisverwijzingen:
    """Links between the two plans; a reader's document links nowhere, as its reader has no other."""
    per_document = ids_per_document(plan)
    if soort not in PLANNEN:
        return Kruisverwijzingen(hier=set(), elders={}, relateer=sjabloon_document.build_url_id)
    ander = next(s for s in PLANNEN if s != soort)
    return Kruisverwijzingen(
        hier=per_document[soort],
        elders={
            id_: (TITELS[ander].lower(), bestandsnaam(ander, plan.dossier.kenmerk, plan.versie))
            for id_ in per_document[ander]
        },
        relateer=sjabloon_document.build_url_id,
    )


def _lees_sjabloon(sjabloon: Path) -> bytes:
    try:
        return sjabloon.read_bytes()
    except FileNotFoundError as fout:
        raise SjabloonFout(f"Sjabloon niet gevonden: {sjabloon}") from fout
    except OSError as fout:
        raise SjabloonFout(f"Sjabloon {sjabloon} kan niet gelezen worden: {schijfreden(fout)}") from fout


def _open_sjabloon(sjabloon: Path, inhoud: bytes) -> DocxTemplate:
    document = Sjabloon(io.BytesIO(inhoud))
    try:
        document.init_docx()
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, XMLSyntaxError) as fout:
        raise SjabloonFout(f"Sjabloon {sjabloon} is geen geldig Word-bestand (.docx)") from fout
    return document


def _sjabloonfout(naam: str, fout: Exception) -> SjabloonFout:
    """Explain a template error in Dutch, with the template text around it when known."""
    details = [regel.strip() for regel in getattr(fout, "docx_context", []) if regel.strip()]
    if isinstance(fout, UndefinedError):
        veld = re.search(r"'([^']+)'(?: is undefined| has no attribute '([^']+)')", str(fout))
        onbekend = (veld.group(2) or veld.group(1)) if veld else str(fout)
        bericht = f"Sjabloon {naam} gebruikt een veld dat niet bestaat: '{onbekend}'"
    elif isinstance(fout, NietToegestaan):
        bericht = f"Sjabloon {naam} gebruikt iets wat in een sjabloon niet mag: {fout}"
    elif isinstance(fout, SecurityError):
        bericht = (f"Sjabloon {naam} probeert iets wat in een sjabloon niet mag "
                   "(interne onderdelen van Python benaderen)")
    elif isinstance(fout, TemplateSyntaxError):
        bericht = (f"Sjabloon {naam} bevat een fout in een {{{{ }}}}- of {{% %}}-code: "
                   f"{_jinja_in_nederlands(fout.message or '')}")
    elif isinstance(fout, XMLSyntaxError):
        bericht = (f"Sjabloon {naam} levert geen geldig Word-document op "
                   "(controleer de {%p %}- en {%tr %}-codes)")
    else:
        bericht = f"Sjabloon {naam} kan niet gevuld worden: {fout}"
    return SjabloonFout(bericht, [*details, "waar in Word, en of er meer fouten zijn, toont: "
                                  "vplan sjablonen controleer MAP"])


JINJA_BERICHTEN = [
    (re.compile(r"Unexpected end of template.*'(end\w+)'"),
     "de sjabloon houdt op terwijl er nog een {{% {0} %}} ontbreekt"),
    (re.compile(r"Unexpected end of template"), "de sjabloon houdt op terwijl een code nog open is"),
    (re.compile(r"No filter named '([^']+)'"), "onbekend filter '{0}'"),
    (re.compile(r"No test named '([^']+)'"), "onbekende test '{0}'"),
    (re.compile(r"Encountered unknown tag '([^']+)'"), "onbekende code '{0}' (of een einde zonder begin)"),
    (re.compile(r"unexpected '([^']+)'"), "onverwacht teken '{0}'"),
    (re.compile(r"expected token '([^']+)', got '([^']+)'"), "verwacht '{0}' maar vond '{1}'"),
    (re.compile(r"unexpected end of template"), "de sjabloon houdt op terwijl een code nog open is"),
]


VERWACHT = re.compile(r"looking for the following tags?: (.*?)\.?(?: The innermost|$)")


def _jinja_in_nederlands(bericht: str) -> str:
    """Jinja explains syntax errors in English; the common ones in Dutch, with the closing code
    Jinja was waiting for (issue 10: "was looking for 'endfor'" used to be dropped)."""
    uitleg = next((nederlands.format(*gevonden.groups()) for patroon, nederlands in JINJA_BERICHTEN
                   if (gevonden := patroon.search(bericht))), "de opbouw van de code klopt niet")
    verwacht = VERWACHT.search(bericht)
    if verwacht:
        codes = re.findall(r"'(\w+)'", verwacht.group(1))
        uitleg += "; verwacht werd " + " of ".join(f"{{%p {code} %}}" for code in codes)
    return uitleg


def _zet_eigenschappen(
    document: DocxTemplate, soort: str, plan: Plan, sjabloon: str, sjabloon_hash: str, sjabloonversie: str
) -> None:
    """Title, kenmerk, version and template identity, so a file says what made it."""
    eigenschappen = document.docx.core_properties
    kenmerk = plan.dossier.kenmerk
    eigenschappen.title = f"{TITELS[soort]} {kenmerk} versie {plan.versie}"
    eigenschappen.subject = kenmerk
    eigenschappen.identifier = kenmerk
    eigenschappen.version = str(plan.versie)
    eigenschappen.content_status = plan.status
    eigenschappen.author = plan.dossier.werker.naam
    eigenschappen.keywords = (f"kenmerk={kenmerk}; planversie={plan.versie}; sjabloon={sjabloon_hash}"
                              + (f"; sjabloonversie={sjabloonversie}" if sjabloonversie else ""))
    eigenschappen.comments = (
        f"Gemaakt met vplan {__version__} uit planversie {plan.versie} met sjabloon {sjabloon}"
        + (f" versie {sjabloonversie}" if sjabloonversie else "") + f" ({sjabloon_hash})."
    )
    eigenschappen.language = "nl-NL"
    moment = dt.datetime.combine(plan.datum, dt.time(12, 0))
    eigenschappen.created = moment
    eigenschappen.modified = moment
    eigenschappen.last_modified_by = "vplan"


def _metadata(plan: Plan, documenten: list[Gerenderd]) -> bytes:
    """What made each document, so bulk re-rendering can skip what is current."""
    gegevens = {
        "schema_versie": 1,
        "kenmerk": plan.dossier.kenmerk,
        "planversie": plan.versie,
        "documenten": {
            d.sleutel: {"bestand": d.bestandsnaam, "sjabloon_hash": d.sjabloon_hash,
                        "sjabloon_versie": d.sjabloon_versie, "soort": d.soort, **_lezer(d.lezer)}
            for d in documenten
        },
    }
    return json.dumps(gegevens, ensure_ascii=False, indent=2).encode("utf-8")


def _lezer(lezer: Lezer | None) -> dict[str, Any]:
    """Who reads a document, for METADATA: everyone for a plan, else the reader by name and number."""
    if lezer is None:
        return {"lezer": "volledig"}
    return {"lezer": lezer.naam or lezer.rol, "lezernummer": lezer.nummer}
