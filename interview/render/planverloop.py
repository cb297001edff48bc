"""What the documents show of the plan's life beyond the version itself, computed here, not in templates.

The change list against the previous version, the signatures and receipts recorded for this
version after it was stored, the latest evaluation's results with the items' own words, and
which children nobody has spoken with. Everything comes in as plain data (the previous `Plan`,
a `Vastlegging`): the renderer reads no files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from interview.model import Plan
from interview.model.levensloop import Beoordeling, Doelbeoordeling, Versiemoment
from interview.model.lezersdeel import heeft_rol
from interview.model.plan import Documentsoort, Evaluatiemoment, Ondertekening, Schaalvraag
from interview.model.vaststelling import (
    Handtekening,
    Ontvangst,
    Vastlegging,
    geldende_handtekeningen,
    status_van,
    te_tekenen,
)
from interview.render.brief import Brief
from interview.render.lezers import Lezer, ontvangt
from interview.render.notatie import datum
from interview.versieverschil import Verandering, wijzigingen_tussen


class Regel(BaseModel):
    """A row the renderer computed for a template; the view shows its fields like a plan's."""

    model_config = ConfigDict(frozen=True, defer_build=True)


class Wijzigingsregel(Regel):
    id: str = Field(description="Nummer van het item; leeg voor een ander deel van het plan.")
    soort: str = Field(description="Nieuw, gewijzigd, beëindigd, verplaatst of verdwenen.")
    onderdeel: str = Field(description="Wat voor item of welk deel, bijvoorbeeld afspraak of noodplan.")
    omschrijving: str = Field(description="Wat er veranderde, in woorden, bijvoorbeeld 'gewijzigd: wanneer'.")


class Ondertekenaar(Regel):
    naam: str = Field(description="Wie tekent, zoals het dossier de persoon noemt.")
    volledige_naam: str = Field(description="Roepnaam en achternaam van wie tekent (gezin en netwerk); "
                                            "bij een professional de naam.")
    rol: str = Field(description="Rol; bij de regiehouder staat 'regiehouder' voorop.")
    verplicht: bool = Field(description="Moet tekenen voordat de versie vastgesteld is.")
    oordeel: str = Field(description="Akkoord, gezien of niet akkoord; leeg als nog niet getekend.")
    reden: str = Field(description="Waarom niet akkoord, of de afwijkende mening bij gezien.")
    datum: dt.date | None = Field(description="Datum van het oordeel; leeg als onbekend of nog niet.")


class Ontvanger(Regel):
    naam: str = Field(description="Wie deze versie ontvangt, zoals het dossier de persoon noemt.")
    volledige_naam: str = Field(description="Roepnaam en achternaam van wie ontvangt (gezin en netwerk); "
                                            "bij een professional de naam.")
    wijze: str = Field(description="Hoe, volgens de verspreidingslijst.")
    documenten: tuple[Documentsoort, ...] = Field(description="Welke documenten.")
    ontvangt: str = Field(description="Welke documenten in woorden: volledig (beide plannen), "
                                      "netwerkversie, kinderversie of gezinsversie.")
    ontvangen_op: dt.date | None = Field(description="Wanneer deze versie ontvangen is; leeg als nog niet.")
    ontvangen_vorm: str = Field(description="Hoe ze ontvangen is: mondeling, digitaal of post.")


class Scorepunt(Regel):
    versie: int = Field(description="Planversie waarin de score voor het eerst stond.")
    datum: dt.date = Field(description="Datum van die planversie.")
    score: int = Field(description="Score van 0 tot en met 10.")
    moment: str = Field(description="Gesprek waarin de score gegeven is.")
    nul_betekent: str = Field(description="Wat 0 betekende in de vraag die de persoon kreeg.")
    tien_betekent: str = Field(description="Wat 10 betekende in de vraag die de persoon kreeg.")


class Scoreverloop(Regel):
    naam: str = Field(description="Wie de scores gaf.")
    leeftijdsgroep: str = Field(description="Kind, jongere of volwassene: met welke woorden de laatste "
                                            "vraag gesteld is.")
    scores: tuple[Scorepunt, ...] = Field(description="De scores van deze persoon, oudste eerst.")


class NietAkkoord(Regel):
    naam: str = Field(description="Wie niet akkoord is.")
    volledige_naam: str = Field(description="Roepnaam en achternaam.")
    afspraken: tuple[str, ...] = Field(description="De lopende afspraken waarin deze persoon genoemd wordt.")
    reden: str = Field(description="Waarom niet akkoord, zoals vastgelegd.")


class Resultaat(Regel):
    id: str = Field(description="Nummer van de bodemeis, afspraak of het doel.")
    onderwerp: str = Field(description="Wat de bodemeis, afspraak of het doel inhoudt.")
    uitkomst: str = Field(description="Bijvoorbeeld nagekomen, deels nagekomen, bereikt.")
    toelichting: str = Field(description="Wat er gebeurde.")

NAMEN: dict[str, tuple[str, Any]] = {
    "versiegeschiedenis": ("Elke versie tot en met deze: versie, datum, aanleiding (soort, omschrijving, "
                           "door). Velden als `plan.eerdere_versies[]`.", list[Versiemoment]),
    "vorige_versie": ("Nummer van de vorige versie; leeg bij versie 1 (dan is er geen wijzigingenlijst).",
                      int | None),
    "veranderingen": ("Wijzigingen ten opzichte van de vorige versie, per nummer.", list[Wijzigingsregel]),
    "status": ("Concept of vastgesteld, volgens de vastgelegde handtekeningen van deze versie.", str),
    "ondertekenaars": ("Wie tekent: eerst de regiehouder en jongeren vanaf 12, dan wie verder tekende.",
                       list[Ondertekenaar]),
    "verspreiding": ("De verspreidingslijst met wanneer en hoe ieder deze versie ontving.", list[Ontvanger]),
    "laatste_evaluatie": ("De laatste evaluatie (velden als `plan.evaluatie.geschiedenis[]`); leeg als er "
                          "nog geen was.", Evaluatiemoment | None),
    "evaluatieresultaten": ("Uitkomst per bodemeis en afspraak bij de laatste evaluatie.", list[Resultaat]),
    "doelresultaten": ("Hoe ver elk doel bereikt is bij de laatste evaluatie.", list[Resultaat]),
    "lezer": ("Alleen in de netwerk-, kinder- en gezinsversie: voor wie het document is en wat die "
              "lezer mag zien; leeg in de twee plannen.", Lezer),
    "scoreverloop": ("Per persoon de scores over alle versies heen, met datum en de ankers van de eigen "
                     "leeftijdsgroep; alleen in de twee plannen.", list[Scoreverloop]),
    "vastgesteld_zonder_akkoord": ("Als deze versie vastgesteld is: wie in een afspraak genoemd wordt en "
                                   "'niet akkoord' zei; leeg als niemand.", list[NietAkkoord]),
    "brief": ("Alleen in de brief bij een nieuwe versie: voor wie, wat deze versie is, wat er veranderde "
              "sinds de versie die deze ontvanger het laatst kreeg en wat gevraagd wordt.", Brief),
    "niet_gesproken_kinderen": ("Kinderen met wie (nog) geen gesprek is gevoerd; leeg: elk kind is gezien.",
                                list[str]),
}
"""The names `levensloop` gives templates beside `plan`, with what they hold and their kind: one
source for the renderer, docs/velden.md and the template checker."""

ONDERDELEN = {
    "veiligheidsplan.zorgen": "zorg",
    "veiligheidsplan.veiligheidsdoelen": "veiligheidsdoel",
    "veiligheidsplan.bodemeisen": "bodemeis",
    "veiligheidsplan.afspraken": "afspraak",
    "veiligheidsplan.incidenten": "incident",
    "ondersteuningsplan.doelen": "ondersteuningsdoel",
    "ondersteuningsplan.afspraken": "afspraak",
}
"""How a document names the list an item is in."""

PLANNEN = {"veiligheidsplan": "het veiligheidsplan", "ondersteuningsplan": "het ondersteuningsplan"}
UITKOMSTEN = {"nagekomen": "nagekomen", "deels": "deels nagekomen", "niet_nagekomen": "niet nagekomen",
              "niet_van_toepassing": "niet van toepassing"}
BEREIKT = {"bereikt": "bereikt", "deels_bereikt": "deels bereikt", "niet_bereikt": "niet bereikt"}


def levensloop(plan: Plan, vorige: Plan | None, vastlegging: Vastlegging, eerdere: Sequence[Plan] = ()
               ) -> dict[str, Any]:
    """The extra names a template sees, as plain values (the view makes them read-only).

    `vorige` None means no change list (version 1, or the previous version is not at hand);
    an empty `vastlegging` shows the signatures the plan file itself carries. `eerdere` are the
    earlier versions, as the reader may read them, for the scores' history (empty: this version's).
    """
    beoordelingen, doelen = _evaluatieresultaten(plan, [*([vorige] if vorige else []), *eerdere])
    ondertekenaars = _ondertekenaars(plan, vastlegging)
    status = _status(plan, vastlegging)
    return {
        "versiegeschiedenis": plan.versiegeschiedenis,
        "vorige_versie": vorige.versie if vorige else None,
        "veranderingen": [_regel(v, plan) for v in wijzigingen_tussen(vorige, plan)] if vorige else [],
        "status": status,
        "ondertekenaars": ondertekenaars,
        "verspreiding": _verspreiding(plan, vastlegging),
        "laatste_evaluatie": plan.evaluatie.geschiedenis[-1] if plan.evaluatie.geschiedenis else None,
        "evaluatieresultaten": beoordelingen,
        "doelresultaten": doelen,
        "niet_gesproken_kinderen": _niet_gesproken_kinderen(plan),
        "scoreverloop": scoreverloop([*eerdere, plan]),
        "vastgesteld_zonder_akkoord": vastgesteld_zonder_akkoord(plan, status, ondertekenaars),
        "lezer": None,
        "brief": None,
    }


# --- Wijzigingen ten opzichte van de vorige versie ---------------------------------------------


def _regel(verandering: Verandering, plan: Plan) -> Wijzigingsregel:
    """One row of the change list: number, what kind of item or part, and what happened in words."""
    onderdeel = ONDERDELEN.get(verandering.onderdeel) or _onderdeel(verandering.onderdeel)
    return Wijzigingsregel(id=verandering.id, soort=verandering.soort, onderdeel=onderdeel,
                           omschrijving=_omschrijving(verandering, plan))


def _onderdeel(pad: str) -> str:
    """'evaluatie.volgende_datum' -> 'evaluatie: volgende datum'."""
    return ": ".join(deel.replace("_", " ") for deel in pad.split("."))


def _omschrijving(verandering: Verandering, plan: Plan) -> str:
    if verandering.soort == "gewijzigd" and verandering.velden:
        return "gewijzigd: " + ", ".join(veld.replace("_", " ") for veld in verandering.velden)
    if verandering.soort == "verplaatst":
        van, naar = (PLANNEN.get(deel, deel) for deel in (verandering.van, verandering.naar))
        return f"verplaatst van {van} naar {naar}"
    if verandering.soort == "beëindigd":
        einde = _items(plan)[verandering.id].beeindigd
        return f"beëindigd op {datum(einde.op)} omdat {einde.omdat}" if einde else "beëindigd"
    if verandering.soort == "verdwenen":
        return "staat niet meer in het plan"
    return verandering.soort


def _items(plan: Plan) -> dict[str, Any]:
    vp, op = plan.veiligheidsplan, plan.ondersteuningsplan
    lijsten: list[list[Any]] = [vp.zorgen, vp.veiligheidsdoelen, vp.bodemeisen, vp.afspraken,
                                op.doelen, op.afspraken, vp.incidenten]
    return {item.id: item for lijst in lijsten for item in lijst}


# --- Ondertekening en verspreiding ---------------------------------------------------------


def _status(plan: Plan, vastlegging: Vastlegging) -> str:
    """The records decide once there are any for this version; else what the plan file says."""
    if not geldende_handtekeningen(plan, vastlegging.handtekeningen):
        return plan.status
    return status_van(plan, vastlegging.handtekeningen)


def _ondertekenaars(plan: Plan, vastlegging: Vastlegging) -> list[Ondertekenaar]:
    """One line per person: the required ones first (regiehouder, young people of 12 and older),
    then those ticked as signers (issue 19.5), answered or still open, then everyone else who
    answered. Without records for a plan whose file says it is vastgesteld (signed at the
    netwerkberaad, or imported), the people and oordelen that file lists."""
    getekend = {h.naam: h for h in geldende_handtekeningen(plan, vastlegging.handtekeningen)}
    if not getekend and plan.ondertekening and plan.status == "vastgesteld":
        return [_uit_planbestand(plan, o) for o in plan.ondertekening]
    verplicht = te_tekenen(plan)
    namen = list(dict.fromkeys([*verplicht, *(o.naam for o in plan.ondertekening if o.naam in
                                               plan.dossier.personen or o.naam == plan.dossier.regiehouder),
                                *getekend]))
    return [_ondertekenaar(plan, naam, getekend.get(naam), naam in verplicht) for naam in namen]


def _uit_planbestand(plan: Plan, ondertekening: Ondertekening) -> Ondertekenaar:
    """A signer as the file of a vastgesteld plan lists them, with their oordeel."""
    naam = ondertekening.naam
    return Ondertekenaar(naam=naam, volledige_naam=plan.dossier.volledige_naam(naam), rol=ondertekening.rol,
                         oordeel=ondertekening.oordeel or "", reden=ondertekening.opmerking, datum=None,
                         verplicht=False)


def _ondertekenaar(plan: Plan, naam: str, handtekening: Handtekening | None, verplicht: bool
                   ) -> Ondertekenaar:
    rol = (handtekening.rol if handtekening else "") or plan.dossier.omschrijving_op(naam, plan.datum)
    if naam == plan.dossier.regiehouder and not rol.startswith("regiehouder"):
        rol = f"regiehouder, {rol}" if rol else "regiehouder"
    voluit = plan.dossier.volledige_naam(naam)
    if handtekening is None:
        return Ondertekenaar(naam=naam, volledige_naam=voluit, rol=rol, verplicht=verplicht, oordeel="",
                             reden="", datum=None)
    return Ondertekenaar(naam=naam, volledige_naam=voluit, rol=rol, verplicht=verplicht,
                         oordeel=handtekening.oordeel, reden=handtekening.reden, datum=handtekening.datum)


def _verspreiding(plan: Plan, vastlegging: Vastlegging) -> list[Ontvanger]:
    """The verspreidingslijst with, per person, when and how they received this version (last record)."""
    ontvangen = {o.ontvanger: o for o in vastlegging.ontvangsten if o.versie == plan.versie}
    regels = []
    for regel in plan.verspreidingslijst:
        ontvangst = ontvangen.get(regel.naam)
        regels.append(Ontvanger(
            naam=regel.naam, volledige_naam=plan.dossier.volledige_naam(regel.naam),
            wijze=_wijze(regel.vorm, regel.wijze), documenten=tuple(regel.documenten),
            ontvangt=ontvangt(regel.documenten),
            ontvangen_op=ontvangst.datum if ontvangst else None,
            ontvangen_vorm=_hoe_ontvangen(ontvangst, regel.documenten) if ontvangst else "",
        ))
    return regels


def _wijze(vorm: str | None, wijze: str) -> str:
    """'post', 'besproken en meegegeven', or both: 'digitaal: beveiligde e-mail'."""
    if vorm and wijze and vorm not in wijze:
        return f"{vorm}: {wijze}"
    return wijze or vorm or ""


def _hoe_ontvangen(ontvangst: Ontvangst, op_de_lijst: Sequence[str]) -> str:
    """How it was handed over, what was handed over when that differs from the list, and who
    explained a kinderversie: 'mondeling, kinderversie, uitgelegd door Anna Kok'."""
    delen: list[str] = [ontvangst.vorm]
    if ontvangst.documenten and list(ontvangst.documenten) != list(op_de_lijst):
        delen.append(ontvangt(ontvangst.documenten))
    if ontvangst.uitgelegd_door:
        delen.append(f"uitgelegd door {ontvangst.uitgelegd_door}")
    return ", ".join(delen)


# --- Evaluatie en gesprekken ---------------------------------------------------------------


def _evaluatieresultaten(plan: Plan, eerdere: Sequence[Plan]) -> tuple[list[Resultaat], list[Resultaat]]:
    """The latest evaluation's outcome per bodemeis/afspraak and per doel, with the item's words as
    they were evaluated (issue 19.4): those of the version before the one the evaluation made, when
    that version is among `eerdere`; else this version's words."""
    if not plan.evaluatie.geschiedenis:
        return [], []
    laatste = plan.evaluatie.geschiedenis[-1]
    beoordeeld = next((eerder for eerder in eerdere
                       if laatste.versie is not None and eerder.versie == laatste.versie - 1), None)
    items = {**_items(plan), **(_items(beoordeeld) if beoordeeld else {})}
    return ([_resultaat(b, items, UITKOMSTEN[b.uitkomst]) for b in laatste.beoordelingen],
            [_resultaat(d, items, BEREIKT[d.bereikt]) for d in laatste.doelen])


def _resultaat(beoordeling: Beoordeling | Doelbeoordeling, items: Mapping[str, Any], uitkomst: str
               ) -> Resultaat:
    item = items.get(beoordeling.id)
    onderwerp = str(getattr(item, "wat", None) or getattr(item, "omschrijving", ""))
    return Resultaat(id=beoordeling.id, onderwerp=onderwerp, uitkomst=uitkomst,
                     toelichting=beoordeling.toelichting)


def _niet_gesproken_kinderen(plan: Plan) -> list[str]:
    """Children of the family no gesprek of this plan was held with (empty: every child was seen)."""
    gesproken = {naam for gesprek in plan.gesprekken for naam in gesprek.met}
    return [kind.naam for kind in plan.dossier.gezin.kinderen if kind.naam not in gesproken]


# --- Scores over de versies heen en een vaststelling zonder akkoord --------------------------


def scoreverloop(versies: Sequence[Plan]) -> list[Scoreverloop]:
    """Per person, in order of first score, every score they gave across `versies` (any order).

    A version that carries the previous version's scores unchanged (an incident, a correction)
    adds nothing: each round of scores counts once, dated by the version it first appeared in.
    """
    reeksen: dict[str, list[Scorepunt]] = {}
    groepen: dict[str, str] = {}
    vorige: list[Schaalvraag] | None = None
    for versie in sorted(versies, key=lambda p: p.versie):
        ronde = versie.veiligheidsplan.schaalvragen
        if ronde == vorige:  # compared field by field, as pydantic models are
            continue
        vorige = ronde
        for s in ronde:
            reeksen.setdefault(s.naam, []).append(Scorepunt(
                versie=versie.versie, datum=versie.datum, score=s.score, moment=s.moment,
                nul_betekent=s.nul_betekent, tien_betekent=s.tien_betekent))
            groepen[s.naam] = s.leeftijdsgroep
    return [Scoreverloop(naam=naam, leeftijdsgroep=groepen[naam], scores=tuple(punten))
            for naam, punten in reeksen.items()]


def vastgesteld_zonder_akkoord(plan: Plan, status: str, ondertekenaars: Sequence[Ondertekenaar]
                               ) -> list[NietAkkoord]:
    """Who said 'niet akkoord' while named in a running afspraak, when the version is vastgesteld.

    The plan counts as vastgesteld once the required people answered, whatever they answered
    (vaststelling.status_van); this is what the first page must then say out loud.
    """
    if status != "vastgesteld":
        return []
    afspraken = [a for a in (*plan.veiligheidsplan.afspraken, *plan.ondersteuningsplan.afspraken)
                 if a.beeindigd is None]
    regels = []
    for o in ondertekenaars:
        if o.oordeel != "niet akkoord":
            continue
        eigen = tuple(a.id for a in afspraken if heeft_rol(a, o.naam))
        if eigen:
            regels.append(NietAkkoord(naam=o.naam, volledige_naam=o.volledige_naam, afspraken=eigen,
                                      reden=o.reden))
    return regels
