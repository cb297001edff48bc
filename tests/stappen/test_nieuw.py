"""`vplan nieuw`: a new dossier from a file or the keyboard, beside unfinished ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview.conduct import GesprekOnderbroken, Vraagstelling
from interview.conduct.journaal import begin, schrijf_antwoord
from interview.fouten import OngeldigeInvoer
from interview.stappen.frame import Stapcontext
from interview.stappen.nieuw import nieuw_dossier
from interview.store import Werkmap
from tests.helpers import ANTWOORDEN, Werker


def test_a_new_dossier_from_a_file_leaves_an_unfinished_one_alone(tmp_path: Path) -> None:
    """Someone began `vplan nieuw` at the keyboard and stopped; a script runs in the meantime."""
    werkmap = Werkmap(tmp_path / "werkmap")
    onaf = tmp_path / "werkmap" / ".nieuw" / "dossier-20261125-090000.jsonl"
    begin(onaf, "dossier", "")
    schrijf_antwoord(onaf, "kenmerk", "VP-2026-0999")
    inhoud = onaf.read_bytes()

    dossier = nieuw_dossier(Stapcontext(werkmap, lambda: None, ANTWOORDEN / "dossier.yaml", print))

    assert dossier.gezinsnaam == "Gezin Meijer"
    assert onaf.read_bytes() == inhoud
    with pytest.raises(OngeldigeInvoer) as fout:
        nieuw_dossier(Stapcontext(werkmap, lambda: None, ANTWOORDEN / "dossier.yaml", print))
    assert fout.value.details == ["kenmerk: dossier VP-2026-0101 bestaat al; kies een ander kenmerk"]
    assert onaf.read_bytes() == inhoud
    assert sorted(p.name for p in onaf.parent.iterdir()) == [onaf.name]


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
    onaf = werkmap.nieuwe_dossiers.vast("dossier-20261125-090000")
    begin(onaf, "dossier", "")
    schrijf_antwoord(onaf, "kenmerk", "VP-2026-0999")

    with werkmap.slot_nieuw(onaf):  # a colleague has it open: it is not offered
        collega = Hervatter(True)
        with pytest.raises(GesprekOnderbroken):
            nieuw_dossier(Stapcontext(werkmap, lambda: collega, None, collega.meld))
        assert "hervat" not in collega.gevraagd

    werker = Hervatter(True)
    with pytest.raises(GesprekOnderbroken) as onderbroken:
        nieuw_dossier(Stapcontext(werkmap, lambda: werker, None, werker.meld))
    assert werker.gevraagd == ["hervat"]
    assert onderbroken.value.antwoorden["kenmerk"] == "VP-2026-0999"
