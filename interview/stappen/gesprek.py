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
)
from interview.conduct.journaal import lees_journaal
from interview.fouten import OngeldigeInvoer
from interview.merge.sessie import Sessie
from interview.model import Dossier
from interview.stappen.frame import Stapcontext, Stapsessie, loop
from interview.stappen.gedeeld import Melder, NietBegonnen, dag
from interview.stappen.personen import Gesprekspartner, gesprekspartner
from interview.store import Journalen


@dataclass(frozen=True)
class Journaal:
    """One individual session's journal, read once."""

    pad: Path
    resultaat: Resultaat


def individueel_gesprek(stap: Stapcontext, kenmerk: str, naam: str, opnieuw: bool = False) -> Resultaat:
    """One person's session: resumed if an earlier one with them was not finished.

    After a finished session with the same person, a next one starts only when asked for
    (`opnieuw`, or confirmed at the keyboard): a second run by mistake would double statements.
    The journal is the record: nothing else is stored.
    """
    dossier = stap.werkmap.lees_dossier(kenmerk)
    partner = gesprekspartner(dossier, naam)
    return loop(stap, stap.werkmap.gesprekslot(dossier, partner.naam),
                lambda prompter: _sessie(stap, dossier, partner, opnieuw, prompter))


def _sessie(stap: Stapcontext, dossier: Dossier, partner: Gesprekspartner, opnieuw: bool,
            prompter: Prompter | None) -> Stapsessie[Resultaat, Resultaat]:
    journalen = stap.werkmap.journalen(dossier.kenmerk)
    met_partner = [j for j in gesprekken(journalen) if j.resultaat.persoon == partner.naam]
    open_ = [j.pad for j in met_partner if not j.resultaat.afgerond]
    if not open_ and met_partner and not opnieuw:
        _bevestig_volgend_gesprek(partner.naam, met_partner[-1].resultaat, prompter)
    if prompter is not None:
        stap.meld(f"Gesprek met {partner.naam}, {dossier.personen[partner.naam]}; dossier {dossier.kenmerk}.")
    return Stapsessie(
        vragenlijst=laad_vragenlijst(partner.vragenlijst), antwoorden=stap.antwoorden,
        maak=lambda resultaat: resultaat, bewaar=lambda resultaat, _: resultaat,
        journalen=journalen, soort="gesprek", verder=open_[0] if open_ else None,
        opties={"context": vraagcontext(dossier, partner), "persoon": partner.naam},
        weg_bij=OngeldigeInvoer,
    )


def vraagcontext(dossier: Dossier, partner: Gesprekspartner) -> Vraagcontext:
    """The dossier's people to name, the child's age the young person's questions follow, and the
    parents with gezag, each of whom says yes to a child's words on their own."""
    met_gezag = [(v.naam, v.naam) for v in dossier.gezin.volwassenen if v.gezag]
    return Vraagcontext(personen=list(dossier.personen), leeftijd=partner.leeftijd,
                        keuzelijsten={"ouders_met_gezag": met_gezag})


def gesprekken(journalen: Journalen) -> list[Journaal]:
    """Every individual session journal; an empty one (killed before its first line) is skipped."""
    gelezen = ((pad, lees_journaal(pad)) for pad in journalen.genummerd("gesprek"))
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


def individuele_sessies(journalen: Journalen, kenmerk: str, meld: Melder) -> list[Sessie]:
    """Every finished individual session of the dossier, as the merge reads them."""
    gevonden = []
    for journaal in gesprekken(journalen):
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
