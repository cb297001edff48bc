"""What a plan carries through its life: ended items, version history, evaluations, incidents, looptijd.

Records made after a version is stored (vaststellen, verstuurd) are not here: see vaststelling.py.
"""


import datetime as dt

from pydantic import Field

from interview.model.basis import Basis
from interview.model.types import Aanleidingsoort, Bereikt, Naam, Tekst, Uitkomst


class Beeindiging(Basis):
    """An item ended in some version: it stays listed with date and reason, its number stays taken."""

    op: dt.date = Field(description="Datum waarop het is beëindigd.")
    omdat: Tekst = Field(description="Waarom het is beëindigd.")


class Aanleiding(Basis):
    """Why a plan version was made, and by whom."""

    soort: Aanleidingsoort = Field(
        description="Netwerkberaad, evaluatie, incident of correctie."
    )
    omschrijving: str = Field(
        "", description="Toelichting, bijvoorbeeld 'incident van 3 januari 2027' of wat er is "
        "gecorrigeerd."
    )
    door: str = Field("", description="Wie deze versie maakte, meestal de werker.")


class Versiemoment(Basis):
    """One line of the version history."""

    versie: int = Field(ge=1, description="Versienummer.")
    datum: dt.date = Field(description="Datum van die versie.")
    aanleiding: Aanleiding = Field(description="Waarom die versie er kwam en door wie.")


class Beoordeling(Basis):
    """How a bodemeis or afspraak was kept since the previous version."""

    id: Tekst = Field(description="Nummer van de bodemeis of afspraak, bijvoorbeeld B1 of A3.")
    uitkomst: Uitkomst = Field(
        description="Nagekomen, deels, niet_nagekomen of niet_van_toepassing."
    )
    toelichting: str = Field("", description="Wat er gebeurde, in gewone woorden.")


class Doelbeoordeling(Basis):
    """How far a veiligheidsdoel or ondersteuningsdoel is reached."""

    id: Tekst = Field(description="Nummer van het doel, bijvoorbeeld D1 of O2.")
    bereikt: Bereikt = Field(description="Bereikt, deels_bereikt of niet_bereikt.")
    toelichting: str = Field("", description="Waaraan dat te zien is.")


class Geinformeerd(Basis):
    """Someone told about an incident, and when."""

    wie: Naam = Field(description="Wie geïnformeerd is.")
    wanneer: dt.date = Field(description="Wanneer.")


class Incident(Basis):
    """An entry of the veiligheidsplan's incident register (I1, I2 …); it is never removed."""

    id: str = Field("", description="Vast nummer van het incident, bijvoorbeeld I1.")
    datum: dt.date = Field(description="Wanneer het incident gebeurde.")
    wat: Tekst = Field(description="Wat er gebeurde, concreet.")
    gemeld_door: Naam = Field(description="Wie het incident meldde.")
    geraakt: list[Tekst] = Field(
        default=[], description="Nummers van de bodemeisen en afspraken die het raakte."
    )
    uitgevoerd_gevolg: str = Field(
        "", description="Welk gevolg is uitgevoerd (het gevolg bij niet nakomen van de afspraak)."
    )
    geinformeerd: list[Geinformeerd] = Field(
        default=[], description="Wie geïnformeerd is en wanneer."
    )
    veilig_thuis_opnieuw_geinformeerd: bool = Field(
        False, description="Is Veilig Thuis opnieuw geïnformeerd?"
    )
    nieuwe_risicotaxatie_nodig: bool = Field(False, description="Is een nieuwe risicotaxatie nodig?")
    vervolg: str = Field("", description="Wat er verder op volgde, bijvoorbeeld planversie 3.")


class Gesprek(Basis):
    """A conversation held for the plan: with whom, when and how long (the plan's gesprekken held)."""

    soort: Tekst = Field(description="Individueel gesprek, netwerkberaad, evaluatie of incident.")
    met: list[Naam] = Field(
        default=[], description="Met wie: de persoon, of wie er bij het gezamenlijke gesprek was."
    )
    rol: str = Field("", description="Rol van de persoon bij een individueel gesprek, bijvoorbeeld moeder.")
    datum: dt.date = Field(description="Datum van het gesprek.")
    begin: dt.datetime | None = Field(None, description="Begintijd; leeg als niet bekend.")
    einde: dt.datetime | None = Field(None, description="Eindtijd; leeg als niet bekend.")
    duur: int | None = Field(
        None, ge=0, description="Hoe lang het gesprek duurde, in minuten; leeg als niet bekend."
    )


class Looptijd(Basis):
    """How long the plan runs; directe veiligheid has a termijn of its own."""

    directe_veiligheid_voor: dt.date | None = Field(
        None, description="Uiterste datum waarop directe veiligheid bereikt moet zijn."
    )
    directe_veiligheid_bereikt_op: dt.date | None = Field(
        None, description="Datum waarop directe veiligheid bereikt is; leeg als nog niet."
    )
    looptijd_tot: dt.date | None = Field(None, description="Tot wanneer het plan loopt.")
    afsluiten_als: str = Field("", description="Wanneer we het plan afsluiten: 'we sluiten af als …'.")

    def verstreken_termijn(self, vandaag: dt.date) -> dt.date | None:
        """The directe-veiligheid termijn if it passed before `vandaag` without being reached.

        None means nothing to report: no termijn, reached, or still in time. The caller words the
        warning (the model formats no dates).
        """
        termijn = self.directe_veiligheid_voor
        if termijn is None or self.directe_veiligheid_bereikt_op is not None:
            return None
        return termijn if termijn < vandaag else None
