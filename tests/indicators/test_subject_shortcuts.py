"""Shortcuts of the subject reader held to the full computation they stand for.

:func:`dutyreport.indicators.subjects.read_subject` tries the readings from the figure before only where one
pattern made of theirs matches the figure's words, and looks for a list's head only where a character a head's
mark opens with stands before the figure; :func:`~dutyreport.indicators.subject_tidy.subject_words` takes its steps
written out. Each must come to what the full computation does: over the real reports in ``../shared`` (read at
run time) and over generated text.
"""

from __future__ import annotations

import re
from decimal import Decimal

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import real_report_files
from dutyreport.indicators import list_heads as lh
from dutyreport.indicators import subject_edges as edges
from dutyreport.indicators import subject_tidy as tidy
from dutyreport.indicators import subjects as s
from dutyreport.indicators.labels import bracket_parent, level_after_link, same_measure
from dutyreport.lang.figures import CHANGE_VERBS, COMPARISON_WORDS, NEGATING_MODALS
from dutyreport.lang.punctuation import COLONS, COMMAS, LIST_MARKS
from dutyreport.lang.script import alternation, either_pattern
from dutyreport.lang.subjects import (
    AMONG_WORDS,
    ATTRIBUTES_OF_PREVIOUS,
    ATTRIBUTES_OF_PROJECT,
    CHANGE_TO_VERBS,
    GENERIC_VERBS,
    JOINER_COMPOUNDS,
    LEVEL_WORDS,
    LIST_JOINERS,
    MONEY_VERBS,
    RESPECTIVE_HEADS,
    SCORE_WORDS,
    SHARE_VERBS,
    SUBJECT_LEAD_WORDS,
    SUBJECT_TAIL_WORDS,
    TAIL_COMPOUNDS,
    TOTAL_WORDS,
)
from dutyreport.model.quantities import Count, Quantity
from dutyreport.model.report import IndicatorKind
from dutyreport.patterns import char_class

_OF_BEFORE_TABLES = (
    ATTRIBUTES_OF_PREVIOUS,
    ATTRIBUTES_OF_PROJECT,
    CHANGE_VERBS,
    COMPARISON_WORDS,
    MONEY_VERBS,
    SCORE_WORDS,
    SHARE_VERBS,
)
_OF_BEFORE_WORDS = sorted({e.word for t in _OF_BEFORE_TABLES for e in t})
_words_text = st.lists(
    st.one_of(
        st.sampled_from(_OF_BEFORE_WORDS),
        st.sampled_from(list("全年实際际已为了达率约共累计2019年比较 \n")),
        st.text(max_size=2),
    ),
    max_size=4,
).map("".join)


def _of_before_held(raw: str) -> None:
    # read_subject reads a figure's words that way (stripped: no final line break, where $ would also match)
    words = tidy.subject_words(raw)
    each = (
        tidy.CHANGE_WORDS.match(words) is not None
        or tidy.SCORE.fullmatch(words) is not None
        or tidy.ACTUAL.fullmatch(words) is not None
        or tidy.OF_PREVIOUS.fullmatch(words) is not None
        or tidy.SHARE_OF.fullmatch(words) is not None
        or tidy.OF_PROJECT.fullmatch(words) is not None
        or tidy.MONEY_VERB.fullmatch(words) is not None
    )
    assert (tidy.OF_BEFORE.fullmatch(words) is not None) == each, words
    if words:
        assert tidy._reads_figure_before(words) == each, words


@given(_words_text)
def test_one_pattern_for_the_readings_from_the_figure_before_matches_what_one_of_theirs_does(raw: str) -> None:
    _of_before_held(raw)


def test_one_pattern_for_the_readings_from_the_figure_before_in_the_real_reports() -> None:
    paths = real_report_files()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for i in range(0, len(text), 2):
            for width in (2, 4, 7):
                _of_before_held(text[i : i + width])


_MARKS = sorted({*lh._MARK_WORDS, *(e.word for e in RESPECTIVE_HEADS), *(e.word for e in AMONG_WORDS)})
_head_text = st.lists(
    st.one_of(
        st.sampled_from(_MARKS), st.sampled_from(list("分别別其中:：，,。；;、 \x00小学初中12")), st.text(max_size=3)
    ),
    max_size=8,
).map("".join)


def _head_skip_held(stretch: str) -> None:
    # _list_head reads no head where no character a mark opens with stands (noise masked in or not)
    if lh.MARK_FIRST.search(stretch) is None:
        assert lh.last_head_mark(s.unmasked(stretch)) is None, stretch


@given(_head_text)
def test_no_head_is_read_where_no_mark_opens_in_generated_text(stretch: str) -> None:
    _head_skip_held(stretch)


def test_no_head_is_read_where_no_mark_opens_in_the_real_reports() -> None:
    paths = real_report_files()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for i in range(0, len(text), 3):
            _head_skip_held(text[max(0, i - 160) : i])


# The two patterns of the subject reader that read white space, as they were written for the regex module (its
# \s): the standard engine's patterns read what these do.
_TAIL_IN_FULL = regex.compile(
    rf"(?:{alternation(SUBJECT_TAIL_WORDS, CHANGE_TO_VERBS, NEGATING_MODALS)}"
    rf"|{char_class(COMMAS + LIST_MARKS + COLONS, spaces=True)})+$"
)
_POST_LEAD_IN_FULL = regex.compile(
    either_pattern(r"^(?:的|之|余|多|以上|以下|左右|及以上|及以下|以内|和|及|与|或|[)）”’\s])+")
)


def _subject_words_in_full(raw: str) -> str:
    """subject_words with every step as its own pattern's full substitution."""
    text: str = edges.no_controls(s.unmasked(raw))
    undated = edges.DATES.sub("", text)
    text = edges._EMPTY_FRAME.sub("", undated) if undated != text else undated  # (从…以来 a date left empty)
    text = tidy._ASIDE.sub("", text)
    for _ in range(4):
        step = tidy._LEAD.sub("", text, count=1)
        if not tidy.TAIL_KEEP.search(step):
            step = _TAIL_IN_FULL.sub("", step)
        step = tidy.QUALIFIER_BEFORE.sub("", step)
        step = tidy._JOINERS.sub("", step, count=1)
        if step == text:
            break
        text = step
    i = text.rfind("等", 0, len(text) - 1)
    if i > 0 and not any(m.start() <= i < m.end() for m in tidy._DENG.finditer(text, max(0, i - 2), i + 3)):
        text = text[i + 1 :]
    return text.strip()


_LEAD_WORDS = sorted({e.word for t in (SUBJECT_LEAD_WORDS, SUBJECT_TAIL_WORDS, MONEY_VERBS) for e in t})
_subject_text = st.lists(
    st.one_of(
        st.sampled_from(_LEAD_WORDS),
        st.sampled_from(list("和及与、，,:：(（)）“”约不低于等2019年小学 \t\u3000\x00\n")),
        st.text(max_size=2),
    ),
    max_size=6,
).map("".join)


@given(_subject_text)
def test_the_words_of_a_subject_are_those_of_the_full_steps_in_generated_text(raw: str) -> None:
    assert tidy.subject_words(raw) == _subject_words_in_full(raw)


def test_the_words_of_a_subject_are_those_of_the_full_steps_in_the_real_reports() -> None:
    paths = real_report_files()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for i in range(0, len(text), 3):
            raw = text[max(0, i - 24) : i]
            assert tidy.subject_words(raw) == _subject_words_in_full(raw), raw


def test_the_patterns_joined_are_of_one_engine() -> None:
    # (one alternation of re patterns: none of them needs a feature of the regex module)
    for p in (tidy.CHANGE_WORDS, tidy.SCORE, tidy.ACTUAL, tidy.OF_PREVIOUS, tidy.OF_PROJECT, tidy.MONEY_VERB):
        assert isinstance(p, re.Pattern) and p.flags == tidy.OF_BEFORE.flags


def _firsts_held(stretch: str) -> None:
    # a pattern is not tried where the string holds (or opens with) no character its matches open with
    for firsts, patterns in (
        (s._GENERIC_FIRSTS, (s._GENERIC, s._GENERIC_ANY)),
        (s._LEVEL_FIRSTS, (s.LEVEL,)),
        (s._POST_CHANGE_FIRSTS, (s._POST_CHANGE, tidy.CHANGE_WORDS)),
    ):
        for p in patterns:
            if firsts.isdisjoint(stretch):
                assert p.search(stretch) is None, (p.pattern, stretch)
            if stretch[:1] not in firsts:
                assert p.match(stretch) is None, (p.pattern, stretch)
    # the searches anchored at the end, tried only as far back as a match can start
    for p, reach in ((tidy.TAIL_KEEP, tidy.TAIL_KEEP_REACH), (s._TOTAL_WORD, s._TOTAL_REACH)):
        assert bool(p.search(stretch, max(0, len(stretch) - reach))) == bool(p.search(stretch)), stretch
    # a total's word is looked for only where the stretch ends (or ends before a line break) as one does
    if not tidy.may_end_with_total(stretch):
        assert s._TOTAL_WORD.search(stretch) is None, stretch


_FIRST_WORDS = sorted(
    {e.word for t in (GENERIC_VERBS, MONEY_VERBS, LEVEL_WORDS, CHANGE_TO_VERBS, TAIL_COMPOUNDS, TOTAL_WORDS) for e in t}
)


@given(
    st.lists(
        st.one_of(st.sampled_from(_FIRST_WORDS), st.sampled_from(list("累计計共已 \n\x00")), st.text(max_size=2)),
        max_size=4,
    ).map("".join)
)
def test_a_pattern_is_tried_only_where_its_first_characters_stand_in_generated_text(stretch: str) -> None:
    _firsts_held(stretch)


def test_a_pattern_is_tried_only_where_its_first_characters_stand_in_the_real_reports() -> None:
    paths = real_report_files()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for i in range(0, len(text), 2):
            for width in (3, 9):
                _firsts_held(text[i : i + width])


_JOINER_IN_FULL = regex.compile(rf"(?:{alternation(LIST_JOINERS)})$")
_JOINER_COMPOUND_IN_FULL = regex.compile(rf"(?:{alternation(JOINER_COMPOUNDS)})$")


def _post_phrase_in_full(text: str, end: int, clause_end: int) -> str:
    """_post_phrase with every step as its own pattern's full substitution and search."""
    if end < clause_end and text[end] in ")）":
        return ""  # (the aside the figure stands in closes right after it)
    raw = edges.DATES.sub("", s.unmasked(text[end : min(clause_end, end + 48)]))
    stop = s._POST_STOP.search(raw)
    masked_after = clause_end <= end + 48 and clause_end < len(text) and text[clause_end] in "xX×*＊"
    while stop is not None and stop.group() == "、" and not (masked_after or tidy.NUMERIC_CHAR.search(raw, stop.end())):
        stop = s._POST_STOP.search(raw, stop.end())
    at_figure = stop is not None and stop.start() <= 24 and stop.group() not in s._LINE_STOPS + "、"
    raw = raw[: stop.start() if stop else len(raw)][:24]
    raw = _POST_LEAD_IN_FULL.sub("", raw).strip().rstrip("、")
    if at_figure and not tidy.TAIL_KEEP.search(raw):
        raw = _TAIL_IN_FULL.sub("", raw)
    if at_figure and raw and edges.object_start(raw) == len(raw):
        raw = raw[:-1].rstrip()
    joiner = _JOINER_IN_FULL.search(raw)
    if joiner and not _JOINER_COMPOUND_IN_FULL.search(raw):
        raw = raw[: joiner.start()].rstrip()
    closed = raw
    while (pair := re.search("[(（][^(（)）]*[)）]", closed)) is not None:  # (the brackets closed, innermost first)
        closed = closed[: pair.start()] + "_" * len(pair.group()) + closed[pair.end() :]
    unclosed = re.search("[(（]", closed)
    if unclosed:
        raw = raw[: unclosed.start()].rstrip()
        if not raw:
            return ""
    if raw[-1:] in (")", "）") and not any(c in "(（)）" for c in raw[:-1]):
        raw = raw[:-1]
    return "" if s._POST_CHANGE.match(raw) or tidy.CHANGE_WORDS.fullmatch(raw) else raw


_AFTER_CHARS = list("已完成入学的所人名及以上增加到降至2019年，,。:、 \x00\n(（)”")


@given(st.lists(st.sampled_from(_AFTER_CHARS), max_size=20).map("".join))
def test_the_words_after_a_figure_are_those_of_the_full_steps_in_generated_text(text: str) -> None:
    for end in range(len(text) + 1):
        for clause_end in (end, len(text)):
            assert s._post_phrase(text, end, clause_end) == _post_phrase_in_full(text, end, clause_end)


def test_the_words_after_a_figure_are_those_of_the_full_steps_in_the_real_reports() -> None:
    paths = real_report_files()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for end in range(0, len(text), 2):
            clause_end = min(len(text), end + 40)
            assert s._post_phrase(text, end, clause_end) == _post_phrase_in_full(text, end, clause_end)


def test_white_space_to_the_regex_module_is_white_space_to_str() -> None:
    # (the tail of a subject is looked for from where its last run of its characters and white space starts)
    import regex

    space = regex.compile(r"\s")
    spaces = {chr(c) for c in range(0x110000) if space.match(chr(c))}
    assert all(c.isspace() for c in spaces)
    # (and the white space the patterns moved to the standard engine name is the regex module's \s)
    assert set(tidy.WHITE_SPACE) == spaces and len(tidy.WHITE_SPACE) == len(spaces)


_SPACED_TEXT = st.lists(
    st.one_of(
        st.sampled_from(sorted({e.word for t in (SUBJECT_TAIL_WORDS, CHANGE_TO_VERBS) for e in t})),
        st.sampled_from(list("的之余多以上下左右及内和与或)）”’,，、:：小学教师")),
        st.sampled_from(list(" \t\n\x0b\x1c\x1d\x1f\x85\xa0\u2000\u200b\u3000")),
    ),
    max_size=8,
).map("".join)


def _engines_held(stretch: str) -> None:
    assert tidy.TAIL.sub("", stretch) == _TAIL_IN_FULL.sub("", stretch), stretch
    assert tidy.TAIL.search(stretch) is not None or _TAIL_IN_FULL.search(stretch) is None, stretch
    lead, lead_in_full = s._POST_LEAD.match(stretch), _POST_LEAD_IN_FULL.match(stretch)
    assert (lead and lead.span()) == (lead_in_full and lead_in_full.span()), stretch


@given(_SPACED_TEXT)
def test_the_patterns_that_read_white_space_read_as_the_regex_module_does_in_generated_text(stretch: str) -> None:
    _engines_held(stretch)


def test_the_patterns_that_read_white_space_read_as_the_regex_module_does_in_the_real_reports() -> None:
    paths = real_report_files()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for i in range(0, len(text), 3):
            _engines_held(text[i : i + 8])
            _engines_held(text[max(0, i - 8) : i])


def _words_in_full(raw: str) -> tuple[object, ...]:
    """What read_subject tests of a stretch's words, each test made in full (as it did for each figure)."""
    pre = s._aside_words(raw) or tidy.subject_words(raw)

    def short_or_generic(p: str) -> bool:
        return bool(p) and (len(p) <= 6 or s._GENERIC.fullmatch(p) is not None)

    def level(p: str) -> bool:
        return bool(p) and s.LEVEL.fullmatch(p) is not None

    obj = edges.object_start(pre) if len(pre) > 6 else None
    object_words = tidy.subject_words(pre[obj:]) if obj is not None and 0 <= len(pre) - obj <= 6 else None
    label = bool(pre) and len(pre) <= 8 and not s._GENERIC.search(pre) and not pre.endswith(s._DISTRIBUTIVE)
    return (
        pre,
        pre == "" or tidy.OF_BEFORE.fullmatch(pre) is not None,
        label,
        label and len(pre) <= 4 and level(pre),
        raw.rstrip().endswith("等"),
        object_words,
        (short_or_generic(pre), object_words is not None and short_or_generic(object_words)),
        (level(pre), object_words is not None and level(object_words)),
    )


_STRETCH_WORDS = sorted({e.word for t in (LEVEL_WORDS, GENERIC_VERBS, MONEY_VERBS, CHANGE_TO_VERBS) for e in t})
_stretch_text = st.lists(
    st.one_of(
        st.sampled_from(_STRETCH_WORDS),
        st.sampled_from(["对", "對", "结对", "等", "已", "督导组", "学校", "县", "占比", "同比增长", " ", "\n"]),
        st.text(max_size=2),
    ),
    max_size=6,
).map("".join)


def _words_hold(raw: str) -> None:
    """The tests read once of a stretch's words are those made in full; and where the flags of the readings after
    say no, those readings read nothing (a level after a link, words whose verb's object was stated before), or
    (whom a figure is per) read as in full."""
    words = s._words_of(raw)
    assert tuple(words)[:8] == _words_in_full(raw), raw
    pre = words.pre
    assert words.linkable or level_after_link(pre) is None, raw
    assert words.per_unit == (s._PER_UNIT_ALONE.fullmatch(pre) is not None), raw
    # (object_stated_before reads nothing of words longer than a verb after a place, or ending with no verb of it)
    assert words.states == (0 < len(pre) <= edges.STATED_WORDS and pre[-1] in edges.STATED_LAST), raw
    if not words.states:
        assert edges.object_stated_before(f"新建学校6所,{pre}", 0, 7 + len(pre), pre) is None, raw


@given(st.one_of(_subject_text, _stretch_text))
def test_the_tests_of_a_stretch_read_once_are_those_made_for_each_figure_in_generated_text(raw: str) -> None:
    _words_hold(s.unmasked(raw))


def test_the_tests_of_a_stretch_read_once_are_those_made_for_each_figure_in_the_real_reports() -> None:
    paths = real_report_files()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for i in range(0, len(text), 3):
            for width in (6, 12, 24):
                _words_hold(text[max(0, i - width) : i])


def _lead_once_held(stretch: str) -> None:
    # (subject_words stops where nothing but a lead came off: what is left opens with no more of it)
    lead = tidy._LEAD.match(stretch)
    if lead is not None:
        assert tidy._LEAD.match(stretch[lead.end() :]) is None, stretch


@given(st.one_of(_subject_text, _stretch_text))
def test_what_a_lead_leaves_opens_with_no_lead_in_generated_text(stretch: str) -> None:
    _lead_once_held(stretch)


def test_what_a_lead_leaves_opens_with_no_lead_in_the_real_reports() -> None:
    paths = real_report_files()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for i in range(0, len(text), 2):
            _lead_once_held(text[i : i + 24])


def _head_marks_held(windows: list[str]) -> None:
    # the windows of a report's figures read for a head in turn: what was found in a window before that the
    # window opens with (no more mark word after it) is what a reading of the window finds
    readings = s.Readings()
    for window in windows:
        assert readings.head_mark(window) == lh.head_mark_of(window)[0], window


_HEAD_PIECES = [
    *sorted({w for e in (*RESPECTIVE_HEADS, *AMONG_WORDS) for w in (e.word, e.word[:1], e.word[1:])}),
    *"：:，,。；;、 \n\x00小学初中高校所人名12.5%获悉表示为",
    "全县共有学校",
    "其中:",
    "分别为",
    "分別達到",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_HEAD_PIECES), max_size=40).map("".join), st.lists(st.integers(0, 200), max_size=12))
def test_a_head_found_for_a_window_before_is_what_a_reading_finds_in_generated_text(text: str, cuts: list[int]) -> None:
    _head_marks_held([s.unmasked(text[: min(c, len(text))]) for c in sorted(cuts)])
    _head_marks_held([s.unmasked(text[min(c, len(text)) // 3 : min(c, len(text))]) for c in cuts])


def test_a_head_found_for_a_window_before_is_what_a_reading_finds_in_the_real_reports() -> None:
    paths = real_report_files()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for floor in range(0, len(text), 37):
            _head_marks_held([text[floor:lo] for lo in range(floor, min(len(text), floor + 160), 2)])
        _head_marks_held([text[max(0, lo - 160) : lo] for lo in range(0, len(text), 5)])


def _bracket_parent_in_full(
    text: str, sentence_start: int, start: int, prior: list[s.Figure], quantity: Quantity
) -> s.Figure | None:
    """The figure a bracket open before ``start`` breaks down, of the sentence's figures taken out first."""
    opened = max(text.rfind(b, sentence_start, start) for b in "(（")
    if opened < 0 or any(text.find(b, opened, start) >= 0 for b in ")）"):
        return None
    for figure in reversed(s.recent(prior, sentence_start)):
        if figure.end <= opened:
            gap = text[figure.end : opened]
            return figure if not gap.strip() and same_measure(figure.quantity, quantity) else None
    return None


_BRACKET_CHARS = list("(（)）所个 ，。民办")
_MEASURES = (Count(value=Decimal(1), measure_word="所"), Count(value=Decimal(1), measure_word="个"))


@given(
    st.lists(st.sampled_from(_BRACKET_CHARS), min_size=1, max_size=24).map("".join),
    st.lists(st.tuples(st.integers(0, 24), st.integers(0, 3), st.sampled_from(_MEASURES)), max_size=6),
    st.integers(0, 24),
    st.sampled_from(_MEASURES),
)
def test_the_figure_a_bracket_breaks_down_is_found_walking_back_over_the_sentence(
    text: str, spans: list[tuple[int, int, Count]], sentence_start: int, quantity: Count
) -> None:
    # (bracket_parent walks back over the report's figures and stops at the first before the sentence)
    start = len(text)
    spans.sort(key=lambda span: span[:2])
    prior = [s.Figure(a, min(a + w, start), q, "学校", None, IndicatorKind.STOCK) for a, w, q in spans if a < start]
    assert bracket_parent(text, sentence_start, start, prior, quantity) == _bracket_parent_in_full(
        text, sentence_start, start, prior, quantity
    )


def test_the_figure_a_bracket_breaks_down_is_that_of_the_full_reading_in_the_real_reports() -> None:
    from dutyreport import parse

    for path in real_report_files():
        text = path.read_text(encoding="utf-8")
        figures = [
            s.Figure(i.start, i.end, i.quantity, i.subject, i.year, i.kind) for i in parse(text).indicators
        ]
        for k, figure in enumerate(figures):
            sentence_start = max(text.rfind("。", 0, figure.start), text.rfind("\n", 0, figure.start)) + 1
            held = bracket_parent(text, sentence_start, figure.start, figures[:k], figure.quantity)
            assert held == _bracket_parent_in_full(text, sentence_start, figure.start, figures[:k], figure.quantity)


@given(st.text(alphabet=st.sampled_from(list("个個班教学所 3。")), max_size=12))
def test_a_thing_counted_after_ge_is_read_only_where_a_ge_stands(text: str) -> None:
    # (read_subject looks for it only where 个 or 個 stands in the figure)
    if s._COUNTED_IN_FIGURE.search(text) is not None:
        assert "个" in text or "個" in text
