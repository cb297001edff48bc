"""Choices of statements and scores that no session offers: old keys by session order, above all.

Such a key (`gesprek-006`, `gesprek-001/zorgen/1`) named whoever happened to be spoken with
sixth; replayed in another order it put one person's words under another's name. Now keys name
the person (interview.merge.sleutels). An answers file with an old key is refused before
anything is asked or stored, with one line saying what to write instead. A journal that still
holds one (a keyboard session begun before keys changed) has that question asked again: a chosen
statement is never dropped without a word.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from interview.conduct import Vraag, Vragenlijst
from interview.fouten import OngeldigeInvoer
from interview.merge.inbreng import Overzicht, keuzelijsten
from interview.merge.sleutels import is_oude_sleutel, melding_oude_sleutels, nieuwe_sleutel
from interview.stappen.gedeeld import Antwoordfout


def weiger_oude_sleutels(bron: Path, antwoorden: Mapping[str, Any], vragenlijst: Vragenlijst,
                         overzicht: Overzicht) -> None:
    """OngeldigeInvoer naming the answers file (keyed by question id) and what to write instead,
    when an answer to a question that picks from the sessions uses a key by session order."""
    lijsten = keuzelijsten(overzicht)
    oude = ((pad, keuze) for pad, _, keuze in _gekozen(vragenlijst.vragen, antwoorden, set(lijsten),
                                                        lambda vraag: vraag.id, "")
            if is_oude_sleutel(keuze))
    melding = melding_oude_sleutels(oude, dict(overzicht.sessiesleutels))
    if melding is not None:
        raise OngeldigeInvoer(f"{bron}: {melding}")


def alleen_aangeboden(vragenlijst: Vragenlijst, antwoorden: Mapping[str, Any], overzicht: Overzicht) -> None:
    """Antwoordfout for each chosen statement or score, in answers keyed by `veld`, that the
    sessions do not offer (an old key in a journal): the question is asked again instead of the
    choice silently falling out of the plan."""
    lijsten = keuzelijsten(overzicht)
    sleutels = dict(overzicht.sessiesleutels)
    fouten: list[tuple[str, str]] = []
    gekozen = _gekozen(vragenlijst.vragen, antwoorden, set(lijsten), lambda vraag: vraag.veld, "")
    for pad, lijst, keuze in gekozen:
        if keuze in {sleutel for sleutel, _ in lijsten[lijst]}:
            continue
        fouten.append((pad, f"{keuze} bestaat niet meer als sleutel: kies {nieuwe_sleutel(keuze, sleutels)}."
                       if is_oude_sleutel(keuze) else f"'{keuze}' is geen van de keuzes."))
    if fouten:
        raise Antwoordfout(fouten)


def _gekozen(vragen: Sequence[Vraag], antwoorden: Mapping[str, Any], lijsten: set[str],
             naam: Callable[[Vraag], str], prefix: str) -> Iterator[tuple[str, str, str]]:
    """(path, list, key) for each key answered to a question that picks from one of `lijsten`, in
    lists of items too; `naam` says how the answers are keyed (id in a file, veld once collected)."""
    for vraag in vragen:
        waarde = antwoorden.get(naam(vraag))
        pad = prefix + naam(vraag)
        if vraag.soort == "lijst" and isinstance(waarde, list):
            for nummer, item in enumerate(waarde, 1):
                if isinstance(item, Mapping):
                    yield from _gekozen(vraag.vragen, item, lijsten, naam, f"{pad}[{nummer}].")
        elif vraag.keuzes_uit in lijsten:
            yield from ((pad, vraag.keuzes_uit, keuze.strip()) for keuze in _keuzes(waarde) if keuze.strip())


def _keuzes(waarde: Any) -> list[str]:
    """The keys an answer gives: one, a list, or text separated by commas (as the engine reads it)."""
    if isinstance(waarde, str):
        return waarde.replace(";", ",").split(",")
    if isinstance(waarde, list):
        return [keuze for keuze in waarde if isinstance(keuze, str)]
    return []
