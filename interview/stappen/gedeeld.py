"""What the steps share: how they report and ask, and a session run until the model accepts it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from interview.conduct import Prompter, Resultaat, Vraag, Vragenlijst, lees_resultaat, voer_uit
from interview.conduct.journaal import heropen, lees_journaal
from interview.conduct.wandeling import vervolgpad
from interview.fouten import OngeldigeInvoer, VplanFout
from interview.model import fouten_met_pad

Melder = Callable[[str], None]
Vrager = Callable[[], Prompter | None]
"""Makes the prompter once the input is known to be right, so a wrong name is reported before
a missing terminal; returns None when only an answers file answers."""
Uitkomst = TypeVar("Uitkomst")


class Antwoordfout(Exception):
    """Answers that do not hold, as (model path, Dutch message), beside pydantic's own errors."""

    def __init__(self, paren: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(f"{pad}: {bericht}" for pad, bericht in paren))
        self.paren = paren


class NietBegonnen(VplanFout):
    """The worker chose not to start a session after all; nothing changed."""

    afsluitcode = 0


def tot_het_klopt(
    lijst: Vragenlijst,
    journaal: Path,
    prompter: Prompter | None,
    meld: Melder,
    kop: str,
    maak: Callable[[Resultaat], Uitkomst],
    **opties: Any,
) -> Uitkomst:
    """Run the session and build its model; while that fails, ask the question concerned again."""
    eerst: list[str] = []
    while True:
        resultaat = _voer_of_lees(lijst, journaal, prompter, eerst=eerst, **opties)
        try:
            return maak(resultaat)
        except (ValidationError, Antwoordfout) as fout:
            eerst = _terug_naar_de_vragen(fout, journaal, prompter, meld, kop, lijst, resultaat)


def vraag_apart(lijst: Vragenlijst, journaal: Path, prompter: Prompter | None,
                **opties: Any) -> Resultaat | None:
    """A choice the netwerkberaad makes apart from its questionnaire (phone conflicts, new network
    members): asked at the keyboard, read back once made; None when nobody can answer it.
    `opties` go to `voer_uit` (such as `opdrachten`)."""
    inhoud = lees_journaal(journaal)
    if prompter is None and (inhoud is None or inhoud.einde is None):
        return None
    return _voer_of_lees(lijst, journaal, prompter, **opties)


def _voer_of_lees(lijst: Vragenlijst, journaal: Path, prompter: Prompter | None,
                  **opties: Any) -> Resultaat:
    """A journal that an earlier run closed is read back, not asked again."""
    inhoud = lees_journaal(journaal)
    if inhoud is not None and inhoud.einde is not None:
        return lees_resultaat(journaal, lijst)
    return voer_uit(lijst, journaal, prompter, **opties)


def _terug_naar_de_vragen(
    fout: ValidationError | Antwoordfout,
    journaal: Path,
    prompter: Prompter | None,
    meld: Melder,
    kop: str,
    lijst: Vragenlijst,
    resultaat: Resultaat,
) -> list[str]:
    """Show what does not hold and reopen the session; return the questions to ask again first.

    After those the review follows, where any answer can change. When nobody can be asked, or
    the mistake is in an answers file (which the keyboard cannot change), the Dutch messages
    become the error, each by its path (what the file's author edits); at the keyboard each names
    the question in the worker's words.
    """
    paren = fouten_met_pad(fout) if isinstance(fout, ValidationError) else fout.paren
    paden = [_vraag_bij(pad, lijst, resultaat.antwoorden) for pad, _ in paren]
    te_vragen = list(dict.fromkeys(pad for pad in paden if pad and pad not in resultaat.uit_bestand))
    if prompter is None or (resultaat.uit_bestand and not te_vragen):
        raise OngeldigeInvoer(f"{kop}:", [f"{pad}: {bericht}" for pad, bericht in paren]) from fout
    meld(f"{kop}:")
    for (pad, bericht), vraagpad in zip(paren, paden, strict=True):
        meld(f"  - {_in_woorden(vraagpad, lijst) or pad}: {bericht}")  # the worker sees questions
    meld("U krijgt de vraag die het betreft opnieuw (als die er is); daarna ziet u het overzicht, "
         "waarin u elk antwoord kunt aanpassen.")
    heropen(journaal)
    return te_vragen


def _vraag_bij(modelpad: str, lijst: Vragenlijst, antwoorden: Mapping[str, Any]) -> str | None:
    """The answer path of the question behind a model path: `veiligheidsplan.zorgen[2].titel` ->
    `zorgen[2].titel`. Afspraken are one list in the session, split over two plans by `plaats`."""
    afspraak = re.fullmatch(r"(veiligheidsplan|ondersteuningsplan)\.afspraken\[(\d+)\](.*)", modelpad)
    if afspraak:
        plaatsen = [(a.get("plaats") or "veiligheidsplan") if isinstance(a, Mapping) else ""
                    for a in antwoorden.get("afspraken") or []]
        nummers = [nr for nr, plaats in enumerate(plaatsen, 1) if plaats == afspraak[1]]
        if int(afspraak[2]) > len(nummers):
            return None
        modelpad = f"afspraken[{nummers[int(afspraak[2]) - 1]}]{afspraak[3]}"
    modelpad = re.sub(r"\[\d+\]$", "", modelpad)  # one name of a list of names: the whole question
    for vraag in lijst.vragen:
        if modelpad == vraag.veld and vraag.soort == "lijst":
            return _nog_een(vraag, antwoorden)
        if modelpad == vraag.veld:
            return vraag.id
        if modelpad.startswith((vraag.veld + "[", vraag.veld + ".")):
            return vraag.id + modelpad[len(vraag.veld):]
    return None


def _nog_een(lijst: Vraag, antwoorden: Mapping[str, Any]) -> str:
    """A list that needs more items is asked again from its question 'is there one more?' (a list
    ended early has no other question to return to); yes opens the next item."""
    items = antwoorden.get(lijst.veld)
    return vervolgpad(lijst.id, (len(items) if isinstance(items, list) else 0) + 1)


def _in_woorden(vraagpad: str | None, lijst: Vragenlijst) -> str:
    """The question behind an answer path in the worker's words ('Krachten van het gezin, volgens
    de groep'; 'Afspraken: … — afspraak 2: Wie doet het?'); empty when no question has that path."""
    gevonden = re.fullmatch(r"([^\[.]+)(?:\[(\d+)\]\??)?(?:\.(\w+))?", vraagpad or "")
    vraag = next((v for v in lijst.vragen if gevonden and v.id == gevonden[1]), None)
    if gevonden is None or vraag is None:
        return ""
    deel = next((v for v in vraag.vragen if v.id == gevonden[3]), None)
    if gevonden[2] is None or deel is None:
        return vraag.tekst
    return f"{vraag.tekst} — {vraag.item} {gevonden[2]}: {deel.tekst}"


def dag(moment: str | None) -> dt.date:
    """The date of a journal's timestamp; today when it has none or it cannot be read."""
    if moment:
        try:
            return dt.datetime.fromisoformat(moment).date()
        except ValueError:
            pass
    return dt.date.today()
