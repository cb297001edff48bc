"""After `vaststellen` or `verstuurd`: the documents of that version made again (issue 19.5).

The signatures and receipts are shown in the documents (ondertekening, verspreidingslijst), so a
set made before them is out of date the moment they are recorded. The set is remade through
interview.versieset, the one writer, which first keeps the set as it was (signed or sent) beside
the new one. Only a set that exists is remade: where no documents were made, nothing is written.
"""

from __future__ import annotations

from pathlib import Path

from interview.fouten import DossierBezet, VplanFout, schijffout
from interview.model import Plan
from interview.stappen.documenten_maken import maak_documenten_van
from interview.store import Werkmap


def werk_documenten_bij(werkmap: Werkmap, plan: Plan, uitvoer: Path, sjablonen: Path | None = None
                        ) -> list[str]:
    """Remake `plan`'s set in `uitvoer/<kenmerk>/v<N>/` when it exists; the Dutch lines to show
    (none when there is no set: nothing to bring up to date).

    Never raises for the documents: the signatures are recorded either way, and a set not remade
    is told with the command that makes it.
    """
    kenmerk = plan.dossier.kenmerk
    map_ = uitvoer / kenmerk / f"v{plan.versie}"
    handmatig = f"vplan documenten {kenmerk} --planversie {plan.versie}"
    if not map_.is_dir():
        return []
    try:
        with werkmap.slot(kenmerk):
            geschreven = maak_documenten_van(werkmap, plan, uitvoer / kenmerk, sjablonen)
    except DossierBezet:
        return [f"De documenten van planversie {plan.versie} zijn niet opnieuw gemaakt: een ander "
                f"vplan-proces gebruikt het dossier. Maak ze later met: {handmatig}"]
    except (VplanFout, OSError) as fout:
        reden = fout.bericht if isinstance(fout, VplanFout) else schijffout(fout, "").bericht.strip()
        return [f"De documenten van planversie {plan.versie} zijn niet opnieuw gemaakt: {reden} "
                f"Maak ze met: {handmatig}"]
    pdf = (f" De PDF's maakt u opnieuw met: {handmatig} --pdf"
           if geschreven.bewaard is not None and any(geschreven.bewaard.glob("*.pdf")) else "")
    return [*([geschreven.melding] if geschreven.melding else []),
            f"De documenten van planversie {plan.versie} zijn opnieuw gemaakt in {map_}, met de "
            f"handtekeningen en de verspreidingslijst van nu.{pdf}"]
