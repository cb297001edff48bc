"""Each child's own part of the safety plan, from the child's session and the netwerkberaad.

What a child says about their own safety (who they feel safe with, what they do when scared) is
said for their own kinderversie: it goes there without the group choosing it, the way the child
said it. The netwerkberaad may add to it per child; it never takes away what the child said.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from interview.merge.sessie import Sessie, gesprek_van
from interview.model import Dossier


@dataclass(frozen=True)
class EigenVeiligheid:
    """What one child said in their session about their own safety."""

    kind: str
    genoemd: tuple[str, ...]
    """Who the child named: chosen from the dossier, or typed as someone they can go to."""
    als_ik_bang_ben: tuple[str, ...]
    gesprek: str


def uit_sessie(sessie: Sessie) -> EigenVeiligheid | None:
    """The child's own words on their safety in a jeugdige session; None for any other session,
    or when the child named no one and said nothing about being scared."""
    if sessie.vragenlijst != "jeugdige":
        return None
    antwoorden = sessie.antwoorden
    gekozen = antwoorden.get("veilig_bij")
    genoemd = [str(naam) for naam in gekozen if isinstance(naam, str)] if isinstance(gekozen, list) else []
    genoemd += [str(lid["naam"]) for lid in antwoorden.get("netwerk") or []
                if isinstance(lid, Mapping) and isinstance(lid.get("naam"), str)]
    bang = _regels(antwoorden.get("als_ik_bang_ben"))
    if not genoemd and not bang:
        return None
    return EigenVeiligheid(sessie.persoon, tuple(genoemd), tuple(bang), gesprek_van(sessie))


def kinderplannen(dossier: Dossier, uit_gesprekken: Iterable[EigenVeiligheid],
                  beraad: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The plan's kinderplannen: per child what they said in their session, with what the
    netwerkberaad added for that child. A name the child typed counts when it is (in any case) a
    person of the dossier, as the netwerkberaad left it; anyone else cannot be checked against a
    huisverbod or reached by phone, and stays out."""
    personen = {naam.casefold(): naam for naam in dossier.personen}
    bronnen = [*((e.gesprek, e.kind, e.genoemd, e.als_ik_bang_ben) for e in uit_gesprekken),
               *(("netwerkberaad", str(item.get("kind") or ""), item.get("veilig_bij") or [],
                  _regels(item.get("als_ik_bang_ben"))) for item in beraad)]
    plannen: dict[str, dict[str, list[str]]] = {}
    for bron, kind, namen, bang in bronnen:
        plan = plannen.setdefault(kind, {"veilig_bij": [], "als_ik_bang_ben": [], "herkomst": []})
        gevonden = (personen.get(str(naam).strip().casefold()) for naam in namen)
        plan["veilig_bij"] += [naam for naam in gevonden if naam and naam != kind]
        plan["als_ik_bang_ben"] += bang
        plan["herkomst"].append(bron)
    return [{"kind": kind, **{veld: list(dict.fromkeys(waarden)) for veld, waarden in plan.items()},
             "herkomst": " en ".join(dict.fromkeys(plan["herkomst"]))}
            for kind, plan in plannen.items()]


def _regels(tekst: Any) -> list[str]:
    """One agreement per line of a text answer; a list answer as it is."""
    if isinstance(tekst, list):
        return [str(regel).strip() for regel in tekst if str(regel).strip()]
    return [regel.strip() for regel in str(tekst or "").splitlines() if regel.strip()]
