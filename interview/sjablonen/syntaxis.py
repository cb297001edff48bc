"""The syntax layer of the template check: docxtpl-lint finds every code and structure problem.

docxtpl-lint (PyPI) reads the Word XML itself and reports all problems of a template in one run,
with table-cell locations. This is the one module that talks to it; its English rule messages
become Dutch here, and its locations become Word places through plaats.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from docxtpl_lint import lint

from interview.render.sjabloonfout import jinja_in_nederlands
from interview.sjablonen.bevinding import Bevinding, Ernst
from interview.sjablonen.plaats import Alinea

BERICHTEN: dict[str, tuple[Ernst, str, str]] = {
    "DTL001": ("fout", "open-code", "deze code wordt niet afgesloten met {close}"),
    "DTL002": ("waarschuwing", "code-over-alineas",
               "deze code loopt door tot een volgende alinea; Word voegt die alinea's samen en de opmaak "
               "gaat verloren. Zet de hele code in één alinea"),
    "DTL003": ("fout", "code-in-wijziging",
               "deze alinea heeft een bijgehouden wijziging met een code erin; accepteer of weiger eerst "
               "alle wijzigingen (Controleren → Wijzigingen)"),
    "DTL101": ("fout", "blok-niet-gesloten",
               "{{% {kw} %}} wordt nergens afgesloten: {{%p end{kw} %}} ontbreekt"),
    "DTL102": ("fout", "einde-zonder-begin",
               "{raw} hoort bij geen enkel begin; staat de bijbehorende {{%p if %}} of {{%p for %}} er "
               "wel, en goed gespeld?"),
    "DTL103": ("fout", "codefout", "de code klopt niet: {msg}"),
    "DTL105": ("fout", "onbekende-test", "de test 'is {name}' bestaat niet"),
    "DTL106": ("fout", "lusnaam-buiten-lus",
               "'{name}' bestaat alleen binnen de lus, maar wordt erna gebruikt"),
    "DTL201": ("fout", "teken-in-blokcode",
               "een {prefix}-code mag geen % of }} bevatten; reken de waarde eerst uit met {{% set %}}"),
    "DTL202": ("fout", "spatie-voor-letter",
               "schrijf {{%{prefix} zonder spatie tussen % en {prefix}"),
    "DTL203": ("fout", "rijcode-buiten-tabel",
               "{raw} gebruikt '{prefix}' (rij of cel) maar staat niet in een tabel"),
    "DTL204": ("fout", "begin-eind-verschillend",
               "{close_raw} sluit {open_raw} af, maar met een andere letter ({open_prefix} en "
               "{close_prefix}); gebruik bij begin en einde dezelfde"),
    "DTL205": ("fout", "blok-over-tabellen",
               "{open_raw} staat in tabel {t1} en {close_raw} in tabel {t2}; de rijen verdwijnen "
               "zonder melding. Zet begin en einde in dezelfde tabel"),
    "DTL206": ("fout", "rijblok-in-een-rij",
               "{open_raw} en {close_raw} staan in dezelfde rij; zet ze in aparte rijen"),
    "DTL207": ("fout", "blok-over-cellen",
               "{open_raw} en {close_raw} staan in verschillende cellen of rijen; de tabel raakt "
               "beschadigd (rijen met te weinig cellen). Gebruik {{%tr %}} voor hele rijen, of zet "
               "begin en einde in dezelfde cel"),
    "DTL208": ("fout", "celcode-buiten-cel", "{raw} werkt alleen in een tabelcel"),
    "DTL209": ("waarschuwing", "tekst-naast-blokcode",
               "de tekst '{rest}' naast deze code verdwijnt uit elk document: Word vervangt de hele "
               "{unit_nl} door de code. Zet die tekst in een eigen alinea"),
    "DTL210": ("fout", "blok-in-een-alinea",
               "{open_raw} en {close_raw} staan in dezelfde alinea; met de letter p moeten begin en "
               "einde elk in een eigen alinea staan (of laat de p weg)"),
}
"""Per docxtpl-lint rule: severity here, our stable name, and the Dutch message (its parameters)."""

EENHEDEN = {"paragraph": "alinea", "row": "rij", "cell": "cel", "run": "tekstdeel"}


def syntaxbevindingen(
    bestand: str, inhoud: bytes, filters: Iterable[str], alineas: Mapping[str, list[Alinea]]
) -> list[Bevinding]:
    """Every code and structure problem of the template `inhoud`, in Dutch, at its Word place."""
    uitslag = lint(inhoud, filters=filters)
    # Unknown filters are the model layer's (modelcontrole.py): it finds them after a syntax error too,
    # and says which filter was meant.
    return [_bevinding(bestand, probleem, alineas) for probleem in uitslag.issues
            if probleem.rule != "DTL104"]


def _bevinding(bestand: str, probleem: Any, alineas: Mapping[str, list[Alinea]]) -> Bevinding:
    plaats = probleem.location
    deel = alineas.get(plaats.part, [])
    alinea = deel[plaats.paragraph - 1] if 0 < plaats.paragraph <= len(deel) else None
    ernst, soort, sjabloon = BERICHTEN.get(
        probleem.rule, ("fout", "codefout", f"de code klopt niet ({probleem.rule})"))
    parameters = {**probleem.params,
                  "unit_nl": EENHEDEN.get(str(probleem.params.get("unit", "")), "alinea")}
    try:
        bericht = sjabloon.format(**parameters)
    except (KeyError, IndexError):
        bericht = sjabloon
    if probleem.rule == "DTL103":
        bericht = f"de code klopt niet: {jinja_in_nederlands(str(probleem.params.get('msg', '')))}"
    return Bevinding(
        bestand, ernst, bericht, soort,
        tuple(alinea.plaats()) if alinea else (plaats.part,),
        (probleem.snippet or "").strip()[:80],
    )
