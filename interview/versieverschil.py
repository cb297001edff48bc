"""What changed between two plan versions, by stable id: the lines of "Wijzigingen ten opzichte van versie N".

Apart from interview.wijzig, which makes a next version from typed changes: the documents of a
version need only this comparison, and a `vplan documenten` does not load the models of a change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from interview.model import Plan
from interview.model.nummers import GENUMMERDE_LIJSTEN, genummerde_lijsten_in

Soort = Literal["nieuw", "gewijzigd", "beëindigd", "verplaatst", "verdwenen"]


@dataclass(frozen=True)
class Verandering:
    """One line of "Wijzigingen ten opzichte van versie N".

    For a numbered item `id` is its number and `onderdeel` the list it is in now; for another part
    of the plan (noodplan, evaluatie, ...) `id` is empty and `onderdeel` its path. `velden` names
    the changed fields of a `gewijzigd` item; `van`/`naar` say where a `verplaatst` afspraak went
    (a fase or a plan). `verdwenen` only appears between plans this engine did not make.
    """

    soort: Soort
    id: str
    onderdeel: str
    velden: tuple[str, ...] = ()
    van: str = ""
    naar: str = ""


NIET_VERGELEKEN = frozenset({"schema_versie", "versie", "datum", "status", "aanleiding",
                             "eerdere_versies", "wijzigingen", "nummers", "gesprekken"})
"""A version's own metadata: it always differs, and the version history shows it."""
ONDERDELEN_MET_DELEN = ("veiligheidsplan", "ondersteuningsplan", "evaluatie")


def wijzigingen_tussen(oud: Plan, nieuw: Plan) -> list[Verandering]:
    """What changed from `oud` to `nieuw`: numbered items by stable id (in `nieuw`'s document order,
    then anything gone), followed by the other parts of the plan that differ."""
    return [*_veranderde_items(oud, nieuw), *_veranderde_onderdelen(oud, nieuw)]


def _items(plan: Plan) -> dict[str, tuple[str, dict[str, Any]]]:
    return {item["id"]: (pad, item) for pad, lijst in genummerde_lijsten_in(plan.model_dump())
            for item in lijst}


def _veranderde_items(oud: Plan, nieuw: Plan) -> list[Verandering]:
    voor, na = _items(oud), _items(nieuw)
    veranderingen: list[Verandering] = []
    for id_, (pad, item) in na.items():
        if id_ not in voor:
            veranderingen.append(Verandering("nieuw", id_, pad))
            continue
        veranderingen += _verschil_per_item(id_, *voor[id_], pad, item)
    veranderingen += [Verandering("verdwenen", id_, pad) for id_, (pad, _) in voor.items() if id_ not in na]
    return veranderingen


def _verschil_per_item(
    id_: str, oud_pad: str, oud: dict[str, Any], pad: str, item: dict[str, Any]
) -> list[Verandering]:
    veranderingen = []
    if oud_pad != pad:
        veranderingen.append(Verandering("verplaatst", id_, pad, van=oud_pad.split(".")[0],
                                         naar=pad.split(".")[0]))
    if oud.get("fase") != item.get("fase"):
        veranderingen.append(Verandering("verplaatst", id_, pad, ("fase",), oud["fase"], item["fase"]))
    if not oud.get("beeindigd") and item.get("beeindigd"):
        veranderingen.append(Verandering("beëindigd", id_, pad))
    velden = tuple(veld for veld in item if veld not in {"id", "fase", "beeindigd"}
                   and item[veld] != oud.get(veld))
    if velden:
        veranderingen.append(Verandering("gewijzigd", id_, pad, velden))
    return veranderingen


def _veranderde_onderdelen(oud: Plan, nieuw: Plan) -> list[Verandering]:
    voor, na = _zonder_items(oud), _zonder_items(nieuw)
    paden: list[str] = []
    for sleutel, waarde in na.items():
        if sleutel in ONDERDELEN_MET_DELEN:
            paden += [f"{sleutel}.{deel}" for deel in waarde if waarde[deel] != voor[sleutel].get(deel)]
        elif waarde != voor.get(sleutel):
            paden.append(sleutel)
    return [Verandering("gewijzigd", "", pad) for pad in paden]


def _zonder_items(plan: Plan) -> dict[str, Any]:
    gegevens = {k: v for k, v in plan.model_dump().items() if k not in NIET_VERGELEKEN}
    for _, pad in GENUMMERDE_LIJSTEN:
        deel, lijst = pad.split(".")
        gegevens[deel].pop(lijst)
    return gegevens
