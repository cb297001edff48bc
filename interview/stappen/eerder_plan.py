"""The earlier plan, asked at the start of the netwerkberaad: which of its afspraken are taken over.

It is a small session of its own (`questionnaires/eerder_plan.yaml`) because the afspraken asked
later choose from its answers ("takes over afspraak 3 of the earlier plan"), and the engine's
choice lists are known before a session starts. An answers file for the netwerkberaad holds the
answers of both; they are split here by question id.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from interview.conduct import Prompter, Vragenlijst, laad_vragenlijst, voer_uit
from interview.model import Plan
from interview.stappen.gedeeld import Antwoordfout, vraag_apart
from interview.store import Journalen

KEUZELIJST = "afspraken_uit_eerder_plan"
"""The choice list the netwerkberaad's afspraken take their origin from."""


@dataclass(frozen=True)
class EerderPlan:
    """The earlier plan's answers (by plan path), and the journal that holds them."""

    antwoorden: dict[str, Any] = field(default_factory=dict)
    journaal: Path | None = None

    @property
    def over_te_nemen(self) -> list[tuple[str, str]]:
        """(number there, 'number: what') of each afspraak the group takes over, for the choice list."""
        return [(str(a["nummer"]), f"{a['nummer']}: {a['wat']}")
                for a in self._afspraken() if a.get("overnemen")]

    def controleer(self, plan: Plan) -> None:
        """Raise Antwoordfout when an afspraak to be taken over is not taken over by any afspraak."""
        eerder = plan.veiligheidsplan.eerder_plan
        overgenomen = {a.nummer for a in eerder.afspraken if a.overgenomen_als} if eerder else set()
        vergeten = [nummer for nummer, _ in self.over_te_nemen if nummer not in overgenomen]
        if vergeten:
            raise Antwoordfout([("afspraken", f"afspraak {nummer} van het eerdere plan wordt overgenomen, "
                                 "maar geen afspraak neemt haar over (kies haar bij 'Neemt deze afspraak "
                                 "een afspraak uit het eerdere plan over?')") for nummer in vergeten])

    def _afspraken(self) -> list[Mapping[str, Any]]:
        return list(self.antwoorden.get("veiligheidsplan.eerder_plan.afspraken") or [])


def splits_antwoorden(
    bestand: Mapping[str, Any] | None,
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """An answers file of the netwerkberaad -> (the earlier plan's answers, the rest)."""
    if bestand is None:
        return None, None
    ids = {vraag.id for vraag in _vragenlijst().vragen}
    return ({k: v for k, v in bestand.items() if k in ids},
            {k: v for k, v in bestand.items() if k not in ids})


def vraag_eerder_plan(
    journalen: Journalen, prompter: Prompter | None, antwoorden: Mapping[str, Any] | None
) -> EerderPlan:
    """Ask (or read) the earlier plan. At the keyboard its journal is `eerder_plan.jsonl`, read
    back once closed; a run from an answers file has a numbered journal of its own (the caller
    removes it when the netwerkberaad fails). With neither, there is no earlier plan."""
    lijst = _vragenlijst()
    if antwoorden is not None:
        journaal = journalen.reserveer("eerder_plan")
        resultaat = voer_uit(lijst, journaal, prompter, antwoorden=antwoorden)
        return EerderPlan(resultaat.antwoorden, journaal)
    gelezen = vraag_apart(lijst, journalen.vast("eerder_plan"), prompter)
    return EerderPlan(gelezen.antwoorden if gelezen else {}, None)


def _vragenlijst() -> Vragenlijst:
    return laad_vragenlijst("eerder_plan")
