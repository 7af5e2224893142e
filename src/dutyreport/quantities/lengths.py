"""A length of time the text says is more than its figure (经过一年多的努力): the grammar reads ``一年``, and a 多
right after it (:data:`~dutyreport.lang.numbers.LENGTH_MORE`) makes it ``一年多``, more than a year.
:func:`.scan.find_quantities` reads it so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from ..lang.figures import COUNTERS, DURATION_UNITS
from ..lang.numbers import LENGTH_MORE, LENGTH_MORE_FOLLOWERS
from ..lang.script import fold
from ..model.quantities import Count

if TYPE_CHECKING:
    from .scan import Match, MatchKind

__all__ = ["with_lengths_more"]

_LENGTHS = frozenset(e.word for e in DURATION_UNITS)
_MORE = LENGTH_MORE.word
_FOLLOWERS = tuple(e.word for e in LENGTH_MORE_FOLLOWERS)
_COUNTER = COUNTERS[0].word  # (个: the grammar reads 两个多月 as 两个, a 多 and 月 after it)
# the unit after 个多 (两个多月, 一个多小时) -> the length of time it makes (个月, 小时)
_AFTER_COUNTER = {u.removeprefix(_COUNTER): u for u in _LENGTHS}
_AFTER_COUNTER_LONGEST = max(map(len, _AFTER_COUNTER))


def _more_after(text: str, m: Match, figure: MatchKind) -> tuple[str, int] | None:
    """Where a 多 that says more stands right after ``m`` (a ``figure``, not a date: 比2021年多, with no qualifier of
    its own): the length of time it makes and how many characters it adds. A length (一年多, where what follows is
    no word it opens), or a count of 个 that a unit of time after the 多 makes one (两个多月: 个月)."""
    q = m.quantity
    if m.kind is not figure or type(q) is not Count or q.qualifier is not None:
        return None
    unit = q.measure_word
    end = m.end + len(_MORE)
    if unit is None or text[m.end : end] != _MORE:
        return None
    if unit in _LENGTHS:
        after = text[end : end + 1]
        if not after or not ("\u4e00" <= after <= "\u9fff") or text.startswith(_FOLLOWERS, end):
            return unit, len(_MORE)
        return None
    if unit == _COUNTER:
        rest = fold(text[end : end + _AFTER_COUNTER_LONGEST])
        for after_unit, length in _AFTER_COUNTER.items():
            if rest.startswith(after_unit):
                return length, len(_MORE) + len(after_unit)
    return None


def with_lengths_more(text: str, found: tuple[Match, ...], figure: MatchKind) -> tuple[Match, ...]:
    """``found`` with each length of time that a 多 follows read with it, more than the figure (一年多, 两个多月);
    ``figure``: the kind of a match that is a figure, not a date.

    >>> from dutyreport.quantities.scan import find_quantities
    >>> [(m.text, m.quantity.qualifier) for m in find_quantities("经过一年多的努力,连续三年多媒体教学")]
    [('一年多', <Qualifier.MORE_THAN: 'more_than'>), ('三年', None)]
    >>> [(m.text, m.quantity.unit) for m in find_quantities("历时两个多月,建成两个多功能室")]
    [('两个多月', '个月'), ('两个', '个')]
    """
    if _MORE not in text:
        return found
    out = list(found)
    startswith = text.startswith
    for k, m in enumerate(found):
        if not startswith(_MORE, m.end):
            continue  # (no 多 right after it, as most figures: what _more_after would refuse it for)
        more = _more_after(text, m, figure)
        if more is not None and isinstance(q := m.quantity, Count):  # (a Count: _more_after reads no other)
            unit, added = more
            surface = text[m.start : m.end + added]
            quantity = attrs.evolve(q, measure_word=unit, qualifier=LENGTH_MORE.value, text=surface)
            out[k] = attrs.evolve(m, end=m.end + added, text=surface, quantity=quantity)
    return tuple(out)
