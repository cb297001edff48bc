"""Renders every document of one plan version in memory: same kenmerk, version and numbers in each."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2.exceptions import SecurityError, TemplateError
from lxml import etree
from lxml.etree import XMLSyntaxError

from interview import __version__
from interview.fouten import SjabloonFout, schijfreden
from interview.model import Plan
from interview.model.vaststelling import Vastlegging
from interview.render.brief import BRIEF, Brief, brieven
from interview.render.grenzen import Grens, Grenzen
from interview.render.ingevuld import weiger_ingevuld
from interview.render.kerneigenschappen import zet_moment, zet_tekst
from interview.render.kruisverwijzingen import Kruisverwijzingen
from interview.render.lezers import (
    LEZERSVERSIES,
    Lezer,
    eigen_exemplaren,
    leesrecht_van,
    lezersdelen,
    voorbeelddeel,
)
from interview.render.omgeving import maak_omgeving
from interview.render.perdossier import per_dossier
from interview.render.sjabloonfout import sjabloonfout
from interview.render.sjabloonmap import Sjabloonkeuze, kies_sjablonen, meegeleverde_sjablonen
from interview.render.team import met_team
from interview.render.zicht import briefzicht, lezerszicht, zicht_op

if TYPE_CHECKING:
    from docxtpl import DocxTemplate

PLANNEN = ("veiligheidsplan", "ondersteuningsplan")
SOORTEN = (*PLANNEN, *LEZERSVERSIES, BRIEF)
"""Every kind of document, each its own template: the two plans, one per kind of reader, the letter."""
TITELS = {"veiligheidsplan": "Veiligheidsplan", "ondersteuningsplan": "Ondersteuningsplan",
          "professionalversie": "Professionalversie", "netwerkversie": "Netwerkversie",
          "kinderversie": "Kinderversie", "gezinsversie": "Gezinsversie", BRIEF: "Brief bij de nieuwe versie"}


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
    lezer: Lezer | Brief | None = None
    """For whom a reader's document or letter is; None for the two plans."""

    @property
    def sleutel(self) -> str:
        """The document's key in .vplan.json (interview.versieset): its kind, with the reader's number."""
        return f"{self.soort}-{self.lezer.nummer}" if self.lezer and self.lezer.nummer else self.soort


def maak_documenten(
    plan: Plan, sjablonen: Path | None = None, *,
    vorige: Plan | None = None, vastlegging: Vastlegging | None = None, eerdere: Sequence[Plan] = (),
) -> list[Gerenderd]:
    """Every document of `plan`, rendered in memory from `sjablonen` (None: the default templates).

    `vorige` (the previous plan version) gives "Wijzigingen ten opzichte van versie N"; without it
    that section says there is nothing to compare. `vastlegging` (the dossier's signatures and
    receipts, all versions) fills the signature section and the verspreidingslijst; without it the
    plan file's own signatures show. `eerdere` (every earlier version) gives the scores' history and
    each recipient's letter what changed since the version they last received. All are rendered
    before any is returned, so a broken template gives nothing to write: SjabloonFout for a
    template that is missing or cannot render this plan.
    interview.versieset writes the set.
    """
    keuze = kies_sjablonen(sjablonen, SOORTEN, meegeleverde_sjablonen())
    with per_dossier():  # readers' plans and views of one dossier from shared parts
        plannen = [render_document(soort, plan, zicht, keuze.paden[soort], keuze.versie, lezer)
                   for soort, zicht, lezer in planzichten(plan, vorige, vastlegging, eerdere)]
        brieven_ = [render_document(BRIEF, plan, eigen_zicht, keuze.paden[BRIEF], keuze.versie, brief)
                    for brief, eigen_zicht in briefzichten(plan, eerdere, vastlegging)]
        return plannen + lezersdocumenten(plan, keuze, vastlegging) + brieven_


def planzichten(
    plan: Plan, vorige: Plan | None = None, vastlegging: Vastlegging | None = None,
    eerdere: Sequence[Plan] = (),
) -> list[tuple[str, Mapping[str, Any], Lezer | None]]:
    """The two full plans as the professionals read them, then a recipient's own copy where their
    part differs (render/lezers.py `eigen_exemplaren`), each with the view it is rendered from; one
    choice for the normal path and the fast path (interview.render.snel)."""
    gedeeld = zicht_op(plan, vorige, vastlegging, eerdere)
    return [*((soort, gedeeld, None) for soort in PLANNEN),
            *((deel.lezer.soort,
               zicht_op(plan, vorige, vastlegging, eerdere, leesrecht_van(plan, deel.lezer)), deel.lezer)
              for deel in eigen_exemplaren(plan))]


def lezersdocumenten(
    plan: Plan, keuze: Sjabloonkeuze, vastlegging: Vastlegging | None = None
) -> list[Gerenderd]:
    """One document per reader (render/lezers.py) beside the two plans, each from the view of
    the plan that reader may read, never from the full plan's view."""
    return [render_document(lezer.soort, plan, eigen_zicht, keuze.paden[lezer.soort], keuze.versie, lezer)
            for lezer, eigen_zicht in lezerszichten(plan, vastlegging)]


def lezerszichten(
    plan: Plan, vastlegging: Vastlegging | None = None
) -> list[tuple[Lezer, Mapping[str, Any]]]:
    """Each reader of `plan` with the view their document is rendered from (made from what that
    reader may read); one choice for the normal path and the fast path (interview.render.snel),
    so the two cannot drift apart."""
    return [(deel.lezer, lezerszicht(deel.plan, deel.lezer, vastlegging))
            for deel in lezersdelen(plan, vastlegging)]


def briefzichten(
    plan: Plan, eerdere: Sequence[Plan] = (), vastlegging: Vastlegging | None = None
) -> list[tuple[Brief, Mapping[str, Any]]]:
    """Each recipient's letter with the view it is rendered from (what that recipient may read);
    one choice for the normal and the fast path."""
    return [(deel.brief, briefzicht(deel.plan, deel.brief, vastlegging))
            for deel in brieven(plan, eerdere, vastlegging)]


def render_sjabloon(soort: str, plan: Plan, sjabloon: Path) -> Gerenderd:
    """One document of `plan` from the template file `sjabloon`, in memory (for trying a template);
    a reader's document for the first such reader (see `voorbeelddeel`)."""
    if soort in LEZERSVERSIES:
        deel = voorbeelddeel(plan, soort)
        return render_document(soort, plan, lezerszicht(deel.plan, deel.lezer), sjabloon, lezer=deel.lezer)
    if soort == BRIEF:
        brief, eigen_zicht = briefzichten(plan)[0]
        return render_document(soort, plan, eigen_zicht, sjabloon, lezer=brief)
    return render_document(soort, plan, zicht_op(plan), sjabloon)


def controleer_sjablonen(
    plan: Plan, sjablonen: Path | None = None, *,
    vorige: Plan | None = None, vastlegging: Vastlegging | None = None, eerdere: Sequence[Plan] = (),
) -> list[Gerenderd]:
    """The documents of `plan`, rendered before it is stored: SjabloonFout, saying the plan is not
    stored yet, when a template is missing or cannot render it.

    Give a next version its `vorige`, so the change list is rendered in the check too. The caller
    writes what is returned once the plan is stored (interview.versieset), so nothing renders twice.
    """
    try:
        return maak_documenten(plan, sjablonen, vorige=vorige, vastlegging=vastlegging, eerdere=eerdere)
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


def render_document(
    soort: str, plan: Plan, zicht: Mapping[str, Any], sjabloon: Path, versie: str = "",
    lezer: Lezer | Brief | None = None, grenzen: Grenzen | None = None,
) -> Gerenderd:
    """One document from the read-only view `zicht` shared by all; the template never sees `plan`.

    `grenzen` None: the standard limits, counted from now (the fast path passes what it left).
    """
    inhoud = _lees_sjabloon(sjabloon)
    sjabloon_document = _open_sjabloon(sjabloon, inhoud)
    kenmerk = plan.dossier.kenmerk
    omgeving = maak_omgeving(
        zicht["personen"], verwijzingen(soort, plan, sjabloon_document.build_url_id, lezer), grenzen)
    try:
        sjabloon_document.render(met_team(zicht, sjabloon, versie), omgeving, autoescape=True)
    except Grens as fout:
        raise SjabloonFout(f"Sjabloon {sjabloon.name} is gestopt: {fout}") from fout
    except RecursionError as fout:
        raise SjabloonFout(f"Sjabloon {sjabloon.name} is gestopt: een macro of lus roept zichzelf "
                           "te vaak aan") from fout
    except (TemplateError, SecurityError, XMLSyntaxError) as fout:
        raise sjabloonfout(sjabloon.name, fout) from fout
    except (ArithmeticError, TypeError, ValueError, LookupError, AttributeError) as fout:
        # Template code that runs but fails, like {{ 1/0 }} or {{ tekst + 5 }}.
        raise SjabloonFout(
            f"Sjabloon {sjabloon.name} bevat een code die niet uitgevoerd kan worden: een berekening "
            f"of bewerking past niet bij de gegevens ({type(fout).__name__})"
        ) from fout
    from interview.render.identiteit import sjabloon_hash  # the normal path's alone: a prepared one has it

    identiteit = sjabloon_hash(inhoud)
    kern = sjabloon_document.docx.core_properties._element  # core.xml's root, written by our own writer
    zet_eigenschappen(kern, soort, plan, sjabloon.name, identiteit, versie)
    buffer = io.BytesIO()
    sjabloon_document.save(buffer)
    naam = bestandsnaam(soort, kenmerk, plan.versie, lezer.nummer if lezer else 0)
    return Gerenderd(soort, naam, buffer.getvalue(), identiteit, versie, lezer)


def verwijzingen(
    soort: str, plan: Plan, relateer: Callable[[str], str], lezer: Lezer | Brief | None = None
) -> Kruisverwijzingen:
    """The cross-references of one document of `soort`: links between the two plans (a recipient's
    own copy, `lezer`, to their own copy of the other); a reader's document links nowhere, as its
    reader has no other. `relateer` gives the rId of a hyperlink target in the document being made
    (docxtpl's build_url_id, or the fast path's own)."""
    per_document = ids_per_document(plan)
    if soort not in PLANNEN:
        return Kruisverwijzingen(hier=set(), elders={}, relateer=relateer)
    ander = next(s for s in PLANNEN if s != soort)
    return Kruisverwijzingen(
        hier=per_document[soort],
        elders={
            id_: (TITELS[ander].lower(),
                  bestandsnaam(ander, plan.dossier.kenmerk, plan.versie, lezer.nummer if lezer else 0))
            for id_ in per_document[ander]
        },
        relateer=relateer,
    )


def _lees_sjabloon(sjabloon: Path) -> bytes:
    try:
        inhoud = sjabloon.read_bytes()
    except FileNotFoundError as fout:
        raise SjabloonFout(f"Sjabloon niet gevonden: {sjabloon}") from fout
    except OSError as fout:
        raise SjabloonFout(f"Sjabloon {sjabloon} kan niet gelezen worden: {schijfreden(fout)}") from fout
    weiger_ingevuld(sjabloon, inhoud)
    return inhoud


def _open_sjabloon(sjabloon: Path, inhoud: bytes) -> DocxTemplate:
    """The template as docxtpl opens it; the one place the normal path imports docxtpl and python-docx,
    so the fast path (interview.render.snel), which shares this module, starts without them."""
    from docx.opc.exceptions import PackageNotFoundError

    from interview.render.bron import Sjabloon

    document = Sjabloon(io.BytesIO(inhoud))
    try:
        document.init_docx()
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, XMLSyntaxError) as fout:
        raise SjabloonFout(f"Sjabloon {sjabloon} is geen geldig Word-bestand (.docx)") from fout
    return document


def zet_eigenschappen(
    kern: etree._Element, soort: str, plan: Plan, sjabloon: str, sjabloon_hash: str, sjabloonversie: str,
) -> None:
    """Title, kenmerk, version and template identity in a document's core properties (core.xml's root
    element `kern`), so a file says what made it; one writer of them for the normal and the fast
    path (interview.render.snel)."""
    kenmerk = plan.dossier.kenmerk
    keywords = (f"kenmerk={kenmerk}; planversie={plan.versie}; sjabloon={sjabloon_hash}"
                + (f"; sjabloonversie={sjabloonversie}" if sjabloonversie else ""))
    comments = (
        f"Gemaakt met vplan {__version__} uit planversie {plan.versie} met sjabloon {sjabloon}"
        + (f" versie {sjabloonversie}" if sjabloonversie else "") + f" ({sjabloon_hash})."
    )
    teksten = {
        "title": f"{TITELS[soort]} {kenmerk} versie {plan.versie}", "subject": kenmerk, "identifier": kenmerk,
        "version": str(plan.versie), "content_status": plan.status, "author": plan.dossier.werker.naam,
        "keywords": keywords, "comments": comments, "language": "nl-NL",
    }
    for naam, waarde in teksten.items():  # in this order: a property new to the file is appended
        zet_tekst(kern, naam, waarde)
    moment = dt.datetime.combine(plan.datum, dt.time(12, 0))
    zet_moment(kern, "created", moment)
    zet_moment(kern, "modified", moment)
    zet_tekst(kern, "last_modified_by", "vplan")
