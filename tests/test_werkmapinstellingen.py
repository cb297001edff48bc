"""A team lead sets the team's templates once, in the werkmap; every colleague's command then uses them."""

from __future__ import annotations

import io
import json
import stat
import zipfile
from pathlib import Path

import pytest

from interview.fouten import SjabloonFout
from interview.werkmapinstellingen import INSTELLINGEN, gebruikte_sjabloonmap, sjabloonbron, zet_sjabloonmap
from tests.helpers import VOORBEELD, gelukt, tekst_van, vplan, vplan_met_werkmapvariabele

KENMERK = "VP-2026-0042"
TEAMREGEL = "Sjabloon van Team Noord"


def teammap(map_: Path) -> Path:
    """A team folder made with `vplan sjablonen kopieer`, its veiligheidsplan saying whose it is."""
    team = map_ / "team"
    gelukt(vplan_met_werkmapvariabele("sjablonen", "kopieer", str(team), "--team", "Noord",
                                      werkmap=map_ / "werkmap", cwd=map_))
    bewerk(team / "veiligheidsplan.docx", b"VERTROUWELIJK \xe2\x80\x94 dit document",
           TEAMREGEL.encode() + b" VERTROUWELIJK \xe2\x80\x94 dit document")
    return team


def bewerk(pad: Path, oud: bytes, nieuw: bytes, deel: str = "word/document.xml") -> None:
    """Change `oud` into `nieuw` in one part of the Word file at `pad`, as an edit in Word would."""
    with zipfile.ZipFile(pad) as zip_:
        delen = {naam: zip_.read(naam) for naam in zip_.namelist()}
    assert oud in delen[deel]
    delen[deel] = delen[deel].replace(oud, nieuw, 1)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zip_:
        for naam, inhoud in delen.items():
            zip_.writestr(naam, inhoud)
    pad.write_bytes(buffer.getvalue())


def dossier_met_documenten(map_: Path) -> Path:
    """The example dossier imported into map_/werkmap and its documents made; returns the werkmap."""
    werkmap = map_ / "werkmap"
    gelukt(vplan("importeer", str(VOORBEELD), werkmap=werkmap, cwd=map_))
    gelukt(vplan("documenten", KENMERK, werkmap=werkmap, cwd=map_))
    return werkmap


def veiligheidsplan(map_: Path) -> Path:
    return map_ / "output" / KENMERK / "v1" / f"veiligheidsplan-{KENMERK}-v1.docx"


def vastgelegde_hash(map_: Path) -> str:
    metadata = json.loads((map_ / "output" / KENMERK / "v1" / ".vplan.json").read_text())
    return str(metadata["documenten"]["veiligheidsplan"]["sjabloon_hash"])


def test_a_colleagues_verouderd_run_keeps_the_teams_templates(tmp_path: Path) -> None:
    """Fails on main: there the colleague's run put every dossier back on the shipped templates."""
    werkmap = dossier_met_documenten(tmp_path)
    team = teammap(tmp_path)
    gelukt(vplan("sjablonen", "gebruik", str(team), werkmap=werkmap, cwd=tmp_path))

    collega = vplan("opnieuw", "--verouderd", werkmap=werkmap, cwd=tmp_path)

    assert "1 vernieuwd" in gelukt(collega)
    assert TEAMREGEL in tekst_van(veiligheidsplan(tmp_path))
    info = gelukt(vplan("info", werkmap=werkmap, cwd=tmp_path))
    assert f"Sjablonen: {team} (bron: werkmap, {INSTELLINGEN})" in info
    assert f"veiligheidsplan.docx: 'Sjabloon veiligheidsplan', {vastgelegde_hash(tmp_path)}" in info
    nog_eens = vplan("opnieuw", "--verouderd", werkmap=werkmap, cwd=tmp_path)
    assert "0 vernieuwd, 1 al actueel" in gelukt(nog_eens)
    assert ";actueel;" in gelukt(vplan("overzicht", "--csv", werkmap=werkmap, cwd=tmp_path))


def test_documenten_and_the_demo_use_the_werkmaps_templates(tmp_path: Path) -> None:
    """Fails on main (no werkmap setting)."""
    team = teammap(tmp_path)
    werkmap = tmp_path / "werkmap"
    gelukt(vplan("sjablonen", "gebruik", str(team), werkmap=werkmap, cwd=tmp_path))

    dossier_met_documenten(tmp_path)
    assert TEAMREGEL in tekst_van(veiligheidsplan(tmp_path))
    (veiligheidsplan(tmp_path)).unlink()
    gelukt(vplan_met_werkmapvariabele("demo", werkmap=werkmap, cwd=tmp_path))
    assert TEAMREGEL in tekst_van(veiligheidsplan(tmp_path))
    voorbeeld = gelukt(vplan("sjablonen", "voorbeeld", werkmap=werkmap, cwd=tmp_path))
    proef = Path(next(r.strip() for r in voorbeeld.splitlines() if r.strip().startswith("/")
                      and "veiligheidsplan" in r))
    assert TEAMREGEL in tekst_van(proef)


def test_a_revision_door_uses_the_werkmaps_templates(tmp_path: Path) -> None:
    """Fails on main: `vplan corrigeer` (like netwerkberaad, evaluatie, incident) took only --sjablonen."""
    werkmap = dossier_met_documenten(tmp_path)
    team = teammap(tmp_path)
    gelukt(vplan("sjablonen", "gebruik", str(team), werkmap=werkmap, cwd=tmp_path))
    antwoorden = tmp_path / "corrigeer.yaml"
    antwoorden.write_text("veiligheidsplan.noodplan[3].telefoon: 06 1111 2299\n", encoding="utf-8")

    gelukt(vplan("corrigeer", KENMERK, "--antwoorden", str(antwoorden), werkmap=werkmap, cwd=tmp_path))

    assert TEAMREGEL in tekst_van(tmp_path / "output" / KENMERK / "v2" / f"veiligheidsplan-{KENMERK}-v2.docx")


def test_an_option_overrides_the_werkmaps_templates_and_says_so_in_one_line(tmp_path: Path) -> None:
    """Fails on main (no werkmap setting, no notice)."""
    werkmap = dossier_met_documenten(tmp_path)
    team = teammap(tmp_path)
    gelukt(vplan("sjablonen", "gebruik", str(team), werkmap=werkmap, cwd=tmp_path))
    meegeleverd = tmp_path / "meegeleverd"
    gelukt(vplan_met_werkmapvariabele("sjablonen", "kopieer", str(meegeleverd), werkmap=werkmap,
                                      cwd=tmp_path))

    documenten = vplan("documenten", KENMERK, "--sjablonen", str(meegeleverd), werkmap=werkmap, cwd=tmp_path)

    gelukt(documenten)
    assert documenten.stderr.splitlines()[0] == (
        f"vplan: --sjablonen {meegeleverd} gaat voor de sjablonen van de werkmap ({team}); de documenten "
        "komen uit die andere map.")  # then the line naming where the set of the vastgesteld plan was kept
    assert TEAMREGEL not in tekst_van(veiligheidsplan(tmp_path))
    info = gelukt(vplan("info", "--sjablonen", str(meegeleverd), werkmap=werkmap, cwd=tmp_path))
    assert (f"Sjablonen: {meegeleverd} (bron: --sjablonen)\n"
            f"  de werkmap stelt {team} in; --sjablonen gaat daarvoor") in info


def test_a_configured_folder_that_is_gone_is_refused_in_dutch(tmp_path: Path) -> None:
    """Fails on main (no werkmap setting)."""
    werkmap = dossier_met_documenten(tmp_path)
    team = teammap(tmp_path)
    gelukt(vplan("sjablonen", "gebruik", str(team), werkmap=werkmap, cwd=tmp_path))
    team.rename(tmp_path / "weg")

    documenten = vplan("documenten", KENMERK, werkmap=werkmap, cwd=tmp_path)

    assert documenten.returncode == 1
    assert documenten.stderr.startswith(f"vplan: De sjabloonmap van de werkmap, {team}, bestaat niet (meer)")
    assert "vplan sjablonen standaard" in documenten.stderr
    assert "Traceback" not in documenten.stderr


def test_the_setting_is_the_owners_alone_and_standaard_goes_back(tmp_path: Path) -> None:
    """Fails on main (no `vplan sjablonen gebruik`)."""
    werkmap = dossier_met_documenten(tmp_path)
    team = teammap(tmp_path)
    gelukt(vplan("sjablonen", "gebruik", str(team), werkmap=werkmap, cwd=tmp_path))
    assert stat.S_IMODE((werkmap / INSTELLINGEN).stat().st_mode) == 0o600

    uit = gelukt(vplan("sjablonen", "standaard", werkmap=werkmap, cwd=tmp_path))

    assert "gebruikt weer de meegeleverde sjablonen" in uit
    assert "(bron: meegeleverd)" in gelukt(vplan("info", werkmap=werkmap, cwd=tmp_path))
    assert sjabloonbron(werkmap, None).map is None


@pytest.mark.parametrize("soort", ["geen map", "geen sjablonen"])
def test_gebruik_refuses_a_folder_without_templates_and_writes_nothing(tmp_path: Path, soort: str) -> None:
    """Fails on main (no `vplan sjablonen gebruik`)."""
    werkmap = tmp_path / "werkmap"
    map_ = tmp_path / "leeg"
    if soort == "geen map":
        map_.write_text("tekst")
    else:
        map_.mkdir()

    gebruik = vplan("sjablonen", "gebruik", str(map_), werkmap=werkmap, cwd=tmp_path)

    assert gebruik.returncode == 1 and gebruik.stderr.startswith("vplan: ")
    assert "Traceback" not in gebruik.stderr
    assert not (werkmap / INSTELLINGEN).exists()


# --- Precedence, rule by rule -------------------------------------------------------------------


@pytest.mark.parametrize(("optie", "variabele", "werkmapmap", "verwacht"), [
    ("optie", "variabele", "werkmap", "--sjablonen"),
    (None, "variabele", "werkmap", "$VPLAN_SJABLONEN"),
    (None, None, "werkmap", "werkmap"),
    (None, None, None, "meegeleverd"),
])
def test_option_then_variable_then_werkmap_then_shipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, optie: str | None, variabele: str | None,
    werkmapmap: str | None, verwacht: str,
) -> None:
    """Fails on main (no werkmap setting)."""
    werkmap = tmp_path / "werkmap"
    monkeypatch.delenv("VPLAN_SJABLONEN", raising=False)
    if variabele:
        monkeypatch.setenv("VPLAN_SJABLONEN", str(tmp_path / variabele))
    if werkmapmap:
        zet_sjabloonmap(werkmap, tmp_path / werkmapmap)

    bron = sjabloonbron(werkmap, tmp_path / optie if optie else None)

    assert bron.herkomst == verwacht
    assert bron.map == {"--sjablonen": tmp_path / "optie", "$VPLAN_SJABLONEN": tmp_path / "variabele",
                        "werkmap": tmp_path / "werkmap", "meegeleverd": None}[verwacht]
    assert (bron.melding is not None) == (verwacht in ("--sjablonen", "$VPLAN_SJABLONEN"))


def test_a_broken_settings_file_is_named_not_shown(tmp_path: Path) -> None:
    """Fails on main (no werkmap setting)."""
    werkmap = tmp_path / "werkmap"
    werkmap.mkdir()
    (werkmap / INSTELLINGEN).write_text("sjablonen = [geheim")

    with pytest.raises(Exception, match=INSTELLINGEN) as fout:
        gebruikte_sjabloonmap(werkmap, None)

    assert "geheim" not in str(fout.value)
    zet_sjabloonmap(werkmap, tmp_path / "nergens")
    with pytest.raises(SjabloonFout, match="bestaat niet"):
        gebruikte_sjabloonmap(werkmap, None)


def test_sjablonen_controleer_checks_the_werkmaps_folder_by_default(tmp_path: Path) -> None:
    """Fails on main (no werkmap setting): a team lead checks what the team renders with."""
    team = teammap(tmp_path)
    werkmap = tmp_path / "werkmap"
    gelukt(vplan("sjablonen", "gebruik", str(team), werkmap=werkmap, cwd=tmp_path))

    uit = gelukt(vplan("sjablonen", "controleer", "--zonder-proef", werkmap=werkmap, cwd=tmp_path))

    assert uit.startswith(f"Gecontroleerd: {team / 'veiligheidsplan.docx'}")
