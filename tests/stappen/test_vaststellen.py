"""`vplan vaststellen`: each person's akkoord / gezien / niet akkoord with a plan version, and the date.

The Bakker family of the bundled example: regiehouder Ilse de Wit, Noor (14) who signs on her own
line, Daan (8) who does not sign, parents Sandra and Ronald, network and professionals.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from interview.conduct import GesprekOnderbroken, Vraagstelling
from interview.fouten import OngeldigeInvoer
from interview.model import Aanleiding, Plan
from interview.stappen.frame import Stapcontext
from interview.stappen.netwerkberaad import netwerkberaad
from interview.stappen.vaststellen import vaststellen
from interview.store import Werkmap
from interview.wijzig import Wijzigingen, volgende_versie
from tests.helpers import ANTWOORDEN, Werker, gelukt, vplan
from tests.helpers import KENMERK as MEIJER

KENMERK = "VP-2026-0042"


@pytest.fixture
def werkmap(tmp_path: Path, voorbeeld_plan: Plan) -> Werkmap:
    """The example dossier with planversie 1, as `vplan importeer` leaves it."""
    werkmap = Werkmap(tmp_path / "werkmap")
    werkmap.maak_dossier(voorbeeld_plan.dossier)
    werkmap.bewaar_plan(voorbeeld_plan)
    return werkmap


def antwoorden(tmp_path: Path, inhoud: dict[str, Any]) -> Path:
    pad = tmp_path / "vaststellen.yaml"
    pad.write_text(yaml.safe_dump(inhoud, allow_unicode=True), encoding="utf-8")
    return pad


def dag(plan: Plan) -> str:
    return plan.datum.isoformat()


def bestanden(werkmap: Werkmap) -> dict[str, bytes]:
    map_ = werkmap.pad / KENMERK
    return {str(p.relative_to(map_)): p.read_bytes() for p in sorted((map_ / "plannen").iterdir())} | {
        "dossier.json": (map_ / "dossier.json").read_bytes()}


def test_the_plan_is_vastgesteld_only_once_the_regiehouder_and_noor_have_answered(
    tmp_path: Path, werkmap: Werkmap, voorbeeld_plan: Plan
) -> None:
    eerst = antwoorden(tmp_path, {"ondertekening": {
        "ilse de wit": {"oordeel": "akkoord", "datum": dag(voorbeeld_plan)},
        "Sandra": {"oordeel": "akkoord", "datum": dag(voorbeeld_plan)},
    }})
    uitkomst = vaststellen(Stapcontext(werkmap, lambda: None, eerst, print), KENMERK)
    assert (uitkomst.status, uitkomst.nog_te_tekenen) == ("concept", ["Noor"])

    later = antwoorden(tmp_path, {"ondertekening": {
        "Noor": {"oordeel": "niet akkoord", "reden": "Ik wil zaterdag naar mijn vriendin.",
                 "datum": dag(voorbeeld_plan)}}})
    uitkomst = vaststellen(Stapcontext(werkmap, lambda: None, later, print), KENMERK)

    assert (uitkomst.status, uitkomst.nog_te_tekenen) == ("vastgesteld", [])
    assert [(h.naam, h.rol, h.oordeel) for h in werkmap.handtekeningen(KENMERK)] == [
        ("Ilse de Wit", "regiehouder", "akkoord"), ("Sandra", "moeder", "akkoord"),
        ("Noor", "jongere (14)", "niet akkoord")]
    assert werkmap.handtekeningen(KENMERK)[-1].reden == "Ik wil zaterdag naar mijn vriendin."


def test_without_the_regiehouder_a_first_round_is_refused(
    tmp_path: Path, werkmap: Werkmap, voorbeeld_plan: Plan
) -> None:
    zonder = antwoorden(tmp_path, {"ondertekening": {
        "Noor": {"oordeel": "akkoord", "datum": dag(voorbeeld_plan)}}})
    with pytest.raises(OngeldigeInvoer, match="Ilse de Wit"):
        vaststellen(Stapcontext(werkmap, lambda: None, zonder, print), KENMERK)
    assert werkmap.handtekeningen(KENMERK) == []
    assert list((werkmap.pad / KENMERK / "sessies").glob("vaststellen-*")) == []


@pytest.mark.parametrize(("wie", "fout"), [
    ("Xavier", "'Xavier' is geen (eenduidige) naam uit dossier VP-2026-0042"),
    ("Daan", "Daan tekent niet zelf"),
])
def test_someone_who_does_not_sign_is_named_in_one_dutch_line(
    tmp_path: Path, werkmap: Werkmap, voorbeeld_plan: Plan, wie: str, fout: str
) -> None:
    bestand = antwoorden(tmp_path, {"ondertekening": {
        "Ilse de Wit": {"oordeel": "akkoord", "datum": dag(voorbeeld_plan)},
        wie: {"oordeel": "akkoord", "datum": dag(voorbeeld_plan)}}})
    with pytest.raises(OngeldigeInvoer) as gevangen:
        vaststellen(Stapcontext(werkmap, lambda: None, bestand, print), KENMERK)
    assert fout in gevangen.value.bericht
    assert werkmap.handtekeningen(KENMERK) == []


@pytest.mark.parametrize(("datum", "fout"), [
    ("2026-01-01", "vóór planversie 1"),
    ((dt.date.today() + dt.timedelta(days=1)).isoformat(), "in de toekomst"),
])
def test_a_date_before_the_plan_or_in_the_future_is_refused(
    tmp_path: Path, werkmap: Werkmap, datum: str, fout: str
) -> None:
    bestand = antwoorden(tmp_path, {"ondertekening": {"Ilse de Wit": {"oordeel": "akkoord", "datum": datum}}})
    with pytest.raises(OngeldigeInvoer, match=fout):
        vaststellen(Stapcontext(werkmap, lambda: None, bestand, print), KENMERK)
    assert werkmap.handtekeningen(KENMERK) == []


def test_niet_akkoord_needs_a_reason(tmp_path: Path, werkmap: Werkmap, voorbeeld_plan: Plan) -> None:
    bestand = antwoorden(tmp_path, {"ondertekening": {
        "Ilse de Wit": {"oordeel": "niet akkoord", "datum": dag(voorbeeld_plan)}}})
    with pytest.raises(OngeldigeInvoer, match="reden_1"):
        vaststellen(Stapcontext(werkmap, lambda: None, bestand, print), KENMERK)


class Ondertekening(Werker):
    """The worker at the keyboard; records what each question offered as its default."""

    def __init__(self, antwoorden: dict[str, list[object]]) -> None:
        super().__init__(antwoorden)
        self.standaarden: dict[str, object] = {}
        self.teksten: dict[str, str] = {}

    def vraag(self, stelling: Vraagstelling) -> object:
        self.standaarden[stelling.pad] = stelling.standaard
        self.teksten[stelling.pad] = stelling.vraag.tekst
        return super().vraag(stelling)


def test_at_the_keyboard_nothing_is_prefilled_and_every_signer_has_a_line(
    werkmap: Werkmap, voorbeeld_plan: Plan
) -> None:
    datum = voorbeeld_plan.datum.strftime("%d-%m-%Y")
    werker = Ondertekening({"oordeel_1": ["akkoord"], "datum_1": [datum],
                            "oordeel_2": ["gezien"], "opmerking_2": ["Ik wil vaker naar papa."],
                            "datum_2": [datum], "ontvangen": [True]})

    uitkomst = vaststellen(Stapcontext(werkmap, lambda: werker, None, werker.meld), KENMERK)

    assert uitkomst.status == "vastgesteld"
    assert all(standaard is None for standaard in werker.standaarden.values())
    assert werker.teksten["oordeel_1"].startswith("Ilse de Wit (regiehouder)")
    assert werker.teksten["oordeel_2"].startswith("Noor (jongere (14))")
    gevraagd = " ".join(werker.teksten[p] for p in werker.gevraagd if p.startswith("oordeel_"))
    assert "Sandra" in gevraagd and "Ronald" in gevraagd and "Daan" not in gevraagd
    assert werkmap.handtekeningen(KENMERK)[1].reden == "Ik wil vaker naar papa."
    # Who signed in the meeting received the version there, by word of mouth.
    assert [(o.ontvanger, o.vorm) for o in werkmap.ontvangsten(KENMERK)] == [
        ("Ilse de Wit", "mondeling"), ("Noor", "mondeling")]


def test_signing_a_later_version_leaves_every_earlier_file_byte_identical(
    tmp_path: Path, werkmap: Werkmap, voorbeeld_plan: Plan
) -> None:
    werkmap.bewaar_plan(volgende_versie(voorbeeld_plan, Wijzigingen(), Aanleiding(soort="correctie"),
                                        voorbeeld_plan.datum))
    voor = bestanden(werkmap)
    bestand = antwoorden(tmp_path, {"ondertekening": {
        "Ilse de Wit": {"oordeel": "akkoord", "datum": dag(voorbeeld_plan)},
        "Noor": {"oordeel": "gezien", "datum": dag(voorbeeld_plan)}}})

    uitkomst = vaststellen(Stapcontext(werkmap, lambda: None, bestand, print), KENMERK)

    assert (uitkomst.plan.versie, uitkomst.status) == (2, "vastgesteld")
    assert bestanden(werkmap) == voor
    assert {h.versie for h in werkmap.handtekeningen(KENMERK)} == {2}


def test_the_real_command_says_what_it_recorded_in_dutch(tmp_path: Path, voorbeeld_plan: Plan) -> None:
    werkmap = tmp_path / "werkmap"
    voorbeeld = Path(__file__).resolve().parents[2] / "interview" / "example" / "voorbeeld.yaml"
    gelukt(vplan("importeer", str(voorbeeld), werkmap=werkmap, cwd=tmp_path))
    bestand = antwoorden(tmp_path, {"ondertekening": {
        "Ilse de Wit": {"oordeel": "akkoord", "datum": dag(voorbeeld_plan)}}})

    uit = gelukt(vplan("vaststellen", KENMERK, "--antwoorden", str(bestand), werkmap=werkmap, cwd=tmp_path))

    assert f"Ilse de Wit: akkoord, {voorbeeld_plan.datum:%d-%m-%Y}" in uit
    assert "is nog concept; nog te tekenen: Noor." in uit
    fout = vplan("vaststellen", KENMERK, werkmap=werkmap, cwd=tmp_path)
    assert fout.returncode == 1
    assert "--antwoorden BESTAND" in fout.stderr and "Traceback" not in fout.stderr


class Onderbreker(Ondertekening):
    def vraag(self, stelling: Vraagstelling) -> object:
        if stelling.pad == "datum_2":
            raise KeyboardInterrupt
        return super().vraag(stelling)


def test_an_interrupted_round_resumes_where_it_stopped_and_records_only_at_the_end(
    werkmap: Werkmap, voorbeeld_plan: Plan
) -> None:
    datum = voorbeeld_plan.datum.strftime("%d-%m-%Y")
    eerste = Onderbreker({"oordeel_1": ["akkoord"], "datum_1": [datum], "oordeel_2": ["akkoord"]})
    with pytest.raises(GesprekOnderbroken):
        vaststellen(Stapcontext(werkmap, lambda: eerste, None, eerste.meld), KENMERK)
    assert werkmap.handtekeningen(KENMERK) == []

    tweede = Ondertekening({"datum_2": [datum], "ontvangen": [False]})
    uitkomst = vaststellen(Stapcontext(werkmap, lambda: tweede, None, tweede.meld), KENMERK)

    assert tweede.gevraagd[0] == "datum_2"
    assert uitkomst.status == "vastgesteld"
    assert [h.naam for h in werkmap.handtekeningen(KENMERK)] == ["Ilse de Wit", "Noor"]
    assert werkmap.ontvangsten(KENMERK) == []


def test_a_plan_made_in_the_netwerkberaad_becomes_vastgesteld_and_reaches_everyone(
    tmp_path: Path, met_gesprekken: Werkmap
) -> None:
    """The Meijer family: only regiehouder Anna Kok must sign (Lisa is 9)."""
    netwerkberaad(Stapcontext(met_gesprekken, lambda: None, ANTWOORDEN / "netwerkberaad.yaml", print),
                  MEIJER, lambda o: None)
    vandaag = dt.date.today().isoformat()
    bestand = antwoorden(tmp_path, {"ondertekening": {
        "anna": {"oordeel": "akkoord", "datum": vandaag},
        "Mark": {"oordeel": "gezien", "reden": "Eva begint de ruzie.", "datum": vandaag}},
        "ontvangen": True})

    uit = gelukt(vplan("vaststellen", MEIJER, "--antwoorden", str(bestand), werkmap=met_gesprekken.pad,
                       cwd=tmp_path))
    assert f"Planversie 1 van dossier {MEIJER} is vastgesteld." in uit

    nog = gelukt(vplan("verstuurd", MEIJER, werkmap=met_gesprekken.pad, cwd=tmp_path))
    # Anna Kok and Mark received it at the meeting; Lisa's kinderversie is still to be explained.
    assert nog.splitlines()[1:] == ["  Eva", "  Joke", "  Lisa"]
    for naam in ("Eva", "Joke"):
        gelukt(vplan("verstuurd", MEIJER, "--aan", naam, werkmap=met_gesprekken.pad, cwd=tmp_path))
    gelukt(vplan("verstuurd", MEIJER, "--aan", "Lisa", "--uitgelegd-door", "Anna Kok",
                 werkmap=met_gesprekken.pad, cwd=tmp_path))
    assert "Iedereen op de verspreidingslijst" in gelukt(
        vplan("verstuurd", MEIJER, werkmap=met_gesprekken.pad, cwd=tmp_path))
