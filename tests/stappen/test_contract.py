"""Every questionnaire a step runs names only what that step's context gives (issue 23, item 2).

A misspelled `keuzes_uit`, `standaard_uit` or `hulp_uit` stops a session before its first
question; these tests find one before any worker does, for every shipped questionnaire and for
the questions steps build in code, each with the context its step builds for the Meijer family.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from interview.conduct import Item, Vraagcontext, Vragenlijst, laad_vragenlijst
from interview.conduct.vraagcontext import controleer_context
from interview.merge.inbreng import maak_overzicht
from interview.model import Plan
from interview.stappen import evaluatie, gesprek, incident, netwerkberaad, nieuw, vaststellen
from interview.stappen.eerder_plan import EerderPlan
from interview.stappen.gesprek import individuele_sessies
from interview.stappen.personen import gesprekspartner
from interview.stappen.wijzigingen import met_wijzigingen
from interview.store import Werkmap
from tests.helpers import GESPREKKEN, KENMERK, gesprekken_gehouden

Sessie = tuple[Vragenlijst, Vraagcontext]


@pytest.fixture(scope="module")
def meijer(tmp_path_factory: pytest.TempPathFactory) -> Werkmap:
    """The Meijer dossier with its five individual sessions held."""
    return gesprekken_gehouden(tmp_path_factory.mktemp("meijer"))


def sessies(werkmap: Werkmap, plan: Plan) -> dict[str, list[Sessie]]:
    """Per shipped questionnaire, the sessions the steps run with it: (questionnaire as run, context)."""
    dossier = werkmap.lees_dossier(KENMERK)
    overzicht = maak_overzicht(dossier, individuele_sessies(werkmap.journalen(KENMERK), KENMERK, print))
    gesprekken: dict[str, list[Sessie]] = {}
    for naam, _ in GESPREKKEN:
        partner = gesprekspartner(dossier, naam)
        gesprekken.setdefault(partner.vragenlijst, []).append(
            (laad_vragenlijst(partner.vragenlijst), gesprek.vraagcontext(dossier, partner)))
    return {
        **gesprekken,
        "dossier": [(laad_vragenlijst("dossier"), nieuw.vraagcontext())],
        "eerder_plan": [(laad_vragenlijst("eerder_plan"), Vraagcontext())],
        "netwerkberaad": [(laad_vragenlijst("netwerkberaad"),
                           netwerkberaad.vraagcontext(dossier, overzicht, EerderPlan()))],
        "evaluatie": [(evaluatie.vragenlijst(plan), evaluatie.vraagcontext(plan, overzicht))],
        "incident": [(met_wijzigingen(laad_vragenlijst("incident")), incident.vraagcontext(plan))],
        "wijzigingen": [(evaluatie.vragenlijst(plan), evaluatie.vraagcontext(plan, overzicht)),
                        (met_wijzigingen(laad_vragenlijst("incident")), incident.vraagcontext(plan))],
        "vaststellen": [(vaststellen.vragenlijst(plan, vaststellen.ondertekenaars(plan, {})),
                         Vraagcontext())],
    }


def test_every_shipped_questionnaire_is_run_by_a_step_here(meijer: Werkmap, voorbeeld_plan: Plan) -> None:
    map_ = resources.files("interview") / "questionnaires"
    verscheept = {Path(bestand.name).stem for bestand in map_.iterdir() if bestand.name.endswith(".yaml")}

    assert verscheept <= set(sessies(meijer, voorbeeld_plan))


def test_every_questionnaire_names_only_what_its_step_gives(meijer: Werkmap, voorbeeld_plan: Plan) -> None:
    for per_lijst in sessies(meijer, voorbeeld_plan).values():
        for lijst, context in per_lijst:
            controleer_context(lijst, context)  # raises VragenlijstFout naming the question and the name


def test_the_joint_sessions_telefoon_default_is_the_number_of_whom_the_line_calls(meijer: Werkmap) -> None:
    dossier = meijer.lees_dossier(KENMERK)
    context = netwerkberaad.vraagcontext(dossier, maak_overzicht(dossier, []), EerderPlan())
    noodplan = next(vraag for vraag in laad_vragenlijst("netwerkberaad").vragen if vraag.id == "noodplan")
    telefoon = next(vraag for vraag in noodplan.vragen if vraag.id == "telefoon")
    oma = next(lid for lid in dossier.netwerk if lid.telefoon)
    gesprek_tot_nu = {"noodplan[2].belt": oma.naam, "noodplan[1].belt": "112"}

    assert context.standaard(telefoon, Item.van("noodplan[2].telefoon", gesprek_tot_nu)) == oma.telefoon
    assert context.standaard(telefoon, Item.van("noodplan[1].telefoon", gesprek_tot_nu)) == "112"
