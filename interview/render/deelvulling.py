"""A compiled part filled in a document's sandbox, then docxtpl's own steps after Jinja (the fast path)."""

from __future__ import annotations

import re
from types import CodeType
from typing import Any

PARAGRAAF = re.compile(r"<w:p(?: [^>]*)?>.*?</w:p>", re.DOTALL)
RUN = re.compile(r"<w:r(?: [^>]*)?>.*?</w:r>", re.DOTALL)
TEKST = re.compile(r"<w:t(?: [^>]*)?>.*?</w:t>", re.DOTALL)
PARAGRAAFOPMAAK = re.compile(r"<w:pPr>.*?</w:pPr>")
RUNOPMAAK = re.compile(r"<w:rPr>.*?</w:rPr>")
"""Both without DOTALL, as docxtpl searches them: a formatting that spans a line end is not taken."""
LIJSTTEKENS = re.compile("[\t\a\n\f]")
PAGINA = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def vul_deel(omgeving: Any, code: CodeType, context: dict[str, Any]) -> str:
    """The part compiled as `code`, filled with `context` in the sandbox `omgeving`, as docxtpl's
    render_xml_part leaves it."""
    sjabloon = omgeving.template_class.from_code(omgeving, code, omgeving.make_globals(None))
    xml = sjabloon.render(context).replace("\n<w:p ", "<w:p ").replace("\n<w:p>", "<w:p>")
    if "{_" in xml or "_}" in xml:  # each replace walks the whole part
        xml = xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
    return lijsttekens(xml)


def lijsttekens(xml: str) -> str:
    """`xml` with the tabs, newlines, page breaks and paragraph marks (\\a) in its texts turned into
    Word's elements, as docxtpl 0.20's resolve_listing does (tests/render/test_deelvulling.py holds
    the two equal); only paragraphs that hold such a character are looked at.

    Our own, so filling a prepared template imports no docxtpl: a plan text of two lines is common.
    The paragraphs are those of docxtpl's one pass over the part (PARAGRAAF); a paragraph is copied
    out and looked at only when the next such character lies inside it.
    """
    teken = LIJSTTEKENS.search(xml)
    if teken is None:
        return xml
    stukken: list[str] = []
    klaar = 0
    for gevonden in PARAGRAAF.finditer(xml):
        if teken.start() < gevonden.start():  # the character lies between paragraphs: it stays
            teken = LIJSTTEKENS.search(xml, gevonden.start())
            if teken is None:
                break
        if teken.start() >= gevonden.end():
            continue
        stukken += [xml[klaar:gevonden.start()], _paragraaf(gevonden.group(0))]
        klaar = gevonden.end()
        teken = LIJSTTEKENS.search(xml, klaar)
        if teken is None:
            break
    return "".join(stukken) + xml[klaar:]


def _paragraaf(paragraaf: str) -> str:
    """One paragraph that holds a special character, with those in its texts turned into elements."""
    opmaak = _eerste(PARAGRAAFOPMAAK, paragraaf)
    return RUN.sub(lambda run: _run(run.group(0), opmaak), paragraaf)


def _run(run: str, paragraafopmaak: str) -> str:
    opmaak = _eerste(RUNOPMAAK, run)
    return TEKST.sub(lambda tekst: _tekst(tekst.group(0), paragraafopmaak, opmaak), run)


def _tekst(tekst: str, paragraaf: str, run: str) -> str:
    """One `<w:t>` with its special characters replaced in docxtpl's order: a tab's run formatting
    may itself hold a character the later steps replace."""
    verder = f'<w:r>{run}<w:t xml:space="preserve">'
    tekst = tekst.replace("\t", f"</w:t></w:r><w:r>{run}<w:tab/></w:r>{verder}")
    tekst = tekst.replace("\a", f"</w:t></w:r></w:p><w:p>{paragraaf}{verder}")
    tekst = tekst.replace("\n", '</w:t><w:br/><w:t xml:space="preserve">')
    return tekst.replace("\f", f"</w:t></w:r></w:p>{PAGINA}<w:p>{paragraaf}{verder}")


def _eerste(patroon: re.Pattern[str], xml: str) -> str:
    gevonden = patroon.search(xml)
    return gevonden.group(0) if gevonden else ""
