"""Rules that span several parts of a plan, as practice asks them; every breach with its path."""

from __future__ import annotations

from typing import TYPE_CHECKING

from interview.model.dossier import leeftijd_op
from interview.model.nummers import NUMMER, genummerde_lijsten
from interview.model.toestemming import ALLEEN_VANAF, EIGEN_TOESTEMMING_VANAF

if TYPE_CHECKING:
    from collections.abc import Sequence

    from interview.model.plan import Afspraak, Beschrijving, Kracht, Plan, Schaalvraag, Uitspraak


class Samenhangsfout(ValueError):
    """Several breaches at once, each as (field path, Dutch message)."""

    def __init__(self, fouten: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(f"{pad}: {bericht}" for pad, bericht in fouten))
        self.fouten = fouten


def controleer_samenhang(plan: Plan) -> None:
    """Raise Samenhangsfout listing every rule the plan breaks; return quietly if none."""
    fouten: list[tuple[str, str]] = []
    fouten += _nummers_kloppen(plan)
    fouten += _verwijzingen_bestaan(plan)
    fouten += _personen_bestaan(plan)
    fouten += _elke_bodemeis_heeft_een_afspraak(plan)
    fouten += _elke_zorg_heeft_een_doel(plan)
    fouten += _datums_kloppen(plan)
    fouten += _versies_kloppen(plan)
    fouten += _levensloop_verwijst_goed(plan)
    fouten += _toestemming_klopt(plan)
    fouten += _niet_voor_bestaat(plan)
    for nr, afspraak in enumerate(plan.ondersteuningsplan.afspraken, 1):
        if afspraak.fase == "directe veiligheid":
            fouten.append((f"ondersteuningsplan.afspraken[{nr}].fase",
                           "afspraken voor directe veiligheid horen in het veiligheidsplan"))
    if fouten:
        raise Samenhangsfout(fouten)


def _nummers_kloppen(plan: Plan) -> list[tuple[str, str]]:
    fouten = []
    gezien: set[str] = set()
    for voorvoegsel, lijst_pad, items in genummerde_lijsten(plan):
        for nr, item in enumerate(items, 1):
            pad = f"{lijst_pad}[{nr}].id"
            gevonden = NUMMER.fullmatch(item.id)
            if not gevonden or gevonden.group(1) != voorvoegsel:
                fouten.append((pad, f"nummer '{item.id}' hoort te beginnen met {voorvoegsel}, "
                               f"gevolgd door een getal (bijvoorbeeld {voorvoegsel}1)"))
            elif item.id in gezien:
                fouten.append((pad, f"nummer {item.id} komt twee keer voor"))
            gezien.add(item.id)
    return fouten


def _verwijzingen_bestaan(plan: Plan) -> list[tuple[str, str]]:
    vp = plan.veiligheidsplan
    zorgen = {z.id for z in vp.zorgen}
    te_dienen = zorgen | {d.id for d in vp.veiligheidsdoelen} | {b.id for b in vp.bodemeisen} | {
        d.id for d in plan.ondersteuningsplan.doelen}
    fouten = []
    for nr, doel in enumerate(vp.veiligheidsdoelen, 1):
        if doel.zorg not in zorgen:
            fouten.append((f"veiligheidsplan.veiligheidsdoelen[{nr}].zorg",
                           f"'{doel.zorg}' is geen gevaarsomschrijving van dit plan"))
    for pad, afspraak in _alle_afspraken(plan):
        for id_ in afspraak.dient:
            if id_ not in te_dienen:
                fouten.append((f"{pad}.dient", f"'{id_}' is geen zorg, bodemeis of doel van dit plan"))
    return fouten


def _personen_bestaan(plan: Plan) -> list[tuple[str, str]]:
    personen = plan.dossier.personen
    te_controleren: list[tuple[str, str]] = []
    for pad, afspraak in _alle_afspraken(plan):
        te_controleren += [(f"{pad}.wie", naam) for naam in afspraak.wie]
        te_controleren.append((f"{pad}.controle_door", afspraak.controle_door))
        te_controleren += [(f"{pad}.helpt", naam) for naam in afspraak.helpt]
    vp = plan.veiligheidsplan
    te_controleren += [(f"veiligheidsplan.noodplan[{nr}].wie", regel.wie)
                       for nr, regel in enumerate(vp.noodplan, 1)]
    te_controleren += [(f"veiligheidsplan.schaalvragen[{nr}].naam", s.naam)
                       for nr, s in enumerate(vp.schaalvragen, 1)]
    te_controleren += [(f"veiligheidsplan.netwerk_taken[{nr}].wie", t.wie)
                       for nr, t in enumerate(vp.netwerk_taken, 1)]
    te_controleren += [(f"veiligheidsplan.kinderplannen[{nr}]", naam)
                       for nr, k in enumerate(vp.kinderplannen, 1) for naam in (k.kind, *k.veilig_bij)]
    te_controleren += [("evaluatie.aanwezig", naam) for naam in plan.evaluatie.aanwezig]
    return [(pad, f"'{naam}' is geen persoon uit het dossier")
            for pad, naam in te_controleren if naam not in personen]


def _elke_bodemeis_heeft_een_afspraak(plan: Plan) -> list[tuple[str, str]]:
    """Only what still holds counts: an ended afspraak no longer serves a bodemeis."""
    gediend = {id_ for _, afspraak in _alle_afspraken(plan) if afspraak.beeindigd is None
               for id_ in afspraak.dient}
    return [(f"veiligheidsplan.bodemeisen[{nr}]",
             f"bodemeis {eis.id} wordt door geen enkele afspraak gediend")
            for nr, eis in enumerate(plan.veiligheidsplan.bodemeisen, 1)
            if eis.beeindigd is None and eis.id not in gediend]


def _elke_zorg_heeft_een_doel(plan: Plan) -> list[tuple[str, str]]:
    """An ended zorg needs no doel any more; a lopende zorg needs a lopend doel."""
    gekoppeld = {doel.zorg for doel in plan.veiligheidsplan.veiligheidsdoelen if doel.beeindigd is None}
    return [(f"veiligheidsplan.zorgen[{nr}]",
             f"gevaarsomschrijving {zorg.id} heeft geen veiligheidsdoel")
            for nr, zorg in enumerate(plan.veiligheidsplan.zorgen, 1)
            if zorg.beeindigd is None and zorg.id not in gekoppeld]


def _versies_kloppen(plan: Plan) -> list[tuple[str, str]]:
    """The earlier versions run up in order, each once, and all come before this one."""
    nummers = [moment.versie for moment in plan.eerdere_versies]
    if nummers != sorted(set(nummers)) or any(nummer >= plan.versie for nummer in nummers):
        return [("eerdere_versies", f"de eerdere versies moeten oplopen, elk één keer, en vóór "
                 f"versie {plan.versie} liggen")]
    return []


def _levensloop_verwijst_goed(plan: Plan) -> list[tuple[str, str]]:
    """Evaluations, incidents and an earlier plan name items of this plan, of the right kind."""
    bekend = {item.id for _, _, items in genummerde_lijsten(plan) for item in items}
    verwijzingen: list[tuple[str, str, str]] = []
    for nr, moment in enumerate(plan.evaluatie.geschiedenis, 1):
        pad = f"evaluatie.geschiedenis[{nr}]"
        verwijzingen += [(f"{pad}.beoordelingen[{i}].id", b.id, "BA")
                         for i, b in enumerate(moment.beoordelingen, 1)]
        verwijzingen += [(f"{pad}.doelen[{i}].id", d.id, "DO") for i, d in enumerate(moment.doelen, 1)]
    for nr, incident in enumerate(plan.veiligheidsplan.incidenten, 1):
        verwijzingen += [(f"veiligheidsplan.incidenten[{nr}].geraakt", id_, "BA") for id_ in incident.geraakt]
    eerder = plan.veiligheidsplan.eerder_plan
    for nr, afspraak in enumerate(eerder.afspraken if eerder else [], 1):
        if afspraak.overgenomen_als:
            verwijzingen.append((f"veiligheidsplan.eerder_plan.afspraken[{nr}].overgenomen_als",
                                 afspraak.overgenomen_als, "A"))
    fouten = []
    for pad, id_, soorten in verwijzingen:
        if id_ not in bekend:
            fouten.append((pad, f"'{id_}' is geen nummer uit dit plan"))
        elif id_[0] not in soorten:
            fouten.append((pad, f"'{id_}' is geen {_SOORTNAMEN[soorten]}"))
    return fouten


def _toestemming_klopt(plan: Plan) -> list[tuple[str, str]]:
    """Consent for treatment follows the child's age on the plan's date; a young person's own
    hulpvraag and a noodplan line's children are children of the dossier. (The hulpvraag is asked
    from 12, but a corrected date of birth must not make the plan invalid.)"""
    leeftijden = {k.naam: leeftijd_op(k.geboortedatum, plan.datum) for k in plan.dossier.gezin.kinderen}
    gezag = {v.naam for v in plan.dossier.gezin.volwassenen if v.gezag}
    op = plan.ondersteuningsplan
    fouten: list[tuple[str, str]] = []
    for nr, behandeling in enumerate(op.toestemming_behandeling, 1):
        pad = f"ondersteuningsplan.toestemming_behandeling[{nr}]"
        leeftijd = leeftijden.get(behandeling.kind)
        if leeftijd is None:
            fouten.append((f"{pad}.kind", f"'{behandeling.kind}' is geen kind uit het dossier"))
            continue
        fouten += [(f"{pad}.ouders", f"'{naam}' is geen ouder met gezag") for naam in behandeling.ouders
                   if naam not in gezag]
        if leeftijd < ALLEEN_VANAF and not behandeling.ouders:
            fouten.append((f"{pad}.ouders", f"{behandeling.kind} is {leeftijd}: onder 16 geven de ouders "
                           "met gezag toestemming"))
        if leeftijd >= EIGEN_TOESTEMMING_VANAF and behandeling.jeugdige_akkoord is None:
            fouten.append((f"{pad}.jeugdige_akkoord", f"{behandeling.kind} is {leeftijd}: vanaf 12 geeft "
                           "de jongere zelf ook toestemming (ja of nee)"))
    fouten += [(f"ondersteuningsplan.hulpvraag_jongeren[{nr}].door", f"'{vraag.door}' is geen kind uit het "
                "dossier; hier staat de hulpvraag van een jongere in eigen woorden")
               for nr, vraag in enumerate(op.hulpvraag_jongeren, 1) if vraag.door not in leeftijden]
    for nr, regel in enumerate(plan.veiligheidsplan.noodplan, 1):
        fouten += [(f"veiligheidsplan.noodplan[{nr}].voor", f"'{naam}' is geen kind uit het dossier")
                   for naam in regel.voor if naam not in leeftijden]
    return fouten


_SOORTNAMEN = {"BA": "bodemeis of afspraak", "DO": "veiligheidsdoel of ondersteuningsdoel", "A": "afspraak"}


def _datums_kloppen(plan: Plan) -> list[tuple[str, str]]:
    if plan.evaluatie.volgende_datum <= plan.datum:
        return [("evaluatie.volgende_datum",
                 "de volgende evaluatie moet na de datum van het plan liggen")]
    return []


def _alle_afspraken(plan: Plan) -> list[tuple[str, Afspraak]]:
    return [
        *((f"veiligheidsplan.afspraken[{nr}]", a)
          for nr, a in enumerate(plan.veiligheidsplan.afspraken, 1)),
        *((f"ondersteuningsplan.afspraken[{nr}]", a)
          for nr, a in enumerate(plan.ondersteuningsplan.afspraken, 1)),
    ]


def _niet_voor_bestaat(plan: Plan) -> list[tuple[str, str]]:
    """Who a statement is 'niet voor' is someone of the dossier: a misspelt name would leave the
    statement in the very copy it was kept from."""
    vp, op = plan.veiligheidsplan, plan.ondersteuningsplan
    lijsten: list[tuple[str, Sequence[Uitspraak | Kracht | Schaalvraag | Beschrijving]]] = [
        *((f"veiligheidsplan.zorgen[{nr}].uitspraken", zorg.uitspraken)
          for nr, zorg in enumerate(vp.zorgen, 1)),
        ("veiligheidsplan.wat_gaat_goed", vp.wat_gaat_goed),
        ("veiligheidsplan.schaalvragen", vp.schaalvragen),
        ("ondersteuningsplan.krachten", op.krachten), ("ondersteuningsplan.zorgen", op.zorgen),
        ("ondersteuningsplan.hulpvraag_jongeren", op.hulpvraag_jongeren),
        ("ondersteuningsplan.drie_huizen", op.drie_huizen),
    ]
    personen = plan.dossier.personen
    return [(f"{pad}[{nr}].toestemming.niet_voor", f"'{naam}' is geen persoon uit het dossier")
            for pad, lijst in lijsten for nr, item in enumerate(lijst, 1)
            for naam in item.toestemming.niet_voor if naam not in personen]
