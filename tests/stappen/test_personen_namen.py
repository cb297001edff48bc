"""Issue 8, item 7: `--met` takes a family or network member's full name, or an achternaam only one of
the gezin has; documents name family and network in full."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview.fouten import OngeldigeInvoer
from interview.model import Dossier
from interview.stappen.frame import Stapcontext
from interview.stappen.nieuw import nieuw_dossier
from interview.stappen.personen import vind_persoon
from interview.store import Werkmap

VISSER = Path(__file__).parent / "tafel" / "dossier.yaml"


@pytest.fixture
def visser(tmp_path: Path) -> Dossier:
    return nieuw_dossier(Stapcontext(Werkmap(tmp_path / "werkmap"), lambda: None, VISSER, print))


@pytest.mark.parametrize("gezocht", ["Sandra Bakker", "sandra  bakker", "Bakker", "Sandra"])
def test_a_parent_is_found_by_full_name_or_unique_achternaam(visser: Dossier, gezocht: str) -> None:
    assert vind_persoon(visser, gezocht) == "Sandra"


def test_an_achternaam_three_of_the_family_share_is_not_enough(visser: Dossier) -> None:
    with pytest.raises(OngeldigeInvoer, match="geen \\(eenduidige\\) naam"):
        vind_persoon(visser, "Visser")
    assert vind_persoon(visser, "Daan Visser") == "Daan"


@pytest.mark.parametrize(("gezocht", "naam"), [("Ria Bakker", "Ria"), ("kees jansen", "Kees")])
def test_a_network_member_is_found_by_roepnaam_and_achternaam(
        visser: Dossier, gezocht: str, naam: str) -> None:
    assert vind_persoon(visser, gezocht) == naam


def test_an_achternaam_counts_when_unique_in_the_gezin_even_if_oma_shares_it(visser: Dossier) -> None:
    assert visser.netwerk[0].achternaam == "Bakker"  # oma Ria, Sandra's mother
    assert vind_persoon(visser, "Bakker") == "Sandra"


@pytest.mark.parametrize(("naam", "voluit"), [
    ("Sandra", "Sandra Bakker"), ("Noor", "Noor Visser"), ("Ria", "Ria Bakker"),
    ("Ahmed Yilmaz", "Ahmed Yilmaz"),
])
def test_family_and_network_are_named_in_full(visser: Dossier, naam: str, voluit: str) -> None:
    assert visser.volledige_naam(naam) == voluit
