"""Lines of a text, for the cleaning patterns that read whole lines: which lines to try a pattern
on, and what it finds there.

>>> from dutyreport.patterns import find_all
>>> text = "正文。\\n返回顶部\\n正文。"
>>> line_starts(text, find_all(text, "正文"))
[0, 9]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

__all__ = [
    "line_matches",
    "line_starts",
    "strip_span",
]


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the spaces at its ends."""
    while start < end and text[start] in " \t\u3000\r":
        start += 1
    while end > start and text[end - 1] in " \t\u3000\r":
        end -= 1
    return start, end


def line_starts(text: str, positions: Iterable[int]) -> list[int]:
    """Starts of the lines holding the ascending ``positions``, each once."""
    starts: list[int] = []
    last = 0  # the previous position: a line start after it is a new line
    for i in positions:
        nl = text.rfind("\n", last, i)
        if nl >= 0 or not starts:
            starts.append(nl + 1)
        last = i
    return starts


def line_matches(rx: regex.Pattern[str], text: str, lines: list[int]) -> Iterator[regex.Match[str]]:
    """What ``rx.finditer(text)`` finds, for a pattern that matches only whole lines among ``lines``."""
    for ls in lines:
        m = rx.match(text, ls)
        if m is not None:
            yield m
