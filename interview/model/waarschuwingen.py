"""What a worker is told before a plan is stored: it may hold, but practice asks a second look."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from interview.model.plan import Plan


def waarschuwingen(plan: Plan) -> list[str]:
    """One Dutch line per point the worker should know of before the plan is stored; [] if none."""
    return [*_veilig_thuis(plan), *_noodplan_dekt_elk_kind(plan)]


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
