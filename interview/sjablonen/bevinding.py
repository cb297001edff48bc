"""One finding of the template check: which file, where in Word, which code, what to do."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Ernst = Literal["fout", "waarschuwing"]


@dataclass(frozen=True)
class Bevinding:
    """A problem in a template. `fout`: the template fails or breaks documents; `waarschuwing`:
    it renders, but loses text or fails on some plans."""

    bestand: str
    ernst: Ernst
    bericht: str
    soort: str
    """A stable name of the kind of problem (for scripts and tests), e.g. `onbekend-veld`."""
    plaats: tuple[str, ...] = field(default=())
    code: str = ""

    def regel(self) -> str:
        """`veiligheidsplan.docx · koptekst · {{ plan.kenmerk }} → het plan heeft geen veld …`"""
        delen = [self.bestand, *self.plaats]
        if self.code:
            delen.append(self.code)
        voorvoegsel = "" if self.ernst == "fout" else "waarschuwing: "
        return " · ".join(delen) + f" → {voorvoegsel}{self.bericht}"

    def als_gegevens(self) -> dict[str, object]:
        """The finding for `--json`."""
        return {
            "bestand": self.bestand, "ernst": self.ernst, "soort": self.soort,
            "plaats": list(self.plaats), "code": self.code, "bericht": self.bericht,
        }
