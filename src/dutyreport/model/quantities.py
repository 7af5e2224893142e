"""Quantity types: exact values (``Decimal``, never ``float``) with the words that qualify them.

Every quantity has the same three readings: ``value``, its exact typed value (a ``Decimal``: money
in yuan, a percentage as its fraction, a count; a tuple of them for a range or a ratio; ``None``
for a placeholder), ``unit`` (a read-only property on every type: ``yuan``, ``percent``, ``ratio``,
the measure word of a count …) and ``qualifier``. Each keeps the text it was read from (``text``,
not part of equality). A placeholder (``x万元``, ``x%``) is a quantity of its type whose ``value``
is ``None``: unknown, never guessed.

>>> from decimal import Decimal
>>> m = Money(value=Decimal("838610000"))
>>> m.value, m.unit
(Decimal('838610000'), 'yuan')
>>> Ratio(terms=(Decimal("12.38"), Decimal(1))).value
(Decimal('12.38'), Decimal('1'))

:meth:`to_dict` is the JSON view of a quantity as an indicator shows it (``{"value", "unit",
"qualifier"}``, the value as decimal strings); it lives in :mod:`dutyreport.serialize`.
"""

from __future__ import annotations

import enum
from decimal import Context, Decimal
from typing import Any, TypeAlias

from attrs import Attribute, field, frozen

from .grounded import each_field, fields_repr, is_, optional, tuple_of

__all__ = [
    "Count",
    "Money",
    "PerUnit",
    "Percent",
    "Qualifier",
    "Quantity",
    "Range",
    "Ratio",
    "Value",
]

Value: TypeAlias = Decimal | tuple[Decimal | None, ...] | None
"""A quantity's exact value: a ``Decimal``, a tuple of them (a range's ends, a ratio's terms), or ``None``."""

_DEFAULT = Context()  # the library's own arithmetic, whatever the caller's decimal settings


class Qualifier(enum.Enum):
    """How a stated figure relates to the true one (约, 余, 不低于, 不足, 不超过 …)."""

    APPROX = "approx"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"


def _finite(instance: Any, attribute: Attribute[Any], value: Decimal | None) -> None:
    if value is None:
        return
    if not isinstance(value, Decimal):
        raise TypeError(f"{attribute.name} must be a Decimal, not {type(value).__name__}")
    if not value.is_finite():
        raise ValueError(f"{attribute.name} must be finite, not {value}")


def _terms(instance: Any, attribute: Attribute[Any], value: tuple[Decimal, ...]) -> None:
    if not isinstance(value, tuple) or len(value) == 1:
        raise ValueError(f"a ratio has a tuple of two or more terms (none for a placeholder), not {value!r}")
    for term in value:
        if term is None:
            raise TypeError("a ratio's term cannot be None")
        _finite(instance, attribute, term)


def _same_type(instance: Any, attribute: Attribute[Any], value: Scalar) -> None:
    if type(value) is not type(instance.low):
        raise TypeError(f"a range's ends are of one type, not {type(instance.low).__name__} and {type(value).__name__}")


_QUALIFIER = optional(Qualifier)
_STR = is_(str)
_OPTIONAL_STR = optional(str)
_PER = tuple_of(str)
_BOOL = is_(bool)


def _fine(value: Decimal | None) -> bool:
    """What :func:`_finite` lets through, asked without raising."""
    return value is None or (type(value) is Decimal and value.is_finite())


# A quantity's fields are checked in one call, by the validator of its last field (``text``); where one is
# wrong, each field's own validator says which. (Every figure of every parse makes one.)
_MONEY_FIELDS = (("value", _finite), ("qualifier", _QUALIFIER), ("text", _STR))
_PERCENT_FIELDS = (("points", _finite), ("qualifier", _QUALIFIER), ("percentage_point", _BOOL), ("text", _STR))
_COUNT_FIELDS = (("value", _finite), ("measure_word", _OPTIONAL_STR), ("qualifier", _QUALIFIER), ("text", _STR))
_PER_UNIT_FIELDS = (("value", _finite), ("per", _PER), ("qualifier", _QUALIFIER), ("text", _STR))


# (:func:`_fine` is written out in the three validators below, which every figure of every parse runs)


def _money(instance: Money, attribute: Any, text: str) -> None:
    v, q = instance.value, instance.qualifier
    if not (
        (v is None or (type(v) is Decimal and v.is_finite()))
        and (q is None or type(q) is Qualifier)
        and type(text) is str
    ):
        each_field(instance, _MONEY_FIELDS)


def _percent(instance: Percent, attribute: Any, text: str) -> None:
    v, q = instance.points, instance.qualifier
    if not (
        (v is None or (type(v) is Decimal and v.is_finite()))
        and (q is None or type(q) is Qualifier)
        and type(instance.percentage_point) is bool
        and type(text) is str
    ):
        each_field(instance, _PERCENT_FIELDS)


def _count(instance: Count, attribute: Any, text: str) -> None:
    v, q, w = instance.value, instance.qualifier, instance.measure_word
    if not (
        (v is None or (type(v) is Decimal and v.is_finite()))
        and (w is None or type(w) is str)
        and (q is None or type(q) is Qualifier)
    ):
        each_field(instance, _COUNT_FIELDS)
    elif type(text) is not str:
        _STR(instance, attribute, text)


def _per_unit(instance: PerUnit, attribute: Any, text: str) -> None:
    q = instance.qualifier
    if not (
        _fine(instance.value)
        and type(instance.per) is tuple
        and _STRS.issuperset(map(type, instance.per))
        and (q is None or type(q) is Qualifier)
        and type(text) is str
    ):
        each_field(instance, _PER_UNIT_FIELDS)


_STRS = frozenset({str})


class _Quantity:
    """What every quantity type shares (no state of its own)."""

    __slots__ = ()

    def __repr__(self) -> str:
        """The quantity's fields but those at their default (``qualifier=None``), an enum as its value (and
        never its text): :func:`~dutyreport.model.grounded.fields_repr`."""
        return fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        """The JSON view: ``{"value", "unit", "qualifier"}`` with the value as decimal strings."""
        from ..serialize import quantity_view

        return quantity_view(self)  # type: ignore[arg-type]


@frozen(kw_only=True, repr=False)
class Money(_Quantity):
    """An amount in yuan. ``8.3861亿元`` has ``value == Decimal('838610000')``."""

    value: Decimal | None = field()
    qualifier: Qualifier | None = field(default=None)
    text: str = field(default="", eq=False, repr=False, validator=_money)  # (checks the three)

    @property
    def unit(self) -> str:
        return "yuan"

    @property
    def is_placeholder(self) -> bool:
        return self.value is None


@frozen(kw_only=True, repr=False)
class Percent(_Quantity):
    """A percentage. ``points`` is the number before ``%`` (5.23); ``fraction`` (and ``value``) is 0.0523.

    ``percentage_point`` marks a difference stated in 个百分点 rather than a share.
    """

    points: Decimal | None = field()
    qualifier: Qualifier | None = field(default=None)
    percentage_point: bool = field(default=False)
    text: str = field(default="", eq=False, repr=False, validator=_percent)  # (checks the four)

    @property
    def fraction(self) -> Decimal | None:
        """``points`` over 100, exactly (no rounding, whatever the decimal context)."""
        if self.points is None:
            return None
        sign, digits, exponent = self.points.as_tuple()
        assert isinstance(exponent, int)  # finite, by the validator
        return Decimal((sign, digits, exponent - 2))

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


@frozen(kw_only=True, repr=False)
class Count(_Quantity):
    """A number of things with its measure word as written (``所``, ``人次``, ``㎡``); ``None`` if none."""

    value: Decimal | None = field()
    measure_word: str | None = field(default=None)
    qualifier: Qualifier | None = field(default=None)
    text: str = field(default="", eq=False, repr=False, validator=_count)  # (checks the four)

    @property
    def unit(self) -> str | None:
        """The measure word (``所``), or ``None`` where the text has none."""
        return self.measure_word

    @property
    def is_placeholder(self) -> bool:
        return self.value is None


@frozen(kw_only=True, repr=False)
class Ratio(_Quantity):
    """A ratio such as a student-teacher ratio: ``12.38:1`` has ``terms == value == (12.38, 1)``; a
    template's ``x:x`` has no terms and ``value`` ``None``."""

    terms: tuple[Decimal, ...] = field(validator=_terms)
    qualifier: Qualifier | None = field(default=None, validator=_QUALIFIER)
    text: str = field(default="", eq=False, repr=False, validator=_STR)

    @property
    def value(self) -> tuple[Decimal, ...] | None:
        return self.terms or None

    @property
    def unit(self) -> str:
        return "ratio"

    @property
    def quotient(self) -> Decimal | None:
        """First term over second (``12.38:1`` -> 12.38); ``None`` when that is undefined."""
        if len(self.terms) != 2 or self.terms[1] == 0:
            return None
        return _DEFAULT.divide(self.terms[0], self.terms[1])

    @property
    def is_placeholder(self) -> bool:
        return not self.terms


@frozen(kw_only=True, repr=False)
class PerUnit(_Quantity):
    """Money per unit: ``1000元/生/年`` is 1000 yuan ``per == ("student", "year")``."""

    value: Decimal | None = field()
    per: tuple[str, ...] = field()
    qualifier: Qualifier | None = field(default=None)
    text: str = field(default="", eq=False, repr=False, validator=_per_unit)  # (checks the four)

    @property
    def unit(self) -> str:
        return "/".join(("yuan", *self.per))

    @property
    def is_placeholder(self) -> bool:
        return self.value is None


Scalar = Money | Percent | Count | PerUnit


@frozen(kw_only=True, repr=False)
class Range(_Quantity):
    """From ``low`` to ``high``, both of one type: ``3至7人``, ``1万-5万元``, ``2021—2022年``."""

    low: Scalar = field(validator=is_((Money, Percent, Count, PerUnit)))
    high: Scalar = field(validator=[is_((Money, Percent, Count, PerUnit)), _same_type])
    qualifier: Qualifier | None = field(default=None, validator=_QUALIFIER)
    text: str = field(default="", eq=False, repr=False, validator=_STR)

    @property
    def unit(self) -> str | None:
        return self.high.unit

    @property
    def value(self) -> tuple[Decimal | None, Decimal | None]:
        return (self.low.value, self.high.value)

    @property
    def is_placeholder(self) -> bool:
        return self.low.is_placeholder or self.high.is_placeholder


Quantity = Money | Percent | Count | Ratio | Range | PerUnit
