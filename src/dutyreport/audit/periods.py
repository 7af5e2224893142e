"""Where a text names years and periods: its years (``2019年``, ``2019以来``) and its period words
(``三年来``, ``近五年来``, ``累计``, ``以来``), each found once per parse and read by position
(:class:`~.figures.Context`)."""

from __future__ import annotations

import re
import string

from ..lang.audit import (
    A_FEW,
    COUNT_NUMERALS,
    PERIOD_NUMERALS,
    PERIOD_TOTALS,
    RECENT,
    RECENT_NUMERALS,
    YEAR_OPENS,
    YEARS_SO_FAR,
)
from ..lang.dates import CENTURY_DIGITS, YEAR, YEAR_IN_CENTURY, YEAR_MARK
from ..patterns import matches_at, word_places

__all__ = ["period_marks", "year_lists", "year_marks"]

_YEAR = re.compile(rf"({YEAR})(?:{YEAR_MARK}|(?={YEAR_OPENS.pattern}))")
# PERIOD_WORDS, written so that every alternative opens with one literal character (the engine then
# skips along to those) and a run of numerals is tried once, from its start: the look-behind on the
# character before the run stands after its first character. tests/audit/test_figures.py holds the
# two equal.
_NUMERAL = f"[{PERIOD_NUMERALS}]"
_NOT_AFTER_NUMERAL = f"(?<!{_NUMERAL}.)"
_PERIOD_RUNS = tuple(  # 三年来, 12年来: a run of numerals and 年来, from the run's first numeral
    f"{c} {_NOT_AFTER_NUMERAL} {_NUMERAL}*+ {YEARS_SO_FAR.pattern}" for c in COUNT_NUMERALS + string.digits
)
_PERIOD_SOME = f"{A_FEW.pattern} {_NOT_AFTER_NUMERAL} {YEARS_SO_FAR.pattern}"  # 几年来
_PERIOD_RECENT_SOME = f"{RECENT.pattern} {_NOT_AFTER_NUMERAL} {A_FEW.pattern}{YEARS_SO_FAR.pattern}"  # 近几年来
_PERIOD_RECENT = f"{RECENT.pattern} {_NOT_AFTER_NUMERAL} [{RECENT_NUMERALS}]++ {YEARS_SO_FAR.pattern}"  # 近五年来
_PERIOD_WORDS = tuple(PERIOD_TOTALS.pattern.split("|"))  # 累计, 以来
_PERIOD = re.compile(
    "\n| ".join((*_PERIOD_RUNS, _PERIOD_SOME, _PERIOD_RECENT_SOME, _PERIOD_RECENT, *_PERIOD_WORDS)), re.VERBOSE
)
# _YEAR once per century it names (19, 20), each opening with its two digits, which the engine finds
# faster than the class of a year's first digit: its matches never overlap (a year ends where no digit
# stands), so the two scans' together are _YEAR's. tests/audit/test_figures.py holds them equal.
_YEAR_BY_CENTURY = tuple(
    re.compile(rf"({c}{YEAR_IN_CENTURY})(?:{YEAR_MARK}|(?={YEAR_OPENS.pattern}))") for c in CENTURY_DIGITS
)
# (every match of _PERIOD ends with 年来, or is a word of PERIOD_TOTALS: looked for where those stand)
_PERIOD_NUMERAL_CHARS = frozenset(COUNT_NUMERALS + string.digits)


def year_marks(text: str) -> list[tuple[int, int, str]]:
    """(start, end, the year) of each match of :data:`_YEAR` (``2019年``, ``2019以来``), in reading order."""
    found = [(m.start(), m.end(), m.group(1)) for rx in _YEAR_BY_CENTURY for m in rx.finditer(text)]
    found.sort()
    return found


def year_lists(text: str) -> tuple[list[int], list[int], list[str]]:
    """:func:`year_marks` as three lists: the starts, the ends and the years."""
    marks = year_marks(text)
    return [m[0] for m in marks], [m[1] for m in marks], [m[2] for m in marks]


def period_marks(text: str) -> list[tuple[int, int, str]]:
    """(start, end, the words) of each match of :data:`_PERIOD` (``三年来``, ``累计``), in reading order:
    tried only from the numerals (and 近, 几) before each 年来, and where a word of PERIOD_TOTALS stands."""
    places = word_places(text, (YEARS_SO_FAR.pattern, *_PERIOD_WORDS))
    starts: list[int] = []
    for q in places[YEARS_SO_FAR.pattern]:
        r = q
        while r > 0 and text[r - 1] in _PERIOD_NUMERAL_CHARS:
            r -= 1
        starts.extend(range(max(0, r - len(RECENT.pattern) - len(A_FEW.pattern)), q))  # 近 / 几 / 近几, the run
    for word in _PERIOD_WORDS:
        starts.extend(places[word])
    return [(m.start(), m.end(), str(m.group())) for m in matches_at(_PERIOD, text, starts)]
