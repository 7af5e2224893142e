"""A figure read alone: its value in base units, its unit family and its number as written.

A figure's number *as written* (124680 for ``124680万元``) and its decimals give the precision a
claim is held to: a stated 5.35% holds for a computed 5.3485%. Its *unit family* says which figures
can be added or compared (名 and 人 count the same people; 万元 and 亿元 are both yuan). :func:`fmt`
writes a computed value as a claim states it. Read by :class:`~.figures.Context` and every family.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ..lang.audit import COUNT_NUMERAL_VALUES, PEOPLE_UNITS, PER_UNIT_LEADS, WRITTEN_NUMERALS
from ..lang.numbers import FULLWIDTH
from ..model.quantities import Count, Money, Percent, PerUnit, Ratio
from ..model.report import Indicator

__all__ = [
    "PEOPLE",
    "PER_UNIT_END",
    "decimals",
    "fmt",
    "per_unit",
    "plain",
    "total_of",
    "unit_family",
    "value",
    "written_in",
]

_FULLWIDTH_DIGITS = "".join(k for k, v in FULLWIDTH.items() if v in string.digits)
_DIGIT_CHARS = string.digits + _FULLWIDTH_DIGITS
_DIGIT = f"[0-9{_FULLWIDTH_DIGITS}]"
_TO_ASCII = str.maketrans({k: v for k, v in FULLWIDTH.items() if k in _FULLWIDTH_DIGITS or v == "."})
# A figure's number with its thousands separators (``1,046``, ``68,452.6``) and full-width digits.
_NUM_TOKEN = re.compile(
    rf"""
    {_DIGIT}+ (?:,{_DIGIT}{{3}}(?!{_DIGIT}))* (?:[.．]{_DIGIT}+)?   # 1,046 / 68,452.6 / １２
  | [{WRITTEN_NUMERALS}]+                                            # 三
    """,
    re.VERBOSE,
)
_DECIMALS_AT_END = re.compile(rf"[.．]({_DIGIT}+)$")
_PER_UNIT = re.compile(PER_UNIT_LEADS.pattern)
PEOPLE = frozenset(PEOPLE_UNITS)  # the measure words of the unit family "people"
PER_UNIT_END = "均"  # the last character of every word of PER_UNIT_LEADS (tests/audit/test_tables.py)


def written_in(figure: str) -> Decimal | None:
    """The number of a figure as written (124680 for 124680万元; 1046 for 1,046家; 13.46 for 13.46:1)."""
    m = _NUM_TOKEN.search(figure)
    if m is None:
        return None
    tok = m.group()
    if tok[0] in _DIGIT_CHARS:
        # what parse_number reads of such a token (its separators are thousands separators), read directly
        return Decimal(tok.translate(_TO_ASCII).replace(",", ""))
    if len(tok) == 1 and tok in COUNT_NUMERAL_VALUES:
        return Decimal(COUNT_NUMERAL_VALUES[tok])
    return None


def decimals(ind: Indicator) -> int:
    """How many decimals the figure is written with."""
    m = _NUM_TOKEN.search(ind.text)
    if m is None:
        return 0
    frac = _DECIMALS_AT_END.search(m.group())
    return len(frac.group(1)) if frac else 0


def value(ind: Indicator) -> Decimal | None:
    """The value in base units (yuan, points for percentages, the count, a:1 for ratios)."""
    # The quantity types are final, so exact type tests (the cheapest) stand for isinstance here; the
    # type is asked once (``q`` is typed Any: the tests on ``t`` do not narrow it for mypy).
    q: Any = ind.quantity
    t = type(q)
    found: Decimal | None = None
    if t is Count or t is Money or t is PerUnit:
        found = q.value
    elif t is Percent:
        found = q.points
    elif t is Ratio:
        found = q.quotient
    return found


def plain(ind: Indicator) -> bool:
    """A figure with a value: not a placeholder, not a ratio with a zero term, not a range."""
    q: Any = ind.quantity  # (value(ind) is not None, without the call: every family asks it of every figure)
    t = type(q)
    if t is Count or t is Money or t is PerUnit:
        return q.value is not None
    if t is Percent:
        return q.points is not None
    if t is Ratio:
        return q.quotient is not None
    return False


def per_unit(text: str, ind: Indicator) -> bool:
    """Whether a figure is per student or per head (``生均3.51平方米``): never a part of a total."""
    if PER_UNIT_END not in ind.text and text[max(0, ind.start - 1) : ind.start] != PER_UNIT_END:
        return False  # (every such word ends alike: most figures are ruled out without a search)
    return bool(_PER_UNIT.search(ind.text) or _PER_UNIT.search(text, max(0, ind.start - 2), ind.start))


def unit_family(ind: Indicator) -> str | None:
    """Which figures ``ind`` can be added to or compared with: people (人, 名, 位), yuan, percent,
    percentage points, ratios, or one measure word."""
    q: Any = ind.quantity  # (as in value)
    t = type(q)
    if t is Count:
        word: str | None = q.measure_word  # (its unit)
        return "people" if word in PEOPLE else word
    if t is Money:
        return "yuan"
    if t is Percent:
        return "pp" if q.percentage_point else "%"
    if t is PerUnit:
        unit: str = q.unit
        return unit
    if t is Ratio:
        return "ratio"
    return None


def total_of(inds: Iterable[Indicator]) -> Decimal:
    """The sum of the figures' values (a figure without one adds nothing)."""
    return sum((value(i) or Decimal(0) for i in inds), Decimal(0))


def fmt(x: Decimal, places: int = 2) -> str:
    """``x`` rounded half up to ``places`` decimals, without trailing zeros."""
    q = x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return format(q.normalize(), "f")
