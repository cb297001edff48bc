"""vplan: from interviews with a family and its network to the veiligheidsplan and ondersteuningsplan."""

from __future__ import annotations

import functools


def __getattr__(naam: str) -> str:
    """`interview.__version__`, read when first asked: pyproject.toml is the one place it is written."""
    if naam == "__version__":
        return _versie()
    raise AttributeError(f"module 'interview' has no attribute {naam!r}")


@functools.cache
def _versie() -> str:
    """The installed distribution's version (importlib.metadata is loaded only now: ~20 ms)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("vplan")
    except PackageNotFoundError:  # a source tree on the PYTHONPATH that was never installed
        return "onbekend (niet geïnstalleerd)"
