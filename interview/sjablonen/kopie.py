"""`vplan sjablonen kopieer`: start a team folder from the shipped templates."""

from __future__ import annotations

import shutil
from pathlib import Path

from interview.fouten import SjabloonFout
from interview.render.documenten import SOORTEN
from interview.render.sjabloonmap import INSTELLINGEN, meegeleverde_sjablonen

INSTELLINGEN_TEKST = """\
# Instellingen van de sjablonen van dit team. vplan leest dit bestand bij elk document dat het maakt.
# team: de naam van uw team. versie: verhoog dit bij elke wijziging die u aan het team geeft;
# het staat in de eigenschappen van elk document en in .vplan.json, zodat u ziet met welke versie
# van de sjablonen een document gemaakt is. In een sjabloon: {{{{ team.naam }}}} en {{{{ team.versie }}}}.
team = "{team}"
versie = "1"
"""


def kopieer_sjablonen(doel: Path, team: str = "") -> list[Path]:
    """The shipped templates and a sjablonen.toml in `doel` (made if needed); never overwrites.

    Returns the files written. SjabloonFout when one of them already exists.
    """
    bestanden = [doel / f"{soort}.docx" for soort in SOORTEN] + [doel / INSTELLINGEN]
    if doel.exists() and not doel.is_dir():
        raise SjabloonFout(f"{doel} is een bestand, geen map")
    if doel.is_dir():
        aanwezig = {p.name.lower() for p in doel.iterdir()}
        bezet = [b.name for b in bestanden if b.name.lower() in aanwezig]
        if bezet:
            raise SjabloonFout(f"In {doel} staat al {', '.join(bezet)}; er is niets gekopieerd. "
                               "Kies een nieuwe map, of verwijder die bestanden eerst.")
    doel.mkdir(parents=True, exist_ok=True)
    for soort in SOORTEN:
        shutil.copyfile(meegeleverde_sjablonen() / f"{soort}.docx", doel / f"{soort}.docx")
    (doel / INSTELLINGEN).write_text(INSTELLINGEN_TEKST.format(team=team.replace('"', "'")), encoding="utf-8")
    return bestanden
