"""The common base of every model: strict about unknown fields, forgiving about whitespace."""


import functools
from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator

JA_NEE = {"ja": True, "nee": False}
"""Dutch for a yes/no field; pydantic itself reads true/false, yes/no, on/off and 1/0."""


class Basis(BaseModel):
    """Unknown fields are errors, so a typo in an answers file never silently drops data.

    Numbers typed where text is expected (`periode: 2023`, an SKJ number) are kept as text:
    YAML reads them as numbers, but the user meant the words they typed.
    """

    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=True, validate_default=True, coerce_numbers_to_str=True,
        defer_build=True,
    )

    @model_validator(mode="before")
    @classmethod
    def ja_of_nee(cls, gegevens: Any) -> Any:
        """`gezag: ja` in a plan file means true: files keep what was typed as text
        (interview.yamlbestand), and the model types it, in Dutch too."""
        if not isinstance(gegevens, dict):
            return gegevens
        janee = _janee_velden(cls)
        if not any(isinstance(gegevens.get(veld), str) for veld in janee):
            return gegevens
        return {veld: JA_NEE.get(waarde.strip().lower(), waarde) if veld in janee and isinstance(waarde, str)
                else waarde for veld, waarde in gegevens.items()}


@functools.cache
def _janee_velden(model: type[BaseModel]) -> frozenset[str]:
    """The fields of `model` that hold a yes or no (bool, or bool or nothing)."""
    return frozenset(naam for naam, veld in model.model_fields.items()
                     if veld.annotation in (bool, bool | None))
