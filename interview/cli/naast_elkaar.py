"""Shows what each person said in the individual sessions, side by side, before the joint session."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.table import Table
from rich.text import Text  # what people said is text, never rich markup like [red] or :bomb:

from interview.merge.inbreng import Overzicht
from interview.model.toestemming import Deelantwoord


def overzichtstabel(overzicht: Overzicht) -> Table:
    """One row per person: zorgen and signalen, goede dingen, ideeën, and their own score (never averaged).

    The group sees this table: it shows only what every parent may read (see
    Deelantwoord.voor_de_groep). What is for professionals only, or not for someone, is counted, not
    shown; the worker still finds it among the statements to choose."""
    tabel = Table(title="Wat ieder zei in het eigen gesprek", show_lines=True, expand=True)
    for kolom in ("Wie", "Zorgen en signalen", "Wat gaat goed", "Ideeën", "Schaalscore", "Noemt als netwerk"):
        tabel.add_column(kolom, overflow="fold")
    for persoon in overzicht.personen:
        def lijst(soort: str, persoon: str = persoon) -> Text:
            eigen = [i for i in overzicht.inbreng
                     if i.persoon == persoon and i.soort == soort and i.toestemming.in_plan]
            return Text("\n".join([*(f"• {i.tekst}" + (f" ({i.toelichting})" if i.toelichting else "")
                                     for i in eigen if i.toestemming.voor_de_groep),
                                   *_niet_getoond(i.toestemming for i in eigen)]) or "—")
        eigen_scores = [s for s in overzicht.scores if s.persoon == persoon and s.toestemming.in_plan]
        scores = "\n".join([
            *(f"{s.score}" + (f": {s.toelichting}" if s.toelichting else "")
              for s in eigen_scores if s.toestemming.voor_de_groep),
            *_niet_getoond(s.toestemming for s in eigen_scores)]) or "—"
        netwerk = "\n".join(f"• {naam} ({relatie})" for naam, relatie, _, door in overzicht.netwerk_suggesties
                            if door == persoon) or "—"
        zorgen = lijst("zorg")
        if (signalen := lijst("signaal")).plain != "—":
            zorgen = Text("\n").join([zorgen, Text("Signalen:"), signalen])
        tabel.add_row(Text(persoon), zorgen, lijst("goed"), lijst("idee"), Text(scores), Text(netwerk))
    return tabel


def _niet_getoond(antwoorden: Iterable[Deelantwoord]) -> list[str]:
    aantal = sum(not antwoord.voor_de_groep for antwoord in antwoorden)
    return [f"({aantal} niet voor iedereen hier)"] if aantal else []


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
