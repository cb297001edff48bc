"""Shows what each person said in the individual sessions, side by side, before the joint session."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text  # what people said is text, never rich markup like [red] or :bomb:

from interview.merge.inbreng import Overzicht


def overzichtstabel(overzicht: Overzicht) -> Table:
    """One row per person: zorgen, goede dingen, ideeën, and their own score (never averaged).

    What someone did not agree to put in the plan is not shown: the group sees this table."""
    tabel = Table(title="Wat ieder zei in het eigen gesprek", show_lines=True, expand=True)
    for kolom in ("Wie", "Zorgen", "Wat gaat goed", "Ideeën", "Schaalscore", "Noemt als netwerk"):
        tabel.add_column(kolom, overflow="fold")
    for persoon in overzicht.personen:
        def lijst(soort: str, persoon: str = persoon) -> Text:
            return Text("\n".join(f"• {i.tekst}" + (f" ({i.toelichting})" if i.toelichting else "")
                                  for i in overzicht.inbreng
                                  if i.persoon == persoon and i.soort == soort and i.toestemming.in_plan)
                        or "—")
        scores = "\n".join(
            f"{s.score}" + (f": {s.toelichting}" if s.toelichting else "")
            for s in overzicht.scores if s.persoon == persoon and s.toestemming.in_plan
        ) or "—"
        netwerk = "\n".join(f"• {naam} ({relatie})" for naam, relatie, _, door in overzicht.netwerk_suggesties
                            if door == persoon) or "—"
        tabel.add_row(Text(persoon), lijst("zorg"), lijst("goed"), lijst("idee"), Text(scores), Text(netwerk))
    return tabel


def toon_overzicht(overzicht: Overzicht, console: Console | None = None) -> None:
    console = console or Console()
    if not overzicht.personen:
        console.print("Er zijn nog geen individuele gesprekken gevoerd.")
        return
    console.print(overzichtstabel(overzicht))
    if overzicht.conflicten:
        console.print("[bold]Tegenstrijdige gegevens[/bold] (die regelen we zo):")
        for conflict in overzicht.conflicten:
            waarden = "; ".join(f"{w} ({bron})" for w, bron in conflict.waarden)
            console.print(Text(f"  {conflict.persoon}, {conflict.veld}: {waarden}"))
