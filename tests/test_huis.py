"""The house holds: no import circles in interview/, no module over 500 lines, one room per name."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PAKKET = Path(__file__).resolve().parent.parent / "interview"
GRENS = 500


def _modules() -> dict[str, Path]:
    """Every module of interview/ by dotted name (a package by its own name)."""
    modules = {}
    for pad in PAKKET.rglob("*.py"):
        delen = pad.relative_to(PAKKET.parent).with_suffix("").parts
        modules[".".join(delen[:-1] if delen[-1] == "__init__" else delen)] = pad
    return modules


def _geimporteerd(naam: str, pad: Path, modules: dict[str, Path]) -> set[str]:
    """Our modules that `naam` imports when it runs: at the top and inside functions alike, but not
    under `if TYPE_CHECKING:` (those never run)."""
    pakket = naam if pad.name == "__init__.py" else naam.rpartition(".")[0]
    gevonden: set[str] = set()

    def bezoek(knoop: ast.AST) -> None:
        for kind in ast.iter_child_nodes(knoop):
            if isinstance(kind, ast.If) and "TYPE_CHECKING" in ast.unparse(kind.test):
                continue
            for doel in _doelen(kind, pakket):
                while doel and doel not in modules:
                    doel = doel.rpartition(".")[0]
                if doel.startswith("interview") and doel != naam:
                    gevonden.add(doel)
            bezoek(kind)

    bezoek(ast.parse(pad.read_text(encoding="utf-8")))
    return gevonden


def _doelen(knoop: ast.AST, pakket: str) -> list[str]:
    if isinstance(knoop, ast.Import):
        return [alias.name for alias in knoop.names]
    if isinstance(knoop, ast.ImportFrom):
        basis = knoop.module or ""
        if knoop.level:
            boven = pakket.rsplit(".", knoop.level - 1)[0] if knoop.level > 1 else pakket
            basis = f"{boven}.{basis}" if basis else boven
        return [basis, *(f"{basis}.{alias.name}" for alias in knoop.names)]
    return []


def _kringen(graaf: dict[str, set[str]]) -> Iterator[list[str]]:
    """The strongly connected parts of more than one module (Tarjan): each is an import circle."""
    index: dict[str, int] = {}
    laagste: dict[str, int] = {}
    stapel: list[str] = []

    def verbind(module: str) -> Iterator[list[str]]:
        index[module] = laagste[module] = len(index)
        stapel.append(module)
        for ander in sorted(graaf[module]):
            if ander not in index:
                yield from verbind(ander)
                laagste[module] = min(laagste[module], laagste[ander])
            elif ander in stapel:
                laagste[module] = min(laagste[module], index[ander])
        if laagste[module] == index[module]:
            deel = []
            while True:
                ander = stapel.pop()
                deel.append(ander)
                if ander == module:
                    break
            if len(deel) > 1:
                yield sorted(deel)

    for module in sorted(graaf):
        if module not in index:
            yield from verbind(module)


def test_no_import_circles_in_interview() -> None:
    modules = _modules()
    graaf = {naam: _geimporteerd(naam, pad, modules) for naam, pad in modules.items()}
    assert list(_kringen(graaf)) == []


def test_the_circle_finder_sees_a_circle() -> None:
    assert list(_kringen({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}})) == [["a", "b", "c"]]


@pytest.mark.parametrize("naam", sorted(_modules()))
def test_no_module_of_interview_is_over_500_lines(naam: str) -> None:
    regels = len(_modules()[naam].read_text(encoding="utf-8").splitlines())
    assert regels <= GRENS, f"{naam}: {regels} regels"


def test_no_two_modules_of_interview_share_a_name() -> None:
    namen = [pad.stem for pad in PAKKET.rglob("*.py") if pad.name != "__init__.py"]
    pakketten = {pad.parent.name for pad in PAKKET.rglob("__init__.py")}
    dubbel = sorted({naam for naam in namen if namen.count(naam) > 1 or naam in pakketten})
    assert dubbel == []
