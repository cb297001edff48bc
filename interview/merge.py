"""Session journals -> plan: pure and deterministic, keeping who said what, reporting conflicts.

Individual sessions are read as `Sessie` values whose answers are keyed by the questionnaire's
`veld` names (zorgen, goed, ideeen, schaalscore, schaal_toelichting, netwerk, telefoon). The
joint session's answers are keyed by plan paths (`veiligheidsplan.zorgen`, ...). Statements
from individual sessions reach the plan only where the joint session names their key.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from babel.dates import format_date

from interview.model import Dossier, Gesprek, Netwerklid, Plan, Professional, Volwassene
from interview.model.plan import Documentsoort
from interview.model.schaal import Leeftijdsgroep, leeftijdsgroep
from interview.model.toestemming import EIGEN_TOESTEMMING_VANAF, Lezerssoort

Soort = Literal["zorg", "goed", "idee"]
SOORT_PER_VELD: dict[str, Soort] = {"zorgen": "zorg", "goed": "goed", "ideeen": "idee"}
HUIZEN: dict[Soort, str] = {"zorg": "huis van de zorgen", "goed": "huis van de leuke dingen",
                            "idee": "droomhuis"}
"""Under 12 the jeugdige questionnaire asks the Drie Huizen into the same fields as a young person's."""

DELEN: dict[str, tuple[bool, tuple[Lezerssoort, ...]]] = {
    "ja, in het volledige plan": (True, ("volledig",)),
    "ja, ook in de gezinsversie": (True, ("volledig", "gezin")),
    "ja, ook in de gezinsversie en de kinderversie": (True, ("volledig", "gezin", "kind")),
    "nee, niet in het plan": (False, ()),
}
"""The answers to a session's `delen` question (agreed with the worker, and for a child the
child's own yes): whether it may enter the plan, and which versions may show it. No answer: the
full plan only, and a child's words in no document (see Toestemming)."""


@dataclass(frozen=True)
class Sessie:
    """One individual session as its journal holds it."""

    id: str
    vragenlijst: str
    persoon: str
    antwoorden: Mapping[str, Any]
    begin: str = ""
    einde: str = ""


@dataclass(frozen=True)
class Inbreng:
    """One literal statement from an individual session, with a key that stays the same."""

    sleutel: str
    soort: Soort
    tekst: str
    persoon: str
    sessie: str
    toelichting: str = ""
    gesprek: str = "individueel gesprek"
    """How the documents name the session: kind and date, never the internal id."""
    delen: str = ""
    """The answer to the session's `delen` question (a key of DELEN); empty when not asked."""
    jeugdige: bool = False
    """Said by a child or young person (the jeugdige questionnaire): their own yes is needed."""
    ouders_akkoord: bool | None = None
    """For a child's session: did the parents with gezag agree to what the child shares."""


@dataclass(frozen=True)
class Score:
    persoon: str
    score: int
    toelichting: str
    sessie: str
    leeftijdsgroep: Leeftijdsgroep = "volwassene"
    """Whose anchors the question was asked with."""
    delen: str = ""
    jeugdige: bool = False
    ouders_akkoord: bool | None = None


@dataclass(frozen=True)
class Conflict:
    """Sessions (or the dossier) disagree on a fact about a person."""

    persoon: str
    veld: str
    waarden: tuple[tuple[str, str], ...]  # (value, where it comes from)


@dataclass(frozen=True)
class Overzicht:
    """Everything said in the individual sessions, side by side, before the joint session."""

    inbreng: tuple[Inbreng, ...]
    scores: tuple[Score, ...]
    netwerk_suggesties: tuple[tuple[str, str, str, str], ...]  # (naam, relatie, telefoon, door)
    conflicten: tuple[Conflict, ...]
    personen: tuple[str, ...] = field(default=())
    weggelaten: tuple[str, ...] = field(default=())
    """Answers not in the form the overview reads (a journal edited by hand): one Dutch line each."""
    gesprekken: tuple[Gesprek, ...] = field(default=())
    """The individual sessions held, oldest first: who, when, how long."""
    hulpvragen: tuple[Inbreng, ...] = field(default=())
    """Young people's hulpvraag in their own words, each with their answer to sharing it."""
    drie_huizen: tuple[tuple[str, Inbreng], ...] = field(default=())
    """What children under 12 said in the Drie Huizen, by huis, each with their answer to sharing it."""

    def van(self, soort: Soort) -> list[Inbreng]:
        return [i for i in self.inbreng if i.soort == soort]


def in_volgorde(sessies: Iterable[Sessie]) -> list[Sessie]:
    """Sessions in one fixed order, so the merge never depends on the order they were found in."""
    return sorted(sessies, key=lambda s: (s.persoon, s.vragenlijst, s.begin, s.id))


def maak_overzicht(dossier: Dossier, sessies: Iterable[Sessie]) -> Overzicht:
    """Collect every attributed statement, score, network suggestion and conflict.

    An answer of the wrong form is left out and named in `weggelaten`, never silently dropped.
    """
    nagekeken = [_bruikbaar(sessie) for sessie in in_volgorde(sessies)]
    geordend = [sessie for sessie, _ in nagekeken]
    inbreng: list[Inbreng] = []
    scores: list[Score] = []
    suggesties: list[tuple[str, str, str, str]] = []
    hulpvragen: list[Inbreng] = []
    drie_huizen: list[tuple[str, Inbreng]] = []
    for sessie in geordend:
        inbreng += _inbreng_van(sessie)
        hulpvragen += _hulpvraag_van(sessie)
        if leeftijdsgroep(sessie.vragenlijst, _leeftijd(dossier, sessie.persoon)) == "kind":
            drie_huizen += [(HUIZEN[i.soort], i) for i in _inbreng_van(sessie)]
        score = sessie.antwoorden.get("schaalscore")
        if isinstance(score, int):
            toelichting = str(sessie.antwoorden.get("schaal_toelichting") or "")
            jeugdige, ouders = _toestemming_van_sessie(sessie)
            groep = leeftijdsgroep(sessie.vragenlijst, _leeftijd(dossier, sessie.persoon))
            scores.append(Score(sessie.persoon, score, toelichting, sessie.id, groep,
                                str(sessie.antwoorden.get("schaal_delen") or ""), jeugdige, ouders))
        for lid in sessie.antwoorden.get("netwerk") or []:
            suggesties.append((str(lid.get("naam", "")), str(lid.get("relatie", "")),
                               str(lid.get("telefoon", "") or ""), sessie.persoon))
    return Overzicht(
        inbreng=tuple(inbreng),
        scores=tuple(scores),
        netwerk_suggesties=tuple(suggesties),
        conflicten=tuple(_conflicten(dossier, geordend)),
        personen=tuple(sorted({s.persoon for s in geordend})),
        weggelaten=tuple(regel for _, regels in nagekeken for regel in regels),
        gesprekken=tuple(_gehouden(geordend, dossier)),
        hulpvragen=tuple(hulpvragen),
        drie_huizen=tuple(drie_huizen),
    )


def _gehouden(sessies: Iterable[Sessie], dossier: Dossier) -> list[Gesprek]:
    gehouden = [gesprek for s in sessies
                if (gesprek := gehouden_gesprek(INDIVIDUEEL, [s.persoon], s.begin, s.einde)) is not None]
    met_rol = [g.model_copy(update={"rol": dossier.omschrijving_op(g.met[0], g.datum)}) for g in gehouden]
    return sorted(met_rol, key=lambda g: (g.datum, str(g.begin)))


def gehouden_gesprek(soort: str, met: Sequence[str], begin: str, einde: str, rol: str = "") -> Gesprek | None:
    """A `Gesprek` from a journal's begin and end times (ISO strings); its duur in whole minutes.

    None when neither time can be read (a journal edited by hand): a gesprek without a date
    cannot be placed, and the plan does not invent one.
    """
    van, tot = _tijdstip(begin), _tijdstip(einde)
    moment = van or tot
    if moment is None:
        return None
    duur = round((tot - van).total_seconds() / 60) if van and tot and tot >= van else None
    return Gesprek(soort=soort, met=list(met), rol=rol, datum=moment.date(), begin=van, einde=tot, duur=duur)


def _tijdstip(tekst: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(tekst)
    except ValueError:
        return None


def _is_uitspraak(item: Any) -> bool:
    """Plain text, or {wat: text, wanneer/soort: text} as a list question stores it."""
    if isinstance(item, str):
        return True
    return (isinstance(item, Mapping) and isinstance(item.get("wat"), str)
            and all(isinstance(item.get(k), str | None) for k in ("wanneer", "soort")))


def _is_netwerklid(item: Any) -> bool:
    return (isinstance(item, Mapping) and isinstance(item.get("naam"), str)
            and all(isinstance(item.get(k), str | None) for k in ("relatie", "telefoon")))


def _is_score(waarde: Any) -> bool:
    return isinstance(waarde, int) and not isinstance(waarde, bool) and 0 <= waarde <= 10


LIJSTEN: dict[str, tuple[Callable[[Any], bool], str]] = {
    **{veld: (_is_uitspraak, "uitspraak (tekst)") for veld in SOORT_PER_VELD},
    "netwerk": (_is_netwerklid, "persoon met naam (en relatie en telefoon als tekst)"),
}
"""The list answers the overview reads, with what each item must be."""
ENKEL: dict[str, tuple[Callable[[Any], bool], str]] = {
    "schaalscore": (_is_score, "geheel getal van 0 tot en met 10"),
    "schaal_toelichting": (lambda waarde: isinstance(waarde, str), "tekst"),
    "telefoon": (lambda waarde: isinstance(waarde, str), "tekst"),
    "schaal_delen": (lambda waarde: waarde in DELEN, "keuze uit: " + ", ".join(DELEN)),
    "ouders_akkoord": (lambda waarde: isinstance(waarde, bool), "ja of nee"),
    "hulpvraag": (lambda waarde: isinstance(waarde, str), "tekst"),
    "hulpvraag_delen": (lambda waarde: waarde in DELEN, "keuze uit: " + ", ".join(DELEN)),
}
"""The single answers the overview reads, with what each must be."""


def _bruikbaar(sessie: Sessie) -> tuple[Sessie, list[str]]:
    """The session with only answers in the form the overview reads, and a Dutch line per answer
    left out. The engine stores each answer in its form; a journal edited by hand may not."""
    antwoorden = dict(sessie.antwoorden)
    weggelaten: list[str] = []

    def laat_weg(pad: str, verwacht: str) -> None:
        weggelaten.append(f"Let op: in het gesprek met {sessie.persoon} ({sessie.id}) is het antwoord op "
                          f"'{pad}' geen {verwacht}; het staat niet in het overzicht.")

    for veld, (past, verwacht) in ENKEL.items():
        if antwoorden.get(veld) is not None and not past(antwoorden[veld]):
            laat_weg(veld, verwacht)
            del antwoorden[veld]
    for veld, (past, verwacht) in LIJSTEN.items():
        waarde = antwoorden.get(veld)
        if waarde is None:
            continue
        if not isinstance(waarde, list):
            laat_weg(veld, "lijst")
            del antwoorden[veld]
            continue
        for nummer, item in enumerate(waarde, 1):
            if not past(item):
                laat_weg(f"{veld}[{nummer}]", verwacht)
        if veld in SOORT_PER_VELD:  # an empty place keeps the keys of the statements after it
            antwoorden[veld] = [item if past(item) else "" for item in waarde]
        else:
            antwoorden[veld] = [item for item in waarde if past(item)]
    return replace(sessie, antwoorden=antwoorden), weggelaten


def _inbreng_van(sessie: Sessie) -> list[Inbreng]:
    gevonden = []
    jeugdige, ouders = _toestemming_van_sessie(sessie)
    for veld, soort in SOORT_PER_VELD.items():
        for nr, item in enumerate(sessie.antwoorden.get(veld) or [], 1):
            tekst, toelichting = _tekst_van_item(item)
            if tekst:
                gevonden.append(Inbreng(f"{sessie.id}/{veld}/{nr}", soort, tekst, sessie.persoon,
                                        sessie.id, toelichting, gesprek_van(sessie),
                                        _delen_van_item(item), jeugdige, ouders))
    return gevonden


def _hulpvraag_van(sessie: Sessie) -> list[Inbreng]:
    """A young person's own hulpvraag (asked from 12), with their answer to sharing it."""
    tekst = str(sessie.antwoorden.get("hulpvraag") or "").strip()
    if not tekst:
        return []
    jeugdige, ouders = _toestemming_van_sessie(sessie)
    return [Inbreng(f"{sessie.id}/hulpvraag", "idee", tekst, sessie.persoon, sessie.id,
                    gesprek=gesprek_van(sessie), delen=str(sessie.antwoorden.get("hulpvraag_delen") or ""),
                    jeugdige=jeugdige, ouders_akkoord=ouders)]


def _toestemming_van_sessie(sessie: Sessie) -> tuple[bool, bool | None]:
    """Whether a child spoke, and whether the parents agreed to what the child shares."""
    ouders = sessie.antwoorden.get("ouders_akkoord")
    return sessie.vragenlijst == "jeugdige", ouders if isinstance(ouders, bool) else None


def _delen_van_item(item: Any) -> str:
    """The item's answer to `delen`, or empty when not asked or not one of the choices."""
    delen = item.get("delen") if isinstance(item, Mapping) else None
    return delen if isinstance(delen, str) and delen in DELEN else ""


def _leeftijd(dossier: Dossier, persoon: str) -> int | None:
    return next((k.leeftijd for k in dossier.gezin.kinderen if k.naam == persoon), None)


def mag_in_plan(delen: str) -> bool:
    """False only when the person said no: then the promise is kept and nothing enters the plan."""
    return delen not in DELEN or DELEN[delen][0]


def toestemming(delen: str, jeugdige: bool, ouders_akkoord: bool | None) -> dict[str, Any]:
    """The plan's Toestemming for words shared as `delen` (a DELEN key, or empty: not asked)."""
    if delen not in DELEN:
        return {"ouders_akkoord": ouders_akkoord} if jeugdige else {}
    afgesproken, lezers = DELEN[delen]
    gegevens: dict[str, Any] = {"afgesproken": afgesproken, "lezers": list(lezers)}
    if jeugdige:
        gegevens |= {"kind_akkoord": afgesproken, "ouders_akkoord": ouders_akkoord}
    return gegevens


def schaalvraag(score: Score, moment: str) -> dict[str, Any]:
    """A chosen session score as the plan's Schaalvraag, with its anchors and its consent."""
    return {"naam": score.persoon, "score": score.score, "toelichting": score.toelichting,
            "moment": moment, "leeftijdsgroep": score.leeftijdsgroep,
            "toestemming": toestemming(score.delen, score.jeugdige, score.ouders_akkoord)}


AAN_TAFEL: dict[str, Any] = {"afgesproken": True, "lezers": ["volledig", "gezin"]}
"""The consent of a score said at the table (netwerkberaad, evaluation): said aloud, for the plan,
to the family, network and professionals together. Who heard it reads it: the full plan and the
gezinsversie; a netwerkversie shows no scores, a kinderversie no one else's."""


def score_aan_tafel(score: Mapping[str, Any], moment: str, dossier: Dossier) -> dict[str, Any]:
    """A score given in the group as the plan's Schaalvraag: the anchors of the person's age group,
    and the group's consent recorded with it. A child or young person who says a number at the
    table, with the parents there, has agreed to it being written down: their yes and the parents'
    are recorded (a session's score, said in private, asks for both instead)."""
    leeftijd = _leeftijd(dossier, str(score.get("naam", "")))
    kind = leeftijd is not None
    toestemming = AAN_TAFEL | ({"kind_akkoord": True, "ouders_akkoord": True} if kind else {})
    return {**score, "moment": moment, "toestemming": toestemming,
            "leeftijdsgroep": leeftijdsgroep("jeugdige" if kind else "", leeftijd)}


def _tekst_van_item(item: Any) -> tuple[str, str]:
    """A list item is either plain text or {wat: ..., wanneer/soort: ...}."""
    if isinstance(item, str):
        return item.strip(), ""
    if isinstance(item, Mapping):
        wat = str(item.get("wat") or "").strip()
        extra = [str(item[k]).strip() for k in ("wanneer", "soort") if item.get(k)]
        return wat, "; ".join(extra)
    return "", ""


def _conflicten(dossier: Dossier, sessies: Sequence[Sessie]) -> list[Conflict]:
    """Phone numbers that sessions and the dossier give differently for the same person."""
    gezien: dict[str, dict[str, list[str]]] = {}
    geschreven: dict[str, str] = {}  # digits -> as first written (the dossier's form first)

    def noteer(persoon: str, waarde: str | None, bron: str) -> None:
        if persoon and waarde:
            gezien.setdefault(persoon, {}).setdefault(_cijfers(waarde), []).append(bron)
            geschreven.setdefault(_cijfers(waarde), waarde.strip())

    for persoon, telefoon in _telefoons_in_dossier(dossier).items():
        noteer(persoon, telefoon, "dossier")
    for sessie in sessies:
        noteer(sessie.persoon, sessie.antwoorden.get("telefoon"), f"gesprek met {sessie.persoon}")
        for lid in sessie.antwoorden.get("netwerk") or []:
            noteer(str(lid.get("naam", "")), lid.get("telefoon"), f"gesprek met {sessie.persoon}")
    conflicten = []
    for persoon in sorted(gezien):
        waarden = gezien[persoon]
        if len(waarden) > 1:
            conflicten.append(Conflict(persoon, "telefoon", tuple(
                (geschreven[cijfers], ", ".join(sorted(set(bronnen))))
                for cijfers, bronnen in sorted(waarden.items())
            )))
    return conflicten


def _cijfers(telefoon: str) -> str:
    """Compare phone numbers by their digits: '06-123 45' and '0612345' are the same."""
    return "".join(teken for teken in telefoon if teken.isdigit() or teken == "+")


def _telefoons_in_dossier(dossier: Dossier) -> dict[str, str]:
    mensen: list[Volwassene | Netwerklid | Professional] = [
        *dossier.gezin.volwassenen, *dossier.netwerk, *dossier.professionals]
    return {m.naam: m.telefoon for m in mensen if m.telefoon}


def los_conflicten_op(dossier: Dossier, keuzes: Mapping[str, str]) -> Dossier:
    """The dossier with each settled phone number (persoon -> chosen number) filled in."""
    gegevens = dossier.model_dump(mode="json")
    for groep in (gegevens["gezin"]["volwassenen"], gegevens["netwerk"], gegevens["professionals"]):
        for persoon in groep:
            if persoon["naam"] in keuzes:
                persoon["telefoon"] = keuzes[persoon["naam"]]
    return Dossier.model_validate(gegevens)


def keuzelijsten(overzicht: Overzicht) -> dict[str, list[tuple[str, str]]]:
    """The statements the joint session can choose from, as (key, label) per list."""
    def label(i: Inbreng) -> str:
        return f"{i.persoon}: {i.tekst}"

    def te_kiezen(soort: Soort) -> list[tuple[str, str]]:
        return [(i.sleutel, label(i)) for i in overzicht.van(soort) if mag_in_plan(i.delen)]

    return {
        "zorgen_uit_gesprekken": te_kiezen("zorg"),
        "goed_uit_gesprekken": te_kiezen("goed"),
        "ideeen_uit_gesprekken": te_kiezen("idee"),
        "scores_uit_gesprekken": [
            (s.sessie, f"{s.persoon}: {s.score}" + (f" ({s.toelichting})" if s.toelichting else ""))
            for s in overzicht.scores if mag_in_plan(s.delen)
        ],
    }


KEUZEVELDEN = frozenset({
    "afspraken", "regiehouder", "krachten_uit_gesprekken", "op_krachten_uit_gesprekken",
    "op_zorgen_uit_gesprekken", "scores_uit_gesprekken", "ondertekenaars", "ontvangers",
    "ontvangst_wijze", "afwijkende_ontvangst",
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
    `scores_uit_gesprekken`, an afspraak's `vertrekpunt`), those are taken over literally with
    who said them; nothing else from the individual sessions enters the plan. The plan's
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
    for sleutel_veld, doel_veld in (("op_krachten_uit_gesprekken", "krachten"),
                                    ("op_zorgen_uit_gesprekken", "zorgen")):
        op[doel_veld] = [
            *({"omschrijving": i.tekst, "beschreven_door": [i.persoon], "herkomst": _herkomst(i),
               "toestemming": _toestemming(i)}
              for i in _gekozen(per_sleutel, plan.pop(sleutel_veld, None) or [])),
            *op.get(doel_veld, []),
        ]
    op["hulpvraag_jongeren"] = [
        *(_uitspraak(i) for i in overzicht.hulpvragen if i.delen in DELEN and DELEN[i.delen][0]),
        *op.get("hulpvraag_jongeren", []),
    ]
    op["drie_huizen"] = [{**_uitspraak(i), "wanneer": "", "huis": huis} for huis, i in overzicht.drie_huizen
                         if i.delen in DELEN and DELEN[i.delen][0]]
    for doel in vp.get("veiligheidsdoelen", []):
        doel["zorg"] = str(doel.get("zorg", "")).strip().upper()
    for eerdere in (vp.get("eerder_plan") or {}).get("afspraken", []):
        eerdere.pop("overnemen", None)  # the choice is kept as the number that takes it over
    _verdeel_afspraken(plan, per_sleutel)
    gekozen_scores = set(plan.pop("scores_uit_gesprekken", None) or [])
    vp["schaalvragen"] = [
        *(schaalvraag(s, INDIVIDUEEL) for s in overzicht.scores
          if s.sessie in gekozen_scores and mag_in_plan(s.delen)),
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


DIRECTE_VEILIGHEID_BINNEN = dt.timedelta(weeks=6)
AFSLUITEN_ALS = "alle veiligheidsdoelen bereikt zijn en iedereen het veilig genoeg vindt om af te sluiten"


def standaard_looptijd(datum: dt.date) -> dict[str, str]:
    """What the group did not say about the looptijd: directe veiligheid within six weeks (it comes
    first and should take little time), the plan for a year (work instruction, step 10)."""
    try:
        jaar_later = datum.replace(year=datum.year + 1)
    except ValueError:  # 29 February
        jaar_later = datum + dt.timedelta(days=365)
    return {"directe_veiligheid_voor": (datum + DIRECTE_VEILIGHEID_BINNEN).isoformat(),
            "looptijd_tot": jaar_later.isoformat(), "afsluiten_als": AFSLUITEN_ALS}


def _verdeel_afspraken(plan: dict[str, Any], per_sleutel: Mapping[str, Inbreng]) -> None:
    """Each afspraak goes to the plan the group placed it in; steps and numbers become lists."""
    for nummer, afspraak in enumerate(plan.pop("afspraken", []), 1):
        afspraak.setdefault("id", f"A{nummer}")  # numbered as made, whichever plan it goes to
        _neem_over(plan["veiligheidsplan"].get("eerder_plan") or {}, afspraak)
        plaats = afspraak.pop("plaats", None) or "veiligheidsplan"
        idee = per_sleutel.get(afspraak.pop("vertrekpunt", None) or "")
        afspraak["herkomst"] = (
            {"sessie": f"netwerkberaad, naar een idee uit het {idee.gesprek}", "persoon": idee.persoon}
            if idee else {"sessie": "netwerkberaad"}
        )
        stappen = afspraak.get("stappen") or ""
        afspraak["stappen"] = [r.strip() for r in str(stappen).splitlines() if r.strip()]
        afspraak["dient"] = _nummers(afspraak.get("dient"))
        plan[plaats].setdefault("afspraken", []).append(afspraak)


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


INDIVIDUEEL = "individueel gesprek"


def gesprek_van(sessie: Sessie) -> str:
    """'individueel gesprek van 21 november 2026': what a reader of the plan understands."""
    try:
        dag = dt.date.fromisoformat(sessie.begin[:10])
    except ValueError:
        return INDIVIDUEEL
    return f"{INDIVIDUEEL} van {format_date(dag, format='long', locale='nl_NL')}"


def standaard_ondertekenaars(dossier: Dossier, regiehouder: str | None = None) -> list[str]:
    """Who signs unless the group says otherwise: parents with gezag, young people from 12 (their
    own line, DOMAIN.md) and the regiehouder (always)."""
    namen = [*(v.naam for v in dossier.gezin.volwassenen if v.gezag),
             *(k.naam for k in dossier.gezin.kinderen if k.leeftijd >= 12),
             regiehouder or dossier.regiehouder]
    return list(dict.fromkeys(namen))


def standaard_ontvangers(dossier: Dossier, ondertekenaars: Sequence[str]) -> list[str]:
    """Who receives the plan unless the group says otherwise: who signs, the network, and every
    child (their kinderversie, explained to them)."""
    kinderen = [kind.naam for kind in dossier.gezin.kinderen]
    return list(dict.fromkeys([*ondertekenaars, *(lid.naam for lid in dossier.netwerk), *kinderen]))


VOLLEDIG: list[Documentsoort] = ["veiligheidsplan", "ondersteuningsplan"]


def standaard_ontvangst(dossier: Dossier, naam: str) -> dict[str, Any]:
    """What a recipient gets unless the group says otherwise (DOMAIN.md, need to know): a parent
    both plans and the gezinsversie; a child the kinderversie, explained in person, and from 12
    (own right of access, signs on their own line) both plans too; a network member who is neither
    family nor professional the netwerkversie; a professional, the worker and anyone else both plans."""
    kinderen = {kind.naam: kind for kind in dossier.gezin.kinderen}
    if naam in kinderen:
        eigen: list[Documentsoort] = ["kinderversie"]
        jongere = kinderen[naam].leeftijd >= EIGEN_TOESTEMMING_VANAF
        return {"documenten": [*VOLLEDIG, *eigen] if jongere else eigen, "vorm": "mondeling"}
    if naam in {v.naam for v in dossier.gezin.volwassenen}:
        return {"documenten": [*VOLLEDIG, "gezinsversie"]}
    professionals = {p.naam for p in [*dossier.professionals, dossier.werker]}
    if naam in {lid.naam for lid in dossier.netwerk} and naam not in professionals:
        return {"documenten": ["netwerkversie"]}
    return {"documenten": list(VOLLEDIG)}


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
            ontvanger.update({k: afwijking[k] for k in ("wijze", "vorm", "documenten") if afwijking.get(k)})
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
    return [per_sleutel[s] for s in sleutels if s in per_sleutel and mag_in_plan(per_sleutel[s].delen)]


def _toestemming(inbreng: Inbreng) -> dict[str, Any]:
    return toestemming(inbreng.delen, inbreng.jeugdige, inbreng.ouders_akkoord)


def _uitspraak(inbreng: Inbreng) -> dict[str, Any]:
    wanneer = inbreng.toelichting if inbreng.soort == "zorg" else ""
    return {"tekst": inbreng.tekst, "door": inbreng.persoon, "sessie": inbreng.gesprek, "wanneer": wanneer,
            "toestemming": _toestemming(inbreng)}


def _soort_kracht(inbreng: Inbreng) -> str:
    soort = inbreng.toelichting
    return soort if soort in ("kracht", "bestaande veiligheid", "uitzondering") else "kracht"


def genest(vlak: Mapping[str, Any]) -> dict[str, Any]:
    """{'veiligheidsplan.doel': x} -> {'veiligheidsplan': {'doel': x}}."""
    boom: dict[str, Any] = {}
    for pad, waarde in sorted(vlak.items()):
        *mappen, laatste = pad.split(".")
        doel = boom
        for deel in mappen:
            doel = doel.setdefault(deel, {})
        doel[laatste] = waarde
    return boom
