"""A parent's copy of the full plan leaves out what is not for that parent (issue 17.2, the rendering
side): full plans are rendered per recipient when their part differs, named by number, never by name.

Helper toestemming defines the consent that makes a part differ ("niet voor …"); until it lands, a
stand-in rule is patched in: a statement whose consent names a person in `personen` is not for that
person's copy when they are not a professional.
"""

from __future__ import annotations

import io

import pytest
from docx import Document

from interview.model import Plan
from interview.model.toestemming import Toestemming
from interview.render import documenten, snel

ZIN = "Ronald dreigde mij gisteren weer, zei Sandra."
ZONDER_SPATIES = "".join(ZIN.split())


@pytest.fixture
def niet_voor_ronald(voorbeeld_plan: Plan, monkeypatch: pytest.MonkeyPatch) -> Plan:
    origineel = Toestemming.staat_toe

    def staat_toe(
        self: Toestemming, soort: str, naam: str, kinderen: object, professioneel: bool = False
    ) -> bool:
        if soort == "volledig" and not professioneel and naam in self.personen:
            return False
        return origineel(self, soort, naam, kinderen, professioneel)  # type: ignore[arg-type]

    monkeypatch.setattr(Toestemming, "staat_toe", staat_toe)
    vp = voorbeeld_plan.veiligheidsplan
    zorg = vp.zorgen[0]
    uitspraak = zorg.uitspraken[0].model_copy(update={
        "tekst": ZIN, "door": "Sandra", "toestemming": Toestemming(lezers=["volledig"], personen=["Ronald"])})
    zorgen = [zorg.model_copy(update={"uitspraken": [uitspraak]}), *vp.zorgen[1:]]
    return voorbeeld_plan.model_copy(update={"veiligheidsplan": vp.model_copy(update={"zorgen": zorgen})})


def _tekst(inhoud: bytes) -> str:
    """The body text without spacing (runs split a sentence anywhere)."""
    return "".join("".join(Document(io.BytesIO(inhoud)).element.body.itertext()).split())


def test_the_parent_a_statement_is_not_for_gets_own_copies_without_it(niet_voor_ronald: Plan) -> None:
    """Fails on main: one full plan for every recipient, and both parents on its list read it."""
    gemaakt = {d.bestandsnaam: d for d in documenten.maak_documenten(niet_voor_ronald)}

    eigen = [naam for naam in gemaakt if naam.startswith(("veiligheidsplan", "ondersteuningsplan"))]
    assert sorted(eigen) == [
        "ondersteuningsplan-VP-2026-0042-v1-4.docx", "ondersteuningsplan-VP-2026-0042-v1.docx",
        "veiligheidsplan-VP-2026-0042-v1-4.docx", "veiligheidsplan-VP-2026-0042-v1.docx"]
    ronald = gemaakt["veiligheidsplan-VP-2026-0042-v1-4.docx"]
    assert ronald.lezer is not None and ronald.lezer.naam == "Ronald"
    assert ronald.sleutel == "veiligheidsplan-4"
    assert ZONDER_SPATIES not in _tekst(ronald.inhoud)
    assert ZONDER_SPATIES in _tekst(gemaakt["veiligheidsplan-VP-2026-0042-v1.docx"].inhoud)
    assert sorted(d.bestandsnaam for d in snel.maak_documenten(niet_voor_ronald)) == sorted(gemaakt)


def test_without_a_difference_everyone_shares_the_one_full_plan(voorbeeld_plan: Plan) -> None:
    namen = [d.bestandsnaam for d in snel.maak_documenten(voorbeeld_plan)]

    assert [n for n in namen if n.startswith("veiligheidsplan")] == ["veiligheidsplan-VP-2026-0042-v1.docx"]
