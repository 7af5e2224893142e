"""Quotations and names in quotes, where numbers are names, not figures (“两个只增不减”, 《…2021年…计划》).

Read by :func:`dutyreport.indicators.build.build_indicators` once per text, from the positions of the quote marks
and line breaks its :class:`~dutyreport.spans.Breaks` holds.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ..lang.punctuation import PERIODS, SEMICOLONS
from ..quantities.grammar import CN_NUMERAL_CHARS
from ..spans import Breaks

_QUOTE_PAIRS = {"“": "”", "《": "》", "「": "」", "『": "』", "〈": "〉", '"': '"'}
_QUOTE_MARKS = "".join(_QUOTE_PAIRS) + "".join(_QUOTE_PAIRS.values())
_SAID_STOPS = PERIODS + SEMICOLONS  # (a quote holding one is a sentence said, not a name or a slogan)
# (what a quoted name opening with a figure opens with)
_NAME_DIGITS = frozenset("0123456789") | CN_NUMERAL_CHARS - {"点"}
_WRAPPED_QUOTE = 30  # the longest quoted name a line break may cut (“两个只增不\n减”: a PDF's wrap, the quote goes on)


def quoted_regions(breaks: Breaks) -> list[tuple[int, int]]:
    """Spans inside “…” and 《…》 (within one line), where numbers are names, not figures; a quote that holds
    a full stop (“近年来…投入18.6亿元,新建学校12所。”) is a sentence said, whose figures are the report's.

    Read from the positions of the quote marks and line breaks the text's :class:`Breaks` holds (no scan of
    the words): a line break between two marks closes every quote still open, except where the first mark after
    a single line break closes the quote opened last and that quote is a short name (a PDF wrapped it: “两个只增不
    \n减”, whose 两个 is no figure).
    """
    text = breaks.text
    out: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []  # (the closing mark each quote still open waits for, where it opens)
    stops = breaks.of(_SAID_STOPS)
    n_stops = len(stops)
    newlines = breaks.of("\n")
    n_newlines, nl = len(newlines), 0
    pairs, bisect_left = _QUOTE_PAIRS, bisect.bisect_left
    for i in breaks.of(_QUOTE_MARKS):
        ch = text[i]
        if nl < n_newlines and newlines[nl] < i:  # a line break since the last mark
            after = bisect_left(newlines, i, nl)
            if stack and after == nl + 1 and ch == stack[-1][0] and i - stack[-1][1] <= _WRAPPED_QUOTE:
                del stack[:-1]  # (the wrapped quote closes here; those opened before it stay closed)
            else:
                stack.clear()
            nl = after
        if ch in pairs and not (ch == '"' and stack and stack[-1][0] == '"'):  # (a " waits for a ")
            stack.append((pairs[ch], i))
        elif stack and ch == stack[-1][0]:
            s = stack.pop()[1]
            k = bisect_left(stops, s)
            if k == n_stops or stops[k] > i:  # (no full stop inside: a name or a slogan)
                out.append((s, i + 1))
    out.sort()
    return out


def quoted_names(text: str, spans: Sequence[tuple[int, int]]) -> dict[str, tuple[str, ...]]:
    """The names quoted in ``spans`` that open with a digit or a numeral (“20条底线”, “三个课堂”), by their first
    character, longest first: a figure that opens one of them where it stands unquoted is part of the name (read by
    the scan's grammar: a name holds no line)."""
    # (a quote's first character is read before its words are: most quotes open with no digit nor numeral)
    inner = (text[s + 1 : e - 1] for s, e in spans if e - s > 2 and text[s + 1] in _NAME_DIGITS)
    names = sorted({n for n in inner if "\n" not in n}, key=len, reverse=True)
    by_first: dict[str, list[str]] = {}
    for n in names:
        by_first.setdefault(n[0], []).append(n)
    return {c: tuple(ns) for c, ns in by_first.items()}


def opens_a_name(text: str, start: int, end: int, names: dict[str, tuple[str, ...]]) -> bool:
    """Whether the figure ``text[start:end]`` opens one of ``names`` (:func:`quoted_names`), longer than itself."""
    for n in names.get(text[start], ()):
        if len(n) <= end - start:
            return False  # (longest first: none after it is longer than the figure)
        if text.startswith(n, start):
            return True
    return False
