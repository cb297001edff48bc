"""The fast path's listing step turns tabs and line ends into Word's elements exactly as docxtpl does."""

from __future__ import annotations

from docxtpl import DocxTemplate
from hypothesis import given
from hypothesis import strategies as st

from interview.render.deelvulling import lijsttekens

STUKKEN = (
    "<w:p>", '<w:p w:rsidR="00A1">', "</w:p>", "<w:pPr>", "</w:pPr>", '<w:pStyle w:val="Kop1"/>',
    "<w:r>", '<w:r w:rsidR="00B2">', "</w:r>", "<w:rPr>", "</w:rPr>", "<w:b/>", "<w:tab/>",
    "<w:t>", '<w:t xml:space="preserve">', "</w:t>", "tekst", " ", "\t", "\a", "\n", "\f",
)
"""Pieces of a filled body, also in orders Word never writes: the two must agree on any text."""


def alinea(tekst: str, *, opmaak: str = "<w:rPr><w:b/></w:rPr>") -> str:
    return f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r>{opmaak}<w:t>{tekst}</w:t></w:r></w:p>'


def test_a_text_of_two_lines_gets_a_line_break_and_a_tab_its_own_run() -> None:
    gevuld = lijsttekens(alinea("Eerste regel\nTweede\tregel"))

    assert gevuld == alinea(
        'Eerste regel</w:t><w:br/><w:t xml:space="preserve">Tweede</w:t></w:r>'
        '<w:r><w:rPr><w:b/></w:rPr><w:tab/></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">regel'
    )


def test_a_body_without_special_characters_is_left_as_it_is() -> None:
    body = alinea("Eén regel") + "<w:tbl/>"

    assert lijsttekens(body) is body


@given(st.lists(st.sampled_from(STUKKEN), max_size=40).map("".join))
def test_any_filled_text_comes_out_as_docxtpl_resolve_listing_leaves_it(xml: str) -> None:
    assert lijsttekens(xml) == DocxTemplate.resolve_listing(None, xml)


def test_formatting_with_a_special_character_is_repeated_as_docxtpl_does() -> None:
    xml = alinea("a\tb\fc\ad", opmaak="<w:rPr><w:t>\a</w:t></w:rPr>")

    assert lijsttekens(xml) == DocxTemplate.resolve_listing(None, xml)
