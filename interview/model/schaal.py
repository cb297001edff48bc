"""The anchors of the scale question per age group: one source for the question and the documents."""

from __future__ import annotations

from typing import Literal

Leeftijdsgroep = Literal["kind", "jongere", "volwassene"]
"""Kind: under 12 (Drie Huizen); jongere: 12 to 17; volwassene: parents, network, professionals."""

SCHAALANKERS: dict[Leeftijdsgroep, tuple[str, str]] = {
    "kind": ("het is thuis heel slecht", "het is thuis helemaal goed en veilig"),
    "jongere": ("het is thuis helemaal niet veilig voor jou", "het is thuis helemaal veilig voor jou"),
    "volwassene": (
        "de kinderen kunnen niet thuis blijven wonen",
        "iedereen is er zeker van dat de kinderen veilig genoeg zijn om af te sluiten",
    ),
}
"""Per age group what 0 and what 10 mean. The questionnaires ask with these very words (a test
holds them equal), so a document's scale table shows the anchors the person answered to."""


def leeftijdsgroep(vragenlijst: str, leeftijd: int | None) -> Leeftijdsgroep:
    """The age group whose anchors a session of `vragenlijst` asked with; `leeftijd` of a child."""
    if vragenlijst != "jeugdige":
        return "volwassene"
    return "kind" if leeftijd is not None and leeftijd < 12 else "jongere"
