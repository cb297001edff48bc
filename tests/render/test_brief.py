"""Issue 17.6: a letter beside every recipient's new version, saying what changed since *their* copy.

The Meijer family: version 1 was sent to everyone on its list, version 2 (an incident) to nobody,
version 3 comes from the evaluation. Each recipient's letter compares their own view of version 1
with their own view of version 3.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interview.model import Plan
from interview.model.vaststelling import Ontvangst, Vastlegging
from interview.render.brief import brieven
from interview.render.proefplannen import volledig_plan
from interview.store import Werkmap
from tests.helpers import KENMERK, leestekst, meijer_na_evaluatie, naar_pdf


@pytest.fixture(scope="module")
def meijer(tmp_path_factory: pytest.TempPathFactory) -> tuple[Werkmap, Path]:
    return meijer_na_evaluatie(tmp_path_factory.mktemp("meijer"))


def brief_aan(map_: Path, naam: str) -> str:
    """The text of the letter to `naam`, found through .vplan.json (files carry numbers, not names)."""
    documenten = json.loads((map_ / ".vplan.json").read_text(encoding="utf-8"))["documenten"]
    bestand = next(d["bestand"] for d in documenten.values() if d["soort"] == "brief" and d["lezer"] == naam)
    return leestekst(map_ / bestand)


def test_every_recipient_gets_a_letter_named_by_number_beside_their_version(
        meijer: tuple[Werkmap, Path]) -> None:
    werkmap, v3 = meijer
    plan = werkmap.lees_plan(KENMERK, 3)
    namen = [regel.naam for regel in plan.verspreidingslijst]
    documenten = json.loads((v3 / ".vplan.json").read_text(encoding="utf-8"))["documenten"]
    brieven_ = {d["bestand"]: d for d in documenten.values() if d["soort"] == "brief"}
    assert sorted(brieven_) == sorted(f"brief-{KENMERK}-v3-{n}.docx" for n in range(1, len(namen) + 1))
    assert [brieven_[f"brief-{KENMERK}-v3-{n}.docx"]["lezer"] for n in range(1, len(namen) + 1)] == namen
    assert all(naam not in bestand for bestand in brieven_ for naam in namen)


def test_a_network_member_reads_her_afspraak_ended_and_nothing_she_may_not_see(
        meijer: tuple[Werkmap, Path]) -> None:
    _, v3 = meijer
    joke = brief_aan(v3, "Joke")
    assert "Dit is versie 3 van het veiligheidsplan van Gezin Meijer" in joke
    assert "sinds versie 1, de versie die u het laatst kreeg" in joke
    assert ("Afspraak A3 (Joke belt Anna als Mark niet bij haar komt ophalen) kwam erbij en is weer "
            "beëindigd op 1 december 2026 omdat Mark haalt Lisa steeds bij Joke op") in joke
    # Not in her netwerkversie, so not in her letter: the parents' new afspraak and bodemeis,
    # the incident, the scores, the evaluation's findings.
    for verboden in ("A4", "B2", "I1", "incident I1", "ouderschaps-app", "scores", "geëvalueerd"):
        assert verboden not in joke, verboden


def test_a_parent_with_the_full_plan_reads_every_change_since_her_copy(meijer: tuple[Werkmap, Path]) -> None:
    _, v3 = meijer
    eva = brief_aan(v3, "Eva")
    assert "U krijgt het volledige veiligheidsplan en ondersteuningsplan." in eva
    for zin in ("Nieuw: bodemeis B2", "Nieuw: afspraak A4", "Nieuw: incident I1",
                "Afspraak A1 (Mark haalt Lisa op zaterdag op bij oma Joke) hoort nu bij de fase "
                "risicogestuurd",
                "De volgende evaluatie is op 1 maart 2027."):
        assert zin in eva, zin


def test_each_letter_says_what_is_asked_sign_call_or_nothing(meijer: tuple[Werkmap, Path]) -> None:
    _, v3 = meijer
    eva, joke, lisa = (brief_aan(v3, naam) for naam in ("Eva", "Joke", "Lisa"))
    assert "Teken deze versie: akkoord, gezien of niet akkoord." in eva
    assert "Lukt een afspraak waarin uw naam staat (A1) niet, of ziet u een signaal? Bel dan Anna Kok" in joke
    assert "Teken" not in joke
    assert "Er wordt niets van je gevraagd." in lisa and "Beste Lisa," in lisa


def test_a_recipient_who_never_received_a_version_is_told_so(meijer: tuple[Werkmap, Path]) -> None:
    werkmap, _ = meijer
    plan = werkmap.lees_plan(KENMERK, 3)
    eerdere = [werkmap.lees_plan(KENMERK, versie) for versie in (1, 2)]
    deel = brieven(plan, eerdere)[0]
    assert deel.brief.vorige_versie is None and deel.brief.veranderingen == ()
    assert deel.brief.sinds.startswith("Dit is de eerste versie die u van ons krijgt.")


def test_the_letters_open_in_libreoffice(meijer: tuple[Werkmap, Path], tmp_path: Path) -> None:
    _, v3 = meijer
    naar_pdf(sorted(v3.glob("brief-*.docx"))[:2], tmp_path)


def test_a_recipient_of_the_ondersteuningsplan_alone_hears_only_of_its_changes() -> None:
    oud = volledig_plan()
    gegevens = oud.model_dump()
    gegevens["versie"] = 2
    gegevens["veiligheidsplan"]["afspraken"][0]["wanneer"] = "elke dag"
    gegevens["ondersteuningsplan"]["doelen"][0]["bereikt_als"] = "Noor slaapt elke nacht door."
    nieuw = Plan.model_validate(gegevens)
    ontvangen = Vastlegging(ontvangsten=tuple(
        Ontvangst(ontvanger=regel.naam, versie=1, datum=oud.datum, vorm="digitaal")
        for regel in oud.verspreidingslijst))
    per_naam = {deel.brief.naam: deel.brief for deel in brieven(nieuw, [oud], ontvangen)}
    a1, o1 = nieuw.veiligheidsplan.afspraken[0].id, nieuw.ondersteuningsplan.doelen[0].id
    anouk = per_naam["Anouk Visser"]  # receives the ondersteuningsplan only
    assert any(o1 in zin and "wanneer het bereikt is" in zin for zin in anouk.veranderingen)
    assert not any(a1 in zin for zin in anouk.veranderingen)
    sandra = per_naam["Sandra"]  # both plans
    assert any(a1 in zin for zin in sandra.veranderingen) and any(o1 in zin for zin in sandra.veranderingen)


def test_a_hostile_letter_template_prints_nothing_a_reader_of_a_readers_version_may_not_see(
        tmp_path: Path) -> None:
    """A team lead's letter that names the risicotaxatie, the meldcode, treatment and everyone's words
    still prints none of it in the letter to a network member, a child or the family."""
    from docx import Document

    from interview.versieset import render_documenten
    from tests.render.test_lezerszicht import VIJANDIG, alleen_volledig, verboden

    sjablonen = tmp_path / "sjablonen"
    sjablonen.mkdir()
    document = Document()
    for regel in VIJANDIG.splitlines():
        document.add_paragraph(regel)
    document.save(str(sjablonen / "brief.docx"))
    plan = alleen_volledig(volledig_plan())
    paden = {pad.name: pad for pad in render_documenten(plan, tmp_path / "uit", sjablonen)}
    for nummer, regel in enumerate(plan.verspreidingslijst, 1):
        if {"veiligheidsplan", "ondersteuningsplan"} & set(regel.documenten):
            continue
        tekst = leestekst(paden[f"brief-{plan.dossier.kenmerk}-v1-{nummer}.docx"])
        assert "RT:" in tekst, regel.naam  # the template did render
        assert [t for t in verboden(plan) if t in tekst] == [], regel.naam
