"""What the group does not say about the plan, the netwerkberaad fills in, and the group can replace."""

from __future__ import annotations

import datetime as dt

from interview.merge.eerste_versie import stel_plan_samen
from interview.merge.inbreng import maak_overzicht
from interview.model import Dossier
from tests.merge.spelers import antwoorden_beraad, dossiergegevens


def test_the_looptijd_has_defaults_the_group_can_replace() -> None:
    dossier = Dossier.model_validate(dossiergegevens())
    standaard = stel_plan_samen(dossier, maak_overzicht(dossier, []), antwoorden_beraad(),
                                dt.date(2026, 11, 20))
    assert standaard.looptijd.directe_veiligheid_voor == dt.date(2027, 1, 1)  # six weeks
    assert standaard.looptijd.looptijd_tot == dt.date(2027, 11, 20)
    assert standaard.looptijd.afsluiten_als.startswith("alle veiligheidsdoelen bereikt zijn")

    eigen = {**antwoorden_beraad(), "looptijd.directe_veiligheid_voor": "2026-12-01",
             "looptijd.afsluiten_als": "Lisa drie maanden zonder ruzie is overgedragen."}
    plan = stel_plan_samen(dossier, maak_overzicht(dossier, []), eigen, dt.date(2026, 11, 20))
    assert (plan.looptijd.directe_veiligheid_voor, plan.looptijd.looptijd_tot) == (
        dt.date(2026, 12, 1), dt.date(2027, 11, 20))
    assert plan.looptijd.afsluiten_als == "Lisa drie maanden zonder ruzie is overgedragen."
