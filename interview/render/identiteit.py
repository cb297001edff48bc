"""A template's identity: one hash of what a reader sees, the only one `info`, `.vplan.json`, `overzicht`
and `opnieuw --verouderd` use.

The hash is over the document's normalised form (interview.render.documentvorm): visible text and
codes, the formatting that applies, tables, images, headers, footers and page setup. So a save in Word
or LibreOffice without an edit keeps it, and any visible edit changes it.

Sets written before issue 18 recorded another hash (interview.render.oudeidentiteit); a template is
still recognised by it, so upgrading vplan marks no dossier outdated. Their next render records the
new one.

Normalising a large template takes a tenth of a second; the result is kept per process and in the
user's template cache (interview.render.sjablooncache), keyed on the bytes and this code.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml.etree import XMLSyntaxError

from interview.render import documentvorm, geldendeopmaak, sjablooncache
from interview.render.oudeidentiteit import vroegere_hash
from interview.render.sjabloonmap import kies_sjablonen, meegeleverde_sjablonen

VOORVOEGSEL = "sha256:"
CACHEKOP = b"identiteit\0"


@functools.lru_cache(maxsize=32)
def sjabloon_hash(inhoud: bytes) -> str:
    """`sha256:…` over the normalised form of the template with bytes `inhoud`; for bytes that are no
    Word document, over the bytes themselves (so `vplan info` can still name them)."""
    naam = sjablooncache.sleutel(CACHEKOP + inhoud, _bronnen())
    bewaard = sjablooncache.lees(naam)
    if bewaard is not None and bewaard.startswith(VOORVOEGSEL.encode()):
        return bewaard.decode()
    identiteit = VOORVOEGSEL + hashlib.sha256(_vorm(inhoud) or inhoud).hexdigest()
    sjablooncache.schrijf(naam, identiteit.encode())
    return identiteit


def _bronnen() -> list[Path]:
    """The code that decides the hash: a change there makes a cached identity stale."""
    return [Path(module.__file__ or "") for module in (documentvorm, geldendeopmaak)] + [Path(__file__)]


def _vorm(inhoud: bytes) -> bytes | None:
    """The normalised form as bytes; None for bytes that are no Word document."""
    try:
        with zipfile.ZipFile(io.BytesIO(inhoud)) as zip_:
            vorm: Any = documentvorm.documentvorm(zip_)
    except (zipfile.BadZipFile, KeyError, XMLSyntaxError, ValueError):
        return None
    return json.dumps(vorm, ensure_ascii=False, separators=(",", ":")).encode()


@dataclass
class Sjabloonidentiteit:
    """The identity of one template file, and whether a recorded hash names it."""

    hash: str
    _inhoud: bytes = field(repr=False)

    def herkent(self, vastgelegd: object) -> bool:
        """True when `vastgelegd` (from a .vplan.json) is this template's identity, now or as recorded
        before issue 18."""
        if vastgelegd == self.hash:
            return True
        return isinstance(vastgelegd, str) and vastgelegd == _vroeger(self._inhoud)


@functools.lru_cache(maxsize=32)
def _vroeger(inhoud: bytes) -> str:
    """Kept per process like `sjabloon_hash`: `overzicht` and `opnieuw --verouderd` ask it once per
    dossier whose record differs from today's hash, and it takes a tenth of a second per template."""
    try:
        return vroegere_hash(inhoud)
    except (zipfile.BadZipFile, KeyError, XMLSyntaxError, ValueError):
        return ""


def identiteit_van(pad: Path) -> Sjabloonidentiteit:
    """The identity of the template at `pad`; OSError when it cannot be read."""
    inhoud = pad.read_bytes()
    return Sjabloonidentiteit(sjabloon_hash(inhoud), inhoud)


@dataclass
class Sjabloonidentiteiten:
    """The identity of each template a folder gives (a team folder falls back to the shipped template)."""

    per_soort: dict[str, Sjabloonidentiteit | None]

    def hashes(self) -> dict[str, str]:
        """Per kind of document the hash rendering records; '' for a template that cannot be read."""
        return {soort: i.hash if i else "" for soort, i in self.per_soort.items()}

    def actueel(self, vastgelegd: Mapping[str, Any]) -> bool:
        """True when every kind in `vastgelegd` (kind -> recorded hash) was made from today's template."""
        for soort, hash_ in vastgelegd.items():
            huidig = self.per_soort.get(soort)
            if huidig is None or not huidig.herkent(hash_):
                return False
        return True


def sjabloonidentiteiten(sjablonen: Path | None, soorten: tuple[str, ...]) -> Sjabloonidentiteiten:
    """The identities of `soorten` as `sjablonen` gives them (None: $VPLAN_SJABLONEN or the shipped
    templates); SjabloonFout when the folder itself is not there."""
    per_soort: dict[str, Sjabloonidentiteit | None] = {}
    if not soorten:
        return Sjabloonidentiteiten(per_soort)
    for soort, pad in kies_sjablonen(sjablonen, soorten, meegeleverde_sjablonen()).paden.items():
        try:
            per_soort[soort] = identiteit_van(pad)
        except OSError:
            per_soort[soort] = None
    return Sjabloonidentiteiten(per_soort)
