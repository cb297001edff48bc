"""Plan version 1 from the joint session's answers: only what it chose from the sessions, with who said it."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from interview.merge.inbreng import Inbreng, Overzicht
from interview.merge.kinderplannen import kinderplannen
from interview.merge.paden import genest
from interview.merge.schaalvragen import schaalvraag, score_aan_tafel
from interview.merge.sessie import INDIVIDUEEL
from interview.merge.standaarden import standaard_looptijd, standaard_ontvangst
from interview.model import Dossier, Gesprek, Plan

KEUZEVELDEN = frozenset({
    "afspraken", "regiehouder", "krachten_uit_gesprekken", "op_krachten_uit_gesprekken",
    "op_zorgen_uit_gesprekken", "scores_uit_gesprekken", "signalen_uit_gesprekken", "ondertekenaars",
    "ontvangers", "ontvangst_wijze", "afwijkende_ontvangst",
})
"""Joint-session answers that are not plan fields but say where things go or what is chosen."""
PLANVELDEN = frozenset(Plan.model_fields)


def stel_plan_samen(
    dossier: Dossier, overzicht: Overzicht, beraad: Mapping[str, Any], datum: dt.date,
    gesprek: Gesprek | None = None,
) -> Plan:
    """Build (and validate) plan version 1 from the joint session's answers.

    `beraad` is keyed by plan path (the questionnaire's `veld`). Where it names statements by
    key (a zorg's `uitspraken`, `krachten_uit_gesprekken`, `op_zorgen_uit_gesprekken`,
    `signalen_uit_gesprekken`, `scores_uit_gesprekken`, an afspraak's `vertrekpunt`), those are taken
    over literally with who said them; nothing else from the individual sessions enters the plan. The plan's
    gesprekken are the individual sessions held and `gesprek`, the joint session itself.
    Raises pydantic.ValidationError when the plan does not hold.
    """
    plan = genest(copy.deepcopy({veld: waarde for veld, waarde in beraad.items()
                                 if veld.split(".")[0] in PLANVELDEN | KEUZEVELDEN}))  # `beraad` stays
    per_sleutel = {i.sleutel: i for i in overzicht.inbreng}
    vp = plan.setdefault("veiligheidsplan", {})
    op = plan.setdefault("ondersteuningsplan", {})
    if "regiehouder" in plan:
        dossier = dossier.model_copy(update={"regiehouder": plan.pop("regiehouder")})
    for zorg in vp.get("zorgen", []):
        zorg["uitspraken"] = [_uitspraak(i) for i in _gekozen(per_sleutel, zorg.get("uitspraken") or [])]
        zorg["herkomst"] = {"sessie": "netwerkberaad"}
    vp["wat_gaat_goed"] = [
        *({"omschrijving": i.tekst, "genoemd_door": [i.persoon], "soort": _soort_kracht(i),
           "herkomst": _herkomst(i), "toestemming": _toestemming(i)}
          for i in _gekozen(per_sleutel, plan.pop("krachten_uit_gesprekken", None) or [])),
        *vp.get("wat_gaat_goed", []),
    ]
    vp["signalen"] = [
        *({"omschrijving": i.tekst, "wie_merkt_op": [i.persoon], "herkomst": _herkomst(i),
           "toestemming": _toestemming(i)}
          for i in _gekozen(per_sleutel, plan.pop("signalen_uit_gesprekken", None) or [])),
        *vp.get("signalen", []),
    ]
    for sleutel_veld, doel_veld in (("op_krachten_uit_gesprekken", "krachten"),
                                    ("op_zorgen_uit_gesprekken", "zorgen")):
        op[doel_veld] = [
            *({"omschrijving": i.tekst, "beschreven_door": [i.persoon], "herkomst": _herkomst(i),
               "toestemming": _toestemming(i)}
              for i in _gekozen(per_sleutel, plan.pop(sleutel_veld, None) or [])),
            *op.get(doel_veld, []),
        ]
    op["hulpvraag_jongeren"] = [
        *(_uitspraak(i) for i in overzicht.hulpvragen if i.toestemming.uitdrukkelijk),
        *op.get("hulpvraag_jongeren", []),
    ]
    op["drie_huizen"] = [{**_uitspraak(i), "wanneer": "", "huis": huis} for huis, i in overzicht.drie_huizen
                         if i.toestemming.uitdrukkelijk]
    vp["kinderplannen"] = kinderplannen(dossier, overzicht.eigen_veiligheid, vp.get("kinderplannen") or [])
    for doel in vp.get("veiligheidsdoelen", []):
        doel["zorg"] = str(doel.get("zorg", "")).strip().upper()
    for eis in vp.get("bodemeisen", []):
        eis["herkomst"] = _naar_een_idee(per_sleutel.get(eis.pop("vertrekpunt", None) or ""))
    for eerdere in (vp.get("eerder_plan") or {}).get("afspraken", []):
        eerdere.pop("overnemen", None)  # the choice is kept as the number that takes it over
    _verdeel_afspraken(plan, per_sleutel)
    gekozen_scores = set(plan.pop("scores_uit_gesprekken", None) or [])
    vp["schaalvragen"] = [
        *(schaalvraag(s, INDIVIDUEEL) for s in overzicht.scores
          if s.sessie in gekozen_scores and s.toestemming.in_plan),
        *(score_aan_tafel(score, "netwerkberaad", dossier) for score in vp.get("schaalvragen", [])),
    ]
    _ondertekening_en_verspreiding(plan, dossier)
    plan["verspreidingslijst"] = [_ontvanger(item) for item in plan.get("verspreidingslijst", [])]
    plan["dossier"] = dossier.model_dump(mode="json")
    plan["datum"] = datum.isoformat()
    plan.setdefault("wijzigingen", ["Eerste versie van het plan, opgesteld in het netwerkberaad."])
    plan["looptijd"] = standaard_looptijd(datum) | plan.get("looptijd", {})
    plan["gesprekken"] = [g.model_dump() for g in (*overzicht.gesprekken, *([gesprek] if gesprek else []))]
    return Plan.model_validate(plan)


def _verdeel_afspraken(plan: dict[str, Any], per_sleutel: Mapping[str, Inbreng]) -> None:
    """Each afspraak goes to the plan the group placed it in; steps and numbers become lists."""
    for nummer, afspraak in enumerate(plan.pop("afspraken", []), 1):
        afspraak.setdefault("id", f"A{nummer}")  # numbered as made, whichever plan it goes to
        _neem_over(plan["veiligheidsplan"].get("eerder_plan") or {}, afspraak)
        plaats = afspraak.pop("plaats", None) or "veiligheidsplan"
        afspraak["herkomst"] = _naar_een_idee(per_sleutel.get(afspraak.pop("vertrekpunt", None) or ""))
        stappen = afspraak.get("stappen") or ""
        afspraak["stappen"] = [r.strip() for r in str(stappen).splitlines() if r.strip()]
        afspraak["dient"] = _nummers(afspraak.get("dient"))
        plan[plaats].setdefault("afspraken", []).append(afspraak)


def _naar_een_idee(idee: Inbreng | None) -> dict[str, str]:
    """Where an afspraak or bodemeis comes from: the joint session, after an idea of a session."""
    if idee is None:
        return {"sessie": "netwerkberaad"}
    return {"sessie": f"netwerkberaad, naar een idee uit het {idee.gesprek}", "persoon": idee.persoon}


def _nummers(dient: Any) -> list[str]:
    """The numbers an afspraak serves: picked from the list (a list), or as an older answers
    file typed them ('Z1, b1; D2')."""
    delen = dient if isinstance(dient, list) else str(dient or "").replace(";", ",").split(",")
    return [str(deel).strip().upper() for deel in delen if str(deel).strip()]


def _neem_over(eerder_plan: dict[str, Any], afspraak: dict[str, Any]) -> None:
    """An afspraak that takes over one of the earlier plan's carries its origin, and the earlier
    one names the number that took it over."""
    nummer = afspraak.pop("overgenomen", None)
    bron = next((a for a in eerder_plan.get("afspraken", []) if nummer and str(a.get("nummer")) == nummer),
                None)
    if bron is None:
        return
    afspraak["overgenomen_uit"] = {
        "organisatie": eerder_plan.get("organisatie"), "kenmerk": eerder_plan.get("kenmerk", ""),
        "oorspronkelijk_nummer": nummer, "datum": eerder_plan.get("datum"),
    }
    bron["overgenomen_als"] = afspraak["id"]


def _ondertekening_en_verspreiding(plan: dict[str, Any], dossier: Dossier) -> None:
    """The checklists of signers and recipients become the plan's lists: each signer's role from
    the dossier (the regiehouder as such); each recipient the documents of `standaard_ontvangst`;
    a group listed as different gets its own way, form and documents."""
    if "ondertekenaars" in plan:
        plan["ondertekening"] = [
            {"naam": naam, "rol": "regiehouder" if naam == dossier.regiehouder else dossier.personen[naam]}
            for naam in plan.pop("ondertekenaars") or [] if naam in dossier.personen]
    if "ontvangers" not in plan:
        return
    wijze = plan.pop("ontvangst_wijze", None) or ""
    lijst = {naam: {"naam": naam, "wijze": wijze, **standaard_ontvangst(dossier, naam)}
             for naam in plan.pop("ontvangers") or []}
    for afwijking in plan.pop("afwijkende_ontvangst", None) or []:
        for naam in afwijking.get("wie") or []:
            standaard = {"naam": naam, "wijze": wijze, **standaard_ontvangst(dossier, naam)}
            ontvanger = lijst.setdefault(naam, standaard)
            ontvanger.update({k: afwijking[k] for k in ("wijze", "vorm", "documenten", "nodig")
                              if afwijking.get(k)})
    plan["verspreidingslijst"] = list(lijst.values())


def _ontvanger(item: Any) -> dict[str, Any]:
    """A name, or {naam, wijze, documenten}; no documents ticked means both."""
    if not isinstance(item, Mapping):
        return {"naam": item}
    return {sleutel: waarde for sleutel, waarde in item.items() if waarde not in (None, "", [])}


def _herkomst(inbreng: Inbreng) -> dict[str, str]:
    return {"sessie": inbreng.gesprek, "persoon": inbreng.persoon}


def _gekozen(per_sleutel: Mapping[str, Inbreng], sleutels: Iterable[str]) -> list[Inbreng]:
    """The statements named, except those their speaker did not agree to put in the plan."""
    return [per_sleutel[s] for s in sleutels if s in per_sleutel and per_sleutel[s].toestemming.in_plan]


def _toestemming(inbreng: Inbreng) -> dict[str, Any]:
    return inbreng.toestemming.toestemming()


def _uitspraak(inbreng: Inbreng) -> dict[str, Any]:
    wanneer = inbreng.toelichting if inbreng.soort == "zorg" else ""
    return {"tekst": inbreng.tekst, "door": inbreng.persoon, "sessie": inbreng.gesprek, "wanneer": wanneer,
            "toestemming": _toestemming(inbreng)}


def _soort_kracht(inbreng: Inbreng) -> str:
    soort = inbreng.toelichting
    return soort if soort in ("kracht", "bestaande veiligheid", "uitzondering") else "kracht"
