"""The reader table: which version of a plan shows which part (issue 17, DOMAIN.md "Who reads what").

One table, read by `interview.model.lezersdeel.voor_lezer` to make each reader's part of a plan
and printed in the README ("Wie ziet wat"); a test keeps the two equal. Data only, so the plan
model can name the parts a professional may be given for their task without an import circle.
"""

from __future__ import annotations

from typing import Literal, get_args

from interview.model.toestemming import LEZERSSOORTEN, Lezerssoort

Toegang = Literal["ja", "eigen", "nee", "als nodig"]
"""ja: the whole part; eigen: only what concerns the reader (see `EIGEN`); nee: nothing of it;
als nodig: only when the worker marked it needed for this professional's task (`Verspreiding.nodig`)."""

Taakdeel = Literal["risicotaxatie", "meldcode", "risicofactoren", "behandeling"]
"""The parts a professionalversie leaves out unless the worker marks them needed for the task."""
TAAKDELEN: tuple[Taakdeel, ...] = get_args(Taakdeel)

ONDERDELEN: dict[str, str] = {
    "aanleiding": "aanleiding, doel, kader en hulpvraag",
    "zorgen": "zorgen (gevaarsomschrijvingen)",
    "wat_goed_gaat": "wat goed gaat, krachten",
    "veiligheidsdoelen": "veiligheidsdoelen",
    "bodemeisen": "bodemeisen",
    "afspraken": "afspraken",
    "netwerktaken": "taken in het netwerk",
    "signalen": "signalen",
    "noodplan": "noodplan",
    "professionals": "betrokken professionals en hun telefoon",
    "scores": "scores (schaalvragen)",
    "monitoring": "monitoring door de regiehouder",
    "woonsituatie": "woonsituatie van de ouders",
    "woorden_kinderen": "hulpvraag van jongeren, Drie Huizen",
    "uitleg_kinderen": "wat er gebeurd is, in woorden voor een kind",
    "risicotaxatie": "risicotaxatie",
    "meldcode": "meldcode en afwegingen",
    "risicofactoren": "risicofactoren (zoals LVB, schulden)",
    "behandeling": "behandeling, herstelgerichte zorg, ondersteuningsdoelen",
    "eerdere_hulp": "eerdere hulp, eerder plan",
    "familiegroepsplan": "familiegroepsplan",
    "incidenten": "incidenten",
    "evaluaties": "uitkomsten van evaluaties",
    "verspreidingslijst": "verspreidingslijst",
    "gegevensdeling": "gegevensdeling",
    "wijzigingen": "wijzigingen en versiegeschiedenis",
    "redenen": "opmerkingen bij de ondertekening",
}
"""Every part of a plan the table rules, with how the README names it."""

EIGEN: dict[str, str] = {
    "zorgen": "alleen de uitspraken die voor de lezer zijn vrijgegeven, zonder de gevaarsomschrijving",
    "afspraken": "de afspraken waarin de lezer iets doet, controleert of helpt",
    "netwerktaken": "de taken van de lezer",
    "signalen": "de signalen die aan de lezer zijn toegewezen",
    "noodplan": "de regels waarin de lezer in actie komt, gebeld wordt of waarvoor de regel geldt",
    "professionals": "de regiehouder, wie een rol heeft in de afspraken van de lezer en wie een kind "
                     "zelf noemde als iemand bij wie het zich veilig voelt",
    "uitleg_kinderen": "de uitleg voor dit kind",
}
"""What 'eigen' keeps of a part, as the README says it."""


def _rij(volledig: Toegang, professional: Toegang, netwerk: Toegang, gezin: Toegang,
         kind: Toegang) -> dict[Lezerssoort, Toegang]:
    return dict(zip(LEZERSSOORTEN, (volledig, professional, netwerk, gezin, kind), strict=True))


LEZERSTABEL: dict[str, dict[Lezerssoort, Toegang]] = {
    "aanleiding": _rij("ja", "nee", "nee", "ja", "nee"),
    "zorgen": _rij("ja", "nee", "nee", "ja", "eigen"),
    "wat_goed_gaat": _rij("ja", "nee", "nee", "ja", "ja"),
    "veiligheidsdoelen": _rij("ja", "nee", "nee", "ja", "nee"),
    "bodemeisen": _rij("ja", "ja", "nee", "ja", "nee"),
    "afspraken": _rij("ja", "eigen", "eigen", "ja", "eigen"),
    "netwerktaken": _rij("ja", "eigen", "eigen", "ja", "ja"),
    "signalen": _rij("ja", "eigen", "eigen", "ja", "eigen"),
    "noodplan": _rij("ja", "ja", "eigen", "ja", "eigen"),
    "professionals": _rij("ja", "eigen", "eigen", "ja", "eigen"),
    "scores": _rij("ja", "nee", "nee", "ja", "ja"),
    "monitoring": _rij("ja", "nee", "nee", "ja", "nee"),
    "woonsituatie": _rij("ja", "nee", "nee", "ja", "nee"),
    "woorden_kinderen": _rij("ja", "nee", "nee", "ja", "ja"),
    "uitleg_kinderen": _rij("ja", "nee", "nee", "ja", "eigen"),
    "risicotaxatie": _rij("ja", "als nodig", "nee", "nee", "nee"),
    "meldcode": _rij("ja", "als nodig", "nee", "nee", "nee"),
    "risicofactoren": _rij("ja", "als nodig", "nee", "nee", "nee"),
    "behandeling": _rij("ja", "als nodig", "nee", "nee", "nee"),
    "eerdere_hulp": _rij("ja", "nee", "nee", "nee", "nee"),
    "familiegroepsplan": _rij("ja", "nee", "nee", "nee", "nee"),
    "incidenten": _rij("ja", "nee", "nee", "nee", "nee"),
    "evaluaties": _rij("ja", "nee", "nee", "nee", "nee"),
    "verspreidingslijst": _rij("ja", "nee", "nee", "ja", "nee"),
    "gegevensdeling": _rij("ja", "nee", "nee", "ja", "nee"),
    "wijzigingen": _rij("ja", "nee", "nee", "nee", "nee"),
    "redenen": _rij("ja", "nee", "nee", "nee", "nee"),
}
"""Part x version: what each reader's version shows. Statements in a part shown (uitspraken,
krachten, scores, a child's words) are further cleared one by one by their consent. A kinderversie is
then made the child's own safety plan (interview.model.kinderdeel): never a person under a huisverbod
or contact ban, only rows and afspraken the child acts on."""

KOPPEN: dict[Lezerssoort, str] = {
    "volledig": "volledig plan", "professional": "professionalversie", "netwerk": "netwerkversie",
    "gezin": "gezinsversie", "kind": "kinderversie"}


def toegang(onderdeel: str, soort: Lezerssoort, nodig: frozenset[str] = frozenset()) -> Toegang:
    """What a reader of `soort` sees of `onderdeel`, with `nodig` the parts marked needed for the
    task: 'als nodig' becomes 'ja' when marked, else 'nee'."""
    gevonden = LEZERSTABEL[onderdeel][soort]
    if gevonden == "als nodig":
        return "ja" if onderdeel in nodig else "nee"
    return gevonden


def als_markdown() -> str:
    """The table as the README prints it under "Wie ziet wat"."""
    tekens: dict[Toegang, str] = {"ja": "ja", "eigen": "eigen", "nee": "–", "als nodig": "als nodig"}
    regels = ["| onderdeel | " + " | ".join(KOPPEN[s] for s in LEZERSSOORTEN) + " |",
              "|---|" + "---|" * len(LEZERSSOORTEN)]
    regels += [f"| {ONDERDELEN[o]} | " + " | ".join(tekens[rij[s]] for s in LEZERSSOORTEN) + " |"
               for o, rij in LEZERSTABEL.items()]
    regels += ["", "*eigen*: " + "; ".join(f"{ONDERDELEN[o]}: {uitleg}" for o, uitleg in EIGEN.items()) + "."]
    return "\n".join(regels)
