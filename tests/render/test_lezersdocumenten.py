"""The netwerkversie, kinderversie and gezinsversie as their readers get them, from the example and
from a sparse plan: what must be in them, and what must never be."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from docx import Document

from interview.model import Plan
from interview.render.proefplannen import leeg_plan, volledig_plan
from interview.versieset import render_documenten
from tests.helpers import controleer_met_libreoffice, normaliseer, tekst_van
from tests.render.test_lezers import verboden_teksten

PLANNEN = {"voorbeeld": volledig_plan, "leeg": leeg_plan}
LEZERSDOCUMENT = re.compile(r"^(professionalversie|netwerkversie|kinderversie|gezinsversie)-")


@pytest.fixture(scope="module")
def gerenderd(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Plan, dict[str, Path]]]:
    """Per plan: the plan, and its documents by file name."""
    uit = {}
    for naam, maak in PLANNEN.items():
        plan = maak()
        paden = render_documenten(plan, tmp_path_factory.mktemp(naam))
        uit[naam] = (plan, {pad.name: pad for pad in paden})
    return uit


def voorbeeld(gerenderd: dict[str, tuple[Plan, dict[str, Path]]], naam: str) -> str:
    return tekst_van(gerenderd["voorbeeld"][1][naam])


def aaneen(tekst: str) -> str:
    """The text without spaces: a document's runs are read back with a space between each."""
    return "".join(tekst.split())


def koptekst(pad: Path) -> str:
    return normaliseer(" ".join(p.text for p in Document(str(pad)).sections[0].header.paragraphs))


def test_every_reader_gets_a_document_named_by_number_never_by_name(
    gerenderd: dict[str, tuple[Plan, dict[str, Path]]],
) -> None:
    plan, documenten = gerenderd["voorbeeld"]

    assert sorted(d for d in documenten if not d.startswith("brief-")) == sorted([  # letters: test_brief.py
        "gezinsversie-VP-2026-0042-v1.docx", "kinderversie-VP-2026-0042-v1-1.docx",
        "kinderversie-VP-2026-0042-v1-2.docx", "netwerkversie-VP-2026-0042-v1-1.docx",
        "netwerkversie-VP-2026-0042-v1-2.docx", "netwerkversie-VP-2026-0042-v1-3.docx",
        "ondersteuningsplan-VP-2026-0042-v1.docx", "professionalversie-VP-2026-0042-v1-2.docx",
        "veiligheidsplan-VP-2026-0042-v1.docx",
        *(f"{soort}-VP-2026-0042-v1-{nummer}.docx"  # own copies: Noor, Sandra, Ronald (not all is for them)
          for soort in ("veiligheidsplan", "ondersteuningsplan") for nummer in (1, 3, 4)),
    ])
    namen = [naam.split()[0].lower() for naam in plan.dossier.personen]
    assert [b for b in documenten for naam in namen if naam in b.lower()] == []


def test_the_record_beside_the_documents_lists_each_with_its_reader(
    gerenderd: dict[str, tuple[Plan, dict[str, Path]]],
) -> None:
    map_ = next(iter(gerenderd["voorbeeld"][1].values())).parent
    gemaakt = json.loads((map_ / ".vplan.json").read_text(encoding="utf-8"))["documenten"]

    assert gemaakt["veiligheidsplan"]["bestand"] == "veiligheidsplan-VP-2026-0042-v1.docx"
    assert gemaakt["veiligheidsplan"]["lezer"] == "volledig"
    assert gemaakt["netwerkversie-3"] | {"sjabloon_hash": ""} == {
        "bestand": "netwerkversie-VP-2026-0042-v1-3.docx", "soort": "netwerkversie", "lezer": "Fatma",
        "lezernummer": 3, "sjabloon_hash": "", "sjabloon_versie": ""}
    assert gemaakt["kinderversie-2"]["lezer"] == "Daan"


def test_the_neighbour_reads_her_own_afspraak_the_signalen_the_noodplan_and_whom_to_call(
    gerenderd: dict[str, tuple[Plan, dict[str, Path]]],
) -> None:
    plan, _ = gerenderd["voorbeeld"]
    tekst = voorbeeld(gerenderd, "netwerkversie-VP-2026-0042-v1-3.docx")

    assert "VoorFatma,buurvrouw" in aaneen(tekst)
    assert "Afspraak A6" in tekst
    assert re.findall(r"Afspraak A\d+", tekst) == ["Afspraak A6"]
    vp = plan.veiligheidsplan
    assert [s.omschrijving for s in vp.signalen if s.omschrijving in tekst] == [
        "Fatma hoort geschreeuw of gestommel uit de woning."]
    assert [n.wanneer for n in vp.noodplan if n.wanneer in tekst] == ["Als zij geschreeuw hoort"]
    assert "Telefoonlijst Naam Wie Telefoon Ilse de Wit regiehouder" in tekst
    assert "Fatma buurvrouw 06 1111 2205" in tekst


def test_the_school_gets_its_own_professionalversie_without_what_is_not_for_its_task(
    gerenderd: dict[str, tuple[Plan, dict[str, Path]]],
) -> None:
    """Issue 17.1; fails on main, where Jeroen Smit (intern begeleider) got the full veiligheidsplan
    with the risicotaxatie, the meldcode, Noor's EMDR and Sandra's debts and LVB."""
    plan, documenten = gerenderd["voorbeeld"]
    tekst = voorbeeld(gerenderd, "professionalversie-VP-2026-0042-v1-2.docx")
    gemaakt = json.loads((documenten["professionalversie-VP-2026-0042-v1-2.docx"].parent / ".vplan.json")
                         .read_text(encoding="utf-8"))
    school = gemaakt["documenten"]["professionalversie-2"]
    assert [school[k] for k in ("soort", "lezer", "lezernummer")] == ["professionalversie", "Jeroen Smit", 2]

    assert "VoorJeroenSmit,internbegeleider" in aaneen(tekst)
    assert re.findall(r"Afspraak A\d+", tekst) == ["Afspraak A3"]
    assert "Daan is stil, wil niet naar huis of heeft buikpijn op school." in tekst
    assert all(normaliseer(b.omschrijving) in tekst for b in plan.veiligheidsplan.bodemeisen)
    assert all(n.wanneer in tekst for n in plan.veiligheidsplan.noodplan)
    for verboden in ("Risicotaxatie", "ARIJ", "Meldcode", "EMDR", "Speltherapie", "schulden", "Schuldhulp",
                     "verstandelijke beperking", "bierflesjes"):
        assert verboden not in tekst, verboden


@pytest.mark.parametrize("plannaam", PLANNEN)
def test_no_readers_document_holds_risk_assessment_meldcode_statements_diagnosis_or_treatment(
    gerenderd: dict[str, tuple[Plan, dict[str, Path]]], plannaam: str
) -> None:
    plan, documenten = gerenderd[plannaam]
    verboden = [normaliseer(t) for t in verboden_teksten(plan)]
    for naam, pad in documenten.items():
        if LEZERSDOCUMENT.match(naam):
            tekst = tekst_van(pad)
            assert [t for t in verboden if t in tekst] == [], naam
            assert "Risicotaxatie" not in tekst and "eldcode" not in tekst, naam


def test_a_young_child_gets_the_three_houses_and_is_told_it_is_not_their_fault(
    gerenderd: dict[str, tuple[Plan, dict[str, Path]]],
) -> None:
    daan = voorbeeld(gerenderd, "kinderversie-VP-2026-0042-v1-2.docx")

    assert "Voor Daan" in daan
    assert "Het is niet jouw schuld." in daan
    huizen = re.findall(r"Huis van (?:zorgen|goede dingen|dromen)", daan)
    assert huizen == ["Huis van zorgen", "Huis van goede dingen", "Huis van dromen"]
    assert "Sandra,moeder:0611112201" in aaneen(daan)
    assert "Ria,oma(moedervanSandra):0611112203" in aaneen(daan)  # one pair of brackets, never two
    assert "0611112204" not in aaneen(daan)  # the adults Daan named, not uncle Kees
    assert "Is iemand in gevaar? Bel 112." in daan
    assert "Uitgelegd door:" in daan and "Op (datum):" in daan


def test_a_teenager_gets_plain_language_with_her_own_noodplan_lines(
    gerenderd: dict[str, tuple[Plan, dict[str, Path]]],
) -> None:
    noor = voorbeeld(gerenderd, "kinderversie-VP-2026-0042-v1-1.docx")

    assert "Voor Noor" in noor
    assert "Huis van" not in noor
    assert "Het is niet jouw schuld." in noor
    assert "Alspapaenmamaruziemakenenhetengwordt:belomaRia,0611112203" in aaneen(noor)
    assert "Als Ronald onaangekondigd" not in noor  # Sandra's line of the noodplan, not Noor's
    assert "Uitgelegd door:" in noor


def test_a_teenager_reads_what_happened_in_the_words_the_worker_chose_for_her(tmp_path: Path) -> None:
    gegevens = volledig_plan().model_dump(mode="json")
    gegevens["veiligheidsplan"]["voor_de_kinderen"] = [
        {"kind": "Noor", "tekst": "Je vader heeft je moeder pijn gedaan. Dat mag nooit."}]
    paden = {pad.name: pad for pad in render_documenten(Plan.model_validate(gegevens), tmp_path)}

    noor = tekst_van(paden["kinderversie-VP-2026-0042-v1-1.docx"])
    daan = tekst_van(paden["kinderversie-VP-2026-0042-v1-2.docx"])

    assert "Je vader heeft je moeder pijn gedaan. Dat mag nooit." in noor
    assert "Bij jullie thuis is het een tijd niet veilig geweest." not in noor
    assert "Het is niet jouw schuld." in noor
    assert "pijn gedaan" not in daan and "Thuis gebeurden dingen waardoor het niet veilig was." in daan


def test_the_family_reads_every_afspraak_with_its_steps_and_no_code_but_its_number(
    gerenderd: dict[str, tuple[Plan, dict[str, Path]]],
) -> None:
    plan, documenten = gerenderd["voorbeeld"]
    pad = documenten["gezinsversie-VP-2026-0042-v1.docx"]
    tekst = tekst_van(pad)

    for afspraak in plan.veiligheidsplan.afspraken:
        assert f"Afspraak {afspraak.id}" in tekst
        assert all(normaliseer(stap) in tekst for stap in afspraak.stappen)
        assert normaliseer(afspraak.toelichting) in tekst
    codes = set(re.findall(r"\b[A-Z]{1,2}\d+\b", tekst)) - {
        a.id for a in [*plan.veiligheidsplan.afspraken, *plan.veiligheidsplan.bodemeisen]}
    assert codes == set()
    assert plan.dossier.kenmerk not in tekst + koptekst(pad)
    assert "directe veiligheid" not in tekst and "risicogestuurd" not in tekst


def test_the_verspreidingslijst_says_who_receives_the_full_plan(
    gerenderd: dict[str, tuple[Plan, dict[str, Path]]],
) -> None:
    tekst = voorbeeld(gerenderd, "veiligheidsplan-VP-2026-0042-v1.docx")

    assert "Sandra Verhoef moeder besproken en meegegeven volledig (beide plannen)" in tekst


def test_a_sparse_plan_still_gives_each_child_and_the_family_their_document(
    gerenderd: dict[str, tuple[Plan, dict[str, Path]]],
) -> None:
    _, documenten = gerenderd["leeg"]
    lezersdocumenten = sorted(naam for naam in documenten if LEZERSDOCUMENT.match(naam))

    assert lezersdocumenten == ["gezinsversie-VP-2026-0042-v1.docx", "kinderversie-VP-2026-0042-v1-1.docx"]
    gezin = tekst_van(documenten["gezinsversie-VP-2026-0042-v1.docx"])
    assert "Er zijn (nog) geen signalen afgesproken." in gezin
    assert "Het is niet jouw schuld." in tekst_van(documenten["kinderversie-VP-2026-0042-v1-1.docx"])


@pytest.mark.libreoffice
@pytest.mark.parametrize("plannaam", PLANNEN)
def test_libreoffice_opens_every_readers_document_and_prints_nothing_forbidden(
    gerenderd: dict[str, tuple[Plan, dict[str, Path]]], plannaam: str, tmp_path: Path
) -> None:
    plan, documenten = gerenderd[plannaam]
    lezersdocumenten = [pad for naam, pad in documenten.items() if LEZERSDOCUMENT.match(naam)]

    teksten = controleer_met_libreoffice(lezersdocumenten, tmp_path)

    verboden = [normaliseer(t) for t in verboden_teksten(plan)]
    for pad, tekst in teksten.items():
        gedrukt = normaliseer(tekst)
        assert [t for t in verboden if t in gedrukt] == [], pad.name
        if pad.name.startswith("kinderversie"):
            assert "Het is niet jouw schuld." in gedrukt
        else:
            assert "Bij direct gevaar: bel 112." in gedrukt
