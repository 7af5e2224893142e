"""The heads lists of figures hang from.

A list of lines: where a figure's line is an item of a numbered list of lines (``(1)幼儿园…`` under
``2022年各级生均经费情况为:``), the words of its head line are what the figure's label is of
(:class:`ListHeads`). A list in a sentence: the labelled figures after ``分别为``/``分别达到``, a colon or
``其中`` hang from the words before that mark (:func:`last_head_mark`, :func:`head_mark_of`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..lang.headings import OUTLINE_NUMERALS
from ..lang.punctuation import (
    CLOSE_BRACKET_CLASS,
    CLOSE_BRACKETS,
    COLONS,
    COMMAS,
    OPEN_BRACKET_CLASS,
    OPEN_BRACKETS,
    PERIODS,
    SEMICOLONS,
)
from ..lang.script import alternation, either_pattern, spellings
from ..lang.subjects import AMONG_WORDS, RESPECTIVE_HEADS, RESPECTIVE_OPENING, SPEECH_VERBS
from ..patterns import char_class, first_chars_of, known

__all__ = [
    "BRACKETED_NUMBER",
    "CIRCLED_NUMBER",
    "CLAUSE_SPLIT",
    "CLAUSE_STOPS",
    "MARK_FIRST",
    "NOT_STOP",
    "RESPECTIVE_WORDS",
    "ListHeads",
    "head_mark_of",
    "last_head_mark",
    "marks_after",
]

# The numbers of an item that the readers of items share (each reader adds its own plain numbers, 1. 1、 1)):
BRACKETED_NUMBER = rf"{OPEN_BRACKET_CLASS}[0-9{OUTLINE_NUMERALS}]{{1,2}}{CLOSE_BRACKET_CLASS}"  # (1), （二）
CIRCLED_NUMBER = "[①-⑳]"
# A line that is an item of a numbered list: (1)…, 1.…, ①…
_ITEM_LINE = re.compile(rf"[ \t\u3000]*(?:{BRACKETED_NUMBER}|[0-9]{{1,2}}[.．、)）](?![0-9])|{CIRCLED_NUMBER})")
_HEAD_LINE_REACH = 160  # a head line is a sentence, not a paragraph
_COLONS = tuple(COLONS)  # (what a head line ends with)

# The marks that end a clause (a full stop proper, not ！ or ？), and a character of a clause (for the readers of
# its words); the clauses of a stretch, a line break ending one too.
CLAUSE_STOPS = COMMAS + PERIODS + SEMICOLONS + COLONS
NOT_STOP = char_class(CLAUSE_STOPS, negated=True)
CLAUSE_SPLIT = re.compile(char_class(CLAUSE_STOPS + "\n"))
RESPECTIVE_WORDS = alternation(RESPECTIVE_HEADS)  # 分别为, 分别达到 …
# A head before the figures it lists: the words before 分别为/分别达到, before a colon, or 其中 before a comma.
_HEAD_MARK = re.compile(
    either_pattern(
        rf"({NOT_STOP}{{2,40}}?)(?:{RESPECTIVE_WORDS})|({NOT_STOP}{{2,40}})(?<![0-9]){char_class(COLONS)}"
    )
    + rf"|\s*({alternation(AMONG_WORDS)})\s*{char_class(COMMAS)}"  # 其中, as 其中: (398所,其中,完全小学334所…)
)
# Where a match of _HEAD_MARK can end: after a 分别为/分别达到/分别是 (which opens with one of these characters and
# is at most this long), after a colon, or (its third reading) after a comma that follows 其中.
_RESPECTIVE_FIRSTS = known(first_chars_of(either_pattern(RESPECTIVE_WORDS)), either_pattern(RESPECTIVE_WORDS))
_RESPECTIVE_LONGEST = max(len(e.word) for e in RESPECTIVE_HEADS)
_AMONG_FIRSTS = known(first_chars_of(alternation(AMONG_WORDS)), alternation(AMONG_WORDS))
_AMONG_END = re.compile(rf"(?:{alternation(AMONG_WORDS)})\s*{char_class(COMMAS)}")  # the third reading from its 其中 on
_SPEECH_END = re.compile(rf"(?:{alternation(SPEECH_VERBS)})\s*$")
# a bracket opened and not closed before a colon: the colon stands in a note (县(注:…)), not after a head
_OPEN_ASIDE = re.compile(rf"{char_class(OPEN_BRACKETS)}[^{re.escape(OPEN_BRACKETS + CLOSE_BRACKETS)}]*$")
_HEAD_ONLY_QIZHONG = re.compile(rf"\s*(?:{alternation(AMONG_WORDS)})\s*")
_MARK_WORDS = (*spellings(RESPECTIVE_OPENING), *COLONS, *(e.word for e in AMONG_WORDS))  # (分别 either form)
MARK_FIRST = re.compile("[" + "".join(sorted({re.escape(w[0]) for w in _MARK_WORDS})) + "]")  # (what each opens with)
# The last mark word of a stretch (the greedy run gives way from the stretch's end back), the last stop of one, and
# a stop: one attempt each, not one search for each word or stop.
_LAST_MARK = re.compile("(?s:.*)(" + "|".join(re.escape(w) for w in _MARK_WORDS) + ")")
_LAST_STOP = re.compile(rf"(?s:.*){char_class(CLAUSE_STOPS)}")
_STOP = re.compile(char_class(CLAUSE_STOPS))


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




def last_head_mark(window: str) -> re.Match[str] | None:
    """The last match of :data:`_HEAD_MARK` in ``window``, the one ``finditer`` would end with.

    No match runs across a stop (a colon ends one), so each clause can be tried on its own: the
    clauses holding a mark (分别…, a colon) are tried from the last one back, not the whole window.
    """
    return _last_head_mark(window)[0]


def _last_head_mark(window: str) -> tuple[re.Match[str] | None, bool]:
    """:func:`last_head_mark` of ``window``, and whether it is that of every longer window that opens with this
    one and holds no more mark word: True unless the clause of the last mark (which is not a colon) runs to the
    window's end, where the words after might have closed it elsewhere."""
    end = len(window)
    settled = True
    while end > 0:
        found = _LAST_MARK.match(window, 0, end)  # (the last mark word that ends by ``end``)
        if found is None:
            return None, settled
        mark = found.start(1)
        before = _LAST_STOP.match(window, 0, mark)  # (the last stop before the mark)
        clause_start = before.end() if before is not None else 0
        if window[mark] in COLONS:
            clause_end = mark + 1  # a colon closes its clause
        else:
            after = _STOP.search(window, mark)  # (the first stop from the mark on)
            clause_end = after.start() + 1 if after is not None else len(window)
            settled = settled and after is not None
        last = None
        reach = _head_mark_reach(window, clause_start, clause_end)
        for last in _HEAD_MARK.finditer(window, clause_start, reach):  # noqa: B007 - the last one
            pass
        if last is not None:
            return last, settled
        end = clause_start
    return None, settled


def marks_after(window: str, n: int) -> bool:
    """Whether a mark word of ``window`` ends past its first ``n`` characters."""
    return any(window.find(w, max(0, n - len(w) + 1)) >= 0 for w in _MARK_WORDS)


def head_mark_of(window: str) -> tuple[tuple[str, int] | None, bool]:
    """The words of the head the last mark in ``window`` closes (raw) and where that mark ends, or None (no
    mark, or a colon after what was said); and whether they are those of every longer window that opens with
    this one and holds no more mark word (:func:`_last_head_mark`)."""
    m, settled = _last_head_mark(window)  # the last head before the figure is the one
    if m is None:
        return None, settled
    raw = m.group(1) or m.group(2) or m.group(3) or ""
    if m.group(2) and _SPEECH_END.search(raw):
        return None, settled  # 记者从教育部获悉:全国有…: what was said, no list
    if m.group(2) and _OPEN_ASIDE.search(raw):
        return None, settled  # 1230个县(注:…: a colon inside a bracket's note heads no list
    if _HEAD_ONLY_QIZHONG.fullmatch(raw):
        # 全县现有学校85所,其中:…: the items are of the clause just before 其中
        before = [c for c in CLAUSE_SPLIT.split(window[: m.start()]) if c.strip()]
        raw = before[-1] if before else ""
    return (raw, m.end()), settled


def _head_mark_reach(window: str, start: int, end: int) -> int:
    """How far into ``window[start:end]`` a match of :data:`_HEAD_MARK` can end: past the last place a mark can
    close one (the same matches as the whole stretch, without trying each position of a list of figures after
    its head: ``…分别达到幼儿园20885.77元、普通小学…``)."""
    reach = max(window.rfind(":", start, end), window.rfind("：", start, end)) + 1
    for c in _AMONG_FIRSTS:
        i = window.find(c, start, end)
        while i >= 0:
            among = _AMONG_END.match(window, i, end)
            if among is not None:
                reach = max(reach, among.end())
            i = window.find(c, i + 1, end)
    respective = max(window.rfind(c, start, end) for c in _RESPECTIVE_FIRSTS)
    if respective >= 0:
        reach = max(reach, respective + _RESPECTIVE_LONGEST)
    return min(reach, end)
