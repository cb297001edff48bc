"""Pages of two PDFs side by side as PNG images: left the old document, right the new one.

The pages are drawn by pdftoppm (poppler-utils, beside LibreOffice on most systems) as PPM, the
simplest image format there is, and joined and written as PNG here with zlib alone: no imaging
library for two pictures side by side. Without pdftoppm there are no images, only the two PDFs.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from interview.bestanden import schrijf_atomisch

RESOLUTIE = 60
"""Dots per inch: an A4 page of 500 by 700 pixels, readable headings, small files."""
TUSSENRUIMTE = 12
GRIJS = b"\x99\x99\x99"
WIT = b"\xff\xff\xff"


@dataclass(frozen=True)
class Beeld:
    """An RGB image: width, height and its rows of 3 bytes per pixel."""

    breedte: int
    hoogte: int
    pixels: bytes

    def rij(self, nummer: int, breedte: int) -> bytes:
        """Row `nummer`, padded with white to `breedte` pixels (white below the last row)."""
        if nummer >= self.hoogte or not self.pixels:
            return WIT * breedte
        begin = nummer * self.breedte * 3
        return self.pixels[begin:begin + self.breedte * 3] + WIT * (breedte - self.breedte)


def kan_tekenen() -> bool:
    """True when pdftoppm is there to draw pages."""
    return shutil.which("pdftoppm") is not None


def naast_elkaar(oud: bytes, nieuw: bytes, doel: Path, stam: str) -> list[Path]:
    """`doel/<stam>-<blz>.png` per page pair (a page one side lacks stays white); their paths.

    The pages are drawn in a temporary folder inside `doel` (they show a family's plan: never in
    the system's temporary folder) that is removed afterwards.
    """
    with tempfile.TemporaryDirectory(dir=doel, prefix=".paginas-") as werk:
        links, rechts = _pagina_s(oud, Path(werk), "oud"), _pagina_s(nieuw, Path(werk), "nieuw")
        paden = []
        for nummer in range(max(len(links), len(rechts))):
            pad = doel / f"{stam}-{nummer + 1}.png"
            schrijf_atomisch(pad, _png(_samen(_of_leeg(links, nummer), _of_leeg(rechts, nummer))))
            paden.append(pad)
    return paden


def _pagina_s(pdf: bytes, werk: Path, naam: str) -> list[Beeld]:
    """Every page of `pdf` drawn as an image (none when pdftoppm fails on it)."""
    bron = werk / f"{naam}.pdf"
    bron.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(RESOLUTIE), str(bron), str(werk / naam)],
                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=120, check=False)
    paginas = sorted(werk.glob(f"{naam}-*.ppm"), key=lambda p: int(p.stem.rpartition("-")[2]))
    return [_lees_ppm(p.read_bytes()) for p in paginas]


def _lees_ppm(inhoud: bytes) -> Beeld:
    """A binary PPM (P6, 8 bits) as pdftoppm writes it: `P6\\n<w> <h>\\n255\\n` and the pixels."""
    velden: list[bytes] = []
    positie = 0
    while len(velden) < 4:
        while inhoud[positie:positie + 1].isspace():
            positie += 1
        einde = positie
        while not inhoud[einde:einde + 1].isspace():
            einde += 1
        velden.append(inhoud[positie:einde])
        positie = einde
    breedte, hoogte = int(velden[1]), int(velden[2])
    return Beeld(breedte, hoogte, inhoud[positie + 1:positie + 1 + breedte * hoogte * 3])


def _of_leeg(beelden: list[Beeld], nummer: int) -> Beeld | None:
    return beelden[nummer] if nummer < len(beelden) else None


def _samen(links: Beeld | None, rechts: Beeld | None) -> Beeld:
    """The two pages beside each other with a grey strip between them; a missing page is white."""
    voorbeeld = links or rechts or Beeld(1, 1, WIT)
    links = links or Beeld(voorbeeld.breedte, voorbeeld.hoogte, b"")
    rechts = rechts or Beeld(voorbeeld.breedte, voorbeeld.hoogte, b"")
    hoogte = max(links.hoogte, rechts.hoogte)
    rijen = [links.rij(n, links.breedte) + GRIJS * TUSSENRUIMTE + rechts.rij(n, rechts.breedte)
             for n in range(hoogte)]
    return Beeld(links.breedte + TUSSENRUIMTE + rechts.breedte, hoogte, b"".join(rijen))


def _png(beeld: Beeld) -> bytes:
    """`beeld` as a PNG file (8-bit RGB, no filter, one zlib stream)."""
    rijlengte = beeld.breedte * 3
    ruw = b"".join(b"\x00" + beeld.pixels[n * rijlengte:(n + 1) * rijlengte] for n in range(beeld.hoogte))

    def blok(soort: bytes, gegevens: bytes) -> bytes:
        return (struct.pack(">I", len(gegevens)) + soort + gegevens
                + struct.pack(">I", zlib.crc32(soort + gegevens) & 0xFFFFFFFF))

    kop = struct.pack(">IIBBBBB", beeld.breedte, beeld.hoogte, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + blok(b"IHDR", kop) + blok(b"IDAT", zlib.compress(ruw, 6))
            + blok(b"IEND", b""))
