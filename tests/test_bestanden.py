"""Writing on a disk that misbehaves: short writes, a full disk, and links where vplan writes."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from interview import bestanden
from interview.bestanden import kort_in, schrijf_atomisch, schrijf_nieuw, vergrendel, voeg_regel_toe
from interview.cli import main
from interview.conduct import journaal, lees_resultaat, voer_uit
from interview.fouten import DossierBezet, Schijffout
from interview.stappen.frame import Stapcontext
from interview.stappen.nieuw import nieuw_dossier
from interview.store import Werkmap
from tests.helpers import GescriptePrompter, maak_vragenlijst

ANTWOORDEN = Path(__file__).parent / "antwoorden"
KENMERK = "VP-2026-0101"
ECHTE_WRITE = os.write


class Schijf:
    """Stands in for os.write: the disk can be nearly full (writes stop short) or full (ENOSPC)."""

    def __init__(self) -> None:
        self.ruimte: int | None = None  # bytes left; None: plenty
        self.haperen = False  # every write stops short after a few bytes, as under memory pressure

    def write(self, descriptor: int, gegevens: Any) -> int:
        gegevens = bytes(gegevens)
        if self.ruimte == 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        deel = gegevens[:7] if self.haperen else gegevens
        if self.ruimte is not None:
            deel = deel[:self.ruimte]
            self.ruimte -= len(deel)
        return ECHTE_WRITE(descriptor, deel)


@pytest.fixture
def schijf(monkeypatch: pytest.MonkeyPatch) -> Iterator[Schijf]:
    nep = Schijf()
    monkeypatch.setattr(bestanden.os, "write", nep.write)
    yield nep


def gesprek_met_een_antwoord(map_: Path, persoon: str = "Sandra") -> Path:
    pad = map_ / "sessies" / "gesprek-001.jsonl"
    journaal.begin(pad, "ouder", persoon)
    journaal.schrijf_antwoord(pad, "zorgen[1].wat", "Hij schreeuwt")
    return pad


# --- Short writes and a full disk ---------------------------------------------------------------------


def test_writes_that_stop_short_still_give_whole_lines(tmp_path: Path, schijf: Schijf) -> None:
    schijf.haperen = True
    pad = gesprek_met_een_antwoord(tmp_path)
    journaal.schrijf_antwoord(pad, "schaalscore", 4)

    inhoud = journaal.lees_journaal(pad)

    assert inhoud is not None and not inhoud.onvolledig
    assert inhoud.antwoorden == {"zorgen[1].wat": "Hij schreeuwt", "schaalscore": 4}


@pytest.mark.parametrize(("storing", "reden"), [("vol", "de schijf is vol"),
                                                 ("fsync", "leesfout of schrijffout")])
def test_an_answer_the_disk_refuses_is_not_saved_and_the_journal_stays_whole(
    tmp_path: Path, schijf: Schijf, monkeypatch: pytest.MonkeyPatch, storing: str, reden: str
) -> None:
    pad = gesprek_met_een_antwoord(tmp_path)
    eerder = pad.read_bytes()
    if storing == "vol":
        schijf.ruimte = 12  # half an answer fits, then the disk is full
    else:
        monkeypatch.setattr(bestanden.os, "fsync", lambda _: (_ for _ in ()).throw(OSError(errno.EIO, "I/O")))

    with pytest.raises(Schijffout) as fout:
        journaal.schrijf_antwoord(pad, "zorgen[1].wanneer", "Elke zaterdag na het voetbal")

    assert reden in fout.value.bericht and "niet bewaard" in fout.value.bericht
    assert str(pad) in fout.value.bericht and "zaterdag" not in fout.value.bericht
    assert pad.read_bytes() == eerder
    monkeypatch.undo()
    journaal.schrijf_antwoord(pad, "schaalscore", 4)  # room again: the journal goes on, not blocked
    inhoud = journaal.lees_journaal(pad)
    assert inhoud is not None and inhoud.antwoorden == {"zorgen[1].wat": "Hij schreeuwt", "schaalscore": 4}


class VolBij(GescriptePrompter):
    """Plays a script; while asking `vraag` the disk runs full, so the answer cannot be saved."""

    def __init__(self, script: list[Any], vraag: str, schijf: Schijf) -> None:
        super().__init__(script)
        self.vol_bij, self.schijf = vraag, schijf

    def vraag(self, stelling: Any) -> Any:
        if stelling.pad == self.vol_bij:
            self.schijf.ruimte = 20
        return super().vraag(stelling)


def test_a_session_on_a_full_disk_stops_and_resumes_at_the_answer_that_was_not_saved(
    tmp_path: Path, schijf: Schijf
) -> None:
    lijst = maak_vragenlijst(tmp_path, """
        id: kort
        titel: Kort gesprek
        inleiding: Twee vragen.
        vragen:
          - {id: naam, tekst: Naam, soort: kort}
          - {id: zorg, tekst: Zorg, soort: lang}
    """)
    pad = tmp_path / "gesprek-001.jsonl"
    with pytest.raises(Schijffout):
        voer_uit(lijst, pad, VolBij([("naam", "Sandra"), ("zorg", "Hij drinkt")], "zorg", schijf))

    schijf.ruimte = None
    verder = GescriptePrompter([("zorg", "Hij drinkt")])
    resultaat = voer_uit(lijst, pad, verder)

    assert verder.gestelde_paden == ["zorg"]
    assert resultaat.antwoorden == {"naam": "Sandra", "zorg": "Hij drinkt"}


def test_a_short_write_during_a_real_session_leaves_a_journal_the_netwerkberaad_can_read(
    tmp_path: Path, schijf: Schijf, capsys: pytest.CaptureFixture[str]
) -> None:
    """A nearly full disk: one answer's line is written in two goes, as Linux may do."""
    werkmap = Werkmap(tmp_path / "werkmap")
    nieuw_dossier(Stapcontext(werkmap, lambda: None, ANTWOORDEN / "dossier.yaml", print))
    schijf.haperen = True

    code = main(["gesprek", KENMERK, "--met", "Eva", "--antwoorden", str(ANTWOORDEN / "eva.yaml"),
                 "--werkmap", str(werkmap.pad)])

    assert code == 0, capsys.readouterr().err
    (gesprek,) = (werkmap.pad / KENMERK / "sessies").glob("gesprek-*.jsonl")
    assert lees_resultaat(gesprek).afgerond


def test_a_full_disk_at_the_start_of_a_session_is_one_dutch_line_and_leaves_no_journal(
    tmp_path: Path, schijf: Schijf, capsys: pytest.CaptureFixture[str]
) -> None:
    werkmap = Werkmap(tmp_path / "werkmap")
    nieuw_dossier(Stapcontext(werkmap, lambda: None, ANTWOORDEN / "dossier.yaml", print))
    schijf.ruimte = 0

    code = main(["gesprek", KENMERK, "--met", "Eva", "--antwoorden", str(ANTWOORDEN / "eva.yaml"),
                 "--werkmap", str(werkmap.pad)])

    fout = capsys.readouterr().err
    assert code == 1 and fout.startswith("vplan: ") and "de schijf is vol" in fout
    assert "Traceback" not in fout
    assert list((werkmap.pad / KENMERK / "sessies").glob("gesprek-*")) == []


# --- Links where vplan writes --------------------------------------------------------------------------


def via_slot(pad: Path) -> None:
    with Werkmap(pad.parent).slot_nieuw(pad.with_suffix(".jsonl")):
        pass


SCHRIJVERS: dict[str, tuple[str, Callable[[Path], object]]] = {
    "gespreksverslag": ("gesprek-001.jsonl", lambda pad: voeg_regel_toe(pad, "{}")),
    "afgekapt gespreksverslag": ("gesprek-001.jsonl", lambda pad: kort_in(pad, 0)),
    "document": ("veiligheidsplan.docx", lambda pad: schrijf_atomisch(pad, b"nieuw")),
    "planversie": ("plan-v2.json", lambda pad: schrijf_nieuw(pad, b"nieuw")),
    "slot": ("dossier-001.slot", via_slot),
}


@pytest.mark.parametrize("soort", SCHRIJVERS)
def test_a_link_where_vplan_writes_is_refused_and_its_target_left_alone(tmp_path: Path, soort: str) -> None:
    naam, schrijf = SCHRIJVERS[soort]
    buiten = tmp_path / "buiten" / "ander-bestand"
    buiten.parent.mkdir()
    buiten.write_bytes(b"van iemand anders\n")
    link = tmp_path / "werkmap" / naam
    link.parent.mkdir()
    link.symlink_to(buiten)

    with pytest.raises(OSError) as fout:
        schrijf(link)

    assert fout.value.errno == errno.ELOOP
    assert buiten.read_bytes() == b"van iemand anders\n"
    assert link.is_symlink()
    assert sorted(p.name for p in link.parent.iterdir()) == [naam]


def test_an_open_session_linked_outside_the_werkmap_gets_a_dutch_error_and_no_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    werkmap = Werkmap(tmp_path / "werkmap")
    nieuw_dossier(Stapcontext(werkmap, lambda: None, ANTWOORDEN / "dossier.yaml", print))
    buiten = gesprek_met_een_antwoord(tmp_path / "buiten" / KENMERK, "Eva")  # its header names this dossier
    buiten_inhoud = buiten.read_bytes()
    werkmap.journalen(KENMERK).vast("gesprek-001").symlink_to(buiten)

    code = main(["gesprek", KENMERK, "--met", "Eva", "--antwoorden", str(ANTWOORDEN / "eva.yaml"),
                 "--werkmap", str(werkmap.pad)])

    fout = capsys.readouterr().err
    assert code == 1 and "symbolische link" in fout and "gesprek-001.jsonl" in fout
    assert buiten.read_bytes() == buiten_inhoud


HOUDER = """
import sys
from pathlib import Path
from interview.bestanden import vergrendel
with vergrendel(Path(sys.argv[1]), "bezet", gedeeld=sys.argv[2] == "gedeeld"):
    print("vast", flush=True)
    sys.stdin.read()
"""


@contextlib.contextmanager
def ander_proces_houdt(slot: Path, soort: str) -> Iterator[subprocess.Popen[str]]:
    """Another vplan holds `slot`, shared ("gedeeld") or alone ("alleen"), until the block ends."""
    proces = subprocess.Popen([sys.executable, "-c", HOUDER, str(slot), soort], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert proces.stdout is not None and proces.stdin is not None
    assert proces.stdout.readline() == "vast\n"
    try:
        yield proces
    finally:
        proces.stdin.close()
        proces.wait(timeout=60)
        proces.stdout.close()


def kan(slot: Path, gedeeld: bool) -> bool:
    try:
        with vergrendel(slot, "bezet", gedeeld=gedeeld):
            return True
    except DossierBezet:
        return False


def test_colleagues_share_a_dossier_lock_and_a_writer_waits_for_none_of_them(tmp_path: Path) -> None:
    """Two gesprekken at once hold the dossier's lock shared; what needs it alone is refused at once."""
    slot = tmp_path / "dossier" / ".slot"
    with ander_proces_houdt(slot, "gedeeld"):
        assert kan(slot, gedeeld=True)
        assert not kan(slot, gedeeld=False)
    with ander_proces_houdt(slot, "alleen"):
        assert not kan(slot, gedeeld=True)
        assert not kan(slot, gedeeld=False)
    assert kan(slot, gedeeld=False)


def test_the_lock_of_a_killed_vplan_is_free_again(tmp_path: Path) -> None:
    slot = tmp_path / "dossier" / ".slot"
    with ander_proces_houdt(slot, "alleen") as proces:
        proces.kill()
        proces.wait(timeout=60)
        assert kan(slot, gedeeld=False)


def test_the_lock_file_is_the_owners_alone_and_never_a_link(tmp_path: Path) -> None:
    slot = tmp_path / "dossier" / ".slot"
    assert kan(slot, gedeeld=True)
    assert stat.S_IMODE(slot.stat().st_mode) == 0o600
    link = tmp_path / "dossier" / ".ander"
    link.symlink_to(tmp_path / "elders")
    with pytest.raises(OSError) as fout:
        kan(link, gedeeld=False)
    assert fout.value.errno == errno.ELOOP
    assert not (tmp_path / "elders").exists()


def test_without_a_signal_mask_ctrl_c_still_waits_until_the_files_are_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows has no signal.pthread_sigmask: the Ctrl-C is noted and raised after the block."""
    monkeypatch.delattr(signal, "pthread_sigmask", raising=False)
    eerste, tweede = tmp_path / "veiligheidsplan.docx", tmp_path / "ondersteuningsplan.docx"
    with pytest.raises(KeyboardInterrupt), bestanden.zonder_onderbreking():
        schrijf_atomisch(eerste, b"een")
        os.kill(os.getpid(), signal.SIGINT)
        schrijf_atomisch(tweede, b"twee")
    assert (eerste.read_bytes(), tweede.read_bytes()) == (b"een", b"twee")
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
