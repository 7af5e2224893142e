"""The terms of a ratio around a number, for the scan: a ratio of more than two terms (1比2比3, 1:2:3:4) is no
ratio of two of them and none of its numbers a figure; 比 or a colon between two years compares them (2023比2022),
unless a word naming a ratio stands before them (男女生之比为2012:1998).

>>> ratio_term("比例为1比2比3", 5, 6), ratio_term("班额120比110下降", 2, 5)
(True, False)
>>> years_compared("比", "2023", "2022", "", 0), years_compared("：", "2022", "2021", "", 0)
(True, True)
>>> years_compared(":", "16", "1", "", 0), years_compared(":", "2012", "1998", "男女生之比为2012:1998", 6)
(False, False)
"""

from __future__ import annotations

import re

from ..lang.dates import YEAR
from ..lang.numbers import RATIO_NAMES, RATIO_WORDS
from ..lang.script import alternation
from .grammar import CN_NUMERAL_CHARS, RATIO_MARKS

__all__ = ["RATIO_MARK_CHARS", "ratio_term", "term_after", "term_before", "years_compared"]

# The marks between a ratio's terms (the colons and lang.numbers.RATIO_WORDS), those words alone, and what a term
# is made of (digits, a point, Chinese numerals), for the terms of a ratio of more than two (1比2比3, 1:2:3).
RATIO_MARK_CHARS = frozenset(RATIO_MARKS)
_RATIO_WORDS = frozenset(e.word for e in RATIO_WORDS)
_TERM_CHARS = frozenset("0123456789.") | CN_NUMERAL_CHARS
_YEAR_TERM = re.compile(YEAR)
_TERM_REACH = 24  # (how far a term before or after a number is looked for: a numeral is shorter)
_NAMED = re.compile(rf"(?:{alternation(RATIO_NAMES)})[ \t\u3000]*$")  # (a ratio's name just before its terms)
_NAME_REACH = max(len(e.word) for e in RATIO_NAMES) + 4


def term_before(folded: str, at: int) -> int:
    """Where the term of a ratio that ends with a ratio mark just before ``at`` starts (``1比`` before ``2``),
    ``-1`` where no term and mark stand there."""
    if at < 2 or folded[at - 1] not in RATIO_MARK_CHARS or folded[at - 2] not in _TERM_CHARS:
        return -1
    i, stop = at - 2, max(0, at - 2 - _TERM_REACH)
    while i > stop and folded[i - 1] in _TERM_CHARS:
        i -= 1
    return i


def term_after(folded: str, at: int) -> int:
    """Where the term of a ratio after a ratio mark at ``at`` ends (``比3`` after ``2``), ``-1`` where no mark and
    term stand there."""
    if folded[at : at + 1] not in RATIO_MARK_CHARS or folded[at + 1 : at + 2] not in _TERM_CHARS:
        return -1
    i, stop = at + 2, min(len(folded), at + 2 + _TERM_REACH)
    while i < stop and folded[i] in _TERM_CHARS:
        i += 1
    return i


def ratio_term(folded: str, start: int, end: int) -> bool:
    """Whether the bare number from ``start`` to ``end`` is a term of a ratio of more than two (the 3 of 1:2:3,
    the 1 of 1比2比3): next to a term across a colon, or in a row of three terms across ratio words (120比110
    alone is 'compared with', and both numbers are figures)."""
    before, after = term_before(folded, start), term_after(folded, end)
    if (before >= 0 and folded[start - 1] not in _RATIO_WORDS) or (after >= 0 and folded[end] not in _RATIO_WORDS):
        return True  # a colon
    return (before >= 0 and after >= 0) or (before >= 0 and term_before(folded, before) >= 0) or (
        after >= 0 and term_after(folded, after) >= 0
    )


def years_compared(mark: str, r1: str, r2: str, folded: str, at: int) -> bool:
    """Whether a ratio's terms ``r1`` and ``r2`` with ``mark`` between them, the first at ``at`` in ``folded``, are
    two years set side by side, with a ratio word or a colon (2023比2022, 2023:2022, 2022：2021): no ratio. Where a
    word naming a ratio (lang.numbers.RATIO_NAMES) stands just before them, they are its terms."""
    return (
        mark in RATIO_MARK_CHARS
        and _YEAR_TERM.fullmatch(r1) is not None
        and _YEAR_TERM.fullmatch(r2) is not None
        and _NAMED.search(folded, max(0, at - _NAME_REACH), at) is None
    )
