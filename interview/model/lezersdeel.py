"""Need to know: the part of one plan version a reader is cleared for, as a plan of its own.

Pure: the plan goes in, a reduced copy comes out; the stored plan never changes. The copy is not
validated again, on purpose: a reader's part of a plan is not a whole plan (a netwerkversie has no
zorgen), and the renderer only reads it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from interview.model import Plan
from interview.model.dossier import leeftijd_op
from interview.model.kinderdeel import kinderversie
from interview.model.lezerstabel import LEZERSTABEL, toegang
from interview.model.plan import Afspraak, Beschrijving, Kracht, Schaalvraag, Signaal, Uitspraak
from interview.model.toestemming import Lezerssoort

Uitgesproken = TypeVar("Uitgesproken", Uitspraak, Kracht, Beschrijving, Schaalvraag)
Woorden = Uitspraak | Kracht | Beschrijving | Schaalvraag
"""Everything in a plan that someone said and that consent applies to."""


@dataclass(frozen=True)
class Lezer:
    """Who reads: which version (`soort`) and, for any version but the gezinsversie, who by name.

    `professioneel`: the reader of a full copy is a professional (regiehouder, Veilig Thuis,
    jeugdbescherming), not a parent. `nodig`: for a professionalversie, the parts the worker marked
    needed for this professional's task (`Verspreiding.nodig`).
    """

    soort: Lezerssoort
    naam: str = ""
    professioneel: bool = False
    nodig: frozenset[str] = frozenset()


def voor_lezer(plan: Plan, lezer: Lezer) -> Plan:
    """A copy of `plan` holding only what `lezer` may read.

    The copy shares the parts it does not change with `plan` (plans are never changed in place:
    a new version is a new plan, and templates see a read-only view), so it is cheap enough to
    make for every reader of every dossier in a bulk run.

    Every version drops the statements (uitspraken, krachten, beschrijvingen, scores, a young
    person's hulpvraag) whose consent does not clear this reader; then each part of the plan is
    kept, reduced to what concerns the reader, or emptied as the reader table says
    (interview.model.lezerstabel), the one source the README's "Wie ziet wat" is printed from. A
    kinderversie is then made the child's own safety plan (interview.model.kinderdeel): no one under a
    huisverbod or contact ban on the plan's date, only the child's own rows and afspraken.
    """
    beeld = _alleen_toegestane_uitspraken(plan, lezer)
    for onderdeel in LEZERSTABEL:
        gevonden = toegang(onderdeel, lezer.soort, lezer.nodig)
        if gevonden == "eigen":
            beeld = _EIGEN[onderdeel](beeld, lezer.naam)
        elif gevonden == "nee":
            beeld = _WEG[onderdeel](beeld)
    if lezer.soort == "kind":
        beeld = kinderversie(beeld, lezer.naam)  # the child's own safety plan, see interview.model.kinderdeel
    return beeld


def mag_lezen(plan: Plan, uitgesproken: Woorden, lezer: Lezer) -> bool:
    """Whether `lezer` is cleared for this statement of `plan` (by consent; see Toestemming)."""
    leeftijden = {k.naam: leeftijd_op(k.geboortedatum, plan.datum) for k in plan.dossier.gezin.kinderen}
    kinderen = [leeftijden[naam] for naam in _sprekers(uitgesproken) if naam in leeftijden]
    gezin = {*leeftijden, *(v.naam for v in plan.dossier.gezin.volwassenen)}
    return uitgesproken.toestemming.staat_toe(lezer.soort, lezer.naam, kinderen, lezer.professioneel, gezin)


def noemt(tekst: str, naam: str) -> bool:
    """Whether `tekst` names `naam` as a whole word ('oma Ria' names Ria, 'Marieke' does not)."""
    return bool(naam) and re.search(rf"(?<!\w){re.escape(naam)}(?!\w)", tekst, re.IGNORECASE) is not None


def heeft_rol(afspraak: Afspraak, naam: str) -> bool:
    """Whether `naam` acts in, checks or helps with `afspraak`: then it is theirs to read."""
    return naam in afspraak.wie or naam == afspraak.controle_door or naam in afspraak.helpt


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
    signalen = [s for s in vp.signalen if _signaal_mag(plan, s, lezer)]
    return _kopie(plan, {
        "veiligheidsplan": vp.model_copy(update={
            "zorgen": zorgen, "signalen": signalen, "wat_gaat_goed": toegestaan(vp.wat_gaat_goed),
            "schaalvragen": toegestaan(vp.schaalvragen)}),
        "ondersteuningsplan": op.model_copy(update={
            "krachten": toegestaan(op.krachten), "zorgen": toegestaan(op.zorgen),
            "hulpvraag_jongeren": toegestaan(op.hulpvraag_jongeren),
            "drie_huizen": toegestaan(op.drie_huizen)}),
    })


def _signaal_mag(plan: Plan, signaal: Signaal, lezer: Lezer) -> bool:
    """A signal the group wrote at the table is for every reader of the plan; one taken over from an
    individual session is for whom its speaker agreed to, as any statement (issue 19)."""
    if signaal.toestemming is None:
        return True
    spreker = signaal.herkomst.persoon if signaal.herkomst else ""
    return mag_lezen(plan, Uitspraak(tekst=signaal.omschrijving, door=spreker or "groep",
                                     toestemming=signaal.toestemming), lezer)


def _vp(plan: Plan, **update: Any) -> Plan:
    return _kopie(plan, {"veiligheidsplan": plan.veiligheidsplan.model_copy(update=update)})


def _op(plan: Plan, **update: Any) -> Plan:
    return _kopie(plan, {"ondersteuningsplan": plan.ondersteuningsplan.model_copy(update=update)})


def _dossier(plan: Plan, **update: Any) -> Plan:
    return _kopie(plan, {"dossier": plan.dossier.model_copy(update=update)})


def _zonder_aanleiding(plan: Plan) -> Plan:
    plan = _vp(plan, aanleiding="", doel="", kader="")
    return _op(plan, aanleiding="", hulpvraag="")


def _zonder_woonsituatie(plan: Plan) -> Plan:
    volwassenen = [v.model_copy(update={"woonsituatie": ""}) for v in plan.dossier.gezin.volwassenen]
    return _dossier(plan, gezin=plan.dossier.gezin.model_copy(update={"volwassenen": volwassenen}))


def _zonder_behandeling(plan: Plan) -> Plan:
    """A child's EMDR, a parent's treatment: in the herstelgerichte zorg, the support goals and
    their afspraken, and the treatment consents."""
    plan = _vp(plan, herstelgerichte_zorg=[])
    return _op(plan, doelen=[], afspraken=[], toestemming_behandeling=[])


def _zonder_wijzigingen(plan: Plan) -> Plan:
    return _kopie(plan, {"wijzigingen": [], "eerdere_versies": [],
                         "aanleiding": plan.aanleiding.model_copy(update={"omschrijving": ""})})


def _zonder_redenen(plan: Plan) -> Plan:
    ondertekening = [o.model_copy(update={"opmerking": ""}) for o in plan.ondertekening]
    return _kopie(plan, {"ondertekening": ondertekening})


_WEG: dict[str, Callable[[Plan], Plan]] = {
    "aanleiding": _zonder_aanleiding,
    "zorgen": lambda p: _op(_vp(p, zorgen=[]), zorgen=[]),
    "wat_goed_gaat": lambda p: _op(_vp(p, wat_gaat_goed=[]), krachten=[]),
    "veiligheidsdoelen": lambda p: _vp(p, veiligheidsdoelen=[]),
    "bodemeisen": lambda p: _vp(p, bodemeisen=[]),
    "afspraken": lambda p: _vp(p, afspraken=[]),
    "netwerktaken": lambda p: _vp(p, netwerk_taken=[]),
    "signalen": lambda p: _vp(p, signalen=[]),
    "noodplan": lambda p: _vp(p, noodplan=[]),
    "professionals": lambda p: _dossier(p, professionals=[]),
    "scores": lambda p: _vp(p, schaalvragen=[]),
    "monitoring": lambda p: _vp(p, monitoring=""),
    "woonsituatie": _zonder_woonsituatie,
    "woorden_kinderen": lambda p: _op(p, hulpvraag_jongeren=[], drie_huizen=[]),
    "uitleg_kinderen": lambda p: _vp(p, voor_de_kinderen=[]),
    "risicotaxatie": lambda p: _dossier(p, risicotaxatie=None),
    "meldcode": lambda p: _dossier(p, meldcode=None),
    "risicofactoren": lambda p: _vp(p, risicofactoren=[]),
    "behandeling": _zonder_behandeling,
    "eerdere_hulp": lambda p: _op(_vp(p, eerder_plan=None), eerdere_hulpverlening=[]),
    "familiegroepsplan": lambda p: _op(p, familiegroepsplan=None),
    "incidenten": lambda p: _vp(p, incidenten=[]),
    "evaluaties": lambda p: _kopie(p, {"evaluatie": p.evaluatie.model_copy(update={"geschiedenis": []})}),
    "verspreidingslijst": lambda p: _kopie(p, {"verspreidingslijst": []}),
    "gegevensdeling": lambda p: _kopie(p, {
        "toestemming_en_privacy": p.toestemming_en_privacy.model_copy(update={"delen": []})}),
    "wijzigingen": _zonder_wijzigingen,
    "redenen": _zonder_redenen,
}
"""How each part of the reader table is emptied for a reader who may not see it."""


def _eigen_professionals(plan: Plan, naam: str) -> Plan:
    """Of the professionals only the reader, the regiehouder, those with a role in the reader's
    afspraken (already reduced to theirs) and, for a child, those the child named as safe (a teacher):
    a professional's organisation alone can tell a reader about treatment."""
    met_rol = {naam, plan.dossier.regiehouder,
               *(n for a in plan.veiligheidsplan.afspraken for n in (*a.wie, a.controle_door, *a.helpt)),
               *(n for eigen in plan.veiligheidsplan.kinderplannen if eigen.kind == naam
                 for n in eigen.veilig_bij)}
    return _dossier(plan, professionals=[p for p in plan.dossier.professionals if p.naam in met_rol])


def _alleen_vrijgegeven_woorden(plan: Plan, naam: str) -> Plan:
    """The zorgen as words only: the statements already cleared for the reader by consent, not the
    adults' danger statement (it names who did what, in words for adults)."""
    leeg = {"titel": "", "gevaarsomschrijving": "", "bezorgd": [], "verschil_van_mening": ""}
    zorgen = [z.model_copy(update=leeg) for z in plan.veiligheidsplan.zorgen if z.uitspraken]
    return _vp(plan, zorgen=zorgen)


def _eigen_uitleg(plan: Plan, naam: str) -> Plan:
    """A child reads the account of what happened worded for them, not a brother's or sister's."""
    return _vp(plan, voor_de_kinderen=[u for u in plan.veiligheidsplan.voor_de_kinderen if u.kind == naam])


_EIGEN: dict[str, Callable[[Plan, str], Plan]] = {
    "afspraken": lambda p, naam: _vp(p, afspraken=[
        a for a in p.veiligheidsplan.afspraken if heeft_rol(a, naam)]),
    "netwerktaken": lambda p, naam: _vp(p, netwerk_taken=[
        t for t in p.veiligheidsplan.netwerk_taken if t.wie == naam]),
    "signalen": lambda p, naam: _vp(p, signalen=[
        s for s in p.veiligheidsplan.signalen if naam in s.wie_merkt_op]),
    "noodplan": lambda p, naam: _vp(p, noodplan=[
        r for r in p.veiligheidsplan.noodplan if r.wie == naam or noemt(r.belt, naam) or naam in r.voor]),
    "zorgen": _alleen_vrijgegeven_woorden,
    "professionals": _eigen_professionals,
    "uitleg_kinderen": _eigen_uitleg,
}
"""How each part the reader table marks 'eigen' is reduced to what concerns the reader by name."""


def _kopie(plan: Plan, update: dict[str, Any]) -> Plan:
    return plan.model_copy(update=update)
