"""The three doors to a next plan version: incident, evaluatie, corrigeer.

The Meijer dossier runs through the real `vplan` from answers files (v1 -> incident -> v2 ->
evaluatie -> v3 -> corrigeer -> v4); in process, the worker changes things at the keyboard; in a
real terminal an evaluation is killed half-way and resumed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import signal
import sys
from pathlib import Path
from typing import Any

import pexpect
import pytest
import yaml

from interview.fouten import DossierBestaatAl, DossierBezet, OngeldigeInvoer
from interview.model import Aanleiding
from interview.stappen.corrigeer import corrigeer, teksten_van
from interview.stappen.evaluatie import evaluatie
from interview.stappen.frame import Stapcontext
from interview.stappen.gedeeld import NietBegonnen
from interview.stappen.incident import incident
from interview.stappen.netwerkberaad import netwerkberaad
from interview.store import Werkmap
from interview.wijzig import Aanpassing, Correctie, Wijzigingen, volgende_versie
from tests.helpers import (
    ANTWOORDEN,
    GESPREKKEN,
    KENMERK,
    Werker,
    bladwijzers,
    gelukt,
    naar_pdf,
    tekst_van,
    vplan,
)


def geen_wijzigingen() -> dict[str, list[object]]:
    """The worker at the keyboard adds nothing to any list of changes."""
    return {f"{lijst}[1]?": [False] for lijst in ("aanpassen", "beeindigen", "verplaatsen", "nieuwe_zorgen",
                                                 "nieuwe_veiligheidsdoelen", "nieuwe_bodemeisen",
                                                 "nieuwe_afspraken")}


@pytest.fixture
def met_plan(met_gesprekken: Werkmap) -> Werkmap:
    """The Meijer dossier with planversie 1 from the netwerkberaad."""
    netwerkberaad(Stapcontext(met_gesprekken, lambda: None, ANTWOORDEN / "netwerkberaad.yaml", print),
                  KENMERK, lambda overzicht: None)
    return met_gesprekken


def plan_van(werkmap: Path, versie: int) -> dict[str, Any]:
    pad = werkmap / KENMERK / "plannen" / f"plan-v{versie}.json"
    gegevens: dict[str, Any] = json.loads(pad.read_text(encoding="utf-8"))
    return gegevens


def ids(plan: dict[str, Any], deel: str, lijst: str) -> list[str]:
    return [item["id"] for item in plan[deel][lijst]]


def vingerafdrukken(*mappen: Path) -> dict[Path, str]:
    return {pad: hashlib.sha256(pad.read_bytes()).hexdigest()
            for map_ in mappen for pad in sorted(map_.rglob("*")) if pad.is_file()}


def test_incident_evaluation_and_correction_each_make_the_next_version(tmp_path: Path, dossier: Path) -> None:
    for naam, bestand in GESPREKKEN:
        gelukt(vplan("gesprek", KENMERK, "--met", naam, "--antwoorden", str(ANTWOORDEN / f"{bestand}.yaml"),
                     werkmap=dossier, cwd=tmp_path))
    gelukt(vplan("netwerkberaad", KENMERK, "--antwoorden", str(ANTWOORDEN / "netwerkberaad.yaml"),
                 "--uitvoer", "uit", werkmap=dossier, cwd=tmp_path))
    v1 = vingerafdrukken(dossier / KENMERK / "plannen", tmp_path / "uit" / KENMERK / "v1")

    uit = gelukt(vplan("incident", KENMERK, "--antwoorden", str(ANTWOORDEN / "incident.yaml"),
                       "--uitvoer", "uit", werkmap=dossier, cwd=tmp_path))
    assert "Planversie 2 van dossier VP-2026-0101 is vastgelegd (incident van 19 november 2026)" in uit
    assert "A1 gewijzigd (wanneer)" in uit and "A3 nieuw" in uit and "I1 nieuw" in uit

    # A session after v2 counts for the evaluation: Eva's new score is offered and taken.
    uit = gelukt(vplan("gesprek", KENMERK, "--met", "Eva", "--opnieuw", "--antwoorden",
                       str(ANTWOORDEN / "eva.yaml"), werkmap=dossier, cwd=tmp_path))
    assert f"telt mee bij de volgende evaluatie: vplan evaluatie {KENMERK}" in uit
    antwoorden = yaml.safe_load((ANTWOORDEN / "evaluatie.yaml").read_text(encoding="utf-8"))
    (tmp_path / "evaluatie.yaml").write_text(
        yaml.safe_dump({**antwoorden, "scores_uit_gesprekken": ["Eva"]}, allow_unicode=True),
        encoding="utf-8")
    uit = gelukt(vplan("evaluatie", KENMERK, "--antwoorden", "evaluatie.yaml", "--uitvoer", "uit",
                       werkmap=dossier, cwd=tmp_path))
    assert "Planversie 3" in uit and "A3 beëindigd" in uit and "B2 nieuw" in uit
    assert "A1 verplaatst: directe veiligheid → risicogestuurd" in uit

    uit = gelukt(vplan("corrigeer", KENMERK, "--antwoorden", str(ANTWOORDEN / "corrigeer.yaml"),
                       "--uitvoer", "uit", werkmap=dossier, cwd=tmp_path))
    assert "Planversie 4" in uit and "A4 gewijzigd (wanneer)" in uit

    plannen = {versie: plan_van(dossier, versie) for versie in (1, 2, 3, 4)}
    assert [p["aanleiding"]["soort"] for p in plannen.values()] == [
        "netwerkberaad", "incident", "evaluatie", "correctie"]
    assert [m["versie"] for m in plannen[4]["eerdere_versies"]] == [1, 2, 3]
    # The incident is I1 in the register from v2 on, with what followed.
    for versie in (2, 3, 4):
        register = plannen[versie]["veiligheidsplan"]["incidenten"]
        assert [i["id"] for i in register] == ["I1"]
    incident_ = plannen[2]["veiligheidsplan"]["incidenten"][0]
    assert incident_["geraakt"] == ["B1", "A1"] and incident_["vervolg"] == "planversie 2"
    assert incident_["uitgevoerd_gevolg"].endswith("(gevolg bij A1)")
    # Numbers are never reused; the ended A3 stays listed, with date and reason.
    assert ids(plannen[3], "veiligheidsplan", "afspraken") == ["A1", "A3", "A4"]
    assert ids(plannen[3], "veiligheidsplan", "bodemeisen") == ["B1", "B2"]
    a3 = plannen[3]["veiligheidsplan"]["afspraken"][1]
    assert a3["beeindigd"]["op"] == "2026-12-01" and "niet meer nodig" in a3["beeindigd"]["omdat"]
    assert ids(plannen[3], "ondersteuningsplan", "afspraken") == ["A2"]
    # The evaluation: per item, and the scores given since v2 (the session's and the group's).
    moment = plannen[3]["evaluatie"]["geschiedenis"][-1]
    assert moment["versie"] == 3 and {b["id"]: b["uitkomst"] for b in moment["beoordelingen"]} == {
        "B1": "deels", "A1": "nagekomen", "A3": "nagekomen", "A2": "niet_van_toepassing"}
    assert [(s["naam"], s["moment"]) for s in plannen[3]["veiligheidsplan"]["schaalvragen"]] == [
        ("Eva", "individueel gesprek"), ("Eva", "evaluatie"), ("Anna Kok", "evaluatie")]
    assert plannen[3]["evaluatie"]["volgende_datum"] == "2027-03-01"
    # Directe veiligheid, not yet reached in v2, is marked reached on the evaluation's date.
    assert plannen[2]["looptijd"]["directe_veiligheid_bereikt_op"] is None
    assert plannen[3]["looptijd"]["directe_veiligheid_bereikt_op"] == "2026-12-01"
    # The correction changed the phone number and nothing else.
    assert plannen[4]["veiligheidsplan"]["noodplan"][0]["telefoon"] == "06 2222 0033"
    assert plannen[4]["aanleiding"]["omschrijving"].startswith("correctie: A4 gewijzigd (wanneer)")

    # Every earlier version and its documents stay byte for byte as they were.
    nu = vingerafdrukken(dossier / KENMERK / "plannen", tmp_path / "uit" / KENMERK / "v1")
    assert nu.items() >= v1.items()
    documenten = []
    for versie in (2, 3, 4):
        map_ = tmp_path / "uit" / KENMERK / f"v{versie}"
        vp, op = (map_ / f"{soort}-{KENMERK}-v{versie}.docx" for soort in ("veiligheidsplan",
                                                                           "ondersteuningsplan"))
        assert "A1" in bladwijzers(vp) and KENMERK in tekst_van(op)
        documenten += [vp, op]
    assert "06 2222 0033" in tekst_van(map_ / f"veiligheidsplan-{KENMERK}-v4.docx")
    # The documents tell the plan's life: history, what changed since the previous version, the register.
    v2 = tekst_van(tmp_path / "uit" / KENMERK / "v2" / f"veiligheidsplan-{KENMERK}-v2.docx")
    assert "Versiegeschiedenis" in v2 and "incident van 19 november 2026" in v2
    assert "Wijzigingen ten opzichte van versie 1" in v2 and "Incidentenregister" in v2 and "I1" in v2
    v3 = tekst_van(tmp_path / "uit" / KENMERK / "v3" / f"veiligheidsplan-{KENMERK}-v3.docx")
    assert "Wijzigingen ten opzichte van versie 2" in v3 and "niet meer nodig" in v3
    assert len(naar_pdf(documenten, tmp_path)) == 6

    # Then v4 is signed and handed out; its documents, made again, show both.
    vandaag = dt.date.today().isoformat()
    (tmp_path / "vaststellen.yaml").write_text(
        f"ondertekening:\n  Anna Kok: {{oordeel: akkoord, datum: {vandaag}}}\n"
        f"  Eva: {{oordeel: gezien, datum: {vandaag}}}\n", encoding="utf-8")
    uit = gelukt(vplan("vaststellen", KENMERK, "--antwoorden", "vaststellen.yaml", werkmap=dossier,
                       cwd=tmp_path))
    assert "Planversie 4 van dossier VP-2026-0101 is vastgesteld." in uit
    uit = gelukt(vplan("verstuurd", KENMERK, "--aan", "Mark", "--vorm", "post", werkmap=dossier,
                       cwd=tmp_path))
    assert "Vastgelegd: Mark ontving planversie 4" in uit
    gelukt(vplan("documenten", KENMERK, "--uitvoer", "uit", werkmap=dossier, cwd=tmp_path))
    v4 = tekst_van(tmp_path / "uit" / KENMERK / "v4" / f"veiligheidsplan-{KENMERK}-v4.docx")
    assert "Status van deze versie: vastgesteld" in v4 and "Ik houd me aan de afspraken" in v4
    assert "Anna Kok regiehouder akkoord" in v4 and "Eva Meijer moeder gezien" in v4
    assert re.search(r"Mark Meijer vader per post volledig \(beide plannen\), gezinsversie "
                     r"\d+ \w+ \d{4} \( post \)",
                     v4)
    assert nu.items() >= v1.items()  # still: nothing of version 1 changed


@pytest.mark.parametrize("opdracht", ["evaluatie", "incident", "corrigeer"])
def test_a_dossier_without_a_plan_is_refused_in_one_dutch_line(
    tmp_path: Path, dossier: Path, opdracht: str
) -> None:
    resultaat = vplan(opdracht, KENMERK, "--antwoorden", str(ANTWOORDEN / f"{opdracht}.yaml"),
                      werkmap=dossier, cwd=tmp_path)
    assert resultaat.returncode == 1 and "Traceback" not in resultaat.stderr
    assert ("heeft nog geen plan. Maak eerst planversie 1 met: "
            f"vplan netwerkberaad {KENMERK}") in resultaat.stderr


def test_an_answers_file_naming_an_unknown_item_changes_nothing(tmp_path: Path, met_plan: Werkmap) -> None:
    (tmp_path / "fout.yaml").write_text(
        (ANTWOORDEN / "incident.yaml").read_text(encoding="utf-8")
        + "beeindigen:\n  - {item: A9, op: 2027-01-01, omdat: bestaat niet}\n", encoding="utf-8")
    with pytest.raises(OngeldigeInvoer, match=r"beeindigen\[1\]\.item"):
        incident(Stapcontext(met_plan, lambda: None, tmp_path / "fout.yaml", print), KENMERK)
    assert met_plan.versies(KENMERK) == [1]
    assert list((met_plan.pad / KENMERK / "sessies").glob("*incident-*")) == []


def test_an_evaluation_without_the_next_date_asks_for_it_again(
    tmp_path: Path, met_plan: Werkmap
) -> None:
    antwoorden = yaml.safe_load((ANTWOORDEN / "evaluatie.yaml").read_text(encoding="utf-8"))
    for sleutel in ("beeindigen", "verplaatsen", "nieuwe_bodemeisen", "nieuwe_afspraken",
                    "volgende_evaluatie", "a3", "a3_toelichting"):
        antwoorden.pop(sleutel)
    (tmp_path / "evaluatie.yaml").write_text(yaml.safe_dump(antwoorden, allow_unicode=True), encoding="utf-8")
    werker = Werker({"volgende_evaluatie": [None, "2027-03-01"], **geen_wijzigingen()})

    herziening = evaluatie(Stapcontext(met_plan, lambda: werker, tmp_path / "evaluatie.yaml", werker.meld),
                           KENMERK)

    assert herziening.plan.versie == 2
    assert herziening.plan.evaluatie.volgende_datum.isoformat() == "2027-03-01"
    assert werker.gevraagd.count("volgende_evaluatie") == 2  # skipped first, then asked again
    assert any("volgende evaluatie" in melding for melding in werker.meldingen)


class Corrector(Werker):
    """At the review of `vplan corrigeer`: picks the line named, types the new text, closes."""

    def __init__(self, regel: str, nieuw: str) -> None:
        super().__init__({})
        self.regel, self.nieuw, self.gekozen = regel, nieuw, False
        self.getoond: list[str] = []

    def vraag(self, stelling: Any) -> object:
        self.getoond.append(f"{stelling.pad}={stelling.standaard}")
        return self.nieuw

    def kies_uit_overzicht(self, regels: Any, opdrachten: Any = ()) -> int | None:
        if self.gekozen:
            return None
        self.gekozen = True
        return next(i for i, regel in enumerate(regels) if regel.startswith(self.regel))


def test_a_correction_starts_from_the_versions_own_answers(met_plan: Werkmap) -> None:
    werker = Corrector("dossier.gezin.volwassenen[2].telefoon", "06 2222 0012")

    herziening = corrigeer(Stapcontext(met_plan, lambda: werker, None, werker.meld), KENMERK)

    # The old number is the default to edit.
    assert werker.getoond == ["dossier.gezin.volwassenen[2].telefoon=06 2222 0002"]
    assert herziening.plan.dossier.gezin.volwassenen[1].telefoon == "06 2222 0012"
    assert herziening.plan.aanleiding.soort == "correctie"
    assert [v.onderdeel for v in herziening.veranderingen] == ["dossier"]


def start(opdracht: str, werkmap: Path, cwd: Path) -> pexpect.spawn:
    return pexpect.spawn(
        sys.executable, ["-m", "interview", opdracht, KENMERK, "--werkmap", str(werkmap), "--uitvoer", "uit"],
        cwd=str(cwd), dimensions=(40, 200), encoding="utf-8", timeout=30,
    )


def test_an_evaluation_killed_half_way_resumes_with_every_answer(tmp_path: Path, met_plan: Werkmap) -> None:
    eerste = start("evaluatie", met_plan.pad, tmp_path)
    eerste.expect_exact("Datum van de evaluatie")
    eerste.send(f"{dt.date.today():%d-%m-%Y}\r")  # an evaluation is recorded once held: not later
    eerste.expect_exact("Wie waren bij de evaluatie?")
    eerste.send(" \r")  # the first name ticked: Lisa
    eerste.expect_exact("D1: Lisa wordt overgedragen zonder ruzie. — hoe ver is dit doel bereikt?")
    eerste.send("2\r")  # one key on the item's card: 2 deels bereikt
    eerste.expect_exact("D1: wat gebeurde er")
    eerste.send("Eén keer ruzie & <geschreeuw>\r")  # Enter in the card's last field closes it
    eerste.expect_exact("B1: Er wordt niet geschreeuwd waar Lisa bij is. — is dit nagekomen?")
    eerste.kill(signal.SIGKILL)
    eerste.wait()

    tweede = start("evaluatie", met_plan.pad, tmp_path)
    tweede.expect_exact("Verder waar u gebleven was")
    tweede.expect_exact("B1: Er wordt niet geschreeuwd")
    tweede.sendcontrol("c")
    tweede.expect(pexpect.EOF)
    tweede.close()
    assert tweede.exitstatus == 130

    journalen = sorted((met_plan.pad / KENMERK / "sessies").glob("evaluatie-v1-*.jsonl"))
    assert len(journalen) == 1
    # The rest at the keyboard again: nothing answered before the kill is asked or lost.
    werker = Werker({"b1": ["nagekomen"], "a1": ["nagekomen"], "a2": ["deels"], "o1": ["niet_bereikt"],
                     "samenvatting": ["Het gaat beter."], "nieuwe_risicotaxatie": [False],
                     "volgende_evaluatie": ["2027-03-01"], **geen_wijzigingen()})
    herziening = evaluatie(Stapcontext(met_plan, lambda: werker, None, werker.meld), KENMERK)
    moment = herziening.plan.evaluatie.geschiedenis[-1]
    assert not {"ev_datum", "aanwezig", "d1", "d1_toelichting"} & set(werker.gevraagd)
    assert moment.datum == dt.date.today() and moment.aanwezig == ["Lisa"]
    assert (moment.doelen[0].id, moment.doelen[0].bereikt, moment.doelen[0].toelichting) == (
        "D1", "deels_bereikt", "Eén keer ruzie & <geschreeuw>")


def test_only_sessions_after_the_newest_version_offer_their_scores(tmp_path: Path, met_plan: Werkmap) -> None:
    antwoorden = yaml.safe_load((ANTWOORDEN / "evaluatie.yaml").read_text(encoding="utf-8"))
    for sleutel in ("a3", "a3_toelichting", "beeindigen"):  # the example follows the incident's A3
        antwoorden.pop(sleutel)
    oud = {**antwoorden, "scores_uit_gesprekken": ["Eva"]}  # Eva's session was before v1
    (tmp_path / "oud.yaml").write_text(yaml.safe_dump(oud, allow_unicode=True), encoding="utf-8")
    with pytest.raises(OngeldigeInvoer, match="'Eva' is geen van de keuzes"):
        evaluatie(Stapcontext(met_plan, lambda: None, tmp_path / "oud.yaml", print), KENMERK)
    assert met_plan.versies(KENMERK) == [1]


def test_a_dossier_in_use_by_another_vplan_is_left_alone(met_plan: Werkmap) -> None:
    with met_plan.slot(KENMERK), pytest.raises(DossierBezet):
        incident(Stapcontext(met_plan, lambda: None, ANTWOORDEN / "incident.yaml", print), KENMERK)
    assert met_plan.versies(KENMERK) == [1]


def test_a_second_netwerkberaad_points_to_the_doors_to_a_next_version(met_plan: Werkmap) -> None:
    with pytest.raises(DossierBestaatAl, match=f"Een volgende versie maakt u met: vplan evaluatie {KENMERK}"):
        netwerkberaad(Stapcontext(met_plan, lambda: None, ANTWOORDEN / "netwerkberaad.yaml", print),
                      KENMERK, lambda overzicht: None)


def test_closing_a_correction_without_changing_anything_makes_no_version(met_plan: Werkmap) -> None:
    werker = Corrector("", "")
    werker.gekozen = True  # straight to 'klaar'

    with pytest.raises(NietBegonnen, match="niets gecorrigeerd"):
        corrigeer(Stapcontext(met_plan, lambda: werker, None, werker.meld), KENMERK)

    assert met_plan.versies(KENMERK) == [1]
    assert list((met_plan.pad / KENMERK / "sessies").glob("correctie-*")) == []


def test_every_text_and_date_a_correction_offers_can_be_corrected(met_plan: Werkmap) -> None:
    vorige = met_plan.lees_plan(KENMERK)
    assert "dossier.gezin.kinderen[1].geboortedatum" in {tekst.pad for tekst in teksten_van(vorige)}
    for tekst in teksten_van(vorige):
        waarde = tekst.als_waarde(tekst.waarde)
        wijzigingen = Wijzigingen(correcties=[Correctie(pad=tekst.pad, waarde=waarde)])
        if tekst.nummer:
            aanpassing = Aanpassing(id=tekst.nummer, velden={tekst.veld: waarde})
            wijzigingen = Wijzigingen(aanpassen=[aanpassing])
        volgende_versie(vorige, wijzigingen, Aanleiding(soort="correctie"), vorige.datum)


def test_an_incident_records_a_gevolg_other_than_the_afspraaks_own(tmp_path: Path, met_plan: Werkmap) -> None:
    antwoorden = yaml.safe_load((ANTWOORDEN / "incident.yaml").read_text(encoding="utf-8"))
    anders = {**antwoorden, "gevolg": "anders", "gevolg_anders": "Anna belde Mark diezelfde middag."}
    (tmp_path / "anders.yaml").write_text(yaml.safe_dump(anders, allow_unicode=True), encoding="utf-8")

    herziening = incident(Stapcontext(met_plan, lambda: None, tmp_path / "anders.yaml", print), KENMERK)

    register = herziening.plan.veiligheidsplan.incidenten
    assert [(i.id, i.uitgevoerd_gevolg) for i in register] == [("I1", "Anna belde Mark diezelfde middag.")]
    assert [g.wie for g in register[0].geinformeerd] == ["Anna Kok", "Eva"]


def test_the_change_list_names_parts_of_the_plan_in_words_not_model_paths() -> None:
    from interview.stappen.herzien import beschrijf
    from interview.versieverschil import Verandering

    regels = beschrijf([Verandering("gewijzigd", "", "evaluatie.volgende_datum"),
                        Verandering("beëindigd", "A3", "veiligheidsplan.afspraken")])

    assert regels == ["volgende datum (evaluatie) gewijzigd", "A3 beëindigd"]
