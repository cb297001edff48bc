"""Issue 19.5: `vplan vaststellen` asks the ticked signers (others on request), and after
`vaststellen` or `verstuurd` the version's documents are made again so they show what was recorded.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from interview.conduct import Vraagstelling
from interview.stappen.frame import Stapcontext
from interview.stappen.netwerkberaad import netwerkberaad
from interview.stappen.vaststellen import vaststellen
from interview.store import Werkmap
from tests.helpers import ANTWOORDEN, KENMERK, Werker, gelukt, gesprekken_gehouden, tekst_van, vplan


@pytest.fixture
def meijer_v1(tmp_path: Path) -> Werkmap:
    """The Meijer dossier at planversie 1: Eva and Mark ticked as signers, Anna Kok the regiehouder."""
    werkmap = gesprekken_gehouden(tmp_path)
    netwerkberaad(Stapcontext(werkmap, lambda: None, ANTWOORDEN / "netwerkberaad.yaml", print), KENMERK,
                  lambda overzicht: None)
    return werkmap


class Tekenaar(Werker):
    """The worker at the keyboard, noting whose oordeel each question asks for."""

    def __init__(self, antwoorden: dict[str, list[object]]) -> None:
        super().__init__(antwoorden)
        self.wie: list[str] = []

    def vraag(self, stelling: Vraagstelling) -> object:
        if stelling.pad.startswith("oordeel_"):
            self.wie.append(stelling.vraag.tekst.split(" (")[0])
        return super().vraag(stelling)


def test_only_the_ticked_signers_are_asked_and_others_on_request(meijer_v1: Werkmap) -> None:
    datum = f"{meijer_v1.lees_plan(KENMERK).datum:%Y-%m-%d}"
    werker = Tekenaar({"oordeel_1": ["akkoord"], "datum_1": [datum]})
    vaststellen(Stapcontext(meijer_v1, lambda: werker, None, werker.meld), KENMERK)
    assert werker.wie == ["Anna Kok", "Eva", "Mark"]  # not Joke, Tom Bos or the other professionals
    assert "ook_tekenen" in werker.gevraagd

    anders = Tekenaar({"ook_tekenen": [["Joke"]]})
    vaststellen(Stapcontext(meijer_v1, lambda: anders, None, anders.meld), KENMERK)
    assert anders.wie == ["Anna Kok", "Eva", "Mark", "Joke"]


def test_an_answers_file_may_name_someone_not_ticked(tmp_path: Path, meijer_v1: Werkmap) -> None:
    plan = meijer_v1.lees_plan(KENMERK)
    bestand = tmp_path / "tekenen.yaml"
    bestand.write_text(yaml.safe_dump({"ondertekening": {
        "Anna Kok": {"oordeel": "akkoord", "datum": plan.datum},
        "Joke": {"oordeel": "gezien", "datum": plan.datum}}}), encoding="utf-8")
    uitkomst = vaststellen(Stapcontext(meijer_v1, lambda: None, bestand, print), KENMERK)
    assert [(h.naam, h.oordeel) for h in uitkomst.vastgelegd] == [("Anna Kok", "akkoord"), ("Joke", "gezien")]


def test_vaststellen_and_verstuurd_remake_the_documents_and_say_so(tmp_path: Path) -> None:
    werkmap = tmp_path / "werkmap"
    gesprekken_gehouden(tmp_path)
    gelukt(vplan("netwerkberaad", KENMERK, "--antwoorden", str(ANTWOORDEN / "netwerkberaad.yaml"),
                 werkmap=werkmap, cwd=tmp_path))
    versiemap = tmp_path / "output" / KENMERK / "v1"
    plan = Werkmap(werkmap).lees_plan(KENMERK)
    document = next(versiemap.glob("*eiligheidsplan*.docx"))
    bestand = tmp_path / "tekenen.yaml"
    bestand.write_text(yaml.safe_dump({"ondertekening": {
        "Anna Kok": {"oordeel": "akkoord", "datum": plan.datum}}}), encoding="utf-8")

    uit = gelukt(vplan("vaststellen", KENMERK, "--antwoorden", str(bestand), werkmap=werkmap, cwd=tmp_path))

    assert f"De documenten van planversie 1 zijn opnieuw gemaakt in {Path('output') / KENMERK / 'v1'}" in uit
    tekst = tekst_van(document)
    assert "Status van deze versie: vastgesteld" in tekst and "Anna Kok regiehouder akkoord" in tekst
    assert "Eva Meijer moeder nog niet getekend" in tekst, "a ticked signer stays listed, still open"
    bewaard = [m.name for m in versiemap.parent.iterdir() if m.name.startswith("v1-getekend-")]
    assert len(bewaard) == 1, "the set as it was before the signature is kept beside the new one"

    voor = tekst_van(document)
    uit = gelukt(vplan("verstuurd", KENMERK, "--aan", "Eva", "--datum", f"{dt.date.today():%d-%m-%Y}",
                       werkmap=werkmap, cwd=tmp_path))
    assert "De documenten van planversie 1 zijn opnieuw gemaakt" in uit
    assert tekst_van(document) != voor
