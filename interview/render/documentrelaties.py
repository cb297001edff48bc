"""document.xml's relationships in one document made by the fast path (interview.render.snel)."""

from __future__ import annotations

from lxml import etree

from interview.render.wordxml import NAAMRUIMTEN, qn, schrijf

HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
"""python-docx's RELATIONSHIP_TYPE.HYPERLINK: a link to a file or a web page."""
Relatie = tuple[str, str, str, bool]
"""One relationship of document.xml: rId, type, target as written in the .rels part, external."""


class Relaties:
    """document.xml's relationships in one document: the template's, and the hyperlinks it adds.

    Numbered and matched as python-docx's `Relationships.get_or_add_ext_rel` does for docxtpl's
    `build_url_id`: a link to a target already there reuses its rId, a new one takes the first free.
    """

    def __init__(self, vast: tuple[Relatie, ...]) -> None:
        self._relaties = list(vast)

    def hyperlink(self, doel: str) -> str:
        """The rId of an external hyperlink to `doel`, added if this document has none yet."""
        for rid, soort, bestaand, extern in self._relaties:
            if soort == HYPERLINK and extern and bestaand == doel:
                return rid
        bezet = {rid for rid, *_ in self._relaties}
        rid = next(f"rId{n}" for n in range(1, len(self._relaties) + 2) if f"rId{n}" not in bezet)
        self._relaties.append((rid, HYPERLINK, doel, True))
        return rid

    def xml(self) -> bytes:
        """The .rels part, serialised as python-docx saves it (`CT_Relationships.add_rel`)."""
        relaties = etree.Element(qn("pr:Relationships"), nsmap={None: NAAMRUIMTEN["pr"]})
        for rid, soort, doel, extern in self._relaties:
            relatie = etree.SubElement(relaties, qn("pr:Relationship"))
            relatie.set("Id", rid)
            relatie.set("Type", soort)
            relatie.set("Target", doel)
            if extern:
                relatie.set("TargetMode", "External")
        return schrijf(relaties)
