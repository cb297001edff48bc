"""What the plan model accepts and refuses, each refusal as the Dutch line a worker reads."""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from interview.model import Plan, nederlandse_fouten
from tests.helpers import VOORBEELD

Gegevens = dict[str, Any]
Wijziging = Callable[[Gegevens], None]

VANDAAG = dt.date.today()
STAP = re.compile(r"^(\w+)(?:\[(\d+)\])?$")


def voorbeeld() -> Gegevens:
    """The example answers file as a dict, fresh for every case."""
    gegevens = yaml.safe_load(VOORBEELD.read_text(encoding="utf-8"))
    assert isinstance(gegevens, dict)
    return copy.deepcopy(gegevens)


def _ouder_en_sleutel(gegevens: Gegevens, pad: str) -> tuple[Any, Any]:
    """Walk a path written as the error messages write it (`veiligheidsplan.afspraken[1].wie`)."""
    delen: list[str | int] = []
    for stap in pad.split("."):
        gevonden = STAP.match(stap)
        assert gevonden, stap
        delen.append(gevonden.group(1))
        if gevonden.group(2):
            delen.append(int(gevonden.group(2)) - 1)
    doel: Any = gegevens
    for deel in delen[:-1]:
        doel = doel[deel]
    return doel, delen[-1]


def zet(pad: str, waarde: Any) -> Wijziging:
    def wijzig(gegevens: Gegevens) -> None:
        ouder, sleutel = _ouder_en_sleutel(gegevens, pad)
        ouder[sleutel] = waarde

    return wijzig


def verwijder(pad: str) -> Wijziging:
    def wijzig(gegevens: Gegevens) -> None:
        ouder, sleutel = _ouder_en_sleutel(gegevens, pad)
        del ouder[sleutel]

    return wijzig


def voeg_toe(pad: str, item: Any) -> Wijziging:
    def wijzig(gegevens: Gegevens) -> None:
        ouder, sleutel = _ouder_en_sleutel(gegevens, pad)
        ouder[sleutel].append(item)

    return wijzig


def samen(*wijzigingen: Wijziging) -> Wijziging:
    def wijzig(gegevens: Gegevens) -> None:
        for wijziging in wijzigingen:
            wijziging(gegevens)

    return wijzig


def alle_afspraken(gegevens: Gegevens) -> list[Gegevens]:
    return [*gegevens["veiligheidsplan"]["afspraken"], *gegevens["ondersteuningsplan"]["afspraken"]]


def niemand_dient(id_: str) -> Wijziging:
    def wijzig(gegevens: Gegevens) -> None:
        for afspraak in alle_afspraken(gegevens):
            afspraak["dient"] = [d for d in afspraak["dient"] if d != id_]

    return wijzig


def zonder_nummers(gegevens: Gegevens) -> None:
    for deel in ("veiligheidsplan", "ondersteuningsplan"):
        for lijst in gegevens[deel].values():
            for item in lijst if isinstance(lijst, list) else []:
                if isinstance(item, dict):
                    item.pop("id", None)


def valideer(wijziging: Wijziging | None = None) -> Plan:
    gegevens = voorbeeld()
    if wijziging is not None:
        wijziging(gegevens)
    return Plan.model_validate(gegevens)


def fouten_bij(wijziging: Wijziging) -> list[str]:
    with pytest.raises(ValidationError) as fout:
        valideer(wijziging)
    return nederlandse_fouten(fout.value)


def nieuwe_afspraak(**velden: Any) -> Gegevens:
    return {
        "wat": "Kees belt elke zondag met Sandra hoe de zaterdag ging.",
        "wie": ["Kees"],
        "wanneer": "elke zondag",
        "controle_door": "Ilse de Wit",
        "gevolg_bij_niet_nakomen": "Ilse belt Kees.",
        "fase": "risicogestuurd",
        "dient": ["Z2", "O3"],
        **velden,
    }


# Every case: what changes in the example, the path the message names, and words it must say.
ONGELDIG = [
    pytest.param(zet("veiligheidsplan.afspraken[1].wie", ["Sandra", "Henk"]),
                 "veiligheidsplan.afspraken[1].wie", "'Henk' is geen persoon uit het dossier",
                 id="afspraak-wie-unknown-person"),
    pytest.param(zet("ondersteuningsplan.afspraken[2].controle_door", "Henk"),
                 "ondersteuningsplan.afspraken[2].controle_door", "'Henk' is geen persoon",
                 id="afspraak-checked-by-unknown-person"),
    pytest.param(verwijder("veiligheidsplan.afspraken[2].controle_door"),
                 "veiligheidsplan.afspraken[2].controle_door", "is verplicht maar ontbreekt",
                 id="afspraak-without-controle_door"),
    pytest.param(zet("veiligheidsplan.afspraken[1].wie", []),
                 "veiligheidsplan.afspraken[1].wie", "moet minstens 1 item(s) bevatten",
                 id="afspraak-wie-empty"),
    pytest.param(zet("veiligheidsplan.schaalvragen[1].score", 11),
                 "veiligheidsplan.schaalvragen[1].score", "mag hoogstens 10 zijn", id="score-11"),
    pytest.param(zet("veiligheidsplan.schaalvragen[2].score", -1),
                 "veiligheidsplan.schaalvragen[2].score", "moet minstens 0 zijn", id="score-minus-1"),
    pytest.param(zet("veiligheidsplan.schaalvragen[3].score", 7.5),
                 "veiligheidsplan.schaalvragen[3].score", "moet een geheel getal zijn", id="score-7.5"),
    pytest.param(zet("veiligheidsplan.schaalvragen[4].score", "zeven"),
                 "veiligheidsplan.schaalvragen[4].score", "moet een geheel getal zijn (gevonden: 'zeven')",
                 id="score-as-words"),
    pytest.param(zet("veiligheidsplan.schaalvragen[1].score", True),
                 "veiligheidsplan.schaalvragen[1].score", "moet een geheel getal zijn",
                 id="score-as-yes"),
    pytest.param(zet("dossier.gezin.kinderen[2].geboortedatum", VANDAAG + dt.timedelta(days=1)),
                 "dossier.gezin.kinderen[2].geboortedatum", "kan niet in de toekomst liggen",
                 id="geboortedatum-tomorrow"),
    pytest.param(zet("dossier.gezin.kinderen[1].geboortedatum", "2012-02-30"),
                 "dossier.gezin.kinderen[1].geboortedatum", "geen geldige datum", id="date-that-never-was"),
    pytest.param(zet("evaluatie.volgende_datum", dt.date(2026, 11, 20)),
                 "evaluatie.volgende_datum", "moet na de datum van het plan liggen",
                 id="next-evaluation-on-plan-date"),
    pytest.param(zet("evaluatie.volgende_datum", dt.date(2026, 10, 1)),
                 "evaluatie.volgende_datum", "moet na de datum van het plan liggen",
                 id="next-evaluation-before-plan-date"),
    pytest.param(verwijder("evaluatie.frequentie"),
                 "evaluatie.frequentie", "is verplicht maar ontbreekt", id="no-evaluation-frequency"),
    pytest.param(niemand_dient("B2"),
                 "veiligheidsplan.bodemeisen[2]", "bodemeis B2 wordt door geen enkele afspraak gediend",
                 id="bodemeis-not-served"),
    pytest.param(samen(verwijder("veiligheidsplan.veiligheidsdoelen[3]"), niemand_dient("D3")),
                 "veiligheidsplan.zorgen[3]", "gevaarsomschrijving Z3 heeft geen veiligheidsdoel",
                 id="zorg-without-veiligheidsdoel"),
    pytest.param(zet("veiligheidsplan.veiligheidsdoelen[2].zorg", "Z9"),
                 "veiligheidsplan.veiligheidsdoelen[2].zorg", "'Z9' is geen gevaarsomschrijving",
                 id="veiligheidsdoel-unknown-zorg"),
    pytest.param(zet("veiligheidsplan.afspraken[1].dient", ["Z1", "B1", "X7"]),
                 "veiligheidsplan.afspraken[1].dient", "'X7' is geen zorg, bodemeis of doel",
                 id="afspraak-serves-unknown-id"),
    pytest.param(zet("veiligheidsplan.afspraken[2].id", "A1"),
                 "veiligheidsplan.afspraken[2].id", "komt twee keer voor", id="duplicate-id"),
    pytest.param(zet("ondersteuningsplan.afspraken[1].id", "A1"),
                 "ondersteuningsplan.afspraken[1].id", "komt twee keer voor",
                 id="duplicate-id-across-documents"),
    pytest.param(zet("veiligheidsplan.afspraken[2].id", "Z2"),
                 "veiligheidsplan.afspraken[2].id", "hoort te beginnen met A", id="id-wrong-prefix"),
    pytest.param(samen(verwijder("veiligheidsplan.afspraken[1].controle_door"),
                       zet("veiligheidsplan.afspraken[1].controle_doro", "Ilse de Wit")),
                 "veiligheidsplan.afspraken[1].controle_doro", "is geen bekend veld (tikfout?)",
                 id="typo-in-field-name"),
    pytest.param(zet("dossier.kenmerk", "VP/2026/0042"),
                 "dossier.kenmerk", "zonder spaties of schuine strepen", id="kenmerk-with-slash"),
    pytest.param(zet("dossier.kenmerk", ".."),
                 "dossier.kenmerk", "een kenmerk bestaat uit letters", id="kenmerk-dotdot"),
    pytest.param(zet("dossier.regiehouder", "Henk"),
                 "dossier.regiehouder", "'Henk' is geen persoon uit het dossier",
                 id="regiehouder-not-a-person"),
    pytest.param(voeg_toe("dossier.netwerk", {"naam": "Ria", "relatie": "tante"}),
                 "dossier", "elke persoon heeft een eigen naam nodig; dubbel: Ria",
                 id="two-persons-same-name"),
    pytest.param(zet("dossier.meldcode.besluit", ""),
                 "dossier.meldcode", "bij stap 5 van de meldcode hoort een besluit",
                 id="meldcode-step-5-without-besluit"),
    pytest.param(zet("dossier.meldcode.stap", 6),
                 "dossier.meldcode.stap", "mag hoogstens 5 zijn", id="meldcode-step-6"),
    pytest.param(zet("dossier.risicotaxatie.instrument", "anders"),
                 "dossier.risicotaxatie", "noem bij instrument 'anders' de naam van het instrument",
                 id="instrument-anders-without-name"),
    pytest.param(zet("dossier.risicotaxatie.risiconiveau", "heel hoog"),
                 "dossier.risicotaxatie.risiconiveau", "moet een van deze waarden zijn",
                 id="unknown-risiconiveau"),
    pytest.param(zet("ondersteuningsplan.afspraken[1].fase", "directe veiligheid"),
                 "ondersteuningsplan.afspraken[1].fase", "horen in het veiligheidsplan",
                 id="direct-safety-afspraak-in-ondersteuningsplan"),
    pytest.param(zet("veiligheidsplan.afspraken[1].wat", "   "),
                 "veiligheidsplan.afspraken[1].wat", "mag niet leeg zijn", id="blank-required-text"),
    pytest.param(zet("dossier.gezin.volwassenen[1].telefoon", "bel me maar"),
                 "dossier.gezin.volwassenen[1].telefoon", "een telefoonnummer bestaat uit cijfers",
                 id="phone-number-that-is-not-one"),
    pytest.param(zet("veiligheidsplan.noodplan[1].telefoon", "06 OMA JOKE"),
                 "veiligheidsplan.noodplan[1].telefoon", "een telefoonnummer bestaat uit cijfers",
                 id="noodplan-number-with-a-name-in-it"),
    pytest.param(zet("veiligheidsplan.noodplan[1].telefoon", "12"),
                 "veiligheidsplan.noodplan[1].telefoon", "een telefoonnummer bestaat uit cijfers",
                 id="noodplan-number-too-short"),
    pytest.param(verwijder("datum"), "datum", "is verplicht maar ontbreekt", id="plan-without-date"),
]


@pytest.mark.parametrize(("wijziging", "pad", "bericht"), ONGELDIG)
def test_an_invalid_plan_is_refused_with_a_dutch_line_naming_the_field(
    wijziging: Wijziging, pad: str, bericht: str
) -> None:
    regels = fouten_bij(wijziging)
    assert any(regel.startswith(f"{pad}: ") and bericht in regel for regel in regels), regels
    for regel in regels:
        assert re.match(r"^[\w.\[\]]+: \S", regel), f"no field path in front: {regel!r}"
        assert not re.search(r"Input should|Value error|validation error|Field required", regel), regel


def test_every_failing_field_is_listed_at_once() -> None:
    regels = fouten_bij(samen(
        zet("veiligheidsplan.afspraken[1].wat", " "),
        zet("veiligheidsplan.schaalvragen[1].score", 11),
        verwijder("evaluatie.wijze"),
    ))
    assert regels == [
        "veiligheidsplan.afspraken[1].wat: mag niet leeg zijn",
        "veiligheidsplan.schaalvragen[1].score: mag hoogstens 10 zijn",
        "evaluatie.wijze: is verplicht maar ontbreekt",
    ]


def test_every_broken_rule_across_the_plan_is_listed_at_once() -> None:
    regels = fouten_bij(samen(
        zet("veiligheidsplan.afspraken[1].wie", ["Henk"]),
        niemand_dient("B2"),
        zet("evaluatie.volgende_datum", dt.date(2026, 1, 1)),
    ))
    assert regels == [
        "veiligheidsplan.afspraken[1].wie: 'Henk' is geen persoon uit het dossier",
        "veiligheidsplan.bodemeisen[2]: bodemeis B2 wordt door geen enkele afspraak gediend",
        "evaluatie.volgende_datum: de volgende evaluatie moet na de datum van het plan liggen",
    ]


# --- What the model accepts ---------------------------------------------------------------------------


def test_the_example_is_a_valid_plan() -> None:
    plan = valideer()
    assert plan.dossier.kenmerk == "VP-2026-0042"
    assert [a.id for a in plan.veiligheidsplan.afspraken] == ["A1", "A2", "A3", "A4", "A5", "A6"]
    assert plan.nummers.model_dump() == {"Z": 3, "D": 3, "B": 2, "A": 8, "O": 3, "I": 0}


def test_missing_numbers_are_handed_out_in_document_order() -> None:
    plan = valideer(zonder_nummers)
    vp, op = plan.veiligheidsplan, plan.ondersteuningsplan
    assert [z.id for z in vp.zorgen] == ["Z1", "Z2", "Z3"]
    assert [d.id for d in vp.veiligheidsdoelen] == ["D1", "D2", "D3"]
    assert [b.id for b in vp.bodemeisen] == ["B1", "B2"]
    assert [a.id for a in vp.afspraken] == ["A1", "A2", "A3", "A4", "A5", "A6"]
    assert [d.id for d in op.doelen] == ["O1", "O2", "O3"]
    assert [a.id for a in op.afspraken] == ["A7", "A8"]
    assert plan.nummers.model_dump() == {"Z": 3, "D": 3, "B": 2, "A": 8, "O": 3, "I": 0}


def test_a_new_item_gets_the_next_number_after_the_highest_given() -> None:
    plan = valideer(voeg_toe("veiligheidsplan.afspraken", nieuwe_afspraak(dient=["Z2", "B2"])))
    assert plan.veiligheidsplan.afspraken[-1].id == "A9"
    assert plan.nummers.A == 9


def test_a_number_is_never_reused_after_its_item_is_removed() -> None:
    eerste = valideer()
    gegevens = eerste.model_dump(mode="json")
    gegevens["versie"] = 2
    gegevens["ondersteuningsplan"]["afspraken"] = [
        a for a in gegevens["ondersteuningsplan"]["afspraken"] if a["id"] != "A8"
    ]
    gegevens["ondersteuningsplan"]["afspraken"].append(nieuwe_afspraak())
    gegevens["nummers"] = eerste.nummers.model_dump()

    tweede = Plan.model_validate(gegevens)

    assert [a.id for a in tweede.ondersteuningsplan.afspraken] == ["A7", "A9"]
    assert tweede.nummers.A == 9


def test_numbers_stay_the_same_when_a_stored_plan_is_read_back() -> None:
    eerste = valideer(zonder_nummers)
    terug = Plan.model_validate(eerste.model_dump(mode="json"))
    assert terug == eerste


@pytest.mark.parametrize(
    ("wijziging", "lees", "verwacht"),
    [
        pytest.param(None, lambda p: p.ondersteuningsplan.eerdere_hulpverlening[1].periode, "2023",
                     id="periode-2023"),
        pytest.param(zet("dossier.professionals[1].skj_registratie", 110009999),
                     lambda p: p.dossier.professionals[0].skj_registratie, "110009999", id="skj-number"),
        pytest.param(zet("veiligheidsplan.afspraken[4].overgenomen_uit.oorspronkelijk_nummer", 2),
                     lambda p: p.veiligheidsplan.afspraken[3].overgenomen_uit.oorspronkelijk_nummer, "2",
                     id="earlier-plan-number"),
    ],
)
def test_a_number_typed_where_text_is_expected_is_kept_as_text(
    wijziging: Wijziging | None, lees: Callable[[Plan], Any], verwacht: str
) -> None:
    assert lees(valideer(wijziging)) == verwacht


@pytest.mark.parametrize("nummer", ["112", "0800-2000", "+31 (0)20 555 0101", "06 1111 2203", 112])
@pytest.mark.parametrize("pad", ["veiligheidsplan.noodplan[1].telefoon", "dossier.netwerk[1].telefoon"])
def test_the_noodplan_and_the_dossier_take_the_same_phone_numbers(pad: str, nummer: str | int) -> None:
    """One rule for every phone number: what the noodplan may call, the dossier may hold."""
    plan = valideer(zet(pad, nummer))
    noodplan, netwerk = plan.veiligheidsplan.noodplan[0], plan.dossier.netwerk[0]
    assert (noodplan.telefoon if "noodplan" in pad else netwerk.telefoon) == str(nummer)


def test_surrounding_spaces_are_dropped_from_text() -> None:
    plan = valideer(zet("veiligheidsplan.afspraken[1].wanneer", "  elke dag \n"))
    assert plan.veiligheidsplan.afspraken[0].wanneer == "elke dag"


def geboren_jaren_geleden(jaren: int, *, dagen_later: int = 0) -> dt.date:
    """A birthday `jaren` years before today (1 March after a leap day), shifted by `dagen_later`."""
    try:
        dag = VANDAAG.replace(year=VANDAAG.year - jaren)
    except ValueError:
        dag = dt.date(VANDAAG.year - jaren, 3, 1)
    return dag + dt.timedelta(days=dagen_later)


@pytest.mark.parametrize(
    ("geboortedatum", "leeftijd"),
    [
        pytest.param(geboren_jaren_geleden(8), 8, id="eighth-birthday-today"),
        pytest.param(geboren_jaren_geleden(9, dagen_later=1), 8, id="ninth-birthday-tomorrow"),
        pytest.param(VANDAAG, 0, id="born-today"),
    ],
)
def test_a_childs_age_is_computed_from_the_birth_date(geboortedatum: dt.date, leeftijd: int) -> None:
    plan = valideer(zet("dossier.gezin.kinderen[2].geboortedatum", geboortedatum))
    assert plan.dossier.gezin.kinderen[1].leeftijd == leeftijd


def test_an_age_given_in_the_answers_file_is_ignored() -> None:
    plan = valideer(samen(
        zet("dossier.gezin.kinderen[2].geboortedatum", geboren_jaren_geleden(8)),
        zet("dossier.gezin.kinderen[2].leeftijd", 99),
    ))
    kind = plan.dossier.gezin.kinderen[1]
    assert kind.leeftijd == 8
    assert kind.model_dump()["leeftijd"] == 8


def test_a_regiehouder_typed_in_another_case_gets_the_dossiers_spelling() -> None:
    gegevens = voorbeeld()
    gegevens["dossier"]["regiehouder"] = "ilse DE wit"
    assert Plan.model_validate(gegevens).dossier.regiehouder == "Ilse de Wit"
