"""The netwerkberaad proposes a version per recipient by role; the worker changes only what differs (17.1)."""

from __future__ import annotations

import pytest

from interview.conduct import Item
from interview.merge.inbreng import maak_overzicht
from interview.merge.standaarden import standaard_ontvangst
from interview.model import Plan
from interview.stappen import netwerkberaad
from interview.stappen.eerder_plan import EerderPlan


@pytest.mark.parametrize(("naam", "documenten"), [
    ("Jeroen Smit", ["professionalversie"]),  # school
    ("Anouk Visser", ["professionalversie"]),  # therapist
    ("Marieke Jansen", ["veiligheidsplan", "ondersteuningsplan"]),  # Veilig Thuis
    ("Ilse de Wit", ["veiligheidsplan", "ondersteuningsplan"]),  # regiehouder
    ("Sandra", ["veiligheidsplan", "ondersteuningsplan", "gezinsversie"]),
    ("Fatma", ["netwerkversie"]),
])
def test_each_recipient_is_proposed_the_version_of_their_role(
    voorbeeld_plan: Plan, naam: str, documenten: list[str]
) -> None:
    """Fails on main for the school and the therapist, who were proposed both full plans."""
    assert standaard_ontvangst(voorbeeld_plan.dossier, naam)["documenten"] == documenten


def test_an_adult_of_the_family_without_gezag_is_proposed_the_gezinsversie_only(voorbeeld_plan: Plan) -> None:
    """Fails on main, where a stepfather without gezag was proposed both full plans."""
    gezin = voorbeeld_plan.dossier.gezin
    volwassenen = [v.model_copy(update={"gezag": v.naam != "Ronald"}) for v in gezin.volwassenen]
    gezin = gezin.model_copy(update={"volwassenen": volwassenen})
    dossier = voorbeeld_plan.dossier.model_copy(update={"gezin": gezin})

    assert standaard_ontvangst(dossier, "Ronald")["documenten"] == ["gezinsversie"]


def test_the_list_of_recipients_shows_the_proposal_per_person(voorbeeld_plan: Plan) -> None:
    """Fails on main: the question named no version per person."""
    dossier = voorbeeld_plan.dossier
    context = netwerkberaad.vraagcontext(dossier, maak_overzicht(dossier, []), EerderPlan())

    hulp = context.hulp["versie_per_ontvanger"](Item({}))

    assert "Jeroen Smit: professionalversie" in hulp
    assert "Marieke Jansen: volledig (beide plannen)" in hulp
    assert "Ria: netwerkversie" in hulp
