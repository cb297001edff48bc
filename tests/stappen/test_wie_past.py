"""Issue 19.3: the netwerkberaad's pick lists offer only who fits ("Voor welk kind?" only children)."""

from __future__ import annotations

from interview.conduct import laad_vragenlijst
from interview.merge.inbreng import maak_overzicht
from interview.stappen.eerder_plan import EerderPlan
from interview.stappen.netwerkberaad import vraagcontext
from tests.helpers import plan_voor


def test_voor_welk_kind_offers_only_the_children_and_consent_only_parents_with_gezag() -> None:
    dossier = plan_voor("VP-2026-1902").dossier
    context = vraagcontext(dossier, maak_overzicht(dossier, []), EerderPlan())
    lijst = {v.id: v for v in laad_vragenlijst("netwerkberaad").vragen}
    kind = next(v for v in lijst["voor_de_kinderen"].vragen if v.id == "kind")
    ouders = next(v for v in lijst["toestemming_behandeling"].vragen if v.id == "ouders")

    kinderen = {naam for naam, _ in context.keuzes(kind, {})}
    assert kinderen == {k.naam for k in dossier.gezin.kinderen}
    assert {naam for naam, _ in context.keuzes(ouders, {})} == {
        v.naam for v in dossier.gezin.volwassenen if v.gezag}
