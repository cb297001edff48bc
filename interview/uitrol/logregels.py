"""The roll-out log as a team lead reads it: one line per run, one per undo."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from interview.rapport.getallen import aantal


def regels(logboek: Sequence[dict[str, Any]]) -> Iterator[str]:
    """`2026-12-07 03:55 jan: opnieuw met /team/sjablonen (versie 2026-1): 4 vernieuwd, 0 fouten …`"""
    if not logboek:
        yield "Er is nog niets uitgerold in deze werkmap (geen 'vplan opnieuw' vastgelegd)."
        return
    teruggedraaid = {str(r.get("uitrol")) for r in logboek if r.get("soort") == "teruggedraaid"}
    for regel in logboek:
        wanneer = str(regel.get("begin") or regel.get("tijd") or "")[:16].replace("T", " ")
        wie = regel.get("gebruiker") or "onbekend"
        if regel.get("soort") == "teruggedraaid":
            overgeslagen = regel.get("overgeslagen") or {}
            teruggezet = regel.get("teruggezet") or []
            yield (f"{wanneer} {wie}: uitrol {regel.get('uitrol')} teruggedraaid: "
                   f"{aantal(len(teruggezet), 'dossier', 'dossiers')} teruggezet, "
                   f"{len(overgeslagen)} overgeslagen")
            continue
        dossiers = [d for d in regel.get("dossiers") or [] if isinstance(d, dict)]
        fouten = [str(d.get("kenmerk")) for d in dossiers if d.get("uitkomst") == "fout"]
        versie = f" (versie {regel['sjabloonversie']})" if regel.get("sjabloonversie") else ""
        afloop = "" if regel.get("afloop") == "klaar" else ", onderbroken"
        terug = ", later teruggedraaid" if str(regel.get("uitrol")) in teruggedraaid else ""
        mislukt = aantal(len(fouten), "fout", "fouten")
        yield (f"{wanneer} {wie}: opnieuw met {regel.get('sjablonen')}{versie}: "
               f"{len(dossiers) - len(fouten)} vernieuwd, {mislukt}{afloop}{terug} "
               f"(uitrol {regel.get('uitrol')})")
        if fouten:
            yield "    fouten: " + ", ".join(fouten[:10]) + (", …" if len(fouten) > 10 else "")
