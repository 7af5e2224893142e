"""Lines of a text, for the cleaning patterns that read whole lines: which lines to try a pattern
on, and what it finds there; and the places of a few rare characters, where a pattern whose matches
start with one of them is tried (:func:`char_led`).

>>> text = "正文。\\n返回顶部\\n正文。"
>>> line_starts(text, find_all(text, "正文"))
[0, 9]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import regex

from ..patterns import first_chars, matches_at

__all__ = [
    "CHAR_LED",
    "char_led",
    "find_all",
    "find_chars",
    "lead_chars",
    "line_matches",
    "line_starts",
    "strip_span",
]


def find_all(text: str, s: str) -> list[int]:
    """Where ``s`` stands in ``text``, left to right, none overlapping."""
    out: list[int] = []
    i = text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + len(s))
    return out


def find_chars(text: str, chars: Iterable[str]) -> list[int]:
    """Where any of ``chars`` stands in ``text``, grouped by character (not in order): a ``str.find`` per
    character reads a text many times faster than a pattern led by a class of them, which the engine tests
    at every character — the places to try a pattern whose matches start with one of a few rare characters
    (:func:`dutyreport.patterns.matches_at` puts them in order).

    >>> find_chars("(甲)（乙）(丙)", "(（")
    [0, 6, 3]
    """
    return [i for c in chars for i in find_all(text, c)]


# Every pattern :func:`lead_chars` read (tests/clean/test_shortcuts.py holds what :func:`char_led` finds of each
# to its ``finditer``).
CHAR_LED: list[tuple[re.Pattern[str], str]] = []


def lead_chars(rx: re.Pattern[str]) -> str:
    """The characters every match of ``rx`` starts with, read from its pattern, for :func:`char_led`; a
    ``ValueError`` where they are not known.

    >>> lead_chars(re.compile("[(（](?:所|人)[)）]"))
    '(（'
    """
    chars = first_chars(rx)
    if chars is None:
        raise ValueError(f"a pattern whose matches may start anywhere: {rx.pattern}")
    found = "".join(sorted(chars))
    CHAR_LED.append((rx, found))
    return found


def char_led(rx: re.Pattern[str], text: str, chars: str) -> Iterator[re.Match[str]]:
    """What ``rx.finditer(text)`` finds, for a pattern whose matches all start with one of ``chars`` (its
    :func:`lead_chars`) and are never empty: tried only where one stands, found by :func:`find_chars`."""
    return matches_at(rx, text, find_chars(text, chars))


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
