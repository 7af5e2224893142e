"""Quantity types: exact values (``Decimal``, never ``float``) with the words that qualify them.

Every quantity keeps the text it was read from (``text``, not part of equality) and
offers :meth:`to_dict`, the ``{"value", "unit", "qualifier"}`` view that the JSON
output of a report uses for an indicator. A placeholder (``x万元``, ``x%``) is a
quantity of its type whose ``value`` is ``None``: unknown, never guessed.
"""

from __future__ import annotations

import enum
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal
from typing import Any

from attrs import field, frozen

__all__ = [
    "Count",
    "Money",
    "PerUnit",
    "Percent",
    "Qualifier",
    "Quantity",
    "Range",
    "Ratio",
    "decimal_str",
]


class Qualifier(enum.Enum):
    """How a stated figure relates to the true one (约, 余, 不低于, 不足, 不超过 …)."""

    APPROX = "approx"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"


# Moving the point (scaleb, normalize) in a context of its own: exact whatever the caller's decimal settings.
_SHIFT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)


def decimal_str(value: Decimal) -> str:
    """Plain decimal notation without exponent or trailing zeros: ``8.3861E+8`` -> ``838610000``."""
    if value == 0:
        return "0"
    text = format(value.normalize(_SHIFT), "f")
    return text


def _json_number(value: Decimal | None) -> int | str | None:
    """Counts go out as ints where they are whole, otherwise as decimal strings."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return decimal_str(value)


def _json_decimal(value: Decimal | None) -> str | None:
    return None if value is None else decimal_str(value)


def _q(qualifier: Qualifier | None) -> str | None:
    return None if qualifier is None else qualifier.value


@frozen(kw_only=True)
class Money:
    """An amount in yuan. ``8.3861亿元`` has ``value == Decimal('838610000')``."""

    value: Decimal | None
    qualifier: Qualifier | None = None
    text: str = field(default="", eq=False, repr=False)

    unit = "yuan"

    @property
    def is_placeholder(self) -> bool:
        return self.value is None

    def to_dict(self) -> dict[str, Any]:
        return {"value": _json_decimal(self.value), "unit": self.unit, "qualifier": _q(self.qualifier)}


@frozen(kw_only=True)
class Percent:
    """A percentage. ``points`` is the number before ``%`` (5.23); ``fraction`` is 0.0523.

    ``percentage_point`` marks a difference stated in 个百分点 rather than a share.
    """

    points: Decimal | None
    qualifier: Qualifier | None = None
    percentage_point: bool = False
    text: str = field(default="", eq=False, repr=False)

    @property
    def fraction(self) -> Decimal | None:
        return None if self.points is None else self.points.scaleb(-2, _SHIFT)

    @property
    def value(self) -> Decimal | None:
        """The fraction, as indicator values are compared (5.23% -> 0.0523)."""
        return self.fraction

    @property
    def unit(self) -> str:
        return "percentage_point" if self.percentage_point else "percent"

    @property
    def is_placeholder(self) -> bool:
        return self.points is None

    def to_dict(self) -> dict[str, Any]:
        return {"value": _json_decimal(self.fraction), "unit": self.unit, "qualifier": _q(self.qualifier)}


@frozen(kw_only=True)
class Count:
    """A number of things with its measure word as written (``所``, ``人次``, ``㎡``); ``None`` if none."""

    value: Decimal | None
    unit: str | None = None
    qualifier: Qualifier | None = None
    text: str = field(default="", eq=False, repr=False)

    @property
    def is_placeholder(self) -> bool:
        return self.value is None

    def to_dict(self) -> dict[str, Any]:
        return {"value": _json_number(self.value), "unit": self.unit, "qualifier": _q(self.qualifier)}


@frozen(kw_only=True)
class Ratio:
    """A ratio such as a student-teacher ratio: ``12.38:1`` has ``terms == (12.38, 1)``."""

    terms: tuple[Decimal, ...]
    qualifier: Qualifier | None = None
    text: str = field(default="", eq=False, repr=False)

    unit = "ratio"

    @property
    def value(self) -> Decimal | None:
        """First term over second (``12.38:1`` -> 12.38); ``None`` when that is undefined."""
        if len(self.terms) != 2 or self.terms[1] == 0:
            return None
        return self.terms[0] / self.terms[1]

    @property
    def is_placeholder(self) -> bool:
        """A template's ``x:x``: no term written."""
        return not self.terms

    def to_dict(self) -> dict[str, Any]:
        terms = [decimal_str(t) for t in self.terms] or None
        return {"value": terms, "unit": self.unit, "qualifier": _q(self.qualifier)}


@frozen(kw_only=True)
class PerUnit:
    """Money per unit: ``1000元/生/年`` is 1000 yuan ``per_ == ("student", "year")``."""

    value: Decimal | None
    per: tuple[str, ...]
    qualifier: Qualifier | None = None
    text: str = field(default="", eq=False, repr=False)

    @property
    def unit(self) -> str:
        return "/".join(("yuan", *self.per))

    @property
    def is_placeholder(self) -> bool:
        return self.value is None

    def to_dict(self) -> dict[str, Any]:
        return {"value": _json_decimal(self.value), "unit": self.unit, "qualifier": _q(self.qualifier)}


Scalar = Money | Percent | Count | PerUnit


@frozen(kw_only=True)
class Range:
    """From ``low`` to ``high``, both of one type: ``3至7人``, ``1万-5万元``, ``2021—2022年``."""

    low: Scalar
    high: Scalar
    qualifier: Qualifier | None = None
    text: str = field(default="", eq=False, repr=False)

    @property
    def unit(self) -> str | None:
        return self.high.unit

    @property
    def value(self) -> tuple[Decimal | None, Decimal | None]:
        return (self.low.value, self.high.value)

    @property
    def is_placeholder(self) -> bool:
        return self.low.is_placeholder or self.high.is_placeholder

    def to_dict(self) -> dict[str, Any]:
        lo, hi = self.low.to_dict(), self.high.to_dict()
        return {"value": [lo["value"], hi["value"]], "unit": hi["unit"], "qualifier": _q(self.qualifier)}


Quantity = Money | Percent | Count | Ratio | Range | PerUnit
