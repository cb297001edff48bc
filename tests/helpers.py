"""What more than one test folder needs: fixed input, the real command, scripted prompters, dossiers
built through the store, random consent, and independent readers of what we wrote (python-docx,
LibreOffice). Fixtures stay in the conftest.py files; each section below says what it is for."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from docx import Document
from docx.oxml.ns import qn
from hypothesis import strategies as st

from interview.conduct import Vraagstelling
from interview.conduct.journaal import begin, schrijf_antwoord, sluit
from interview.conduct.kaart import vul_per_veld
from interview.conduct.prompter import KaartStelling, Opdracht, Terug
from interview.conduct.vragenlijst import Vragenlijst, lees_vragenlijst
from interview.model import Plan
from interview.model.dossier import leeftijd_op
from interview.model.lezersdeel import Lezer
from interview.model.toestemming import LEZERSSOORTEN
from interview.model.vaststelling import Handtekening, Ontvangst
from interview.render.identiteit import sjabloon_hash
from interview.render.sjabloonmap import standaard_sjablonen
from interview.stappen.frame import Stapcontext
from interview.stappen.gesprek import individueel_gesprek
from interview.stappen.nieuw import nieuw_dossier
from interview.store import Werkmap

# --- Fixed input: the example plan and the Meijer family's answers files ------------------------

VOORBEELD = Path(__file__).resolve().parents[1] / "interview" / "example" / "voorbeeld.yaml"
"""The bundled, made-up example plan (dossier VP-2026-0042), as `vplan demo` renders it."""

ANTWOORDEN = Path(__file__).resolve().parent / "antwoorden"
"""Answers files for a whole made-up dossier (the Meijer family): nieuw, five sessions, netwerkberaad."""

KENMERK = "VP-2026-0101"
"""The Meijer dossier's kenmerk, as tests/antwoorden/dossier.yaml gives it."""

GESPREKKEN = [("Eva", "eva"), ("Mark", "mark"), ("Lisa", "lisa"), ("Joke", "joke"), ("Tom Bos", "tom")]
"""Who the Meijer dossier's individual sessions are with, and their answers file."""

VANDAAG = dt.date.today()


# --- The real command, run as a separate process ------------------------------------------------


def vplan(*argumenten: str, werkmap: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The real command with --werkmap, without a terminal (stdin is not a tty)."""
    return subprocess.run(
        [sys.executable, "-m", "interview", *argumenten, "--werkmap", str(werkmap)],
        cwd=cwd, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120,
        env={**os.environ, "VPLAN_DEBUG": ""},
    )


def vplan_met_werkmapvariabele(*argumenten: str, werkmap: Path,
                               cwd: Path) -> subprocess.CompletedProcess[str]:
    """The real command as a worker who set $VPLAN_WERKMAP runs it (works for commands without --werkmap)."""
    omgeving = {**os.environ, "VPLAN_WERKMAP": str(werkmap)}
    omgeving.pop("VPLAN_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "interview", *argumenten],
        capture_output=True, text=True, env=omgeving, cwd=cwd, timeout=120, check=False,
    )


HOUD_SLOT = """
import sys
from pathlib import Path
from interview.bestanden import vergrendel
with vergrendel(Path(sys.argv[1]), "bezet"):
    print("vast", flush=True)
    sys.stdin.read()
"""


@contextlib.contextmanager
def slot_van_ander_proces(slot: Path) -> Iterator[None]:
    """Another vplan process holds the lock file `slot` (exclusively) while the block runs."""
    proces = subprocess.Popen([sys.executable, "-c", HOUD_SLOT, str(slot)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert proces.stdout is not None and proces.stdin is not None
    try:
        assert proces.stdout.readline() == "vast\n"
        yield
    finally:
        proces.stdin.close()
        proces.wait(timeout=60)
        proces.stdout.close()


def gelukt(resultaat: subprocess.CompletedProcess[str]) -> str:
    assert resultaat.returncode == 0, resultaat.stderr
    assert "Traceback" not in resultaat.stderr
    return resultaat.stdout


def bestanden_onder(map_: Path) -> dict[str, bytes]:
    """Every file under `map_` with its bytes; {} when the folder does not exist."""
    if not map_.exists():
        return {}
    return {str(p.relative_to(map_)): p.read_bytes() for p in sorted(map_.rglob("*")) if p.is_file()}


# --- Questionnaires from text, and prompters that follow a script -------------------------------


def maak_vragenlijst(map: Path, yaml_tekst: str, naam: str = "lijst.yaml") -> Vragenlijst:
    """A questionnaire from YAML text, written to `map` so errors can name the file."""
    pad = map / naam
    pad.write_text(textwrap.dedent(yaml_tekst), encoding="utf-8")
    return lees_vragenlijst(pad)


@dataclass(frozen=True)
class Overzicht:
    """At the review: change the line containing `kies` (None = 'Klaar, gesprek afsluiten')."""

    kies: str | None = None


class Onderbreek:
    """At this question the user presses Ctrl-C."""


@dataclass(frozen=True)
class Typ:
    """The user types a colon command (':hulp') instead of an answer; as a step on its own, at the
    review. The command must be one the engine offers there."""

    woord: str

    def uit(self, opdrachten: Sequence[Opdracht]) -> Opdracht:
        gevonden = [opdracht for opdracht in opdrachten if opdracht.woord == self.woord]
        assert gevonden, f"{self.woord} wordt hier niet aangeboden: {[o.woord for o in opdrachten]}"
        return gevonden[0]


ONDERBREEK = Onderbreek()


class GescriptePrompter:
    """Plays a session: each step is (expected path, answer or Typ), Overzicht(...), Typ or ONDERBREEK.

    It fails loudly when the engine asks something else than the script expects, and records
    everything it was asked and shown so tests can assert on it.
    """

    def __init__(self, script: Iterable[Any] = ()) -> None:
        self.script = list(script)
        self.gesteld: list[Vraagstelling] = []
        self.meldingen: list[str] = []
        self.overzichten: list[list[str]] = []

    def vraag(self, stelling: Vraagstelling) -> Any | Terug | Opdracht:
        self.gesteld.append(stelling)
        stap = self._volgende(f"vraag {stelling.pad!r}")
        if stap is ONDERBREEK:
            raise KeyboardInterrupt
        assert isinstance(stap, tuple), f"script verwachtte {stap!r}, maar kreeg vraag {stelling.pad!r}"
        pad, antwoord = stap
        assert pad == stelling.pad, f"script verwachtte vraag {pad!r}, maar kreeg {stelling.pad!r}"
        return antwoord.uit(stelling.opdrachten) if isinstance(antwoord, Typ) else antwoord

    def vul_kaart(self, kaart: KaartStelling) -> dict[str, Any] | Terug | Opdracht | None:
        """A card is played as its questions one after another, as the script lists them."""
        return vul_per_veld(self.vraag, kaart, self.meld)

    def meld(self, tekst: str) -> None:
        self.meldingen.append(tekst)

    def kies_uit_overzicht(
        self, regels: Sequence[str], opdrachten: Sequence[Opdracht] = ()
    ) -> int | Opdracht | None:
        self.overzichten.append(list(regels))
        if not self.script:
            return None
        stap = self._volgende("het overzicht")
        if isinstance(stap, Typ):
            return stap.uit(opdrachten)
        assert isinstance(stap, Overzicht), f"script verwachtte {stap!r}, maar kreeg het overzicht"
        if stap.kies is None:
            return None
        gevonden = [i for i, regel in enumerate(regels) if stap.kies in regel]
        assert gevonden, f"{stap.kies!r} staat niet in het overzicht: {regels}"
        return gevonden[0]

    @property
    def gestelde_paden(self) -> list[str]:
        return [s.pad for s in self.gesteld]

    def _volgende(self, wat: str) -> Any:
        assert self.script, f"het script is op, maar de motor vraagt nog {wat}"
        return self.script.pop(0)


class Werker:
    """The worker at the keyboard during the netwerkberaad: answers what the script names, skips
    optional questions the answers file left open, and closes the review."""

    def __init__(self, antwoorden: dict[str, list[object]]) -> None:
        self.antwoorden = antwoorden
        self.gevraagd: list[str] = []
        self.meldingen: list[str] = []

    def vraag(self, stelling: Vraagstelling) -> object:
        self.gevraagd.append(stelling.pad)
        if stelling.pad in self.antwoorden:
            return self.antwoorden[stelling.pad].pop(0)
        assert not stelling.vraag.verplicht, f"unexpected required question {stelling.pad}"
        return None

    def vul_kaart(self, kaart: KaartStelling) -> dict[str, Any] | Terug | Opdracht | None:
        return vul_per_veld(self.vraag, kaart, self.meld)

    def meld(self, tekst: str) -> None:
        self.meldingen.append(tekst)

    def kies_uit_overzicht(self, regels: Sequence[str], opdrachten: Sequence[object] = ()) -> None:
        return None


class Meekijker(Werker):
    """The worker, noting the line first shown above each question; a plan refused twice for
    the same reasons means nothing was asked again (the session would go round for ever)."""

    def __init__(self, antwoorden: dict[str, list[object]]) -> None:
        super().__init__({"telefoon_1": ["06 2222 0003"], **antwoorden})
        self.koppen: dict[str, str] = {}

    def vraag(self, stelling: Vraagstelling) -> object:
        self.koppen.setdefault(stelling.pad, stelling.kop)
        return super().vraag(stelling)

    def meld(self, tekst: str) -> None:
        weer = tekst in self.meldingen and "klopt nog niet" in tekst
        assert not weer, "refused again: nothing was asked again"
        super().meld(tekst)


# --- Dossiers in a werkmap, made through the store (the Meijer family; the example in every state) --


def gesprekken_gehouden(tmp_path: Path) -> Werkmap:
    """The Meijer dossier with its five individual sessions, in process and from answers files."""
    werkmap = Werkmap(tmp_path / "werkmap")
    nieuw_dossier(Stapcontext(werkmap, lambda: None, ANTWOORDEN / "dossier.yaml", print))
    for naam, bestand in GESPREKKEN:
        individueel_gesprek(Stapcontext(werkmap, lambda: None, ANTWOORDEN / f"{bestand}.yaml", print),
                            KENMERK, naam)
    return werkmap


def beraad_antwoorden() -> dict[str, Any]:
    """The group's answers at the Meijer netwerkberaad, to change before a test plays them."""
    bestand = ANTWOORDEN / "netwerkberaad.yaml"
    antwoorden: dict[str, Any] = yaml.safe_load(bestand.read_text(encoding="utf-8"))
    return antwoorden


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


# --- Consent: the example plan's statements with random consent, and the rule they must obey -----

PERSONEN = ["Noor", "Daan", "Sandra", "Ronald", "Ria", "Kees", "Ilse de Wit"]
"""People of the example: two children (14 and 8 on the plan's date), parents, network, worker."""

toestemmingen = st.fixed_dictionaries({
    "lezers": st.lists(st.sampled_from(LEZERSSOORTEN), unique=True),
    "personen": st.lists(st.sampled_from(PERSONEN), unique=True, max_size=2),
    "niet_voor": st.lists(st.sampled_from(PERSONEN), unique=True, max_size=2),
    "afgesproken": st.sampled_from([None, True, False]),
    "kind_akkoord": st.sampled_from([None, True, False]),
    "ouders_akkoord": st.sampled_from([None, True, False]),
    "ouders": st.sampled_from([{}, {"Sandra": True, "Ronald": True}, {"Sandra": True, "Ronald": False}]),
})
lezers = st.builds(Lezer, st.sampled_from(LEZERSSOORTEN), st.sampled_from(["", *PERSONEN]), st.booleans())
GEZIN = {"Noor", "Daan", "Sandra", "Ronald"}


def verwacht_zichtbaar(plan: Plan, sprekers: list[str], toestemming: dict[str, Any], lezer: Lezer) -> bool:
    """The rule as the issue states it, written out apart from the code under test: no answer is for
    professionals only; a parent reads from 'volledig' on; never who it is 'niet voor' (nor the
    gezinsversie when that is someone of the family); a child's words need the child's yes and below
    16 each parent's (per parent when recorded so)."""
    if lezer.soort in ("netwerk", "professional"):  # these versions hold no individual statements at all
        return False
    if toestemming["afgesproken"] is False:
        return False
    ouders_ja = (all(toestemming["ouders"].values()) if toestemming["ouders"]
                 else toestemming["ouders_akkoord"] is True)
    for kind in plan.dossier.gezin.kinderen:
        if kind.naam in sprekers:
            if toestemming["kind_akkoord"] is not True:
                return False
            if leeftijd_op(kind.geboortedatum, plan.datum) < 16 and not ouders_ja:
                return False
    if lezer.naam in toestemming["niet_voor"]:
        return False
    if lezer.soort == "gezin" and GEZIN & set(toestemming["niet_voor"]):
        return False
    if lezer.soort == "professional" or (lezer.soort == "volledig" and lezer.professioneel):
        return True
    bij_naam = lezer.naam != "" and lezer.naam in toestemming["personen"]
    return bij_naam or (toestemming["afgesproken"] is True and lezer.soort in toestemming["lezers"])


Verwacht = dict[str, tuple[list[str], dict[str, Any]]]
"""Per marker text: who said it, and the consent it was given."""


def _sprekers(keuzes: st.DataObject, enkel: bool) -> str | list[str]:
    if enkel:
        return keuzes.draw(st.sampled_from(PERSONEN))
    return keuzes.draw(st.lists(st.sampled_from(PERSONEN), min_size=1, max_size=2, unique=True))


def met_toestemmingen(plan: Plan, keuzes: st.DataObject) -> tuple[Plan, Verwacht]:
    """The example plan with every statement renamed to a unique marker and given random consent."""
    gegevens = plan.model_dump(mode="json")
    vp, op = gegevens["veiligheidsplan"], gegevens["ondersteuningsplan"]
    op["hulpvraag_jongeren"] = [{"tekst": "x", "door": "Noor"}]
    soorten = [
        *((u, "tekst", "door") for z in vp["zorgen"] for u in z["uitspraken"]),
        *((k, "omschrijving", "genoemd_door") for k in vp["wat_gaat_goed"]),
        *((s, "toelichting", "naam") for s in vp["schaalvragen"]),
        *((b, "omschrijving", "beschreven_door") for b in [*op["krachten"], *op["zorgen"]]),
        *((h, "tekst", "door") for h in op["hulpvraag_jongeren"]),
    ]
    verwacht: Verwacht = {}
    for nummer, (item, tekstveld, sprekerveld) in enumerate(soorten, 1):
        merkteken = f"«UITSPRAAK-{nummer}»"
        item[tekstveld] = merkteken
        if item is not op["hulpvraag_jongeren"][0]:  # a hulpvraag stays Noor's: she is 14
            item[sprekerveld] = _sprekers(keuzes, enkel=isinstance(item[sprekerveld], str))
        item["toestemming"] = keuzes.draw(toestemmingen)
        sprekers = item[sprekerveld] if isinstance(item[sprekerveld], list) else [item[sprekerveld]]
        verwacht[merkteken] = (sprekers, item["toestemming"])
    return Plan.model_validate(gegevens), verwacht


# --- Reading rendered Word documents back, as an independent reader of what we wrote -------------


def tekst_van(pad: Path) -> str:
    """All text of the body, tables included, whitespace folded to single spaces."""
    document = Document(str(pad))
    stukken = [t.text or "" for t in document.element.body.iter(qn("w:t"))]
    return normaliseer(" ".join(stukken))


def normaliseer(tekst: str) -> str:
    return re.sub(r"\s+", " ", tekst).strip()


def bladwijzers(pad: Path) -> set[str]:
    document = Document(str(pad))
    return {b.get(qn("w:name")) for b in document.element.body.iter(qn("w:bookmarkStart"))}


def interne_links(pad: Path) -> list[str]:
    document = Document(str(pad))
    return [
        link.get(qn("w:anchor"))
        for link in document.element.body.iter(qn("w:hyperlink"))
        if link.get(qn("w:anchor"))
    ]


def externe_links(pad: Path) -> list[str]:
    """Targets of hyperlinks that point outside the document (to the sibling plan)."""
    document = Document(str(pad))
    relaties = document.part.rels
    return [
        relaties[link.get(qn("r:id"))].target_ref
        for link in document.element.body.iter(qn("w:hyperlink"))
        if link.get(qn("r:id"))
    ]


def kop_en_voet_tekst(pad: Path) -> str:
    document = Document(str(pad))
    delen = []
    for sectie in document.sections:
        for deel in (sectie.header, sectie.footer, sectie.first_page_header):
            delen += [t.text or "" for t in deel._element.iter(qn("w:t"))]
    return normaliseer(" ".join(delen))


# --- LibreOffice headless: every document we write must open in it ------------------------------


def naar_pdf(documenten: list[Path], map_: Path) -> list[Path]:
    """Let LibreOffice, an independent reader, convert every document to PDF in one run; returns
    the PDFs. Fails the test when LibreOffice is missing, refuses a document, or makes an empty PDF."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is needed for this test: apt-get install libreoffice-writer-nogui"
    resultaat = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{map_ / 'profiel'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(map_ / "pdf"), *map(str, documenten)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert resultaat.returncode == 0, resultaat.stderr
    pdfs = [map_ / "pdf" / document.with_suffix(".pdf").name for document in documenten]
    for pdf in pdfs:
        assert pdf.exists() and pdf.stat().st_size > 10_000, resultaat.stdout + resultaat.stderr
    return pdfs


def controleer_met_libreoffice(documenten: list[Path], werkmap: Path) -> dict[Path, str]:
    """Convert each document to PDF with LibreOffice; return the text of each PDF ('' without pdftotext)."""
    pdfs = naar_pdf(documenten, werkmap)
    return {document: _pdf_tekst(pdf) for document, pdf in zip(documenten, pdfs, strict=True)}


def _pdf_tekst(pdf: Path) -> str:
    if not shutil.which("pdftotext"):
        return ""
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


# --- Cache files someone else could have written: the two ways a cache is forged ----------------


def open_voor_iedereen(pad: Path) -> None:
    """A file anyone on the machine could have written."""
    pad.chmod(0o666)


def van_een_ander(pad: Path) -> None:
    """A file that belongs to another user (only root can give one away)."""
    if os.geteuid() != 0:
        pytest.skip("alleen root kan een bestand aan een ander geven")
    os.chown(pad, 1, 1)


VERVALSINGEN = [open_voor_iedereen, van_een_ander]


# --- The Meijer dossier through an evaluation, with documents (issue 17: letters, score history) ---


def meijer_na_evaluatie(tmp_path: Path) -> tuple[Werkmap, Path]:
    """The Meijer dossier run in process to planversie 3: netwerkberaad (v1, signed and sent to
    everyone on its list), incident (v2, sent to nobody), evaluation (v3); every version's documents
    written under `tmp_path / "uit"`. Returns the werkmap and v3's document folder."""
    from interview.stappen.evaluatie import evaluatie
    from interview.stappen.incident import incident
    from interview.stappen.netwerkberaad import netwerkberaad

    werkmap = gesprekken_gehouden(tmp_path)
    uit = tmp_path / "uit"

    def stap(antwoorden: str) -> Stapcontext:
        return Stapcontext(werkmap, lambda: None, ANTWOORDEN / antwoorden, lambda tekst: None, uitvoer=uit)

    netwerkberaad(stap("netwerkberaad.yaml"), KENMERK, lambda overzicht: None)
    stel_vast(werkmap, werkmap.lees_plan(KENMERK, 1))
    incident(stap("incident.yaml"), KENMERK)
    evaluatie(stap("evaluatie.yaml"), KENMERK)
    return werkmap, uit / KENMERK / "v3"


def leestekst(pad: Path) -> str:
    """`tekst_van` as a reader sees it: no space the run boundaries added before , . ; : ) or after (."""
    return re.sub(r"\( ", "(", re.sub(r" ([,.;:)])", r"\1", tekst_van(pad)))


class Kijker(Werker):
    """A worker who also notes the choices each question offered."""

    def __init__(self, antwoorden: dict[str, list[object]]) -> None:
        super().__init__(antwoorden)
        self.keuzes: dict[str, list[tuple[str, str]]] = {}

    def vraag(self, stelling: Vraagstelling) -> object:
        self.keuzes[stelling.pad] = list(stelling.keuzes)
        return super().vraag(stelling)
