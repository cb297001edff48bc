"""Questionnaires as data: a YAML file becomes frozen Vraag objects, or one Dutch error."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from interview.fouten import VragenlijstFout
from interview.yamlbestand import lees_yaml

Soort = Literal[
    "kort", "lang", "keuze", "meerkeuze", "janee", "schaal", "datum", "persoon", "personen", "lijst"
]
SOORTEN: tuple[Soort, ...] = (
    "kort", "lang", "keuze", "meerkeuze", "janee", "schaal", "datum", "persoon", "personen", "lijst",
)
Toets = Literal["is", "niet", "bevat", "leeftijd_onder", "leeftijd_vanaf"]
BUNDEL = ("ouder", "jeugdige", "netwerk", "professional", "netwerkberaad", "dossier", "evaluatie",
          "incident", "wijzigingen")

_ID = re.compile(r"[a-z_][a-z0-9_]*")
_VELD = re.compile(r"[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*")
_SLEUTELS = frozenset({
    "id", "tekst", "hulp", "soort", "veld", "verplicht", "keuzes", "keuzes_uit", "als", "item", "min",
    "vragen", "leeg", "standaard_uit", "hulp_uit", "kaart", "groep",
})
_TOETSEN: tuple[Toets, ...] = ("is", "niet", "bevat", "leeftijd_onder", "leeftijd_vanaf")


@dataclass(frozen=True)
class Voorwaarde:
    """When a question is asked: an earlier answer `is`/`niet`/`bevat` a value (`is`/`niet` also one of
    a list of values, held as a tuple), or an age bound: of the session's child, or with `vraag` of the
    person chosen in that earlier persoon question."""

    toets: Toets
    waarde: Any
    vraag: str = ""


@dataclass(frozen=True)
class Vraag:
    """One question. `veld` is where the answer goes; a `lijst` repeats its own `vragen` per item.
    `leeg` says what an optional meerkeuze with nothing ticked means ('beide'), to echo and review.
    `standaard_uit` names the context entry that gives the default shown (and taken when an answers
    file leaves the question out): what the dossier or the earlier answers already say.
    `hulp_uit` names the context entry that says why this question matters here, from the
    answers so far (an afspraak for someone with an LVB: 'schrijf de stappen uit').
    `kaart` (lists only) asks each item on one card, and an empty card ends the list; questions of
    one level with the same `groep` are asked together on one card."""

    id: str
    tekst: str
    soort: Soort
    veld: str
    verplicht: bool = True
    hulp: str = ""
    keuzes: tuple[str, ...] = ()
    keuzes_uit: str = ""
    als: Voorwaarde | None = None
    item: str = ""
    min: int = 0
    vragen: tuple[Vraag, ...] = ()
    leeg: str = ""
    standaard_uit: str = ""
    hulp_uit: str = ""
    kaart: bool = False
    groep: str = ""


@dataclass(frozen=True)
class Vragenlijst:
    """A whole questionnaire; `bron` is the file it came from, for error messages. `hernoemd` maps
    a question id that answers files may still use to what replaced it, in Dutch."""

    id: str
    titel: str
    inleiding: str
    vragen: tuple[Vraag, ...]
    bron: str = ""
    hernoemd: Mapping[str, str] = field(default_factory=dict)


def laad_vragenlijst(naam_of_pad: str | Path) -> Vragenlijst:
    """The bundled questionnaire with that name (`ouder`, `jeugdige`, ...) or the file at that path."""
    if isinstance(naam_of_pad, str) and _ID.fullmatch(naam_of_pad):
        bestand = resources.files("interview") / "questionnaires" / f"{naam_of_pad}.yaml"
        if not bestand.is_file():
            raise VragenlijstFout(
                f"Onbekende vragenlijst '{naam_of_pad}'. Bekend zijn: {', '.join(BUNDEL)}."
            )
        with resources.as_file(bestand) as pad:
            return lees_vragenlijst(pad)
    return lees_vragenlijst(Path(naam_of_pad))


def lees_vragenlijst(pad: Path) -> Vragenlijst:
    """Parse and check the questionnaire file at `pad`; VragenlijstFout names file and question."""
    inhoud = lees_yaml(pad, VragenlijstFout, getypt=True)
    return _Lezer(str(pad)).vragenlijst(inhoud)


class _Lezer:
    """Turns parsed YAML into a Vragenlijst, knowing the file name for every message."""

    def __init__(self, bron: str) -> None:
        self.bron = bron

    def fout(self, vraag_id: str, wat: str) -> VragenlijstFout:
        return VragenlijstFout(f"{self.bron}: vraag '{vraag_id}': {wat}")

    def vragenlijst(self, inhoud: Any) -> Vragenlijst:
        if not isinstance(inhoud, Mapping):
            raise VragenlijstFout(f"{self.bron}: een vragenlijst heeft id, titel, inleiding en vragen")
        for sleutel in ("id", "titel", "vragen"):
            if sleutel not in inhoud:
                raise VragenlijstFout(f"{self.bron}: '{sleutel}' ontbreekt bovenaan de vragenlijst")
        if not isinstance(inhoud["vragen"], list) or not inhoud["vragen"]:
            raise VragenlijstFout(f"{self.bron}: 'vragen' moet een lijst met minstens één vraag zijn")
        return Vragenlijst(
            id=str(inhoud["id"]),
            titel=str(inhoud["titel"]),
            inleiding=str(inhoud.get("inleiding") or "").strip(),
            vragen=self.niveau(inhoud["vragen"], buiten=()),
            bron=self.bron,
            hernoemd=self.hernoemd(inhoud.get("hernoemd") or {}),
        )

    def hernoemd(self, hernoemd: Any) -> dict[str, str]:
        if not isinstance(hernoemd, Mapping) or not all(
                isinstance(oud, str) and isinstance(nieuw, str) for oud, nieuw in hernoemd.items()):
            raise VragenlijstFout(f"{self.bron}: 'hernoemd' koppelt een oud vraag-id aan wat het verving")
        return dict(hernoemd)

    def niveau(self, ruw: Sequence[Any], buiten: tuple[Mapping[str, Vraag], ...]) -> tuple[Vraag, ...]:
        """The questions of one level; `buiten` are the earlier questions of the outer levels."""
        eerder: dict[str, Vraag] = {}
        for nummer, gegevens in enumerate(ruw, 1):
            vraag = self.vraag(gegevens, nummer, (eerder, *buiten))
            if vraag.id in eerder:
                raise self.fout(vraag.id, "dit id komt twee keer voor op hetzelfde niveau")
            eerder[vraag.id] = vraag
        return tuple(eerder.values())

    def vraag(self, gegevens: Any, nummer: int, bereik: tuple[Mapping[str, Vraag], ...]) -> Vraag:
        vraag_id = self.vraag_id(gegevens, nummer)
        onbekend = sorted(set(gegevens) - _SLEUTELS)
        if onbekend:
            raise self.fout(vraag_id, f"onbekende sleutel '{onbekend[0]}'")
        soort = gegevens.get("soort")
        if soort not in SOORTEN:
            raise self.fout(vraag_id, f"onbekende soort '{soort}'; kies uit {', '.join(SOORTEN)}")
        tekst = gegevens.get("tekst")
        if not isinstance(tekst, str) or not tekst.strip():
            raise self.fout(vraag_id, "'tekst' ontbreekt")
        veld = gegevens.get("veld", vraag_id)
        if not isinstance(veld, str) or not _VELD.fullmatch(veld):
            raise self.fout(
                vraag_id, f"'veld' moet een naam zijn als 'zorgen' of 'veiligheidsplan.doel', niet {veld!r}"
            )
        verplicht = gegevens.get("verplicht", True)
        if not isinstance(verplicht, bool):
            raise self.fout(vraag_id, "'verplicht' moet true of false zijn")
        keuzes, keuzes_uit = self.keuzes(vraag_id, soort, gegevens)
        leeg = self.leeg(vraag_id, soort, verplicht, gegevens.get("leeg"))
        als = self.voorwaarde(vraag_id, gegevens.get("als"), bereik)
        standaard_uit = gegevens.get("standaard_uit", "")
        if not isinstance(standaard_uit, str) or (standaard_uit and not _ID.fullmatch(standaard_uit)):
            raise self.fout(vraag_id, "'standaard_uit' moet de naam van een gegeven zijn, zoals regiehouder")
        hulp_uit = gegevens.get("hulp_uit", "")
        if not isinstance(hulp_uit, str) or (hulp_uit and not _ID.fullmatch(hulp_uit)):
            raise self.fout(vraag_id, "'hulp_uit' moet de naam van een gegeven zijn, zoals communicatie")
        vraag = Vraag(
            id=vraag_id, tekst=tekst.strip(), soort=soort, veld=veld, verplicht=verplicht,
            hulp=str(gegevens.get("hulp") or "").strip(), keuzes=keuzes, keuzes_uit=keuzes_uit, als=als,
            leeg=leeg, standaard_uit=standaard_uit, hulp_uit=hulp_uit,
            groep=self.groep(vraag_id, soort, gegevens.get("groep")),
        )
        if soort == "lijst":
            return self.lijst(vraag, gegevens, bereik)
        if "vragen" in gegevens or "item" in gegevens or "min" in gegevens or "kaart" in gegevens:
            raise self.fout(vraag_id, "'vragen', 'item', 'min' en 'kaart' horen alleen bij soort lijst")
        return vraag

    def groep(self, vraag_id: str, soort: str, groep: Any) -> str:
        """The card a question shares with the others of its level that name the same group."""
        if groep is None:
            return ""
        if soort == "lijst":
            raise self.fout(vraag_id, "een lijst staat niet in een 'groep'; geef hem 'kaart: true'")
        if not isinstance(groep, str) or not _ID.fullmatch(groep):
            raise self.fout(vraag_id, "'groep' moet een naam zijn (kleine letters, cijfers en _), zoals rt")
        return groep

    def vraag_id(self, gegevens: Any, nummer: int) -> str:
        if not isinstance(gegevens, Mapping):
            raise VragenlijstFout(f"{self.bron}: vraag nummer {nummer} is geen vraag (id, tekst, soort)")
        vraag_id = gegevens.get("id")
        if not isinstance(vraag_id, str) or not _ID.fullmatch(vraag_id):
            raise VragenlijstFout(
                f"{self.bron}: vraag nummer {nummer} heeft geen geldig id "
                f"(kleine letters, cijfers en _; gevonden: {vraag_id!r})"
            )
        return vraag_id

    def keuzes(self, vraag_id: str, soort: str, gegevens: Mapping[str, Any]) -> tuple[tuple[str, ...], str]:
        keuzes, keuzes_uit = gegevens.get("keuzes"), gegevens.get("keuzes_uit")
        eigen_lijst = isinstance(keuzes_uit, str) and bool(keuzes_uit) and keuzes is None
        if soort in ("persoon", "personen") and eigen_lijst:
            return (), str(keuzes_uit)  # only the people of that list: the children, the parents with gezag
        if soort not in ("keuze", "meerkeuze"):
            if keuzes is not None or keuzes_uit is not None:
                raise self.fout(vraag_id, "'keuzes' horen alleen bij keuze en meerkeuze, 'keuzes_uit' "
                                          "ook bij persoon en personen")
            return (), ""
        if (keuzes is None) == (keuzes_uit is None):
            raise self.fout(vraag_id, f"een {soort}vraag heeft 'keuzes' of 'keuzes_uit' nodig (één van twee)")
        if keuzes_uit is not None:
            if not isinstance(keuzes_uit, str) or not keuzes_uit:
                raise self.fout(vraag_id, "'keuzes_uit' moet de naam van een keuzelijst zijn")
            return (), keuzes_uit
        if not isinstance(keuzes, list) or not keuzes or not all(isinstance(k, str) for k in keuzes):
            raise self.fout(vraag_id, "'keuzes' moet een lijst met tekst zijn (getal tussen aanhalingsteken)")
        if len(set(keuzes)) != len(keuzes):
            raise self.fout(vraag_id, "een keuze staat twee keer in 'keuzes'")
        return tuple(keuzes), ""

    def leeg(self, vraag_id: str, soort: str, verplicht: bool, leeg: Any) -> str:
        if leeg is None:
            return ""
        if soort not in ("meerkeuze", "personen") or verplicht:
            raise self.fout(vraag_id, "'leeg' hoort alleen bij meerkeuze of personen, met verplicht: false")
        if not isinstance(leeg, str) or not leeg.strip():
            raise self.fout(vraag_id, "'leeg' moet tekst zijn: wat niets aanvinken betekent, zoals 'beide'")
        return leeg.strip()

    def voorwaarde(
        self, vraag_id: str, als: Any, bereik: tuple[Mapping[str, Vraag], ...]
    ) -> Voorwaarde | None:
        if als is None:
            return None
        toetsen = [t for t in _TOETSEN if isinstance(als, Mapping) and t in als]
        if len(toetsen) != 1 or set(als) - {toetsen[0], "vraag"}:
            raise self.fout(
                vraag_id, "'als' heeft één toets: is, niet, bevat, leeftijd_onder of leeftijd_vanaf"
            )
        toets, waarde = toetsen[0], als[toetsen[0]]
        geen_jaren = not isinstance(waarde, int) or isinstance(waarde, bool) or waarde < 0
        if toets.startswith("leeftijd") and geen_jaren:
            raise self.fout(vraag_id, f"'{toets}' moet een leeftijd in jaren zijn")
        if toets.startswith("leeftijd") and "vraag" not in als:
            return Voorwaarde(toets, waarde)
        doel = next((niveau[als.get("vraag")] for niveau in bereik if als.get("vraag") in niveau), None)
        if doel is None:
            raise self.fout(
                vraag_id, f"'als' verwijst naar vraag '{als.get('vraag')}', maar die staat er niet eerder in"
            )
        if isinstance(waarde, list) and toets in ("is", "niet"):
            for een in waarde:
                self.past_bij(vraag_id, toets, een, doel)
            return Voorwaarde(toets, tuple(waarde), doel.id)
        self.past_bij(vraag_id, toets, waarde, doel)
        return Voorwaarde(toets, waarde, doel.id)

    def past_bij(self, vraag_id: str, toets: Toets, waarde: Any, doel: Vraag) -> None:
        """Catch conditions that can never hold, such as a typo in a choice."""
        if toets.startswith("leeftijd"):
            if doel.soort != "persoon":
                raise self.fout(vraag_id, f"'{toets}' met 'vraag' werkt alleen op een persoon-vraag, "
                                          f"niet op '{doel.id}'")
            return
        if toets == "bevat" and doel.soort not in ("meerkeuze", "personen"):
            raise self.fout(vraag_id, f"'bevat' werkt alleen op meerkeuze of personen, niet op '{doel.id}'")
        if doel.soort == "lijst":
            raise self.fout(vraag_id, f"'als' kan niet op de lijst '{doel.id}' zelf")
        if doel.soort == "janee" and not isinstance(waarde, bool):
            raise self.fout(vraag_id, f"'{doel.id}' is een ja/nee-vraag: gebruik true of false")
        if doel.keuzes and waarde not in doel.keuzes:
            raise self.fout(vraag_id, f"'{waarde}' is geen keuze van vraag '{doel.id}'")

    def lijst(self, vraag: Vraag, gegevens: Mapping[str, Any],
              bereik: tuple[Mapping[str, Vraag], ...]) -> Vraag:
        item, minimum, vragen = gegevens.get("item"), gegevens.get("min", 0), gegevens.get("vragen")
        if not isinstance(item, str) or not item.strip():
            raise self.fout(vraag.id, "een lijst heeft 'item' nodig (het woord voor één item, zoals 'zorg')")
        if not isinstance(minimum, int) or isinstance(minimum, bool) or minimum < 0:
            raise self.fout(vraag.id, "'min' moet een geheel getal van 0 of meer zijn")
        if not isinstance(vragen, list) or not vragen:
            raise self.fout(vraag.id, "een lijst heeft 'vragen' nodig voor elk item")
        kaart = gegevens.get("kaart", False)
        if not isinstance(kaart, bool):
            raise self.fout(vraag.id, "'kaart' moet true of false zijn")
        return Vraag(
            id=vraag.id, tekst=vraag.tekst, soort="lijst", veld=vraag.veld, verplicht=vraag.verplicht,
            hulp=vraag.hulp, als=vraag.als, item=item.strip(), min=minimum,
            vragen=self.niveau(vragen, buiten=bereik), kaart=kaart,
        )
