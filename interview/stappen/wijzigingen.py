"""The change questions every door ends with (`wijzigingen.yaml`), and their answers as `Wijzigingen`.

Items are picked from lists built from the plan (never typed numbers): keep (say nothing),
change a text, end, move an afspraak, add new ones; then the next evaluation date.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from interview.conduct import Keuzelijst, Vraag, Vraagcontext, Vragenlijst, VragenlijstFout, laad_vragenlijst
from interview.conduct.vragenlijst import Voorwaarde
from interview.model import Afspraak, Bodemeis, Plan, Veiligheidsdoel, Zorg
from interview.stappen.communicatie import uitschrijven_bij
from interview.stappen.herzien import lopend
from interview.stappen.verwijzingen import Soort, keuzelijst
from interview.wijzig import (
    Aanpassing,
    Beeindigen,
    Toevoegingen,
    Verplaatsing,
    Wijzigingen,
    volgende_nummers,
)

AANPASBAAR: dict[str, tuple[str, ...]] = {
    "Z": ("titel", "gevaarsomschrijving", "bezorgd", "verschil_van_mening"),
    "D": ("omschrijving", "duur", "zorg"),
    "B": ("omschrijving", "gesteld_door"),
    "A": ("wat", "wie", "wanneer", "stappen", "toelichting", "controle_door", "helpt",
          "gevolg_bij_niet_nakomen", "dient"),
    "O": ("omschrijving",),
}
"""The texts of an item the change step offers; its number, fase and end have steps of their own."""
VELDNAMEN: dict[str, str] = {
    "titel": "titel", "gevaarsomschrijving": "gevaarsomschrijving", "bezorgd": "wie zich zorgen maakt",
    "verschil_van_mening": "verschil van mening", "omschrijving": "omschrijving", "duur": "duur",
    "zorg": "bij welke zorg", "gesteld_door": "gesteld door", "wat": "wat", "wie": "wie",
    "wanneer": "wanneer", "stappen": "stappen", "toelichting": "toelichting",
    "controle_door": "wie controleert", "helpt": "wie helpt",
    "gevolg_bij_niet_nakomen": "wat er gebeurt als het niet lukt", "dient": "wat het dient",
}
"""How each field of AANPASBAAR is named on screen: the worker reads Dutch, never a field's name."""
LIJSTVELDEN = frozenset({"bezorgd", "wie", "helpt", "stappen", "dient"})
"""Fields that hold a list: typed one per line (or, except stappen, separated by commas)."""
KORT = 60


def met_wijzigingen(eigen: Vragenlijst) -> Vragenlijst:
    """The door's own questions followed by the change questions, as one session."""
    deel = laad_vragenlijst("wijzigingen")
    dubbel = {v.id for v in eigen.vragen} & {v.id for v in deel.vragen}
    if dubbel:
        raise VragenlijstFout(f"{eigen.bron}: vraag '{sorted(dubbel)[0]}' staat ook in wijzigingen.yaml")
    return Vragenlijst(id=eigen.id, titel=eigen.titel, inleiding=eigen.inleiding,
                       vragen=eigen.vragen + deel.vragen, bron=eigen.bron, hernoemd=eigen.hernoemd)


WAT_VERANDERT = "wat_verandert"
SOORTEN_WIJZIGING = [
    ("aanpassen", "tekst aanpassen"), ("beeindigen", "beëindigen"), ("verplaatsen", "verplaatsen"),
    ("nieuwe_zorgen", "nieuwe zorg"), ("nieuwe_veiligheidsdoelen", "nieuw veiligheidsdoel"),
    ("nieuwe_bodemeisen", "nieuwe bodemeis"), ("nieuwe_afspraken", "nieuwe afspraak"),
]
"""The change lists one checklist offers (issue 19.1): only a ticked one is asked, on cards."""


def met_afvinklijst(lijst: Vragenlijst) -> Vragenlijst:
    """`lijst` (ending in the change questions) with one checklist of the kinds of change before
    them, instead of a yes/no question per list: a list not ticked is skipped, a ticked one is
    asked item by item on cards, and an empty card ends it."""
    soorten = {waarde for waarde, _ in SOORTEN_WIJZIGING}
    eerste = next(i for i, vraag in enumerate(lijst.vragen) if vraag.id in soorten)
    afvinken = Vraag(id=WAT_VERANDERT, veld=WAT_VERANDERT, soort="meerkeuze", verplicht=False,
                     keuzes_uit=WAT_VERANDERT, standaard_uit=WAT_VERANDERT, leeg="niets",
                     tekst="Wat verandert er in het plan? (vink aan; leeg = niets verandert)")
    vragen = [dataclasses.replace(vraag, kaart=True, als=Voorwaarde("bevat", vraag.id, WAT_VERANDERT))
              if vraag.id in soorten else vraag for vraag in lijst.vragen]
    return dataclasses.replace(lijst, vragen=(*vragen[:eerste], afvinken, *vragen[eerste:]))


def aangevinkt_in(bestand: Mapping[str, Any] | None) -> list[str]:
    """What the checklist holds when an answers file leaves it out: the change lists it fills."""
    return [waarde for waarde, _ in SOORTEN_WIJZIGING if bestand and bestand.get(waarde)]


def context_met_wijzigingen(plan: Plan, eigen: Mapping[str, Keuzelijst]) -> Vraagcontext:
    """The context of a door whose own questions (with their choice lists `eigen`) are followed by
    the change questions: the plan's people, both sets of lists, and why a new afspraak's steps
    should be written out (`communicatie`)."""
    return Vraagcontext(personen=list(plan.dossier.personen), keuzelijsten={**eigen, **keuzelijsten(plan)},
                        hulp={"communicatie": uitschrijven_bij(plan.dossier)})


def keuzelijsten(plan: Plan) -> dict[str, Keuzelijst]:
    """The lists the change questions pick from, as (value, label): only items still in force,
    and (for a new doel's zorg and a new afspraak's `dient`) the new items made earlier in this
    same session, with the numbers they will get."""
    items = lopend(plan)

    def nummers(voorvoegsel: str, aantal: int) -> list[str]:
        return volgende_nummers(plan, voorvoegsel, aantal)

    lopende_zorgen = [(item.id, label(item)) for item in items if isinstance(item, Zorg)]
    te_dienen = [(item.id, label(item)) for item in items if not isinstance(item, Afspraak)]
    nieuwe_zorgen = keuzelijst([NIEUW["Z"]], nummers)
    nieuw_te_dienen = keuzelijst([NIEUW[soort] for soort in "ZDB"], nummers)
    return {
        "lopende_items": [(item.id, label(item)) for item in items],
        "lopende_afspraken": [(item.id, label(item)) for item in items if isinstance(item, Afspraak)],
        "lopende_zorgen": lambda staat: [*lopende_zorgen, *nieuwe_zorgen(staat)],
        "te_dienen": lambda staat: [*te_dienen, *nieuw_te_dienen(staat)],
        "aanpasbare_velden": [
            (f"{item.id}.{veld}", f"{item.id} {VELDNAMEN[veld]} (nu: {_kort(getattr(item, veld))})")
            for item in items for veld in AANPASBAAR[item.id[0]]
        ],
    }


NIEUW = {"Z": Soort("nieuwe_zorgen", "titel", "Z"),
         "D": Soort("nieuwe_veiligheidsdoelen", "omschrijving", "D"),
         "B": Soort("nieuwe_bodemeisen", "omschrijving", "B")}
"""The change questions' lists of new items an afspraak can serve (new ondersteuningsdoelen are
made by no change question)."""


def label(item: Any) -> str:
    """'A3: Mark haalt Lisa op …': the number and the start of what the item says."""
    tekst = getattr(item, "titel", "") or getattr(item, "omschrijving", "") or getattr(item, "wat", "")
    return f"{item.id}: {_kort(tekst)}"


def wijzigingen_uit(antwoorden: Mapping[str, Any]) -> Wijzigingen:
    """The change questions' answers as the engine's `Wijzigingen` (other parts are the door's)."""
    return Wijzigingen(
        aanpassen=_aanpassingen(antwoorden.get("aanpassen") or []),
        beeindigen=[Beeindigen(id=b["item"], op=b["op"], omdat=b["omdat"])
                    for b in antwoorden.get("beeindigen") or []],
        verplaatsen=[Verplaatsing(id=v["afspraak"], fase=v.get("fase"), naar=v.get("naar"))
                     for v in antwoorden.get("verplaatsen") or []],
        toevoegen=_toevoegingen(antwoorden),
        volgende_evaluatie=antwoorden.get("volgende_evaluatie"),
        toelichting=[antwoorden["toelichting"]] if antwoorden.get("toelichting") else [],
    )


def _aanpassingen(antwoorden: list[Mapping[str, Any]]) -> list[Aanpassing]:
    """One Aanpassing per item, with every field changed for it (the last answer per field wins)."""
    per_item: dict[str, dict[str, Any]] = {}
    for antwoord in antwoorden:
        nummer, veld = str(antwoord["veld"]).split(".", 1)
        per_item.setdefault(nummer, {})[veld] = _waarde(veld, str(antwoord["nieuw"]))
    return [Aanpassing(id=nummer, velden=velden) for nummer, velden in per_item.items()]


def _waarde(veld: str, tekst: str) -> Any:
    """Typed text as the field holds it: lists one per line (names and numbers also by comma)."""
    if veld not in LIJSTVELDEN:
        return tekst
    delen = tekst.splitlines() if veld == "stappen" else tekst.replace(";", ",").replace("\n", ",").split(",")
    schoon = [deel.strip() for deel in delen if deel.strip()]
    return [deel.upper() for deel in schoon] if veld == "dient" else schoon


def _toevoegingen(antwoorden: Mapping[str, Any]) -> Toevoegingen:
    afspraken: dict[str, list[Afspraak]] = {"veiligheidsplan": [], "ondersteuningsplan": []}
    for gegevens in antwoorden.get("nieuwe_afspraken") or []:
        plaats = gegevens.get("plaats") or "veiligheidsplan"
        velden = {k: v for k, v in gegevens.items() if k != "plaats"}
        velden["stappen"] = _waarde("stappen", str(velden.get("stappen") or ""))
        afspraken[plaats].append(Afspraak.model_validate(velden))
    return Toevoegingen(
        zorgen=[Zorg.model_validate(z) for z in antwoorden.get("nieuwe_zorgen") or []],
        veiligheidsdoelen=[Veiligheidsdoel.model_validate(d)
                           for d in antwoorden.get("nieuwe_veiligheidsdoelen") or []],
        bodemeisen=[Bodemeis.model_validate(b) for b in antwoorden.get("nieuwe_bodemeisen") or []],
        afspraken=afspraken["veiligheidsplan"],
        ondersteuningsafspraken=afspraken["ondersteuningsplan"],
    )


def _kort(waarde: Any) -> str:
    tekst = ", ".join(map(str, waarde)) if isinstance(waarde, list) else str(waarde)
    tekst = " ".join(tekst.split())
    return tekst if len(tekst) <= KORT else tekst[:KORT - 1] + "…"
