"""Cut a text into properly nested pieces for the spans drawn over it.

A page shows a report's text once, with its items (figures, noise, damage, headings) as
elements around runs of that text. Elements must nest, but spans may cross: a corruption may
start inside a figure and end after it. :func:`nest` walks the spans once and splits the one
of lower ``rank`` where two cross, so that an item of the highest rank present stays whole
(one element) unless an item of the same rank crosses it. The result is a flat stream of
events — text runs, opens and closes — with one element per piece, never one per character.

>>> text = "0123456789"
>>> spans = [Span(start=2, end=6, rank=1, key="low"), Span(start=4, end=8, rank=2, key="high")]
>>> out = []
>>> for e in nest(spans, len(text)):
...     out.append(text[e.start : e.end] if e.kind == "text" else f"<{e.key}>" if e.kind == "open" else "</>")
>>> "".join(out)
'01<low>23</><high><low>45</>67</>89'

"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator
from typing import Literal

from attrs import frozen

__all__ = ["Event", "Span", "nest"]


@frozen(kw_only=True)
class Span:
    """A span to draw: ``[start, end)`` of the text, its rank where spans cross, and a key naming it."""

    start: int
    end: int
    rank: int
    key: str


@frozen(kw_only=True)
class Event:
    """One step of the nested stream.

    ``text``: the run ``[start, end)``; ``open``: an element for ``key`` starts, ``first`` telling
    whether it is the span's first piece (the one that carries its id); ``close``: it ends.
    """

    kind: Literal["text", "open", "close"]
    start: int = 0
    end: int = 0
    key: str = ""
    first: bool = False


def nest(spans: Iterable[Span], length: int) -> Iterator[Event]:
    """The events that draw ``spans`` over a text of ``length`` characters, properly nested.

    Spans are clipped to the text; empty ones are dropped. At one start the longer span is
    the outer one (the higher rank for equal spans). Where two spans cross, the one of lower
    rank (the later one for equal ranks) is split at the other's edge; every piece holds text.
    """
    # heap entries: (start, -end, -rank, order, key, first)
    heap: list[tuple[int, int, int, int, str, bool]] = []
    for order, s in enumerate(spans):
        start, end = max(0, s.start), min(length, s.end)
        if start < end:
            heap.append((start, -end, -s.rank, order, s.key, True))
    heapq.heapify(heap)
    out: list[Event] = []
    stack: list[tuple[int, int, int, str, bool, int]] = []  # open elements: end, rank, order, key, first, opened at
    pos = 0

    def text_to(end: int) -> None:
        nonlocal pos
        if pos < end:
            out.append(Event(kind="text", start=pos, end=end))
            pos = end

    while heap:
        start, neg_end, neg_rank, order, key, first = heapq.heappop(heap)
        end, rank = -neg_end, -neg_rank
        while stack and stack[-1][0] <= start:
            text_to(stack[-1][0])
            out.append(Event(kind="close", key=stack.pop()[3]))
        text_to(start)
        while stack and stack[-1][0] < end:
            top_end, top_rank, top_order, top_key, top_first, opened = stack[-1]
            if top_rank >= rank:
                # the new span gives way: its piece ends with the open element, the rest comes later
                heapq.heappush(heap, (top_end, -end, -rank, order, key, False))
                end = top_end
                break
            # the open element gives way: it closes here and its rest opens inside the new span
            stack.pop()
            if opened == pos:  # nothing inside it yet: take its opening back
                out.pop()
            else:
                out.append(Event(kind="close", key=top_key))
                top_first = False
            heapq.heappush(heap, (start, -top_end, -top_rank, top_order, top_key, top_first))
        stack.append((end, rank, order, key, first, pos))
        out.append(Event(kind="open", key=key, first=first))
    while stack:
        text_to(stack[-1][0])
        out.append(Event(kind="close", key=stack.pop()[3]))
    text_to(length)
    return iter(out)
