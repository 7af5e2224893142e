"""What every finder of this stage shares: trimming a span, a sentence's end inside a limit, the items of
an inline enumeration (``①A；②B``), the 一是/二是 marker."""

from __future__ import annotations

import re

import regex

from ..lang.findings import DETAIL_LEADS, INLINE_MARKERS
from ..lang.headings import OUTLINE_NUMERALS
from ..lang.punctuation import COMMAS, PART_ENDS
from ..model.report import Section

POINT_NUMBER = re.compile(rf"[{OUTLINE_NUMERALS}]{{1,3}}是[,，:：]?")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_TRIM = " \t\r\n\u3000\xa0,，。；;：:、"
_INLINE_RES = tuple(regex.compile(e.pattern) for e in INLINE_MARKERS)
_CLAUSE_COMMA = re.compile(f"[{COMMAS}](?![0-9])")  # (not the comma of 1,200)
_DETAILS = re.compile(f"[{COMMAS}]\\s*(?:" + "|".join(e.pattern for e in DETAIL_LEADS) + ")")

__all__ = [
    "POINT_NUMBER",
    "before_details",
    "clause_end",
    "holds_any",
    "inline_items",
    "inline_number",
    "own_end",
    "sentence_end",
    "trimmed",
]


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` stands in ``text`` (``any(w in text for w in words)``), each word's characters
    looked for one at a time first: a search for one character reads a text many times faster than a search
    for a word, and a word with a character the text lacks is not in it (most texts lack a rare word).

    >>> holds_any("就学难问题", ("贵问题", "难问题")), holds_any("就学难", ("贵问题", "难问题"))
    (True, False)
    """
    for w in words:
        for c in w:
            if c not in text:
                break
        else:
            if w in text:
                return True
    return False


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def own_end(section: Section) -> int:
    """Where a section's own text ends (its first child starts)."""
    return section.children[0].start if section.children else section.end


def sentence_end(text: str, start: int, limit: int) -> int:
    i = start
    while i < limit and text[i] not in PART_ENDS:
        i += 1
    return i


def before_details(text: str, start: int, end: int) -> int:
    """Where the clauses giving the details of what [start, end) states begin (a comma before 其中, 全年, 涉及 …:
    :data:`~dutyreport.lang.findings.DETAIL_LEADS`), or ``end``.

    >>> s = "追加教育经费1.2亿元，其中县本级6,000万元"
    >>> s[: before_details(s, 0, len(s))]
    '追加教育经费1.2亿元'
    """
    m = _DETAILS.search(text, start, end)
    return m.start() if m is not None else end


def clause_end(text: str, start: int, end: int) -> int:
    """Where the first clause of [start, end) ends: its first comma that groups no digits (1,200), or ``end``.

    >>> s = "投入资金1,200万元改造旱厕，另安排300万元"
    >>> s[: clause_end(s, 0, len(s))]
    '投入资金1,200万元改造旱厕'
    """
    m = _CLAUSE_COMMA.search(text, start, end)
    return m.start() if m is not None else end


def _marker_number(marker: str) -> int:
    if marker in _CIRCLED:
        return _CIRCLED.index(marker) + 1
    return int(marker.strip("()（）"))


def inline_number(section: Section) -> bool:
    """Whether a section is numbered like an inline item (``①``, ``(1)``)."""
    number = (section.number or "").strip()
    return any(rx.fullmatch(number) for rx in _INLINE_RES)


def inline_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of an inline enumeration ``①A；②B；③C。`` in [start, end): each up to the next marker
    or its sentence's end. Markers must run 1, 2, 3…; fewer than two items is no enumeration."""
    for rx in _INLINE_RES:
        marks: list[regex.Match[str]] = []
        for m in rx.finditer(text, start, end):
            if _marker_number(m.group()) == len(marks) + 1:
                marks.append(m)
        if len(marks) < 2:
            continue
        out: list[tuple[int, int]] = []
        for k, m in enumerate(marks):
            stop = marks[k + 1].start() if k + 1 < len(marks) else end
            cut = min((i for i in (text.find(c, m.end(), stop) for c in "。\n") if i >= 0), default=stop)
            s, e = trimmed(text, m.end(), cut)
            if e > s:
                out.append((s, e))
        if len(out) >= 2:
            return out
    return []
