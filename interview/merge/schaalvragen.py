"""Scores as the plan's Schaalvraag: a session's score the group chose, or a score said at the table."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from interview.merge.inbreng import Score, leeftijd_van
from interview.model import Dossier
from interview.model.schaal import leeftijdsgroep
from interview.model.toestemming import toestemming_aan_tafel


def schaalvraag(score: Score, moment: str) -> dict[str, Any]:
    """A chosen session score as the plan's Schaalvraag, with its anchors and its consent."""
    return {"naam": score.persoon, "score": score.score, "toelichting": score.toelichting,
            "moment": moment, "leeftijdsgroep": score.leeftijdsgroep,
            "toestemming": score.toestemming.toestemming()}


def score_aan_tafel(score: Mapping[str, Any], moment: str, dossier: Dossier) -> dict[str, Any]:
    """A score given in the group as the plan's Schaalvraag: the anchors of the person's age group,
    and the group's consent recorded with it (see `toestemming_aan_tafel`)."""
    leeftijd = leeftijd_van(dossier, str(score.get("naam", "")))
    kind = leeftijd is not None
    return {**score, "moment": moment, "toestemming": toestemming_aan_tafel(kind),
            "leeftijdsgroep": leeftijdsgroep("jeugdige" if kind else "", leeftijd)}
