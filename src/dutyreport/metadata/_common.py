"""What the title, the region and the period readers share: the white space of a scraped page, the endings
of place names, the marks that stand for a masked name (``xx``) and the 《》 of the documents a text cites."""

from __future__ import annotations

import re

import regex

from ..lang.metadata import PLACEHOLDER_MARKS, REGION_SUFFIXES
from ..lang.script import alternation
from ..spans import SpanSet

_WS = " \t\r\u3000\xa0\u2002\u2003\u2009\u200b\ufeff"
_SUFFIX = alternation(REGION_SUFFIXES, either_script=False)  # 自治区|街道|省|市|…, the longest at a place
_MARKS = "".join(e.word for e in PLACEHOLDER_MARKS)
_MARK_CLASS = f"[{re.escape(_MARKS)}]"
_BOOK_RE = regex.compile(r"《[^《》\n]{0,120}(?:\n[^《》\n]{0,120})?》")  # a PDF's line break inside


class Books:
    """The 《…》 of a (folded) text, each as a ``(start, end)`` span: found by one scan, the first time a
    reader asks (the period's zones, the name a text keeps returning to, a city's level cues), and kept for
    the others of the same parse; so is their :class:`SpanSet`, made where a reader first asks whether a
    position lies in one.

    >>> b = Books("按《甲》和《乙\\n丙》要求，《丁》")
    >>> b.spans, b.within(2, 12).spans, b.span_set.hit(3), b.span_set.hit(4)
    ([(1, 4), (5, 10), (13, 16)], [(5, 10)], True, False)
    """

    __slots__ = ("_set", "_spans", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._spans: list[tuple[int, int]] | None = None
        self._set: SpanSet | None = None

    @property
    def spans(self) -> list[tuple[int, int]]:
        if self._spans is None:
            self._spans = [m.span() for m in _BOOK_RE.finditer(self.text)]
        return self._spans

    @property
    def span_set(self) -> SpanSet:
        """The 《…》 as a :class:`SpanSet` (asked by position)."""
        if self._set is None:
            self._set = SpanSet(self.spans)
        return self._set

    def within(self, lo: int, hi: int) -> SpanSet:
        """The 《…》 lying wholly inside ``[lo, hi)``: what a scan of that stretch alone finds (a match holds
        no 《 after its first character, and its end is the first 》 it reaches: each match of the stretch
        is one of the whole text's)."""
        return SpanSet((s, e) for s, e in self.spans if lo <= s and e <= hi)
