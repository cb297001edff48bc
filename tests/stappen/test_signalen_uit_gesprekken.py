"""Issue 19, nothing typed twice: a signal said in an individual session is taken over at the
netwerkberaad with who said it, and read only by whom its speaker agreed to (the Meijer dossier,
with a signal from Eva and one from oma Joke)."""

from __future__ import annotations

from pathlib import Path

import yaml

from interview.model import Plan
from interview.model.lezersdeel import Lezer, voor_lezer
from interview.stappen.frame import Stapcontext
from interview.stappen.gesprek import individueel_gesprek
from interview.stappen.netwerkberaad import netwerkberaad
from interview.stappen.nieuw import nieuw_dossier
from interview.store import Werkmap
from tests.helpers import ANTWOORDEN, GESPREKKEN, KENMERK

SIGNALEN = {"eva": {"wat": "Lisa plast weer in bed.", "delen": "ook gezinsversie"},
            "joke": {"wat": "Lisa belt mij 's avonds laat."}}
"""Eva agrees her signal may be read by the family; Joke was not asked (professionals only)."""


def _plan_met_signalen(tmp_path: Path) -> Plan:
    werkmap = Werkmap(tmp_path / "werkmap")
    nieuw_dossier(Stapcontext(werkmap, lambda: None, ANTWOORDEN / "dossier.yaml", print))
    for naam, bestand in GESPREKKEN:
        antwoorden = yaml.safe_load((ANTWOORDEN / f"{bestand}.yaml").read_text(encoding="utf-8"))
        if bestand in SIGNALEN:
            antwoorden["signalen"] = [SIGNALEN[bestand]]
        pad = tmp_path / f"{bestand}.yaml"
        pad.write_text(yaml.safe_dump(antwoorden, allow_unicode=True), encoding="utf-8")
        individueel_gesprek(Stapcontext(werkmap, lambda: None, pad, print), KENMERK, naam)
    beraad = ANTWOORDEN / "netwerkberaad.yaml"  # it names no signals from the sessions: all are taken
    return netwerkberaad(Stapcontext(werkmap, lambda: None, beraad, print), KENMERK, lambda o: None).plan


def test_signals_from_the_sessions_are_taken_over_with_who_said_them(tmp_path: Path) -> None:
    """Fails before: the sessions did not ask for signals, and the netwerkberaad had none to offer."""
    vp = _plan_met_signalen(tmp_path).veiligheidsplan

    gezegd = [(s.omschrijving, s.wie_merkt_op, s.herkomst.persoon if s.herkomst else "") for s in vp.signalen]
    assert gezegd == [
        ("Lisa plast weer in bed.", ["Eva"], "Eva"), ("Lisa belt mij 's avonds laat.", ["Joke"], "Joke"),
        ("Lisa wil vrijdag niet naar bed.", ["Eva"], "")]


def test_a_signal_from_a_session_is_read_only_by_whom_its_speaker_agreed_to(tmp_path: Path) -> None:
    """The professionals' full plan holds all three; the gezinsversie Eva's (she agreed) and the
    group's, not Joke's (not asked: professionals only). Fails before: no signal came from a session."""
    plan = _plan_met_signalen(tmp_path)

    def signalen(lezer: Lezer) -> list[str]:
        return [s.omschrijving for s in voor_lezer(plan, lezer).veiligheidsplan.signalen]

    assert signalen(Lezer("volledig", professioneel=True)) == [
        "Lisa plast weer in bed.", "Lisa belt mij 's avonds laat.", "Lisa wil vrijdag niet naar bed."]
    assert signalen(Lezer("gezin")) == ["Lisa plast weer in bed.", "Lisa wil vrijdag niet naar bed."]
