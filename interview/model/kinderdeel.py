"""The kinderversie's view of a plan: one child's own safety plan, and no one it may not be offered.

Pure, like `lezersdeel`: a reduced copy of a plan that has already lost what no reader's version
holds and the statements the child may not read. A person under a huisverbod or a contact ban on
the version's date (`niet_veilig_op`) is taken out of everything a child's template can print:
the dossier's lists with their phones, the child's safe adults, the noodplan rows, the tasks, the
signatures and the verspreidingslijst, so a team's own kinderversie template cannot offer them either.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Any

from interview.model import Plan
from interview.model.dossier import Dossier, Netwerklid, Professional, Volwassene
from interview.model.kinderplan import niet_veilig_op
from interview.model.plan import Noodplanregel, Zorg


def kinderversie(plan: Plan, naam: str) -> Plan:
    """`plan` as the child `naam` reads it: the account of what happened worded for this child, this
    child's own kinderplan (who they named as safe, what they do when scared), the noodplan rows
    this child acts on, the afspraken and signalen in which the child has a part, the words cleared
    for the child; never a person who may not be offered to this child on the plan's date. The
    adults' texts (danger statements, aanleiding, doel, kader, bodemeisen, where each adult lives,
    meldingen) are not in it: what happened is told to a child in words chosen for them."""
    weg = niet_veilig_op(plan.dossier, plan.datum, naam)
    vp = plan.veiligheidsplan
    kinderen = {kind.naam for kind in plan.dossier.gezin.kinderen}
    kinderplannen = [k.model_copy(update={"veilig_bij": [n for n in k.veilig_bij if n not in weg]})
                     for k in vp.kinderplannen if k.kind == naam]
    noodplan = [regel for regel in vp.noodplan
                if _voor_het_kind(regel, naam, kinderen) and not _noemt(regel, weg, plan.dossier)]
    update: dict[str, Any] = {
        "aanleiding": "", "doel": "", "kader": "", "monitoring": "",
        "veiligheidsdoelen": [], "bodemeisen": [],
        "zorgen": [_alleen_woorden(z) for z in vp.zorgen if z.uitspraken],
        "voor_de_kinderen": [u.model_copy(update={"akkoord_van": [n for n in u.akkoord_van if n not in weg]})
                             for u in vp.voor_de_kinderen if u.kind == naam],
        "kinderplannen": kinderplannen,
        "noodplan": noodplan,
        "afspraken": [a for a in vp.afspraken if naam in a.wie and not weg & {*a.wie, a.controle_door}],
        "signalen": [s for s in vp.signalen if naam in s.wie_merkt_op],
        "netwerk_taken": [t for t in vp.netwerk_taken if t.wie not in weg],
    }
    return plan.model_copy(update={
        "dossier": _zonder(plan.dossier, weg),
        "veiligheidsplan": vp.model_copy(update=update),
        "ondersteuningsplan": plan.ondersteuningsplan.model_copy(update={"aanleiding": "", "hulpvraag": ""}),
        "toestemming_en_privacy": plan.toestemming_en_privacy.model_copy(update={"delen": []}),
        "evaluatie": plan.evaluatie.model_copy(update={"aanwezig": [n for n in plan.evaluatie.aanwezig
                                                                    if n not in weg]}),
        "ondertekening": [o for o in plan.ondertekening if o.naam not in weg],
        "verspreidingslijst": [v for v in plan.verspreidingslijst if v.naam not in weg],
    })


def _alleen_woorden(zorg: Zorg) -> Zorg:
    """A zorg as a child may read it: only the words cleared for them, not the adults' danger
    statement (it names who did what, in words for adults)."""
    return zorg.model_copy(update={"titel": "", "gevaarsomschrijving": "", "bezorgd": [],
                                   "verschil_van_mening": ""})


def _voor_het_kind(regel: Noodplanregel, naam: str, kinderen: Collection[str]) -> bool:
    """A row the child acts on: their own, or a brother's or sister's that names them in `voor`
    ('als het eng wordt, belt Noor oma': Daan may call her too)."""
    return regel.wie == naam or (regel.wie in kinderen and naam in regel.voor)


def _noemt(regel: Noodplanregel, weg: Collection[str], dossier: Dossier) -> bool:
    """Whether a noodplan row sends the child to someone who may not be offered: by name in who
    to call or when, or by that person's phone number."""
    if not weg:
        return False
    tekst = f"{regel.belt} {regel.wanneer}"
    if any(re.search(rf"\b{re.escape(naam)}\b", tekst, re.IGNORECASE) for naam in weg):
        return True
    nummers = {_cijfers(telefoon) for telefoon in _telefoons(dossier, weg)}
    return _cijfers(regel.telefoon) in nummers


def _telefoons(dossier: Dossier, namen: Collection[str]) -> list[str]:
    mensen: list[Volwassene | Netwerklid | Professional] = [
        *dossier.gezin.volwassenen, *dossier.netwerk, *dossier.professionals]
    return [mens.telefoon for mens in mensen if mens.naam in namen and mens.telefoon]


def _cijfers(telefoon: str) -> str:
    return "".join(teken for teken in telefoon if teken.isdigit())


def _zonder(dossier: Dossier, weg: Collection[str]) -> Dossier:
    """The dossier without the people who may not be offered (not their name, role or phone), and
    without where the adults live now and what others reported: that is for adults to tell."""
    volwassenen = [v.model_copy(update={"woonsituatie": ""}) for v in dossier.gezin.volwassenen
                   if v.naam not in weg]
    return dossier.model_copy(update={
        "gezin": dossier.gezin.model_copy(update={"volwassenen": volwassenen}),
        "netwerk": [lid for lid in dossier.netwerk if lid.naam not in weg],
        "professionals": [p for p in dossier.professionals if p.naam not in weg],
        "huisverbod": None, "contactverboden": [], "meldingen": []})
