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
import operator
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
        ordered = sorted(spans)
        starts = list(map(_FIRST, ordered))
        ends = list(map(_SECOND, ordered))
        if starts and all(map(operator.lt, starts, ends)):  # none empty
            reach = list(itertools.accumulate(ends, max))  # the furthest end up to each span
            if limit is None or (starts[0] >= 0 and reach[-1] <= limit):  # none to clip
                # what the merge below makes of them, with no step per span in Python: a span opens a merged one
                # where it starts after every span before it ends, which then ends where they reach
                opens = list(itertools.compress(range(1, len(starts)), map(operator.gt, starts[1:], reach)))
                self.starts = [starts[0], *map(starts.__getitem__, opens)]
                self.ends = [*map(reach.__getitem__, map(operator.sub, opens, itertools.repeat(1))), reach[-1]]
                self.spans = list(zip(self.starts, self.ends, strict=True))
                return
        starts = []
        ends = []
        last = 0  # the end of the last merged span (read only once there is one)
        for s, e in ordered:
            if limit is not None:
                if s < 0:
                    s = 0
                if e > limit:
                    e = limit
            if e <= s:
                continue
            if ends and s <= last:
                if e > last:
                    ends[-1] = last = e
            else:
                starts.append(s)
                ends.append(e)
                last = e
        self.starts = starts
        self.ends = ends
        self.spans = list(zip(starts, ends, strict=True))

    def covering(self, i: int) -> tuple[int, int] | None:
        """The merged span that position ``i`` lies in, if any."""
        k = bisect.bisect_right(self.starts, i) - 1
        if k >= 0 and i < self.ends[k]:
            return self.spans[k]
        return None

    def hit(self, i: int) -> bool:
        """Whether position ``i`` lies in a span."""
        k = bisect.bisect_right(self.starts, i) - 1  # (what covering reads, without building its answer)
        return k >= 0 and i < self.ends[k]

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
                found = by_char[c] = list(map(_START, _literal(c).finditer(text))) if c in text else []
            if found:
                lists.append(found)
        if len(lists) == 1:
            return lists[0]
        return sorted(itertools.chain.from_iterable(lists))


_FIRST, _SECOND = operator.itemgetter(0), operator.itemgetter(1)
_START = re.Match.start  # (where a match starts, read with no frame of its own: map calls it per match)


@functools.lru_cache(maxsize=64)
def _literal(c: str) -> re.Pattern[str]:
    return re.compile(re.escape(c))
