"""The dossier store as a worker relies on it: private, crash-safe, never overwriting, one writer."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from interview import bestanden
from interview.bestanden import (
    schrijf_atomisch,
    schrijf_nieuw,
    voeg_regel_toe,
    zonder_onderbreking,
)
from interview.conduct.journaal import begin
from interview.fouten import (
    BeschadigdBestand,
    DossierBestaatAl,
    DossierBezet,
    DossierNietGevonden,
    OngeldigeInvoer,
)
from interview.model import SCHEMA_VERSIE, Plan
from interview.store import (
    WERKMAP_VARIABELE,
    Journalen,
    Werkmap,
    controleer_kenmerk,
    geef_terug,
    kies_werkmap,
)

KENMERK = "VP-2026-0042"


@pytest.fixture
def werkmap(tmp_path: Path) -> Werkmap:
    """A werkmap that does not exist yet: the store has to create it."""
    return Werkmap(tmp_path / "werkmap")


@pytest.fixture
def met_dossier(werkmap: Werkmap, voorbeeld_plan: Plan) -> Werkmap:
    werkmap.maak_dossier(voorbeeld_plan.dossier)
    return werkmap


@pytest.fixture
def met_plan(met_dossier: Werkmap, voorbeeld_plan: Plan) -> Werkmap:
    met_dossier.bewaar_plan(voorbeeld_plan)
    return met_dossier


@pytest.fixture
def ruime_umask() -> Iterator[None]:
    """A permissive umask, as many desktops have; the store must not rely on a strict one."""
    vorige = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(vorige)


def versie(plan: Plan, nummer: int) -> Plan:
    gegevens = plan.model_dump(mode="json")
    gegevens["versie"] = nummer
    gegevens["wijzigingen"] = [f"Versie {nummer} na de evaluatie."]
    return Plan.model_validate(gegevens)


def planbestand(werkmap: Werkmap, nummer: int = 1) -> Path:
    return werkmap.pad / KENMERK / "plannen" / f"plan-v{nummer}.json"


def tijdelijke_bestanden(map_: Path) -> list[str]:
    return sorted(p.name for p in map_.glob(".*.tmp"))


def rechten(pad: Path) -> int:
    return pad.stat().st_mode & 0o777


# --- Choosing the werkmap ------------------------------------------------------------------------


def test_the_werkmap_option_wins_over_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(WERKMAP_VARIABELE, str(tmp_path / "uit-omgeving"))
    assert kies_werkmap(tmp_path / "gekozen") == tmp_path / "gekozen"


def test_the_environment_wins_over_the_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(WERKMAP_VARIABELE, str(tmp_path / "uit-omgeving"))
    assert kies_werkmap(None) == tmp_path / "uit-omgeving"


@pytest.mark.parametrize("omgeving", [None, ""], ids=["unset", "empty"])
def test_without_option_or_environment_the_werkmap_lives_under_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, omgeving: str | None
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "thuis"))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)  # the tests' own (conftest)
    if omgeving is None:
        monkeypatch.delenv(WERKMAP_VARIABELE, raising=False)
    else:
        monkeypatch.setenv(WERKMAP_VARIABELE, omgeving)
    gekozen = kies_werkmap(None)
    assert tmp_path / "thuis" in gekozen.parents
    assert not gekozen.exists(), "choosing a werkmap must not create it"


# --- Kenmerken name folders ------------------------------------------------------------------------

ONVEILIGE_KENMERKEN = ["../x", "a/b", "", ".", "..", "x y", "/etc", "a" * 65, "-x", "VP-1\n", "VP\\1"]


@pytest.mark.parametrize("kenmerk", ONVEILIGE_KENMERKEN)
def test_an_unsafe_kenmerk_is_refused(kenmerk: str) -> None:
    with pytest.raises(OngeldigeInvoer, match="Ongeldig kenmerk"):
        controleer_kenmerk(kenmerk)


@pytest.mark.parametrize("kenmerk", ONVEILIGE_KENMERKEN)
def test_an_unsafe_kenmerk_never_becomes_a_folder(werkmap: Werkmap, kenmerk: str) -> None:
    with pytest.raises(OngeldigeInvoer):
        werkmap.dossier_map(kenmerk)
    with pytest.raises(OngeldigeInvoer), werkmap.slot(kenmerk):
        pass
    assert not werkmap.pad.exists()


@pytest.mark.parametrize("kenmerk", [KENMERK, "a" * 64, "dossier_7"])
def test_a_safe_kenmerk_names_a_folder_inside_the_werkmap(werkmap: Werkmap, kenmerk: str) -> None:
    assert controleer_kenmerk(kenmerk) == kenmerk
    assert werkmap.dossier_map(kenmerk) == werkmap.pad / kenmerk


# --- Dossiers ----------------------------------------------------------------------------------------


def test_a_new_dossier_reads_back_as_it_was_stored(werkmap: Werkmap, voorbeeld_plan: Plan) -> None:
    werkmap.maak_dossier(voorbeeld_plan.dossier)
    assert werkmap.bestaat(KENMERK)
    assert werkmap.kenmerken() == [KENMERK]
    assert werkmap.lees_dossier(KENMERK) == voorbeeld_plan.dossier


def test_a_dossier_is_never_replaced_by_a_new_one_with_the_same_kenmerk(
    met_dossier: Werkmap, voorbeeld_plan: Plan
) -> None:
    dossierbestand = met_dossier.pad / KENMERK / "dossier.json"
    voor = dossierbestand.read_bytes()
    ander = voorbeeld_plan.dossier.model_copy(update={"gezinsnaam": "Gezin Anders"})
    with pytest.raises(DossierBestaatAl, match="bestaat al"):
        met_dossier.maak_dossier(ander)
    assert dossierbestand.read_bytes() == voor


def test_an_unknown_kenmerk_is_reported_as_not_found_without_naming_other_dossiers(met_plan: Werkmap) -> None:
    """Fails on main, which listed every dossier of the werkmap after a far-off kenmerk."""
    for vraag in (met_plan.lees_dossier, met_plan.lees_plan, met_plan.versies):
        with pytest.raises(DossierNietGevonden, match="VP-2026-9999") as fout:
            vraag("VP-2026-9999")
        assert KENMERK not in " ".join([fout.value.bericht, *fout.value.details])


def test_a_mistyped_kenmerk_suggests_the_one_close_kenmerk(met_plan: Werkmap) -> None:
    with pytest.raises(DossierNietGevonden) as fout:
        met_plan.lees_plan("VP-2026-042")
    assert fout.value.bericht.endswith(f"Bedoelt u {KENMERK}?")


def test_a_plan_cannot_be_stored_before_its_dossier(werkmap: Werkmap, voorbeeld_plan: Plan) -> None:
    with pytest.raises(DossierNietGevonden):
        werkmap.bewaar_plan(voorbeeld_plan)
    assert not werkmap.pad.exists()


# --- Plan versions -----------------------------------------------------------------------------------


def test_a_stored_plan_version_reads_back_equal(met_dossier: Werkmap, voorbeeld_plan: Plan) -> None:
    pad = met_dossier.bewaar_plan(voorbeeld_plan)
    assert pad == planbestand(met_dossier, 1)
    assert met_dossier.versies(KENMERK) == [1]
    assert met_dossier.lees_plan(KENMERK, 1) == voorbeeld_plan


def test_a_dossier_without_plan_has_no_versions(met_dossier: Werkmap) -> None:
    assert met_dossier.versies(KENMERK) == []
    with pytest.raises(DossierNietGevonden, match="nog geen planversie"):
        met_dossier.lees_plan(KENMERK)


def test_without_a_version_the_newest_plan_is_read(met_plan: Werkmap, voorbeeld_plan: Plan) -> None:
    tweede = versie(voorbeeld_plan, 2)
    met_plan.bewaar_plan(tweede)
    assert met_plan.versies(KENMERK) == [1, 2]
    assert met_plan.lees_plan(KENMERK) == tweede
    assert met_plan.lees_plan(KENMERK, 1) == voorbeeld_plan


def test_versions_sort_as_numbers_not_as_text(met_plan: Werkmap, voorbeeld_plan: Plan) -> None:
    for nummer in (2, 10):
        met_plan.bewaar_plan(voorbeeld_plan.model_copy(update={"versie": nummer}))
    assert met_plan.versies(KENMERK) == [1, 2, 10]
    assert met_plan.lees_plan(KENMERK).versie == 10


def test_a_plan_version_is_never_overwritten(met_plan: Werkmap, voorbeeld_plan: Plan) -> None:
    voor = planbestand(met_plan).read_bytes()
    gewijzigd = voorbeeld_plan.model_copy(update={"status": "concept"})
    with pytest.raises(DossierBestaatAl, match="niet overschreven"):
        met_plan.bewaar_plan(gewijzigd)
    assert planbestand(met_plan).read_bytes() == voor
    assert met_plan.versies(KENMERK) == [1]
    assert tijdelijke_bestanden(planbestand(met_plan).parent) == []


def test_asking_a_version_that_does_not_exist_lists_the_ones_that_do(
    met_plan: Werkmap, voorbeeld_plan: Plan
) -> None:
    met_plan.bewaar_plan(versie(voorbeeld_plan, 2))
    with pytest.raises(DossierNietGevonden, match="geen planversie 3") as fout:
        met_plan.lees_plan(KENMERK, 3)
    assert "1, 2" in str(fout.value)


def test_every_stored_file_carries_the_schema_version(met_plan: Werkmap) -> None:
    dossier = json.loads((met_plan.pad / KENMERK / "dossier.json").read_text(encoding="utf-8"))
    plan = json.loads(planbestand(met_plan).read_text(encoding="utf-8"))
    assert dossier["schema_versie"] == SCHEMA_VERSIE
    assert plan["schema_versie"] == SCHEMA_VERSIE


# --- Owner-only permissions --------------------------------------------------------------------------


@pytest.mark.usefixtures("ruime_umask")
def test_files_and_folders_are_private_even_with_a_permissive_umask(
    werkmap: Werkmap, voorbeeld_plan: Plan
) -> None:
    werkmap.maak_dossier(voorbeeld_plan.dossier)
    werkmap.bewaar_plan(voorbeeld_plan)
    sessies = werkmap.journalen(KENMERK).map
    voeg_regel_toe(sessies / "journaal.jsonl", '{"vraag": "naam"}')

    dossiermap = werkmap.pad / KENMERK
    mappen = [werkmap.pad, dossiermap, dossiermap / "plannen", sessies]
    bestanden_ = [dossiermap / "dossier.json", planbestand(werkmap), sessies / "journaal.jsonl"]
    assert {str(m.relative_to(werkmap.pad.parent)): oct(rechten(m)) for m in mappen} == {
        str(m.relative_to(werkmap.pad.parent)): oct(0o700) for m in mappen
    }
    assert {b.name: oct(rechten(b)) for b in bestanden_} == {b.name: oct(0o600) for b in bestanden_}


@pytest.mark.usefixtures("ruime_umask")
def test_a_werkmap_created_by_the_lock_is_private(werkmap: Werkmap) -> None:
    with werkmap.slot(KENMERK):
        pass
    assert oct(rechten(werkmap.pad)) == oct(0o700)
    assert oct(rechten(werkmap.pad / KENMERK)) == oct(0o700)
    assert oct(rechten(werkmap.pad / KENMERK / ".slot")) == oct(0o600)


@pytest.mark.usefixtures("ruime_umask")
def test_a_rewritten_file_is_private_again(tmp_path: Path) -> None:
    pad = tmp_path / "dossier.json"
    pad.write_bytes(b"{}")
    pad.chmod(0o644)
    schrijf_atomisch(pad, b'{"schema_versie": 1}')
    assert oct(rechten(pad)) == oct(0o600)


# --- Atomic writes -----------------------------------------------------------------------------------


def faalt(*_: Any, **__: Any) -> None:
    raise OSError(5, "Input/output error (simulated)")


@pytest.mark.parametrize("stap", ["fsync", "replace"])
def test_a_failed_rewrite_leaves_the_old_file_and_no_temp_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, stap: str
) -> None:
    pad = tmp_path / "dossier.json"
    schrijf_atomisch(pad, b"oud")
    monkeypatch.setattr(bestanden.os, stap, faalt)
    with pytest.raises(OSError, match="simulated"):
        schrijf_atomisch(pad, b"nieuw " * 10_000)
    monkeypatch.undo()
    assert pad.read_bytes() == b"oud"
    assert tijdelijke_bestanden(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dossier.json"]


@pytest.mark.parametrize("stap", ["fsync", "link"])
def test_a_failed_new_file_leaves_nothing_behind(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, stap: str
) -> None:
    pad = tmp_path / "plan-v1.json"
    monkeypatch.setattr(bestanden.os, stap, faalt)
    with pytest.raises(OSError, match="simulated"):
        schrijf_nieuw(pad, b"nieuw")
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_a_new_file_never_replaces_an_existing_one(tmp_path: Path) -> None:
    pad = tmp_path / "plan-v1.json"
    schrijf_nieuw(pad, b"eerste")
    with pytest.raises(FileExistsError):
        schrijf_nieuw(pad, b"tweede")
    assert pad.read_bytes() == b"eerste"
    assert tijdelijke_bestanden(tmp_path) == []


def test_a_plan_version_that_fails_to_write_is_not_stored(
    monkeypatch: pytest.MonkeyPatch, met_dossier: Werkmap, voorbeeld_plan: Plan
) -> None:
    monkeypatch.setattr(bestanden.os, "fsync", faalt)
    with pytest.raises(OSError, match="simulated"):
        met_dossier.bewaar_plan(voorbeeld_plan)
    monkeypatch.undo()
    assert met_dossier.versies(KENMERK) == []
    assert tijdelijke_bestanden(met_dossier.pad / KENMERK / "plannen") == []
    met_dossier.bewaar_plan(voorbeeld_plan)
    assert met_dossier.lees_plan(KENMERK) == voorbeeld_plan


def test_a_dossier_that_fails_to_rewrite_keeps_its_old_content(
    monkeypatch: pytest.MonkeyPatch, met_dossier: Werkmap, voorbeeld_plan: Plan
) -> None:
    dossierbestand = met_dossier.pad / KENMERK / "dossier.json"
    voor = dossierbestand.read_bytes()
    monkeypatch.setattr(bestanden.os, "replace", faalt)
    with pytest.raises(OSError, match="simulated"):
        met_dossier.schrijf_dossier(voorbeeld_plan.dossier.model_copy(update={"gezinsnaam": "Anders"}))
    monkeypatch.undo()
    assert dossierbestand.read_bytes() == voor
    assert tijdelijke_bestanden(dossierbestand.parent) == []


# --- Journals ----------------------------------------------------------------------------------------


@pytest.mark.usefixtures("ruime_umask")
def test_a_journal_grows_by_whole_lines(tmp_path: Path) -> None:
    journaal = tmp_path / "sessies" / "netwerkberaad.jsonl"
    regels = [json.dumps({"vraag": f"v{nr}", "antwoord": "Oma Ria\nbelt"}) for nr in range(3)]
    voeg_regel_toe(journaal, regels[0])
    voeg_regel_toe(journaal, regels[1] + "\n")
    voeg_regel_toe(journaal, regels[2])
    inhoud = journaal.read_text(encoding="utf-8")
    assert inhoud.endswith("\n")
    assert inhoud.splitlines() == regels
    assert [json.loads(regel)["vraag"] for regel in inhoud.splitlines()] == ["v0", "v1", "v2"]
    assert oct(rechten(journaal)) == oct(0o600)
    assert oct(rechten(journaal.parent)) == oct(0o700)


# --- Corrupt files -----------------------------------------------------------------------------------


def afgekapt(inhoud: bytes) -> bytes:
    return inhoud[: len(inhoud) // 2]


def geen_json(inhoud: bytes) -> bytes:
    return b"Sandra en Ronald, dit is geen JSON {"


def ongeldig_plan(inhoud: bytes) -> bytes:
    gegevens = json.loads(inhoud)
    gegevens["veiligheidsplan"]["schaalvragen"][0]["score"] = 11
    gegevens["veiligheidsplan"]["afspraken"][0]["wie"] = ["Sandra", "Onbekende Sandra"]
    return json.dumps(gegevens).encode("utf-8")


def ander_schema(inhoud: bytes) -> bytes:
    gegevens = json.loads(inhoud)
    gegevens["schema_versie"] = SCHEMA_VERSIE + 98
    return json.dumps(gegevens).encode("utf-8")


def geen_object(inhoud: bytes) -> bytes:
    return json.dumps(["Sandra", "Noor", "Daan"]).encode("utf-8")


def geen_utf8(inhoud: bytes) -> bytes:
    return inhoud.replace(b"Sandra", b"S\xffndra", 1)


BESCHADIGINGEN = [afgekapt, geen_json, ongeldig_plan, ander_schema, geen_object, geen_utf8]


def beschadig(pad: Path, beschadiging: Any) -> bytes:
    inhoud = beschadiging(pad.read_bytes())
    pad.write_bytes(inhoud)
    return inhoud


def assert_noemt_bestand_zonder_persoonsgegevens(fout: BeschadigdBestand, pad: Path) -> None:
    tekst = " ".join([str(fout), *fout.details])
    assert str(pad).split("/werkmap/")[-1] in tekst  # named relative to the werkmap (issue 24)
    for persoonsgegeven in ("Sandra", "Ronald", "Noor", "Daan", "Bakker", "06 1111"):
        assert persoonsgegeven not in tekst


@pytest.mark.parametrize("beschadiging", BESCHADIGINGEN, ids=lambda f: f.__name__)
def test_a_corrupt_plan_file_is_named_without_revealing_its_content(
    met_plan: Werkmap, beschadiging: Any
) -> None:
    pad = planbestand(met_plan)
    inhoud = beschadig(pad, beschadiging)
    with pytest.raises(BeschadigdBestand) as fout:
        met_plan.lees_plan(KENMERK)
    assert_noemt_bestand_zonder_persoonsgegevens(fout.value, pad)
    assert pad.read_bytes() == inhoud, "reading a corrupt file must not change it"


def ongeldig_dossier(inhoud: bytes) -> bytes:
    gegevens = json.loads(inhoud)
    gegevens["dossier"]["regiehouder"] = "Sandra Onbekend"
    gegevens["dossier"]["gezin"]["kinderen"][0]["geboortedatum"] = "Noor"
    return json.dumps(gegevens).encode("utf-8")


def zonder_dossier(inhoud: bytes) -> bytes:
    return json.dumps({"schema_versie": SCHEMA_VERSIE, "Sandra": "Noor"}).encode("utf-8")


@pytest.mark.parametrize(
    "beschadiging",
    [afgekapt, geen_json, ongeldig_dossier, zonder_dossier, ander_schema, geen_object, geen_utf8],
    ids=lambda f: f.__name__,
)
def test_a_corrupt_dossier_file_is_named_without_revealing_its_content(
    met_dossier: Werkmap, beschadiging: Any
) -> None:
    pad = met_dossier.pad / KENMERK / "dossier.json"
    beschadig(pad, beschadiging)
    with pytest.raises(BeschadigdBestand) as fout:
        met_dossier.lees_dossier(KENMERK)
    assert_noemt_bestand_zonder_persoonsgegevens(fout.value, pad)


# --- One writer per dossier --------------------------------------------------------------------------

PROBEER_SLOT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from interview.store import Werkmap
    try:
        with Werkmap(Path(sys.argv[1])).slot(sys.argv[2]):
            print("gelukt")
    except Exception as fout:
        print(type(fout).__name__)
    """
)


def slot_in_ander_proces(werkmap: Werkmap, kenmerk: str = KENMERK) -> str:
    resultaat = subprocess.run(
        [sys.executable, "-c", PROBEER_SLOT, str(werkmap.pad), kenmerk],
        capture_output=True, text=True, timeout=60, check=True,
    )
    return resultaat.stdout.strip()


def test_a_second_process_cannot_take_a_held_dossier(met_dossier: Werkmap) -> None:
    with met_dossier.slot(KENMERK):
        assert slot_in_ander_proces(met_dossier) == "DossierBezet"
    assert slot_in_ander_proces(met_dossier) == "gelukt"


def test_the_lock_is_per_dossier(met_dossier: Werkmap) -> None:
    with met_dossier.slot(KENMERK):
        assert slot_in_ander_proces(met_dossier, "VP-2026-0043") == "gelukt"


def test_a_second_lock_in_the_same_process_is_refused_too(met_dossier: Werkmap) -> None:
    with met_dossier.slot(KENMERK):
        with pytest.raises(DossierBezet, match="in gebruik") as fout, met_dossier.slot(KENMERK):
            pass
        assert KENMERK in str(fout.value)
    with met_dossier.slot(KENMERK):
        pass


def test_the_lock_is_released_when_the_work_fails(met_dossier: Werkmap) -> None:
    with pytest.raises(RuntimeError), met_dossier.slot(KENMERK):
        raise RuntimeError("werk mislukt")
    assert slot_in_ander_proces(met_dossier) == "gelukt"


def test_a_persons_session_lock_is_named_by_their_number_in_the_dossier_not_by_their_name(
    met_dossier: Werkmap,
) -> None:
    dossier = met_dossier.lees_dossier(KENMERK)
    eerste, tweede = list(dossier.personen)[:2]
    with met_dossier.gesprekslot(dossier, tweede):
        with pytest.raises(DossierBezet, match=f"gesprek met {tweede} is al geopend"), \
                met_dossier.gesprekslot(dossier, tweede):
            pass
        with met_dossier.gesprekslot(dossier, eerste):  # someone else, at the same time: fine
            pass
    sloten = sorted(p.name for p in (met_dossier.pad / KENMERK).glob(".slot*"))
    assert sloten == [".slot", ".slot-persoon-001", ".slot-persoon-002"]


def test_person_locks_named_after_a_hash_of_the_name_are_swept_away_by_the_dossier_lock(
    met_dossier: Werkmap,
) -> None:
    """Left by an earlier vplan: sha256 of a first name, which a list of names reverses."""
    dossiermap = met_dossier.pad / KENMERK
    oud = dossiermap / f".slot-{hashlib.sha256(b'Eva').hexdigest()[:16]}"
    oud.write_bytes(b"")

    with met_dossier.slot(KENMERK):
        pass

    assert sorted(p.name for p in dossiermap.glob(".slot*")) == [".slot"]


def test_the_lock_leaves_the_dossier_files_alone(met_plan: Werkmap) -> None:
    dossiermap = met_plan.pad / KENMERK
    voor = {p.name: p.read_bytes() for p in dossiermap.rglob("*.json")}
    with met_plan.slot(KENMERK):
        pass
    assert {p.name: p.read_bytes() for p in dossiermap.rglob("*.json")} == voor
    assert met_plan.kenmerken() == [KENMERK]


# --- What a plan file says must match where it sits ----------------------------------------------


@pytest.mark.parametrize(("veld", "waarde"), [("versie", 3), ("kenmerk", "VP-2026-0666")])
def test_a_plan_file_that_names_another_version_or_dossier_is_refused(
    met_plan: Werkmap, veld: str, waarde: object
) -> None:
    """Rendering it would put one family's plan under another kenmerk or version."""
    gegevens = json.loads(planbestand(met_plan).read_text(encoding="utf-8"))
    if veld == "kenmerk":
        gegevens["dossier"]["kenmerk"] = waarde
    else:
        gegevens[veld] = waarde
    planbestand(met_plan).write_text(json.dumps(gegevens), encoding="utf-8")
    with pytest.raises(BeschadigdBestand, match="hoort niet bij dossier"):
        met_plan.lees_plan(KENMERK)


def test_a_dossier_file_that_names_another_kenmerk_than_its_folder_is_refused(met_plan: Werkmap) -> None:
    """A folder renamed by hand: its sessions and plans would be stored under the other kenmerk."""
    pad = met_plan.pad / KENMERK / "dossier.json"
    gegevens = json.loads(pad.read_text(encoding="utf-8"))
    gegevens["dossier"]["kenmerk"] = "VP-2026-0666"
    pad.write_text(json.dumps(gegevens), encoding="utf-8")
    for lees in (met_plan.lees_dossier, met_plan.lees_plan):
        with pytest.raises(BeschadigdBestand) as fout:
            lees(KENMERK)
        assert "noemt een ander kenmerk" in fout.value.bericht and "0666" not in fout.value.bericht
        assert f"in de map van dossier {KENMERK}" in fout.value.bericht


def test_an_existing_shared_werkmap_keeps_its_permissions(tmp_path: Path, voorbeeld_plan: Plan) -> None:
    gedeeld = tmp_path / "team"
    gedeeld.mkdir()
    os.chmod(gedeeld, 0o2775)
    Werkmap(gedeeld).maak_dossier(voorbeeld_plan.dossier)
    assert gedeeld.stat().st_mode & 0o7777 == 0o2775
    assert rechten(gedeeld / KENMERK) == 0o700


def test_ctrl_c_while_files_are_put_in_place_waits_until_they_are_whole(tmp_path: Path) -> None:
    eerste, tweede = tmp_path / "veiligheidsplan.docx", tmp_path / "ondersteuningsplan.docx"
    with pytest.raises(KeyboardInterrupt), zonder_onderbreking():
        schrijf_atomisch(eerste, b"een")
        os.kill(os.getpid(), signal.SIGINT)
        schrijf_atomisch(tweede, b"twee")
    assert (eerste.read_bytes(), tweede.read_bytes()) == (b"een", b"twee")
    assert tijdelijke_bestanden(tmp_path) == []


# --- Journals: claimed by the store -----------------------------------------------------------------


def test_a_new_journal_takes_the_next_free_number_and_journals_list_in_number_order(tmp_path: Path) -> None:
    (tmp_path / "gesprek-999.jsonl").write_bytes(b"")

    nieuw = [Journalen(tmp_path).reserveer("gesprek") for _ in range(2)]

    assert [pad.name for pad in nieuw] == ["gesprek-1000.jsonl", "gesprek-1001.jsonl"]
    assert [pad.name for pad in Journalen(tmp_path).genummerd("gesprek")] == [
        "gesprek-999.jsonl", "gesprek-1000.jsonl", "gesprek-1001.jsonl"]
    assert all(stat.S_IMODE(pad.stat().st_mode) == 0o600 for pad in nieuw)


def test_journals_named_by_time_before_numbering_count_as_the_oldest(tmp_path: Path) -> None:
    oud = tmp_path / "dossier-20261125-090000-4242.jsonl"
    oud.write_bytes(b"")

    nieuw = Journalen(tmp_path).reserveer("dossier")

    assert nieuw.name == "dossier-001.jsonl"
    assert Journalen(tmp_path).genummerd("dossier") == [oud, nieuw]


@pytest.mark.parametrize("soort", ["gesprek", "netwerkberaad", "dossier"])
def test_runs_claiming_a_journal_at_the_same_moment_never_share_one(tmp_path: Path, soort: str) -> None:
    with ThreadPoolExecutor(16) as pool:
        paden = list(pool.map(lambda _: Journalen(tmp_path).reserveer(soort), range(64)))

    assert len(set(paden)) == 64
    assert sorted(paden) == sorted(tmp_path.iterdir())


def test_a_claimed_journal_the_run_never_began_is_given_back_but_a_begun_one_is_kept(tmp_path: Path) -> None:
    leeg = Journalen(tmp_path).reserveer("gesprek")
    begonnen = Journalen(tmp_path).reserveer("gesprek")
    begin(begonnen, "ouder", "Sandra")

    geef_terug(leeg)
    geef_terug(begonnen)

    assert sorted(tmp_path.iterdir()) == [begonnen]
