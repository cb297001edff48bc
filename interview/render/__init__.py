"""Plan -> Word: both documents of one plan version, with cross-references."""

from interview.render.documenten import SOORTEN, bestandsnaam, render_documenten

__all__ = ["SOORTEN", "bestandsnaam", "render_documenten"]
