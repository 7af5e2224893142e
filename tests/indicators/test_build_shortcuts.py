"""Shortcuts of the indicator stage held to the full computation they stand for.

Where :mod:`dutyreport.indicators.subjects` skips a pattern because the string cannot match it (a first
character no match opens with, no 年 for a date), the pattern itself must find nothing there: over every
stretch of the real reports in ``../shared`` (read at run time) and over generated text.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from conftest import CORPUS, realworld_files
from dutyreport.indicators import subjects as s
from dutyreport.lang.figures import EACH_WORDS, FREQUENCY_WORDS, LEAD_COMPOUNDS, SUBJECT_LEAD_WORDS, YEAR_LEADS

_WORDS = sorted({e.word for e in (*SUBJECT_LEAD_WORDS, *LEAD_COMPOUNDS)})
_text = st.lists(
    st.one_of(
        st.sampled_from(_WORDS),
        st.sampled_from(list("和及与與或并、，,:：;；()（）“”\"①⑳一十 \t\u3000\x1c\x85\n2019年20251")),
        st.text(max_size=2),
    ),
    max_size=6,
).map("".join)


def _held(stretch: str) -> None:
    if not s._may_lead(stretch):
        assert s._LEAD.match(stretch) is None, stretch
    if not s._may_join(stretch):
        assert s._JOINERS.match(stretch) is None, stretch
    if "年" not in stretch:
        assert s._DATES.search(stretch) is None, stretch
    assert s._no_dates(stretch) == s._DATES.sub("", stretch)


def test_the_first_characters_are_read() -> None:
    assert s._LEAD_FIRSTS is not None and s._JOINER_FIRSTS is not None


@given(_text)
def test_a_skipped_pattern_finds_nothing_in_generated_text(stretch: str) -> None:
    _held(stretch)


def test_a_skipped_pattern_finds_nothing_in_the_real_reports() -> None:
    paths = [*CORPUS, *realworld_files()]
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for i in range(len(text)):
            _held(text[i : i + 24])
    assert paths


def _quoted_by_every_line_break(text: str) -> list[tuple[int, int]]:
    """The quoted regions as read mark by mark and line break by line break (what the stage's reading,
    which looks for a line break only between two marks while a quote is open, stands for)."""
    from dutyreport.indicators.build import _QUOTE_PAIRS

    out: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch == "\n":
            stack.clear()
        elif ch in _QUOTE_PAIRS and not (ch == '"' and stack and stack[-1][0] == '"'):
            stack.append((ch, i))
        elif stack and ch == _QUOTE_PAIRS[stack[-1][0]]:
            out.append((stack.pop()[1], i + 1))
    return sorted(out)


@given(st.text(alphabet=st.sampled_from(list("“”《》「」『』〈〉\"\n甲1 ")), max_size=30))
def test_the_quoted_regions_are_those_read_line_break_by_line_break(text: str) -> None:
    from dutyreport.indicators.build import _quoted_regions

    assert _quoted_regions(text) == _quoted_by_every_line_break(text)


def test_the_quoted_regions_of_the_real_reports_are_those_read_line_break_by_line_break() -> None:
    from dutyreport.indicators.build import _quoted_regions

    paths = [*CORPUS, *realworld_files()]
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert _quoted_regions(text) == _quoted_by_every_line_break(text), path.name
    assert paths


def _kind_cues_held(stretch: str) -> None:
    from dutyreport.indicators import build
    from dutyreport.lang.figures import alternation

    each, frequency = re.compile(alternation(EACH_WORDS)), re.compile(alternation(FREQUENCY_WORDS))
    either = each.search(stretch) is not None or frequency.search(stretch) is not None
    assert (build._EACH_OR_FREQUENCY.search(stretch) is not None) == either, stretch


_CUE_WORDS = sorted({e.word for e in (*EACH_WORDS, *FREQUENCY_WORDS)})


@given(st.lists(st.one_of(st.sampled_from(_CUE_WORDS), st.text(max_size=2)), max_size=5).map("".join))
def test_one_search_for_each_or_frequency_finds_what_the_two_find_in_generated_text(stretch: str) -> None:
    _kind_cues_held(stretch)


def test_one_search_for_each_or_frequency_finds_what_the_two_find_in_the_real_reports() -> None:
    paths = [*CORPUS, *realworld_files()]
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for i in range(0, len(text), 2):
            _kind_cues_held(text[i : i + 12])
    assert paths


def _post_phrase_held(text: str, end: int, clause_end: int) -> None:
    # what read_subject skips: the words after a figure open with 已 only where its clause holds one
    if text.find("已", end, clause_end) < 0:
        assert not s._post_phrase(text, end, clause_end).startswith("已"), text[end:clause_end]


@given(st.lists(st.sampled_from(list("已完成入学的所人名2019年，,、 \x00(（”")), max_size=30).map("".join))
def test_the_words_after_a_figure_hold_no_word_its_clause_lacks_in_generated_text(text: str) -> None:
    for end in range(len(text) + 1):
        _post_phrase_held(text, end, len(text))


def test_the_words_after_a_figure_hold_no_word_its_clause_lacks_in_the_real_reports() -> None:
    paths = [*CORPUS, *realworld_files()]
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for end in range(0, len(text), 3):
            _post_phrase_held(text, end, min(len(text), end + 60))
    assert paths


def _topic_skip_held(stretch: str) -> None:
    # find_years reads no topic lead in a stretch that holds a character none holds (most stretches before a year)
    from dutyreport.indicators import years

    if years._NOT_TOPIC_CHAR.search(stretch) is not None:
        assert years._TOPIC_LEAD.fullmatch(s.unmasked(stretch).strip()) is None, stretch


_TOPIC_WORDS = sorted({e.word for e in YEAR_LEADS})


@given(
    st.lists(
        st.one_of(st.sampled_from(_TOPIC_WORDS), st.sampled_from(list("一二十是，,、 \t\u3000\x00\x1c据據2年")),
                  st.text(max_size=2)),
        max_size=5,
    ).map("".join)
)
def test_a_stretch_holding_a_character_no_topic_lead_holds_is_none_in_generated_text(stretch: str) -> None:
    _topic_skip_held(stretch)


def test_a_stretch_holding_a_character_no_topic_lead_holds_is_none_in_the_real_reports() -> None:
    paths = [*CORPUS, *realworld_files()]
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for i in range(len(text)):
            _topic_skip_held(text[max(0, i - 6) : i])
    assert paths
