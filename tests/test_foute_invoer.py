"""No answers file a worker can write makes vplan stop with a program error (exit code 3).

Hypothesis writes the answers files: the real example files with parts replaced by random YAML
(wrong types, impossible dates, odd text, control characters), damaged as text, or plain noise.
They go to `vplan importeer` and to the sessions' `--antwoorden` (nieuw, gesprek with each kind
of person, netwerkberaad), run in-process with a fresh werkmap. Every run must end in 0 (it
held), 1 (one Dutch error) or 2. For a longer hunt, set VPLAN_FUZZ_VOORBEELDEN (default 25 per
command). Each exit 3 that this test found is kept below as a named example.
"""

from __future__ import annotations

import contextlib
import copy
import io
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from interview.cli import main
from tests.helpers import VOORBEELD

ANTWOORDEN = Path(__file__).parent / "antwoorden"
KENMERK = "VP-2026-0101"
GESPREKKEN = [("Eva", "eva"), ("Mark", "mark"), ("Lisa", "lisa"), ("Joke", "joke"), ("Tom Bos", "tom")]
VOORBEELDEN = int(os.environ.get("VPLAN_FUZZ_VOORBEELDEN", "25"))


@dataclass(frozen=True)
class Uitkomst:
    code: int
    fouten: str


def vplan(*argumenten: str) -> Uitkomst:
    """The real command, in-process (stdin is no terminal, so nothing is asked)."""
    uit, fouten = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(uit), contextlib.redirect_stderr(fouten):
        code = main(list(argumenten))
    return Uitkomst(code, fouten.getvalue())


# --- Werkmaps to start from: made once, copied for every run -------------------------------------


@pytest.fixture(scope="module")
def beginpunten(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """'leeg', 'dossier' (the Meijer dossier) and 'gesprekken' (with its five sessions)."""
    basis = tmp_path_factory.mktemp("beginpunten")
    (basis / "leeg").mkdir()
    dossier = basis / "dossier"
    nieuw = vplan("nieuw", "--antwoorden", str(ANTWOORDEN / "dossier.yaml"), "--werkmap", str(dossier))
    assert nieuw.code == 0, nieuw.fouten
    gesprekken = basis / "gesprekken"
    shutil.copytree(dossier, gesprekken)
    for naam, bestand in GESPREKKEN:
        uitkomst = vplan("gesprek", KENMERK, "--met", naam, "--antwoorden",
                         str(ANTWOORDEN / f"{bestand}.yaml"), "--werkmap", str(gesprekken))
        assert uitkomst.code == 0, uitkomst.fouten
    return {"leeg": basis / "leeg", "dossier": dossier, "gesprekken": gesprekken}


@contextlib.contextmanager
def kopie(beginpunt: Path) -> Iterator[Path]:
    """A fresh copy of a werkmap, with room beside it for the answers file and the documents."""
    with tempfile.TemporaryDirectory() as map_:
        werkmap = Path(map_) / "werkmap"
        shutil.copytree(beginpunt, werkmap)
        yield Path(map_)


Opdracht = Callable[[str, Path], list[str]]


@dataclass(frozen=True)
class Geval:
    basis: Path
    beginpunt: str
    opdracht: Opdracht


def _gesprek(naam: str) -> Opdracht:
    return lambda bestand, map_: ["gesprek", KENMERK, "--met", naam, "--antwoorden", bestand,
                                  "--werkmap", str(map_ / "werkmap")]


GEVALLEN = {
    "importeer": Geval(VOORBEELD, "leeg", lambda bestand, map_: [
        "importeer", bestand, "--werkmap", str(map_ / "werkmap")]),
    "nieuw": Geval(ANTWOORDEN / "dossier.yaml", "leeg", lambda bestand, map_: [
        "nieuw", "--antwoorden", bestand, "--werkmap", str(map_ / "werkmap")]),
    "gesprek-ouder": Geval(ANTWOORDEN / "eva.yaml", "dossier", _gesprek("Eva")),
    "gesprek-kind": Geval(ANTWOORDEN / "lisa.yaml", "dossier", _gesprek("Lisa")),
    "gesprek-netwerk": Geval(ANTWOORDEN / "joke.yaml", "dossier", _gesprek("Joke")),
    "gesprek-professional": Geval(ANTWOORDEN / "tom.yaml", "dossier", _gesprek("Tom Bos")),
    "netwerkberaad": Geval(ANTWOORDEN / "netwerkberaad.yaml", "gesprekken", lambda bestand, map_: [
        "netwerkberaad", KENMERK, "--antwoorden", bestand, "--werkmap", str(map_ / "werkmap"),
        "--uitvoer", str(map_ / "uit")]),
}


def draai(beginpunten: dict[str, Path], geval: Geval, inhoud: bytes) -> Uitkomst:
    with kopie(beginpunten[geval.beginpunt]) as map_:
        bestand = map_ / "antwoorden.yaml"
        bestand.write_bytes(inhoud)
        return vplan(*geval.opdracht(str(bestand), map_))


# --- What hypothesis writes ----------------------------------------------------------------------

LASTIGE_TEKST = [
    "", " ", "ja", "nee", "2026-02-30", "30-02-2026", "2026-13-01", "0000-01-01", "{{ 7*7 }}",
    "{% for %}", "Z9", "A1", "z1, b1", "Eva", "Joke", "Tom Bos", "Anna Kok", "gesprek-001/zorgen/1",
    "gesprek-001", "06 OMA JOKE", "112", "~", "null", ".nan", "0x1F", "../../etc", "VP-2026-0101",
    "veiligheidsplan", "ondersteuningsplan", "directe veiligheid", "herstelgericht", "\x00", "\x1b[31m",
    "\u202e", "\ufeff", "a" * 300, "\n\n", "12", "-1", "99999999999999999999",
]
tekst = st.one_of(st.sampled_from(LASTIGE_TEKST), st.text(max_size=12))
enkel = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=-2, max_value=12),
    st.floats(), st.dates(), st.datetimes(), tekst,
)


def waarden(sleutels: list[str]) -> st.SearchStrategy[Any]:
    return st.recursive(
        enkel,
        lambda binnen: st.lists(binnen, max_size=3)
        | st.dictionaries(st.sampled_from(sleutels) | tekst, binnen, max_size=3),
        max_leaves=6,
    )


def _sleutels(gegevens: Any) -> Iterator[str]:
    if isinstance(gegevens, dict):
        for sleutel, waarde in gegevens.items():
            yield str(sleutel)
            yield from _sleutels(waarde)
    elif isinstance(gegevens, list):
        for waarde in gegevens:
            yield from _sleutels(waarde)


def _plekken(gegevens: Any) -> Iterator[tuple[Any, Any]]:
    """Every (container, key or index) in a parsed answers file."""
    if isinstance(gegevens, dict):
        for sleutel, waarde in gegevens.items():
            yield gegevens, sleutel
            yield from _plekken(waarde)
    elif isinstance(gegevens, list):
        for index, waarde in enumerate(gegevens):
            yield gegevens, index
            yield from _plekken(waarde)


@st.composite
def gewijzigd(draw: st.DrawFn, basis: Any) -> Any:
    """The example file with one to three places replaced (a text by odd text, or anything by
    any YAML), removed or added to."""
    gegevens = copy.deepcopy(basis)
    sleutels = sorted(set(_sleutels(basis)))
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        plekken = list(_plekken(gegevens))
        if not plekken:
            break
        ouder, sleutel = draw(st.sampled_from(plekken))
        actie = draw(st.sampled_from(["tekst", "vervang", "vervang", "verwijder", "voeg_toe"]))
        if actie == "tekst" and isinstance(ouder[sleutel], str):  # likely still valid: reaches further
            ouder[sleutel] = draw(tekst)
        elif actie in ("tekst", "vervang"):
            ouder[sleutel] = draw(waarden(sleutels))
        elif actie == "verwijder":
            del ouder[sleutel]
        elif isinstance(ouder, list):
            ouder.append(draw(waarden(sleutels)))
        else:
            ouder[draw(st.sampled_from(sleutels) | tekst)] = draw(waarden(sleutels))
    return gegevens


REGELS = [
    "datum: 2026-02-30", "  - 2026-13-45", "x: !!int abc", "x: !!bool misschien", "x: !!timestamp x",
    "? [a]\n: b", "x: !!set [1]", "x: &a [*a]", "x: *onbekend", "\t- x", "x: [", "x: {", "- - -",
    "x: 1e400", "x: .inf", "x: !!binary '%%'", "x: !!python/name:os.system", "%YAML 9.9", "---\n---",
    "x: " + "[" * 200 + "]" * 200, "'", "x: |\n bla\n  bla", "\x00", "\x7f", "\ufeffx: 1",
]


@st.composite
def beschadigd(draw: st.DrawFn, tekst_: str) -> str:
    """YAML text with a troublesome line inserted, a date made impossible, or cut off."""
    regels = tekst_.split("\n")
    actie = draw(st.sampled_from(["niets", "regel", "datum", "afgekapt"]))
    if actie == "regel":
        plek = draw(st.integers(min_value=0, max_value=len(regels)))
        inspringing = " " * draw(st.sampled_from([0, 2, 4]))
        regels.insert(plek, inspringing + draw(st.sampled_from(REGELS)))
    elif actie == "datum":
        onmogelijk = draw(st.sampled_from(["2026-02-30", "2027-13-01", "2026-04-31", "0000-01-01"]))
        regels = [regel.replace("2026-11-02", onmogelijk).replace("2027-01-15", onmogelijk)
                  .replace("2017-05-09", onmogelijk).replace("2026-11-20", onmogelijk) for regel in regels]
    elif actie == "afgekapt":
        geheel = "\n".join(regels)
        return geheel[: draw(st.integers(min_value=0, max_value=len(geheel)))]
    return "\n".join(regels)


def _als_yaml(gegevens: Any) -> str:
    return yaml.safe_dump(gegevens, allow_unicode=True, sort_keys=False)


def bestanden(basis: Path) -> st.SearchStrategy[bytes]:
    gegevens = yaml.safe_load(basis.read_text(encoding="utf-8"))
    return st.one_of(
        gewijzigd(gegevens).map(_als_yaml).flatmap(beschadigd).map(lambda t: t.encode("utf-8")),
        gewijzigd(gegevens).map(_als_yaml).map(lambda t: t.encode("utf-8")),
        st.just(basis.read_text(encoding="utf-8")).flatmap(beschadigd).map(lambda t: t.encode("utf-8")),
        st.text(max_size=200).map(lambda t: t.encode("utf-8")),
        st.binary(max_size=100),
    )


@pytest.mark.parametrize("naam", list(GEVALLEN))
@settings(max_examples=VOORBEELDEN, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_no_answers_file_gives_a_program_error(
    beginpunten: dict[str, Path], naam: str, data: st.DataObject
) -> None:
    geval = GEVALLEN[naam]
    inhoud = data.draw(bestanden(geval.basis), label="antwoordbestand")
    uitkomst = draai(beginpunten, geval, inhoud)
    event(f"afsluitcode {uitkomst.code}")
    assert uitkomst.code in (0, 1, 2), uitkomst.fouten
    assert "Traceback" not in uitkomst.fouten


def _met(basis: Path, oud: str, nieuw: str) -> str:
    tekst = basis.read_text(encoding="utf-8")
    assert oud in tekst
    return tekst.replace(oud, nieuw)


# Each exit 3 found (by this test or beside it), kept by name: (command, file, what stderr says).
GEVONDEN = [
    pytest.param("importeer", "datum: 2026-02-30\n", "regel 1, kolom 8", id="impossible-date-in-a-plan"),
    pytest.param("importeer", _met(VOORBEELD, "geboortedatum: 2012-06-02", "geboortedatum: 2012-06-31"),
                 "regel 16", id="impossible-birth-date-nested-in-a-plan"),
    pytest.param("nieuw", _met(ANTWOORDEN / "dossier.yaml", "rt_datum: 2026-11-02", "rt_datum: 2026-02-30"),
                 "regel 23", id="impossible-date-of-the-risicotaxatie"),
    pytest.param("gesprek-kind", "schaal_kind: 4\ndatum: 2026-04-31\n", "regel 2",
                 id="impossible-date-in-a-session"),
    pytest.param("netwerkberaad", _met(ANTWOORDEN / "netwerkberaad.yaml", "ev_datum: 2027-01-15",
                                       "ev_datum: 2027-13-15"), "regel 57", id="impossible-evaluation-date"),
    pytest.param("importeer", "? [a, b]\n: 1\n", "een veldnaam is zelf een lijst", id="list-as-a-key"),
    pytest.param("nieuw", "kenmerk: !!int VP-2026-0101\n", "past niet bij de aanduiding !!int",
                 id="int-tag-on-text"),
    pytest.param("netwerkberaad", "ev_aanwezig: !!set [Eva]\n", "regel 1", id="set-tag-on-a-list"),
    pytest.param("importeer", "datum: " + "[" * 3000 + "]" * 3000 + "\n", "te diep genest",
                 id="nesting-too-deep"),
]


@pytest.mark.parametrize(("naam", "inhoud", "verwacht"), GEVONDEN)
def test_answers_that_once_gave_a_program_error_give_one_dutch_line(
    beginpunten: dict[str, Path], naam: str, inhoud: str, verwacht: str
) -> None:
    uitkomst = draai(beginpunten, GEVALLEN[naam], inhoud.encode("utf-8"))
    assert uitkomst.code == 1, uitkomst.fouten
    assert uitkomst.fouten.startswith("vplan: ")
    assert verwacht in uitkomst.fouten
