"""The common base of every model: strict about unknown fields, forgiving about whitespace."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Basis(BaseModel):
    """Unknown fields are errors, so a typo in an answers file never silently drops data.

    Numbers typed where text is expected (`periode: 2023`, an SKJ number) are kept as text:
    YAML reads them as numbers, but the user meant the words they typed.
    """

    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=True, validate_default=True, coerce_numbers_to_str=True
    )
