"""The fast path decides once per template whether its tables can need docxtpl's fix_tables.

Only where no filling can give a table fix_tables would change does it skip parsing the filled
body (interview.render.tabelvorm); everything else keeps docxtpl's way. These cases fail on main,
where the module did not exist.
"""

from __future__ import annotations

import pytest

from interview.render.bron import Sjabloon, jinja_bron
from interview.render.documenten import SOORTEN
from interview.render.sjabloonmap import standaard_sjablonen
from interview.render.tabelvorm import tabellen_altijd_goed

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def cel(tekst: str, eigenschappen: str = "") -> str:
    return f"<w:tc>{eigenschappen}<w:p><w:r><w:t>{tekst}</w:t></w:r></w:p></w:tc>"


def rij(*cellen: str) -> str:
    return "<w:tr>" + "".join(c if c.startswith("<w:tc") else cel(c) for c in cellen) + "</w:tr>"


def tabel(*rijen: str, kolommen: int = 2) -> str:
    raster = '<w:gridCol w:w="100"/>' * kolommen
    return f"<w:tbl><w:tblPr/><w:tblGrid>{raster}</w:tblGrid>{''.join(rijen)}</w:tbl>"


def lichaam(*delen: str) -> str:
    return f'<w:body xmlns:w="{W}">{"".join(delen)}<w:p/></w:body>'


@pytest.mark.parametrize("soort", SOORTEN)
def test_the_shipped_templates_tables_can_never_need_fixing(soort: str) -> None:
    sjabloon = Sjabloon(str(standaard_sjablonen() / f"{soort}.docx"))
    sjabloon.init_docx()
    assert tabellen_altijd_goed(jinja_bron(sjabloon.get_xml()))


@pytest.mark.parametrize("bron", [
    lichaam(tabel(rij("Kop", "{{ dossier.kenmerk }}"), rij("{% if a %}ja{% else %}nee{% endif %}", "b"))),
    lichaam(tabel(rij("Wat", "Wie"), "{% for a in lijst %}", rij("{{ a.wat }}", "{{ a }}"), "{% endfor %}")),
    lichaam(tabel(rij("a", "b"), "{% if x %}", rij("c", "d"), "{% else %}", rij("e", "f"), "{% endif %}")),
    lichaam(tabel(rij("a", "{% if x %}b</w:t></w:r><w:r><w:t>c{% endif %}"))),
    lichaam(tabel(rij("a", cel("b", "<w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>")), kolommen=3)),
], ids=["codes in cells", "rows repeated beside a fixed row", "rows left out beside a fixed row",
        "a block over runs", "a cell spanning two columns"])
def test_tables_no_filling_can_break(bron: str) -> None:
    assert tabellen_altijd_goed(bron)


@pytest.mark.parametrize("bron", [
    lichaam(tabel("{% for a in lijst %}", rij("{{ a }}", "b"), "{% endfor %}")),
    lichaam(tabel(rij("a", "{% for c in lijst %}</w:t></w:r></w:p></w:tc>"
                  "<w:tc><w:p><w:r><w:t>{{ c }}{% endfor %}"))),
    lichaam(tabel(rij("a", "b"), "<w:tr>{% for c in lijst %}" + cel("{{ c }}") + "{% endfor %}</w:tr>")),
    lichaam(tabel(rij("a", "b", "c"))),
    lichaam(tabel(rij("a", cel("b", '<w:tcPr><w:gridSpan w:val="{{ n }}"/></w:tcPr>')))),
    lichaam(tabel(rij("a", cel("b", "<w:tcPr>{% if x %}<w:gridSpan w:val=\"2\"/>{% endif %}</w:tcPr>")))),
    lichaam("{% macro m() %}", tabel(rij("a", "b")), "{% endmacro %}{{ m() }}"),
    lichaam(tabel(rij("a", "<w:tc><w:tbl><w:tblGrid><w:gridCol/></w:tblGrid>" + rij("1", "2", "3")
                      + "</w:tbl><w:p/></w:tc>"))),
    lichaam(tabel(rij("a", "b"), "{{ x }}")),
    lichaam("{% raw %}", tabel(rij("a", "b")), "{% endraw %}"),
], ids=["only full row in a loop", "a block from one cell into the next", "cells in a loop",
        "more cells than columns", "a code in a span", "a block in cell properties", "a table in a macro",
        "a nested row wider than the outer grid", "a value between rows", "a raw block"])
def test_tables_a_filling_might_break_keep_docxtpls_check(bron: str) -> None:
    assert not tabellen_altijd_goed(bron)
