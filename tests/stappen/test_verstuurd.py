"""`vplan verstuurd`: who received which plan version, and who has not yet received the newest."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from interview.model import Aanleiding, Plan
from interview.store import Werkmap
from interview.wijzig import Wijzigingen, volgende_versie
from tests.helpers import gelukt, tekst_van, vplan

KENMERK = "VP-2026-0042"
VOORBEELD = Path(__file__).resolve().parents[2] / "interview" / "example" / "voorbeeld.yaml"


@pytest.fixture
def werkmap(tmp_path: Path) -> Path:
    """The example dossier with planversie 1, imported with the real command."""
    werkmap = tmp_path / "werkmap"
    gelukt(vplan("importeer", str(VOORBEELD), werkmap=werkmap, cwd=tmp_path))
    return werkmap


def verstuurd(werkmap: Path, *argumenten: str) -> str:
    return gelukt(vplan("verstuurd", KENMERK, *argumenten, werkmap=werkmap, cwd=werkmap.parent))


def test_a_recipient_is_recorded_and_no_longer_listed(werkmap: Path, voorbeeld_plan: Plan) -> None:
    datum = voorbeeld_plan.datum.strftime("%d-%m-%Y")
    assert "  Sandra\n" in verstuurd(werkmap)

    uit = verstuurd(werkmap, "--aan", "sandra", "--datum", datum, "--vorm", "mondeling")

    assert uit == (f"Vastgelegd: Sandra ontving planversie 1 op {datum} (mondeling): "
                   "volledig (beide plannen), gezinsversie.\n")
    nog = verstuurd(werkmap)
    assert nog.startswith("Planversie 1 van dossier VP-2026-0042 is nog niet ontvangen door:")
    assert "Sandra" not in nog and "  Ronald\n" in nog
    assert [(o.ontvanger, o.versie, o.vorm, o.documenten) for o in Werkmap(werkmap).ontvangsten(KENMERK)] == [
        ("Sandra", 1, "mondeling", ["veiligheidsplan", "ondersteuningsplan", "gezinsversie"])]


def test_what_was_handed_over_is_recorded_as_the_list_says(werkmap: Path) -> None:
    assert verstuurd(werkmap, "--aan", "Fatma").endswith("(digitaal): netwerkversie.\n")

    assert [o.documenten for o in Werkmap(werkmap).ontvangsten(KENMERK)] == [["netwerkversie"]]


def aaneen(tekst: str) -> str:
    """The text without spaces: a document's runs are read back with a space between each."""
    return "".join(tekst.split())


def test_a_childs_kinderversie_says_who_explained_it_and_when(tmp_path: Path, voorbeeld_plan: Plan) -> None:
    plan = yaml.safe_load(VOORBEELD.read_text(encoding="utf-8"))
    plan["verspreidingslijst"].append({"naam": "Daan", "vorm": "mondeling", "documenten": ["kinderversie"]})
    (tmp_path / "plan.yaml").write_text(yaml.safe_dump(plan, allow_unicode=True), encoding="utf-8")
    werkmap = tmp_path / "werkmap"
    gelukt(vplan("importeer", str(tmp_path / "plan.yaml"), werkmap=werkmap, cwd=tmp_path))
    datum = voorbeeld_plan.datum.strftime("%d-%m-%Y")

    uit = verstuurd(werkmap, "--aan", "Daan", "--uitgelegd-door", "Ilse de Wit", "--datum", datum)
    gelukt(vplan("documenten", KENMERK, "--uitvoer", "uit", werkmap=werkmap, cwd=werkmap.parent))

    assert uit.startswith(f"Vastgelegd: Daan ontving planversie 1 op {datum} (mondeling): kinderversie, "
                          "uitgelegd door Ilse de Wit.")
    versiemap = werkmap.parent / "uit" / KENMERK / "v1"
    daan, noor = (aaneen(tekst_van(versiemap / f"kinderversie-{KENMERK}-v1-{nr}.docx")) for nr in (2, 1))
    assert "DitheeftIlsedeWitjeuitgelegdop20november2026." in daan and "Uitgelegddoor:___" not in daan
    assert "Uitgelegddoor:___" in noor and "jeuitgelegdop" not in noor
    # The verspreidingslijst says what Daan receives, and how and when he received it.
    assert ("DaanBakkerkind(8jaar)mondelingkinderversie20november2026(mondeling,uitgelegddoorIlsedeWit)"
            in aaneen(tekst_van(versiemap / f"veiligheidsplan-{KENMERK}-v1.docx")))


def test_only_a_child_has_a_kinderversie_to_explain(werkmap: Path) -> None:
    uitkomst = vplan("verstuurd", KENMERK, "--aan", "Ria", "--uitgelegd-door", "Ilse de Wit",
                     werkmap=werkmap, cwd=werkmap.parent)

    assert uitkomst.returncode == 1 and "Traceback" not in uitkomst.stderr
    assert ("--uitgelegd-door hoort bij de kinderversie van een kind; Ria is geen kind uit het gezin."
            in uitkomst.stderr)
    assert Werkmap(werkmap).ontvangsten(KENMERK) == []


def test_when_everyone_received_it_the_list_says_so(werkmap: Path, voorbeeld_plan: Plan) -> None:
    for regel in voorbeeld_plan.verspreidingslijst:
        verstuurd(werkmap, "--aan", regel.naam)
    assert verstuurd(werkmap) == ("Iedereen op de verspreidingslijst heeft planversie 1 van dossier "
                                  "VP-2026-0042 ontvangen.\n")


def test_the_form_defaults_to_the_verspreidingslijst_else_digitaal(tmp_path: Path) -> None:
    plan = yaml.safe_load(VOORBEELD.read_text(encoding="utf-8"))
    next(regel for regel in plan["verspreidingslijst"] if regel["naam"] == "Ria")["vorm"] = "post"
    (tmp_path / "plan.yaml").write_text(yaml.safe_dump(plan, allow_unicode=True), encoding="utf-8")
    werkmap = tmp_path / "werkmap"
    gelukt(vplan("importeer", str(tmp_path / "plan.yaml"), werkmap=werkmap, cwd=tmp_path))

    assert "(post)" in verstuurd(werkmap, "--aan", "Ria")
    assert "(digitaal)" in verstuurd(werkmap, "--aan", "Sandra")


def test_someone_not_on_the_list_is_recorded_with_a_warning(werkmap: Path) -> None:
    uit = verstuurd(werkmap, "--aan", "Ilse de Wit")
    assert "Let op: Ilse de Wit staat niet op de verspreidingslijst van planversie 1." in uit


def test_a_newer_version_must_be_received_again(werkmap: Path, voorbeeld_plan: Plan) -> None:
    verstuurd(werkmap, "--aan", "Sandra")
    Werkmap(werkmap).bewaar_plan(volgende_versie(voorbeeld_plan, Wijzigingen(), Aanleiding(soort="correctie"),
                                                 voorbeeld_plan.datum))
    plannen = {p: p.read_bytes() for p in (werkmap / KENMERK / "plannen").iterdir()}

    assert "  Sandra\n" in verstuurd(werkmap)
    assert "Sandra" not in verstuurd(werkmap, "--planversie", "1")
    assert "planversie 1" in verstuurd(werkmap, "--aan", "Ronald", "--planversie", "1")
    assert {p: p.read_bytes() for p in (werkmap / KENMERK / "plannen").iterdir()} == plannen


@pytest.mark.parametrize(("argumenten", "fout"), [
    (("--aan", "Xavier"), "vplan: 'Xavier' is geen (eenduidige) naam uit dossier VP-2026-0042"),
    (("--aan", "Sandra", "--datum", "01-01-2020"), "01-01-2020 ligt vóór planversie 1"),
    (("--aan", "Sandra", "--datum", (dt.date.today() + dt.timedelta(days=1)).isoformat()), "in de toekomst"),
    (("--aan", "Sandra", "--planversie", "7"), "heeft geen planversie 7 (wel: 1)"),
])
def test_a_mistake_gives_one_dutch_line_and_records_nothing(
    werkmap: Path, argumenten: tuple[str, ...], fout: str
) -> None:
    uitkomst = vplan("verstuurd", KENMERK, *argumenten, werkmap=werkmap, cwd=werkmap.parent)
    assert uitkomst.returncode == 1
    assert fout in uitkomst.stderr and "Traceback" not in uitkomst.stderr
    assert Werkmap(werkmap).ontvangsten(KENMERK) == []


def test_a_date_that_does_not_exist_is_a_usage_error_in_dutch(werkmap: Path) -> None:
    uitkomst = vplan("verstuurd", KENMERK, "--aan", "Sandra", "--datum", "31-02-2026",
                     werkmap=werkmap, cwd=werkmap.parent)
    assert uitkomst.returncode == 2
    assert "--datum: '31-02-2026' is geen datum" in uitkomst.stderr
