"""The one loop that runs a questionnaire: answers file, then an earlier unfinished run, then keyboard.

Every answer is appended to the journal (and fsynced) before the next question is asked, so an
interrupted session loses nothing and the next run resumes at the first open question. Answers
nobody typed (from the file, or skipped without a keyboard) wait and go to disk together with
the next question, the review or the close: one fsync each would make a long answers file slow.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import interview.conduct.journaal as journaal
from interview.conduct.antwoordbestand import lees_antwoordbestand, maak_vlak
from interview.conduct.antwoordcontrole import Keuzes, OngeldigAntwoord, controleer
from interview.conduct.kaartvragen import Kaartvragen, op_kaart, vervolg_van
from interview.conduct.prompter import (
    TERUG,
    UITLEG,
    Laatste,
    Opdracht,
    Prompter,
    Terug,
    Vraagstelling,
    met_hulp,
)
from interview.conduct.resultaat import Resultaat
from interview.conduct.vraagcontext import (
    Item,
    Vraagcontext,
    controleer_context,
    controleer_leeftijd,
    kijkt_naar_leeftijd,
)
from interview.conduct.vragenlijst import Vraag, Vragenlijst
from interview.conduct.wandeling import Kaart, Stap, Wandeling, stappen, verzamel
from interview.conduct.weergave import toon
from interview.fouten import BeschadigdBestand, GesprekAfgesloten, GesprekOnderbroken, OngeldigeInvoer

ONDERBROKEN = ("Het gesprek is onderbroken. Alle antwoorden tot nu toe zijn bewaard; "
               "start dezelfde opdracht opnieuw om verder te gaan waar u was.")
ONDERBROKEN_OP_KAART = ("Het gesprek is onderbroken. Alle antwoorden tot nu toe zijn bewaard, behalve die "
                        "op de kaart die open stond; start dezelfde opdracht opnieuw om verder te gaan met "
                        "die kaart.")
EERSTE_VRAAG = "Dit is de eerste vraag; verder terug kan niet."


def voer_uit(
    vragenlijst: Vragenlijst,
    journaal_pad: Path,
    prompter: Prompter | None,
    *,
    antwoorden: Mapping[str, Any] | Path | None = None,
    context: Vraagcontext | None = None,
    persoon: str = "",
    eerst: Sequence[str] = (),
    controles: Mapping[str, Callable[[Any], str | None]] | None = None,
    opdrachten: Sequence[Opdracht] = (),
) -> Resultaat:
    """Run the session recorded in `journaal_pad` and close it; returns the answers by `veld`.

    `antwoorden` is an answers file (path) or its content: a dict by question id, lists for
    lijst questions. `context` is what the step gives the questionnaire (people, ages, and what
    its `keuzes_uit`, `standaard_uit` and `hulp_uit` name); a name it lacks is a VragenlijstFout
    before anything is asked or written. With `prompter` None nothing is asked: a required
    answer the file lacks is an OngeldigeInvoer, optional ones are skipped. Ctrl-C raises
    GesprekOnderbroken; a journal that was already closed raises GesprekAfgesloten.
    `eerst` names answer paths (like `zorgen[2].titel`) to ask again before the review, for a
    reopened session whose answers did not make a valid plan. `controles` adds checks by answer
    path that need the caller's knowledge (is this kenmerk taken?): a check returns a Dutch
    message for a typed answer that cannot be right, and the question is asked again.
    `opdrachten` are colon commands the caller offers at every prompt (the netwerkberaad's
    `:overzicht`); `:terug` and `:hulp` are always there.
    """
    context = context or Vraagcontext()
    controleer_context(vragenlijst, context)
    bron = str(antwoorden) if isinstance(antwoorden, Path) else "het antwoordenbestand"
    if isinstance(antwoorden, Path):
        antwoorden = lees_antwoordbestand(antwoorden)
    gesprek = _Gesprek(vragenlijst, journaal_pad, prompter, context, persoon)
    gesprek.bron = bron
    gesprek.eerst = tuple(eerst)
    gesprek.controles = dict(controles or {})
    gesprek.opdrachten = met_hulp(opdrachten, gesprek.meld)
    if antwoorden:
        gesprek.bestand = maak_vlak(vragenlijst, antwoorden, bron,
                                    lambda vraag, vlak: gesprek.keuzes(vraag, {**gesprek.staat, **vlak}))
    try:
        gesprek.voer()
    except (KeyboardInterrupt, EOFError) as onderbreking:
        bericht = ONDERBROKEN_OP_KAART if gesprek.kaart_open else ONDERBROKEN
        raise GesprekOnderbroken(bericht, gesprek.resultaat().antwoorden) from onderbreking
    return gesprek.resultaat()


class _Gesprek:
    """The state of one run: the answers so far (flat, by path) and where they came from."""

    def __init__(self, lijst: Vragenlijst, pad: Path, prompter: Prompter | None,
                 context: Vraagcontext, persoon: str) -> None:
        self.lijst, self.pad, self.prompter = lijst, pad, prompter
        self.bestand: dict[str, Any] = {}
        self.bron = ""
        inhoud = journaal.lees_journaal(pad)
        if inhoud is not None and inhoud.einde is not None:
            raise GesprekAfgesloten(f"Het gesprek in {pad} is al afgesloten ({inhoud.einde}).")
        if inhoud is not None and inhoud.vragenlijst != lijst.id:
            raise BeschadigdBestand(
                f"Het gespreksverslag {pad} hoort bij vragenlijst '{inhoud.vragenlijst}', niet '{lijst.id}'."
            )
        self.inhoud = inhoud
        self.hervat = inhoud is not None
        self.onvolledig = inhoud is not None and inhoud.onvolledig
        self.persoon = inhoud.persoon if inhoud else persoon
        self.context = dataclasses.replace(context, leeftijd=inhoud.leeftijd) if inhoud else context
        """The step's context, with the age the session began with."""
        self.staat: dict[str, Any] = dict(inhoud.antwoorden) if inhoud else {}
        self.wandeling = Wandeling(lijst, self.staat, self.context.leeftijd, self.context.leeftijden)
        self.onbewaard: list[tuple[str, Any]] = []
        self.begin = inhoud.begin if inhoud else ""
        self.einde: str | None = None
        self.aangekondigd = False
        self.kaart_open = False
        """Whether a card is on screen: Ctrl-C then loses what is typed on it."""
        self.getoond: set[str] = set()
        """The questions and cards put to the worker in this run (a command typed asks the same again)."""
        self.gesloten: set[str] = set()
        """'Is there a next item?' answered no by a filled card that ended its list: not asked."""
        self.concepten: dict[str, dict[str, Any]] = {}
        """What was typed on a card left with `:terug`, by card id: shown when the card comes back."""
        self.voortgang = (0, 0)
        self.eerst: tuple[str, ...] = ()
        self.controles: dict[str, Callable[[Any], str | None]] = {}
        self.opdrachten: tuple[Opdracht, ...] = ()
        if inhoud is None:
            controleer_leeftijd(lijst, context.leeftijd)

    def voer(self) -> None:
        """Open (or repair) the journal, ask what is open, review, close."""
        if self.inhoud is None:
            leeftijd = self.context.leeftijd if kijkt_naar_leeftijd(self.lijst.vragen) else None
            self.begin = journaal.begin(self.pad, self.lijst.id, self.persoon, leeftijd)
        else:
            journaal.herstel(self.inhoud)
        try:
            self.vraag_alles()
        finally:
            self.leg_vast()  # also when interrupted: what was answered stays answered
        self.einde = journaal.sluit(self.pad)

    def vraag_alles(self) -> None:
        """Take the file's answers, ask what is open, then the questions to fix, then the review."""
        start = self.eerste_open()
        self.voortgang = (start, len(self.reeks()))
        self.loop(start, alleen_open=False)
        if self.prompter is not None:
            self.vraag_opnieuw(self.eerst)
        if self.prompter is not None and self.iets_gevraagd() and (self.hervat or len(self.getoond) != 1):
            self.overzicht()  # after one question or card the worker has just seen every answer

    def resultaat(self) -> Resultaat:
        return Resultaat(
            vragenlijst=self.lijst.id, persoon=self.persoon, begin=self.begin, einde=self.einde,
            antwoorden=verzamel(self.lijst, self.staat, self.context.leeftijd,
                                 self.context.leeftijden), hervat=self.hervat,
            onvolledig=self.onvolledig, uit_bestand=frozenset(self.bestand),
        )

    def reeks(self) -> list[Stap]:
        """Every step at once, for the review; asking goes step by step through `self.wandeling`."""
        return stappen(self.lijst, self.staat, self.context.leeftijd, self.context.leeftijden)

    def eerste_open(self) -> int:
        """Index of the first question neither the file nor an earlier run answered (len if none)."""
        index = 0
        while (stap := self.wandeling.stap(index)) is not None:
            if not self.neem_over(stap) and stap.pad not in self.staat:
                return index
            index += 1  # a file answer can open a list item or a condition: the walk follows
        return index

    def kondig_aan(self) -> None:
        """Title and introduction (or where a resumed session continues), once, before the first
        question: a run that needs no keyboard shows nothing at all."""
        if self.prompter is None or self.aangekondigd:
            return
        self.aangekondigd = True
        start, totaal = self.voortgang
        self.prompter.meld(self.lijst.titel)
        if self.onvolledig:
            self.prompter.meld(journaal.ONVOLLEDIG)
        if not self.hervat:
            self.prompter.meld(f"{self.lijst.inleiding}\n{UITLEG}")
        elif start < totaal:
            self.prompter.meld(f"Verder waar u gebleven was: vraag {start + 1} van ongeveer {totaal}.")
        elif self.eerst:
            self.prompter.meld("Eerst de vraag die aangepast moet worden; daarna ziet u het overzicht.")
        else:
            self.prompter.meld("Alle vragen zijn al beantwoord; hieronder ziet u het overzicht.")

    def loop(self, index: int, *, alleen_open: bool) -> None:
        """Ask from `index` to the end. `alleen_open` skips answered questions (after a review
        change); otherwise answered ones are asked again with their answer as default (after back)."""
        teruggekeerd = ""
        gevuld: set[str] = set()  # cards filled on this way forward: fields after a list inside one
        while (stap := self.wandeling.stap(index)) is not None:
            if (self.neem_over(stap) or (alleen_open and stap.pad in self.staat and stap.pad != teruggekeerd)
                    or (stap.kaart is not None and stap.kaart.id in gevuld)
                    or (stap.pad in self.gesloten and self.staat.get(stap.pad) is False)):
                index += 1
                continue
            if stap.kaart is not None and self.prompter is not None:
                if self.vul(stap.kaart, stap.kop) is TERUG:
                    index, teruggekeerd = self.vorige(self.kaartbegin(index, stap.kaart))
                    gevuld.clear()
                else:
                    gevuld.add(stap.kaart.id)  # the walk at `index` changed: go on from here, past the card
                continue
            antwoord = self.vraag(stap, terug=self.heeft_vorige(index))
            if antwoord is TERUG:
                index, teruggekeerd = self.vorige(index)
                continue
            self.bewaar(stap.pad, antwoord)
            index += 1  # earlier steps never depend on later answers, so `index` still points here

    def kaartbegin(self, index: int, kaart: Kaart) -> int:
        """The index of the first step of `kaart`, which ends at `index` or later."""
        while index > 0 and op_kaart(self.wandeling.stap(index - 1), kaart):
            index -= 1
        return index

    def vul(self, kaart: Kaart, kop: str) -> Terug | None:
        """Ask a whole card (again, with the messages, until every field fits) and keep its answers;
        TERUG when the user went back from it."""
        assert self.prompter is not None
        vragen = Kaartvragen(kaart, self.lijst, self.context, self.staat, self.bestand, self.controles)
        stelling = vragen.stelling(kop, self.opdrachten, self.concepten.get(kaart.id, {}),
                                   lambda waarden: self.concepten.__setitem__(kaart.id, dict(waarden)))
        self.kondig_aan()
        self.leg_vast()
        while True:
            self.kaart_open = True
            self.getoond.add(kaart.id)
            antwoord = self.prompter.vul_kaart(stelling)
            self.kaart_open = False
            if antwoord is TERUG:
                return TERUG
            if isinstance(antwoord, Opdracht):
                antwoord.doe()
                continue
            if antwoord is None and stelling.vervolg is not None:
                self.concepten.pop(kaart.id, None)
                self.bewaar(stelling.vervolg.pad, False)
                if kaart.klaar:
                    self.prompter.meld(kaart.klaar)
                return None
            laatste = isinstance(antwoord, Laatste) and bool(kaart.volgende)
            waarden = antwoord.waarden if isinstance(antwoord, Laatste) else antwoord or {}
            fouten, goed = vragen.controleer(stelling, waarden)
            if not fouten:
                self.concepten.pop(kaart.id, None)
                self.bewaar_kaart(vragen, goed)
                if laatste:  # the list ends here: its next empty card is not shown
                    self.bewaar(kaart.volgende, False)
                    self.gesloten.add(kaart.volgende)
                return None
            for pad, melding in fouten.items():
                self.prompter.meld(f"{vragen.label(pad)}: {melding}")
            stelling = dataclasses.replace(stelling, fouten=fouten)

    def bewaar_kaart(self, vragen: Kaartvragen, goed: Mapping[str, Any]) -> None:
        """Keep a filled card: the item is there, each field's answer, and what nobody could choose."""
        vervolg = vervolg_van(vragen.kaart)
        if vervolg and vervolg not in self.bestand:
            self.bewaar(vervolg, True)
        for pad, antwoord in goed.items():
            self.bewaar(pad, antwoord)
        for stap in vragen.onbeantwoord(goed):
            self.bewaar(stap.pad, self.zonder_vragen(stap))

    def geen_keuzes(self, vraag: Vraag) -> bool:
        """A choice whose list is empty: nobody can answer it, `zonder_vragen` does."""
        return vraag.soort in ("keuze", "meerkeuze") and not self.keuzes(vraag)

    def vraag_opnieuw(self, paden: Sequence[str]) -> None:
        """Ask the named questions again (their answer as default), then whatever that opens."""
        for pad in paden:
            stap = next((stap for stap in self.reeks() if stap.pad == pad and pad not in self.bestand), None)
            if stap is None:
                continue
            self.kondig_aan()
            antwoord = self.vraag(stap)
            if antwoord is not TERUG:
                self.bewaar(stap.pad, antwoord)
                self.loop(0, alleen_open=True)

    def neem_over(self, stap: Stap) -> bool:
        """Take the file's answer for this step, if it has one (the file always wins)."""
        if stap.pad not in self.bestand:
            return False
        self.bewaar(stap.pad, self.bestand[stap.pad])
        return True

    def heeft_vorige(self, index: int) -> bool:
        """Whether a question a person can answer comes before `index`."""
        return any((stap := self.wandeling.stap(eerder)) is not None and stap.pad not in self.bestand
                   for eerder in range(index))

    def vorige(self, index: int) -> tuple[int, str]:
        """Index and path of the previous question a person can answer (file answers are fixed);
        the same one at the start."""
        for eerder in range(index - 1, -1, -1):
            stap = self.wandeling.stap(eerder)
            if stap is not None and stap.pad not in self.bestand:
                return eerder, stap.pad
        self.meld(EERSTE_VRAAG)
        stap = self.wandeling.stap(index)
        return index, stap.pad if stap is not None else ""

    def vraag(self, stap: Stap, *, terug: bool = True) -> Any | Terug:
        """The checked answer from the keyboard (asked again until it fits), or TERUG; `terug`
        False: this is the first question, there is nothing to go back to."""
        keuzes = self.keuzes(stap.vraag)
        if self.prompter is None or self.geen_keuzes(stap.vraag):
            return self.zonder_vragen(stap)
        standaard = self.staat[stap.pad] if stap.pad in self.staat else self.standaard(stap)
        kop = "\n".join(deel for deel in (stap.kop, self.waarom(stap)) if deel)
        stelling = Vraagstelling(stap.vraag, stap.pad, standaard, keuzes, kop, opdrachten=self.opdrachten,
                                 terug=terug)
        self.kondig_aan()
        self.leg_vast()
        while True:
            self.getoond.add(stap.pad)
            antwoord = self.prompter.vraag(stelling)
            if antwoord is TERUG:
                return TERUG
            if isinstance(antwoord, Opdracht):
                antwoord.doe()
                continue
            try:
                gecontroleerd = controleer(stap.vraag, antwoord, keuzes)
            except OngeldigAntwoord as fout:
                self.prompter.meld(fout.melding)
                continue
            melding = self.controles[stap.pad](gecontroleerd) if stap.pad in self.controles else None
            if melding is None:
                return gecontroleerd
            self.prompter.meld(melding)

    def zonder_vragen(self, stap: Stap) -> Any:
        """An answer when nobody can be asked: 'no more items', skip an optional one, or an error."""
        if stap.pad.endswith("]?"):
            return False
        standaard = self.standaard(stap)
        if standaard is not None:
            return standaard
        if not stap.vraag.verplicht:
            return None
        if self.prompter is None:
            raise OngeldigeInvoer(
                f"{self.bron}: vraag '{stap.pad}' ({stap.vraag.tekst}) ontbreekt, en zonder terminal "
                "kan hij niet gesteld worden."
            )
        raise OngeldigeInvoer(
            f"Vraag '{stap.pad}' heeft keuzes uit '{stap.vraag.keuzes_uit}' nodig, maar die lijst is leeg."
        )

    def standaard(self, stap: Stap) -> Any:
        """The default the context gives this question (None if it gives none)."""
        return self.context.standaard(stap.vraag, Item.van(stap.pad, self.staat))

    def waarom(self, stap: Stap) -> str:
        """The line the context gives on why this question matters here (empty if none)."""
        return self.context.waarom(stap.vraag, Item.van(stap.pad, self.staat))

    def bewaar(self, pad: str, antwoord: Any) -> None:
        """Keep a new or changed answer; `leg_vast` writes it to the journal."""
        if pad not in self.staat or self.staat[pad] != antwoord:
            self.staat[pad] = antwoord
            self.onbewaard.append((pad, antwoord))
            self.wandeling.veranderd(pad)

    def leg_vast(self) -> None:
        """Write the answers kept since the last write to the journal, in one fsynced append."""
        if self.onbewaard:
            journaal.schrijf_antwoorden(self.pad, self.onbewaard)
            self.onbewaard = []

    def iets_gevraagd(self) -> bool:
        return any(stap.pad not in self.bestand for stap in self.reeks())

    def overzicht(self) -> None:
        """Review: every answer, any of which can be changed, until the user chooses to close."""
        assert self.prompter is not None
        self.kondig_aan()
        while True:
            te_wijzigen = [stap for stap in self.reeks() if stap.pad not in self.bestand
                           and not (_kaartvervolg(stap) and self.staat.get(stap.pad) is True)]
            regels = [self.overzichtregel(stap) for stap in te_wijzigen]
            self.leg_vast()
            keuze = self.prompter.kies_uit_overzicht(regels, self.opdrachten)
            if keuze is None:
                return
            if isinstance(keuze, Opdracht):
                keuze.doe()
                continue
            stap = te_wijzigen[keuze]
            antwoord = self.vraag(dataclasses.replace(stap, kop=_itemnaam(stap)))
            if antwoord is not TERUG:
                self.bewaar(stap.pad, antwoord)
                self.loop(0, alleen_open=True)  # a change can open new questions: ask those too

    def overzichtregel(self, stap: Stap) -> str:
        """One line of the review: the question and its answer; a list on cards says how many items."""
        if _kaartvervolg(stap):
            return stap.label
        return f"{stap.label}  →  {toon(stap.vraag, self.staat.get(stap.pad), self.keuzes(stap.vraag))}"

    def keuzes(self, vraag: Vraag, staat: Mapping[str, Any] | None = None) -> Keuzes:
        """The (value, label) pairs a question offers; a context list that is a function gets the
        answers so far (`staat`, else this run's)."""
        return self.context.keuzes(vraag, self.staat if staat is None else staat)

    def meld(self, tekst: str) -> None:
        if self.prompter is not None:
            self.prompter.meld(tekst)


def _kaartvervolg(stap: Stap) -> bool:
    """Whether `stap` is 'is there this item?' of a list on cards: bookkeeping nobody was asked."""
    return stap.kaart is not None and stap.pad == vervolg_van(stap.kaart)


def _itemnaam(stap: Stap) -> str:
    """The item a question changed from the review belongs to ('Kind 2'), empty outside a list."""
    if _kaartvervolg(stap) or not stap.label.endswith(stap.vraag.tekst):
        return ""
    return stap.label[:-len(stap.vraag.tekst)].rstrip(": ")
