"""Time from an answer to the next question, journal fsync included, in a list of 200 items.

A scripted prompter notes perf_counter when it hands back an answer and when the engine asks
the next question; the gap is what a user waits for (check, append + fsync, walk to the next
question). It is shown over all answers and over the last ten items, where the list is longest.
Separately: one `voeg_regel_toe` alone, which is mostly the fsync.
Run: make bench   (or .venv/bin/python benchmarks/bench_answer.py [ITEMS])
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import textwrap
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from interview.bestanden import voeg_regel_toe
from interview.conduct import Opdracht, Vraagstelling, lees_vragenlijst, voer_uit
from interview.conduct.kaart import vul_per_veld
from interview.conduct.prompter import KaartStelling, Terug

ITEMS = 200
VRAGEN_PER_ITEM = 4  # three questions and 'nog een zorg?'

VRAGENLIJST = textwrap.dedent("""
    id: bench
    titel: Benchmark
    vragen:
      - {id: naam, tekst: Naam, soort: kort}
      - id: zorgen
        tekst: Zorgen
        soort: lijst
        item: zorg
        min: 1
        vragen:
          - {id: wat, tekst: Wat is er gebeurd, soort: lang}
          - {id: score, tekst: Score, soort: schaal}
          - {id: soort, tekst: Soort, soort: keuze, keuzes: [kracht, bestaande veiligheid, uitzondering]}
""")


class MetendePrompter:
    """Answers every question at once and records when it answered and when it was asked next."""

    def __init__(self, items: int) -> None:
        self.items = items
        self.beantwoord: list[float] = []
        self.gevraagd: list[float] = []
        self.aantal = 0

    def vraag(self, stelling: Vraagstelling) -> Any | Terug:
        self.gevraagd.append(time.perf_counter())
        self.aantal += 1
        antwoord = self._antwoord(stelling)
        self.beantwoord.append(time.perf_counter())
        return antwoord

    def _antwoord(self, stelling: Vraagstelling) -> Any:
        soort = stelling.vraag.soort
        if soort == "janee":  # 'nog een zorg?' (asked from zorg 2 on): yes until there are `items`
            return stelling.pad != f"zorgen[{self.items + 1}]?"
        return {"kort": "Sandra", "lang": f"Uitspraak {self.aantal} met <tekens> & {{{{ 7*7 }}}} 😀",
                "schaal": self.aantal % 11, "keuze": "kracht"}[soort]

    def meld(self, tekst: str) -> None:
        pass

    def vul_kaart(self, kaart: KaartStelling) -> dict[str, Any] | Terug | Opdracht | None:
        return vul_per_veld(self.vraag, kaart, self.meld)

    def kies_uit_overzicht(self, regels: Sequence[str], opdrachten: Sequence[Opdracht] = ()) -> int | None:
        return None

    def wachttijden_ms(self) -> list[float]:
        paren = zip(self.beantwoord, self.gevraagd[1:], strict=False)
        return [(volgende - antwoord) * 1000 for antwoord, volgende in paren]


def meet_gesprek(map: Path, items: int) -> list[float]:
    (map / "bench.yaml").write_text(VRAGENLIJST, encoding="utf-8")
    prompter = MetendePrompter(items)
    voer_uit(lees_vragenlijst(map / "bench.yaml"), map / "sessie.jsonl", prompter)
    return prompter.wachttijden_ms()


def meet_regels(map: Path, aantal: int) -> list[float]:
    tijden = []
    for nummer in range(aantal):
        begin = time.perf_counter()
        voeg_regel_toe(map / "los.jsonl", f'{{"soort": "antwoord", "pad": "p{nummer}", "antwoord": "x"}}')
        tijden.append((time.perf_counter() - begin) * 1000)
    return tijden


def toon(naam: str, tijden: list[float]) -> None:
    print(f"{naam:<52} n={len(tijden):>4}  mediaan {statistics.median(tijden):7.2f} ms"
          f"  p95 {sorted(tijden)[int(len(tijden) * 0.95) - 1]:7.2f} ms  slechtste {max(tijden):7.2f} ms")


def main() -> None:
    items = int(sys.argv[1]) if len(sys.argv) > 1 else ITEMS
    with tempfile.TemporaryDirectory(prefix="vplan-bench-") as tijdelijk:
        map = Path(tijdelijk)
        tijden = meet_gesprek(map, items)
        toon(f"antwoord -> volgende vraag, lijst van {items} (incl. fsync)", tijden)
        toon("  alleen de laatste tien items", tijden[-10 * VRAGEN_PER_ITEM:])
        toon("voeg_regel_toe alleen", meet_regels(map, len(tijden)))
        print(f"(tijdelijke map op {map}; fsync-kosten hangen af van het bestandssysteem)")


if __name__ == "__main__":
    main()
