"""The documents show the life of the plan: versions, what changed, evaluations, incidents, gesprekken,
signatures and receipts, ended and taken-over afspraken (issue 7, item 8)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from interview.model import Aanleiding, Gesprek, Plan
from interview.model.vaststelling import Handtekening, Ontvangst, Vastlegging
from interview.versieset import render_documenten
from interview.wijzig import Wijzigingen, volgende_versie
from tests.helpers import bladwijzers, controleer_met_libreoffice, externe_links, interne_links
from tests.helpers import tekst_van as alle_runs


def tekst_van(pad: Path) -> str:
    """The document's text as a reader sees it: without the spaces that run boundaries added
    before , ) : . and after (."""
    return re.sub(r"\(\s+", "(", re.sub(r"\s+([),:.])", r"\1", alle_runs(pad)))


def gesprek(met: str, rol: str, datum: str, minuten: int) -> Gesprek:
    begin = dt.datetime.fromisoformat(f"{datum}T10:00:00+01:00")
    return Gesprek(soort="individueel gesprek", met=[met], rol=rol, datum=begin.date(), begin=begin,
                   einde=begin + dt.timedelta(minutes=minuten), duur=minuten)


def eerste_versie(voorbeeld: Plan) -> Plan:
    """The example plan with gesprekken held (not with Daan) and A4 taken over from a JB plan."""
    gegevens = voorbeeld.model_dump()
    gegevens["gesprekken"] = [
        gesprek("Sandra", "moeder", "2026-11-10", 50).model_dump(),
        gesprek("Noor", "jongere (14)", "2026-11-12", 35).model_dump(),
        {"soort": "netwerkberaad", "datum": dt.date(2026, 11, 20), "duur": 120},
    ]
    gegevens["looptijd"] = {"directe_veiligheid_voor": dt.date(2027, 1, 1),
                            "looptijd_tot": dt.date(2027, 11, 20),
                            "afsluiten_als": "Noor en Daan een half jaar zonder ruzie thuis wonen"}
    a4 = gegevens["veiligheidsplan"]["afspraken"][3]
    a4["overgenomen_uit"] = {"organisatie": "Jeugdbescherming regio", "kenmerk": "JB-2024-0042",
                             "oorspronkelijk_nummer": "3", "datum": dt.date(2024, 3, 10)}
    return Plan.model_validate(gegevens)


def na_incident(v1: Plan) -> Plan:
    """Version 2: incident I1 broke A5; A5 ends, A3 moves to risicogestuurd, A2 changes, A9 is new."""
    wijzigingen = Wijzigingen.model_validate({
        "incident": {"datum": "2026-12-01", "wat": "Ronald kwam gedronken thuis.", "gemeld_door": "Sandra",
                     "geraakt": ["A5", "B2"], "uitgevoerd_gevolg": "Ronald sliep bij Kees.",
                     "geinformeerd": [{"wie": "Ilse de Wit", "wanneer": "2026-12-01"}],
                     "veilig_thuis_opnieuw_geinformeerd": True},
        "beeindigen": [{"id": "A5", "op": "2026-12-02", "omdat": "vervangen door A9"}],
        "verplaatsen": [{"id": "A3", "fase": "risicogestuurd"}],
        "aanpassen": [{"id": "A2", "velden": {"wanneer": "elke avond om 20.00 uur"}}],
        "toevoegen": {"afspraken": [{
            "wat": "Ronald gaat naar de verslavingszorg.", "wie": ["Ronald"], "wanneer": "elke week",
            "controle_door": "Ilse de Wit", "gevolg_bij_niet_nakomen": "Ilse belt Veilig Thuis.",
            "fase": "directe veiligheid", "dient": ["B2"]}]},
        "toelichting": ["Na het incident van 1 december 2026."],
    })
    aanleiding = Aanleiding(soort="incident", omschrijving="incident van 1 december 2026", door="Ilse de Wit")
    return volgende_versie(v1, wijzigingen, aanleiding, dt.date(2026, 12, 2))


def na_evaluatie(v2: Plan) -> Plan:
    """Version 3: an evaluation with outcomes; A6 moves to the ondersteuningsplan; B1 and O3 end;
    directe veiligheid is reached; Daan is seen."""
    wijzigingen = Wijzigingen.model_validate({
        "evaluatie": {"datum": "2027-01-15", "samenvatting": "Het gaat beter.",
                      "aanwezig": ["Sandra", "Ronald"],
                      "beoordelingen": [
                          {"id": "B1", "uitkomst": "nagekomen", "toelichting": "Geen ruzie gezien."},
                          {"id": "A1", "uitkomst": "deels", "toelichting": "Eén keer vergeten."},
                          {"id": "A9", "uitkomst": "niet_nagekomen", "toelichting": "Wachtlijst."}],
                      "doelen": [{"id": "D1", "bereikt": "deels_bereikt", "toelichting": "Rustiger."}]},
        "verplaatsen": [{"id": "A6", "naar": "ondersteuningsplan"}],
        "beeindigen": [{"id": "B1", "op": "2027-01-15", "omdat": "drie maanden zonder geweld"},
                       {"id": "O3", "op": "2027-01-15", "omdat": "Ronald rondde de training af"}],
        "looptijd": {"directe_veiligheid_voor": "2027-01-01", "directe_veiligheid_bereikt_op": "2026-12-20",
                     "looptijd_tot": "2027-11-20", "afsluiten_als": "Noor en Daan een half jaar zonder ruzie "
                     "thuis wonen"},
        "volgende_evaluatie": "2027-04-15",
        "gesprekken": [gesprek("Daan", "kind (8 jaar)", "2027-01-10", 25).model_dump()],
    })
    return volgende_versie(v2, wijzigingen, Aanleiding(soort="evaluatie", door="Ilse de Wit"),
                           dt.date(2027, 1, 15))


VASTLEGGING = Vastlegging(
    handtekeningen=(
        Handtekening(versie=3, naam="Ilse de Wit", oordeel="akkoord", datum=dt.date(2027, 1, 16)),
        Handtekening(versie=3, naam="Ronald", oordeel="niet akkoord", reden="Ik wil zelf naar de huisarts.",
                     datum=dt.date(2027, 1, 16)),
        Handtekening(versie=2, naam="Sandra", oordeel="akkoord", datum=dt.date(2026, 12, 3)),
    ),
    ontvangsten=(
        Ontvangst(ontvanger="Sandra", versie=3, datum=dt.date(2027, 1, 17), vorm="post"),
        Ontvangst(ontvanger="Ronald", versie=2, datum=dt.date(2026, 12, 3), vorm="digitaal"),
    ),
)


@pytest.fixture(scope="module")
def versies(tmp_path_factory: pytest.TempPathFactory) -> dict[int, tuple[Path, Path]]:
    """Both documents of versions 1, 2 and 3, each rendered with its previous version and the records."""
    from interview.invoer import lees_plan
    from tests.helpers import VOORBEELD

    v1 = eerste_versie(lees_plan(VOORBEELD))
    v2 = na_incident(v1)
    v3 = na_evaluatie(v2)
    uit = tmp_path_factory.mktemp("uit")
    gemaakt = {}
    for plan, vorige in ((v1, None), (v2, v1), (v3, v2)):
        vp, op, *_ = render_documenten(plan, uit, vorige=vorige, vastlegging=VASTLEGGING)
        gemaakt[plan.versie] = (vp, op)
    return gemaakt


def test_version_1_shows_its_history_and_no_change_list(versies: dict[int, tuple[Path, Path]]) -> None:
    vp, op = versies[1]
    for document in (vp, op):
        tekst = tekst_van(document)
        assert ("Versiegeschiedenis Versie Datum Aanleiding Door 1 20 november 2026 netwerkberaad "
                "Ilse de Wit") in tekst
        assert "Wijzigingen ten opzichte van versie" not in tekst


def test_version_2_lists_what_changed_by_number_and_field(versies: dict[int, tuple[Path, Path]]) -> None:
    vp, op = versies[2]
    for document, elders in ((vp, ""), (op, " (veiligheidsplan)")):  # a link to the other document says so
        tekst = tekst_van(document)
        assert "2 2 december 2026 incident: incident van 1 december 2026 Ilse de Wit" in tekst
        assert "Wijzigingen ten opzichte van versie 1" in tekst
        assert f"A2{elders} afspraak gewijzigd: wanneer" in tekst
        assert f"A3{elders} afspraak verplaatst van directe veiligheid naar risicogestuurd" in tekst
        assert f"A5{elders} afspraak beëindigd op 2 december 2026 omdat vervangen door A9" in tekst
        assert f"A9{elders} afspraak nieuw" in tekst
        assert f"I1{elders} incident nieuw" in tekst


def test_the_incident_register_keeps_i1_with_what_followed(versies: dict[int, tuple[Path, Path]]) -> None:
    for versie in (2, 3):
        vp, _ = versies[versie]
        tekst = tekst_van(vp)
        assert "Incident I1 · 1 december 2026" in tekst
        assert "Wat er gebeurde Ronald kwam gedronken thuis." in tekst
        assert "Raakte A5, B2" in tekst
        assert "Geïnformeerd Ilse de Wit op 1 december 2026" in tekst
        assert "Veilig Thuis opnieuw geïnformeerd ja" in tekst
        assert "I1" in bladwijzers(vp)
    assert "Er zijn geen incidenten geweest." in tekst_van(versies[1][0])


def test_an_ended_afspraak_stays_listed_with_date_and_reason(versies: dict[int, tuple[Path, Path]]) -> None:
    tekst = tekst_van(versies[3][0])
    assert "Afspraak A5 · risicogestuurd · beëindigd" in tekst
    assert "Beëindigd op 2 december 2026 omdat vervangen door A9 Wat Ronald drinkt" in tekst


def test_ended_bodemeisen_and_doelen_stay_listed_with_date_and_reason(
    versies: dict[int, tuple[Path, Path]],
) -> None:
    vp, op = versies[3]
    assert ("B1 Er is geen fysiek geweld tussen volwassenen in het bijzijn van de kinderen. Gesteld door: "
            in tekst_van(vp))
    assert "Beëindigd op 15 januari 2027 omdat drie maanden zonder geweld" in tekst_van(vp)
    assert "Beëindigd op 15 januari 2027 omdat Ronald rondde de training af" in tekst_van(op)
    assert "B1" in bladwijzers(vp) and "O3" in bladwijzers(op)  # ended, still linkable


def test_the_looptijd_says_by_when_how_long_and_when_we_close(versies: dict[int, tuple[Path, Path]]) -> None:
    for versie, bereikt in ((1, ""), (3, " (bereikt op 20 december 2026)")):
        for document in versies[versie]:
            tekst = tekst_van(document)
            assert f"Directe veiligheid vóór: 1 januari 2027{bereikt}" in tekst
            assert "Het plan loopt tot: 20 november 2027" in tekst
            assert "We sluiten af als Noor en Daan een half jaar zonder ruzie thuis wonen" in tekst


def test_without_records_the_required_people_have_an_open_line(voorbeeld_plan: Plan, tmp_path: Path) -> None:
    """A plan nobody signed yet: the regiehouder and Noor (14) each have a line to sign, the family
    under their full name (issue 8 item 7)."""
    ongetekend = voorbeeld_plan.model_copy(update={"ondertekening": [], "gesprekken": []})
    vp, *_ = render_documenten(ongetekend, tmp_path)
    tekst = tekst_van(vp)
    assert "Ilse de Wit regiehouder" in tekst
    assert "Noor Bakker jongere (14) nog niet getekend" in tekst
    assert "Er zijn geen gesprekken vastgelegd." in tekst
    assert "Nog niet gesproken" not in tekst  # nothing recorded is not "nobody was seen"


def test_version_3_shows_the_evaluation_results_per_item(versies: dict[int, tuple[Path, Path]]) -> None:
    vp, op = versies[3]
    for document in (vp, op):
        tekst = tekst_van(document)
        assert "Resultaten van de evaluatie van 15 januari 2027" in tekst
        assert "Aanwezig: Sandra en Ronald" in tekst
        assert "nagekomen Geen ruzie gezien." in tekst
        assert "deels nagekomen Eén keer vergeten." in tekst
        assert "niet nagekomen Wachtlijst." in tekst
        assert "D1" in tekst and "deels bereikt Rustiger." in tekst
        assert "afspraak verplaatst van het veiligheidsplan naar het ondersteuningsplan" in tekst
    assert "Resultaten van de evaluatie" not in tekst_van(versies[2][0])


def test_the_gesprekken_held_say_who_when_how_long_and_whether_every_child_was_seen(
    versies: dict[int, tuple[Path, Path]],
) -> None:
    eerst, laatst = tekst_van(versies[1][0]), tekst_van(versies[3][1])
    assert "12 november 2026 individueel gesprek Noor, jongere (14) 35 min" in eerst
    assert "20 november 2026 netwerkberaad gezin en netwerk 120 min" in eerst
    assert "Nog niet gesproken: Daan." in eerst
    assert "10 januari 2027 individueel gesprek Daan, kind (8 jaar) 25 min" in laatst
    assert "Met elk kind is gesproken." in laatst


def test_the_signatures_are_those_recorded_for_this_version(versies: dict[int, tuple[Path, Path]]) -> None:
    for document in versies[3]:
        tekst = tekst_van(document)
        assert "‘Ik houd me aan de afspraken waarin mijn naam staat.’" in tekst
        assert "Ilse de Wit regiehouder" in tekst and "akkoord 16 januari 2027" in tekst
        assert "Noor Bakker jongere (14) nog niet getekend" in tekst  # 12 and older: a line of her own
        assert "Ronald Bakker vader niet akkoord Ik wil zelf naar de huisarts. 16 januari 2027" in tekst
        assert "Status van deze versie: concept" in tekst
        assert "Sandra moeder akkoord" not in tekst  # she signed version 2, not this one


def test_the_verspreidingslijst_says_who_received_this_version(versies: dict[int, tuple[Path, Path]]) -> None:
    tekst = tekst_van(versies[3][0])
    assert "17 januari 2027 (post)" in tekst
    assert "3 december 2026 (digitaal)" not in tekst  # Ronald received version 2
    assert "3 december 2026 (digitaal)" in tekst_van(versies[2][0])


def test_a_taken_over_afspraak_names_its_origin(versies: dict[int, tuple[Path, Path]]) -> None:
    for versie in (1, 3):
        assert ("Overgenomen uit JB-2024-0042 (Jeugdbescherming regio, 10 maart 2024), daar afspraak 3"
                in tekst_van(versies[versie][0]))


@pytest.mark.parametrize("versie", [1, 2, 3])
def test_links_land_on_their_bookmarks_in_both_documents_of_every_version(
    versies: dict[int, tuple[Path, Path]], versie: int
) -> None:
    vp, op = versies[versie]
    for document, ander in ((vp, op), (op, vp)):
        assert set(interne_links(document)) <= bladwijzers(document)
        for doel in externe_links(document):
            bestand, _, anker = doel.partition("#")
            assert bestand == ander.name and anker in bladwijzers(ander)
    assert "A3" in bladwijzers(vp)  # A3 is A3 in every version


def test_version_3_shows_that_a6_now_lives_in_the_ondersteuningsplan(
    versies: dict[int, tuple[Path, Path]],
) -> None:
    vp, op = versies[3]
    assert "A6" in bladwijzers(op) and "A6" not in bladwijzers(vp)


@pytest.mark.libreoffice
def test_libreoffice_opens_every_document_of_every_version(
    versies: dict[int, tuple[Path, Path]], tmp_path: Path
) -> None:
    documenten = [pad for paar in versies.values() for pad in paar]
    teksten = controleer_met_libreoffice(documenten, tmp_path)
    assert all(teksten[pad] == "" or "VERTROUWELIJK" in teksten[pad] for pad in documenten)


def test_a_round_of_scores_counts_once_however_many_versions_carry_it(voorbeeld_plan: Plan) -> None:
    """An incident or a correction keeps the scores as they were: no new point in anyone's history;
    a changed score starts a new round for everyone."""
    from interview.render.planverloop import scoreverloop

    def met_scores(versie: int, eerste: int) -> Plan:
        gegevens = voorbeeld_plan.model_dump()
        gegevens["versie"] = versie
        for nummer, schaal in enumerate(gegevens["veiligheidsplan"]["schaalvragen"]):
            schaal["score"] = eerste + nummer % 2
        return Plan.model_validate(gegevens)

    verloop = scoreverloop([met_scores(3, 5), met_scores(1, 4), met_scores(2, 4)])

    assert verloop and all([punt.versie for punt in reeks.scores] == [1, 3] for reeks in verloop)
    assert all(reeks.scores[1].score == reeks.scores[0].score + 1 for reeks in verloop)
