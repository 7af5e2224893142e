"""A set of spans, merged: where noise, damage or quotes lie, asked about by position.

Every stage that must step around some spans (noise when reading a title, damage and
quotes when picking figures) asks the same questions; this answers them with bisect
instead of scans.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

__all__ = ["SpanSet"]


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

    def outside(self, text: str, lo: int, hi: int) -> str:
        """``text[lo:hi]`` without the characters inside the spans."""
        out: list[str] = []
        pos = lo
        k = max(0, bisect.bisect_right(self.starts, lo) - 1)
        while pos < hi:
            while k < len(self.spans) and self.ends[k] <= pos:
                k += 1
            if k < len(self.spans) and self.starts[k] <= pos:
                pos = self.ends[k]
                continue
            stop = min(hi, self.starts[k]) if k < len(self.spans) else hi
            out.append(text[pos:stop])
            pos = stop
        return "".join(out)
