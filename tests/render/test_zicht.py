"""What a template sees of a plan: all of its data, as values that cannot be changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import pytest

from interview.model import Plan
from interview.render.zicht import Veldgroep, zicht_op


def als_gewone_gegevens(waarde: Any) -> Any:
    """The view back as dicts and lists, to compare with what the model itself dumps."""
    if isinstance(waarde, Veldgroep):
        return {naam: als_gewone_gegevens(waarde.veld(naam)) for naam in waarde.namen}
    if isinstance(waarde, tuple):
        return [als_gewone_gegevens(item) for item in waarde]
    if isinstance(waarde, Mapping):
        return {sleutel: als_gewone_gegevens(item) for sleutel, item in waarde.items()}
    return waarde


def test_the_view_holds_every_field_of_the_plan_with_its_value(voorbeeld_plan: Plan) -> None:
    zicht = zicht_op(voorbeeld_plan)
    assert als_gewone_gegevens(zicht["plan"]) == voorbeeld_plan.model_dump()
    assert dict(zicht["personen"]) == voorbeeld_plan.dossier.personen
    assert zicht["dossier"] is zicht["plan"].veld("dossier")


def test_dates_stay_dates_and_ages_are_there(voorbeeld_plan: Plan) -> None:
    zicht = zicht_op(voorbeeld_plan)
    kind = zicht["dossier"].veld("gezin").veld("kinderen")[0]
    assert isinstance(kind.veld("geboortedatum"), dt.date)
    assert kind.veld("leeftijd") == voorbeeld_plan.dossier.gezin.kinderen[0].leeftijd


def test_nothing_in_the_view_can_be_changed(voorbeeld_plan: Plan) -> None:
    zicht = zicht_op(voorbeeld_plan)
    dossier = zicht["dossier"]
    with pytest.raises(AttributeError):
        dossier.gezinsnaam = "ander gezin"
    with pytest.raises(AttributeError):
        del dossier.kenmerk
    with pytest.raises(TypeError):
        zicht["personen"]["Noor"] = "iemand anders"  # type: ignore[index]
    with pytest.raises(TypeError):
        zicht["plan"] = None  # type: ignore[index]
    assert isinstance(dossier.veld("gezin").veld("kinderen"), tuple)


def test_printing_a_group_of_fields_names_the_fields(voorbeeld_plan: Plan) -> None:
    werker = zicht_op(voorbeeld_plan)["dossier"].veld("werker")
    assert str(werker) == "(velden: naam, organisatie, functie, telefoon, skj_registratie)"


def test_every_name_beside_the_plan_is_documented_and_read_only(voorbeeld_plan: Plan) -> None:
    from interview.render.planverloop import NAMEN

    zicht = zicht_op(voorbeeld_plan)
    naast = set(zicht) - {"plan", "dossier", "veiligheidsplan", "ondersteuningsplan", "personen"}
    assert naast == set(NAMEN)
    regel = zicht["verspreiding"][0]
    assert isinstance(regel, Veldgroep)
    with pytest.raises(AttributeError):
        regel.naam = "iemand anders"  # type: ignore[misc]
