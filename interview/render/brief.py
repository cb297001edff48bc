"""A letter per recipient with every new version: what it is, what changed since *their* copy, what is asked.

Pure: a plan version, its earlier versions and the dossier's receipts go in, one `Briefdeel` per
person on the verspreidingslijst comes out. What changed is compared in the recipient's own view
(`voor_lezer`) of the version they last received and of this one, so a letter never names what its
reader may not see: an afspraak of someone else is in neither view, so it is in no sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from interview.model import Plan
from interview.model.lezersdeel import Lezer as Leesrecht
from interview.model.lezersdeel import heeft_rol
from interview.model.plan import Verspreiding
from interview.model.toestemming import Lezerssoort
from interview.model.vaststelling import Vastlegging, geldende_handtekeningen, te_tekenen
from interview.render import lezers
from interview.render.lezers import LEZERSVERSIES, volledig_voor
from interview.render.notatie import datum
from interview.render.perdossier import voor_lezer
from interview.versieverschil import Verandering, wijzigingen_tussen

BRIEF = "brief"
"""The letter's kind of document and template name."""

LEESRECHT_PER_DOCUMENT: tuple[tuple[str, Lezerssoort], ...] = (
    ("veiligheidsplan", "volledig"), ("ondersteuningsplan", "volledig"), ("gezinsversie", "gezin"),
    ("professionalversie", "professional"), ("netwerkversie", "netwerk"), ("kinderversie", "kind"))
"""Which view a recipient's letter speaks from: the widest document they receive, first match, read
as that document's reader reads it (render/lezers.py: a parent's own full copy, a professional's
parts needed for the task). A recipient of none of these gets the narrowest view that names them,
the netwerkversie's: their own afspraken, signalen and noodplan."""

DOCUMENTWOORDEN = {
    "volledig": "het volledige veiligheidsplan en ondersteuningsplan",
    "gezin": "de gezinsversie: het plan in gewone woorden",
    "professional": "uw deel van het veiligheidsplan voor uw taak (de professionalversie)",
    "netwerk": "uw deel van het veiligheidsplan (de netwerkversie)",
    "kind": "je eigen veiligheidsplan (de kinderversie)",
}

AANLEIDINGEN = {
    "netwerkberaad": "gemaakt in het netwerkberaad",
    "evaluatie": "gemaakt na een evaluatie: we keken samen hoe de afspraken gingen",
    "incident": "gemaakt na een incident: er gebeurde iets dat niet veilig was",
    "correctie": "een verbeterde versie: er stond iets niet goed in",
}

ITEMSOORTEN = {
    "veiligheidsplan.zorgen": "Zorg", "veiligheidsplan.veiligheidsdoelen": "Doel",
    "veiligheidsplan.bodemeisen": "Bodemeis", "veiligheidsplan.afspraken": "Afspraak",
    "veiligheidsplan.incidenten": "Incident", "ondersteuningsplan.doelen": "Doel",
    "ondersteuningsplan.afspraken": "Afspraak",
}

VELDWOORDEN = {
    "wat": "wat", "wie": "wie", "wanneer": "wanneer", "stappen": "de stappen",
    "controle_door": "wie controleert", "gevolg_bij_niet_nakomen": "wat er gebeurt als het niet lukt",
    "toelichting": "de uitleg", "dient": "waar ze bij hoort", "helpt": "wie helpt",
    "omschrijving": "de omschrijving", "duur": "hoe lang", "titel": "de naam",
    "gevaarsomschrijving": "de omschrijving", "gesteld_door": "wie haar stelt",
    "ondersteuning": "de hulp", "termijn": "de termijn", "bereikt_als": "wanneer het bereikt is",
}

ONDERDEELZINNEN = {
    "veiligheidsplan.noodplan": "Het noodplan is veranderd: wie wie belt als het misgaat.",
    "veiligheidsplan.signalen": "De signalen zijn veranderd: waaraan je merkt dat het weer onveilig wordt.",
    "veiligheidsplan.schaalvragen": "Er zijn nieuwe scores gegeven op de schaal van 0 tot 10.",
    "veiligheidsplan.netwerk_taken": "De taakverdeling in het netwerk is veranderd.",
    "veiligheidsplan.doel": "Het doel van het plan is anders verwoord.",
    "veiligheidsplan.kader": "Wat er gebeurt als het plan niet lukt, is anders verwoord.",
    "evaluatie.geschiedenis": "Het plan is geëvalueerd.",
    "evaluatie.aanwezig": "Wie bij de volgende evaluatie is, is veranderd.",
    "looptijd": "De looptijd van het plan is veranderd.",
    "dossier": "Gegevens van de betrokkenen zijn veranderd, bijvoorbeeld een telefoonnummer.",
    "verspreidingslijst": "Wie het plan krijgt, is veranderd.",
    "toestemming_en_privacy": "Wat met wie gedeeld wordt, is veranderd.",
}
"""Other parts of the plan in plain words; a part not named here is left out of a letter, not
named by its field path (the full plan's own change list names every part)."""


class Brief(BaseModel):
    """One recipient's letter: every sentence already in that reader's words."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    soort: Literal["brief"] = Field("brief", description="Altijd 'brief'.")
    nummer: int = Field(description="Plaats van de ontvanger op de verspreidingslijst (1, 2 …); staat in "
                                    "de bestandsnaam, de naam niet.")
    naam: str = Field(description="Voor wie de brief is, zoals het dossier de persoon noemt.")
    volledige_naam: str = Field(description="Roepnaam en achternaam van de ontvanger.")
    rol: str = Field(description="Wie de ontvanger is voor het gezin, bijvoorbeeld oma.")
    aanhef: str = Field(description="'Beste Joke,'.")
    wat_is_dit: str = Field(description="Welke versie dit is, waarom ze er is en wat de ontvanger krijgt.")
    vorige_versie: int | None = Field(description="De versie die deze ontvanger het laatst kreeg; leeg als "
                                                  "dit de eerste is die de ontvanger krijgt.")
    sinds: str = Field(description="De zin boven de veranderingen: sinds welke versie, of dat dit de "
                                   "eerste is.")
    veranderingen: tuple[str, ...] = Field(description="Wat er veranderde sinds de versie die de ontvanger "
                                                       "het laatst kreeg, alleen wat in diens versie staat.")
    gevraagd: tuple[str, ...] = Field(description="Wat van de ontvanger gevraagd wordt: tekenen, bellen; "
                                                  "leeg: niets.")
    niets_gevraagd: str = Field(description="De zin als er niets gevraagd wordt.")
    contact: str = Field(description="Wie de ontvanger kan bellen met vragen, met telefoonnummer; leeg in "
                                     "de brief aan wie het plan zelf bijhoudt (de regiehouder).")


@dataclass(frozen=True)
class Briefdeel:
    """One letter to make: its record, and the version as its recipient may read it."""

    brief: Brief
    plan: Plan


def brieven(plan: Plan, eerdere: Sequence[Plan] = (), vastlegging: Vastlegging | None = None
            ) -> list[Briefdeel]:
    """A letter for every person on `plan`'s verspreidingslijst, in its order.

    `eerdere` are the dossier's earlier versions (any order; missing ones are simply not compared
    against); `vastlegging` says which version each recipient last received (None: nobody received
    any) and who already signed this version.
    """
    vastlegging = vastlegging or Vastlegging()
    per_versie = {oud.versie: oud for oud in eerdere if oud.versie < plan.versie}
    return [_briefdeel(plan, nummer, regel, per_versie, vastlegging)
            for nummer, regel in enumerate(plan.verspreidingslijst, 1)]


def leesrecht(plan: Plan, regel: Verspreiding) -> Leesrecht:
    """The view of the plan recipient `regel` reads, from the documents they receive."""
    documenten = set(regel.documenten)
    document = next((d for d, _ in LEESRECHT_PER_DOCUMENT if d in documenten), "netwerkversie")
    if document in ("veiligheidsplan", "ondersteuningsplan"):
        return volledig_voor(plan, regel.naam)
    versie = next(v for v in LEZERSVERSIES if v == document)
    return lezers.leesrecht(plan, versie, "" if versie == "gezinsversie" else regel.naam)


def laatst_ontvangen(naam: str, voor_versie: int, vastlegging: Vastlegging) -> int | None:
    """The highest version below `voor_versie` that `naam` received; None when none is recorded."""
    versies = [o.versie for o in vastlegging.ontvangsten if o.ontvanger == naam and o.versie < voor_versie]
    return max(versies, default=None)


def _briefdeel(plan: Plan, nummer: int, regel: Verspreiding, eerdere: dict[int, Plan],
               vastlegging: Vastlegging) -> Briefdeel:
    recht = leesrecht(plan, regel)
    beeld = voor_lezer(plan, recht)
    je = regel.naam in {kind.naam for kind in plan.dossier.gezin.kinderen}
    vorige = laatst_ontvangen(regel.naam, plan.versie, vastlegging)
    oud = eerdere.get(vorige) if vorige is not None else None
    plannen = _plannen(regel)
    veranderingen = _in_woorden(voor_lezer(oud, recht), beeld, je, plannen) if oud is not None else []
    brief = Brief(
        nummer=nummer, naam=regel.naam, volledige_naam=plan.dossier.volledige_naam(regel.naam),
        rol=plan.dossier.personen.get(regel.naam, ""), aanhef=f"Beste {regel.naam},",
        wat_is_dit=_wat_is_dit(plan, recht.soort, je), vorige_versie=vorige if oud is not None else None,
        sinds=_sinds(vorige if oud is not None else None, bool(veranderingen), je),
        veranderingen=tuple(veranderingen),
        gevraagd=tuple(_gevraagd(plan, beeld, regel.naam, je, vastlegging)),
        niets_gevraagd="Er wordt niets van je gevraagd." if je else "Er wordt niets van u gevraagd.",
        contact="" if regel.naam == plan.dossier.regiehouder else _contact(plan))
    return Briefdeel(brief, beeld)


def _wat_is_dit(plan: Plan, soort: Lezerssoort, je: bool) -> str:
    waarom = AANLEIDINGEN.get(plan.aanleiding.soort, "")
    krijgt = "Je krijgt" if je else "U krijgt"
    return (f"Dit is versie {plan.versie} van het veiligheidsplan van {plan.dossier.gezinsnaam}, van "
            f"{datum(plan.datum)}{f', {waarom}' if waarom else ''}. {krijgt} {DOCUMENTWOORDEN[soort]}.")


def _sinds(vorige: int | None, iets: bool, je: bool) -> str:
    jij = "je" if je else "u"
    if vorige is None:
        return (f"Dit is de eerste versie die {jij} van ons krijgt. Daarom staat hier geen lijst met "
                "veranderingen.")
    if not iets:
        return (f"Sinds versie {vorige}, die {jij} het laatst kreeg, is er niets veranderd in wat {jij} "
                "krijgt.")
    return f"Dit is veranderd sinds versie {vorige}, de versie die {jij} het laatst kreeg:"


def _plannen(regel: Verspreiding) -> frozenset[str]:
    """The plans whose changes concern this recipient: the one(s) they receive; a reader's version
    is made from the veiligheidsplan (its view holds nothing of the ondersteuningsplan's lists)."""
    eigen = {"veiligheidsplan", "ondersteuningsplan"} & set(regel.documenten)
    return frozenset(eigen or {"veiligheidsplan", "ondersteuningsplan"})


def _in_woorden(oud: Plan, nieuw: Plan, je: bool, plannen: frozenset[str]) -> list[str]:
    """The change list between two views of one reader, one sentence each, in the reader's words;
    of the two plans' own parts only those of `plannen` (a recipient of the ondersteuningsplan
    alone hears nothing of the veiligheidsplan's afspraken)."""
    oude_items, nieuwe_items = _items(oud), _items(nieuw)
    zinnen = []
    for verandering in wijzigingen_tussen(oud, nieuw):
        betreft = {verandering.onderdeel.split(".")[0], verandering.van, verandering.naar}
        if betreft & {"veiligheidsplan", "ondersteuningsplan"} and not betreft & plannen:
            continue
        if verandering.id:
            item = nieuwe_items.get(verandering.id) or oude_items.get(verandering.id)
            zinnen.append(_itemzin(verandering, item, je))
        elif verandering.onderdeel == "evaluatie.volgende_datum":
            zinnen.append(f"De volgende evaluatie is op {datum(nieuw.evaluatie.volgende_datum)}.")
        elif verandering.onderdeel in ONDERDEELZINNEN:
            zinnen.append(ONDERDEELZINNEN[verandering.onderdeel])
    return list(dict.fromkeys(zinnen))


def _itemzin(verandering: Verandering, item: Any, je: bool) -> str:
    naam = f"{ITEMSOORTEN.get(verandering.onderdeel, 'Onderdeel')} {verandering.id}"
    over = _onderwerp(item)
    wat = f"{naam} ({over})" if over else naam
    einde = getattr(item, "beeindigd", None)
    beeindigd = f" op {datum(einde.op)} omdat {einde.omdat.rstrip('.')}" if einde is not None else ""
    if verandering.soort == "nieuw" and einde is not None:
        return f"{wat} kwam erbij en is weer beëindigd{beeindigd}."
    if verandering.soort == "nieuw":
        return f"Nieuw: {wat[0].lower()}{wat[1:]}."
    if verandering.soort == "beëindigd":
        return f"{wat} is beëindigd{beeindigd}."
    if verandering.soort == "gewijzigd":
        velden = [VELDWOORDEN.get(veld, veld.replace("_", " ")) for veld in verandering.velden]
        return f"{wat} is veranderd: {', '.join(velden)}." if velden else f"{wat} is veranderd."
    if verandering.soort == "verplaatst" and verandering.velden == ("fase",):
        return f"{wat} hoort nu bij de fase {verandering.naar}."
    if verandering.soort == "verplaatst":
        plan = "het ondersteuningsplan" if verandering.naar == "ondersteuningsplan" else "het veiligheidsplan"
        return f"{wat} staat nu in {plan}."
    return f"{wat} staat niet meer in {'jouw' if je else 'uw'} versie van het plan."


def _onderwerp(item: Any) -> str:
    """What a numbered item is about, in its own words (an afspraak's wat, a zorg's titel …)."""
    for veld in ("wat", "titel", "omschrijving"):
        tekst = getattr(item, veld, None)
        if isinstance(tekst, str) and tekst:
            return tekst.rstrip(".")
    return ""


def _items(plan: Plan) -> dict[str, Any]:
    vp, op = plan.veiligheidsplan, plan.ondersteuningsplan
    lijsten: list[Iterable[Any]] = [vp.zorgen, vp.veiligheidsdoelen, vp.bodemeisen, vp.afspraken,
                                    vp.incidenten, op.doelen, op.afspraken]
    return {item.id: item for lijst in lijsten for item in lijst}


def _gevraagd(plan: Plan, beeld: Plan, naam: str, je: bool, vastlegging: Vastlegging) -> list[str]:
    """Sign when this recipient signs this version and has not yet; call when they act in an afspraak."""
    vragen = []
    tekenaars = {*te_tekenen(plan), *(o.naam for o in plan.ondertekening)}
    getekend = {h.naam for h in geldende_handtekeningen(plan, vastlegging.handtekeningen)}
    if naam in tekenaars and naam not in getekend:
        vragen.append(
            "Teken deze versie op je eigen regel: akkoord, gezien of niet akkoord. Ben je het niet eens? Zeg "
            "dan ook waarom." if je else
            "Teken deze versie: akkoord, gezien of niet akkoord. Met akkoord zegt u: ‘Ik houd me aan de "
            "afspraken waarin mijn naam staat.’ Bent u het niet eens? Zeg dan ook waarom.")
    eigen = [a.id for a in beeld.veiligheidsplan.afspraken if a.beeindigd is None and _doet_mee(a, naam)]
    if eigen and naam != plan.dossier.regiehouder:
        nummers = ", ".join(eigen)
        vragen.append(
            f"Lukt afspraak {nummers} niet, of zie je een signaal? Bel dan {_contact(plan)}." if je else
            f"Lukt een afspraak waarin uw naam staat ({nummers}) niet, of ziet u een signaal? Bel dan "
            f"{_contact(plan)}.")
    return vragen


def _doet_mee(afspraak: Any, naam: str) -> bool:
    """Acts, checks or helps (`helpt`, where the model records it)."""
    return heeft_rol(afspraak, naam)


def _contact(plan: Plan) -> str:
    """The regiehouder by name and phone, said without the word 'regiehouder'."""
    dossier = plan.dossier
    naam = dossier.regiehouder
    telefoons = {p.naam: p.telefoon for p in [dossier.werker, *dossier.professionals]}
    telefoons |= {v.naam: v.telefoon for v in dossier.gezin.volwassenen}
    telefoon = telefoons.get(naam)
    return f"{naam}, die het plan bijhoudt{f', op {telefoon}' if telefoon else ''}"
