"""Plan -> Word: every document of one plan version, with cross-references."""

from interview.render.documenten import SOORTEN, bestandsnaam, controleer_sjablonen, render_documenten

__all__ = ["SOORTEN", "bestandsnaam", "controleer_sjablonen", "render_documenten"]
