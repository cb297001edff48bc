"""A parent's copy of the full plan leaves out what is not for that parent (issue 17.2, the rendering
side): full plans are rendered per recipient when their part differs, named by number, never by name.
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from docx import Document

from interview.model import Plan
from interview.model.toestemming import Toestemming
from interview.render import documenten, snel

ZIN = "Ronald dreigde mij gisteren weer, zei Sandra."
ZONDER_SPATIES = "".join(ZIN.split())


@pytest.fixture
def niet_voor_ronald(voorbeeld_plan: Plan) -> Plan:
    """Sandra's words, for the full plan and the parents, but not for Ronald."""
    vp = voorbeeld_plan.veiligheidsplan
    zorg = vp.zorgen[0]
    uitspraak = zorg.uitspraken[0].model_copy(update={
        "tekst": ZIN, "door": "Sandra",
        "toestemming": Toestemming(afgesproken=True, lezers=["professional", "volledig"],
                                   niet_voor=["Ronald"])})
    zorgen = [zorg.model_copy(update={"uitspraken": [uitspraak]}), *vp.zorgen[1:]]
    return voorbeeld_plan.model_copy(update={"veiligheidsplan": vp.model_copy(update={"zorgen": zorgen})})


def _tekst(inhoud: bytes) -> str:
    """The body text without spacing (runs split a sentence anywhere)."""
    return "".join("".join(Document(io.BytesIO(inhoud)).element.body.itertext()).split())


def test_the_parent_a_statement_is_not_for_gets_own_copies_without_it(niet_voor_ronald: Plan) -> None:
    """Fails on main: one full plan for every recipient, and both parents on its list read it."""
    gemaakt = {d.bestandsnaam: d for d in documenten.maak_documenten(niet_voor_ronald)}

    eigen = [naam for naam in gemaakt if naam.startswith("veiligheidsplan")]
    assert "veiligheidsplan-VP-2026-0042-v1-4.docx" in eigen
    assert "ondersteuningsplan-VP-2026-0042-v1-4.docx" in gemaakt
    ronald = gemaakt["veiligheidsplan-VP-2026-0042-v1-4.docx"]
    assert ronald.lezer is not None and ronald.lezer.naam == "Ronald"
    assert ronald.sleutel == "veiligheidsplan-4"
    assert ZONDER_SPATIES not in _tekst(ronald.inhoud)
    assert ZONDER_SPATIES in _tekst(gemaakt["veiligheidsplan-VP-2026-0042-v1.docx"].inhoud)  # professionals
    assert ZONDER_SPATIES in _tekst(gemaakt["veiligheidsplan-VP-2026-0042-v1-3.docx"].inhoud)  # Sandra's
    assert sorted(d.bestandsnaam for d in snel.maak_documenten(niet_voor_ronald)) == sorted(gemaakt)


def test_without_a_difference_everyone_shares_the_one_full_plan(voorbeeld_plan: Plan) -> None:
    """Every statement cleared for the parents' copies: no own copy is made."""
    iedereen = Toestemming(afgesproken=True, kind_akkoord=True, ouders_akkoord=True,
                           lezers=["professional", "volledig", "gezin", "kind"])
    plan = Plan.model_validate(_met_toestemming(voorbeeld_plan.model_dump(), iedereen.model_dump()))
    namen = [d.bestandsnaam for d in snel.maak_documenten(plan)]

    assert [n for n in namen if n.startswith("veiligheidsplan")] == ["veiligheidsplan-VP-2026-0042-v1.docx"]


def _met_toestemming(gegevens: Any, toestemming: dict[str, Any]) -> Any:
    """`gegevens` with every statement's consent replaced by `toestemming`."""
    if isinstance(gegevens, dict):
        return {k: toestemming if k == "toestemming" else _met_toestemming(v, toestemming)
                for k, v in gegevens.items()}
    if isinstance(gegevens, list):
        return [_met_toestemming(v, toestemming) for v in gegevens]
    return gegevens
