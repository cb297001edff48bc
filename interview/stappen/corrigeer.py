"""`vplan corrigeer`: fix a mistake in the newest version (a phone number, a typo) without an evaluation.

The form: every text of the version is an answer already given, so the session opens on the
review, where the worker picks the line to correct and edits it with the old text as default.
Nothing else is asked. From an answers file, only the texts it names change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from interview.conduct import Resultaat, Vraag, Vraagcontext, Vragenlijst
from interview.conduct.journaal import begin, schrijf_antwoord
from interview.conduct.vragenlijst import Soort
from interview.model import Aanleiding, Plan
from interview.model.nummers import GENUMMERDE_LIJSTEN
from interview.stappen.frame import Stapcontext
from interview.stappen.gedeeld import NietBegonnen, dag
from interview.stappen.herzien import Deur, Herziening, beschrijf, herzie, maak_herziening
from interview.versieverschil import NIET_VERGELEKEN
from interview.wijzig import Aanpassing, Correctie, Wijzigingen

NIET_TE_CORRIGEREN = frozenset({"id", "herkomst", "beeindigd", "fase", "kenmerk", "overgenomen_uit"})
"""Numbers, origins and ends are the record itself; a fase moves in an evaluation."""
LANG = 80


@dataclass(frozen=True)
class Tekst:
    """One text of the plan that can be corrected: its question id, model path, and value.

    `nummer` is the numbered item it belongs to (its field is then `veld`), or empty.
    """

    id: str
    pad: str
    waarde: str
    nummer: str = ""
    veld: str = ""
    datum: bool = False

    def als_waarde(self, tekst: str) -> str | dt.date:
        """A corrected answer as the plan holds it."""
        return dt.date.fromisoformat(tekst) if self.datum else tekst


def corrigeer(stap: Stapcontext, kenmerk: str) -> Herziening:
    """Correct texts of the newest version: stores and returns version N+1 ('correctie')."""
    return herzie(stap, kenmerk, _deur)


def _deur(vorige: Plan) -> Deur:
    teksten = list(teksten_van(vorige))
    vragen = tuple(
        Vraag(id=t.id, veld=t.pad, soort=_soort(t), verplicht=bool(t.waarde), tekst=t.id)
        for t in teksten
    )
    lijst = Vragenlijst(id="correctie", titel=f"Correctie van planversie {vorige.versie}", vragen=vragen,
                        inleiding="Hieronder staat elke tekst van het plan. Kies het nummer van wat u "
                        "wilt verbeteren; de oude tekst staat al klaar om aan te passen.")

    def vul_voor(journaal: Path) -> None:
        begin(journaal, lijst.id, "")
        for tekst in teksten:
            schrijf_antwoord(journaal, tekst.id, tekst.waarde or None)

    return Deur("correctie", lijst, Vraagcontext(), lambda resultaat: _herziening(vorige, teksten, resultaat),
                vul_voor=vul_voor)


def teksten_van(plan: Plan) -> Iterator[Tekst]:
    """Every text and date of the plan a worker may correct, in the order of the plan's data
    (numbers and yes/no answers change in an evaluation)."""
    gegevens = plan.model_dump()
    genummerd = {lijst: voorvoegsel for voorvoegsel, lijst in GENUMMERDE_LIJSTEN}
    for sleutel, waarde in gegevens.items():
        if sleutel not in NIET_VERGELEKEN:
            yield from _teksten(waarde, sleutel, genummerd)


def _soort(tekst: Tekst) -> Soort:
    if tekst.datum:
        return "datum"
    return "lang" if "\n" in tekst.waarde or len(tekst.waarde) > LANG else "kort"


def _teksten(waarde: Any, pad: str, genummerd: dict[str, str]) -> Iterator[Tekst]:
    if isinstance(waarde, str):
        yield Tekst(pad, pad, waarde)
    elif isinstance(waarde, dt.date):
        yield Tekst(pad, pad, waarde.isoformat(), datum=True)
    elif isinstance(waarde, dict):
        for sleutel, deel in waarde.items():
            if sleutel not in NIET_TE_CORRIGEREN:
                yield from _teksten(deel, f"{pad}.{sleutel}", genummerd)
    elif isinstance(waarde, list) and pad in genummerd:
        for positie, item in enumerate(waarde, 1):
            if not item.get("beeindigd"):
                yield from _item(item, f"{pad}[{positie}]")
    elif isinstance(waarde, list):
        for positie, deel in enumerate(waarde, 1):
            if isinstance(deel, dict):
                yield from _teksten(deel, f"{pad}[{positie}]", genummerd)


def _item(item: dict[str, Any], pad: str) -> Iterator[Tekst]:
    """A numbered item's own texts, named by its number: `A1.wanneer`."""
    for veld, waarde in item.items():
        if veld in NIET_TE_CORRIGEREN:
            continue
        if isinstance(waarde, str):
            yield Tekst(f"{item['id']}.{veld}", f"{pad}.{veld}", waarde, item["id"], veld)
        elif isinstance(waarde, dt.date):
            yield Tekst(f"{item['id']}.{veld}", f"{pad}.{veld}", waarde.isoformat(), item["id"], veld, True)


def _herziening(vorige: Plan, teksten: list[Tekst], resultaat: Resultaat) -> Herziening:
    nieuw = {t: str(resultaat.antwoorden.get(t.pad) or "") for t in teksten}
    veranderd = [t for t in teksten if nieuw[t] != t.waarde]
    if not veranderd:
        raise NietBegonnen(f"Er is niets gecorrigeerd; planversie {vorige.versie} blijft de nieuwste.")
    per_item: dict[str, dict[str, Any]] = {}
    for tekst in (t for t in veranderd if t.nummer):
        per_item.setdefault(tekst.nummer, {})[tekst.veld] = tekst.als_waarde(nieuw[tekst])
    wijzigingen = Wijzigingen(
        aanpassen=[Aanpassing(id=nummer, velden=velden) for nummer, velden in per_item.items()],
        correcties=[Correctie(pad=t.pad, waarde=t.als_waarde(nieuw[t])) for t in veranderd if not t.nummer],
        toelichting=[f"Gecorrigeerd: {', '.join(t.id for t in veranderd)}."],
    )
    datum = dag(resultaat.einde)
    wat = beschrijf(maak_herziening(vorige, wijzigingen, Aanleiding(soort="correctie"), datum).veranderingen)
    aanleiding = Aanleiding(soort="correctie", omschrijving=f"correctie: {'; '.join(wat)}")
    return maak_herziening(vorige, wijzigingen, aanleiding, datum)
