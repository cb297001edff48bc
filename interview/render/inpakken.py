"""A .docx written from entries compressed beforehand: the fast path's zip (interview.render.snel).

The parts no plan changes are compressed once per template; per document only the few filled
parts are compressed, and the zip around them is headers only.
"""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass

SNEL = 1
"""Deflate level for the parts written per document (see ZipDeel.van)."""
ZIPDATUM = (0, 33)  # 1980-01-01 00:00, in zip's DOS time and date


@dataclass(frozen=True)
class ZipDeel:
    """One entry of the .docx, compressed: done once for the parts no plan changes."""

    naam: bytes
    crc: int
    grootte: int
    gecomprimeerd: bytes

    @classmethod
    def van(cls, naam: str, inhoud: bytes, niveau: int = 6) -> ZipDeel:
        """`inhoud` deflated at `niveau`: 6 (zlib's default, as python-docx) for the parts done once,
        1 for the parts of each document, where level 6 took more time than Jinja itself."""
        pakker = zlib.compressobj(niveau, zlib.DEFLATED, -15)
        return cls(naam.lstrip("/").encode(), zlib.crc32(inhoud), len(inhoud),
                   pakker.compress(inhoud) + pakker.flush())


def schrijf_zip(delen: list[ZipDeel]) -> bytes:
    """A zip of already compressed entries (deflate, fixed date): only the headers are new."""
    uit = io.BytesIO()
    centraal = []
    tijd, datum = ZIPDATUM
    for deel in delen:
        positie = uit.tell()
        uit.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, tijd, datum, deel.crc,
                              len(deel.gecomprimeerd), deel.grootte, len(deel.naam), 0))
        uit.write(deel.naam)
        uit.write(deel.gecomprimeerd)
        centraal.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, tijd, datum,
                                    deel.crc, len(deel.gecomprimeerd), deel.grootte, len(deel.naam),
                                    0, 0, 0, 0, 0, positie) + deel.naam)
    begin = uit.tell()
    for regel in centraal:
        uit.write(regel)
    uit.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(delen), len(delen),
                          uit.tell() - begin, begin, 0))
    return uit.getvalue()
