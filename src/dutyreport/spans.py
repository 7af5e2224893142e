"""Positions in a text, asked about by position: :class:`SpanSet` and :class:`Breaks`.

Every stage that must step around some spans (noise when reading a title, damage and
quotes when picking figures) asks the same questions; :class:`SpanSet` answers them with
bisect instead of scans. :class:`Breaks` finds the text's break characters once for all the
stages that cut it into clauses and sentences.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator

from .lang.punctuation import SENTENCE_ENDS  # (what ends a sentence for every stage that reads one)

__all__ = ["SENTENCE_ENDS", "Breaks", "SpanSet"]


class SpanSet:
    """The union of some ``(start, end)`` spans, clipped to ``[0, limit)`` when a limit is given.

    >>> s = SpanSet([(5, 8), (2, 4), (7, 10)])
    >>> s.spans, s.hit(3), s.hit(4), s.overlaps(3, 6), s.contains(5, 9), s.contains(3, 6)
    ([(2, 4), (5, 10)], True, False, True, True, False)
    >>> s.outside("0123456789AB", 0, 12)
    '014AB'
    """

    __slots__ = ("ends", "spans", "starts")

    def __init__(self, spans: Iterable[tuple[int, int]], limit: int | None = None) -> None:
        merged: list[tuple[int, int]] = []
        for s, e in sorted(spans):
            if limit is not None:
                s, e = max(0, s), min(limit, e)
            if e <= s:
                continue
            if merged and s <= merged[-1][1]:
                if e > merged[-1][1]:
                    merged[-1] = (merged[-1][0], e)
            else:
                merged.append((s, e))
        self.spans = merged
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def covering(self, i: int) -> tuple[int, int] | None:
        """The merged span that position ``i`` lies in, if any."""
        k = bisect.bisect_right(self.starts, i) - 1
        if k >= 0 and i < self.ends[k]:
            return self.spans[k]
        return None

    def hit(self, i: int) -> bool:
        """Whether position ``i`` lies in a span."""
        return self.covering(i) is not None

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a character with any span."""
        k = bisect.bisect_right(self.ends, start)
        return k < len(self.starts) and self.starts[k] < end

    def contains(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies wholly inside one merged span."""
        k = bisect.bisect_right(self.starts, start) - 1
        return k >= 0 and end <= self.ends[k]

    def stretches(self, lo: int, hi: int) -> Iterator[tuple[int, int]]:
        """The stretches of ``[lo, hi)`` outside the spans, in order, none empty.

        >>> list(SpanSet([(2, 4), (6, 7)]).stretches(0, 9))
        [(0, 2), (4, 6), (7, 9)]
        """
        starts, ends = self.starts, self.ends
        k = bisect.bisect_right(ends, lo)  # the first span that ends after lo
        pos = lo
        while pos < hi:
            if k < len(starts) and starts[k] <= pos:
                pos = ends[k]
                k += 1
                continue
            stop = min(hi, starts[k]) if k < len(starts) else hi
            yield pos, stop
            pos = stop

    def outside(self, text: str, lo: int, hi: int) -> str:
        """``text[lo:hi]`` without the characters inside the spans."""
        return "".join([text[a:b] for a, b in self.stretches(lo, hi)])


class Breaks:
    """Where a text's break characters stand, each character looked for once; the positions of a
    set of them merged on first use and kept (callers must not change the lists they get).

    >>> b = Breaks("甲，乙。丙\\n丁。")
    >>> b.of("。\\n"), b.of("，"), b.of("，。")
    ([3, 5, 7], [1], [1, 3, 7])
    """

    __slots__ = ("_by_char", "_of", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._by_char: dict[str, list[int]] = {}
        self._of: dict[str, list[int]] = {}  # (by the string asked for: most stages ask in the same spelling)

    def of(self, chars: str) -> list[int]:
        """The sorted positions of every character in ``chars``."""
        found = self._of.get(chars)
        if found is None:
            found = self._of[chars] = self._merged(chars)
        return found

    def _merged(self, chars: str) -> list[int]:
        text, by_char = self.text, self._by_char
        lists: list[list[int]] = []
        for c in set(chars):
            found = by_char.get(c)
            if found is None:  # one literal scan per character beats sorting the hits of one scan out; most break
                # characters stand nowhere in a short text, and the search that says so is cheaper than the scan
                found = by_char[c] = [m.start() for m in _literal(c).finditer(text)] if c in text else []
            if found:
                lists.append(found)
        if len(lists) == 1:
            return lists[0]
        return sorted(itertools.chain.from_iterable(lists))


@functools.lru_cache(maxsize=64)
def _literal(c: str) -> re.Pattern[str]:
    return re.compile(re.escape(c))
