"""The line a numbered list of lines hangs from: where a figure's line is an item of such a list (``(1)幼儿园…``
under ``2022年各级生均经费情况为:``), the words of its head line are what the figure's label is of."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..lang.headings import OUTLINE_NUMERALS
from ..lang.punctuation import COLONS

__all__ = ["BRACKETED_NUMBER", "CIRCLED_NUMBER", "ListHeads"]

# The numbers of an item that the readers of items share (each reader adds its own plain numbers, 1. 1、 1)):
BRACKETED_NUMBER = rf"[(（][0-9{OUTLINE_NUMERALS}]{{1,2}}[)）]"  # (1), （二）
CIRCLED_NUMBER = "[①-⑳]"
# A line that is an item of a numbered list: (1)…, 1.…, ①…
_ITEM_LINE = re.compile(rf"[ \t\u3000]*(?:{BRACKETED_NUMBER}|[0-9]{{1,2}}[.．、)）](?![0-9])|{CIRCLED_NUMBER})")
_HEAD_LINE_REACH = 160  # a head line is a sentence, not a paragraph
_COLONS = tuple(COLONS)  # (what a head line ends with)


class ListHeads:
    """The line a numbered list of lines hangs from (``2022年各级生均经费情况为:`` above ``(1)幼儿园…``,
    ``(2)小学…``), for each line of the list: the line just above the list, ending with a colon.

    Each line is looked at once however long the list (the answer for a line is kept for the next one).
    """

    __slots__ = ("_above", "_found", "_line_breaks", "_text")

    def __init__(self, text: str, line_breaks: Sequence[int]) -> None:
        self._text = text
        self._line_breaks = line_breaks
        self._found: dict[int, tuple[int, int] | None] = {}
        self._above: dict[int, tuple[int, int] | None] = {}

    def above(self, line_start: int) -> tuple[int, int] | None:
        """The line just above the one beginning at ``line_start``, where it ends with a colon."""
        if line_start in self._above:
            return self._above[line_start]
        self._above[line_start] = found = self._line_above(line_start)
        return found

    def _line_above(self, line_start: int) -> tuple[int, int] | None:
        if line_start == 0:
            return None
        return self._head_line(self._line_before(line_start), line_start - 1)

    def _line_before(self, line_start: int) -> int:
        """Where the line before the one beginning at ``line_start`` (not 0) begins."""
        i = bisect.bisect_left(self._line_breaks, line_start - 1) - 1
        return self._line_breaks[i] + 1 if i >= 0 else 0

    def _head_line(self, start: int, end: int) -> tuple[int, int] | None:
        """The line ``text[start:end]`` (start, end without its trailing blanks), where it ends with a colon and
        is no longer than a head line is."""
        line = self._text[start:end].rstrip(" \t\u3000")
        if line.endswith(_COLONS) and len(line) <= _HEAD_LINE_REACH:
            return (start, start + len(line))
        return None

    def of(self, line_start: int) -> tuple[int, int] | None:
        """The head line (start, end) of the list whose item begins at ``line_start``, or None."""
        text, found = self._text, self._found
        walked: list[int] = []
        head: tuple[int, int] | None = None
        at = line_start
        while True:
            if at in found:
                head = found[at]
                break
            if at == 0 or not _ITEM_LINE.match(text, at):
                found[at] = None  # no item: no head (for this line, and for the items below it)
                break
            walked.append(at)
            prev_start = self._line_before(at)
            if _ITEM_LINE.match(text, prev_start):
                at = prev_start
                continue
            head = self._head_line(prev_start, at - 1)  # (at - 1: the line break ending the line above)
            break
        for w in walked:
            found[w] = head
        return found[line_start]
