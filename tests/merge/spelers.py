"""Builders for the merge's tests: the Jansen family's dossier and the answers of a short joint session."""

from __future__ import annotations

from typing import Any


def dossiergegevens() -> dict[str, Any]:
    return {
        "kenmerk": "VP-TEST-1", "gezinsnaam": "Jansen", "team": "Wijkteam Noord", "regiehouder": "Eva",
        "gezin": {"kinderen": [{"naam": "Lisa", "geboortedatum": "2018-03-01"}],
                  "volwassenen": [{"naam": "Sandra", "rol": "moeder", "gezag": True},
                                  {"naam": "Mark", "rol": "vader", "gezag": True}]},
        "netwerk": [{"naam": "Ria", "relatie": "oma", "telefoon": "06-00000009"}],
        "werker": {"naam": "Eva", "organisatie": "Wijkteam Noord", "functie": "jeugd- en gezinswerker"},
    }


def antwoorden_beraad(uitspraken: list[str] | None = None) -> dict[str, Any]:
    """The answers of a short but complete joint session, keyed by plan path."""
    return {
        "veiligheidsplan.aanleiding": "Melding van Veilig Thuis.",
        "veiligheidsplan.doel": "Lisa groeit veilig op.",
        "veiligheidsplan.kader": "Vrijwillig kader.",
        "veiligheidsplan.zorgen": [{"titel": "Ruzie", "gevaarsomschrijving": "Iedereen is bezorgd.",
                                    "uitspraken": uitspraken or []}],
        "veiligheidsplan.veiligheidsdoelen": [{"omschrijving": "Rust in huis", "duur": "zes maanden",
                                               "zorg": "z1"}],
        "afspraken": [
            {"wat": "Mark belt Ria bij spanning", "wie": ["Mark"], "wanneer": "altijd",
             "stappen": "Stap een\nStap twee\n", "controle_door": "Eva",
             "gevolg_bij_niet_nakomen": "Eva belt Veilig Thuis", "fase": "directe veiligheid",
             "dient": "Z1, d1"},
            {"wat": "Traumabehandeling voor Lisa", "wie": ["Sandra"], "wanneer": "wekelijks",
             "controle_door": "Eva", "gevolg_bij_niet_nakomen": "Bespreken", "fase": "herstelgericht",
             "dient": "D1", "plaats": "ondersteuningsplan"},
        ],
        "veiligheidsplan.noodplan": [{"wie": "Sandra", "wanneer": "bij geweld", "belt": "112",
                                      "telefoon": "112"}],
        "veiligheidsplan.monitoring": "Eva belt elke week.",
        "veiligheidsplan.schaalvragen": [{"naam": "Sandra", "score": 5}],
        "regiehouder": "Eva",
        "evaluatie.frequentie": "elke zes weken", "evaluatie.wijze": "netwerkberaad",
        "evaluatie.volgende_datum": "2027-01-08", "evaluatie.aanwezig": ["Sandra", "Eva"],
        "ondersteuningsplan.aanleiding": "Zie veiligheidsplan.", "ondersteuningsplan.hulpvraag": "Rust.",
        "ondersteuningsplan.krachten": [{"omschrijving": "Oma helpt", "beschreven_door": ["Ria"]}],
        "ondersteuningsplan.zorgen": [{"omschrijving": "Spanning", "beschreven_door": ["Sandra"]}],
        "ondersteuningsplan.doelen": [{"omschrijving": "Lisa slaapt goed",
                                       "ondersteuning": [{"wie": "GGZ", "wat": "therapie"}]}],
        "verspreidingslijst": ["Sandra", "Mark", "Eva"],
    }
