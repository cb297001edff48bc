"""What LibreOffice prints of the default documents is all the .docx holds, laid out to read."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn
from pydantic import BaseModel

from interview.invoer import lees_plan
from interview.model import Plan
from interview.render.documenten import SOORTEN as TEMPLATES
from interview.render.sjabloonmap import standaard_sjablonen
from interview.versieset import render_documenten
from tests.helpers import VOORBEELD, normaliseer

PUNT_PER_CM = 72 / 2.54
RECHTERMARGE_PT = (21.0 - 2.2) * PUNT_PER_CM


def kaal(model: BaseModel) -> dict[str, Any]:
    """The model as data with every optional list empty, every optional value None, one of the rest."""
    uit: dict[str, Any] = {}
    for naam, veld in type(model).model_fields.items():
        waarde = getattr(model, naam)
        if not veld.is_required() and isinstance(waarde, list):
            uit[naam] = []
        elif not veld.is_required() and veld.default is None:
            uit[naam] = None
        elif isinstance(waarde, BaseModel):
            uit[naam] = kaal(waarde)
        elif isinstance(waarde, list):
            uit[naam] = [kaal(w) if isinstance(w, BaseModel) else w for w in waarde[:1]]
        else:
            uit[naam] = waarde
    return uit


def kaal_plan(plan: Plan) -> Plan:
    return Plan.model_validate(kaal(plan))


def met_lange_verspreidingslijst(plan: Plan) -> Plan:
    """Forty rows: the table must run over a page break, its header row repeated."""
    return plan.model_copy(update={"verspreidingslijst": plan.verspreidingslijst * 5})


def met_volle_laatste_pagina(plan: Plan) -> Plan:
    """Three more changes push the last table to the foot of page 4 (with Carlito, LibreOffice 7.4)."""
    extra = [f"Extra wijziging nummer {nr} om de tabel te verschuiven." for nr in range(3)]
    return plan.model_copy(update={"wijzigingen": plan.wijzigingen + extra})


def met_tabel_aan_de_voet(plan: Plan) -> Plan:
    """The distribution list starts at the foot of page 4 (DejaVu Sans, LibreOffice 7.4).

    There LibreOffice printed its header and first row and dropped the other seven (issue 9).
    """
    extra = [f"Extra wijziging nummer {nr} om de tabel te verschuiven." for nr in range(9)]
    return plan.model_copy(update={"wijzigingen": [*plan.wijzigingen, *extra, "Kort."]})


PLANNEN: dict[str, Callable[[Plan], Plan]] = {
    "voorbeeld": lambda plan: plan,
    "kaal": kaal_plan,
    "lange verspreidingslijst": met_lange_verspreidingslijst,
    "volle laatste pagina": met_volle_laatste_pagina,
    "tabel aan de voet": met_tabel_aan_de_voet,
}
SOORTEN = ("veiligheidsplan", "ondersteuningsplan")
LEZERSDOCUMENTEN = [
    ("voorbeeld", "netwerkversie-1"), ("voorbeeld", "netwerkversie-3"), ("voorbeeld", "kinderversie-1"),
    ("voorbeeld", "kinderversie-2"), ("voorbeeld", "gezinsversie"), ("kaal", "kinderversie-1"),
    ("kaal", "gezinsversie"),
]
"""The reader's documents, keyed by kind and reader's number: Ria (a card), Fatma, Noor (14, plain
language), Daan (8, the Drie Huizen); the bare plan has no network and one child."""
LETTERTYPEN = ("systeem", "zonder Carlito")
"""LibreOffice prints Calibri as Carlito where it is installed, else as DejaVu Sans, which is wider."""

ZONDER_CARLITO = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <selectfont><rejectfont><glob>*Carlito*</glob><glob>*carlito*</glob></rejectfont></selectfont>
</fontconfig>
"""


@dataclass(frozen=True)
class Afdruk:
    docx: Path
    pdf: Path
    paginas: list[str]

    @property
    def tekst(self) -> str:
        return normaliseer(" ".join(self.paginas))


def _render_alle(map_: Path) -> dict[tuple[str, str], Path]:
    plan = lees_plan(VOORBEELD)
    uit = {}
    for naam, maak in PLANNEN.items():
        for pad in render_documenten(maak(plan), map_ / naam.replace(" ", "-")):
            uit[naam, re.sub(r"-VP-\d{4}-\d{4}-v\d+", "", pad.stem)] = pad
    return uit


@pytest.fixture(scope="module")
def gerenderd(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    return _render_alle(tmp_path_factory.mktemp("opmaak"))


@pytest.fixture(scope="module")
def afdrukken(
    gerenderd: dict[tuple[str, str], Path], tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, str, str], Afdruk]:
    """Every rendered document as LibreOffice prints it, with each set of fonts in one run."""
    uit = {}
    for lettertype in LETTERTYPEN:
        werk = tmp_path_factory.mktemp("pdf")
        for (plan, soort), afdruk in _druk_af(gerenderd, werk, lettertype).items():
            uit[lettertype, plan, soort] = afdruk
    return uit


def _druk_af(
    gerenderd: dict[tuple[str, str], Path], werk: Path, lettertype: str
) -> dict[tuple[str, str], Afdruk]:
    """Convert every document in one LibreOffice run; pdftotext each PDF, page by page."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice and shutil.which("pdftotext"), "needs LibreOffice and poppler-utils (pdftotext)"
    omgeving = dict(os.environ)
    if lettertype == "zonder Carlito":
        (werk / "fonts.conf").write_text(ZONDER_CARLITO, encoding="utf-8")
        omgeving["FONTCONFIG_FILE"] = str(werk / "fonts.conf")
    kopieen = {}
    for (plan, soort), pad in gerenderd.items():
        kopie = werk / f"{plan.replace(' ', '-')}-{soort}.docx"
        shutil.copy(pad, kopie)
        kopieen[plan, soort] = kopie
    resultaat = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{werk / 'profiel'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(werk), *map(str, kopieen.values())],
        capture_output=True, text=True, timeout=600, check=False, env=omgeving,
    )
    assert resultaat.returncode == 0, resultaat.stderr
    uit = {}
    for sleutel, kopie in kopieen.items():
        pdf = kopie.with_suffix(".pdf")
        tekst = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                               check=True).stdout
        uit[sleutel] = Afdruk(gerenderd[sleutel], pdf, tekst.rstrip("\f").split("\f"))
    return uit


def zonder_afbreekstreepjes(tekst: str) -> str:
    """pdftotext joins a word broken at its hyphen and drops the hyphen ("SKJregistratie")."""
    return tekst.replace("-", "")


PLANDOCUMENTEN = [(plan, soort) for plan in PLANNEN for soort in SOORTEN]
ALLE = [*PLANDOCUMENTEN, *LEZERSDOCUMENTEN]
GEDRUKT = [(lettertype, plan, soort) for lettertype in LETTERTYPEN for plan, soort in ALLE]
PLANNEN_GEDRUKT = [(lettertype, plan, soort) for lettertype in LETTERTYPEN for plan, soort in PLANDOCUMENTEN]


def _eerste_cellen(pad: Path) -> list[str]:
    return [normaliseer(rij.cells[0].text) for tabel in Document(str(pad)).tables for rij in tabel.rows]


def _kopteksten(pad: Path) -> list[str]:
    """The header row's texts of every table that repeats its header row."""
    teksten = []
    for tabel in Document(str(pad)).tables:
        eerste = tabel.rows[0]
        if eerste._tr.trPr is not None and eerste._tr.trPr.find(qn("w:tblHeader")) is not None:
            teksten += [normaliseer(cel.text) for cel in eerste.cells]
    return teksten


def _hoofdstukken(pad: Path) -> list[str]:
    return [p.text for p in Document(str(pad)).paragraphs if p.style is not None
            and p.style.name == "Heading 1"]


# --- On paper (LibreOffice) ------------------------------------------------------------------


@pytest.mark.libreoffice
@pytest.mark.parametrize(("lettertype", "plan", "soort"), GEDRUKT)
def test_every_table_row_of_the_document_is_printed(
    afdrukken: dict[tuple[str, str, str], Afdruk], lettertype: str, plan: str, soort: str
) -> None:
    afdruk = afdrukken[lettertype, plan, soort]
    gedrukt = zonder_afbreekstreepjes(afdruk.tekst)
    ontbrekend = [tekst for tekst in _eerste_cellen(afdruk.docx)
                  if zonder_afbreekstreepjes(tekst) not in gedrukt]
    assert ontbrekend == []


@pytest.mark.libreoffice
@pytest.mark.parametrize(("lettertype", "plan", "soort"), GEDRUKT)
def test_no_column_header_is_broken_mid_word(
    afdrukken: dict[tuple[str, str, str], Afdruk], lettertype: str, plan: str, soort: str
) -> None:
    afdruk = afdrukken[lettertype, plan, soort]
    woorden = set(zonder_afbreekstreepjes(afdruk.tekst).split())
    gebroken = [woord for kop in _kopteksten(afdruk.docx) for woord in kop.split()
                if zonder_afbreekstreepjes(woord) not in woorden]
    assert gebroken == []


@pytest.mark.libreoffice
@pytest.mark.parametrize(("lettertype", "plan", "soort"), PLANNEN_GEDRUKT)
def test_chapters_are_printed_with_numbers_one_after_another(
    afdrukken: dict[tuple[str, str, str], Afdruk], lettertype: str, plan: str, soort: str
) -> None:
    afdruk = afdrukken[lettertype, plan, soort]
    hoofdstukken = _hoofdstukken(afdruk.docx)
    assert len(hoofdstukken) >= 10
    regels = {normaliseer(regel) for pagina in afdruk.paginas for regel in pagina.splitlines()}
    ontbrekend = [f"{nr}. {titel}" for nr, titel in enumerate(hoofdstukken, 1)
                  if f"{nr}. {titel}" not in regels]
    assert ontbrekend == []


@pytest.mark.libreoffice
@pytest.mark.parametrize(("lettertype", "plan", "soort"), GEDRUKT)
def test_an_afspraak_card_is_printed_on_one_page(
    afdrukken: dict[tuple[str, str, str], Afdruk], lettertype: str, plan: str, soort: str
) -> None:
    """A plan's card starts with "Afspraak A3 ·" and ends with its "Herkomst" row; a reader's card
    is "Afspraak A3" alone on its line and ends with what happens when it does not work out."""
    begin, slot = ((r"Afspraak A\d+ ·", r"^Herkomst$") if soort in SOORTEN
                   else (r"^Afspraak A\d+$", r"^(Als het niet lukt|Lukt het niet\?)$"))
    for nummer, pagina in enumerate(afdrukken[lettertype, plan, soort].paginas, 1):
        kaarten = re.findall(begin, pagina, flags=re.MULTILINE)
        slotregels = re.findall(slot, pagina, flags=re.MULTILINE)
        assert len(kaarten) == len(slotregels), f"pagina {nummer}: {kaarten}"


@pytest.mark.libreoffice
@pytest.mark.parametrize(("lettertype", "plan", "soort"), GEDRUKT)
def test_no_page_is_blank(
    afdrukken: dict[tuple[str, str, str], Afdruk], lettertype: str, plan: str, soort: str
) -> None:
    paginas = [pagina.splitlines() for pagina in afdrukken[lettertype, plan, soort].paginas]
    # Header and footer lines repeat on every page; a one-page document has no such repetition.
    op_elke_pagina = set.intersection(*(set(regels) for regels in paginas)) if len(paginas) > 1 else set()
    for nummer, regels in enumerate(paginas, 1):
        inhoud = [r for r in regels if r.strip() and r not in op_elke_pagina
                  and not re.fullmatch(r"Pagina \d+ van \d+", r.strip())]
        assert inhoud, f"pagina {nummer} is leeg"


@pytest.mark.libreoffice
@pytest.mark.parametrize("lettertype", LETTERTYPEN)
@pytest.mark.parametrize("soort", [*SOORTEN, "netwerkversie-1", "kinderversie-2", "gezinsversie"])
def test_the_page_header_ends_at_the_right_margin_clear_of_vertrouwelijk(
    afdrukken: dict[tuple[str, str, str], Afdruk], lettertype: str, soort: str
) -> None:
    woorden = _woorden_op_pagina_1(afdrukken[lettertype, "voorbeeld", soort].pdf)
    vertrouwelijk = next(w for w in woorden if w["tekst"] == "VERTROUWELIJK")
    kopregel = sorted((w for w in woorden if abs(w["y"] - vertrouwelijk["y"]) < 2), key=lambda w: w["x0"])
    assert kopregel[0] is vertrouwelijk
    assert kopregel[1]["x0"] - vertrouwelijk["x1"] > 10
    assert abs(kopregel[-1]["x1"] - RECHTERMARGE_PT) < 3


def _woorden_op_pagina_1(pdf: Path) -> list[dict[str, Any]]:
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    boom = ET.fromstring(html)
    return [
        {"tekst": woord.text, "x0": float(woord.get("xMin", 0)), "x1": float(woord.get("xMax", 0)),
         "y": float(woord.get("yMin", 0))}
        for woord in boom.iter("{http://www.w3.org/1999/xhtml}word")
    ]


# --- In the .docx itself ---------------------------------------------------------------------


@pytest.mark.parametrize(("plan", "soort"), ALLE)
def test_no_table_is_left_without_rows_when_a_list_is_empty(
    gerenderd: dict[tuple[str, str], Path], plan: str, soort: str
) -> None:
    """An empty list gets its sentence ("Nog geen …", "Geen …") and no header-only table."""
    leeg = [normaliseer(tabel.rows[0].cells[0].text) for tabel in Document(str(gerenderd[plan, soort])).tables
            if len(tabel.rows) < 2]
    assert leeg == []


@pytest.mark.parametrize("soort", [*SOORTEN, "netwerkversie-1", "gezinsversie"])
def test_chapters_are_numbered_by_the_heading_style_not_typed(
    gerenderd: dict[tuple[str, str], Path], soort: str
) -> None:
    pad = gerenderd["voorbeeld", soort]
    stijl = Document(str(pad)).styles["Heading 1"].element
    assert stijl.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}") is not None
    getypt = [titel for titel in _hoofdstukken(pad) if re.match(r"\d", titel)]
    assert getypt == []


BREEDTE_VETTE_LETTER_CM = 0.62 * 9.5 / 72 * 2.54
"""A bold 9.5 pt letter of DejaVu Sans, LibreOffice's fallback where Calibri and Carlito are missing."""


@pytest.mark.parametrize("soort", TEMPLATES)
def test_every_column_is_wide_enough_for_the_longest_word_of_its_header(soort: str) -> None:
    document = Document(str(standaard_sjablonen() / f"{soort}.docx"))
    te_smal = []
    for tabel in document.tables:
        koprij = tabel.rows[0]
        if koprij._tr.trPr is None or koprij._tr.trPr.find(qn("w:tblHeader")) is None:
            continue
        for cel in koprij.cells:
            woord = max(re.split(r"[\s/-]+", cel.text), key=len)
            if cel.width.cm < len(woord) * BREEDTE_VETTE_LETTER_CM + 2 * 0.19:
                te_smal.append(cel.text)
    assert te_smal == []
