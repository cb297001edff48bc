"""Makes a Linux Python look like Windows and macOS where vplan must not lean on Linux.

On the PYTHONPATH (`PYTHONPATH=tests/draagbaar`, as .ci/run and tests/test_draagbaar.py put it) it is
imported at start-up by every Python, also by each vplan a test starts and each worker of `opnieuw`:
`import fcntl` fails as on Windows, os.sched_getaffinity is gone as on macOS and Windows, and the C
library has no renameat2, as on every system but Linux. What it cannot emulate (drive letters,
Windows' own locking, file modes that do not protect) the README names.
"""

from __future__ import annotations

import ctypes
import os
import sys
from importlib.abc import MetaPathFinder


class _GeenFcntl(MetaPathFinder):
    def find_spec(self, naam: str, pad: object = None, doel: object = None) -> None:
        if naam == "fcntl":
            raise ModuleNotFoundError("No module named 'fcntl'", name="fcntl")


class _LibcZonderRenameat2(ctypes.CDLL):
    def __getattr__(self, naam: str) -> ctypes._CFuncPtr:  # type: ignore[name-defined]
        if naam == "renameat2":
            raise AttributeError(naam)
        return super().__getattr__(naam)


sys.modules.pop("fcntl", None)
sys.meta_path.insert(0, _GeenFcntl())
if hasattr(os, "sched_getaffinity"):
    del os.sched_getaffinity
ctypes.CDLL = _LibcZonderRenameat2  # type: ignore[misc]
