"""Makes a Linux Python look like Windows and macOS where vplan must not lean on Linux.

On the PYTHONPATH (`PYTHONPATH=tests/draagbaar`, as make test-draagbaar and tests/test_draagbaar.py put
it) it is imported at start-up by every Python, also by each vplan a test starts and each worker of
`opnieuw`: `import fcntl` fails as on Windows; os.sched_getaffinity is gone as on macOS and Windows;
the C library has no renameat2, as on every system but Linux; os.fchmod (until Python 3.13), os.pread,
signal.pthread_sigmask and signal.pthread_kill are gone as on Windows. What it cannot emulate (drive
letters, Windows' own locking, file modes that do not protect) the README names.
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
import signal  # noqa: E402 - after the finder, so nothing below can bring fcntl back

for module, naam in [(os, "sched_getaffinity"), (os, "fchmod"), (os, "pread"),
                     (signal, "pthread_sigmask"), (signal, "pthread_kill")]:
    if hasattr(module, naam):
        delattr(module, naam)
ctypes.CDLL = _LibcZonderRenameat2  # type: ignore[misc]
