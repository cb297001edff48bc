"""Issue 8 item 9: a communication need, a huisverbod and a melding by others are data, not free text.

`vplan nieuw` asks each behind one question a family without it answers with Enter; the
netwerkberaad says at an afspraak's steps why they should be written out; the veiligheidsplan
shows the huisverbod and the meldingen in its aanleiding.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from interview.conduct import Item, Vraagstelling
from interview.fouten import OngeldigeInvoer
from interview.model import Dossier, Huisverbod, Melding, Plan
from interview.stappen.frame import Stapcontext
from interview.stappen.gesprek import individueel_gesprek
from interview.stappen.netwerkberaad import netwerkberaad
from interview.stappen.nieuw import nieuw_dossier
from interview.stappen.wijzigingen import context_met_wijzigingen
from interview.store import Werkmap
from interview.versieset import render_documenten
from tests.helpers import ANTWOORDEN, GESPREKKEN, KENMERK, Werker, tekst_van

FEITEN: dict[str, Any] = {
    "communicatie": [{"wie": "Mark", "communicatie": "LVB"},
                     {"wie": "Joke", "communicatie": "tolk nodig", "taal": "Turks"}],
    "huisverbod_opgelegd": True, "hv_wie": "Mark", "hv_van": "2026-10-20", "hv_tot": "2026-10-29",
    "meldingen": [{"door": "politie", "datum": "2026-10-20",
                   "waarover": "Ruzie bij de overdracht, buren belden."}],
}


def dossier_met(tmp_path: Path, **extra: Any) -> tuple[Werkmap, Dossier]:
    gegevens = yaml.safe_load((ANTWOORDEN / "dossier.yaml").read_text(encoding="utf-8")) | extra
    (tmp_path / "dossier.yaml").write_text(yaml.safe_dump(gegevens, allow_unicode=True), encoding="utf-8")
    werkmap = Werkmap(tmp_path / "werkmap")
    return werkmap, nieuw_dossier(Stapcontext(werkmap, lambda: None, tmp_path / "dossier.yaml", print))


def test_the_dossier_keeps_who_needs_what_the_huisverbod_and_the_melding(tmp_path: Path) -> None:
    _, dossier = dossier_met(tmp_path, **FEITEN)

    mark, joke = dossier.gezin.volwassenen[1], dossier.netwerk[0]
    assert (mark.communicatie, joke.communicatie, joke.taal) == ("LVB", "tolk nodig", "Turks")
    assert dossier.gezin.volwassenen[0].communicatie == "geen"
    assert dossier.huisverbod is not None and dossier.huisverbod.wie == "Mark"
    assert str(dossier.huisverbod.tot) == "2026-10-29"
    assert [(m.door, str(m.datum)) for m in dossier.meldingen] == [("politie", "2026-10-20")]


def test_a_family_without_these_facts_has_none(tmp_path: Path) -> None:
    _, dossier = dossier_met(tmp_path)

    assert dossier.huisverbod is None and dossier.meldingen == []
    assert {mens.communicatie for mens in [*dossier.gezin.volwassenen, *dossier.netwerk]} == {"geen"}


def test_a_huisverbod_names_someone_typed_earlier_in_the_dossier(tmp_path: Path) -> None:
    with pytest.raises(OngeldigeInvoer, match=r"hv_wie.*'Henk' is geen van de keuzes"):
        dossier_met(tmp_path, **{**FEITEN, "hv_wie": "Henk"})


class Kijker(Werker):
    """The worker, noting the line shown above each question."""

    def __init__(self) -> None:
        super().__init__({"telefoon_1": ["06 2222 0003"]})
        self.koppen: dict[str, str] = {}

    def vraag(self, stelling: Vraagstelling) -> object:
        self.koppen[stelling.pad] = stelling.kop
        return super().vraag(stelling)


def test_an_afspraak_for_someone_with_an_lvb_says_why_to_write_out_the_steps(tmp_path: Path) -> None:
    werkmap, _ = dossier_met(tmp_path, **FEITEN)
    for naam, bestand in GESPREKKEN:
        individueel_gesprek(Stapcontext(werkmap, lambda: None, ANTWOORDEN / f"{bestand}.yaml", print),
                            KENMERK, naam)
    beraad = yaml.safe_load((ANTWOORDEN / "netwerkberaad.yaml").read_text(encoding="utf-8"))
    for afspraak in beraad["afspraken"]:
        afspraak.pop("stappen", None)
        afspraak.pop("toelichting", None)
    (tmp_path / "beraad.yaml").write_text(yaml.safe_dump(beraad, allow_unicode=True), encoding="utf-8")
    werker = Kijker()

    netwerkberaad(Stapcontext(werkmap, lambda: werker, tmp_path / "beraad.yaml", werker.meld),
                  KENMERK, lambda o: None)

    mark_en_joke = werker.koppen["afspraken[1].stappen"]  # wie: Mark and Joke
    assert "Mark heeft een LVB (licht verstandelijke beperking): schrijf de stappen uit" in mark_en_joke
    assert "Joke heeft een tolk nodig (Turks)" in mark_en_joke
    assert "Mark heeft een LVB" in werker.koppen["afspraken[1].toelichting"]
    assert "LVB" not in werker.koppen["afspraken[2].stappen"]  # wie: Eva, who needs nothing


def test_the_veiligheidsplan_shows_the_huisverbod_and_the_melding_in_its_aanleiding(
    voorbeeld_plan: Plan, tmp_path: Path,
) -> None:
    dossier = voorbeeld_plan.dossier.model_copy(update={
        "huisverbod": Huisverbod.model_validate({"wie": "Ronald", "van": "2026-10-20", "tot": "2026-10-29"}),
        "meldingen": [Melding.model_validate({"door": "anders", "door_anders": "de buren",
                                              "datum": "2026-10-19", "waarover": "Geschreeuw in de nacht"})],
    })
    vp, *_ = render_documenten(voorbeeld_plan.model_copy(update={"dossier": dossier}), tmp_path)

    tekst = tekst_van(vp)
    assert "Huisverbod: Ronald mag het huis niet in van 20 oktober 2026 tot en met 29 oktober 2026." in tekst
    # typed as an answer, with its capital: it stands after a label, not mid-sentence (tester report
    # item 9); the spaces before ':' and '.' are run boundaries
    assert "19 oktober 2026 : melding door de buren . Waarover: Geschreeuw in de nacht" in tekst


def test_a_plan_without_them_says_nothing_about_them(voorbeeld_plan: Plan, tmp_path: Path) -> None:
    vp, *_ = render_documenten(voorbeeld_plan, tmp_path)

    assert "Huisverbod" not in tekst_van(vp) and "Meldingen door anderen" not in tekst_van(vp)


def test_a_new_afspraak_in_an_evaluation_says_why_too(voorbeeld_plan: Plan) -> None:
    sandra = voorbeeld_plan.dossier.gezin.volwassenen[0].model_copy(
        update={"communicatie": "taal", "taal": "Pools"})
    gezin = voorbeeld_plan.dossier.gezin.model_copy(update={"volwassenen": [sandra]})
    dossier = voorbeeld_plan.dossier.model_copy(update={"gezin": gezin})
    plan = voorbeeld_plan.model_copy(update={"dossier": dossier})
    waarom = context_met_wijzigingen(plan, {}).hulp["communicatie"]

    regel = waarom(Item.van("nieuwe_afspraken[1].stappen",
                            {"nieuwe_afspraken[1].wie": ["Sandra", "Ilse de Wit"]}))

    assert regel == ("Sandra spreekt een andere taal (Pools): schrijf de stappen uit en licht de afspraak "
                     "toe in eenvoudige woorden.")
    assert waarom(Item.van("nieuwe_afspraken[1].stappen", {"nieuwe_afspraken[1].wie": ["Ilse de Wit"]})) == ""
