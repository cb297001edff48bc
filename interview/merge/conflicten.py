"""Phone numbers that the sessions and the dossier give differently, and the dossier once they are settled."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from interview.merge.sessie import Sessie
from interview.model import Dossier, Netwerklid, Professional, Volwassene


@dataclass(frozen=True)
class Conflict:
    """Sessions (or the dossier) disagree on a fact about a person."""

    persoon: str
    veld: str
    waarden: tuple[tuple[str, str], ...]  # (value, where it comes from)


def conflicten(dossier: Dossier, sessies: Sequence[Sessie]) -> list[Conflict]:
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
    gevonden = []
    for persoon in sorted(gezien):
        waarden = gezien[persoon]
        if len(waarden) > 1:
            gevonden.append(Conflict(persoon, "telefoon", tuple(
                (geschreven[cijfers], ", ".join(sorted(set(bronnen))))
                for cijfers, bronnen in sorted(waarden.items())
            )))
    return gevonden


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
