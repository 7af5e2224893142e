"""Units a figure takes from the figures and the table around it: a table's column or row unit (学校数（所） 58),
and the per-unit standard a list of levels states once (小学每生1000元,初中1250元).

:mod:`dutyreport.indicators.refine` reads the rest of a figure's unit from its own words (:func:`refine_unit`).
"""

from __future__ import annotations

import re
from decimal import Decimal

import attrs

from ..lang.numbers import MONEY_UNITS, PER_UNIT_JOINS
from ..lang.punctuation import COMMAS, LIST_MARKS, SEMICOLONS
from ..lang.script import alternation
from ..lang.subjects import LEVEL_LINKS, LEVEL_WORDS
from ..model.quantities import Count, Money, Percent, PerUnit, Quantity
from ..patterns import char_class
from ..quantities.numerals import scaled
from .places import Figure

__all__ = ["PER_UNIT_BELOW", "in_unit", "per_unit_by_level"]

PER_UNIT_BELOW = 1_000_000  # (an amount of money this large is no per-unit one)
_ROW_MONEY = {e.word: e.value for e in MONEY_UNITS}  # a unit in brackets that makes money, its power of ten
# A list's next item that names a level alone (,初中1250元 / 、初中为5元 after 小学每生1000元): the break before it, the
# level word and a word that links it to its figure (lang.subjects.LEVEL_LINKS, no total's word); and the level word
# a list's item ends with before its figure.
_LEVEL_ITEM = re.compile(
    rf"{char_class(COMMAS + LIST_MARKS + SEMICOLONS)}\s*(?:{alternation(LEVEL_WORDS)})"
    rf"(?:{alternation(LEVEL_LINKS)})?\s*"
)
# The amount such an item states: a plain one in yuan (1250元; no scale word: 0.12万元 is an amount paid, no standard
# per student), with no per-unit tail of its own after it (1250元/校 is per school).
_PLAIN_YUAN = re.compile(rf"[\d.,．]++(?:{alternation(tuple(e for e in MONEY_UNITS if e.value == 0))})")
_PER_TAILS = frozenset(e.word[0] for e in PER_UNIT_JOINS)
_SIZE_APART = 10  # (how many times the first amount the later one may be, or a tenth of it: a standard's spread)
# (the level an item's figure follows, and the link word of a later item already read: 、初中为950元，高中为1200元)
_LEVEL_LAST = re.compile(rf"(?:{alternation(LEVEL_WORDS)})(?:{alternation(LEVEL_LINKS)})?\s*$")
_LEVEL_LONGEST = max(len(e.word) for e in LEVEL_WORDS) + max(len(e.word) for e in LEVEL_LINKS) + 2


def in_unit(q: Quantity, unit: str) -> Quantity:
    """A bare number in a table, in the unit its column's header or its row's label names
    (学校数（所） 58; 一般公共预算教育支出(万元) 52,310)."""
    if not isinstance(q, Count) or q.unit is not None or q.value is None:
        return q
    if unit in _ROW_MONEY:
        return Money(value=scaled(q.value, _ROW_MONEY[unit]), qualifier=q.qualifier, text=q.text)
    if unit in ("%", "％"):
        return Percent(points=q.value, qualifier=q.qualifier, text=q.text)
    return attrs.evolve(q, measure_word=unit)


def per_unit_by_level(text: str, q: Money, prev: Figure, sentence_start: int, start: int) -> Quantity:
    """An amount listed for a level right after a per-unit figure stated for a level, in one sentence, is the same
    per-unit standard for its level (小学每生1000元,初中1250元; 小学每生每天4元、初中5元、高中6元): the per-unit
    words are stated once, for the list's first item. An amount of no standard's shape (a scale word: 初中0.12万元;
    a per-unit tail of its own: 初中1250元/校; more than ten times the first amount or less than a tenth of it), an
    item with more words than its level and a link word (初中校舍维修投入1250元, 初中合计1250元), or a figure before
    that stands for no level is left as it is.

    >>> from decimal import Decimal
    >>> from dutyreport.model.report import IndicatorKind
    >>> text = "标准为小学每生1000元,初中1250元"
    >>> first = PerUnit(value=Decimal(1000), per=("student",), text="每生1000元")
    >>> prev = Figure(5, 12, first, "小学", None, IndicatorKind.STANDARD)
    >>> per_unit_by_level(text, Money(value=Decimal(1250), text="1250元"), prev, 0, 15).unit
    'yuan/student'
    """
    per = prev.quantity
    end = start + len(q.text)
    if (
        type(per) is not PerUnit
        or not _PLAIN_YUAN.fullmatch(text, start, end)
        or text[end : end + 1] in _PER_TAILS
        or not _near(q.value, per.value)
        or _LEVEL_ITEM.fullmatch(text, prev.end, start) is None
        # (the level before the first figure, in the sentence: none where that figure stands in an earlier one)
        or _LEVEL_LAST.search(text, max(sentence_start, prev.start - _LEVEL_LONGEST), prev.start) is None
    ):
        return q
    return PerUnit(value=q.value, per=per.per, qualifier=q.qualifier, text=q.text)


def _near(value: Decimal | None, first: Decimal | None) -> bool:
    """Whether ``value`` is within :data:`_SIZE_APART` times ``first`` either way (either unknown: nothing to tell
    them apart by)."""
    if value is None or first is None:
        return True
    return abs(first) <= abs(value) * _SIZE_APART and abs(value) <= abs(first) * _SIZE_APART
