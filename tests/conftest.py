"""Shared fixtures: the bundled example plan, as every user story starts from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview.invoer import lees_plan
from interview.model import Plan

VOORBEELD = Path(__file__).resolve().parents[1] / "interview" / "example" / "voorbeeld.yaml"


@pytest.fixture
def voorbeeld_plan() -> Plan:
    return lees_plan(VOORBEELD)
