"""A corrupt stored file is refused in Dutch, naming the file; nothing changes before all can be written."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from interview.cli import main
from interview.conduct.journaal import begin, lees_journaal
from interview.fouten import BeschadigdBestand
from interview.leesgrens import MAX_DIEPTE, diepte, lees_json, lees_toml
from interview.store import Werkmap
from tests.helpers import VOORBEELD, bestanden_onder, maak_dossier, plan_voor, sessie, stel_vast

KENMERK = "VP-2026-0042"
DIEP = b"[" * 100_000 + b"]" * 100_000


def vplan(*argumenten: str) -> tuple[int, str, str]:
    uit, fout = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(uit), contextlib.redirect_stderr(fout):
        code = main(list(argumenten))
    return code, uit.getvalue(), fout.getvalue()


@pytest.fixture
def werkmap(tmp_path: Path) -> Werkmap:
    """The imported example (signed by nobody yet) beside two other dossiers."""
    opslag = Werkmap(tmp_path / "werkmap")
    assert vplan("importeer", str(VOORBEELD), "--werkmap", str(opslag.pad))[0] == 0
    for kenmerk in ("VP-A", "VP-C"):
        stel_vast(opslag, maak_dossier(opslag, plan_voor(kenmerk)))
    return opslag


def test_a_dossier_nested_100000_deep_is_one_line_and_the_others_are_listed(werkmap: Werkmap) -> None:
    """The issue's done-when case: on main, `overzicht` ended in programmafout (RecursionError)."""
    (werkmap.pad / "VP-A" / "dossier.json").write_bytes(b'{"schema_versie": 2, "dossier": ' + DIEP + b"}")

    code, uit, fout = vplan("overzicht", "--csv", "--werkmap", str(werkmap.pad))

    assert code == 0, fout
    assert "programmafout" not in fout + uit
    regels = {regel.split(";")[0]: regel for regel in uit.splitlines()[1:]}
    assert set(regels) == {KENMERK, "VP-A", "VP-C"}
    assert "VP-A/dossier.json is dieper genest dan 64 niveaus" in regels["VP-A"]
    assert "onleesbaar" not in regels["VP-C"]


@pytest.mark.parametrize("bestand", ["dossier.json", "plannen/plan-v1.json", "vaststelling.jsonl",
                                     "verspreiding.jsonl", "tijd.jsonl", "sessies/gesprek-001.jsonl"])
def test_every_stored_file_nested_too_deep_is_refused_in_dutch_naming_the_file(
        werkmap: Werkmap, bestand: str) -> None:
    journaal = sessie(werkmap, "VP-A", "gesprek-001", "individueel", persoon="Noor", minuten=[0, 5])
    pad = werkmap.pad / "VP-A" / bestand
    einde = b'{"soort": "einde"}\n'
    pad.write_bytes(DIEP + b"\n" if pad != journaal else pad.read_bytes() + DIEP + b"\n" + einde)
    verwacht = (f"VP-A/{bestand} is dieper genest dan 64 niveaus" if pad != journaal
                else "gesprek-001.jsonl is beschadigd op regel 5")

    gezegd = ""
    for argumenten in (["tijd", "VP-A"], ["verstuurd", "VP-A"], ["overzicht", "--csv"]):
        code, uit, fout = vplan(*argumenten, "--werkmap", str(werkmap.pad))
        assert code in (0, 1) and "programmafout" not in fout, (argumenten, fout)
        gezegd += uit + fout
    assert verwacht in gezegd.replace("\n", " ")


def test_vaststellen_adds_no_signature_when_verspreiding_cannot_be_read(tmp_path: Path,
                                                                       werkmap: Werkmap) -> None:
    """On main the signatures were appended, then the run failed on verspreiding.jsonl."""
    (werkmap.pad / KENMERK / "verspreiding.jsonl").write_bytes(DIEP + b"\n")
    antwoorden = tmp_path / "vaststellen.yaml"
    antwoorden.write_text("ondertekening:\n  Ilse de Wit: {oordeel: akkoord, datum: 2026-11-20}\n"
                          "  Noor: {oordeel: gezien, datum: 2026-11-20}\n", encoding="utf-8")
    voor = bestanden_onder(werkmap.pad)

    code, _, fout = vplan("vaststellen", KENMERK, "--antwoorden", str(antwoorden),
                          "--werkmap", str(werkmap.pad))

    assert code == 1 and f"{KENMERK}/verspreiding.jsonl is dieper genest" in fout
    assert bestanden_onder(werkmap.pad) == voor


@pytest.mark.parametrize("argumenten", [["verstuurd", "VP-A", "--aan", "Noor"],
                                        ["tijd", "VP-A", "--voeg-toe", "10m", "--soort", "verslag"]])
def test_a_command_that_appends_refuses_before_writing_when_its_file_is_broken(
        werkmap: Werkmap, argumenten: list[str]) -> None:
    for bestand in ("verspreiding.jsonl", "tijd.jsonl", "vaststelling.jsonl"):
        (werkmap.pad / "VP-A" / bestand).write_bytes(b'{"schema_versie": 2, "naam": \xff}\n')
    voor = bestanden_onder(werkmap.pad)

    code, _, fout = vplan(*argumenten, "--werkmap", str(werkmap.pad))

    assert code == 1 and "is beschadigd" in fout and "er is niets veranderd" in fout
    assert bestanden_onder(werkmap.pad) == voor


def test_a_line_is_appended_on_its_own_line_when_the_last_one_lacks_its_newline(werkmap: Werkmap) -> None:
    """A file without its final newline (edited by hand) was made corrupt by the next append."""
    pad = werkmap.pad / "VP-A" / "verspreiding.jsonl"
    pad.write_bytes(pad.read_bytes().rstrip(b"\n"))
    aantal = len(werkmap.ontvangsten("VP-A"))

    assert vplan("verstuurd", "VP-A", "--aan", "Noor", "--werkmap", str(werkmap.pad))[0] == 0

    assert len(werkmap.ontvangsten("VP-A")) == aantal + 1


def test_an_overview_error_line_never_shows_a_stored_value(werkmap: Werkmap) -> None:
    """Without --namen no name is shown, also not one that stands where a number belongs."""
    pad = werkmap.pad / "VP-A" / "dossier.json"
    gegevens = json.loads(pad.read_text(encoding="utf-8"))
    pad.write_text(json.dumps({**gegevens, "schema_versie": "Lisa Meijer"}), encoding="utf-8")
    sessies = werkmap.pad / "VP-C" / "sessies"
    sessies.mkdir()
    (sessies / "gesprek-001.jsonl").write_text(json.dumps({
        "schema_versie": "Tom Meijer", "soort": "begin", "vragenlijst": "individueel", "persoon": ""}) + "\n")

    code, uit, fout = vplan("overzicht", "--werkmap", str(werkmap.pad))

    assert code == 0, fout
    assert "Lisa" not in uit + fout and "Tom" not in uit + fout
    assert "schemaversie onbekend" in uit


def test_a_journal_names_its_dossier_and_one_from_another_dossier_is_refused(werkmap: Werkmap) -> None:
    eigen = sessie(werkmap, "VP-A", "gesprek-001", "individueel", persoon="Eva", minuten=[0, 5])
    assert json.loads(eigen.read_text(encoding="utf-8").splitlines()[0])["kenmerk"] == "VP-A"
    gekopieerd = werkmap.pad / "VP-C" / "sessies" / "gesprek-001.jsonl"
    gekopieerd.parent.mkdir()
    gekopieerd.write_bytes(eigen.read_bytes())

    with pytest.raises(BeschadigdBestand, match="hoort bij een ander dossier dan VP-C"):
        lees_journaal(gekopieerd)
    code, uit, _ = vplan("overzicht", "--csv", "--werkmap", str(werkmap.pad))
    assert code == 0 and "hoort bij een ander dossier" in uit


def test_a_journal_from_before_the_kenmerk_header_stays_readable(werkmap: Werkmap) -> None:
    pad = werkmap.pad / "VP-A" / "sessies" / "gesprek-001.jsonl"
    pad.parent.mkdir()
    pad.write_text(json.dumps({"schema_versie": 1, "soort": "begin", "vragenlijst": "individueel",
                               "persoon": "Eva", "tijd": "2026-11-20T10:00:00+01:00"}) + "\n")

    inhoud = lees_journaal(pad)

    assert inhoud is not None and inhoud.persoon == "Eva"


def test_a_journal_outside_a_dossier_names_no_kenmerk(tmp_path: Path) -> None:
    pad = tmp_path / ".nieuw" / "dossier-001.jsonl"
    pad.parent.mkdir()
    begin(pad, "dossier", "")

    assert "kenmerk" not in json.loads(pad.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("inhoud", "reden"), [
    (b'versie = "\xff"\n', "geen tekstbestand in UTF-8"),
    (b"versie = " + b"[" * 5000 + b"]" * 5000 + b"\n", "geen geldig TOML-bestand"),
    (b"a" + b".a" * 200 + b" = 1\n", "dieper genest dan 64 niveaus"),
    (b"versie = [" + b"[1]," * 10 + b"\n", "geen geldig TOML-bestand"),
    (b'versie = "' + b"[" * 100 + b'2026-1"\n', "geen kort label"),
    (b"versie = [[1]]\n", "geen kort label"),
])
def test_a_broken_sjablonen_toml_is_refused_in_dutch(tmp_path: Path, werkmap: Werkmap, inhoud: bytes,
                                                     reden: str) -> None:
    """On main invalid UTF-8 ended in English and deep nesting in programmafout (RecursionError)."""
    team = tmp_path / "team"
    team.mkdir()
    (team / "veiligheidsplan.docx").write_bytes((Path(__file__).parents[1] / "templates"
                                                 / "veiligheidsplan.docx").read_bytes())
    (team / "sjablonen.toml").write_bytes(inhoud)

    code, _, fout = vplan("documenten", KENMERK, "--sjablonen", str(team), "--uitvoer", str(tmp_path / "out"),
                          "--werkmap", str(werkmap.pad))

    assert code == 1 and reden in fout and "sjablonen.toml" in fout
    assert "codec" not in fout and "programmafout" not in fout


def test_a_stored_file_larger_than_its_bound_is_refused_unread(tmp_path: Path) -> None:
    pad = tmp_path / "groot.json"
    pad.write_bytes(b'"' + b"x" * (3 * 1024 * 1024) + b'"')

    with pytest.raises(BeschadigdBestand, match="groter dan 2 MB"):
        lees_json(pad)


def test_the_depth_scan_skips_brackets_inside_strings(tmp_path: Path) -> None:
    assert diepte(b'{"a": "[[[[[[\\"[[[[", "b": [[1]]}') == 3
    pad = tmp_path / "x.toml"
    pad.write_text("a = [[1], [2]]\n", encoding="utf-8")
    assert lees_toml(pad) == {"a": [[1], [2]]}
    assert diepte(b"[" * (MAX_DIEPTE + 1)) > MAX_DIEPTE
