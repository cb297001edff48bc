"""A Word part's XML as Jinja source: docxtpl's clean-up, plus entities undone inside template code.

Word stores `&` in a template's text as `&amp;`. docxtpl undoes `&lt;` and `&gt;` inside `{{ }}`
and `{% %}` but not `&amp;`, so under autoescape the literal `{{ "A &amp; B" }}` was escaped a
second time and the document showed `A &amp; B` where plain docxtpl (no autoescape) shows `A & B`.
Both the normal path and the fast path (interview.render.snel) take their source from here.
"""

from __future__ import annotations

import re
from typing import Any

from docxtpl import DocxTemplate

from interview.render.zandbak import RUNMERK

TEMPLATECODE = re.compile(r"(?<=\{[\{%])(.*?)(?=[\}%]})")
"""The inside of every `{{ … }}` and `{% … %}`, as docxtpl's own `clean_tags` finds it."""
VOETNOTEN = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
EINDNOTEN = "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"
RUNCODE = re.compile(r"\{((?:<[^>]*>)*)\{r(\s)")
"""docxtpl's `{{r `, also with Word's tags between the braces (docxtpl joins those)."""


def jinja_bron(xml: str) -> str:
    """The XML of one part as docxtpl makes it ready for Jinja, with `&amp;` in template code as `&`.

    Only template code changes: text outside `{{ }}` and `{% %}` keeps its escaping. `{{r x }}`
    is marked for the sandbox (RUNMERK), which checks that `x` is Word XML of runs.
    """
    bron = DocxTemplate.patch_xml(None, RUNCODE.sub(rf"{{\1{{r {RUNMERK},\2", xml))
    return TEMPLATECODE.sub(lambda code: code.group(0).replace("&amp;", "&"), bron)


class Sjabloon(DocxTemplate):  # type: ignore[misc]  # docxtpl has no type hints
    """docxtpl's template with vplan's clean-up of template code (see `jinja_bron`), and its codes
    in endnotes filled as docxtpl fills those in footnotes."""

    def patch_xml(self, src_xml: Any) -> str:
        return jinja_bron(src_xml)

    def render_footnotes(self, context: dict[str, Any], jinja_env: Any = None) -> None:
        """docxtpl's footnotes, then the endnotes the same way: once per section, as docxtpl does.

        docxtpl leaves codes in endnotes as they are typed; a team lead who puts `{{ … }}` in an
        endnote expects it filled like one in a footnote.
        """
        super().render_footnotes(context, jinja_env)
        for _ in self.docx.sections:
            for deel in self.docx.part.package.parts:
                if deel.content_type == EINDNOTEN:
                    xml = self.patch_xml(deel.blob.decode("utf-8"))
                    deel._blob = self.render_xml_part(xml, deel, context, jinja_env).encode("utf-8")
