"""Who gets which reader's document, and what each one may show: one pure module (issues 9 and 17).

The two plans go to whoever carries the regie or the plan's legal weight, and to the parents;
a recipient whose part of them differs (a statement "niet voor" them) gets a copy of their own.
Everyone else gets a document with only what they need to know: a professionalversie per
professional the verspreidingslijst gives one, a netwerkversie per member of the network (not
family, not professional), a kinderversie per child, one gezinsversie for the family. Each
reader's document is made from the plan as that reader may read it (the reader table,
`interview.model.lezersdeel.voor_lezer`): the `Lezer` record and the whole view its template
gets, so a template that names the risicotaxatie, a diagnosis or a statement the reader is not
cleared for finds it empty.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from interview.model import Plan
from interview.model.dossier import Netwerklid, Professional, Volwassene
from interview.model.lezersdeel import Lezer as Leesrecht
from interview.model.lezersdeel import heeft_rol
from interview.model.plan import Afspraak, Noodplanregel, Signaal
from interview.model.toestemming import Lezerssoort
from interview.model.vaststelling import Vastlegging
from interview.render.kinderlezer import Kinderdeel, kindervelden
from interview.render.perdossier import voor_lezer

Lezersversie = Literal["professionalversie", "netwerkversie", "kinderversie", "gezinsversie"]
Volledig = Literal["veiligheidsplan", "ondersteuningsplan"]
"""A recipient's own copy of a full plan: made only when their part differs from the professionals'."""
VOLLEDIGE_PLANNEN: tuple[Volledig, ...] = ("veiligheidsplan", "ondersteuningsplan")
LEZERSVERSIES: tuple[Lezersversie, ...] = (
    "professionalversie", "netwerkversie", "kinderversie", "gezinsversie")

LEESRECHT: dict[Lezersversie, Lezerssoort] = {
    "professionalversie": "professional", "netwerkversie": "netwerk", "kinderversie": "kind",
    "gezinsversie": "gezin"}
"""Which consent clears a statement for each reader's document (see Toestemming.lezers)."""

class Telefoonregel(BaseModel):
    """One line of a reader's phone list."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    naam: str = Field(description="Wie.")
    rol: str = Field(description="Wie dit is voor het gezin, bijvoorbeeld oma of regiehouder.")
    telefoon: str = Field(description="Telefoonnummer.")


class Gedeeld(BaseModel):
    """One statement from the sessions as a gezinsversie or kinderversie prints it."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    soort: str = Field(description="Wat het is: zorg, wat goed gaat, kracht, score, hulpvraag of een huis.")
    tekst: str = Field(description="Letterlijk wat er gezegd is (bij een score: het getal en waarom).")
    door: str = Field(description="Wie het zei; meer namen met komma's.")


class Lezer(BaseModel):
    """What one reader's document shows: only what that reader needs to know."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    soort: Lezersversie | Volledig = Field(
        description="Professionalversie, netwerkversie, kinderversie of gezinsversie; veiligheidsplan of "
                    "ondersteuningsplan voor een eigen exemplaar van een volledig plan.")
    nummer: int = Field(description="Plaats van de lezer in het netwerk, bij de kinderen, bij de "
                                    "professionals of in het dossier (eigen exemplaar van een volledig "
                                    "plan) (1, 2 …); 0 voor de gezinsversie. Staat in de bestandsnaam, de "
                                    "naam niet.")
    naam: str = Field(description="Voor wie dit document is; leeg voor de gezinsversie.")
    rol: str = Field(description="Wie de lezer is voor het gezin, bijvoorbeeld oma of kind (9 jaar).")
    leeftijd: int | None = Field(description="Leeftijd van het kind op de plandatum; leeg voor volwassenen.")
    jong: bool = Field(description="Een kind jonger dan 12: de kinderversie in de vorm van de Drie Huizen.")
    afspraken: tuple[Afspraak, ...] = Field(
        description="Netwerk- en professionalversie: de lopende afspraken waarin de lezer iets doet, "
                    "controleert of helpt; gezinsversie: alle lopende afspraken van het veiligheidsplan.")
    signalen: tuple[Signaal, ...] = Field(
        description="Waaraan je merkt dat het weer onveilig wordt; in de netwerk- en professionalversie "
                    "de signalen die aan de lezer zijn toegewezen.")
    noodplan: tuple[Noodplanregel, ...] = Field(
        description="Wie belt wie; in de netwerkversie de regels waarin de lezer in actie komt of gebeld "
                    "wordt, in de kinderversie alleen de regels van het kind zelf.")
    wie_let_op: tuple[Telefoonregel, ...] = Field(
        description="Kinderversie: bij wie het kind zich veilig voelt, zoals het kind ze noemde.")
    telefoonlijst: tuple[Telefoonregel, ...] = Field(
        description="Regiehouder, werker, ouders en netwerk met hun telefoonnummer.")
    wat_er_is_gebeurd: str = Field(
        "", description="Kinderversie: wat er is gebeurd, in woorden voor dit kind; leeg: de algemene tekst.")
    uitgelegd_door: str = Field(
        "", description="Kinderversie: wie het plan aan het kind heeft uitgelegd (vplan verstuurd "
                        "--uitgelegd-door); leeg: nog niet vastgelegd.")
    uitgelegd_op: dt.date | None = Field(None, description="Kinderversie: wanneer het is uitgelegd.")
    gedeeld: tuple[Gedeeld, ...] = Field(
        (), description="Gezinsversie en kinderversie: wat mensen in hun gesprek zeiden en dat voor "
                        "deze versie is vrijgegeven (toestemming 'ook gezinsversie' of 'ook kinderversie').")
    kind: Kinderdeel = Field(
        default_factory=Kinderdeel, description="Kinderversie: het eigen deel van het kind.")


@dataclass(frozen=True)
class Lezersdeel:
    """One reader's document to make: for whom, and the plan as that reader may read it."""

    lezer: Lezer
    plan: Plan
    """`voor_lezer(plan, reader)`: everything the reader's template sees is made from this."""


def lezersdelen(plan: Plan, vastlegging: Vastlegging | None = None) -> list[Lezersdeel]:
    """Every reader's document of `plan`: a professionalversie per recipient the verspreidingslijst
    gives one, a netwerkversie per network member, a kinderversie per child, one gezinsversie; in
    that order, numbered by the reader's place in the dossier. Each reader's record is made from
    that reader's own view of the plan; `vastlegging` (None: nothing recorded) says who explained a
    child their kinderversie of this version, and when."""
    plaatsen: list[tuple[Lezersversie, int, str]] = [
        *(("professionalversie", nummer, naam) for nummer, naam in _professionals(plan)),
        *(("netwerkversie", nummer, lid.naam) for nummer, lid in enumerate(_netwerk(plan), 1)),
        *(("kinderversie", nummer, kind.naam) for nummer, kind in enumerate(plan.dossier.gezin.kinderen, 1)),
        ("gezinsversie", 0, "")]
    delen = []
    for soort, nummer, naam in plaatsen:
        beeld = voor_lezer(plan, leesrecht(plan, soort, naam))
        if soort in ("netwerkversie", "professionalversie"):
            lezer = _met_eigen_deel(beeld, soort, nummer, naam)
        elif soort == "kinderversie":
            lezer = _uitgelegd(_kind(beeld, nummer), plan.versie, vastlegging or Vastlegging())
        else:
            lezer = gezinsversie(beeld)
        delen.append(Lezersdeel(lezer, beeld))
    return delen


def leesrecht(plan: Plan, soort: Lezersversie, naam: str) -> Leesrecht:
    """Who reads a reader's document, for `voor_lezer`: a professional with the parts the
    verspreidingslijst marks needed for their task."""
    if soort != "professionalversie":
        return Leesrecht(LEESRECHT[soort], naam)
    nodig = {deel for regel in plan.verspreidingslijst if regel.naam == naam for deel in regel.nodig}
    return Leesrecht("professional", naam, nodig=frozenset(nodig))


def leesrecht_van(plan: Plan, lezer: Lezer | None) -> Leesrecht:
    """Who reads a rendered document whose reader's record is `lezer`; None: the full plans as the
    professionals with the regie read them."""
    if lezer is None:
        return Leesrecht("volledig", professioneel=True)
    if lezer.soort == "veiligheidsplan" or lezer.soort == "ondersteuningsplan":
        return volledig_voor(plan, lezer.naam)
    return leesrecht(plan, lezer.soort, lezer.naam)


def eigen_exemplaren(plan: Plan) -> list[Lezersdeel]:
    """A full plan of its own for each recipient whose part of it differs from the professionals'
    (a parent a statement is "niet voor", a statement cleared for professionals only): one per plan
    they receive, numbered by their place in the dossier, never named. Everyone else on the list
    gets the one shared file."""
    gedeeld = voor_lezer(plan, Leesrecht("volledig", professioneel=True))
    plaatsen = {naam: nummer for nummer, naam in enumerate(plan.dossier.personen, 1)}
    delen = []
    for regel in plan.verspreidingslijst:
        plannen = [soort for soort in VOLLEDIGE_PLANNEN if soort in regel.documenten]
        if not plannen or regel.naam not in plaatsen:
            continue
        beeld = voor_lezer(plan, volledig_voor(plan, regel.naam))
        if beeld == gedeeld:
            continue
        delen += [Lezersdeel(Lezer(soort=soort, nummer=plaatsen[regel.naam], naam=regel.naam,
                                   rol=plan.dossier.personen[regel.naam], leeftijd=None, jong=False,
                                   afspraken=(), signalen=(), noodplan=(), wie_let_op=(), telefoonlijst=()),
                                   beeld) for soort in plannen]
    return delen


def volledig_voor(plan: Plan, naam: str) -> Leesrecht:
    """A recipient of a full plan by name: professional or not (a parent, a young person, a member);
    they read their own copy (`eigen_exemplaren`) when their part differs, else the shared one."""
    dossier = plan.dossier
    professioneel = naam in {dossier.werker.naam, *(p.naam for p in dossier.professionals)}
    return Leesrecht("volledig", naam, professioneel=professioneel)


def lezers(plan: Plan) -> list[Lezer]:
    """The readers of `lezersdelen(plan)`, in the same order."""
    return [deel.lezer for deel in lezersdelen(plan)]


def voorbeelddeel(plan: Plan, soort: Lezersversie) -> Lezersdeel:
    """The first reader of `soort` in `plan` with their view, or an empty reader with that kind's
    view when the plan has none (a plan without network still has a netwerkversie template to check)."""
    delen = lezersdelen(plan)
    gevonden = next((deel for deel in delen if deel.lezer.soort == soort), None)
    if gevonden is not None:
        return gevonden
    leeg = Lezer(soort=soort, nummer=0, naam="", rol="", leeftijd=None, jong=False, afspraken=(),
                 signalen=(), noodplan=(), wie_let_op=(), telefoonlijst=())
    return Lezersdeel(leeg, voor_lezer(plan, leesrecht(plan, soort, "")))


def gezinsversie(plan: Plan) -> Lezer:
    """The family's plain-language version: every running afspraak of the veiligheidsplan."""
    vp = plan.veiligheidsplan
    return Lezer(soort="gezinsversie", nummer=0, naam="", rol="gezin", leeftijd=None, jong=False,
                 afspraken=tuple(_lopend(vp.afspraken)), signalen=tuple(vp.signalen),
                 noodplan=tuple(vp.noodplan), wie_let_op=(), telefoonlijst=_telefoonlijst(plan),
                 gedeeld=gedeeld(plan))


def gedeeld(plan: Plan) -> tuple[Gedeeld, ...]:
    """Every statement in `plan`, a reader's view: in that view only what consent cleared remains."""
    vp, op = plan.veiligheidsplan, plan.ondersteuningsplan
    return (
        *(Gedeeld(soort="zorg", tekst=u.tekst, door=u.door) for z in vp.zorgen for u in z.uitspraken),
        *(Gedeeld(soort="wat goed gaat", tekst=k.omschrijving, door=", ".join(k.genoemd_door))
          for k in vp.wat_gaat_goed),
        *(Gedeeld(soort=soort, tekst=b.omschrijving, door=", ".join(b.beschreven_door))
          for soort, lijst in (("kracht", op.krachten), ("zorg", op.zorgen)) for b in lijst),
        *(Gedeeld(soort="hulpvraag", tekst=h.tekst, door=h.door) for h in op.hulpvraag_jongeren),
        *(Gedeeld(soort=h.huis, tekst=h.tekst, door=h.door) for h in op.drie_huizen),
        *(Gedeeld(soort="score", tekst=f"{s.score}" + (f": {s.toelichting}" if s.toelichting else ""),
                  door=s.naam) for s in vp.schaalvragen),
    )


def ontvangt(documenten: Sequence[str]) -> str:
    """What a recipient receives in words: 'volledig' for both plans, else the documents named."""
    if {"veiligheidsplan", "ondersteuningsplan"} <= set(documenten):
        rest = [d for d in documenten if d not in ("veiligheidsplan", "ondersteuningsplan")]
        return ", ".join(["volledig (beide plannen)", *rest])
    return ", ".join(documenten)


def _netwerk(plan: Plan) -> list[Netwerklid]:
    """Network members who are neither family nor professional (names are unique in a dossier,
    but a worker may list a parent or a teacher in the network too)."""
    dossier = plan.dossier
    anders = {*(k.naam for k in dossier.gezin.kinderen), *(v.naam for v in dossier.gezin.volwassenen),
              *(p.naam for p in dossier.professionals), dossier.werker.naam}
    return [lid for lid in dossier.netwerk if lid.naam not in anders]


def _professionals(plan: Plan) -> list[tuple[int, str]]:
    """Who the verspreidingslijst gives a professionalversie, numbered by their place among the
    dossier's professionals (then the worker, then anyone else the worker gave one): never a name
    in a file name."""
    dossier = plan.dossier
    volgorde = [*(p.naam for p in dossier.professionals), dossier.werker.naam, *dossier.personen]
    plaatsen = {naam: nummer for nummer, naam in enumerate(dict.fromkeys(volgorde), 1)}
    return [(plaatsen[regel.naam], regel.naam) for regel in plan.verspreidingslijst
            if "professionalversie" in regel.documenten and regel.naam in plaatsen]


def _met_eigen_deel(plan: Plan, soort: Lezersversie, nummer: int, naam: str) -> Lezer:
    """A network member's or professional's record: the running afspraken in which they act,
    check or help, and the signalen and noodplan rows their view holds (the reader table)."""
    vp = plan.veiligheidsplan
    eigen = [a for a in _lopend(vp.afspraken) if heeft_rol(a, naam)]
    telefoonlijst = _telefoonlijst(plan)
    if soort == "professionalversie":
        # Professionals work together: the ones with a role in the reader's afspraken (their view).
        bekend = {regel.naam for regel in telefoonlijst}
        telefoonlijst += _regels(plan, [p.naam for p in plan.dossier.professionals
                                        if p.naam not in bekend and p.naam != naam])
    return Lezer(soort=soort, nummer=nummer, naam=naam, rol=plan.dossier.personen.get(naam, ""),
                 leeftijd=None, jong=False, afspraken=tuple(eigen), signalen=tuple(vp.signalen),
                 noodplan=tuple(vp.noodplan), wie_let_op=(), telefoonlijst=telefoonlijst)


def _kind(plan: Plan, nummer: int) -> Lezer:
    return Lezer(**kindervelden(plan, nummer), gedeeld=gedeeld(plan))


def _uitgelegd(kind: Lezer, versie: int, vastlegging: Vastlegging) -> Lezer:
    """The child's record with the last explanation recorded for this version, if any."""
    uitleg = [o for o in vastlegging.ontvangsten
              if o.ontvanger == kind.naam and o.versie == versie and o.uitgelegd_door]
    if not uitleg:
        return kind
    laatste = uitleg[-1]
    return kind.model_copy(update={"uitgelegd_door": laatste.uitgelegd_door, "uitgelegd_op": laatste.datum})


def _lopend(afspraken: Iterable[Afspraak]) -> list[Afspraak]:
    return [a for a in afspraken if a.beeindigd is None]


def _telefoonlijst(plan: Plan) -> tuple[Telefoonregel, ...]:
    """Regiehouder and werker, the parents, the network: not the other professionals, whose
    organisation alone can tell a reader about treatment."""
    dossier = plan.dossier
    namen = [dossier.regiehouder, dossier.werker.naam, *(v.naam for v in dossier.gezin.volwassenen),
             *(lid.naam for lid in dossier.netwerk)]
    return _regels(plan, dict.fromkeys(namen))


def _regels(plan: Plan, namen: Iterable[str]) -> tuple[Telefoonregel, ...]:
    telefoons = _telefoons(plan)
    rollen = plan.dossier.personen
    regels = []
    for naam in namen:
        rol = rollen.get(naam, "")
        if naam == plan.dossier.regiehouder:
            rol = f"regiehouder, {rol}" if rol else "regiehouder"
        regels.append(Telefoonregel(naam=naam, rol=rol, telefoon=telefoons.get(naam, "")))
    return tuple(regels)


def _telefoons(plan: Plan) -> dict[str, str]:
    dossier = plan.dossier
    mensen: list[Volwassene | Netwerklid | Professional] = [
        *dossier.gezin.volwassenen, *dossier.netwerk, *dossier.professionals, dossier.werker]
    return {mens.naam: mens.telefoon or "" for mens in mensen}
