"""A worker runs a whole dossier: new dossier, five individual sessions, the netwerkberaad, documents.

Everything runs through the real `vplan` command: from answers files (no terminal), and in a
real pseudo-terminal for a session that is killed half-way and resumed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pexpect
import pytest
import yaml
from rich.console import Console

from interview.conduct import GesprekOnderbroken, Resultaat, Vraagstelling, lees_resultaat
from interview.conduct.journaal import begin, schrijf_antwoord
from interview.fouten import OngeldigeInvoer
from interview.gesprekken import individueel_gesprek, netwerkberaad, nieuw_dossier, vind_persoon
from interview.merge import Sessie, maak_overzicht
from interview.overzicht import toon_overzicht
from interview.store import Werkmap
from tests.documenten_lezen import bladwijzers, externe_links, tekst_van

ANTWOORDEN = Path(__file__).parent / "antwoorden"
KENMERK = "VP-2026-0101"
GESPREKKEN = [("Eva", "eva"), ("Mark", "mark"), ("Lisa", "lisa"), ("Joke", "joke"), ("Tom Bos", "tom")]


def vplan(*argumenten: str, werkmap: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The real command, without a terminal (stdin is not a tty)."""
    return subprocess.run(
        [sys.executable, "-m", "interview", *argumenten, "--werkmap", str(werkmap)],
        cwd=cwd, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120,
        env={**os.environ, "VPLAN_DEBUG": ""},
    )


def gesprekken_met(werkmap: Path, naam: str) -> list[Resultaat]:
    """Journals are named by number; who was spoken with is inside."""
    sessies = werkmap / KENMERK / "sessies"
    return [r for r in map(lees_resultaat, sorted(sessies.glob("gesprek-*.jsonl"))) if r.persoon == naam]


def gelukt(resultaat: subprocess.CompletedProcess[str]) -> str:
    assert resultaat.returncode == 0, resultaat.stderr
    assert "Traceback" not in resultaat.stderr
    return resultaat.stdout


@pytest.fixture
def dossier(tmp_path: Path) -> Path:
    werkmap = tmp_path / "werkmap"
    gelukt(vplan("nieuw", "--antwoorden", str(ANTWOORDEN / "dossier.yaml"), werkmap=werkmap, cwd=tmp_path))
    return werkmap


def test_a_whole_dossier_from_answers_files_ends_in_both_documents(tmp_path: Path, dossier: Path) -> None:
    for naam, bestand in GESPREKKEN:
        uit = gelukt(vplan("gesprek", KENMERK, "--met", naam, "--antwoorden",
                           str(ANTWOORDEN / f"{bestand}.yaml"), werkmap=dossier, cwd=tmp_path))
        assert f"Het gesprek met {naam} is afgerond" in uit
    uit = gelukt(vplan("netwerkberaad", KENMERK, "--antwoorden", str(ANTWOORDEN / "netwerkberaad.yaml"),
                       "--uitvoer", "uit", werkmap=dossier, cwd=tmp_path))
    assert "Planversie 1" in uit
    vp = tmp_path / "uit" / KENMERK / f"veiligheidsplan-{KENMERK}-v1.docx"
    op = tmp_path / "uit" / KENMERK / f"ondersteuningsplan-{KENMERK}-v1.docx"
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

    sessies = dossier / KENMERK / "sessies"
    for journaal in sessies.iterdir():
        assert journaal.stat().st_mode & 0o777 == 0o600
        assert lees_resultaat(journaal).afgerond if journaal.name.startswith("gesprek") else True


def test_without_a_terminal_and_without_answers_nothing_is_asked(tmp_path: Path, dossier: Path) -> None:
    resultaat = vplan("gesprek", KENMERK, "--met", "Eva", werkmap=dossier, cwd=tmp_path)
    assert resultaat.returncode == 1
    assert "geen terminal" in resultaat.stderr and "--antwoorden" in resultaat.stderr
    assert list((dossier / KENMERK / "sessies").glob("gesprek-*")) == []


@pytest.mark.parametrize(
    ("argumenten", "verwacht"),
    [
        (["gesprek", "VP-ONBEKEND", "--met", "Eva"], "VP-ONBEKEND"),
        (["gesprek", KENMERK, "--met", "Sandra"], "'Sandra' is geen (eenduidige) naam"),
        (["gesprek", KENMERK, "--met", "Eva", "--antwoorden", "fout-type.yaml"], "schaalscore"),
        (["netwerkberaad", KENMERK, "--antwoorden", "leeg.yaml"], "vp_aanleiding"),
    ],
)
def test_bad_input_to_a_session_is_one_dutch_error(
    tmp_path: Path, dossier: Path, argumenten: list[str], verwacht: str
) -> None:
    (tmp_path / "fout-type.yaml").write_text("schaalscore: heel hoog\n", encoding="utf-8")
    (tmp_path / "leeg.yaml").write_text("{}\n", encoding="utf-8")
    resultaat = vplan(*argumenten, werkmap=dossier, cwd=tmp_path)
    assert resultaat.returncode == 1
    assert verwacht in resultaat.stderr
    assert "Traceback" not in resultaat.stderr


def start_gesprek(werkmap: Path, cwd: Path, met: str = "Eva") -> pexpect.spawn:
    return pexpect.spawn(
        sys.executable, ["-m", "interview", "gesprek", KENMERK, "--met", met, "--werkmap", str(werkmap)],
        cwd=str(cwd), dimensions=(40, 200), encoding="utf-8", timeout=20,
    )


def test_a_session_killed_half_way_resumes_with_every_earlier_answer(tmp_path: Path, dossier: Path) -> None:
    eerste = start_gesprek(dossier, tmp_path)
    eerste.expect_exact("Wat is er gebeurd?")
    eerste.send("Hij schreeuwt & <slaat> deuren 😠\x1b\r")
    eerste.expect_exact("Wanneer was dat?")
    eerste.send("zaterdag\r")
    eerste.expect_exact("Nog een zorg?")
    eerste.kill(signal.SIGKILL)
    eerste.wait()

    tweede = start_gesprek(dossier, tmp_path)
    tweede.expect_exact("Verder waar u gebleven was")
    tweede.expect_exact("Nog een zorg?")
    derde = start_gesprek(dossier, tmp_path)  # the same session twice at once: the lock says no
    derde.expect_exact("Het gesprek met Eva is al geopend in een ander vplan-proces")
    derde.expect(pexpect.EOF)
    collega = start_gesprek(dossier, tmp_path, met="mark")  # another person, at the same time: fine
    collega.expect_exact("Wat is er gebeurd?")
    collega.sendcontrol("c")
    collega.expect(pexpect.EOF)
    tweede.sendcontrol("c")
    tweede.expect_exact("bewaard")
    tweede.expect(pexpect.EOF)
    tweede.close()
    assert tweede.exitstatus == 130

    met_eva = gesprekken_met(dossier, "Eva")
    assert len(met_eva) == 1
    antwoorden = met_eva[0].antwoorden
    assert antwoorden["zorgen"] == [{"wat": "Hij schreeuwt & <slaat> deuren 😠", "wanneer": "zaterdag"}]


class Werker:
    """The worker at the keyboard during the netwerkberaad: answers what the script names, skips
    optional questions the answers file left open, and closes the review."""

    def __init__(self, antwoorden: dict[str, list[object]]) -> None:
        self.antwoorden = antwoorden
        self.gevraagd: list[str] = []
        self.meldingen: list[str] = []

    def vraag(self, stelling: Vraagstelling) -> object:
        self.gevraagd.append(stelling.pad)
        if stelling.pad in self.antwoorden:
            return self.antwoorden[stelling.pad].pop(0)
        assert not stelling.vraag.verplicht, f"unexpected required question {stelling.pad}"
        return None

    def meld(self, tekst: str) -> None:
        self.meldingen.append(tekst)

    def kies_uit_overzicht(self, regels: Sequence[str]) -> int | None:
        return None


def test_a_plan_that_does_not_hold_asks_the_question_concerned_again(tmp_path: Path) -> None:
    werkmap = Werkmap(tmp_path / "werkmap")
    nieuw_dossier(werkmap, lambda: None, ANTWOORDEN / "dossier.yaml", print)
    for naam, bestand in GESPREKKEN:
        individueel_gesprek(werkmap, KENMERK, naam, lambda: None, ANTWOORDEN / f"{bestand}.yaml", print)
    beraad = yaml.safe_load((ANTWOORDEN / "netwerkberaad.yaml").read_text(encoding="utf-8"))
    del beraad["afspraken"][0]["dient"]  # the worker types it, and first gets it wrong
    (tmp_path / "beraad.yaml").write_text(yaml.safe_dump(beraad, allow_unicode=True), encoding="utf-8")
    werker = Werker({"afspraken[1].dient": ["Z9", "Z1, B1, D1"], "telefoon_1": ["06 2222 0003"]})

    plan = netwerkberaad(werkmap, KENMERK, lambda: werker, tmp_path / "beraad.yaml",
                         werker.meld, lambda overzicht: None)

    assert werker.gevraagd.count("afspraken[1].dient") == 2
    assert any("veiligheidsplan.afspraken[1].dient: 'Z9' is geen zorg" in m for m in werker.meldingen)
    assert plan.veiligheidsplan.afspraken[0].dient == ["Z1", "B1", "D1"]
    assert plan.dossier.netwerk[0].telefoon == "06 2222 0003"
    assert werkmap.lees_plan(KENMERK) == plan


def test_a_name_may_be_typed_in_any_case_or_shortened_when_only_one_person_fits(tmp_path: Path) -> None:
    werkmap = Werkmap(tmp_path / "werkmap")
    dossier = nieuw_dossier(werkmap, lambda: None, ANTWOORDEN / "dossier.yaml", print)
    assert vind_persoon(dossier, "mark") == "Mark"
    assert vind_persoon(dossier, "tom") == "Tom Bos"
    with pytest.raises(OngeldigeInvoer, match="eenduidige"):
        vind_persoon(dossier, "Sandra")


def test_a_second_session_with_the_same_person_needs_to_be_asked_for(tmp_path: Path, dossier: Path) -> None:
    eva = ("gesprek", KENMERK, "--met", "Eva", "--antwoorden", str(ANTWOORDEN / "eva.yaml"))
    gelukt(vplan(*eva, werkmap=dossier, cwd=tmp_path))
    nogmaals = vplan(*eva, werkmap=dossier, cwd=tmp_path)
    assert nogmaals.returncode == 1 and "--opnieuw" in nogmaals.stderr
    gelukt(vplan(*eva, "--opnieuw", werkmap=dossier, cwd=tmp_path))
    assert len(gesprekken_met(dossier, "Eva")) == 2


def test_a_new_dossier_from_a_file_leaves_an_unfinished_one_alone(tmp_path: Path) -> None:
    """Someone began `vplan nieuw` at the keyboard and stopped; a script runs in the meantime."""
    werkmap = Werkmap(tmp_path / "werkmap")
    onaf = tmp_path / "werkmap" / ".nieuw" / "dossier-20261125-090000.jsonl"
    begin(onaf, "dossier", "")
    schrijf_antwoord(onaf, "kenmerk", "VP-2026-0999")
    inhoud = onaf.read_bytes()

    dossier = nieuw_dossier(werkmap, lambda: None, ANTWOORDEN / "dossier.yaml", print)

    assert dossier.gezinsnaam == "Gezin Meijer"
    assert onaf.read_bytes() == inhoud
    with pytest.raises(OngeldigeInvoer) as fout:
        nieuw_dossier(werkmap, lambda: None, ANTWOORDEN / "dossier.yaml", print)
    assert fout.value.details == ["kenmerk: dossier VP-2026-0101 bestaat al; kies een ander kenmerk"]
    assert onaf.read_bytes() == inhoud
    assert sorted(p.name for p in onaf.parent.iterdir()) == [onaf.name]


@pytest.fixture
def met_gesprekken(tmp_path: Path) -> Werkmap:
    """The Meijer dossier with its five individual sessions, in process and from answers files."""
    werkmap = Werkmap(tmp_path / "werkmap")
    nieuw_dossier(werkmap, lambda: None, ANTWOORDEN / "dossier.yaml", print)
    for naam, bestand in GESPREKKEN:
        individueel_gesprek(werkmap, KENMERK, naam, lambda: None, ANTWOORDEN / f"{bestand}.yaml", print)
    return werkmap


def beraad_zonder(tmp_path: Path, *vragen: str) -> Path:
    beraad = yaml.safe_load((ANTWOORDEN / "netwerkberaad.yaml").read_text(encoding="utf-8"))
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
        netwerkberaad(met_gesprekken, KENMERK, lambda: eerste, beraad, eerste.meld, lambda o: None)

    tweede = Werker({"vp_aanleiding": ["Ruzie bij de overdracht."]})
    plan = netwerkberaad(met_gesprekken, KENMERK, lambda: tweede, beraad, tweede.meld, lambda o: None)

    assert "telefoon_1" not in tweede.gevraagd
    assert plan.dossier.netwerk[0].telefoon == "06 9999 0003"


def test_a_failing_answers_file_leaves_the_typed_joint_session_alone(
    tmp_path: Path, met_gesprekken: Werkmap
) -> None:
    getypt = met_gesprekken.pad / KENMERK / "sessies" / "netwerkberaad.jsonl"
    begin(getypt, "netwerkberaad", "")
    schrijf_antwoord(getypt, "vp_aanleiding", "Wat de werker al typte")
    inhoud = getypt.read_bytes()
    beraad = yaml.safe_load((ANTWOORDEN / "netwerkberaad.yaml").read_text(encoding="utf-8"))
    beraad["afspraken"][0]["dient"] = "Z9"
    (tmp_path / "fout.yaml").write_text(yaml.safe_dump(beraad, allow_unicode=True), encoding="utf-8")

    with pytest.raises(OngeldigeInvoer):
        netwerkberaad(met_gesprekken, KENMERK, lambda: None, tmp_path / "fout.yaml", print, lambda o: None)

    assert getypt.read_bytes() == inhoud
    assert sorted(p.name for p in getypt.parent.glob("netwerkberaad*")) == ["netwerkberaad.jsonl"]


def test_an_empty_journal_left_by_a_kill_blocks_nobody(tmp_path: Path, met_gesprekken: Werkmap) -> None:
    (met_gesprekken.pad / KENMERK / "sessies" / "gesprek-099.jsonl").write_bytes(b"")
    resultaat = individueel_gesprek(met_gesprekken, KENMERK, "Joke", lambda: None,
                                    ANTWOORDEN / "joke.yaml", print, opnieuw=True)
    assert resultaat.afgerond


def test_what_people_said_is_shown_literally_in_the_overview(met_gesprekken: Werkmap) -> None:
    gezegd = "Hij zegt [/] niks :bomb: [red]rood[/red]"
    sessie = Sessie("gesprek-001", "ouder", "Eva", {"zorgen": [gezegd]})
    console = Console(record=True, width=200)
    toon_overzicht(maak_overzicht(met_gesprekken.lees_dossier(KENMERK), [sessie]), console)
    assert gezegd in console.export_text()


def test_a_hand_edited_answer_the_overview_cannot_show_is_reported_at_the_netwerkberaad(
    met_gesprekken: Werkmap
) -> None:
    joke = next(j for j in (met_gesprekken.pad / KENMERK / "sessies").glob("gesprek-*.jsonl")
                if lees_resultaat(j).persoon == "Joke")
    schrijf_antwoord(joke, "schaalscore", "zeven")  # someone edited the journal by hand
    meldingen: list[str] = []
    netwerkberaad(met_gesprekken, KENMERK, lambda: None, ANTWOORDEN / "netwerkberaad.yaml",
                  meldingen.append, lambda o: None)
    assert (f"Let op: in het gesprek met Joke ({joke.stem}) is het antwoord op 'schaalscore' geen geheel "
            "getal van 0 tot en met 10; het staat niet in het overzicht.") in meldingen


class Hervatter(Werker):
    """At the keyboard: says yes or no to going on with an unfinished new dossier."""

    def __init__(self, hervat: bool) -> None:
        super().__init__({})
        self.hervat = hervat

    def vraag(self, stelling: Vraagstelling) -> object:
        if stelling.pad == "hervat":
            self.gevraagd.append("hervat")
            return self.hervat
        raise KeyboardInterrupt  # stop right after the choice: what matters is which journal runs


def test_an_unfinished_new_dossier_is_offered_unless_a_colleague_is_filling_it_in(tmp_path: Path) -> None:
    werkmap = Werkmap(tmp_path / "werkmap")
    onaf = werkmap.nieuw_map / "dossier-20261125-090000.jsonl"
    begin(onaf, "dossier", "")
    schrijf_antwoord(onaf, "kenmerk", "VP-2026-0999")

    with werkmap.slot_nieuw(onaf):  # a colleague has it open: it is not offered
        collega = Hervatter(True)
        with pytest.raises(GesprekOnderbroken):
            nieuw_dossier(werkmap, lambda: collega, None, collega.meld)
        assert "hervat" not in collega.gevraagd

    werker = Hervatter(True)
    with pytest.raises(GesprekOnderbroken) as onderbroken:
        nieuw_dossier(werkmap, lambda: werker, None, werker.meld)
    assert werker.gevraagd == ["hervat"]
    assert onderbroken.value.antwoorden["kenmerk"] == "VP-2026-0999"


def test_people_named_as_network_in_a_session_can_join_the_plan(
    tmp_path: Path, met_gesprekken: Werkmap
) -> None:
    (tmp_path / "tom2.yaml").write_text(yaml.safe_dump({
        "zorgen": ["Lisa is nog steeds moe."], "goed": [{"wat": "Ze lacht weer.", "soort": "kracht"}],
        "ideeen": [], "schaalscore": 6, "schaal_toelichting": "Gaat goed.",
        "netwerk": [{"naam": "Bas", "relatie": "voetbaltrainer van Lisa", "telefoon": "06 1234 5678"}],
    }, allow_unicode=True), encoding="utf-8")
    individueel_gesprek(met_gesprekken, KENMERK, "Tom Bos", lambda: None, tmp_path / "tom2.yaml", print,
                        opnieuw=True)
    werker = Werker({"netwerk": [["Bas"]], "telefoon_1": ["06 2222 0003"]})

    plan = netwerkberaad(met_gesprekken, KENMERK, lambda: werker, ANTWOORDEN / "netwerkberaad.yaml",
                         werker.meld, lambda o: None)

    bas = next(lid for lid in plan.dossier.netwerk if lid.naam == "Bas")
    assert (bas.relatie, bas.telefoon) == ("voetbaltrainer van Lisa", "06 1234 5678")
    assert "Bas" in plan.dossier.personen
    # Afspraken keep the order the group made them in, whichever plan they went to.
    assert [a.id for a in plan.veiligheidsplan.afspraken] == ["A1"]
    assert [a.id for a in plan.ondersteuningsplan.afspraken] == ["A2"]
