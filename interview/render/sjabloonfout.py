"""A template error explained in Dutch: what went wrong, where in the template, and how to find more."""

from __future__ import annotations

import re

from jinja2.exceptions import SecurityError, TemplateSyntaxError, UndefinedError
from lxml.etree import XMLSyntaxError

from interview.fouten import SjabloonFout
from interview.render.grenzen import NietToegestaan


def sjabloonfout(naam: str, fout: Exception) -> SjabloonFout:
    """Explain a template error in Dutch, with the template text around it when known."""
    details = [regel.strip() for regel in getattr(fout, "docx_context", []) if regel.strip()]
    if isinstance(fout, UndefinedError):
        veld = re.search(r"'([^']+)'(?: is undefined| has no attribute '([^']+)')", str(fout))
        onbekend = (veld.group(2) or veld.group(1)) if veld else str(fout)
        bericht = f"Sjabloon {naam} gebruikt een veld dat niet bestaat: '{onbekend}'"
    elif isinstance(fout, NietToegestaan):
        bericht = f"Sjabloon {naam} gebruikt iets wat in een sjabloon niet mag: {fout}"
    elif isinstance(fout, SecurityError):
        bericht = (f"Sjabloon {naam} probeert iets wat in een sjabloon niet mag "
                   "(interne onderdelen van Python benaderen)")
    elif isinstance(fout, TemplateSyntaxError):
        bericht = (f"Sjabloon {naam} bevat een fout in een {{{{ }}}}- of {{% %}}-code: "
                   f"{jinja_in_nederlands(fout.message or '')}")
    elif isinstance(fout, XMLSyntaxError):
        bericht = (f"Sjabloon {naam} levert geen geldig Word-document op "
                   "(controleer de {%p %}- en {%tr %}-codes)")
    else:
        bericht = f"Sjabloon {naam} kan niet gevuld worden: {fout}"
    return SjabloonFout(bericht, [*details, "waar in Word, en of er meer fouten zijn, toont: "
                                  "vplan sjablonen controleer MAP"])


JINJA_BERICHTEN = [
    (re.compile(r"Unexpected end of template.*'(end\w+)'"),
     "de sjabloon houdt op terwijl er nog een {{% {0} %}} ontbreekt"),
    (re.compile(r"Unexpected end of template"), "de sjabloon houdt op terwijl een code nog open is"),
    (re.compile(r"No filter named '([^']+)'"), "onbekend filter '{0}'"),
    (re.compile(r"No test named '([^']+)'"), "onbekende test '{0}'"),
    (re.compile(r"Encountered unknown tag '([^']+)'"), "onbekende code '{0}' (of een einde zonder begin)"),
    (re.compile(r"unexpected '([^']+)'"), "onverwacht teken '{0}'"),
    (re.compile(r"expected token '([^']+)', got '([^']+)'"), "verwacht '{0}' maar vond '{1}'"),
    (re.compile(r"unexpected end of template"), "de sjabloon houdt op terwijl een code nog open is"),
]


VERWACHT = re.compile(r"looking for the following tags?: (.*?)\.?(?: The innermost|$)")


def jinja_in_nederlands(bericht: str) -> str:
    """Jinja explains syntax errors in English; the common ones in Dutch, with the closing code
    Jinja was waiting for (issue 10: "was looking for 'endfor'" used to be dropped)."""
    uitleg = next((nederlands.format(*gevonden.groups()) for patroon, nederlands in JINJA_BERICHTEN
                   if (gevonden := patroon.search(bericht))), "de opbouw van de code klopt niet")
    verwacht = VERWACHT.search(bericht)
    if verwacht:
        codes = re.findall(r"'(\w+)'", verwacht.group(1))
        uitleg += "; verwacht werd " + " of ".join(f"{{%p {code} %}}" for code in codes)
    return uitleg
