"""The reader table is one table: the code reads it, the README prints it (issue 17.1)."""

from __future__ import annotations

from pathlib import Path

from interview.model.lezersdeel import Lezer, voor_lezer
from interview.model.lezerstabel import EIGEN, LEZERSTABEL, ONDERDELEN, als_markdown
from interview.model.plan import Plan
from interview.model.toestemming import LEZERSSOORTEN

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_prints_the_reader_table_of_the_code() -> None:
    """Fails on main: the README had no 'Wie ziet wat' and the code no table."""
    tekst = README.read_text(encoding="utf-8")
    begin, eind = "<!-- lezerstabel: begin -->\n", "\n<!-- lezerstabel: eind -->"
    assert "#### Wie ziet wat" in tekst
    assert tekst[tekst.index(begin) + len(begin):tekst.index(eind)] == als_markdown()


def test_every_part_has_a_row_with_every_version_and_each_eigen_says_what_it_keeps() -> None:
    assert list(LEZERSTABEL) == list(ONDERDELEN)
    assert all(tuple(rij) == LEZERSSOORTEN for rij in LEZERSTABEL.values())
    assert {o for o, rij in LEZERSTABEL.items() if "eigen" in rij.values()} == set(EIGEN)


def test_a_professional_reads_risicotaxatie_and_treatment_only_when_marked_needed(
    voorbeeld_plan: Plan,
) -> None:
    """Issue 17.1: 'als nodig' parts follow the worker's mark on the verspreidingslijst."""
    zonder = voor_lezer(voorbeeld_plan, Lezer("professional", "Jeroen Smit"))
    met = voor_lezer(voorbeeld_plan, Lezer("professional", "Jeroen Smit",
                                            nodig=frozenset({"risicotaxatie", "behandeling"})))

    assert zonder.dossier.risicotaxatie is None and zonder.veiligheidsplan.herstelgerichte_zorg == []
    assert met.dossier.risicotaxatie == voorbeeld_plan.dossier.risicotaxatie
    assert met.veiligheidsplan.herstelgerichte_zorg == voorbeeld_plan.veiligheidsplan.herstelgerichte_zorg
    assert met.dossier.meldcode is None and met.veiligheidsplan.risicofactoren == []
