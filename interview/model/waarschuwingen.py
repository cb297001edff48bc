"""What a worker is told before a plan is stored: it may hold, but practice asks a second look."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from interview.model.dossier import leeftijd_op
from interview.model.toestemming import LEZERSSOORTEN

if TYPE_CHECKING:
    from interview.model.plan import Plan
    from interview.model.toestemming import Toestemming


def waarschuwingen(plan: Plan) -> list[str]:
    """One Dutch line per point the worker should know of before the plan is stored; [] if none."""
    return [*_veilig_thuis(plan), *_noodplan_dekt_elk_kind(plan), *_woorden_zonder_lezer(plan)]


def _woorden_zonder_lezer(plan: Plan) -> list[str]:
    """Words no version of the plan may show (a child's words without the child's yes, or the
    parents' below 16): the worker chose them, so the worker hears that they stay out."""
    leeftijden = {k.naam: leeftijd_op(k.geboortedatum, plan.datum) for k in plan.dossier.gezin.kinderen}
    zonder: Counter[str] = Counter()
    for toestemming, sprekers in _woorden(plan):
        kinderen = [leeftijden[naam] for naam in sprekers if naam in leeftijden]
        if not any(toestemming.staat_toe(soort, "", kinderen) for soort in LEZERSSOORTEN):
            zonder.update([", ".join(sprekers)])
    return [f"Let op: {aantal} uitspra{'ak' if aantal == 1 else 'ken'} van {wie} zonder vastgelegde "
            "toestemming; die komt in geen enkel document." for wie, aantal in sorted(zonder.items())]


def _woorden(plan: Plan) -> list[tuple[Toestemming, list[str]]]:
    """Every statement in the plan that consent applies to, with who said it."""
    vp, op = plan.veiligheidsplan, plan.ondersteuningsplan
    return [
        *((u.toestemming, [u.door]) for z in vp.zorgen for u in z.uitspraken),
        *((k.toestemming, list(k.genoemd_door)) for k in vp.wat_gaat_goed),
        *((s.toestemming, [s.naam]) for s in vp.schaalvragen),
        *((b.toestemming, list(b.beschreven_door)) for b in [*op.krachten, *op.zorgen]),
        *((h.toestemming, [h.door]) for h in op.hulpvraag_jongeren),
    ]


def _veilig_thuis(plan: Plan) -> list[str]:
    """Acute or structural unsafety without Veilig Thuis: the meldcode asks for a melding, or a
    reason why not, recorded in the dossier."""
    dossier = plan.dossier
    if not dossier.onveilig_zonder_veilig_thuis:
        return []
    reden = dossier.meldcode.reden_geen_veilig_thuis if dossier.meldcode else ""
    begin = ("Let op: de risicotaxatie of het afwegingskader zegt acute of structurele onveiligheid, "
             "en Veilig Thuis is niet betrokken")
    if reden:
        return [f"{begin}. Vastgelegde reden: {reden}"]
    return [f"{begin} en er is geen reden vastgelegd. De meldcode vraagt dan een melding; leg de "
            "reden vast bij de meldcode van het dossier (vplan nieuw, vraag 'mc_reden_geen_vt')."]


def _noodplan_dekt_elk_kind(plan: Plan) -> list[str]:
    """Every child is covered by a noodplan line: one for all children (no `voor`), one naming the
    child, or one in which the child itself acts."""
    regels = plan.veiligheidsplan.noodplan
    if any(not regel.voor for regel in regels):
        return []
    gedekt = {naam for regel in regels for naam in (*regel.voor, regel.wie)}
    missend = [k.naam for k in plan.dossier.gezin.kinderen if k.naam not in gedekt]
    if not missend:
        return []
    return [f"Let op: het noodplan zegt niet wat er gebeurt voor {', '.join(missend)}. Voeg een regel "
            "toe voor elk kind, of een regel voor alle kinderen."]
