"""`vplan netwerkberaad`: five sessions become plan version 1 and both documents.

A whole dossier runs through the real `vplan` from answers files; in process, the worker at the
keyboard mends a plan that does not hold, settles conflicting phone numbers and widens the network.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from docx import Document
from rich.console import Console

from interview.cli.naast_elkaar import toon_overzicht
from interview.conduct import GesprekOnderbroken, Vraagstelling, lees_resultaat
from interview.conduct.journaal import begin, schrijf_antwoord
from interview.fouten import OngeldigeInvoer, SjabloonFout
from interview.merge.inbreng import maak_overzicht
from interview.merge.sessie import Sessie
from interview.render.sjabloonmap import SJABLONEN_VARIABELE, standaard_sjablonen
from interview.stappen.frame import Stapcontext
from interview.stappen.gesprek import individueel_gesprek
from interview.stappen.netwerkberaad import netwerkberaad
from interview.store import Werkmap
from tests.helpers import (
    ANTWOORDEN,
    GESPREKKEN,
    KENMERK,
    Kijker,
    Werker,
    beraad_antwoorden,
    bladwijzers,
    externe_links,
    gelukt,
    gesprekken_gehouden,
    tekst_van,
    vplan,
)


def test_a_whole_dossier_from_answers_files_ends_in_both_documents(tmp_path: Path, dossier: Path) -> None:
    for naam, bestand in GESPREKKEN:
        uit = gelukt(vplan("gesprek", KENMERK, "--met", naam, "--antwoorden",
                           str(ANTWOORDEN / f"{bestand}.yaml"), werkmap=dossier, cwd=tmp_path))
        assert f"Het gesprek met {naam} is afgerond" in uit
    uit = gelukt(vplan("netwerkberaad", KENMERK, "--antwoorden", str(ANTWOORDEN / "netwerkberaad.yaml"),
                       "--uitvoer", "uit", werkmap=dossier, cwd=tmp_path))
    assert "Planversie 1" in uit
    vp = tmp_path / "uit" / KENMERK / "v1" / f"veiligheidsplan-{KENMERK}-v1.docx"
    op = tmp_path / "uit" / KENMERK / "v1" / f"ondersteuningsplan-{KENMERK}-v1.docx"
    assert str(vp.relative_to(tmp_path)) in uit

    veiligheidsplan = tekst_van(vp)
    # Chosen statements come in literally, with who said them ...
    assert "Mark schreeuwt tegen mij als hij Lisa komt halen & Lisa huilt dan." in veiligheidsplan
    assert "wanneer: elke zaterdag" in veiligheidsplan
    assert "Als papa en mama ruzie maken, verstop ik me onder de tafel." in veiligheidsplan
    # ... and what Mark said alone, and nobody chose, stays out of the plan.
    assert "Eva laat Lisa niet altijd naar me toe komen" not in veiligheidsplan + tekst_van(op)
    # Every score keeps its name; nothing is averaged.
    for naam, score in (("Eva", "5"), ("Mark", "7"), ("Lisa", "4"), ("Anna Kok", "5"), ("Eva", "6")):
        assert f"{naam} {score}" in veiligheidsplan
    assert "Ik ben nooit {{ gewelddadig }} geweest." in veiligheidsplan
    # The group's placement: A1 in the veiligheidsplan, A2 in the ondersteuningsplan, linked.
    assert {"Z1", "D1", "B1", "A1"} <= bladwijzers(vp)
    assert {"O1", "A2"} <= bladwijzers(op)
    assert f"veiligheidsplan-{KENMERK}-v1.docx#Z1" in externe_links(op)
    assert "Lisa heeft goede vriendinnen in de klas." in tekst_van(op)
    # The gesprekken held: every individual session and the netwerkberaad itself; each child seen.
    for naam, _ in GESPREKKEN:
        assert f"individueel gesprek {naam}" in veiligheidsplan
    assert "netwerkberaad gezin en netwerk" in veiligheidsplan
    assert "Met elk kind is gesproken." in veiligheidsplan
    # Each recipient gets their own version, the way the group said; Lisa her own account.
    verspreiding = "".join(veiligheidsplan.split())
    for rij in ("EvaMeijermoedermeegegevenvolledig(beideplannen),gezinsversie",
                "LisaMeijerkind(9jaar)mondeling",
                "Jokeoma(moedervanEva)perpostnetwerkversie"):
        assert rij in verspreiding
    assert [(v.naam, v.vorm) for v in Werkmap(dossier).lees_plan(KENMERK).verspreidingslijst if v.vorm] == [
        ("Mark", "post"), ("Joke", "post"), ("Lisa", "mondeling")]
    lisa = tekst_van(tmp_path / "uit" / KENMERK / "v1" / f"kinderversie-{KENMERK}-v1-1.docx")
    assert "Papa heeft mama pijn gedaan. Dat mag niet." in lisa and "Thuis gebeurden dingen" not in lisa

    sessies = dossier / KENMERK / "sessies"
    for journaal in sessies.iterdir():
        assert journaal.stat().st_mode & 0o777 == 0o600
        assert lees_resultaat(journaal).afgerond if journaal.name.startswith("gesprek") else True


def test_a_number_that_is_not_in_the_plan_cannot_be_picked(tmp_path: Path) -> None:
    """Issue 8 item 2: the numbers an afspraak serves are picked from the items made so far."""
    werkmap = gesprekken_gehouden(tmp_path)
    beraad = beraad_antwoorden()
    del beraad["afspraken"][0]["dient"]  # the worker picks it, and first names a zorg that is not there
    (tmp_path / "beraad.yaml").write_text(yaml.safe_dump(beraad, allow_unicode=True), encoding="utf-8")
    werker = Werker({"afspraken[1].dient": [["Z9"], ["Z1", "B1", "D1"]], "telefoon_1": ["06 2222 0003"]})

    plan = netwerkberaad(Stapcontext(werkmap, lambda: werker, tmp_path / "beraad.yaml", werker.meld),
                         KENMERK, lambda overzicht: None).plan

    assert werker.gevraagd.count("afspraken[1].dient") == 2
    assert "'Z9' is geen van de keuzes." in werker.meldingen
    assert plan.veiligheidsplan.afspraken[0].dient == ["Z1", "B1", "D1"]
    assert plan.dossier.netwerk[0].telefoon == "06 2222 0003"
    assert werkmap.lees_plan(KENMERK) == plan


def test_a_doel_and_an_afspraak_pick_the_items_made_minutes_earlier_with_their_titles(tmp_path: Path) -> None:
    """Issue 8 item 2: the zorg of a doel and what an afspraak serves come from this session's items."""
    werkmap = gesprekken_gehouden(tmp_path)
    beraad = beraad_antwoorden()
    del beraad["veiligheidsdoelen"][0]["zorg"]
    del beraad["afspraken"][0]["dient"]
    (tmp_path / "beraad.yaml").write_text(yaml.safe_dump(beraad, allow_unicode=True), encoding="utf-8")
    werker = Kijker({"veiligheidsdoelen[1].zorg": ["Z1"], "afspraken[1].dient": [["Z1", "B1", "D1", "O1"]],
                     "telefoon_1": ["06 2222 0003"]})

    plan = netwerkberaad(Stapcontext(werkmap, lambda: werker, tmp_path / "beraad.yaml", werker.meld),
                         KENMERK, lambda overzicht: None).plan

    assert werker.keuzes["veiligheidsdoelen[1].zorg"] == [("Z1", "Z1: Ruzie bij de overdracht")]
    assert werker.keuzes["afspraken[1].dient"] == [
        ("Z1", "Z1: Ruzie bij de overdracht"),
        ("B1", "B1: Er wordt niet geschreeuwd waar Lisa bij is."),
        ("D1", "D1: Lisa wordt overgedragen zonder ruzie."),
        ("O1", "O1: Lisa heeft plezier op school en bij allebei haar ouders."),
    ]
    assert plan.veiligheidsplan.veiligheidsdoelen[0].zorg == "Z1"
    assert plan.veiligheidsplan.afspraken[0].dient == ["Z1", "B1", "D1", "O1"]


def beraad_zonder(tmp_path: Path, *vragen: str) -> Path:
    beraad = beraad_antwoorden()
    for vraag in vragen:
        del beraad[vraag]
    pad = tmp_path / "beraad.yaml"
    pad.write_text(yaml.safe_dump(beraad, allow_unicode=True), encoding="utf-8")
    return pad


class Onderbreker(Werker):
    def vraag(self, stelling: Vraagstelling) -> object:
        if stelling.pad == "vp_aanleiding":
            raise KeyboardInterrupt
        return super().vraag(stelling)


def test_a_phone_number_chosen_before_an_interruption_stands(tmp_path: Path, met_gesprekken: Werkmap) -> None:
    beraad = beraad_zonder(tmp_path, "vp_aanleiding")
    eerste = Onderbreker({"telefoon_1": ["06 9999 0003"]})
    with pytest.raises(GesprekOnderbroken):
        netwerkberaad(Stapcontext(met_gesprekken, lambda: eerste, beraad, eerste.meld),
                      KENMERK, lambda o: None)

    tweede = Werker({"vp_aanleiding": ["Ruzie bij de overdracht."]})
    plan = netwerkberaad(Stapcontext(met_gesprekken, lambda: tweede, beraad, tweede.meld),
                         KENMERK, lambda o: None).plan

    assert "telefoon_1" not in tweede.gevraagd
    assert plan.dossier.netwerk[0].telefoon == "06 9999 0003"


def test_a_failing_answers_file_leaves_the_typed_joint_session_alone(
    tmp_path: Path, met_gesprekken: Werkmap
) -> None:
    getypt = met_gesprekken.pad / KENMERK / "sessies" / "netwerkberaad.jsonl"
    begin(getypt, "netwerkberaad", "")
    schrijf_antwoord(getypt, "vp_aanleiding", "Wat de werker al typte")
    inhoud = getypt.read_bytes()
    beraad = beraad_antwoorden()
    beraad["afspraken"][0]["dient"] = "Z9"
    (tmp_path / "fout.yaml").write_text(yaml.safe_dump(beraad, allow_unicode=True), encoding="utf-8")

    with pytest.raises(OngeldigeInvoer):
        netwerkberaad(Stapcontext(met_gesprekken, lambda: None, tmp_path / "fout.yaml", print),
                      KENMERK, lambda o: None)

    assert getypt.read_bytes() == inhoud
    assert sorted(p.name for p in getypt.parent.glob("netwerkberaad*")) == ["netwerkberaad.jsonl"]


def test_what_people_said_is_shown_literally_in_the_overview(met_gesprekken: Werkmap) -> None:
    gezegd = "Hij zegt [/] niks :bomb: [red]rood[/red]"
    sessie = Sessie("gesprek-001", "ouder", "Eva", {"zorgen": [{"wat": gezegd, "delen": "ook gezinsversie"}]})
    console = Console(record=True, width=200)
    toon_overzicht(maak_overzicht(met_gesprekken.lees_dossier(KENMERK), [sessie]), console)
    assert gezegd in console.export_text()


def test_people_named_as_network_in_a_session_can_join_the_plan(
    tmp_path: Path, met_gesprekken: Werkmap
) -> None:
    (tmp_path / "tom2.yaml").write_text(yaml.safe_dump({
        "zorgen": ["Lisa is nog steeds moe."], "goed": [{"wat": "Ze lacht weer.", "soort": "kracht"}],
        "ideeen": [], "schaalscore": 6, "schaal_toelichting": "Gaat goed.",
        "netwerk": [{"naam": "Bas", "relatie": "voetbaltrainer van Lisa", "telefoon": "06 1234 5678"}],
    }, allow_unicode=True), encoding="utf-8")
    individueel_gesprek(Stapcontext(met_gesprekken, lambda: None, tmp_path / "tom2.yaml", print),
                        KENMERK, "Tom Bos", opnieuw=True)
    werker = Werker({"netwerk": [["Bas"]], "telefoon_1": ["06 2222 0003"]})
    beraad = {**beraad_antwoorden(), "op_krachten_uit_gesprekken": [], "op_zorgen_uit_gesprekken": []}
    beraad["op_zorgen"] = [{"omschrijving": "Lisa is maandags moe.", "beschreven_door": ["Tom Bos"]}]
    (tmp_path / "beraad.yaml").write_text(yaml.safe_dump(beraad, allow_unicode=True), encoding="utf-8")

    plan = netwerkberaad(Stapcontext(met_gesprekken, lambda: werker, tmp_path / "beraad.yaml", werker.meld),
                         KENMERK, lambda o: None).plan

    bas = next(lid for lid in plan.dossier.netwerk if lid.naam == "Bas")
    assert (bas.relatie, bas.telefoon) == ("voetbaltrainer van Lisa", "06 1234 5678")
    assert "Bas" in plan.dossier.personen
    # Afspraken keep the order the group made them in, whichever plan they went to.
    assert [a.id for a in plan.veiligheidsplan.afspraken] == ["A1"]
    assert [a.id for a in plan.ondersteuningsplan.afspraken] == ["A2"]


def test_a_template_that_cannot_render_the_plan_stores_nothing(
    tmp_path: Path, met_gesprekken: Werkmap, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The team lead broke the veiligheidsplan: the group's plan is not stored half-usable.

    (A template missing from the team folder is no longer an error: the shipped one is used.)
    """
    sjablonen = tmp_path / "sjablonen"
    sjablonen.mkdir()
    shutil.copy(standaard_sjablonen() / "ondersteuningsplan.docx", sjablonen)
    document = Document()
    document.add_paragraph("{{ plan.bestaat_niet }}")
    document.save(str(sjablonen / "veiligheidsplan.docx"))
    monkeypatch.setenv(SJABLONEN_VARIABELE, str(sjablonen))

    with pytest.raises(SjabloonFout, match=r"veiligheidsplan\.docx") as fout:
        netwerkberaad(Stapcontext(met_gesprekken, lambda: None, ANTWOORDEN / "netwerkberaad.yaml", print),
                      KENMERK, lambda o: None)

    assert "het plan is nog niet bewaard" in fout.value.details[-1]
    assert met_gesprekken.versies(KENMERK) == []


def test_a_hand_edited_answer_the_overview_cannot_show_is_reported_at_the_netwerkberaad(
    met_gesprekken: Werkmap
) -> None:
    joke = next(j for j in (met_gesprekken.pad / KENMERK / "sessies").glob("gesprek-*.jsonl")
                if lees_resultaat(j).persoon == "Joke")
    schrijf_antwoord(joke, "schaalscore", "zeven")  # someone edited the journal by hand
    meldingen: list[str] = []
    netwerkberaad(Stapcontext(met_gesprekken, lambda: None,
                              ANTWOORDEN / "netwerkberaad.yaml", meldingen.append),
                  KENMERK, lambda o: None)
    assert (f"Let op: in het gesprek met Joke ({joke.stem}) is het antwoord op 'schaalscore' geen geheel "
            "getal van 0 tot en met 10; het staat niet in het overzicht.") in meldingen


class Terugkijker(Werker):
    """Types :overzicht at the first question of each part, then answers as a Werker."""

    def __init__(self, antwoorden: dict[str, list[object]]) -> None:
        super().__init__(antwoorden)
        self.getypt: set[str] = set()

    def vraag(self, stelling: Vraagstelling) -> object:
        if stelling.pad in ("telefoon_1", "vp_aanleiding") and stelling.pad not in self.getypt:
            self.getypt.add(stelling.pad)
            return next(o for o in stelling.opdrachten if o.woord == ":overzicht")
        return super().vraag(stelling)


def test_the_overview_comes_back_at_any_prompt_with_overzicht(
    tmp_path: Path, met_gesprekken: Werkmap
) -> None:
    werker = Terugkijker({"telefoon_1": ["06 2222 0003"], "vp_aanleiding": ["Ruzie bij de overdracht."]})
    getoond: list[object] = []

    plan = netwerkberaad(Stapcontext(met_gesprekken, lambda: werker,
                                     beraad_zonder(tmp_path, "vp_aanleiding"), werker.meld),
                         KENMERK, getoond.append).plan

    assert len(getoond) == 3  # before the first question, and twice on request
    assert getoond[0] is getoond[1] is getoond[2]
    assert plan.veiligheidsplan.aanleiding == "Ruzie bij de overdracht."


def test_the_netwerkberaad_uses_the_team_templates_given_on_the_command_line(
    tmp_path: Path, met_gesprekken: Werkmap, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`vplan netwerkberaad --sjablonen MAP`: the team's templates are checked before storing."""
    monkeypatch.delenv(SJABLONEN_VARIABELE, raising=False)
    sjablonen = tmp_path / "team"
    sjablonen.mkdir()
    document = Document()
    document.add_paragraph("{{ plan.bestaat_niet }}")
    document.save(str(sjablonen / "Veiligheidsplan.docx"))

    resultaat = vplan("netwerkberaad", KENMERK, "--antwoorden", str(ANTWOORDEN / "netwerkberaad.yaml"),
                      "--sjablonen", str(sjablonen), werkmap=met_gesprekken.pad, cwd=tmp_path)

    assert resultaat.returncode == 1
    assert "Veiligheidsplan.docx" in resultaat.stderr and "bestaat_niet" in resultaat.stderr
    assert met_gesprekken.versies(KENMERK) == []
