"""Why an afspraak's steps should be written out: someone who carries it out has an LVB, speaks
another language or needs a tolk (issue 8 item 9). Shown above the stappen and toelichting
questions of the netwerkberaad and of a new afspraak in an evaluation, incident or correction."""

from __future__ import annotations

from interview.conduct import Hulp, Item
from interview.model import Dossier


def uitschrijven_bij(dossier: Dossier) -> Hulp:
    """The engine's `hulp_uit` entry: for a question of an afspraak, one line per person of its
    `wie` with a communication need; empty when nobody has one."""
    def waarom(item: Item) -> str:
        wie = item.get("wie") or []
        return "\n".join(regel for naam in wie if (regel := waarom_uitschrijven(dossier, naam)))

    return waarom


def waarom_uitschrijven(dossier: Dossier, naam: str) -> str:
    """Why an afspraak `naam` carries out needs its steps and explanation written out (issue 8
    item 9): 'Sandra heeft een LVB: schrijf de stappen uit ...'. Empty without a need."""
    behoefte = dossier.behoefte_van(naam)
    if behoefte is None:
        return ""
    if behoefte.communicatie == "LVB":
        return (f"{naam} heeft een LVB (licht verstandelijke beperking): schrijf de stappen uit en licht "
                "de afspraak toe in gewone woorden.")
    taal = f" ({behoefte.taal})" if behoefte.taal else ""
    if behoefte.communicatie == "tolk nodig":
        return (f"{naam} heeft een tolk nodig{taal}: schrijf de stappen uit en licht toe, zodat de tolk "
                "ze kan vertalen.")
    return (f"{naam} spreekt een andere taal{taal}: schrijf de stappen uit en licht de afspraak toe in "
            "eenvoudige woorden.")
