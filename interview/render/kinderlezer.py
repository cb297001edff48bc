"""What one child's kinderversie shows, made from the child's own view of the plan (`kinderdeel`).

The safe adults are only the ones the child named (in their session or at the netwerkberaad),
never the parents by default: a parent under a huisverbod is not in the view at all, and a parent
the child did not name is not offered either. The child's words are only those the view still
holds, i.e. those the child (and the parents) cleared for the kinderversie.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from interview.model import Plan
from interview.model.dossier import Netwerklid, Professional, Volwassene, kind_of_jongere, leeftijd_op

JONG = 12
"""Below this age a child gets the Drie Huizen / Words & Pictures form, from it plain language,
their rights and their own signature line."""


class Kinderdeel(BaseModel):
    """The child's own part of a kinderversie, beside the reader record every version has."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    als_ik_bang_ben: tuple[str, ...] = Field((), description="Wat het kind zelf doet als het bang is.")
    mijn_afspraken: tuple[str, ...] = Field(
        (), description="De lopende afspraken van het veiligheidsplan waarin het kind zelf iets doet.")
    zorgen: tuple[str, ...] = Field((), description="Wat het kind zelf over zijn zorgen zei en goedvond.")
    goede_dingen: tuple[str, ...] = Field(
        (), description="Wat goed gaat: wat het kind zelf zei, en wat anderen zeiden en voor de "
                        "kinderversie goedvonden.")
    dromen: tuple[str, ...] = Field(
        (), description="Hoe het is als alles goed is (droomhuis), en vanaf 12 waar het kind hulp bij wil.")
    uitleg_akkoord: str = Field(
        "", description="Welke ouders het goedvinden dat het verhaal zo verteld wordt, in woorden voor het "
                        "kind; leeg: niet vastgelegd.")


def kindervelden(plan: Plan, nummer: int) -> dict[str, Any]:
    """The fields of the kinderversie's reader record for child `nummer` (1-based) of `plan`, the
    child's own view: `Lezer(**kindervelden(...))`."""
    kind = plan.dossier.gezin.kinderen[nummer - 1]
    leeftijd = leeftijd_op(kind.geboortedatum, plan.datum)
    vp = plan.veiligheidsplan
    eigen_plan = [k for k in vp.kinderplannen if k.kind == kind.naam]
    veilig = [naam for k in eigen_plan for naam in k.veilig_bij if naam in plan.dossier.personen]
    verteld = next((u for u in vp.voor_de_kinderen if u.kind == kind.naam), None)
    dossier = plan.dossier
    return {
        "soort": "kinderversie", "nummer": nummer, "naam": kind.naam, "rol": kind_of_jongere(leeftijd),
        "leeftijd": leeftijd, "jong": leeftijd < JONG, "afspraken": (), "signalen": (),
        "noodplan": tuple(vp.noodplan),
        "wie_let_op": _regels(plan, veilig),
        "telefoonlijst": _regels(plan, [dossier.regiehouder, dossier.werker.naam, *veilig]),
        "wat_er_is_gebeurd": verteld.tekst if verteld else "",
        "kind": Kinderdeel(
            als_ik_bang_ben=_uniek(regel for k in eigen_plan for regel in k.als_ik_bang_ben),
            mijn_afspraken=_uniek(a.wat for a in vp.afspraken if a.beeindigd is None and kind.naam in a.wie),
            **_eigen_woorden(plan, kind.naam),
            uitleg_akkoord=_akkoord(plan, verteld.akkoord_van if verteld else []),
        ),
    }


def _eigen_woorden(plan: Plan, naam: str) -> dict[str, tuple[str, ...]]:
    """The child's own words in the three houses, as far as the view still holds them."""
    vp, op = plan.veiligheidsplan, plan.ondersteuningsplan
    huizen = {huis: [u.tekst for u in op.drie_huizen if u.door == naam and u.huis == huis]
              for huis in ("huis van de zorgen", "huis van de leuke dingen", "droomhuis")}
    zorgen = [*huizen["huis van de zorgen"],
              *(u.tekst for z in vp.zorgen for u in z.uitspraken if u.door == naam),
              *(b.omschrijving for b in op.zorgen if naam in b.beschreven_door)]
    goed = [*huizen["huis van de leuke dingen"], *(k.omschrijving for k in vp.wat_gaat_goed),
            *(b.omschrijving for b in op.krachten if naam in b.beschreven_door)]
    dromen = [*huizen["droomhuis"], *(u.tekst for u in op.hulpvraag_jongeren if u.door == naam)]
    return {"zorgen": _uniek(zorgen), "goede_dingen": _uniek(goed), "dromen": _uniek(dromen)}


def _akkoord(plan: Plan, namen: Iterable[str]) -> str:
    """'Je moeder en je vader vinden het goed dat je dit weet.': parents by their role, never by a
    name the child's view no longer holds."""
    rollen = {v.naam: v.rol for v in plan.dossier.gezin.volwassenen}
    wie = [f"je {rollen[naam]}" for naam in namen if naam in rollen]
    if not wie:
        return ""
    opsomming = wie[0] if len(wie) == 1 else f"{', '.join(wie[:-1])} en {wie[-1]}"
    werkwoord = "vindt" if len(wie) == 1 else "vinden"
    return f"{opsomming[0].upper()}{opsomming[1:]} {werkwoord} het goed dat je dit weet."


def _regels(plan: Plan, namen: Iterable[str]) -> tuple[dict[str, str], ...]:
    """Phone-list lines (naam, rol, telefoon) for the names the child's view holds, each once."""
    dossier = plan.dossier
    mensen: list[Volwassene | Netwerklid | Professional] = [
        *dossier.gezin.volwassenen, *dossier.netwerk, *dossier.professionals, dossier.werker]
    telefoons = {mens.naam: mens.telefoon or "" for mens in mensen}
    regels = []
    for naam in dict.fromkeys(namen):
        if naam not in dossier.personen:
            continue
        rol = dossier.personen[naam]
        if naam == dossier.regiehouder:
            rol = f"regiehouder, {rol}" if rol else "regiehouder"
        regels.append({"naam": naam, "rol": rol, "telefoon": telefoons.get(naam, "")})
    return tuple(regels)


def _uniek(teksten: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(tekst for tekst in teksten if tekst))
