"""A team lead who types the risicotaxatie, the meldcode, a diagnosis or someone's words into a
reader's template still cannot print them: each reader's document is made from the plan as that
reader may read it, never from the full plan."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview.model import Plan
from interview.model.lezersdeel import Lezer as Leesrecht
from interview.render.documenten import SOORTEN, Gerenderd, lezersdocumenten
from interview.render.lezers import LEESRECHT, LEZERSVERSIES
from interview.render.sjabloonmap import Sjabloonkeuze, kies_sjablonen, meegeleverde_sjablonen
from interview.versieset import render_documenten
from tests.helpers import met_toestemmingen, normaliseer, tekst_van, verwacht_zichtbaar

VIJANDIG = """\
RT: {% if dossier.risicotaxatie %}{{ dossier.risicotaxatie.toelichting }}{% endif %}
MC: {% if dossier.meldcode %}{{ dossier.meldcode.besluit }} {{ dossier.meldcode.afwegingen }}{% endif %}
{% for z in veiligheidsplan.zorgen %}{% for u in z.uitspraken %}[{{ u.tekst }}]{% endfor %}{% endfor %}
{% for k in veiligheidsplan.wat_gaat_goed %}[{{ k.omschrijving }}]{% endfor %}
{% for s in veiligheidsplan.schaalvragen %}[{{ s.toelichting }}]{% endfor %}
{% for r in veiligheidsplan.risicofactoren %}{{ r.omschrijving }} {% endfor %}
{% for h in veiligheidsplan.herstelgerichte_zorg %}{{ h.wat }} {% endfor %}
{% for b in ondersteuningsplan.krachten %}[{{ b.omschrijving }}]{% endfor %}
{% for b in ondersteuningsplan.zorgen %}[{{ b.omschrijving }}]{% endfor %}
{% for h in ondersteuningsplan.hulpvraag_jongeren %}[{{ h.tekst }}]{% endfor %}
{% for d in ondersteuningsplan.doelen %}{% for o in d.ondersteuning %}{{ o.wat }} {% endfor %}{% endfor %}
{% for t in ondersteuningsplan.toestemming_behandeling %}{{ t.behandeling }} {% endfor %}
{% for e in ondersteuningsplan.eerdere_hulpverlening %}{{ e.wat }} {% endfor %}
{% for a in veiligheidsplan.afspraken %}AFSPRAAK {{ a.id }} {% endfor %}
{% for o in ondertekenaars %}{{ o.reden }} {% endfor %}"""
"""A reader's template that prints everything a plan holds that a reader might not be cleared for."""


def vijandige_sjablonen(map_: Path) -> Path:
    """A team folder whose netwerkversie, kinderversie and gezinsversie print VIJANDIG."""
    map_.mkdir(exist_ok=True)
    for soort in LEZERSVERSIES:
        document = Document()
        for regel in VIJANDIG.splitlines():
            document.add_paragraph(regel)
        document.save(str(map_ / f"{soort}.docx"))
    for soort in ("veiligheidsplan", "ondersteuningsplan"):
        (map_ / f"{soort}.docx").write_bytes((meegeleverde_sjablonen() / f"{soort}.docx").read_bytes())
    return map_


def alleen_volledig(plan: Plan) -> Plan:
    """`plan` with every statement cleared for the full plan only, and one statement of Sandra's
    cleared for the children as well (so the test sees the template does print statements)."""
    gegevens = plan.model_dump(mode="json")

    def loop(waarde: Any) -> None:
        if isinstance(waarde, dict):
            if isinstance(waarde.get("toestemming"), dict):
                waarde["toestemming"] = {"lezers": ["volledig"], "afgesproken": True}
            for item in waarde.values():
                loop(item)
        elif isinstance(waarde, list):
            for item in waarde:
                loop(item)

    loop(gegevens)
    gegevens["veiligheidsplan"]["zorgen"][0]["uitspraken"].append(
        {"tekst": "Ik wil dat de kinderen dit weten.", "door": "Sandra",
         "toestemming": {"lezers": ["volledig", "kind"], "afgesproken": True}})
    return Plan.model_validate(gegevens)


def verboden(plan: Plan) -> list[str]:
    """The risicotaxatie, meldcode, diagnoses and treatment, and every statement: none cleared for a
    reader but the one for the children."""
    dossier, vp, op = plan.dossier, plan.veiligheidsplan, plan.ondersteuningsplan
    assert dossier.risicotaxatie and dossier.meldcode
    teksten = [dossier.risicotaxatie.toelichting, dossier.meldcode.besluit]
    teksten += [r.omschrijving for r in vp.risicofactoren] + [h.wat for h in vp.herstelgerichte_zorg]
    teksten += [o.wat for d in op.doelen for o in d.ondersteuning]
    teksten += [t.behandeling for t in op.toestemming_behandeling] + [e.wat for e in op.eerdere_hulpverlening]
    teksten += [u.tekst for z in vp.zorgen for u in z.uitspraken if "kind" not in u.toestemming.lezers]
    teksten += [k.omschrijving for k in vp.wat_gaat_goed] + [s.toelichting for s in vp.schaalvragen]
    teksten += [b.omschrijving for b in [*op.krachten, *op.zorgen]] + [h.tekst for h in op.hulpvraag_jongeren]
    return [normaliseer(t) for t in teksten if t]


@pytest.fixture(scope="module")
def vijandig_gerenderd(tmp_path_factory: pytest.TempPathFactory) -> tuple[Plan, dict[str, str]]:
    """The example, rendered with hostile readers' templates: the text of each document by file name."""
    from interview.render.proefplannen import volledig_plan

    plan = alleen_volledig(volledig_plan())
    map_ = tmp_path_factory.mktemp("vijandig")
    paden = render_documenten(plan, map_ / "uit", vijandige_sjablonen(map_ / "sjablonen"))
    achtervoegsel = f"-{plan.dossier.kenmerk}-v{plan.versie}"
    return plan, {pad.name.replace(achtervoegsel, ""): tekst_van(pad) for pad in paden}


@pytest.mark.parametrize("document", ["netwerkversie-1.docx", "netwerkversie-2.docx", "netwerkversie-3.docx",
                                      "kinderversie-1.docx", "kinderversie-2.docx", "gezinsversie.docx"])
def test_a_hostile_readers_template_prints_no_risk_assessment_meldcode_diagnosis_or_uncleared_words(
    vijandig_gerenderd: tuple[Plan, dict[str, str]], document: str,
) -> None:
    plan, teksten = vijandig_gerenderd
    tekst = teksten[document]

    assert "RT:" in tekst and "MC:" in tekst  # the template did render
    assert [t for t in verboden(plan) if t in tekst] == []
    assert ("Ik wil dat de kinderen dit weten." in tekst) == document.startswith("kinderversie")


def test_a_hostile_netwerkversie_shows_the_network_member_only_their_own_afspraken(
    vijandig_gerenderd: tuple[Plan, dict[str, str]],
) -> None:
    plan, teksten = vijandig_gerenderd
    van_fatma = {a.id for a in plan.veiligheidsplan.afspraken if "Fatma" in [*a.wie, a.controle_door]}

    getoond = {deel.split()[0] for deel in teksten["netwerkversie-3.docx"].split("AFSPRAAK ")[1:]}

    assert getoond == van_fatma


def _tekst(document: Gerenderd) -> str:
    return normaliseer(" ".join(p.text for p in Document(io.BytesIO(document.inhoud)).paragraphs))


@pytest.fixture(scope="module")
def vijandige_keuze(tmp_path_factory: pytest.TempPathFactory) -> Sjabloonkeuze:
    return kies_sjablonen(vijandige_sjablonen(tmp_path_factory.mktemp("sjablonen")), SOORTEN,
                          meegeleverde_sjablonen())


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.data())
def test_no_statement_reaches_a_readers_document_it_is_not_cleared_for(
    vijandige_keuze: Sjabloonkeuze, keuzes: st.DataObject,
) -> None:
    from interview.render.proefplannen import volledig_plan

    plan, verwacht = met_toestemmingen(volledig_plan(), keuzes)

    for document in lezersdocumenten(plan, vijandige_keuze):
        assert document.lezer is not None
        lezer = Leesrecht(LEESRECHT[document.lezer.soort], document.lezer.naam)
        tekst = _tekst(document)
        for merkteken, (sprekers, toestemming) in verwacht.items():
            assert (merkteken in tekst) == verwacht_zichtbaar(plan, sprekers, toestemming, lezer), (
                merkteken, toestemming, lezer)

