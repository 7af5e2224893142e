"""What every finder of this stage shares: trimming a span, a sentence's end inside a limit, the items of
an inline enumeration (``①A；②B``), the 一是/二是 marker."""

from __future__ import annotations

import re

import regex

from ..lang.findings import INLINE_MARKERS
from ..lang.headings import OUTLINE_NUMERALS
from ..lang.punctuation import PART_ENDS
from ..model.report import Section

POINT_NUMBER = re.compile(rf"[{OUTLINE_NUMERALS}]{{1,3}}是[,，:：]?")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_TRIM = " \t\r\n\u3000\xa0,，。；;：:、"
_INLINE_RES = tuple(regex.compile(e.pattern) for e in INLINE_MARKERS)

__all__ = ["POINT_NUMBER", "holds_any", "inline_items", "inline_number", "own_end", "sentence_end", "trimmed"]


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
