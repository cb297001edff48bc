"""The dossier: who is involved, and what the risicotaxatie and meldcode recorded."""


import datetime as dt
from typing import Any

from pydantic import Field, ValidationInfo, computed_field, field_validator, model_validator

from interview.model.basis import Basis
from interview.model.types import (
    Communicatie,
    Instrument,
    Kenmerk,
    Melder,
    Naam,
    Risiconiveau,
    Tekst,
    Telefoon,
)

JONGERE_VANAF = 12
"""From this age the plan calls a child a jongere: they sign and consent themselves (issue 19)."""


def kind_of_jongere(leeftijd: int) -> str:
    """How headers and tables describe a child: 'kind (8 jaar)', from 12 'jongere (14)'."""
    return f"jongere ({leeftijd})" if leeftijd >= JONGERE_VANAF else f"kind ({leeftijd} jaar)"


def leeftijd_op(geboortedatum: dt.date, datum: dt.date) -> int:
    """Whole years between birth and `datum`."""
    verjaard = (datum.month, datum.day) >= (geboortedatum.month, geboortedatum.day)
    return datum.year - geboortedatum.year - (0 if verjaard else 1)


class Communicatiebehoefte(Basis):
    """What a person needs to understand the plan (issue 8 item 9): the netwerkberaad offers steps
    and an explanation for every afspraak this person carries out."""

    communicatie: Communicatie = Field(
        "geen", description="Communicatiebehoefte: geen, LVB (licht verstandelijke beperking), taal (spreekt "
        "een andere taal) of tolk nodig.")
    taal: str = Field("", description="Welke taal, bij communicatie 'taal' of 'tolk nodig'.")


class Kind(Communicatiebehoefte):
    naam: Naam = Field(description="Roepnaam van het kind, zoals het in het plan genoemd wordt.")
    achternaam: str = Field("", description="Achternaam van het kind.")
    geboortedatum: dt.date = Field(description="Geboortedatum van het kind.")
    school: str = Field("", description="School of opvang van het kind.")

    @model_validator(mode="before")
    @classmethod
    def leeftijd_wordt_berekend(cls, gegevens: Any) -> Any:
        """A stored or dumped kind carries `leeftijd`; it is computed, so an input value is dropped."""
        if isinstance(gegevens, dict) and "leeftijd" in gegevens:
            gegevens = {k: v for k, v in gegevens.items() if k != "leeftijd"}
        return gegevens

    @field_validator("geboortedatum")
    @classmethod
    def niet_in_de_toekomst(cls, waarde: dt.date) -> dt.date:
        if waarde > dt.date.today():
            raise ValueError("een geboortedatum kan niet in de toekomst liggen")
        return waarde

    @computed_field(description="Leeftijd in jaren op de dag van vandaag.")  # type: ignore[prop-decorator]
    @property
    def leeftijd(self) -> int:
        return leeftijd_op(self.geboortedatum, dt.date.today())


class Volwassene(Communicatiebehoefte):
    naam: Naam = Field(description="Roepnaam van de ouder of verzorger.")
    achternaam: str = Field("", description="Achternaam.")
    rol: Tekst = Field(description="Rol in het gezin, bijvoorbeeld moeder, vader of stiefvader.")
    gezag: bool = Field(description="Heeft deze volwassene het gezag over de kinderen?")
    telefoon: Telefoon | None = Field(None, description="Telefoonnummer.")
    woonsituatie: str = Field("", description="Waar en met wie woont deze volwassene nu.")


class Gezin(Basis):
    kinderen: list[Kind] = Field(min_length=1, description="De kinderen om wie het plan gaat.")
    volwassenen: list[Volwassene] = Field(
        min_length=1, description="Ouders en verzorgers van het gezin."
    )


class Netwerklid(Communicatiebehoefte):
    naam: Naam = Field(description="Roepnaam van het netwerklid, zoals het in het plan genoemd wordt.")
    achternaam: str = Field("", description="Achternaam van het netwerklid.")
    relatie: Tekst = Field(description="Relatie tot het gezin, bijvoorbeeld oma of buurvrouw.")
    telefoon: Telefoon | None = Field(None, description="Telefoonnummer.")


class Professional(Basis):
    naam: Naam = Field(description="Naam van de professional.")
    organisatie: Tekst = Field(description="Organisatie waar de professional werkt.")
    functie: Tekst = Field(description="Functie, bijvoorbeeld jeugd- en gezinswerker.")
    telefoon: Telefoon | None = Field(None, description="Telefoonnummer.")
    skj_registratie: str = Field("", description="SKJ-registratienummer, als die er is.")


class Risicotaxatie(Basis):
    instrument: Instrument = Field(description="Gebruikt instrument: ARIJ, LIRIK of anders.")
    instrument_naam: str = Field("", description="Naam van het instrument als het 'anders' is.")
    datum: dt.date = Field(description="Datum waarop de taxatie is gedaan.")
    door: Naam = Field(description="Wie de taxatie heeft gedaan.")
    acute_onveiligheid: bool = Field(description="Is er sprake van acute onveiligheid?")
    risiconiveau: Risiconiveau = Field(description="Uitkomst van de risicotaxatie.")
    geraadpleegde_collega: Naam = Field(
        description="Geraadpleegde SKJ-geregistreerde collega of gedragswetenschapper."
    )
    toelichting: str = Field("", description="Toelichting op de uitkomst.")

    @model_validator(mode="after")
    def anders_heeft_naam(self) -> "Risicotaxatie":
        if self.instrument == "anders" and not self.instrument_naam:
            raise ValueError("noem bij instrument 'anders' de naam van het instrument")
        return self


class Afwegingen(Basis):
    """The five afwegingen of the meldcode's afwegingskader; empty means not yet weighed."""

    vermoeden: bool | None = Field(
        None, description="1. Is er een vermoeden van huiselijk geweld of kindermishandeling?"
    )
    acute_of_structurele_onveiligheid: bool | None = Field(
        None, description="2. Is er acute of structurele onveiligheid? Zo ja: melden bij Veilig Thuis."
    )
    hulp_mogelijk: bool | None = Field(
        None, description="3. Kan de werker (met anderen) passende hulp bieden of organiseren?"
    )
    hulp_aanvaard: bool | None = Field(
        None, description="4. Aanvaarden de betrokkenen de hulp en werken ze mee?"
    )
    resultaat: bool | None = Field(
        None, description="5. Leidt de hulp binnen de afgesproken termijn tot de nodige veiligheid?"
    )
    toelichting: str = Field("", description="Hoe de afwegingen gemaakt zijn, en met wie.")


class Meldcode(Basis):
    stap: int = Field(ge=1, le=5, description="Bereikte stap van de meldcode (1 tot en met 5).")
    besluit: str = Field("", description="Genomen besluit, bijvoorbeeld hulp bieden of melden.")
    datum: dt.date = Field(description="Datum van de laatste stap of het besluit.")
    veilig_thuis_betrokken: bool = Field(description="Is Veilig Thuis betrokken?")
    raad_betrokken: bool = Field(description="Is de Raad voor de Kinderbescherming betrokken?")
    afwegingen: Afwegingen | None = Field(None, description="De vijf afwegingen van het afwegingskader.")
    reden_geen_veilig_thuis: str = Field(
        "", description="Waarom Veilig Thuis niet betrokken is terwijl er acute of structurele "
        "onveiligheid is."
    )

    @model_validator(mode="after")
    def stap_vijf_heeft_besluit(self) -> "Meldcode":
        if self.stap == 5 and not self.besluit:
            raise ValueError("bij stap 5 van de meldcode hoort een besluit")
        return self


class Huisverbod(Basis):
    """A huisverbod the burgemeester imposed: who may not enter the home, from when until when."""

    wie: Naam = Field(description="Wie het huis niet in mag (een persoon uit het dossier).")
    van: dt.date = Field(description="Eerste dag van het huisverbod.")
    tot: dt.date = Field(description="Laatste dag van het huisverbod (na een eventuele verlenging).")

    @model_validator(mode="after")
    def tot_na_van(self) -> "Huisverbod":
        if self.tot < self.van:
            raise ValueError("een huisverbod eindigt niet voordat het begint")
        return self


class Contactverbod(Basis):
    """A person who may not have contact with the children (a rechter's or burgemeester's ban, or
    what the plan agreed): the kinderversie never offers them as someone to go to or call."""

    wie: Naam = Field(description="Wie geen contact mag hebben (een persoon uit het dossier).")
    met: list[Naam] = Field(
        default=[], description="Met welke kinderen geen contact; leeg: met alle kinderen.")
    van: dt.date = Field(description="Eerste dag van het contactverbod.")
    tot: dt.date | None = Field(None, description="Laatste dag van het contactverbod; leeg: tot nader order.")
    toelichting: str = Field("", description="Wie het oplegde of waarom, bijvoorbeeld de rechter.")

    @model_validator(mode="after")
    def tot_na_van(self) -> "Contactverbod":
        if self.tot is not None and self.tot < self.van:
            raise ValueError("een contactverbod eindigt niet voordat het begint")
        return self


class Melding(Basis):
    """A melding someone outside the family and the worker made (police, school): part of why
    there is a plan."""

    door: Melder = Field(description="Wie meldde: politie, school, huisarts of anders.")
    door_anders: str = Field("", description="Wie meldde, als het 'anders' is.")
    datum: dt.date = Field(description="Datum van de melding.")
    waarover: Tekst = Field(description="Waarover de melding ging.")

    @model_validator(mode="after")
    def anders_heeft_naam(self) -> "Melding":
        if self.door == "anders" and not self.door_anders:
            raise ValueError("noem bij 'anders' wie de melding deed")
        return self


class Dossier(Basis):
    kenmerk: Kenmerk = Field(description="Kenmerk van het dossier, bijvoorbeeld VP-2026-0042.")
    gezinsnaam: Tekst = Field(description="Naam waaronder het gezin bekend is.")
    gezin: Gezin = Field(description="Kinderen en volwassenen van het gezin.")
    netwerk: list[Netwerklid] = Field(default=[], description="Het netwerk.")
    professionals: list[Professional] = Field(
        default=[], description="Betrokken professionals."
    )
    werker: Professional = Field(description="De werker die het plan opstelt.")
    regiehouder: Naam = Field(description="Wie de regie houdt (een persoon uit het dossier).")
    team: Tekst = Field(description="Wijkteam of gebiedsteam van de werker.")
    gemeente: str = Field("", description="Gemeente van het team.")
    risicotaxatie: Risicotaxatie | None = Field(None, description="Uitkomst van de risicotaxatie.")
    meldcode: Meldcode | None = Field(None, description="Stand van de meldcode.")
    huisverbod: Huisverbod | None = Field(None, description="Een opgelegd huisverbod; leeg als er geen is.")
    contactverboden: list[Contactverbod] = Field(
        default=[],
        description="Wie geen contact mag hebben met (een van) de kinderen, en wanneer.")
    meldingen: list[Melding] = Field(
        default=[],
        description="Meldingen door anderen, zoals politie of school, die tot het plan leidden.")

    @property
    def onveilig_zonder_veilig_thuis(self) -> bool:
        """Acute or structural unsafety (the risicotaxatie's acute onveiligheid or hoog risico, or
        the second afweging) while Veilig Thuis is not involved: the meldcode asks for a melding."""
        rt, mc = self.risicotaxatie, self.meldcode
        onveilig = rt is not None and (rt.acute_onveiligheid or rt.risiconiveau == "hoog")
        if mc is not None and mc.afwegingen is not None:
            onveilig = onveilig or mc.afwegingen.acute_of_structurele_onveiligheid is True
        return onveilig and not (mc is not None and mc.veilig_thuis_betrokken)

    @property
    def personen(self) -> dict[str, str]:
        """Every person of the dossier by name, with how the plan describes them."""
        personen: dict[str, str] = {}
        for kind in self.gezin.kinderen:
            personen[kind.naam] = kind_of_jongere(kind.leeftijd)
        for volwassene in self.gezin.volwassenen:
            personen[volwassene.naam] = volwassene.rol
        for lid in self.netwerk:
            personen[lid.naam] = lid.relatie
        for professional in [*self.professionals, self.werker]:
            personen[professional.naam] = f"{professional.functie}, {professional.organisatie}"
        return personen

    def volledige_naam(self, naam: str) -> str:
        """Roepnaam and achternaam ('Sandra Bakker') of a family or network member, as signatures
        and the verspreidingslijst write them; any other name (a professional's) as it is."""
        mensen: list[Kind | Volwassene | Netwerklid] = [*self.gezin.kinderen, *self.gezin.volwassenen,
                                                         *self.netwerk]
        achternaam = next((mens.achternaam for mens in mensen if mens.naam == naam), "")
        return f"{naam} {achternaam}" if achternaam else naam

    def omschrijving_op(self, naam: str, datum: dt.date) -> str:
        """How the plan describes `naam` on `datum`: as `personen` does, with a child's age on that
        day, so a document says the same next year. Empty for a name not in the dossier."""
        for kind in self.gezin.kinderen:
            if kind.naam == naam:
                return kind_of_jongere(leeftijd_op(kind.geboortedatum, datum))
        return self.personen.get(naam, "")

    @field_validator("regiehouder")
    @classmethod
    def regiehouder_is_een_persoon(cls, waarde: str, info: ValidationInfo) -> str:
        """Checked on the field itself, so the message names `regiehouder` (earlier fields only).

        A name typed in another case ('ayse') becomes the dossier's spelling when only one fits.
        """
        gezin, werker = info.data.get("gezin"), info.data.get("werker")
        if gezin is None or werker is None:
            return waarde  # those fields failed already and say so themselves
        namen: set[str] = {
            *(k.naam for k in gezin.kinderen), *(v.naam for v in gezin.volwassenen),
            *(n.naam for n in info.data.get("netwerk", [])),
            *(p.naam for p in info.data.get("professionals", [])), werker.naam,
        }
        if waarde in namen:
            return waarde
        gelijk = [naam for naam in namen if naam.casefold() == waarde.casefold()]
        if len(gelijk) == 1:
            return gelijk[0]
        raise ValueError(f"'{waarde}' is geen persoon uit het dossier; gebruik de naam van iemand "
                         "uit het gezin, het netwerk of de professionals, of uw eigen naam")

    def behoefte_van(self, naam: str) -> Communicatiebehoefte | None:
        """The communication need of a family or network member; None for anyone else or 'geen'."""
        mensen: list[Kind | Volwassene | Netwerklid] = [*self.gezin.kinderen, *self.gezin.volwassenen,
                                                         *self.netwerk]
        return next((mens for mens in mensen if mens.naam == naam and mens.communicatie != "geen"), None)

    @model_validator(mode="after")
    def huisverbod_geldt_een_persoon(self) -> "Dossier":
        if self.huisverbod is not None and self.huisverbod.wie not in self.personen:
            raise ValueError(f"het huisverbod geldt '{self.huisverbod.wie}', die niet in het dossier staat")
        for verbod in self.contactverboden:
            onbekend = [naam for naam in (verbod.wie, *verbod.met) if naam not in self.personen]
            if onbekend:
                raise ValueError(f"het contactverbod noemt '{onbekend[0]}', die niet in het dossier staat")
        return self

    @model_validator(mode="after")
    def namen_zijn_uniek(self) -> "Dossier":
        namen = [
            *(k.naam for k in self.gezin.kinderen),
            *(v.naam for v in self.gezin.volwassenen),
            *(n.naam for n in self.netwerk),
            *(p.naam for p in self.professionals),
        ]
        dubbel = sorted({naam for naam in namen if namen.count(naam) > 1})
        if dubbel:
            raise ValueError(
                "elke persoon heeft een eigen naam nodig; dubbel: " + ", ".join(dubbel)
            )
        return self
