"""The walk: which questions a session asks, in order, given the answers so far.

Answers are kept flat, keyed by a path of question ids: `zorgen[2].wat` is the `wat` of the
second zorg (counting from 1). Whether a list has an item N is itself an answer, `zorgen[2]?`
(the "nog een zorg?" question), so going back, resuming and reviewing treat it like any other.
The walk is a pure function of the answers: changing one answer re-routes everything after it.
`stappen` makes the whole walk at once; a running session takes it step by step (`Wandeling`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from interview.conduct.vragenlijst import Voorwaarde, Vraag, Vragenlijst

Staat = Mapping[str, Any]
"""Answers keyed by path; None means 'asked and skipped' (an optional question)."""


@dataclass(frozen=True)
class Kaart:
    """The card a step is asked on: a list item with `kaart: true`, or a `groep` of one level.

    `velden` are all its questions by path, whether their condition holds now or not; `vervolg` is
    the path and question 'is there this item?' that an empty card answers no (None when the item
    is required); `klaar` the line left on screen when the list ends at this card, as the empty
    card itself disappears; `volgende` the path of 'is there a next item?', which a filled card
    answers no when it ends the list (empty for a card that is no list item).
    """

    id: str
    velden: tuple[tuple[str, Vraag], ...]
    kop: str = ""
    vervolg: tuple[str, Vraag] | None = None
    klaar: str = ""
    volgende: str = ""


@dataclass(frozen=True)
class Stap:
    """One question to ask at `pad`. `kop` introduces a list or a new item; `label` names it in review.
    `kaart` is the card it is asked on, None for a question on its own."""

    pad: str
    vraag: Vraag
    label: str
    kop: str = ""
    kaart: Kaart | None = None


@dataclass(frozen=True)
class _Niveau:
    """One level of nesting: the path prefix of its answers and its questions, for `als` look-ups."""

    prefix: str
    vragen: tuple[Vraag, ...]
    label: str


Leeftijden = Mapping[str, int]
"""The ages of the people who can be chosen in a persoon question, by name; a name missing is an adult."""


def stappen(lijst: Vragenlijst, staat: Staat, leeftijd: int | None,
            leeftijden: Leeftijden | None = None) -> list[Stap]:
    """Every question the session asks with these answers, in order (open lists end at 'nog een?')."""
    return list(_loop(lijst.vragen, (_Niveau("", lijst.vragen, ""),), staat, leeftijd, leeftijden or {}))


class Wandeling:
    """The walk taken one step at a time while the answers come in, so a session costs linear time.

    Asking `stappen` again after every answer made a session quadratic (an answers file with 500
    afspraken took a minute). Instead this keeps the steps made so far and a paused walk for the
    rest. The steps depend only on the answers the walk has looked at (conditions, 'nog een?'),
    and it looks at an answer only after handing out its step; so storing the answer to the step
    just handed out changes nothing made so far, and the paused walk reads it when it goes on.
    Changing an answer it did look at (back, review) starts the walk afresh from the first step.

    `staat` is read live: the caller stores answers in it and then calls `veranderd`.
    """

    def __init__(self, lijst: Vragenlijst, staat: Staat, leeftijd: int | None,
                 leeftijden: Leeftijden | None = None) -> None:
        self._lijst, self._staat, self._leeftijd, self._leeftijden = lijst, staat, leeftijd, leeftijden or {}
        self._opnieuw()

    def stap(self, index: int) -> Stap | None:
        """The step at `index` (from 0) with the answers as they are now; None past the last step."""
        while len(self._gemaakt) <= index:
            volgende = next(self._rest, None)
            if volgende is None:
                return None
            self._gemaakt.append(volgende)
        return self._gemaakt[index]

    def veranderd(self, pad: str) -> None:
        """The answer at `pad` was stored or changed: start afresh if the steps made depend on it."""
        if pad in self._gelezen:
            self._opnieuw()

    def _opnieuw(self) -> None:
        lezer = _Antwoordenlezer(self._staat)
        self._gelezen = lezer.gelezen
        self._gemaakt: list[Stap] = []
        self._rest = _loop(self._lijst.vragen, (_Niveau("", self._lijst.vragen, ""),), lezer, self._leeftijd,
                           self._leeftijden)


class _Antwoordenlezer(Mapping[str, Any]):
    """The answers, noting each path the walk looks up (also one without an answer yet)."""

    def __init__(self, staat: Staat) -> None:
        self._staat = staat
        self.gelezen: set[str] = set()

    def __getitem__(self, pad: str) -> Any:
        self.gelezen.add(pad)
        return self._staat[pad]

    def __iter__(self) -> Iterator[str]:
        return iter(self._staat)

    def __len__(self) -> int:
        return len(self._staat)


def vervolgpad(lijstpad: str, nummer: int) -> str:
    """The path of the answer to 'is there an item `nummer`?' in the list at `lijstpad`."""
    return f"{lijstpad}[{nummer}]?"


def verzamel(lijst: Vragenlijst, staat: Staat, leeftijd: int | None,
             leeftijden: Leeftijden | None = None) -> dict[str, Any]:
    """The answers of the questions the walk reaches, nested and keyed by `veld`.

    Lists become lists of dicts; skipped optional answers and answers that the walk no longer
    reaches (a condition changed, a list was shortened) are left out.
    """
    return _verzamel(lijst.vragen, (_Niveau("", lijst.vragen, ""),), staat, leeftijd, leeftijden or {})


def voldaan(als: Voorwaarde | None, niveaus: tuple[_Niveau, ...], staat: Staat, leeftijd: int | None,
            leeftijden: Leeftijden) -> bool:
    """Whether a question's condition holds; an unanswered earlier question counts as no answer.
    An age bound with a `vraag` is about the person chosen there, not the session's child."""
    if als is None:
        return True
    antwoord = staat.get(_pad_van(als.vraag, niveaus)) if als.vraag else None
    if als.toets.startswith("leeftijd") and als.vraag:
        return antwoord is not None and _binnen(als, leeftijden.get(str(antwoord)), volwassen=True)
    if als.toets.startswith("leeftijd"):
        return leeftijd is not None and _binnen(als, leeftijd, volwassen=False)
    if als.toets == "bevat":
        return isinstance(antwoord, list) and any(a == als.waarde for a in antwoord)
    gelijk = antwoord in als.waarde if isinstance(als.waarde, tuple) else antwoord == als.waarde
    return bool(gelijk) == (als.toets == "is")


def _binnen(als: Voorwaarde, leeftijd: int | None, volwassen: bool) -> bool:
    """Whether an age meets the bound; an unknown age is an adult's when `volwassen`, else it meets none."""
    if leeftijd is None:
        return volwassen and als.toets == "leeftijd_vanaf"
    return leeftijd >= int(als.waarde) if als.toets == "leeftijd_vanaf" else leeftijd < int(als.waarde)


def _pad_van(vraag_id: str, niveaus: tuple[_Niveau, ...]) -> str:
    """The path of an earlier question, looked up from the innermost level outwards (as the loader did)."""
    for niveau in reversed(niveaus):
        if any(v.id == vraag_id for v in niveau.vragen):
            return niveau.prefix + vraag_id
    return vraag_id


def _loop(vragen: tuple[Vraag, ...], niveaus: tuple[_Niveau, ...], staat: Staat,
          leeftijd: int | None, leeftijden: Leeftijden) -> Iterator[Stap]:
    prefix, label = niveaus[-1].prefix, niveaus[-1].label
    groepen = _groepen(vragen, prefix)
    for vraag in vragen:
        if not voldaan(vraag.als, niveaus, staat, leeftijd, leeftijden):
            continue
        if vraag.soort == "lijst":
            yield from _lijst(vraag, niveaus, staat, leeftijd, leeftijden)
        else:
            yield Stap(prefix + vraag.id, vraag, f"{label}{vraag.tekst}", kaart=groepen.get(vraag.groep))


def _groepen(vragen: tuple[Vraag, ...], prefix: str) -> dict[str, Kaart]:
    """One card per `groep` named on this level, holding the level's questions of that group."""
    namen = dict.fromkeys(vraag.groep for vraag in vragen if vraag.groep)
    return {naam: Kaart(f"{prefix}{naam}", tuple((prefix + v.id, v) for v in vragen if v.groep == naam),
                        _hoofdletter(naam.replace("_", " ")))
            for naam in namen}


def _lijst(lijst: Vraag, niveaus: tuple[_Niveau, ...], staat: Staat, leeftijd: int | None,
           leeftijden: Leeftijden) -> Iterator[Stap]:
    pad, label = niveaus[-1].prefix + lijst.id, niveaus[-1].label
    inleiding = "\n".join(t for t in (lijst.tekst, lijst.hulp) if t)
    nummer = 1
    while True:
        kaart = _itemkaart(lijst, pad, nummer, inleiding) if lijst.kaart else None
        if nummer > lijst.min:
            yield Stap(vervolgpad(pad, nummer), vervolgvraag(lijst, nummer),
                       f"{label}{_vervolglabel(lijst, nummer)}", inleiding if nummer == 1 else "", kaart)
            if staat.get(vervolgpad(pad, nummer)) is not True:
                return
        item = _Niveau(f"{pad}[{nummer}].", lijst.vragen, f"{label}{_hoofdletter(lijst.item)} {nummer}: ")
        kop = f"{inleiding}\n\n" if nummer == 1 and lijst.min else ""
        for index, stap in enumerate(_loop(lijst.vragen, (*niveaus, item), staat, leeftijd, leeftijden)):
            eigen = kaart is not None and any(stap.pad == veld for veld, _ in kaart.velden)
            yield Stap(stap.pad, stap.vraag, stap.label,
                       stap.kop or (f"{kop}{_hoofdletter(lijst.item)} {nummer}" if index == 0 else ""),
                       kaart if eigen else stap.kaart)
        nummer += 1


def _itemkaart(lijst: Vraag, pad: str, nummer: int, inleiding: str) -> Kaart:
    """The card of item `nummer`: the item's own questions (a list inside it gets cards of its own)."""
    velden = tuple((f"{pad}[{nummer}].{v.id}", v) for v in lijst.vragen if v.soort != "lijst")
    kop = f"{inleiding}\n\n" if nummer == 1 else ""
    vervolg = (vervolgpad(pad, nummer), vervolgvraag(lijst, nummer)) if nummer > lijst.min else None
    klaar = (f"Geen {lijst.item} genoteerd." if nummer == 1
             else f"{_hoofdletter(lijst.item)}: {nummer - 1} genoteerd.")
    return Kaart(f"{pad}[{nummer}]", velden, f"{kop}{_hoofdletter(lijst.item)} {nummer}", vervolg, klaar,
                 vervolgpad(pad, nummer + 1))


def vervolgvraag(lijst: Vraag, nummer: int) -> Vraag:
    """The yes/no question 'is there an item `nummer`?' that a list asks once its minimum is met."""
    tekst = f"Wilt u een {lijst.item} noteren?" if nummer == 1 else f"Nog een {lijst.item}?"
    return Vraag(id=f"{lijst.id}[{nummer}]?", tekst=tekst, soort="janee", veld=lijst.veld)


def _verzamel(vragen: tuple[Vraag, ...], niveaus: tuple[_Niveau, ...], staat: Staat,
              leeftijd: int | None, leeftijden: Leeftijden) -> dict[str, Any]:
    prefix = niveaus[-1].prefix
    antwoorden: dict[str, Any] = {}
    for vraag in vragen:
        if not voldaan(vraag.als, niveaus, staat, leeftijd, leeftijden):
            continue
        if vraag.soort == "lijst":
            antwoorden[vraag.veld] = _items(vraag, niveaus, staat, leeftijd, leeftijden)
        elif staat.get(prefix + vraag.id) is not None:
            antwoorden[vraag.veld] = staat[prefix + vraag.id]
    return antwoorden


def _items(lijst: Vraag, niveaus: tuple[_Niveau, ...], staat: Staat,
           leeftijd: int | None, leeftijden: Leeftijden) -> list[dict[str, Any]]:
    pad = niveaus[-1].prefix + lijst.id
    items = []
    nummer = 1
    while nummer <= lijst.min or staat.get(vervolgpad(pad, nummer)) is True:
        item = _Niveau(f"{pad}[{nummer}].", lijst.vragen, "")
        antwoorden = _verzamel(lijst.vragen, (*niveaus, item), staat, leeftijd, leeftijden)
        if not antwoorden:
            break  # an unfinished session: this item was never started
        items.append(antwoorden)
        nummer += 1
    return items


def _vervolglabel(lijst: Vraag, nummer: int) -> str:
    """How 'is there an item `nummer`?' reads in the review, where several of them stand together.
    A list on cards never asked it: the review shows only its end, as the number of items noted."""
    if lijst.kaart:
        aantal = f"{_hoofdletter(lijst.item)}: {nummer - 1}" if nummer > 1 else f"Geen {lijst.item}"
        return f"{aantal} genoteerd (kies dit om er een toe te voegen)"
    if nummer == 1:
        return f"{lijst.tekst} (een {lijst.item} noteren?)"
    return f"Nog een {lijst.item} na {lijst.item} {nummer - 1}?"


def _hoofdletter(woord: str) -> str:
    return woord[:1].upper() + woord[1:]
