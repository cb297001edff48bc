"""docxtpl's own test scripts and templates, rendered by plain docxtpl and by vplan's fast path, compared.

The scripts and templates live outside the project, at ../shared/peer/docxtpl-tests (read from
there, never copied). Each script runs as docxtpl's runtests.py runs it, from a scratch folder
whose `templates` is that folder's; every render it saves is caught with its context, and the
saved document is the reference. The same template is then prepared by the fast path
(interview.render.snel) and filled with the same context in vplan's sandbox, and the two documents
are compared part by part (XML canonicalised). Each render counts as one of:

- gelijk: the same parts with the same meaning;
- anders: a part differs (`ANDERS_MET_REDEN` says which differ by design, and why);
- geweigerd: the fast path will not take the template or the context, with the reason;
- niet van toepassing: what the script does after rendering, vplan does not offer at all.

Run: .venv/bin/python tests/peer_docxtpl.py   (prints the counts; tests/render/test_peer_docxtpl.py
holds them).
"""

from __future__ import annotations

import contextlib
import gc
import io
import os
import runpy
import sys
import tempfile
import warnings
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate
from lxml import etree

from interview.render import snel
from interview.render.bereiden import bereid_streng
from interview.render.compileren import NietSnel
from interview.render.documentrelaties import Relaties
from interview.render.inpakken import SNEL, ZipDeel, schrijf_zip
from interview.render.klaarsjabloon import Voorbereid
from interview.render.kruisverwijzingen import Kruisverwijzingen
from interview.render.omgeving import maak_omgeving
from interview.render.wordxml import schrijf

PEER = next((map_ / "shared" / "peer" / "docxtpl-tests" for map_ in Path(__file__).resolve().parents[1:]
             if (map_ / "shared" / "peer" / "docxtpl-tests").is_dir()), Path("shared/peer/docxtpl-tests"))
"""The nearest shared/peer/docxtpl-tests above the repository (../shared beside a checkout in /work,
../../shared beside a worktree in /work/wt); a fresh clone on CI has none."""
ANDERS_MET_REDEN = {
    "inline_image": "een InlineImage zet zijn afbeelding in het DocxTemplate-object waarvoor het gemaakt is, "
                    "niet in het document van de snelle weg; vplan geeft sjablonen geen afbeeldingen mee",
}
"""Renders that differ from plain docxtpl by design, by script, with the reason."""


OVERGESLAGEN = {
    "runtests": "draait de andere scripts",
    "module_execute": "roept docxtpl's opdrachtregel aan in een ander proces (python -m docxtpl)",
}
"""Scripts not run, with why: they render nothing in this process."""


@dataclass(frozen=True)
class Render:
    """One render a docxtpl script saved: its template, context and the document plain docxtpl made."""

    script: str
    sjabloon: Path | None
    context: dict[str, Any]
    vervangt: bool
    """The script replaces pictures or embedded files after rendering (replace_pic, replace_media …)."""
    docx: bytes


@dataclass(frozen=True)
class Uitkomst:
    script: str
    soort: str
    """gelijk, anders, geweigerd or niet van toepassing."""
    reden: str = ""


def renders(peer: Path = PEER) -> list[Render]:
    """Every render the scripts in `peer` save, in the order they run."""
    gevangen: list[Render] = []
    for script in sorted(peer.glob("[A-Za-z]*.py")):
        if script.stem not in OVERGESLAGEN:
            gevangen += _vang(script, peer)
    return gevangen


def _vang(script: Path, peer: Path) -> list[Render]:
    gevangen: list[Render] = []
    render, save = DocxTemplate.render, DocxTemplate.save

    def vangende_render(tpl: Any, context: dict[str, Any], jinja_env: Any = None, autoescape: bool = False
                        ) -> None:
        tpl._peer = dict(context)
        render(tpl, context, jinja_env, autoescape)

    def vangende_save(tpl: Any, filename: Any, *args: Any, **kwargs: Any) -> None:
        save(tpl, filename, *args, **kwargs)
        if not hasattr(tpl, "_peer"):
            return  # saved without rendering: nothing to compare
        context = tpl._peer
        bron = tpl.template_file
        sjabloon = Path(bron).resolve() if isinstance(bron, str | os.PathLike) else None
        docx = Path(filename).read_bytes() if isinstance(filename, str | os.PathLike) else filename.getvalue()
        vervangt = bool(tpl.crc_to_new_media or tpl.crc_to_new_embedded or tpl.zipname_to_replace
                        or tpl.pics_to_replace)
        gevangen.append(Render(script.stem, sjabloon, context, vervangt, docx))

    with kladmap(peer):
        DocxTemplate.render, DocxTemplate.save = vangende_render, vangende_save
        try:
            with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
                warnings.simplefilter("ignore", ResourceWarning)  # the scripts leave files open
                runpy.run_path(str(script), run_name="__main__")
                gc.collect()
        except Exception as fout:  # a script that fails with plain docxtpl too: nothing more to compare
            mislukt[script.stem] = _kort(fout)
        finally:
            DocxTemplate.render, DocxTemplate.save = render, save
    return gevangen


mislukt: dict[str, str] = {}
"""Scripts that fail with plain docxtpl in this sandbox, with what they raised."""


@contextlib.contextmanager
def kladmap(peer: Path = PEER) -> Iterator[None]:
    """Work in a scratch folder laid out as the scripts expect: `templates` (the peer's), `output`."""
    vorige = Path.cwd()
    with tempfile.TemporaryDirectory() as werk:
        (Path(werk) / "templates").symlink_to(peer / "templates")
        (Path(werk) / "output").mkdir()
        os.chdir(werk)
        try:
            yield
        finally:
            os.chdir(vorige)


def vergelijk(render: Render) -> Uitkomst:
    """Fill the template of `render` by the fast path with its context and compare with plain docxtpl."""
    if render.vervangt:
        return Uitkomst(render.script, "niet van toepassing", "vervangt afbeeldingen of ingesloten "
                        "bestanden na het vullen (replace_pic, replace_media)")
    if render.sjabloon is None:
        return Uitkomst(render.script, "niet van toepassing",
                        "sjabloon uit een open bestand, niet uit een map")
    try:
        klaar = bereid_streng(render.sjabloon, render.sjabloon.read_bytes())
    except NietSnel as fout:
        return Uitkomst(render.script, "geweigerd", str(fout))
    except Exception as fout:
        return Uitkomst(render.script, "geweigerd", f"voorbereiden in de zandbak: {_kort(fout)}")
    try:
        docx = _vul(klaar, render.context)
    except Exception as fout:
        return Uitkomst(render.script, "geweigerd", f"vullen in de zandbak: {_kort(fout)}")
    verschil = [naam for naam in sorted(set(_delen(docx)) | set(_delen(render.docx)))
                if _delen(docx).get(naam) != _delen(render.docx).get(naam)]
    if not verschil:
        return Uitkomst(render.script, "gelijk")
    return Uitkomst(render.script, "anders", ANDERS_MET_REDEN.get(render.script, ", ".join(verschil)))


def _kort(fout: Exception) -> str:
    return f"{type(fout).__name__}: {str(fout).splitlines()[0][:90] if str(fout) else ''}"


def _vul(klaar: Voorbereid, context: dict[str, Any]) -> bytes:
    """The document the fast path makes of `klaar` with `context`: vplan's sandbox, docxtpl's properties."""
    relaties = Relaties(klaar.relaties)
    omgeving = maak_omgeving({}, Kruisverwijzingen(hier=set(), elders={}, relateer=relaties.hyperlink))
    delen = snel.vul_delen(klaar, omgeving, dict(context), relaties)
    kern = snel.vul_eigenschappen(klaar, omgeving, dict(context))
    delen.append(ZipDeel.van(klaar.kernnaam, schrijf(kern), SNEL))
    return schrijf_zip([*klaar.vast, *delen])


def _delen(docx: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(docx)) as archief:
        return {naam: etree.tostring(etree.fromstring(archief.read(naam)), method="c14n")
                if naam.endswith((".xml", ".rels")) else archief.read(naam)
                for naam in archief.namelist()}


def telling(uitkomsten: list[Uitkomst]) -> Counter[str]:
    return Counter(uitkomst.soort for uitkomst in uitkomsten)


def main() -> None:
    if not PEER.is_dir():
        print(f"{PEER} ontbreekt: niets te vergelijken")
        return
    gevangen = renders()
    with kladmap():
        uitkomsten = [vergelijk(render) for render in gevangen]
    for uitkomst in uitkomsten:
        print(f"  {uitkomst.script}: {uitkomst.soort}{f' ({uitkomst.reden})' if uitkomst.reden else ''}")
    for script, fout in mislukt.items():
        print(f"  {script}: faalt ook met kaal docxtpl hier ({fout})")
    print(", ".join(f"{aantal} {soort}" for soort, aantal in sorted(telling(uitkomsten).items()))
          + f" van {len(uitkomsten)} renders")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    main()
