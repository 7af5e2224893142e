"""A length of time the text says is more than its figure (经过一年多的努力): the grammar reads ``一年``, and a 多
right after it (:data:`~dutyreport.lang.numbers.LENGTH_MORE`) makes it ``一年多``, more than a year.
:func:`.scan.find_quantities` reads it so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from ..lang.figures import DURATION_UNITS
from ..lang.numbers import LENGTH_MORE, LENGTH_MORE_FOLLOWERS
from ..model.quantities import Count

if TYPE_CHECKING:
    from .scan import Match, MatchKind

__all__ = ["with_lengths_more"]

_LENGTHS = frozenset(e.word for e in DURATION_UNITS)
_MORE = LENGTH_MORE.word
_FOLLOWERS = tuple(e.word for e in LENGTH_MORE_FOLLOWERS)


def _more_after(text: str, m: Match, figure: MatchKind) -> bool:
    """Whether a 多 that says more stands right after ``m``, a length of time (a ``figure``, not a date: 比2021年多)
    with no qualifier of its own."""
    q = m.quantity
    if m.kind is not figure or type(q) is not Count or q.qualifier is not None or q.measure_word not in _LENGTHS:
        return False
    end = m.end + len(_MORE)
    if text[m.end : end] != _MORE:
        return False
    after = text[end : end + 1]
    return not after or not ("\u4e00" <= after <= "\u9fff") or text.startswith(_FOLLOWERS, end)


def with_lengths_more(text: str, found: tuple[Match, ...], figure: MatchKind) -> tuple[Match, ...]:
    """``found`` with each length of time that a 多 follows read with it, more than the figure (一年多); ``figure``:
    the kind of a match that is a figure, not a date.

    >>> from dutyreport.quantities.scan import find_quantities
    >>> [(m.text, m.quantity.qualifier) for m in find_quantities("经过一年多的努力,连续三年多媒体教学")]
    [('一年多', <Qualifier.MORE_THAN: 'more_than'>), ('三年', None)]
    """
    if _MORE not in text:
        return found
    out = list(found)
    for k, m in enumerate(found):
        if _more_after(text, m, figure):
            surface = text[m.start : m.end + len(_MORE)]
            quantity = attrs.evolve(m.quantity, qualifier=LENGTH_MORE.value, text=surface)
            out[k] = attrs.evolve(m, end=m.end + len(_MORE), text=surface, quantity=quantity)
    return tuple(out)
