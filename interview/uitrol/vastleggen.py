"""Record a `vplan opnieuw` run: keep what undo needs before it starts, write its log line when it ends.

The hook in the command is one `with`: inside it the run goes as before, and every outcome the
progress callback hears is noted, so even a run stopped with Ctrl-C is recorded with what it did.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from interview.bestanden import schrijf_atomisch
from interview.store import Werkmap
from interview.uitrol import logboek
from interview.uitrol.terugzetten import bewaar_vorige, noteer_nieuw, ruim_op_na, vorige_map

if TYPE_CHECKING:
    from interview.bulk import Taak, Uitkomst

BEWAARDE_SJABLONEN = "sjablonen"


@dataclass
class Verslag:
    """The outcomes of one run as they come in."""

    uitkomsten: list[Uitkomst] = field(default_factory=list)

    def hoor(self, na_elk: Callable[[Uitkomst], None]) -> Callable[[Uitkomst], None]:
        """`na_elk`, noting each outcome first."""
        def beide(uitkomst: Uitkomst) -> None:
            self.uitkomsten.append(uitkomst)
            na_elk(uitkomst)
        return beide


@contextlib.contextmanager
def vastgelegd(werkmap: Werkmap, uitvoer: Path, sjablonen: Path | None, taken: Sequence[Taak]
               ) -> Iterator[Verslag]:
    """Keep each dossier's current set for undo, run the body, then append the run to the log.

    A run with nothing to re-make is not a roll-out: it records nothing and keeps the last one undoable.
    """
    if not taken:
        yield Verslag()
        return
    uitvoer = uitvoer.absolute()
    nummer = _nieuw_nummer(werkmap.pad)
    standen = bewaar_vorige(werkmap, nummer, uitvoer, [(t.kenmerk, t.versie) for t in taken])
    regel: dict[str, Any] = {
        "soort": "opnieuw", "uitrol": nummer,
        "begin": logboek.nu(), "gebruiker": logboek.gebruiker(), "uitvoer": str(uitvoer),
        **_sjablonen(werkmap.pad, sjablonen),
    }
    verslag = Verslag()
    regel["afloop"] = "onderbroken"
    try:
        yield verslag
        regel["afloop"] = "klaar"
    finally:
        regel["einde"] = logboek.nu()
        regel["dossiers"] = [_dossier(werkmap.pad, nummer, uitvoer, u, standen) for u in verslag.uitkomsten]
        logboek.schrijf(werkmap.pad, regel)
        ruim_op_na(werkmap.pad, nummer, any(u.fout is None for u in verslag.uitkomsten))


def _nieuw_nummer(werkmap: Path) -> str:
    """Time and process, plus a count when this process already rolled out in the same second: two runs
    with one number would share the kept sets, and the second's clean-up would take the first's undo away."""
    basis = dt.datetime.now().strftime("%Y%m%d-%H%M%S") + f"-{os.getpid()}"
    bekend = {str(regel.get("uitrol")) for regel in logboek.lees(werkmap)}
    nummer, volgnummer = basis, 1
    while nummer in bekend or vorige_map(werkmap, nummer).exists():
        volgnummer += 1
        nummer = f"{basis}-{volgnummer}"
    return nummer


def _dossier(werkmap: Path, nummer: str, uitvoer: Path, uitkomst: Uitkomst,
             standen: dict[tuple[str, int], dict[str, int]]) -> dict[str, Any]:
    """One dossier's line in the record; a re-made set's new METADATA is kept for undo."""
    if uitkomst.fout is None and uitkomst.versie is not None:
        with contextlib.suppress(OSError):
            noteer_nieuw(werkmap, nummer, uitvoer, uitkomst.kenmerk, uitkomst.versie)
    return {"kenmerk": uitkomst.kenmerk, "planversie": uitkomst.versie,
            **standen.get((uitkomst.kenmerk, uitkomst.versie or 0), {}),
            "uitkomst": "fout" if uitkomst.fout else "vernieuwd",
            **({"fout": uitkomst.fout} if uitkomst.fout else {})}


def _sjablonen(werkmap: Path, sjablonen: Path | None) -> dict[str, Any]:
    """Which template folder, its version label and each template's identity; a copy of each template
    is kept in the werkmap under its identity, so the record can always be traced to the file."""
    from interview.render.documenten import SOORTEN
    from interview.render.identiteit import identiteit_van
    from interview.render.sjabloonmap import kies_sjablonen, meegeleverde_sjablonen

    keuze = kies_sjablonen(sjablonen, SOORTEN, meegeleverde_sjablonen())
    identiteiten: dict[str, str] = {}
    for soort, pad in keuze.paden.items():
        with contextlib.suppress(OSError):
            identiteit = identiteit_van(pad).hash
            identiteiten[soort] = identiteit
            kopie = logboek.uitrolmap(werkmap) / BEWAARDE_SJABLONEN / f"{identiteit[7:23]}-{pad.name}"
            if not kopie.exists():
                schrijf_atomisch(kopie, pad.read_bytes())
    return {"sjablonen": str(sjablonen.absolute()) if sjablonen else "meegeleverd",
            "sjabloonversie": keuze.versie, "identiteiten": identiteiten}
