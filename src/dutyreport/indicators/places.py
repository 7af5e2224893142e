"""What the reading of subjects works on: a figure as read so far (:class:`Figure`, what the readings of the
figures after it read of it) and the stretch of text its subject may be read from (:class:`SubjectPlace`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ..model.quantities import Quantity
from ..model.report import IndicatorKind

__all__ = ["Figure", "Labels", "SubjectPlace", "SubjectPlaceFields", "recent"]


class Figure(NamedTuple):
    """A figure as read so far, before its key: what the readings of the figures after it read of it."""

    start: int
    end: int
    quantity: Quantity
    subject: str | None
    year: int | None
    kind: IndicatorKind


class SubjectPlace(NamedTuple):
    """Where a figure's subject may be read: from ``lo`` (its item's start) in a sentence; ``head``: the
    line a numbered list of lines hangs from, where the figure's line is an item of one (:class:`ListHeads`)."""

    lo: int
    sentence_start: int
    start: int
    end: int
    clause_end: int
    head: tuple[int, int] | None = None
    line_start: int = -1  # (where its line starts, if known)
    next_figure: int = 1 << 62  # where the next figure starts (a masked one ends the words after this one)


# A SubjectPlace's fields as a plain tuple, in its order (what the stage passes for each figure: no object each).
SubjectPlaceFields = tuple[int, int, int, int, int, tuple[int, int] | None, int, int]


# Labels under heads seen so far in a report: figure start -> (label, head).
Labels = dict[int, tuple[str, str]]


def recent(out: Sequence[Figure], pos: int) -> Sequence[Figure]:
    """The indicators so far that start at or after ``pos`` (a walk back from the end, not a scan)."""
    k = len(out)
    while k > 0 and out[k - 1].start >= pos:
        k -= 1
    return out[k:]
