"""The plan model: the template API for team leads, with Dutch field names and descriptions.

The modules that define models do without `from __future__ import annotations` (the rule
elsewhere): with it pydantic reads every field's type back from its text, some 600 evaluations and
~6 ms of every command that reads a plan (issue 22.3). A name defined further down, or imported
for type checking only, is written in quotes.
"""

from interview.model.dossier import (
    Communicatiebehoefte,
    Dossier,
    Gezin,
    Huisverbod,
    Kind,
    Meldcode,
    Melding,
    Netwerklid,
    Professional,
    Risicotaxatie,
    Volwassene,
)
from interview.model.foutmeldingen import fouten_met_pad, nederlandse_fouten
from interview.model.levensloop import (
    Aanleiding,
    Beeindiging,
    Beoordeling,
    Doelbeoordeling,
    Geinformeerd,
    Gesprek,
    Incident,
    Looptijd,
    Versiemoment,
)
from interview.model.plan import (
    SCHEMA_VERSIE,
    Afspraak,
    Bodemeis,
    EerdereAfspraak,
    EerderPlan,
    Evaluatiemoment,
    Herkomst,
    Ondersteuningsdoel,
    Ondersteuningsplan,
    Overgenomen,
    Plan,
    Schaalvraag,
    Uitspraak,
    Veiligheidsdoel,
    Veiligheidsplan,
    Zorg,
)

__all__ = [
    "SCHEMA_VERSIE",
    "Aanleiding",
    "Afspraak",
    "Beeindiging",
    "Beoordeling",
    "Bodemeis",
    "Communicatiebehoefte",
    "Doelbeoordeling",
    "Dossier",
    "EerderPlan",
    "EerdereAfspraak",
    "Evaluatiemoment",
    "Geinformeerd",
    "Gesprek",
    "Gezin",
    "Herkomst",
    "Huisverbod",
    "Incident",
    "Kind",
    "Looptijd",
    "Meldcode",
    "Melding",
    "Netwerklid",
    "Ondersteuningsdoel",
    "Ondersteuningsplan",
    "Overgenomen",
    "Plan",
    "Professional",
    "Risicotaxatie",
    "Schaalvraag",
    "Uitspraak",
    "Veiligheidsdoel",
    "Veiligheidsplan",
    "Versiemoment",
    "Volwassene",
    "Zorg",
    "fouten_met_pad",
    "nederlandse_fouten",
]
