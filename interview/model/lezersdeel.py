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
from interview.model.kinderdeel import kinderversie
from interview.model.plan import Beschrijving, Kracht, Schaalvraag, Uitspraak
from interview.model.toestemming import Lezerssoort

Uitgesproken = TypeVar("Uitgesproken", Uitspraak, Kracht, Beschrijving, Schaalvraag)
Woorden = Uitspraak | Kracht | Beschrijving | Schaalvraag
"""Everything in a plan that someone said and that consent applies to."""


@dataclass(frozen=True)
class Lezer:
    """Who reads: which version (`soort`) and, for a netwerkversie or kinderversie, who by name.
    `professioneel`: the reader of a full plan is a professional, not a parent (see Toestemming)."""

    soort: Lezerssoort
    naam: str = ""
    professioneel: bool = False


def voor_lezer(plan: Plan, lezer: Lezer) -> Plan:
    """A copy of `plan` holding only what `lezer` may read.

    The copy shares the parts it does not change with `plan` (plans are never changed in place:
    a new version is a new plan, and templates see a read-only view), so it is cheap enough to
    make for every reader of every dossier in a bulk run.

    Every version drops the statements (uitspraken, krachten, beschrijvingen, scores, a young
    person's hulpvraag) whose consent does not clear this reader. Every reader's version (all but
    the full plan) further drops the risicotaxatie, the meldcode, the risks, anyone's treatment and
    earlier help, the support goals, the incidents, the evaluations' findings, the signatures'
    reasons and why a version was made: those are for whoever receives the full plan.
    A netwerkversie further keeps only the afspraken in which the reader has a role (wie or
    controle), the signalen, the noodplan and the phone list; a kinderversie only the child's own
    account of what happened (`voor_de_kinderen`).
    """
    gefilterd = _alleen_toegestane_uitspraken(plan, lezer)
    if lezer.soort == "volledig":
        return gefilterd
    beperkt = _zonder_dossiergeheimen(gefilterd)
    if lezer.soort == "netwerk":
        return _netwerkversie(beperkt, lezer.naam)
    if lezer.soort == "kind":
        return _kinderversie(beperkt, lezer.naam)
    return beperkt


def mag_lezen(plan: Plan, uitgesproken: Woorden, lezer: Lezer) -> bool:
    """Whether `lezer` is cleared for this statement of `plan` (by consent; see Toestemming)."""
    leeftijden = {k.naam: leeftijd_op(k.geboortedatum, plan.datum) for k in plan.dossier.gezin.kinderen}
    kinderen = [leeftijden[naam] for naam in _sprekers(uitgesproken) if naam in leeftijden]
    gezin = {*leeftijden, *(v.naam for v in plan.dossier.gezin.volwassenen)}
    return uitgesproken.toestemming.staat_toe(lezer.soort, lezer.naam, kinderen, lezer.professioneel, gezin)


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
        return [item for item in items if mag_lezen(plan, item, lezer)]

    vp, op = plan.veiligheidsplan, plan.ondersteuningsplan
    zorgen = [z.model_copy(update={"uitspraken": toegestaan(z.uitspraken)}) for z in vp.zorgen]
    return _kopie(plan, {
        "veiligheidsplan": vp.model_copy(update={
            "zorgen": zorgen, "wat_gaat_goed": toegestaan(vp.wat_gaat_goed),
            "schaalvragen": toegestaan(vp.schaalvragen)}),
        "ondersteuningsplan": op.model_copy(update={
            "krachten": toegestaan(op.krachten), "zorgen": toegestaan(op.zorgen),
            "hulpvraag_jongeren": toegestaan(op.hulpvraag_jongeren),
            "drie_huizen": toegestaan(op.drie_huizen)}),
    })


def _zonder_dossiergeheimen(plan: Plan) -> Plan:
    """What no reader's version holds, only the full plan: the risicotaxatie and meldcode, the
    risks (a parent's LVB), treatment and earlier help (a child's EMDR), the support goals and their
    afspraken, the incidents, what evaluations found, why someone did not sign, why a version was made."""
    dossier = plan.dossier.model_copy(update={"risicotaxatie": None, "meldcode": None})
    vp = plan.veiligheidsplan.model_copy(update={
        "risicofactoren": [], "herstelgerichte_zorg": [], "incidenten": [], "eerder_plan": None})
    op = plan.ondersteuningsplan.model_copy(update={
        "eerdere_hulpverlening": [], "doelen": [], "afspraken": [], "toestemming_behandeling": [],
        "familiegroepsplan": None})
    ondertekening = [o.model_copy(update={"opmerking": ""}) for o in plan.ondertekening]
    return _kopie(plan, {
        "dossier": dossier, "veiligheidsplan": vp, "ondersteuningsplan": op,
        "evaluatie": plan.evaluatie.model_copy(update={"geschiedenis": []}),
        "ondertekening": ondertekening, "wijzigingen": [], "eerdere_versies": [],
        "aanleiding": plan.aanleiding.model_copy(update={"omschrijving": ""}),
    })


def _netwerkversie(plan: Plan, naam: str) -> Plan:
    """Only what a network member needs to act: their afspraken, the signalen, noodplan, phones;
    of the professionals only those with a role in those afspraken, and the regiehouder (a
    professional's organisation alone can tell a reader about treatment)."""
    vp = plan.veiligheidsplan
    afspraken = [a for a in vp.afspraken if naam in a.wie or naam == a.controle_door]
    leeg: dict[str, Any] = {
        "zorgen": [], "wat_gaat_goed": [], "veiligheidsdoelen": [], "bodemeisen": [],
        "schaalvragen": [], "aanleiding": "", "doel": "", "kader": "", "monitoring": "",
        "voor_de_kinderen": [],
        "netwerk_taken": [t for t in vp.netwerk_taken if t.wie == naam], "afspraken": afspraken,
    }
    op = plan.ondersteuningsplan.model_copy(update={
        "aanleiding": "", "hulpvraag": "", "hulpvraag_jongeren": [], "drie_huizen": [], "krachten": [],
        "zorgen": []})
    met_rol = {plan.dossier.regiehouder, *(n for a in afspraken for n in (*a.wie, a.controle_door))}
    volwassenen = [v.model_copy(update={"woonsituatie": ""}) for v in plan.dossier.gezin.volwassenen]
    dossier = plan.dossier.model_copy(update={
        "professionals": [p for p in plan.dossier.professionals if p.naam in met_rol],
        "gezin": plan.dossier.gezin.model_copy(update={"volwassenen": volwassenen})})
    return _kopie(plan, {
        "dossier": dossier, "veiligheidsplan": vp.model_copy(update=leeg),
        "ondersteuningsplan": op, "verspreidingslijst": [],
        "toestemming_en_privacy": plan.toestemming_en_privacy.model_copy(update={"delen": []}),
    })


def _kinderversie(plan: Plan, naam: str) -> Plan:
    """A child reads their own safety plan (see `kinderdeel`), not a brother's or sister's."""
    return kinderversie(plan, naam)


def _kopie(plan: Plan, update: dict[str, Any]) -> Plan:
    return plan.model_copy(update=update)
