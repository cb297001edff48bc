"""`vplan sjablonen controleer`: every problem of every template in a folder, in one run.

Three layers, each adding what the one before cannot know: the syntax of the codes and how they
sit in Word (syntaxis.py, docxtpl-lint), the fields against the plan model (modelcontrole.py),
and rendering with generated plans (proef.py) for a template without errors in the first two.
"""

from __future__ import annotations

import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from jinja2.filters import FILTERS
from lxml import etree

from interview.fouten import schijfreden
from interview.model import Plan
from interview.render.documenten import SOORTEN
from interview.render.ingevuld import HOE, reden_ingevuld
from interview.render.proefplannen import proefplannen
from interview.render.sjabloonmap import kies_sjablonen, meegeleverde_sjablonen
from interview.render.zandbak import FILTERS_ZONDER_RISICO
from interview.sjablonen.bevinding import Bevinding
from interview.sjablonen.blokken import celbevindingen
from interview.sjablonen.modelcontrole import modelbevindingen, omgeving
from interview.sjablonen.plaats import Alinea, alineas
from interview.sjablonen.proef import proefbevindingen
from interview.sjablonen.syntaxis import syntaxbevindingen
from interview.sjablonen.tekstproef import tekstproefbevindingen


@dataclass
class Rapport:
    """What the check found, per template file, which files it checked, and what it could not check."""

    gecontroleerd: list[Path] = field(default_factory=list)
    meldingen: list[str] = field(default_factory=list)
    bevindingen: list[Bevinding] = field(default_factory=list)
    niet_nagekeken: list[str] = field(default_factory=list)
    """Places (file · Word place) whose codes could not be checked, because the code there is broken."""

    @property
    def fouten(self) -> int:
        return sum(1 for b in self.bevindingen if b.ernst == "fout")

    @property
    def waarschuwingen(self) -> int:
        return sum(1 for b in self.bevindingen if b.ernst == "waarschuwing")

    def samenvatting(self) -> str:
        """`2 fouten, 1 waarschuwing`."""
        fouten = f"{self.fouten} {'fout' if self.fouten == 1 else 'fouten'}"
        return f"{fouten}, {self.waarschuwingen} waarschuwing{'' if self.waarschuwingen == 1 else 'en'}"


@dataclass
class Uitslag:
    """One template's findings, and the places whose codes could not be checked."""

    bevindingen: list[Bevinding]
    niet_nagekeken: list[str] = field(default_factory=list)


def controleer_map(map_: Path | None, proef: bool = True) -> Rapport:
    """Check the templates of the team folder `map_` (None: $VPLAN_SJABLONEN or the shipped ones).

    `proef` False skips rendering with the generated plans (the static layers only).
    """
    keuze = kies_sjablonen(map_, SOORTEN, meegeleverde_sjablonen())
    rapport = Rapport(meldingen=list(keuze.meldingen))
    plannen = proefplannen() if proef else {}
    for soort in SOORTEN:
        pad = keuze.paden[soort]
        rapport.gecontroleerd.append(pad)
        uitslag = controleer(soort, pad, plannen)
        rapport.bevindingen += uitslag.bevindingen
        rapport.niet_nagekeken += uitslag.niet_nagekeken
    return rapport


def controleer_sjabloon(soort: str, pad: Path, plannen: Mapping[str, Plan]) -> list[Bevinding]:
    """Every finding of one template file (see `controleer`)."""
    return controleer(soort, pad, plannen).bevindingen


def controleer(soort: str, pad: Path, plannen: Mapping[str, Plan]) -> Uitslag:
    """Every finding of one template file, each fault once, at its Word place.

    The model layer and the proof fill go on after a syntax error (herstel.py); the Word file itself
    is filled with `plannen` only when the codes are sound (it stops at the first error).
    """
    try:
        inhoud = pad.read_bytes()
        delen = alineas(inhoud)
    except FileNotFoundError:
        return Uitslag([Bevinding(pad.name, "fout", "het bestand bestaat niet", "geen-bestand")])
    except OSError as fout:
        waarom = f"het bestand kan niet gelezen worden ({schijfreden(fout)})"
        return Uitslag([Bevinding(pad.name, "fout", waarom, "geen-bestand")])
    except (zipfile.BadZipFile, etree.XMLSyntaxError):
        return Uitslag([Bevinding(pad.name, "fout", "dit is geen geldig Word-bestand (.docx)", "geen-docx")])
    reden = reden_ingevuld(inhoud)
    if reden is not None:
        return Uitslag([Bevinding(pad.name, "fout", f"het sjabloon {reden}. {HOE}", "ingevuld")])
    model = modelbevindingen(pad.name, delen, soort)
    bevindingen = _eenmaal([*syntaxbevindingen(pad.name, inhoud, _filters(), delen),
                            *celbevindingen(pad.name, delen), *model.bevindingen])
    if plannen:
        proef = _proef(soort, pad, delen, model.teksten, plannen, bevindingen)
        bevindingen = _eenmaal([*bevindingen, *proef])
    niet = [" · ".join([pad.name, *a.plaats()]) for a in model.niet_nagekeken]
    return Uitslag(bevindingen + _snelheid(pad), niet)


def _proef(soort: str, pad: Path, delen: Mapping[str, Sequence[Alinea]], teksten: Mapping[str, str],
           plannen: Mapping[str, Plan], statisch: list[Bevinding]) -> list[Bevinding]:
    """The proof fill. A template with sound codes is filled as the Word file it is (which also finds
    what breaks the document's XML); only when that fails, or when a syntax error makes it impossible,
    are its parts filled one by one (tekstproef.py), which names each failing paragraph and goes on."""
    if not any(b.ernst == "fout" for b in statisch):
        geheel = proefbevindingen(pad.name, soort, pad, delen, plannen)
        if not geheel:
            return []
        per_deel = tekstproefbevindingen(pad.name, soort, pad, delen, teksten, plannen)
        return per_deel or geheel
    return tekstproefbevindingen(pad.name, soort, pad, delen, teksten, plannen)


def _eenmaal(bevindingen: list[Bevinding]) -> list[Bevinding]:
    """Each fault once: a second finding of the same kind at the same place and code goes, and a proof
    fill's failure goes where a static layer already reported an error at that paragraph."""
    gezien: set[tuple[str, tuple[str, ...], str]] = set()
    fout_op = {b.plaats for b in bevindingen if b.ernst == "fout" and b.soort != "vullen-mislukt"}
    uitkomst: list[Bevinding] = []
    for bevinding in bevindingen:
        sleutel = (bevinding.soort, bevinding.plaats, bevinding.code)
        if sleutel in gezien or (bevinding.soort == "vullen-mislukt" and bevinding.plaats in fout_op):
            continue
        gezien.add(sleutel)
        uitkomst.append(bevinding)
    return uitkomst


def _snelheid(pad: Path) -> list[Bevinding]:
    """A warning when the fast path (interview.render.snel) cannot take the template, with the cost:
    a team lead who adds something it cannot take should hear it before `vplan opnieuw` is slow."""
    from interview.render import snel  # docxtpl: only when a template is checked this far

    if snel.voorbereid(pad) is not None:
        return []
    reden = snel.reden(pad)
    return [Bevinding(pad.name, "waarschuwing", reden, "langzaam")] if reden else []


def _filters() -> frozenset[str]:
    """The filters a template may use: vplan's own and Jinja's safe ones, not the refused ones."""
    eigen = {naam for naam in omgeving().filters if naam not in FILTERS}
    return frozenset(FILTERS_ZONDER_RISICO | eigen | {"join", "sum"})
