"""The line a numbered list of lines hangs from (:class:`dutyreport.indicators.list_heads.ListHeads`), held to a
walk up the lines one by one, over the real reports in ``../shared`` (read at run time) and generated text, with
its lines asked for in reading order (as the figures come) and in any order."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from conftest import real_report_files
from dutyreport.indicators.list_heads import _ITEM_LINE, ListHeads


def _starts(text: str) -> list[int]:
    return [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]


def _head_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    line = text[start:end].rstrip(" \t\u3000")
    return (start, start + len(line)) if line.endswith((":", "：")) and len(line) <= 160 else None


def _above_in_full(text: str, line_start: int) -> tuple[int, int] | None:
    starts = _starts(text)
    k = starts.index(line_start)
    return _head_line(text, starts[k - 1], line_start - 1) if k else None


def _of_in_full(text: str, line_start: int) -> tuple[int, int] | None:
    starts = _starts(text)
    k = starts.index(line_start)
    if not _ITEM_LINE.match(text, line_start):
        return None
    while k > 0:  # up the items of the list to the line above its first
        k -= 1
        if not _ITEM_LINE.match(text, starts[k]):
            return _head_line(text, starts[k], starts[k + 1] - 1)
    return None  # the list opens the text: no line above it


def _held(text: str, order: list[int]) -> None:
    starts = _starts(text)
    heads = ListHeads(text, [s - 1 for s in starts[1:]])
    for line_start in order:
        assert heads.of(line_start) == _of_in_full(text, line_start), (text, line_start)
        assert heads.above(line_start) == _above_in_full(text, line_start), (text, line_start)


_LINE_PIECES = ["(1)", "（二）", "1.", "2、", "3)", "①", "12.5", "小学", "情况为", "：", ":", " ", "\u3000", "\n", "\n"]
_line = st.tuples(
    st.sampled_from(["", "", "(1)", "（二）", "1.", "2、", "3)", "①", " (2)", "12.5"]),
    st.sampled_from(["", "小学", "生均经费情况为", "幼儿园" * 30]),
    st.sampled_from(["", "", "：", ":", ": \u3000"]),
).map("".join)
_text = st.one_of(
    st.lists(st.sampled_from(_LINE_PIECES), max_size=40).map("".join),
    st.lists(_line, max_size=12).map("\n".join),
)


@given(_text, st.randoms())
def test_the_head_of_a_list_of_lines_is_the_one_a_walk_up_its_lines_finds_in_generated_text(
    text: str, rnd: random.Random
) -> None:
    starts = _starts(text)
    _held(text, starts)
    shuffled = list(starts)
    rnd.shuffle(shuffled)
    _held(text, shuffled)


def test_the_head_of_a_list_of_lines_is_the_one_a_walk_up_its_lines_finds_in_the_real_reports() -> None:
    paths = real_report_files()
    found = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        starts = _starts(text)
        _held(text, starts)
        _held(text, starts[::-1])
        found += sum(ListHeads(text, [s - 1 for s in starts[1:]]).of(s) is not None for s in starts)
    assert found  # (some lists of lines hang from a head line there)
