"""Timing shared by the benchmarks: run a step several times and keep each duration."""

from __future__ import annotations

import time
from collections.abc import Callable


def meet(stap: Callable[[], object], rondes: int) -> list[float]:
    """Seconds per run of `stap`, `rondes` times, in order (the caller takes median, min and max)."""
    tijden = []
    for _ in range(rondes):
        begin = time.perf_counter()
        stap()
        tijden.append(time.perf_counter() - begin)
    return tijden
