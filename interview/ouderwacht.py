"""A pool worker ends when the vplan process that started it ends, busy or idle (issue 24, item 5)."""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from typing import TypeVar

PR_SET_PDEATHSIG = 1
"""prctl option (linux/prctl.h): the kernel signals this process when the thread that forked it ends."""
KIJK_ELKE = 0.5
"""Seconds between two looks of the watching thread; the worker ends at most this long after its parent."""

T = TypeVar("T")


class OuderWeg(SystemExit):
    """Raised in a worker's main thread when its parent is gone.

    An exception rather than an immediate exit, so that finally-blocks run first: a LibreOffice
    conversion's process group is killed (interview.render.pdf) and a half-written set stays hidden
    in its temporary folder, which the next run removes (interview.versiemap). A SystemExit, so that
    it ends the worker also when it arrives between two tasks or while the worker waits for one.
    """


def begin_werker(ouder: int) -> None:
    """Pool initializer: ignore Ctrl-C (the parent decides when to stop) and end when `ouder` ends.

    Without this a worker of a killed parent waits for its next task forever: with fork the worker
    holds both ends of the task queue's pipe itself, so the read never sees the end of the pipe.
    Linux signals the worker at once (PR_SET_PDEATHSIG); everywhere a thread also looks twice a second,
    which covers other systems, a parent that died before this ran, and a forkserver in between.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stop)
    try:
        _signaal_bij_dood_van_ouder(signal.SIGTERM)
        starter = os.getppid()
        # Not on Windows: there os.kill(pid, 0) would end the parent, and a spawned worker ends anyway
        # when its parent's end of the task pipe closes.
        if hasattr(signal, "pthread_kill"):
            threading.Thread(target=_wacht_op, args=(ouder, starter), name="vplan-ouderwacht",
                             daemon=True).start()
    except OuderWeg:  # concurrent.futures would print a traceback for an initializer that fails
        os._exit(1)


def als_werker(taak: Callable[..., T], *argumenten: object) -> T:
    """Run one task in a worker; a worker whose parent went during the task ends here.

    concurrent.futures catches every exception of a task (SystemExit too) and would then wait for
    the next one, so the exit is forced here, after the task's own clean-up ran.
    """
    try:
        return taak(*argumenten)
    except OuderWeg:
        os._exit(1)


def ouder_leeft(ouder: int, starter: int) -> bool:
    """Whether the vplan process `ouder` still runs and this worker still has its first parent `starter`.

    A parent that dies makes the worker an orphan, adopted by init (or a subreaper): its parent id
    changes at once. `ouder` itself is checked for the case it died before the worker looked.
    """
    if os.getppid() != starter:
        return False
    try:
        os.kill(ouder, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # the number was given to another user's process
        return False
    return True


def _wacht_op(ouder: int, starter: int) -> None:
    # Signals stay with the main thread, so that one held back there (interview.bestanden's
    # zonder_onderbreking) waits until the files that belong together are in place.
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    while ouder_leeft(ouder, starter):
        time.sleep(KIJK_ELKE)
    signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGTERM)


def _stop(signaal: int, frame: object) -> None:
    """SIGTERM in a worker: its parent is gone (or something asks it to stop); stop once, cleanly."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise OuderWeg(1)


def _signaal_bij_dood_van_ouder(signaal: int) -> None:
    """Ask Linux to send `signaal` when the parent ends; elsewhere (or without libc) the thread does it."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(ctypes.c_int(PR_SET_PDEATHSIG), ctypes.c_ulong(signaal), ctypes.c_ulong(0),
                   ctypes.c_ulong(0), ctypes.c_ulong(0))
