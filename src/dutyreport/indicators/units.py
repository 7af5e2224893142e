"""Units a figure takes from the figures and the table around it: a table's column or row unit (学校数（所） 58),
and the per-unit standard a list of levels states once (小学每生1000元,初中1250元).

:mod:`dutyreport.indicators.build` reads the rest of a figure's unit from its own words (:func:`_refine_unit`).
"""

from __future__ import annotations

import re

import attrs

from ..lang.numbers import MONEY_UNITS
from ..lang.punctuation import COMMAS, LIST_MARKS, SEMICOLONS
from ..lang.script import alternation
from ..lang.subjects import LEVEL_WORDS, SUBJECT_TAIL_WORDS
from ..model.quantities import Count, Money, Percent, PerUnit, Quantity
from ..patterns import char_class
from ..quantities.numerals import scaled
from .places import Figure

__all__ = ["PER_UNIT_BELOW", "in_unit", "per_unit_by_level"]

PER_UNIT_BELOW = 1_000_000  # (an amount of money this large is no per-unit one)
_ROW_MONEY = {e.word: e.value for e in MONEY_UNITS}  # a unit in brackets that makes money, its power of ten
# A list's next item that names a level alone (,初中1250元 / 、初中为5元 after 小学每生1000元): the break before it, the
# level word and a word that links it to its figure; and the level word a list's item ends with before its figure.
_LEVEL_ITEM = re.compile(
    rf"{char_class(COMMAS + LIST_MARKS + SEMICOLONS)}\s*(?:{alternation(LEVEL_WORDS)})"
    rf"(?:{alternation(SUBJECT_TAIL_WORDS)})?\s*"
)
_LEVEL_LAST = re.compile(rf"(?:{alternation(LEVEL_WORDS)})$")
_LEVEL_LONGEST = max(len(e.word) for e in LEVEL_WORDS)


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
    words are stated once, for the list's first item. An amount too large for one (初中…1250万元), an item with
    more words than its level (初中校舍维修投入1250元), or a figure before that stands for no level is left as it is.

    >>> from decimal import Decimal
    >>> from dutyreport.model.report import IndicatorKind
    >>> text = "标准为小学每生1000元,初中1250元"
    >>> first = PerUnit(value=Decimal(1000), per=("student",), text="每生1000元")
    >>> prev = Figure(5, 12, first, "小学", None, IndicatorKind.STANDARD)
    >>> per_unit_by_level(text, Money(value=Decimal(1250), text="1250元"), prev, 0, 15).unit
    'yuan/student'
    """
    per = prev.quantity
    if (
        type(per) is not PerUnit
        or prev.start < sentence_start
        or (q.value is not None and abs(q.value) >= PER_UNIT_BELOW)
        or _LEVEL_ITEM.fullmatch(text, prev.end, start) is None
        or _LEVEL_LAST.search(text, max(sentence_start, prev.start - _LEVEL_LONGEST), prev.start) is None
    ):
        return q
    return PerUnit(value=q.value, per=per.per, qualifier=q.qualifier, text=q.text)
