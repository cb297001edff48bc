"""Parsing a template part that has syntax errors, so one error does not hide the rest (issue 20).

Jinja stops at the first syntax error. A team lead then saw one fault per run: a missing `{%p endfor %}`
hid a misspelled field and an unknown filter in the same template. Here the part is repaired the way
the fault suggests, and parsed again: a block left open is closed where Jinja meets the end of the part
or another block's end; a paragraph whose own code is broken (a missing `}}`) is left out; a refused
tag (`{% include %}`) is taken out of its paragraph. Every other paragraph is then checked as usual.
The syntax layer (syntaxis.py) reports the faults themselves; this module only says which paragraphs
could not be checked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from jinja2 import nodes
from jinja2.exceptions import TemplateSyntaxError

from interview.render.grenzen import NietToegestaan
from interview.render.zandbak import Zandbak

BINNENSTE = re.compile(r"The innermost block that needs to be closed is '(\w+)'")
EINDE_ZONDER_BEGIN = re.compile(r"Encountered unknown tag '(end\w*|else|elif)'")
VERBODEN_TAG = re.compile(r"\{%-?\s*(?:include|import|from|extends|autoescape|set \w+\.\w+)\b.*?%\}")
"""The tags the sandbox refuses when it reads a template (VERBODEN_CODES in zandbak.py)."""
MAX_HERSTEL = 60
"""Repairs per part: each closes a block or leaves out one paragraph, so a part of N broken paragraphs
needs N; beyond this the part is not checked (said in the summary)."""


@dataclass
class Ontleding:
    """The parsed part (None when no repair helped), the paragraphs (1-based) left out, and the refused
    tags taken out, each with its paragraph and the sandbox's reason."""

    boom: nodes.Template | None
    tekst: str = ""
    """The repaired text that parsed (the proof fill renders it)."""
    overgeslagen: list[int] = field(default_factory=list)
    verboden: list[tuple[int, str, str]] = field(default_factory=list)


def ontleed(zandbak: Zandbak, regels: Sequence[str]) -> Ontleding:
    """Parse the part whose paragraphs are `regels`, repairing it until it parses."""
    regels = list(regels)
    uitkomst = Ontleding(None)
    slot: list[str] = []
    ongelijk_weg = False
    for _ in range(MAX_HERSTEL):
        try:
            uitkomst.tekst = "\n".join([*regels, *slot])
            uitkomst.boom = zandbak.parse(uitkomst.tekst)
            uitkomst.overgeslagen.sort()
            return uitkomst
        except NietToegestaan as fout:
            regel = next((i for i, r in enumerate(regels, 1) if VERBODEN_TAG.search(r)), None)
            if regel is None:
                break
            tag = VERBODEN_TAG.search(regels[regel - 1])
            uitkomst.verboden.append((regel, tag.group(0) if tag else "", str(fout)))
            regels[regel - 1] = VERBODEN_TAG.sub("", regels[regel - 1], count=1)
        except TemplateSyntaxError as fout:
            if not ongelijk_weg:
                ongelijk_weg = True
                _zonder_open_codes(regels, uitkomst.overgeslagen)
                continue
            if not _herstel(fout, regels, slot, uitkomst.overgeslagen):
                break
    uitkomst.overgeslagen = list(range(1, len(regels) + 1))
    return uitkomst


def _herstel(fout: TemplateSyntaxError, regels: list[str], slot: list[str], overgeslagen: list[int]) -> bool:
    """One repair for `fout`; False when there is nothing left to repair."""
    binnenste = BINNENSTE.search(fout.message or "")
    regel = fout.lineno
    if binnenste and (regel > len(regels) or (fout.message or "").startswith("Unexpected end of template")):
        slot.append(f"{{% end{binnenste.group(1)} %}}")  # the block was never closed: close it at the end
        return True
    if not 0 < regel <= len(regels):
        return False
    if binnenste and EINDE_ZONDER_BEGIN.search(fout.message or ""):
        # Another block's end (or else) where this block should end first: close this one just before.
        regels[regel - 1] = f"{{% end{binnenste.group(1)} %}}" + regels[regel - 1]
        return True
    if not regels[regel - 1]:
        return False
    regels[regel - 1] = ""
    overgeslagen.append(regel)
    return True


def _zonder_open_codes(regels: list[str], overgeslagen: list[int]) -> None:
    """Leave out every paragraph with a code that does not close in it (`{{ veld }` or `{% if x`):
    Jinja would read on into the next paragraphs and blame those."""
    for nummer, regel in enumerate(regels, 1):
        if regel.count("{{") != regel.count("}}") or regel.count("{%") != regel.count("%}"):
            regels[nummer - 1] = ""
            overgeslagen.append(nummer)
