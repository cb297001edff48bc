"""Need to know: the part of one plan version a reader is cleared for, as a plan of its own.

Pure: the plan goes in, a reduced copy comes out; the stored plan never changes. The copy is not
validated again, on purpose: a reader's part of a plan is not a whole plan (a netwerkversie has no
zorgen), and the renderer only reads it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from interview.model import Plan
from interview.model.dossier import leeftijd_op
from interview.model.plan import Afspraak, Beschrijving, Kracht, Schaalvraag, Uitspraak
from interview.model.toestemming import Lezerssoort

Uitgesproken = TypeVar("Uitgesproken", Uitspraak, Kracht, Beschrijving, Schaalvraag)
Woorden = Uitspraak | Kracht | Beschrijving | Schaalvraag
"""Everything in a plan that someone said and that consent applies to."""


@dataclass(frozen=True)
class Lezer:
    """Who reads: which version (`soort`) and, for a netwerkversie or kinderversie, who by name."""

    soort: Lezerssoort
    naam: str = ""


def voor_lezer(plan: Plan, lezer: Lezer) -> Plan:
    """A copy of `plan` holding only what `lezer` may read.

    Every version drops the statements (uitspraken, krachten, beschrijvingen, scores, a young
    person's hulpvraag) whose consent does not clear this reader. A netwerkversie further keeps
    only the afspraken in which the reader has a role (wie or controle), the signalen, the noodplan
    and the phone list: no risicotaxatie, meldcode, zorgen, risks, treatment or ondersteuningsplan.
    A kinderversie keeps the zorgen, doelen, afspraken, signalen and noodplan of the
    veiligheidsplan, without risicotaxatie, meldcode, risks, treatment or support goals.
    """
    gefilterd = _alleen_toegestane_uitspraken(plan, lezer)
    if lezer.soort == "netwerk":
        return _netwerkversie(gefilterd, lezer.naam)
    if lezer.soort == "kind":
        return _kinderversie(gefilterd)
    return gefilterd


def mag_lezen(plan: Plan, uitgesproken: Woorden, lezer: Lezer) -> bool:
    """Whether `lezer` is cleared for this statement of `plan` (by consent; see Toestemming)."""
    leeftijden = {k.naam: leeftijd_op(k.geboortedatum, plan.datum) for k in plan.dossier.gezin.kinderen}
    kinderen = [leeftijden[naam] for naam in _sprekers(uitgesproken) if naam in leeftijden]
    return uitgesproken.toestemming.staat_toe(lezer.soort, lezer.naam, kinderen)


def _sprekers(uitgesproken: Woorden) -> list[str]:
    if isinstance(uitgesproken, Uitspraak):
        return [uitgesproken.door]
    if isinstance(uitgesproken, Kracht):
        return list(uitgesproken.genoemd_door)
    if isinstance(uitgesproken, Beschrijving):
        return list(uitgesproken.beschreven_door)
    return [uitgesproken.naam]


def _alleen_toegestane_uitspraken(plan: Plan, lezer: Lezer) -> Plan:
    def toegestaan(items: Sequence[Uitgesproken]) -> list[Uitgesproken]:
        return [item.model_copy(deep=True) for item in items if mag_lezen(plan, item, lezer)]

    vp, op = plan.veiligheidsplan, plan.ondersteuningsplan
    zorgen = [z.model_copy(update={"uitspraken": toegestaan(z.uitspraken)}, deep=True) for z in vp.zorgen]
    return _kopie(plan, {
        "veiligheidsplan": vp.model_copy(update={
            "zorgen": zorgen, "wat_gaat_goed": toegestaan(vp.wat_gaat_goed),
            "schaalvragen": toegestaan(vp.schaalvragen)}, deep=True),
        "ondersteuningsplan": op.model_copy(update={
            "krachten": toegestaan(op.krachten), "zorgen": toegestaan(op.zorgen),
            "hulpvraag_jongeren": toegestaan(op.hulpvraag_jongeren),
            "drie_huizen": toegestaan(op.drie_huizen)}, deep=True),
    })


def _netwerkversie(plan: Plan, naam: str) -> Plan:
    """Only what a network member needs to act: their afspraken, the signalen, noodplan, phones."""
    vp = plan.veiligheidsplan

    def met_rol(afspraken: Sequence[Afspraak]) -> list[Afspraak]:
        return [a.model_copy(deep=True) for a in afspraken if naam in a.wie or naam == a.controle_door]

    leeg: dict[str, Any] = {
        "zorgen": [], "wat_gaat_goed": [], "veiligheidsdoelen": [], "bodemeisen": [],
        "risicofactoren": [], "herstelgerichte_zorg": [], "schaalvragen": [], "eerder_plan": None,
        "incidenten": [], "aanleiding": "", "doel": "", "kader": "", "monitoring": "",
        "afspraken": met_rol(vp.afspraken),
    }
    op = plan.ondersteuningsplan.model_copy(update={
        "aanleiding": "", "hulpvraag": "", "hulpvraag_jongeren": [], "drie_huizen": [], "krachten": [],
        "zorgen": [],
        "eerdere_hulpverlening": [], "doelen": [], "familiegroepsplan": None, "toestemming_behandeling": [],
        "afspraken": met_rol(plan.ondersteuningsplan.afspraken)}, deep=True)
    volwassenen = [v.model_copy(update={"woonsituatie": ""}) for v in plan.dossier.gezin.volwassenen]
    dossier = plan.dossier.model_copy(update={
        "risicotaxatie": None, "meldcode": None,
        "gezin": plan.dossier.gezin.model_copy(update={"volwassenen": volwassenen})}, deep=True)
    return _kopie(plan, {
        "dossier": dossier, "veiligheidsplan": vp.model_copy(update=leeg, deep=True),
        "ondersteuningsplan": op, "evaluatie": plan.evaluatie.model_copy(update={"geschiedenis": []}),
        "toestemming_en_privacy": plan.toestemming_en_privacy.model_copy(update={"delen": []}),
    })


def _kinderversie(plan: Plan) -> Plan:
    """What a child needs: who looks out for you, what you do when you are scared; no risicotaxatie,
    meldcode, risks, anyone's treatment, the ondersteuningsplan's goals or the incidents."""
    dossier = plan.dossier.model_copy(update={"risicotaxatie": None, "meldcode": None}, deep=True)
    vp = plan.veiligheidsplan.model_copy(update={
        "risicofactoren": [], "herstelgerichte_zorg": [], "incidenten": [], "eerder_plan": None}, deep=True)
    op = plan.ondersteuningsplan.model_copy(update={
        "eerdere_hulpverlening": [], "doelen": [], "afspraken": [], "toestemming_behandeling": [],
        "familiegroepsplan": None}, deep=True)
    return _kopie(plan, {"dossier": dossier, "veiligheidsplan": vp, "ondersteuningsplan": op})


def _kopie(plan: Plan, update: dict[str, Any]) -> Plan:
    return plan.model_copy(update=update, deep=True)
