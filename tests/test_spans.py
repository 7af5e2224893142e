"""SpanSet's answers held to the plain reading of its spans (a set of the positions they cover)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dutyreport.spans import Breaks, SpanSet

_SPANS = st.lists(st.tuples(st.integers(-3, 40), st.integers(-3, 40)), max_size=8)


def _covered(spans: list[tuple[int, int]], limit: int | None) -> set[int]:
    out: set[int] = set()
    for s, e in spans:
        if limit is not None:
            s, e = max(0, s), min(limit, e)
        out.update(range(s, e))
    return out


def _runs(positions: list[int]) -> list[tuple[int, int]]:
    """Runs of consecutive positions as (start, end) stretches."""
    out: list[tuple[int, int]] = []
    for p in positions:
        if out and out[-1][1] == p:
            out[-1] = (out[-1][0], p + 1)
        else:
            out.append((p, p + 1))
    return out


@settings(max_examples=400, deadline=None)
@given(_SPANS, st.one_of(st.none(), st.integers(0, 40)), st.integers(0, 45), st.integers(0, 45))
def test_the_stretches_outside_are_the_positions_no_span_covers(
    spans: list[tuple[int, int]], limit: int | None, a: int, b: int
) -> None:
    lo, hi = min(a, b), max(a, b)
    s = SpanSet(spans, limit)
    covered = _covered(spans, limit)
    assert s.spans == _runs(sorted(covered))
    assert s.starts == [a for a, _ in s.spans] and s.ends == [b for _, b in s.spans]
    assert list(s.stretches(lo, hi)) == _runs([i for i in range(lo, hi) if i not in covered])
    text = "".join(chr(0x4E00 + i) for i in range(45))
    assert s.outside(text, lo, hi) == "".join(text[i] for i in range(lo, hi) if i not in covered)
    assert [s.hit(i) for i in range(-2, 45)] == [i in covered for i in range(-2, 45)]


def test_nothing_lies_outside_an_empty_stretch() -> None:
    s = SpanSet([(2, 5)])
    assert list(s.stretches(3, 3)) == [] and list(s.stretches(4, 2)) == [] and s.outside("abcdefg", 6, 6) == ""


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("甲，。；\n?？、"), max_size=40),
       st.lists(st.text(alphabet=list("，。；\n?"), max_size=3)))
def test_the_breaks_are_every_place_one_of_the_characters_stands(text: str, asked: list[str]) -> None:
    breaks = Breaks(text)
    for chars in [*asked, *asked]:  # (each set asked twice: the second answer is the one kept)
        assert breaks.of(chars) == [i for i, c in enumerate(text) if c in chars]


_NONEMPTY = st.lists(st.tuples(st.integers(-3, 40), st.integers(1, 12)).map(lambda p: (p[0], p[0] + p[1])), max_size=12)


@settings(max_examples=400, deadline=None)
@given(_NONEMPTY, st.one_of(st.none(), st.integers(0, 60)))
def test_spans_none_empty_merge_into_the_runs_they_cover(spans: list[tuple[int, int]], limit: int | None) -> None:
    s = SpanSet(spans, limit)
    assert s.spans == _runs(sorted(_covered(spans, limit)))
    assert s.starts == [a for a, _ in s.spans] and s.ends == [b for _, b in s.spans]
