"""The read-only view of a plan that templates see: plain values, read-only records and sequences."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any, NoReturn, final

from pydantic import BaseModel

from interview.model import Plan
from interview.model.lezersdeel import Lezer
from interview.model.vaststelling import Vastlegging
from interview.render.perdossier import eenmaal, voor_lezer
from interview.render.planverloop import levensloop

VOLLEDIG = Lezer("volledig", professioneel=True)
"""The reader of the two full plans as the professionals with the regie read them; a recipient
whose part differs (a parent a statement is "niet voor") gets a copy of their own (render/lezers.py)."""

GEWONE_WAARDEN = (str, int, float, bool, dt.date, type(None))
"""Immutable values a template may hold as they are (bool and date included; datetime is a date)."""


@functools.cache
def veldnamen(model: type[BaseModel]) -> tuple[str, ...]:
    """The names a template can read on a record of `model`: its fields and computed fields.

    One source for the view and for anything that checks templates against it.
    """
    return (*model.model_fields, *model.model_computed_fields)


@final
class Veldgroep:
    """One model instance as a template sees it: named values, nothing to call, nothing to change.

    Printing it names its fields, which tells a template author what to write instead.
    """

    __slots__ = ("_soort", "_velden")
    _soort: str
    _velden: Mapping[str, Any]

    def __init__(self, soort: str, velden: Mapping[str, Any]) -> None:
        object.__setattr__(self, "_soort", soort)
        object.__setattr__(self, "_velden", MappingProxyType(dict(velden)))

    @property
    def soort(self) -> str:
        """The model's name, e.g. `Afspraak`."""
        return self._soort

    @property
    def namen(self) -> tuple[str, ...]:
        """The field names, in the model's order."""
        return tuple(self._velden)

    def heeft(self, naam: str) -> bool:
        return naam in self._velden

    def veld(self, naam: str) -> Any:
        """The value of field `naam`; KeyError when the record has no such field."""
        return self._velden[naam]

    def __setattr__(self, naam: str, waarde: Any) -> NoReturn:
        raise AttributeError(f"{self._soort} is alleen-lezen")

    def __delattr__(self, naam: str) -> NoReturn:
        raise AttributeError(f"{self._soort} is alleen-lezen")

    def __str__(self) -> str:
        return "(velden: " + ", ".join(self.namen) + ")"

    __repr__ = __str__


def bekijk(waarde: Any) -> Any:
    """The read-only view of `waarde`: records for models, tuples for lists, proxies for dicts.

    Plain immutable values (text, numbers, dates, yes/no, nothing) stay as they are. Anything
    else is a programming error: a template must never receive a live object.
    """
    if isinstance(waarde, GEWONE_WAARDEN):
        return waarde
    return eenmaal(id(waarde), waarde, lambda: _bekijk(waarde))  # one view per object within per_dossier


def _bekijk(waarde: Any) -> Any:
    if isinstance(waarde, BaseModel):
        return Veldgroep(
            type(waarde).__name__,
            {naam: bekijk(getattr(waarde, naam)) for naam in veldnamen(type(waarde))},
        )
    if isinstance(waarde, list | tuple):
        return tuple(bekijk(item) for item in waarde)
    if isinstance(waarde, dict):
        return MappingProxyType({sleutel: bekijk(item) for sleutel, item in waarde.items()})
    raise TypeError(f"geen zicht op {type(waarde).__name__}")


def zicht_op(
    plan: Plan, vorige: Plan | None = None, vastlegging: Vastlegging | None = None,
    eerdere: Sequence[Plan] = (), lezer: Lezer = VOLLEDIG,
) -> Mapping[str, Any]:
    """What a template of the two full plans gets: `plan` and its shortcuts, all read-only and
    shared by both documents, and what the documents show of the plan's life (see
    render/levensloop.py).

    `vorige` is the previous version (None: no change list); `vastlegging` the dossier's
    signatures and receipts (None: none recorded); `eerdere` the earlier versions (for the scores'
    history; empty: this version's scores only). Every plan is first reduced to what `lezer`, a
    reader of the full plan, may read (interview.model.lezersdeel), the earlier ones too: a change
    list or a history never names what the reader may not see.
    """
    # Words whose speaker (or, for a child, the child and below 16 the parents) did not agree to
    # share them never reach a document, not even the full plan.
    plan = voor_lezer(plan, lezer)
    vorige = voor_lezer(vorige, lezer) if vorige is not None else None
    eerdere = [voor_lezer(oud, lezer) for oud in eerdere]
    return _zicht(plan, vorige, vastlegging or Vastlegging(), {}, eerdere)


def lezerszicht(beeld: Plan, lezer: BaseModel, vastlegging: Vastlegging | None = None) -> Mapping[str, Any]:
    """What a reader's template gets: the same names as `zicht_op`, all made from `beeld`, the plan
    as that reader may read it (`voor_lezer`, see render/lezers.py), plus `lezer`.

    No change list (it would name what the reader may not see) and no signature's reason (what
    someone disagreed with is theirs); status and receipts come from `vastlegging` as for the plans.
    """
    return _zicht(beeld, None, _alleen_wie_het_beeld_noemt(beeld, vastlegging), {"lezer": bekijk(lezer)})


def briefzicht(beeld: Plan, brief: BaseModel, vastlegging: Vastlegging | None = None) -> Mapping[str, Any]:
    """What the letter's template gets: as `lezerszicht`, from `beeld` (the plan as the letter's
    recipient may read it, see render/brief.py), plus `brief`."""
    return _zicht(beeld, None, _alleen_wie_het_beeld_noemt(beeld, vastlegging), {"brief": bekijk(brief)})


def _alleen_wie_het_beeld_noemt(beeld: Plan, vastlegging: Vastlegging | None) -> Vastlegging:
    """The signatures (without their reasons) and receipts of the people the reader's view still
    names: a person the view leaves out (a father under a huisverbod in a kinderversie) is not
    brought back by a team template that prints who signed or received the plan."""
    vastlegging = vastlegging or Vastlegging()
    genoemd = beeld.dossier.personen
    return Vastlegging(
        handtekeningen=tuple(h.model_copy(update={"reden": ""}) for h in vastlegging.handtekeningen
                             if h.naam in genoemd),
        ontvangsten=tuple(o for o in vastlegging.ontvangsten if o.ontvanger in genoemd))


def _zicht(
    plan: Plan, vorige: Plan | None, vastlegging: Vastlegging, extra: dict[str, Any],
    eerdere: Sequence[Plan] = (),
) -> Mapping[str, Any]:
    zicht = bekijk(plan)
    leven = levensloop(plan, vorige, vastlegging, eerdere)
    return MappingProxyType({
        "plan": zicht,
        "dossier": zicht.veld("dossier"),
        "veiligheidsplan": zicht.veld("veiligheidsplan"),
        "ondersteuningsplan": zicht.veld("ondersteuningsplan"),
        "personen": bekijk(plan.dossier.personen),
        **{naam: bekijk(waarde) for naam, waarde in leven.items()},
        **extra,
    })
