"""Builders for the reports' tests: a werkmap with a dossier in every state, made through the store."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path
from typing import Any

import yaml

from interview.conduct.journaal import begin, schrijf_antwoord, sluit
from interview.model import Plan
from interview.model.vaststelling import Handtekening, Ontvangst
from interview.render.identiteit import sjabloon_hash
from interview.render.sjabloonmap import standaard_sjablonen
from interview.store import Werkmap

VOORBEELD = Path(__file__).resolve().parents[2] / "interview" / "example" / "voorbeeld.yaml"
VANDAAG = dt.date.today()


def plan_voor(kenmerk: str, *, werker: str = "Ilse de Wit", team: str = "Wijkteam Lindendam-Noord",
              gezinsnaam: str = "Gezin Bakker-Verhoef", dagen_tot_evaluatie: int = 30,
              termijn_over: int | None = None, versie: int = 1) -> Plan:
    """The example plan under another kenmerk, dated a month ago, its next evaluation `dagen_tot_evaluatie`
    from today (negative: overdue) and, when given, a directe-veiligheid termijn that many days away."""
    gegevens: dict[str, Any] = yaml.safe_load(VOORBEELD.read_text(encoding="utf-8"))
    dossier = gegevens["dossier"]
    dossier |= {"kenmerk": kenmerk, "team": team, "gezinsnaam": gezinsnaam}
    if werker != dossier["werker"]["naam"]:
        dossier["professionals"].append({**dossier["werker"]})
        dossier["werker"] = {**dossier["werker"], "naam": werker}
        dossier["regiehouder"] = werker
    gegevens |= {"versie": versie, "datum": VANDAAG - dt.timedelta(days=30)}
    gegevens["evaluatie"]["volgende_datum"] = VANDAAG + dt.timedelta(days=dagen_tot_evaluatie)
    if termijn_over is not None:
        gegevens["looptijd"] = {"directe_veiligheid_voor": VANDAAG + dt.timedelta(days=termijn_over)}
    return Plan.model_validate(gegevens)


def maak_dossier(werkmap: Werkmap, plan: Plan, *, met_plan: bool = True) -> Plan:
    werkmap.maak_dossier(plan.dossier)
    if met_plan:
        werkmap.bewaar_plan(plan)
    return plan


def stel_vast(werkmap: Werkmap, plan: Plan) -> None:
    """Everyone who must sign, signs; everyone on the verspreidingslijst receives it."""
    from interview.model.vaststelling import te_tekenen

    kenmerk = plan.dossier.kenmerk
    for naam in te_tekenen(plan):
        werkmap.voeg_handtekening_toe(kenmerk, Handtekening(versie=plan.versie, naam=naam, oordeel="akkoord",
                                                            datum=plan.datum))
    for regel in plan.verspreidingslijst:
        werkmap.voeg_ontvangst_toe(kenmerk, Ontvangst(ontvanger=regel.naam, versie=plan.versie,
                                                      datum=plan.datum, vorm="digitaal"))


def sessie(werkmap: Werkmap, kenmerk: str, naam: str, vragenlijst: str, persoon: str = "",
           minuten: list[int] | None = None, afgerond: bool = True, dagen_geleden: int = 40) -> Path:
    """A journal with answers `minuten` apart (timestamps rewritten, as if held `dagen_geleden` ago)."""
    pad = werkmap.dossier_map(kenmerk) / "sessies" / f"{naam}.jsonl"
    pad.parent.mkdir(parents=True, exist_ok=True)
    begin(pad, vragenlijst, persoon)
    for nummer, _ in enumerate(minuten or []):
        schrijf_antwoord(pad, f"vraag{nummer}", "antwoord")
    if afgerond:
        sluit(pad)
    if minuten is not None:
        dag = VANDAAG - dt.timedelta(days=dagen_geleden)
        _dateer(pad, dt.datetime.combine(dag, dt.time(9, 0)).astimezone(), minuten)
    return pad


def _dateer(pad: Path, start: dt.datetime, minuten: list[int]) -> None:
    """Give the journal's lines the moments start, start+m1, start+m1+m2, …; the einde line +1 minute."""
    regels = [json.loads(r) for r in pad.read_text(encoding="utf-8").splitlines()]
    moment = start
    stappen = [0, *minuten, 1]
    for regel, stap in zip(regels, stappen, strict=False):
        moment += dt.timedelta(minutes=stap)
        regel["tijd"] = moment.isoformat(timespec="seconds")
    pad.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in regels), encoding="utf-8")


def documenten(uitvoer: Path, plan: Plan, sjabloon_hash: str | None = None,
               versie: int | None = None) -> None:
    """The METADATA of a rendered set, as rendering writes it, without rendering (docxtpl is slow)."""
    versie = versie or plan.versie
    map_ = uitvoer / plan.dossier.kenmerk / f"v{versie}"
    map_.mkdir(parents=True, exist_ok=True)
    gegevens = {"schema_versie": 1, "kenmerk": plan.dossier.kenmerk, "planversie": versie, "documenten": {
        soort: {"bestand": f"{soort}.docx", "sjabloon_hash": sjabloon_hash or huidige_hash(soort)}
        for soort in ("veiligheidsplan", "ondersteuningsplan")}}
    (map_ / ".vplan.json").write_text(json.dumps(gegevens), encoding="utf-8")


def huidige_hash(soort: str) -> str:
    return sjabloon_hash((standaard_sjablonen() / f"{soort}.docx").read_bytes())


def hashes(map_: Path) -> dict[str, tuple[str, int]]:
    """Every file and folder under `map_` with its content hash (empty for a folder) and mtime."""
    gevonden: dict[str, tuple[str, int]] = {}
    for wortel, mappen, bestanden in os.walk(map_):
        for naam in mappen + bestanden:
            pad = Path(wortel) / naam
            inhoud = hashlib.sha256(pad.read_bytes()).hexdigest() if pad.is_file() else ""
            gevonden[str(pad.relative_to(map_))] = (inhoud, pad.stat().st_mtime_ns)
    return gevonden
