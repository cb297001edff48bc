"""`vplan gesprek`: one person's individual session, and reading every such session back."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from interview.conduct import (
    Prompter,
    Resultaat,
    Vraag,
    Vraagcontext,
    Vraagstelling,
    laad_vragenlijst,
    resultaat_uit,
    voer_uit,
)
from interview.conduct.journaal import geef_terug, genummerd, lees_journaal, reserveer
from interview.fouten import OngeldigeInvoer
from interview.merge.sessie import Sessie
from interview.model import Dossier
from interview.stappen.gedeeld import Melder, NietBegonnen, Vrager, dag
from interview.stappen.personen import Gesprekspartner, gesprekspartner
from interview.store import Werkmap


@dataclass(frozen=True)
class Journaal:
    """One individual session's journal, read once."""

    pad: Path
    resultaat: Resultaat


def individueel_gesprek(
    werkmap: Werkmap,
    kenmerk: str,
    naam: str,
    vrager: Vrager,
    antwoorden: Path | None,
    meld: Melder,
    opnieuw: bool = False,
) -> Resultaat:
    """One person's session: resumed if an earlier one with them was not finished.

    After a finished session with the same person, a next one starts only when asked for
    (`opnieuw`, or confirmed at the keyboard): a second run by mistake would double statements.
    """
    dossier = werkmap.lees_dossier(kenmerk)
    partner = gesprekspartner(dossier, naam)
    prompter = vrager()
    with werkmap.gesprekslot(dossier, partner.naam):
        sessies = werkmap.sessie_map(kenmerk)
        met_partner = [j for j in journalen(sessies) if j.resultaat.persoon == partner.naam]
        open_ = [j.pad for j in met_partner if not j.resultaat.afgerond]
        eigen = not open_  # this run makes the journal
        if not open_ and met_partner and not opnieuw:
            _bevestig_volgend_gesprek(partner.naam, met_partner[-1].resultaat, prompter)
        journaal = open_[0] if open_ else reserveer(sessies, "gesprek")
        if prompter is not None:
            meld(f"Gesprek met {partner.naam}, {dossier.personen[partner.naam]}; dossier {kenmerk}.")
        try:
            return voer_uit(laad_vragenlijst(partner.vragenlijst), journaal, prompter,
                            antwoorden=antwoorden, context=vraagcontext(dossier, partner),
                            persoon=partner.naam)
        except OngeldigeInvoer:
            if eigen and antwoorden is not None:
                journaal.unlink(missing_ok=True)  # the answers file is wrong; it is the record
            raise
        finally:
            if eigen:
                geef_terug(journaal)


def vraagcontext(dossier: Dossier, partner: Gesprekspartner) -> Vraagcontext:
    """The dossier's people to name, and the child's age the young person's questions follow."""
    return Vraagcontext(personen=list(dossier.personen), leeftijd=partner.leeftijd)


def journalen(sessies: Path) -> list[Journaal]:
    """Every individual session journal; an empty one (killed before its first line) is skipped."""
    gelezen = ((pad, lees_journaal(pad)) for pad in genummerd(sessies, "gesprek"))
    return [Journaal(pad, resultaat_uit(inhoud)) for pad, inhoud in gelezen if inhoud is not None]


def _bevestig_volgend_gesprek(naam: str, eerder: Resultaat, prompter: Prompter | None) -> None:
    wanneer = dag(eerder.einde).strftime("%d-%m-%Y")
    if prompter is None:
        raise OngeldigeInvoer(f"Er is al een afgerond gesprek met {naam} ({wanneer}). Voor een volgend "
                              "gesprek: voeg --opnieuw toe.")
    tekst = f"Er is al een afgerond gesprek met {naam} ({wanneer}). Een volgend gesprek beginnen?"
    vraag = Vraag(id="volgend", veld="volgend", soort="janee", tekst=tekst)
    if prompter.vraag(Vraagstelling(vraag, "volgend", terug=False)) is not True:
        raise NietBegonnen("Geen nieuw gesprek begonnen; er is niets veranderd.")


def individuele_sessies(sessies: Path, kenmerk: str, meld: Melder) -> list[Sessie]:
    """Every finished individual session of the dossier, as the merge reads them."""
    gevonden = []
    for journaal in journalen(sessies):
        resultaat = journaal.resultaat
        if not resultaat.afgerond:
            if resultaat.antwoorden:
                meld(f"Let op: een gesprek met {resultaat.persoon} is niet afgerond en telt niet mee "
                     "(eerdere, afgeronde gesprekken met deze persoon tellen wel). Afronden kan met: "
                     f"vplan gesprek {kenmerk} --met \"{resultaat.persoon}\"")
            continue
        gevonden.append(Sessie(journaal.pad.stem, resultaat.vragenlijst, resultaat.persoon,
                               resultaat.antwoorden, resultaat.begin, resultaat.einde or ""))
    return gevonden
