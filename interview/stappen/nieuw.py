"""`vplan nieuw`: ask (or read) a new dossier's questions and store the dossier."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from interview.conduct import Prompter, Resultaat, Vraag, Vraagcontext, Vraagstelling, laad_vragenlijst
from interview.conduct.journaal import lees_journaal
from interview.fouten import DossierBezet, OngeldigeInvoer
from interview.merge.paden import genest
from interview.model import Dossier
from interview.stappen.frame import Stapcontext, Stapsessie, loop
from interview.stappen.gedeeld import Antwoordfout, Melder
from interview.stappen.verwijzingen import namen
from interview.store import Werkmap


def nieuw_dossier(stap: Stapcontext) -> Dossier:
    """Ask (or read) the dossier's questions, validate, store; an unfinished keyboard run resumes.

    Each run locks only its own journal, so colleagues sharing a werkmap can each create a
    dossier at the same time; a run that stopped can be resumed by the next `vplan nieuw`.
    """
    sloten = contextlib.ExitStack()  # the journal gone on with is locked when it is chosen
    return loop(stap, sloten, lambda prompter: _sessie(stap, prompter, sloten))


def _sessie(stap: Stapcontext, prompter: Prompter | None, sloten: contextlib.ExitStack
            ) -> Stapsessie[Dossier, Dossier]:
    werkmap = stap.werkmap
    return Stapsessie(
        vragenlijst=laad_vragenlijst("dossier"), antwoorden=stap.antwoorden,
        maak=lambda resultaat: _maak_dossier(werkmap, resultaat),
        bewaar=lambda dossier, journaal: _bewaar(werkmap, dossier, journaal),
        journalen=werkmap.nieuwe_dossiers, soort="dossier",
        verder=None if stap.antwoorden is not None else _hervat_nieuw(werkmap, prompter, stap.meld, sloten),
        slot_op_nieuw=werkmap.slot_nieuw, kop="Het dossier klopt nog niet",
        opties={"controles": {"kenmerk": lambda kenmerk: _kenmerk_bezet(werkmap, kenmerk)},
                "context": vraagcontext()},
    )


def _bewaar(werkmap: Werkmap, dossier: Dossier, journaal: Path) -> Dossier:
    """The dossier, with the journal that made it as its `dossier.jsonl`."""
    with werkmap.slot(dossier.kenmerk):
        werkmap.maak_dossier(dossier)
        werkmap.journalen(dossier.kenmerk).neem_op(journaal, "dossier")
    return dossier


def _hervat_nieuw(
    werkmap: Werkmap, prompter: Prompter | None, meld: Melder, sloten: contextlib.ExitStack
) -> Path | None:
    """The newest unfinished `vplan nieuw` nobody is working on, if the worker wants to go on with it.

    Its lock is taken (and held in `sloten`); None means: start a new one.
    """
    for pad in reversed(werkmap.nieuwe_dossiers.genummerd("dossier")):
        inhoud = lees_journaal(pad)
        if inhoud is None or inhoud.einde is not None or not inhoud.antwoorden:
            continue
        try:
            slot = sloten.enter_context(contextlib.ExitStack())
            slot.enter_context(werkmap.slot_nieuw(pad))
        except DossierBezet:
            continue  # a colleague is filling this one in right now
        kenmerk = inhoud.antwoorden.get("kenmerk") or "nog zonder kenmerk"
        tekst = f"Er is een eerder begonnen, niet afgemaakt nieuw dossier ({kenmerk}). Daarmee verder?"
        vraag = Vraag(id="hervat", veld="hervat", soort="janee", tekst=tekst)
        if prompter is not None and prompter.vraag(Vraagstelling(vraag, "hervat", terug=False)) is True:
            return pad
        slot.close()
        meld("U begint een nieuw dossier; het eerder begonnen dossier blijft bewaard.")
        return None
    return None


def vraagcontext() -> Vraagcontext:
    """The worker usually holds the regie and did the taxatie, in their own team: offered for Enter.
    Who needs a tolk or has a huisverbod is picked from the people typed earlier in this session."""
    return Vraagcontext(
        standaarden={"werker_naam": lambda item: item.antwoorden.get("werker_naam"),
                     "werker_organisatie": lambda item: item.antwoorden.get("werker_organisatie")},
        keuzelijsten={"gezin_en_netwerk": namen(["kinderen", "volwassenen", "netwerk"]),
                      "kinderen": namen(["kinderen"])},
    )


def _maak_dossier(werkmap: Werkmap, resultaat: Resultaat) -> Dossier:
    """Answers by veld -> a Dossier; helper questions (risicotaxatie gedaan?) drop out. The worker
    entered again among the professionals is the worker, listed once."""
    velden = set(Dossier.model_fields)
    gegevens = genest({veld: waarde for veld, waarde in resultaat.antwoorden.items()
                       if veld.split(".")[0] in velden and waarde not in (None, "")})
    _communicatie_per_persoon(gegevens, resultaat.antwoorden.get("communicatie") or [])
    werker = str((gegevens.get("werker") or {}).get("naam", "")).casefold()
    gegevens["professionals"] = [p for p in gegevens.get("professionals") or []
                                 if str(p.get("naam", "")).casefold() != werker]
    dossier = Dossier.model_validate(gegevens)
    if werkmap.bestaat(dossier.kenmerk):
        raise Antwoordfout([("kenmerk", f"dossier {dossier.kenmerk} bestaat al; kies een ander kenmerk")])
    return dossier


def _communicatie_per_persoon(gegevens: dict[str, Any], behoeften: list[dict[str, Any]]) -> None:
    """The communication needs, asked as one list (nobody: one Enter), go to each person's own
    fields; the last one named for a person counts."""
    gezin = gegevens.get("gezin") or {}
    mensen = [*(gezin.get("kinderen") or []), *(gezin.get("volwassenen") or []),
              *(gegevens.get("netwerk") or [])]
    for behoefte in behoeften:
        for mens in mensen:
            if mens.get("naam") == behoefte.get("wie"):
                mens["communicatie"] = behoefte.get("communicatie") or "geen"
                mens["taal"] = behoefte.get("taal") or ""


def _kenmerk_bezet(werkmap: Werkmap, kenmerk: Any) -> str | None:
    """Checked as soon as the kenmerk is typed, not after fifty more questions."""
    try:
        bestaat = werkmap.bestaat(str(kenmerk))
    except OngeldigeInvoer as fout:
        return fout.bericht
    if bestaat:
        return f"Dossier {kenmerk} bestaat al. Kies een ander kenmerk."
    return None
