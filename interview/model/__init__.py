"""The plan model: the template API for team leads, with Dutch field names and descriptions."""

from interview.model.dossier import (
    Dossier,
    Gezin,
    Kind,
    Meldcode,
    Netwerklid,
    Professional,
    Risicotaxatie,
    Volwassene,
)
from interview.model.fouten import fouten_met_pad, nederlandse_fouten
from interview.model.plan import (
    SCHEMA_VERSIE,
    Afspraak,
    Bodemeis,
    Herkomst,
    Ondersteuningsplan,
    Plan,
    Uitspraak,
    Veiligheidsdoel,
    Veiligheidsplan,
    Zorg,
)

__all__ = [
    "SCHEMA_VERSIE",
    "Afspraak",
    "Bodemeis",
    "Dossier",
    "Gezin",
    "Herkomst",
    "Kind",
    "Meldcode",
    "Netwerklid",
    "Ondersteuningsplan",
    "Plan",
    "Professional",
    "Risicotaxatie",
    "Uitspraak",
    "Veiligheidsdoel",
    "Veiligheidsplan",
    "Volwassene",
    "Zorg",
    "fouten_met_pad",
    "nederlandse_fouten",
]
