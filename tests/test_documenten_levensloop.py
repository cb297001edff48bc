"""`vplan documenten` finds the previous version and the records itself: a user only names the dossier."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from interview.invoer import lees_plan
from interview.model import Aanleiding
from interview.model.vaststelling import Handtekening, Ontvangst
from interview.store import Werkmap
from interview.wijzig import Beeindigen, Wijzigingen, volgende_versie
from tests.helpers import VOORBEELD, tekst_van
from tests.helpers import vplan_met_werkmapvariabele as vplan


def test_the_documents_of_version_2_show_what_changed_and_who_signed_and_received_it(tmp_path: Path) -> None:
    werkmap = Werkmap(tmp_path / "werkmap")
    eerste = lees_plan(VOORBEELD)
    einde = Beeindigen(id="A6", op=dt.date(2026, 12, 1), omdat="Fatma verhuist")
    tweede = volgende_versie(eerste, Wijzigingen(beeindigen=[einde]),
                             Aanleiding(soort="correctie", omschrijving="A6 klopte niet meer"),
                             dt.date(2026, 12, 1))
    werkmap.maak_dossier(eerste.dossier)
    werkmap.bewaar_plan(eerste)
    werkmap.bewaar_plan(tweede)
    kenmerk = eerste.dossier.kenmerk
    werkmap.voeg_handtekening_toe(kenmerk, Handtekening(versie=2, naam="Ilse de Wit", oordeel="akkoord",
                                                         datum=dt.date(2026, 12, 2)))
    werkmap.voeg_ontvangst_toe(kenmerk, Ontvangst(ontvanger="Sandra", versie=2, datum=dt.date(2026, 12, 3),
                                                  vorm="post"))

    resultaat = vplan("documenten", kenmerk, "--uitvoer", str(tmp_path / "uit"), werkmap=werkmap.pad,
                      cwd=tmp_path)

    assert resultaat.returncode == 0, resultaat.stderr
    tekst = tekst_van(tmp_path / "uit" / kenmerk / "v2" / f"veiligheidsplan-{kenmerk}-v2.docx")
    assert "Wijzigingen ten opzichte van versie 1" in tekst
    assert "A6 afspraak beëindigd op 1 december 2026 omdat Fatma verhuist" in tekst
    assert "correctie : A6 klopte niet meer" in tekst
    assert "Ilse de Wit regiehouder" in tekst and "akkoord 2 december 2026" in tekst
    assert "3 december 2026 ( post )" in tekst
    assert "Status van deze versie: concept" in tekst  # Noor (14) has not signed yet
