"""Shared fixtures: the bundled example plan, as every user story starts from it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from interview.invoer import lees_plan
from interview.model import Plan
from tests.helpers import VOORBEELD


@pytest.fixture
def voorbeeld_plan() -> Plan:
    return lees_plan(VOORBEELD)


@pytest.fixture(autouse=True, scope="session")
def eigen_cachemap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The tests' prepared templates (and other caches) go to a folder of their own, not the user's, and
    so does the default werkmap (`vplan demo` without --werkmap puts the example dossier there)."""
    with pytest.MonkeyPatch.context() as omgeving:
        omgeving.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        omgeving.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))
        yield
