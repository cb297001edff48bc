"""The common base of every model: strict about unknown fields, forgiving about whitespace."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Basis(BaseModel):
    """Unknown fields are errors, so a typo in an answers file never silently drops data."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, validate_default=True)
