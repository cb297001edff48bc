"""One plan version: the veiligheidsplan and the ondersteuningsplan, rendered together."""


import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from interview.model.basis import Basis
from interview.model.dossier import Dossier
from interview.model.kinderplan import Kinderplan
from interview.model.levensloop import (
    Aanleiding,
    Beeindiging,
    Beoordeling,
    Doelbeoordeling,
    Gesprek,
    Incident,
    Looptijd,
    Versiemoment,
)
from interview.model.lezerstabel import Taakdeel
from interview.model.nummers import Nummers
from interview.model.samenhang import controleer_samenhang
from interview.model.schaal import SCHAALANKERS, Leeftijdsgroep
from interview.model.toestemming import Behandeltoestemming, Toestemming, ToestemmingEnPrivacy
from interview.model.types import (
    Akkoord,
    Fase,
    Naam,
    Schaalscore,
    Stap,
    Status,
    Tekst,
    Telefoon,
    Verspreidingsvorm,
)

SCHEMA_VERSIE = 2
"""2: items can be ended, incidents, looptijd, version history (migration in migraties.py)."""


class Herkomst(Basis):
    """Where an item came from: which session and which person said it."""

    sessie: Tekst = Field(description="Sessie waarin het gezegd is, bijvoorbeeld 'netwerkberaad'.")
    persoon: str = Field("", description="Wie het zei; leeg als de groep het samen formuleerde.")


class Uitspraak(Basis):
    """A statement recorded literally and attributed to who said it."""

    tekst: Tekst = Field(description="Letterlijk wat er gezegd is.")
    door: Naam = Field(description="Wie het zei.")
    sessie: str = Field("", description="In welk gesprek het gezegd is.")
    wanneer: str = Field("", description="Wanneer het gebeurde, volgens wie het zei.")
    toestemming: Toestemming = Field(
        default_factory=Toestemming, description="Wie dit mag lezen en wie daarmee instemde."
    )


class HuisUitspraak(Uitspraak):
    """What a child under 12 said or drew in one of the Drie Huizen, in the child's own words."""

    huis: Literal["huis van de zorgen", "huis van de leuke dingen", "droomhuis"] = Field(
        description="In welk huis het kind dit zei: huis van de zorgen, huis van de leuke dingen of "
        "droomhuis.")


class Zorg(Basis):
    id: str = Field("", description="Vast nummer van de zorg, bijvoorbeeld Z1.")
    titel: Tekst = Field(description="Korte naam van de zorg.")
    gevaarsomschrijving: Tekst = Field(
        description="Wie maakt zich zorgen, over welk gedrag, en wat gebeurt er met het kind "
        "als er niets verandert."
    )
    bezorgd: list[Naam] = Field(default=[], description="Wie zich hierover zorgen maakt.")
    verschil_van_mening: str = Field(
        "", description="Waar betrokkenen het niet over eens zijn; wordt opgeschreven, niet verstopt."
    )
    uitspraken: list[Uitspraak] = Field(default=[], description="Letterlijke uitspraken.")
    herkomst: Herkomst | None = Field(None, description="Uit welk gesprek deze zorg komt.")
    beeindigd: Beeindiging | None = Field(
        None, description="Beëindigd op … omdat …; leeg zolang het geldt. Het blijft in de lijst staan."
    )


class Kracht(Basis):
    omschrijving: Tekst = Field(description="Wat er goed gaat.")
    soort: Literal["kracht", "bestaande veiligheid", "uitzondering"] = Field(
        "kracht", description="Kracht, bestaande veiligheid of uitzondering (keer dat het goed ging)."
    )
    genoemd_door: list[Naam] = Field(default=[], description="Wie dit noemde.")
    herkomst: Herkomst | None = Field(None, description="Uit welk gesprek dit komt.")
    toestemming: Toestemming = Field(
        default_factory=Toestemming, description="Wie dit mag lezen en wie daarmee instemde."
    )


class Veiligheidsdoel(Basis):
    id: str = Field("", description="Vast nummer van het doel, bijvoorbeeld D1.")
    omschrijving: Tekst = Field(description="Het doel, positief geformuleerd.")
    duur: Tekst = Field(description="Hoe lang de verandering moet duren, bijvoorbeeld 6 maanden.")
    zorg: Tekst = Field(description="Nummer van de gevaarsomschrijving waar dit doel bij hoort.")
    herkomst: Herkomst | None = Field(None, description="Uit welk gesprek dit doel komt.")
    beeindigd: Beeindiging | None = Field(
        None, description="Beëindigd op … omdat …; leeg zolang het geldt. Het blijft in de lijst staan."
    )


class Bodemeis(Basis):
    id: str = Field("", description="Vast nummer van de bodemeis, bijvoorbeeld B1.")
    omschrijving: Tekst = Field(description="De ondergrens waarover niet onderhandeld wordt.")
    gesteld_door: Tekst = Field(description="Wie de bodemeis stelt, bijvoorbeeld Veilig Thuis.")
    herkomst: Herkomst | None = Field(None, description="Uit welk gesprek deze bodemeis komt.")
    beeindigd: Beeindiging | None = Field(
        None, description="Beëindigd op … omdat …; leeg zolang het geldt. Het blijft in de lijst staan."
    )


class EerdereAfspraak(Basis):
    """An afspraak of an earlier plan, and whether this plan took it over."""

    nummer: Tekst = Field(description="Nummer van de afspraak in het eerdere plan.")
    wat: Tekst = Field(description="Wat de afspraak daar was.")
    overgenomen_als: str = Field(
        "", description="Nummer van de afspraak in dit plan die haar overneemt; leeg als niet overgenomen."
    )
    toelichting: str = Field("", description="Waarom wel of niet overgenomen.")


class EerderPlan(Basis):
    """A veiligheidsplan from an earlier trajectory that this plan refers to and takes over."""

    organisatie: Tekst = Field(description="Organisatie die het eerdere plan maakte.")
    kenmerk: str = Field("", description="Kenmerk van het eerdere plan.")
    datum: dt.date = Field(description="Datum van het eerdere plan.")
    omschrijving: str = Field("", description="Wat er van het eerdere plan wordt overgenomen.")
    afspraken: list[EerdereAfspraak] = Field(
        default=[],
        description="De afspraken van het eerdere plan, elk overgenomen of niet.",
    )


class Overgenomen(Basis):
    """The origin of an afspraak taken over from an earlier plan."""

    organisatie: Tekst = Field(description="Organisatie van het eerdere plan.")
    kenmerk: str = Field("", description="Kenmerk van het eerdere plan, bijvoorbeeld JB-2024-0042.")
    oorspronkelijk_nummer: str = Field("", description="Nummer in het eerdere plan.")
    datum: dt.date = Field(description="Datum van het eerdere plan.")


class Afspraak(Basis):
    id: str = Field("", description="Vast nummer van de afspraak, bijvoorbeeld A3.")
    wat: Tekst = Field(description="Wat er gebeurt, concreet.")
    wie: list[Naam] = Field(min_length=1, description="Wie het doet (personen uit het dossier).")
    wanneer: Tekst = Field(description="Wanneer of hoe vaak.")
    stappen: list[Stap] = Field(default=[], description="De afspraak in concrete stappen.")
    toelichting: str = Field("", description="Uitleg: waarom deze afspraak, in gewone woorden.")
    controle_door: Naam = Field(description="Wie controleert of de afspraak wordt nagekomen.")
    helpt: list[Naam] = Field(
        default=[],
        description="Wie helpt (personen uit het dossier), naast wie het doet en wie controleert.")
    gevolg_bij_niet_nakomen: Tekst = Field(description="Wat er gebeurt als de afspraak niet wordt nagekomen.")
    fase: Fase = Field(description="Directe veiligheid, risicogestuurd of herstelgericht.")
    dient: list[Tekst] = Field(
        min_length=1, description="Nummers van de zorgen, bodemeisen en doelen die deze afspraak dient."
    )
    overgenomen_uit: Overgenomen | None = Field(None, description="Herkomst uit een eerder plan.")
    herkomst: Herkomst | None = Field(None, description="Uit welk gesprek deze afspraak komt.")
    beeindigd: Beeindiging | None = Field(
        None, description="Beëindigd op … omdat …; leeg zolang het geldt. Het blijft in de lijst staan."
    )


class Signaal(Basis):
    omschrijving: Tekst = Field(description="Waaraan iemand merkt dat het weer onveilig wordt.")
    wie_merkt_op: list[Naam] = Field(default=[], description="Wie dit signaal kan zien.")
    herkomst: Herkomst | None = Field(None, description="Uit welk individueel gesprek dit signaal komt.")
    toestemming: Toestemming | None = Field(
        None, description="Wie een signaal uit een individueel gesprek mag lezen; leeg: door de groep "
        "aan tafel opgesteld, voor wie het plan leest."
    )


class Noodplanregel(Basis):
    wie: Naam = Field(description="Wie in actie komt.")
    wanneer: Tekst = Field(description="Bij welk signaal of welke situatie.")
    belt: Tekst = Field(description="Wie er gebeld wordt, bijvoorbeeld oma Ria, 112 of Veilig Thuis.")
    telefoon: Telefoon = Field(description="Het nummer dat gebeld wordt.")
    voor: list[Naam] = Field(
        default=[], description="Voor welke kinderen deze regel geldt; leeg: voor alle kinderen."
    )


class Risicofactor(Basis):
    omschrijving: Tekst = Field(description="Wat de onveiligheid terug kan brengen.")
    complicerend: bool = Field(False, description="Is het een complicerende factor?")
    wat_houdt_het_klein: str = Field("", description="Wat het risico klein houdt.")


class Hulp(Basis):
    wat: Tekst = Field(description="Welke hulp of ondersteuning.")
    wie: Tekst = Field(description="Wie de hulp geeft.")
    hoe_vaak: str = Field("", description="Hoe vaak of hoe lang.")


class Netwerktaak(Basis):
    wie: Naam = Field(description="Wie deze taak heeft.")
    taak: Tekst = Field(description="De rol of taak in het plan.")


class Schaalvraag(Basis):
    naam: Naam = Field(description="Wie de score gaf.")
    score: Schaalscore = Field(description="Score van 0 tot en met 10.")
    toelichting: str = Field("", description="Wat maakt dat het een deze score is?")
    moment: Tekst = Field(description="Gesprek waarin de score gegeven is.")
    leeftijdsgroep: Leeftijdsgroep = Field(
        "volwassene", description="Met welke woorden de vraag gesteld is: kind, jongere of volwassene."
    )
    nul_betekent: str = Field("", description="Wat 0 betekent, zoals het gevraagd is.")
    tien_betekent: str = Field("", description="Wat 10 betekent, zoals het gevraagd is.")
    toestemming: Toestemming = Field(
        default_factory=Toestemming, description="Wie dit mag lezen en wie daarmee instemde."
    )

    @model_validator(mode="after")
    def ankers_van_de_groep(self) -> "Schaalvraag":
        """The anchors the person answered to; left empty, those of the age group."""
        nul, tien = SCHAALANKERS[self.leeftijdsgroep]
        self.nul_betekent = self.nul_betekent or nul
        self.tien_betekent = self.tien_betekent or tien
        return self


class Evaluatiemoment(Basis):
    datum: dt.date = Field(description="Datum van de evaluatie.")
    samenvatting: Tekst = Field(description="Wat de evaluatie opleverde.")
    versie: int | None = Field(
        None, description="Planversie die uit deze evaluatie kwam; leeg voor een evaluatie buiten vplan."
    )
    beoordelingen: list[Beoordeling] = Field(
        default=[], description="Per bodemeis en afspraak: nagekomen, deels, niet, n.v.t."
    )
    doelen: list[Doelbeoordeling] = Field(
        default=[], description="Per veiligheidsdoel en ondersteuningsdoel: hoe ver bereikt."
    )
    aanwezig: list[Naam] = Field(default=[], description="Wie bij deze evaluatie was.")


class Evaluatie(Basis):
    frequentie: Tekst = Field(description="Hoe vaak het plan geëvalueerd wordt.")
    wijze: Tekst = Field(description="Hoe er geëvalueerd wordt.")
    volgende_datum: dt.date = Field(description="Datum van de volgende evaluatie.")
    aanwezig: list[Naam] = Field(default=[], description="Wie bij de evaluatie is.")
    geschiedenis: list[Evaluatiemoment] = Field(
        default=[], description="Eerdere evaluaties."
    )


class Ondertekening(Basis):
    naam: Naam = Field(description="Wie tekent.")
    rol: Tekst = Field(description="Rol van wie tekent.")
    oordeel: Akkoord | None = Field(
        None, description="Akkoord, gezien of niet akkoord; leeg zolang de persoon niet getekend heeft.")
    opmerking: str = Field("", description="Ruimte voor een afwijkende mening.")


Documentsoort = Literal["veiligheidsplan", "ondersteuningsplan", "professionalversie",
                        "netwerkversie", "kinderversie", "gezinsversie", "brief"]
"""The documents of a version; "brief" is the letter beside a recipient's version (render/brief.py)."""


def beide_documenten() -> list[Documentsoort]:
    return ["veiligheidsplan", "ondersteuningsplan"]


class Verspreiding(Basis):
    naam: Naam = Field(description="Wie het plan ontvangt.")
    wijze: str = Field("", description="Hoe, bijvoorbeeld per post of besproken in het gesprek.")
    vorm: Verspreidingsvorm | None = Field(None, description="Mondeling, digitaal of post.")
    documenten: list[Documentsoort] = Field(
        default_factory=beide_documenten,
        description="Welke documenten deze persoon ontvangt.",
    )
    nodig: list[Taakdeel] = Field(
        default=[],
        description="Professionalversie: wat deze professional voor de eigen taak ook moet lezen "
        "(risicotaxatie, meldcode, behandeling, risicofactoren); leeg: niets daarvan.",
    )


class Kinderuitleg(Basis):
    """What happened, worded for one child: the kinderversie prints it instead of the general text."""

    kind: Naam = Field(description="Voor welk kind.")
    tekst: Tekst = Field(description="Wat er is gebeurd, in woorden voor dit kind.")
    akkoord_van: list[Naam] = Field(
        default=[], description="Welke ouders met gezag het goedvinden dat het zo aan het kind "
        "verteld wordt; leeg: niet vastgelegd.")


class Veiligheidsplan(Basis):
    aanleiding: Tekst = Field(description="Waarom er een veiligheidsplan komt.")
    doel: Tekst = Field(description="Wat het plan moet bereiken.")
    kader: Tekst = Field(description="Vrijwillig kader en wat er gebeurt als het plan niet lukt.")
    zorgen: list[Zorg] = Field(min_length=1, description="Zorgen en gevaarsomschrijvingen.")
    wat_gaat_goed: list[Kracht] = Field(default=[], description="Wat er goed gaat.")
    veiligheidsdoelen: list[Veiligheidsdoel] = Field(min_length=1, description="Veiligheidsdoelen.")
    bodemeisen: list[Bodemeis] = Field(default=[], description="Bodemeisen.")
    afspraken: list[Afspraak] = Field(min_length=1, description="De afspraken van het plan.")
    signalen: list[Signaal] = Field(default=[], description="Signalen van onveiligheid.")
    noodplan: list[Noodplanregel] = Field(min_length=1, description="Wie belt wie.")
    risicofactoren: list[Risicofactor] = Field(
        default=[], description="Risicofactoren en complicerende factoren."
    )
    herstelgerichte_zorg: list[Hulp] = Field(default=[], description="Hulp om te herstellen.")
    netwerk_taken: list[Netwerktaak] = Field(default=[], description="Taakverdeling.")
    monitoring: Tekst = Field(description="Hoe de regiehouder het plan volgt.")
    schaalvragen: list[Schaalvraag] = Field(default=[], description="Scores per persoon.")
    eerder_plan: EerderPlan | None = Field(None, description="Een eerder veiligheidsplan.")
    incidenten: list[Incident] = Field(
        default=[], description="Incidentenregister: elk incident sinds de start (I1, I2 …)."
    )
    voor_de_kinderen: list[Kinderuitleg] = Field(
        default=[],
        description="Wat er is gebeurd, in woorden per kind; zonder tekst voor een kind zegt de "
        "kinderversie het in algemene woorden.",
    )
    kinderplannen: list[Kinderplan] = Field(
        default=[],
        description="Per kind: bij wie het zich veilig voelt en wat het doet als het bang is "
        "(de kinderversie).",
    )


class Beschrijving(Basis):
    omschrijving: Tekst = Field(description="De kracht of zorg in eigen woorden.")
    beschreven_door: list[Naam] = Field(min_length=1, description="Wie dit zo beschrijft.")
    herkomst: Herkomst | None = Field(None, description="Uit welk gesprek dit komt.")
    toestemming: Toestemming = Field(
        default_factory=Toestemming, description="Wie dit mag lezen en wie daarmee instemde."
    )


class EerdereHulp(Basis):
    organisatie: Tekst = Field(description="Wie de hulp gaf.")
    periode: Tekst = Field(description="Wanneer.")
    wat: Tekst = Field(description="Welke hulp.")
    resultaat: str = Field("", description="Wat het opleverde.")


class Ondersteuningsdoel(Basis):
    id: str = Field("", description="Vast nummer van het doel, bijvoorbeeld O1.")
    omschrijving: Tekst = Field(description="Het doel, positief en op de toekomst gericht.")
    ondersteuning: list[Hulp] = Field(min_length=1, description="De hulp die dit doel dient.")
    termijn: dt.date | None = Field(None, description="Uiterlijk wanneer het doel bereikt moet zijn.")
    bereikt_als: str = Field("", description="Wanneer is het bereikt: waaraan iedereen dat merkt.")
    herkomst: Herkomst | None = Field(None, description="Uit welk gesprek dit doel komt.")
    beeindigd: Beeindiging | None = Field(
        None, description="Beëindigd op … omdat …; leeg zolang het geldt. Het blijft in de lijst staan."
    )


class Familiegroepsplan(Basis):
    """The Jeugdwet's offer to the family to make its own plan first, and their answer."""

    aangeboden: bool = Field(description="Is het gezin een familiegroepsplan aangeboden?")
    datum: dt.date | None = Field(None, description="Wanneer het is aangeboden.")
    antwoord: Literal["wil een familiegroepsplan", "wil geen familiegroepsplan", "denkt erover na"] | None = (
        Field(None, description="Wat het gezin antwoordde.")
    )
    toelichting: str = Field("", description="Toelichting, bijvoorbeeld waarom niet aangeboden.")


class Ondersteuningsplan(Basis):
    aanleiding: Tekst = Field(description="Aanleiding voor de ondersteuning.")
    hulpvraag: Tekst = Field(description="De hulpvraag van het gezin.")
    hulpvraag_jongeren: list[Uitspraak] = Field(
        default=[], description="De hulpvraag van elke jongere vanaf 12, in eigen woorden."
    )
    drie_huizen: list[HuisUitspraak] = Field(
        default=[], description="Wat elk kind onder 12 in de Drie Huizen zei, in eigen woorden; "
        "alleen wat het kind (en onder 16 de ouders met gezag) goedvond om op te schrijven."
    )
    familiegroepsplan: Familiegroepsplan | None = Field(
        None, description="Of een familiegroepsplan is aangeboden (Jeugdwet) en het antwoord."
    )
    toestemming_behandeling: list[Behandeltoestemming] = Field(
        default=[],
        description="Toestemming voor behandeling: ouders met gezag, en vanaf 12 ook de jongere zelf.",
    )
    krachten: list[Beschrijving] = Field(min_length=1, description="Krachten, met wie ze beschrijft.")
    zorgen: list[Beschrijving] = Field(min_length=1, description="Zorgen, met wie ze beschrijft.")
    eerdere_hulpverlening: list[EerdereHulp] = Field(
        default=[], description="Eerdere hulpverlening."
    )
    doelen: list[Ondersteuningsdoel] = Field(min_length=1, description="Doelen met ondersteuning.")
    afspraken: list[Afspraak] = Field(
        default=[],
        description="Risicogestuurde en herstelgerichte afspraken die in dit plan staan.",
    )


class Plan(Basis):
    """One immutable version of the plan of a dossier; both documents render from it."""

    schema_versie: int = Field(SCHEMA_VERSIE, description="Versie van het bestandsformaat.")
    versie: int = Field(1, ge=1, description="Versienummer van het plan.")
    datum: dt.date = Field(description="Datum van deze planversie.")
    status: Status = Field("concept", description="Concept of vastgesteld.")
    dossier: Dossier = Field(description="Het dossier zoals het bij deze versie was.")
    veiligheidsplan: Veiligheidsplan = Field(description="Het veiligheidsplan.")
    ondersteuningsplan: Ondersteuningsplan = Field(description="Het ondersteuningsplan.")
    evaluatie: Evaluatie = Field(description="Hoe en wanneer het plan geëvalueerd wordt.")
    ondertekening: list[Ondertekening] = Field(default=[], description="Handtekeningen.")
    verspreidingslijst: list[Verspreiding] = Field(
        min_length=1, description="Wie welke versie ontvangt."
    )
    wijzigingen: list[Tekst] = Field(
        default=[], description="Wat er veranderd is sinds de vorige versie."
    )
    nummers: Nummers = Field(
        default_factory=Nummers, description="Hoogste uitgegeven nummers, zodat niets hergebruikt wordt."
    )
    looptijd: Looptijd = Field(
        default_factory=Looptijd, description="Termijn voor directe veiligheid, looptijd en afsluiten."
    )
    aanleiding: Aanleiding = Field(
        default_factory=lambda: Aanleiding(soort="netwerkberaad"),
        description="Waarom deze versie er is: netwerkberaad, evaluatie, incident of correctie.",
    )
    eerdere_versies: list[Versiemoment] = Field(
        default=[], description="De versies vóór deze: versie, datum, aanleiding, door wie."
    )
    gesprekken: list[Gesprek] = Field(
        default=[],
        description="De gevoerde gesprekken: individueel, netwerkberaad, evaluatie, incident.",
    )
    toestemming_en_privacy: ToestemmingEnPrivacy = Field(
        default_factory=ToestemmingEnPrivacy,
        description="Toestemming en privacy: wat met wie gedeeld wordt en tot wanneer.",
    )

    @property
    def versiegeschiedenis(self) -> list[Versiemoment]:
        """Every version up to and including this one, oldest first."""
        deze = Versiemoment(versie=self.versie, datum=self.datum, aanleiding=self.aanleiding)
        return [*self.eerdere_versies, deze]

    @model_validator(mode="after")
    def nummer_en_controleer(self) -> "Plan":
        if not self.aanleiding.door:
            self.aanleiding.door = self.dossier.werker.naam
        self.nummers.ken_toe(self)
        controleer_samenhang(self)
        return self
