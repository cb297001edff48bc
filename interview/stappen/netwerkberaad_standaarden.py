"""The netwerkberaad's defaults that follow from the dossier or from earlier answers (issue 19:
nothing typed twice): shown on the card, kept with Enter or Ctrl-N, replaced by typing."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from interview.conduct import Item, Standaard
from interview.merge.kinderplannen import EigenVeiligheid
from interview.model import Dossier
from interview.model.kinderplan import niet_veilig_op
from interview.stappen.verwijzingen import Soort, keuzelijst

ZORGEN = Soort("zorgen", "titel", "Z")
VERWIJZINGEN = {
    "zorgen_van_dit_plan": keuzelijst([ZORGEN]),
    "te_dienen": keuzelijst([ZORGEN, Soort("bodemeisen", "omschrijving", "B"),
                             Soort("veiligheidsdoelen", "omschrijving", "D"),
                             Soort("op_doelen", "omschrijving", "O")]),
}
"""The lists a doel's zorg and an afspraak's `dient` are picked from: what this session made so far."""

STANDAARD_DUUR = "zes maanden"
"""How long a change must last, unless the group says otherwise: the plan's usual half year."""
STANDAARD_FREQUENTIE = "elke zes weken"
"""How often the plan is evaluated, unless the group says otherwise."""
VRIJWILLIG_KADER = "Vrijwillig kader; lukt het niet, dan overlegt de regiehouder met Veilig Thuis."
"""The kader of a plan without a jeugdbeschermer among the professionals."""
GEDWONGEN = ("jeugdbescherming", "gecertificeerde instelling", "raad voor de kinderbescherming")


def _zorg_zonder_doel(item: Item) -> str | None:
    """A doel serves a zorg of this plan: the first zorg no earlier doel serves yet (D1 → Z1, D2 →
    Z2), or the only one there is (issue 19.2)."""
    zorgen = [zorg for zorg, _ in VERWIJZINGEN["zorgen_van_dit_plan"](item.antwoorden)]
    gediend = {item.antwoorden.get(f"{item.lijst}[{nr}].zorg") for nr in range(1, item.nummer)}
    vrij = [zorg for zorg in zorgen if zorg not in gediend]
    return vrij[0] if vrij else zorgen[0] if len(zorgen) == 1 else None


def _gediend(item: Item) -> list[str]:
    return [str(id_) for id_ in item.get("dient") or []]


def _fase_uit_wat_zij_dient(item: Item) -> str | None:
    """An afspraak that serves a bodemeis belongs to directe veiligheid; one that serves a doel of the
    ondersteuningsplan is herstelgericht; one that serves zorgen or veiligheidsdoelen only is
    risicogestuurd (issue 19.2); the group changes it where it differs."""
    dient = _gediend(item)
    if any(id_.startswith("B") for id_ in dient):
        return "directe veiligheid"
    if any(id_.startswith("O") for id_ in dient):
        return "herstelgericht"
    return "risicogestuurd" if dient else None


def _plaats_uit_wat_zij_dient(item: Item) -> str:
    """An afspraak that serves a doel of the ondersteuningsplan and no bodemeis goes there; others
    in the veiligheidsplan."""
    dient = _gediend(item)
    naar_op = any(id_.startswith("O") for id_ in dient) and not any(id_.startswith("B") for id_ in dient)
    return "ondersteuningsplan" if naar_op else "veiligheidsplan"


def _vast_nummer_te_bellen(item: Item) -> str | None:
    """From the noodplan's second line on: 112 while no line calls it yet, then Veilig Thuis (issue
    19.2); typing replaces it. The first line is the family's own, so it starts empty."""
    if item.nummer < 2:
        return None
    eerder = " ".join(str(item.antwoorden.get(f"{item.lijst}[{nr}].belt") or "").casefold()
                      for nr in range(1, item.nummer))
    for naam in ("112", "Veilig Thuis"):
        if naam.casefold() not in eerder:
            return naam
    return None


def noodplan_van_de_kinderen(dossier: Dossier, eigen: Sequence[EigenVeiligheid]) -> dict[str, Standaard]:
    """A child who said in their own session whom they go to when scared (issue 19: Daan names
    buurman Kees) starts a noodplan line: the children without a line first, in the dossier's
    order, each calling the first network member they named (someone outside the home), else the
    first person of the dossier they named, as a child says it ('oma Ria'); never someone under a
    huisverbod or a contact ban with that child today. After those lines 112, then Veilig Thuis.
    Typing replaces any of it."""
    netwerk = {lid.naam for lid in dossier.netwerk}

    def te_bellen(kind: EigenVeiligheid) -> str | None:
        nee = niet_veilig_op(dossier, dt.date.today(), kind.kind)
        mogelijk = [naam for naam in kind.genoemd if naam in dossier.personen and naam not in nee]
        return next((naam for naam in mogelijk if naam in netwerk), next(iter(mogelijk), None))

    volgorde = [kind.naam for kind in dossier.gezin.kinderen]
    bellen = {e.kind: naam for e in sorted(eigen, key=lambda e: volgorde.index(e.kind) if e.kind in volgorde
                                           else len(volgorde)) if (naam := te_bellen(e))}

    def kind_zonder_regel(item: Item) -> str | None:
        eerder = {item.antwoorden.get(f"{item.lijst}[{nr}].wie") for nr in range(1, item.nummer)}
        return next((kind for kind in bellen if kind not in eerder), None)

    def wie_gebeld_wordt(item: Item) -> str | None:
        naam = bellen.get(str(item.get("wie") or ""))
        return _zoals_een_kind_het_zegt(dossier, naam) if naam else _vast_nummer_te_bellen(item)

    return {"kind_zonder_noodplanregel": kind_zonder_regel, "wie_gebeld_wordt": wie_gebeld_wordt}


def _zoals_een_kind_het_zegt(dossier: Dossier, naam: str) -> str:
    """A network member by the first word of their relation and their name ('oma Ria', 'buurman
    Kees'); anyone else by name."""
    lid = next((lid for lid in dossier.netwerk if lid.naam == naam), None)
    woorden = re.findall(r"[^\W\d_]+", lid.relatie) if lid and lid.relatie else []
    return f"{woorden[0]} {naam}" if woorden else naam


def _namen(namen: list[str]) -> str:
    """'Sandra', 'Sandra en Peter', 'Sandra, Peter en Ria'."""
    return namen[0] if len(namen) == 1 else f"{', '.join(namen[:-1])} en {namen[-1]}"


def _eerste_zorg_uit_herstel(veld: str) -> Callable[[Item], Any]:
    """A form of ondersteuning for a doel of the ondersteuningsplan starts from the herstelgerichte
    zorg the group named just before, the first one no earlier ondersteuning took (issue 19: the
    same kindergroep was typed twice)."""
    def standaard(item: Item) -> Any:
        genomen = {str(waarde) for pad, waarde in item.antwoorden.items()
                   if re.fullmatch(r"op_doelen\[\d+\]\.ondersteuning\[\d+\]\.wat", pad)
                   and not pad.startswith(f"{item.lijst}[{item.nummer}].")}
        nummer = 1
        while (wat := item.antwoorden.get(f"herstelgerichte_zorg[{nummer}].wat")) is not None:
            if str(wat) not in genomen:
                return item.antwoorden.get(f"herstelgerichte_zorg[{nummer}].{veld}")
            nummer += 1
        return None

    return standaard


def standaarden_van(dossier: Dossier) -> dict[str, Standaard]:
    """The defaults that follow from the dossier and the answers before them, by `standaard_uit` name."""
    def regiehouder(item: Item) -> str:
        return str(item.antwoorden.get("regiehouder") or dossier.regiehouder)

    def gevolg(item: Item) -> str | None:
        wie = [str(naam) for naam in item.get("wie") or []]
        controle = str(item.get("controle_door") or regiehouder(item))
        return f"{controle} bespreekt met {_namen(wie)} wat er nodig is." if wie else None

    gedwongen = any(woord in f"{p.organisatie} {p.functie}".casefold()
                    for p in dossier.professionals for woord in GEDWONGEN)

    def netwerklid_zonder_taak(item: Item) -> str | None:
        bezet = {item.antwoorden.get(f"{item.lijst}[{nr}].wie") for nr in range(1, item.nummer)}
        return next((lid.naam for lid in dossier.netwerk if lid.naam not in bezet), None)

    return {
        "zorg_zonder_doel": _zorg_zonder_doel, "fase_uit_wat_zij_dient": _fase_uit_wat_zij_dient,
        "plaats_uit_wat_zij_dient": _plaats_uit_wat_zij_dient,
        "standaard_duur": STANDAARD_DUUR, "standaard_frequentie": STANDAARD_FREQUENTIE,
        "soort_goed_punt": "kracht", "organisatie_van_de_werker": dossier.werker.organisatie,
        "controle_door_de_regiehouder": regiehouder, "gevolg_bij_de_regiehouder": gevolg,
        "netwerklid_zonder_taak": netwerklid_zonder_taak,
        "kader_uit_het_dossier": lambda item: None if gedwongen else VRIJWILLIG_KADER,
        "aanleiding_van_het_veiligheidsplan": lambda item: item.antwoorden.get("vp_aanleiding"),
        **{f"herstel_{veld}": _eerste_zorg_uit_herstel(veld) for veld in ("wie", "wat", "hoe_vaak")},
    }
