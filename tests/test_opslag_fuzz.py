"""No stored file, however corrupt, makes a reading command end in a programmafout or change stored data.

Issue 24, item 6: for every kind of file vplan stores, corrupt content (deep nesting, huge values,
wrong types, invalid UTF-8, cut-off lines, NUL bytes) is written into a copy of a real werkmap, and
every command that reads it runs in-process. It must end with exit 0, 1 or 2, and a command that
fails leaves every stored byte as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview.cli import main
from tests.helpers import VOORBEELD, bestanden_onder, maak_dossier, plan_voor, sessie, stel_vast

KENMERK = "VP-2026-0042"
ANDER = "VP-B"
SJABLONEN = Path(__file__).resolve().parents[1] / "templates"

SOORTEN = {
    "dossier": f"werkmap/{KENMERK}/dossier.json",
    "plan": f"werkmap/{KENMERK}/plannen/plan-v1.json",
    "vaststelling": f"werkmap/{KENMERK}/vaststelling.jsonl",
    "verspreiding": f"werkmap/{KENMERK}/verspreiding.jsonl",
    "tijd": f"werkmap/{KENMERK}/tijd.jsonl",
    "journaal": f"werkmap/{KENMERK}/sessies/gesprek-001.jsonl",
    "metadata": f"out/{KENMERK}/v1/.vplan.json",
    "sjablonen.toml": "team/sjablonen.toml",
}
GEZIEN: Counter[int] = Counter()


def opdrachten(root: Path) -> list[list[str]]:
    """Every command that reads the stored files, as a user would type it."""
    werkmap = ["--werkmap", str(root / "werkmap")]
    uitvoer = ["--uitvoer", str(root / "out"), "--sjablonen", str(root / "team")]
    return [
        ["overzicht", *uitvoer, *werkmap],
        ["overzicht", "--namen", "--json", *uitvoer, *werkmap],
        ["tijd", *werkmap],
        ["tijd", KENMERK, *werkmap],
        ["info", "--sjablonen", str(root / "team"), *werkmap],
        ["verstuurd", KENMERK, *werkmap],
        ["vaststellen", KENMERK, "--antwoorden", str(root / "vaststellen.yaml"), *werkmap],
        ["tijd", KENMERK, "--voeg-toe", "10m", "--soort", "voorbereiding", *werkmap],
        ["documenten", KENMERK, *uitvoer, *werkmap],
    ]


def vplan(*argumenten: str) -> int:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return main(list(argumenten))


@pytest.fixture(scope="module")
def voorbeeldmap(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A werkmap with every kind of stored file: the example dossier (signed in part, sent, a session,
    time added, its documents made with a team's template folder) beside a second dossier."""
    root = tmp_path_factory.mktemp("voorbeeld")
    werkmap = ["--werkmap", str(root / "werkmap")]
    shutil.copytree(SJABLONEN, root / "team")
    (root / "team" / "sjablonen.toml").write_text('team = "Wijkteam"\nversie = "2026-1"\n', encoding="utf-8")
    assert vplan("importeer", str(VOORBEELD), *werkmap) == 0
    from interview.store import Werkmap

    opslag = Werkmap(root / "werkmap")
    stel_vast(opslag, maak_dossier(opslag, plan_voor(ANDER)))
    sessie(opslag, KENMERK, "gesprek-001", "individueel", persoon="Eva", minuten=[0, 5, 10])
    assert vplan("tijd", KENMERK, "--voeg-toe", "45m", "--soort", "voorbereiding", *werkmap) == 0
    assert vplan("verstuurd", KENMERK, "--aan", "Noor", *werkmap) == 0
    vandaag = dt.date.today().isoformat()
    (root / "vaststellen.yaml").write_text(
        f"ondertekening:\n  Ilse de Wit: {{oordeel: akkoord, datum: {vandaag}}}\n"
        f"  Noor: {{oordeel: gezien, datum: {vandaag}}}\n", encoding="utf-8")
    assert vplan("vaststellen", KENMERK, "--antwoorden", str(root / "vaststellen.yaml"), *werkmap) == 0
    assert vplan("documenten", KENMERK, "--uitvoer", str(root / "out"), "--sjablonen", str(root / "team"),
                 *werkmap) == 0
    for soort, pad in SOORTEN.items():
        assert (root / pad).is_file(), soort
    return root


def diep(n: int) -> bytes:
    return b"[" * n + b"]" * n


def vervang_waarde(data: bytes, waarde: object) -> bytes:
    """`data` with one top-level value of its first JSON object (or line) replaced by `waarde`."""
    regels = data.split(b"\n")
    for nummer, regel in enumerate(regels):
        with contextlib.suppress(ValueError):
            gegevens = json.loads(regel if len(regels) > 1 and regel.strip() else data)
            if isinstance(gegevens, dict) and gegevens:
                sleutel = sorted(gegevens)[len(regel) % len(gegevens)]
                gegevens[sleutel] = waarde
                nieuw = json.dumps(gegevens, ensure_ascii=False).encode()
                if len(regels) > 1 and regel.strip():
                    return b"\n".join([*regels[:nummer], nieuw, *regels[nummer + 1:]])
                return nieuw
    return data


JSON_WAARDEN = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda kind: st.lists(kind, max_size=3) | st.dictionaries(st.text(max_size=5), kind, max_size=3),
    max_leaves=8,
)


@st.composite
def bederf(keuze: st.DrawFn, data: bytes) -> tuple[str, bytes]:
    """One way to corrupt a stored file's bytes, and its name."""
    plek = keuze(st.integers(0, len(data)))
    soorten: dict[str, Callable[[], bytes]] = {
        "diep genest": lambda: data[:plek] + diep(keuze(st.sampled_from([100, 100_000]))) + data[plek:],
        "diep als waarde": lambda: vervang_waarde(data, "@DIEP@").replace(
            b'"@DIEP@"', diep(keuze(st.sampled_from([70, 100_000])))),
        "groot getal": lambda: vervang_waarde(data, "@GETAL@").replace(b'"@GETAL@"', b"9" * 50_000),
        "grote tekst": lambda: vervang_waarde(data, "x" * keuze(st.sampled_from([10_000, 3_000_000]))),
        "ander type": lambda: vervang_waarde(data, keuze(JSON_WAARDEN)),
        "geen utf-8": lambda: data[:plek] + b"\xff\xfe\xc3" + data[plek:],
        "afgekapt": lambda: data[:plek],
        "nul-byte": lambda: data[:plek] + b"\0" + data[plek:],
        "losse regel": lambda: data + keuze(st.sampled_from([b"{", b"[1,2", b"null\n", b"\n\n", b'"x"\n'])),
        "leeg": lambda: b"",
    }
    naam = keuze(st.sampled_from(sorted(soorten)))
    return naam, soorten[naam]()


@contextlib.contextmanager
def kopie(voorbeeldmap: Path) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as tijdelijk:
        root = Path(tijdelijk) / "kopie"
        shutil.copytree(voorbeeldmap, root, symlinks=True)
        yield root


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(keuzes=st.data(), soort=st.sampled_from(sorted(SOORTEN)))
def test_no_corrupt_stored_file_crashes_a_command_or_changes_stored_data(
        voorbeeldmap: Path, keuzes: st.DataObject, soort: str) -> None:
    with kopie(voorbeeldmap) as root:
        pad = root / SOORTEN[soort]
        wijze, inhoud = keuzes.draw(bederf(pad.read_bytes()), label="bederf")
        pad.write_bytes(inhoud)
        for argumenten in opdrachten(root):
            voor = bestanden_onder(root)
            code = vplan(*argumenten)
            GEZIEN[code] += 1
            assert code in (0, 1, 2), f"{soort} ({wijze}): vplan {argumenten[0]} gaf afsluitcode {code}"
            if code != 0:
                assert bestanden_onder(root) == voor, f"{soort} ({wijze}): {argumenten[0]} veranderde iets"


def test_fuzz_figures_are_reported() -> None:
    """Prints the exit codes the fuzz test above saw (run with -s), for the closing note."""
    print(f"afsluitcodes over de opdrachten: {dict(GEZIEN)}")
