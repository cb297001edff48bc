"""What differs between Linux, Windows and macOS for vplan: CPU count, LibreOffice, data and cache folders.

Everything that asks the operating system something other systems answer differently asks it here, so a
missing Linux-only call (os.sched_getaffinity) or a different install place (LibreOffice on Windows and
macOS) is handled once. The tests force the other systems' path on Linux (tests/draagbaar/).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

APP = "vplan"
WINDOWS = os.name == "nt"
LIBREOFFICE_PLEKKEN = (
    Path(r"C:\Program Files\LibreOffice\program\soffice.exe"),
    Path(r"C:\Program Files (x86)\LibreOffice\program\soffice.exe"),
    Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
)
"""Where the LibreOffice installers of Windows and macOS put the program (not on the PATH there)."""
BESTANDSRECHTEN_WINDOWS = (
    "Bestandsrechten: op Windows gelden de rechten 0600 en 0700 niet; wie deze map kan openen, kan de "
    "dossiers lezen. Zet de werkmap in uw eigen gebruikersmap of een map die alleen voor u is gedeeld."
)


def kernen() -> int:
    """The CPUs this process may run on (affinity where the system has it), at least 1."""
    if hasattr(os, "sched_getaffinity"):  # Linux: a container or taskset may allow fewer than there are
        return len(os.sched_getaffinity(0))
    per_proces = getattr(os, "process_cpu_count", os.cpu_count)  # process_cpu_count: Python 3.13+
    return per_proces() or 1


def libreoffice() -> str | None:
    """The LibreOffice program: on the PATH, else in the usual place of Windows or macOS; None when absent."""
    gevonden = shutil.which("soffice") or shutil.which("libreoffice")
    if gevonden:
        return gevonden
    return next((str(pad) for pad in LIBREOFFICE_PLEKKEN if pad.is_file()), None)


def datamap() -> Path:
    """The user's data folder for vplan: $XDG_DATA_HOME/vplan or ~/.local/share/vplan on Linux,
    %LOCALAPPDATA%\\vplan on Windows, ~/Library/Application Support/vplan on macOS."""
    from platformdirs import user_data_path

    return user_data_path(APP, appauthor=False)


def cachemap() -> Path:
    """The user's cache folder for vplan: $XDG_CACHE_HOME/vplan or ~/.cache/vplan on Linux,
    %LOCALAPPDATA%\\vplan\\Cache on Windows, ~/Library/Caches/vplan on macOS."""
    from platformdirs import user_cache_path

    return user_cache_path(APP, appauthor=False)


def pad_van_gebruiker(tekst: str) -> Path:
    """A path as a user wrote it, with a leading `~` expanded even when the shell left it (quoted)."""
    return Path(tekst).expanduser()
