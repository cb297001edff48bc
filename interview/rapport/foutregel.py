"""The line a report shows for a dossier whose files hold a shape no reader expected (a bug's safety net)."""

from __future__ import annotations

ONVERWACHT = ("Een bestand van dit dossier heeft een inhoud die vplan niet verwacht; er is niets veranderd. "
              "Meld dit bij de beheerder.")
