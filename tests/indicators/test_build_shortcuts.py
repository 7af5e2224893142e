"""Shortcuts of the indicator stage held to the full computation they stand for.

Where :mod:`dutyreport.indicators.subjects` skips a pattern because the string cannot match it (a first
character no match opens with, no 年 for a date), the pattern itself must find nothing there: over every
stretch of the real reports in ``../shared`` (read at run time) and over generated text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import CORPUS, real_report_files, realworld_files
from dutyreport.indicators import kinds
from dutyreport.indicators import subject_edges as edges
from dutyreport.indicators import subject_tidy as tidy
from dutyreport.indicators import subjects as s
from dutyreport.indicators.kinds import _not_after_change_verb
from dutyreport.lang.figure_years import YEAR_LEADS
from dutyreport.lang.figures import CHANGE_VERBS, EACH_WORDS, FREQUENCY_WORDS, TARGET_CUES, TARGET_DEADLINES
from dutyreport.lang.script import alternation, either_pattern
from dutyreport.lang.subjects import LEAD_COMPOUNDS, SUBJECT_LEAD_WORDS
from dutyreport.spans import Breaks

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
    if not tidy._may_lead(stretch):
        assert tidy._LEAD.match(stretch) is None, stretch
    if not tidy._may_join(stretch):
        assert tidy._JOINERS.match(stretch) is None, stretch
    if "年" not in stretch:
        assert edges.DATES.search(stretch) is None, stretch
    undated = edges.DATES.sub("", stretch)
    # (and the frame of a date since when that a date removed left empty: 从…以来)
    assert s.no_dates(stretch) == (edges._EMPTY_FRAME.sub("", undated) if undated != stretch else undated)


def test_the_first_characters_are_read() -> None:
    assert tidy._LEAD_FIRSTS is not None and tidy._JOINER_FIRSTS is not None


@given(_text)
def test_a_skipped_pattern_finds_nothing_in_generated_text(stretch: str) -> None:
    _held(stretch)


def _skipped_patterns_held(text: str) -> None:
    for i in range(len(text)):
        _held(text[i : i + 24])


def _quoted_by_every_line_break(text: str) -> list[tuple[int, int]]:
    """The quoted regions as read mark by mark and line break by line break (what the stage's reading,
    which looks for a line break only between two marks while a quote is open, stands for): a line break
    closes every open quote, but the last one where the next mark, on the next line, closes it within
    ``_WRAPPED_QUOTE`` characters of its opening."""
    from dutyreport.indicators.quotes import _QUOTE_PAIRS, _WRAPPED_QUOTE

    out: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    breaks_since = 0  # (line breaks since the last mark)
    for i, ch in enumerate(text):
        if ch == "\n":
            breaks_since += 1
            continue
        if ch not in _QUOTE_PAIRS and ch not in _QUOTE_PAIRS.values():
            continue
        if breaks_since:
            top = stack[-1] if stack else None
            stack.clear()
            if top and breaks_since == 1 and ch == _QUOTE_PAIRS[top[0]] and i - top[1] <= _WRAPPED_QUOTE:
                stack.append(top)
        breaks_since = 0
        if ch in _QUOTE_PAIRS and not (ch == '"' and stack and stack[-1][0] == '"'):
            stack.append((ch, i))
        elif stack and ch == _QUOTE_PAIRS[stack[-1][0]]:
            opened = stack.pop()[1]
            if not any(c in "。；;" for c in text[opened:i]):  # (a sentence said is no name)
                out.append((opened, i + 1))
    return sorted(out)


@given(st.text(alphabet=st.sampled_from(list("“”《》「」『』〈〉\"\n甲1 。;")), max_size=30))
def test_the_quoted_regions_are_those_read_line_break_by_line_break(text: str) -> None:
    from dutyreport.indicators.quotes import quoted_regions

    assert quoted_regions(Breaks(text)) == _quoted_by_every_line_break(text)


def _quoted_regions_held(text: str) -> None:
    from dutyreport.indicators.quotes import quoted_regions

    assert quoted_regions(Breaks(text)) == _quoted_by_every_line_break(text)


def _kind_cues_held(stretch: str) -> None:
    from dutyreport.lang.script import alternation

    each, frequency = re.compile(alternation(EACH_WORDS)), re.compile(alternation(FREQUENCY_WORDS))
    either = each.search(stretch) is not None or frequency.search(stretch) is not None
    assert (kinds._EACH_OR_FREQUENCY.search(stretch) is not None) == either, stretch


_CUE_WORDS = sorted({e.word for e in (*EACH_WORDS, *FREQUENCY_WORDS)})


@given(st.lists(st.one_of(st.sampled_from(_CUE_WORDS), st.text(max_size=2)), max_size=5).map("".join))
def test_one_search_for_each_or_frequency_finds_what_the_two_find_in_generated_text(stretch: str) -> None:
    _kind_cues_held(stretch)


def _kind_cues_held_in(text: str) -> None:
    for i in range(0, len(text), 2):
        _kind_cues_held(text[i : i + 12])


def _post_phrase_held(text: str, end: int, clause_end: int) -> None:
    # what read_subject skips: the words after a figure open with 已 only where its clause holds one
    if text.find("已", end, clause_end) < 0:
        assert not s._post_phrase(text, end, clause_end).startswith("已"), text[end:clause_end]


@given(st.lists(st.sampled_from(list("已完成入学的所人名2019年，,、 \x00(（”")), max_size=30).map("".join))
def test_the_words_after_a_figure_hold_no_word_its_clause_lacks_in_generated_text(text: str) -> None:
    for end in range(len(text) + 1):
        _post_phrase_held(text, end, len(text))


def _post_phrases_held(text: str) -> None:
    for end in range(0, len(text), 3):
        _post_phrase_held(text, end, min(len(text), end + 60))


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


def _topic_skips_held(text: str) -> None:
    for i in range(len(text)):
        _topic_skip_held(text[max(0, i - 6) : i])


# --- the figure stage's searches between two places (round 3) -------------------------------------------------


def _real_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in [*CORPUS, *realworld_files()]]


_CUE_CHARS = list(
    "每年从從现現目前截止至到今上全去当本當前度级以来近五三的比较較为達达增长提高(（)）元人名生均教师平工资"
    " \t\u3000\n，,；;。、2019年2025"
)
_cue_text = st.lists(
    st.one_of(st.sampled_from(_CUE_CHARS), st.sampled_from(_CUE_WORDS), st.text(max_size=2)), max_size=24
).map("".join)


def _year_words_held(text: str) -> None:
    from dutyreport.indicators import years

    assert [m.span() for m in years._year_words(text)] == [m.span() for m in years._YEAR_WORD.finditer(text)], text


@given(_cue_text)
def test_the_year_words_tried_at_their_last_character_are_those_a_scan_finds_in_generated_text(text: str) -> None:
    _year_words_held(text)


def _cues_held(text: str, clause_start: int, sentence_start: int, start: int) -> None:
    # the figure stage searches the text between places where it searched slices: the same answers
    from dutyreport.indicators import build, refine

    pre, sentence_pre = text[clause_start:start], text[sentence_start:start]
    for cue in (refine._CONTEXT_WORD, kinds.NORM_CUE, kinds._EACH_OR_FREQUENCY, kinds._RATIO_NORM, build._RELATIVE):
        assert (cue.search(text, clause_start, start) is None) == (cue.search(pre) is None), pre
    for cue in (refine._PER_STUDENT, refine._PER_PERSON):
        assert (cue.search(text, sentence_start, start) is None) == (cue.search(sentence_pre) is None), sentence_pre
    named = refine._UNIT_NAMED.search(text, clause_start, start)
    assert (named and named.group(1)) == ((m := refine._UNIT_NAMED.search(pre)) and m.group(1)), pre
    assert (refine._PEOPLE.match(text, start, start + 4) is None) == (
        re.match(refine._PEOPLE.pattern, text[start : start + 4]) is None
    )
    # _kind reads a change verb ending the clause's words where a match of one can start, not in the whole clause
    words_end = start
    while words_end > clause_start and text[words_end - 1].isspace():
        words_end -= 1
    from_ = max(clause_start, words_end - kinds._CHANGE_WIDTH)
    assert (kinds._CHANGE_CUE.search(text, from_, words_end) is None) == (
        kinds._CHANGE_CUE.search(pre.rstrip()) is None
    ), pre
    if clause_start > start - 20 and refine._CONTEXT_WORD.search(text, clause_start, start) is None:
        window = text[clause_start:start]  # (a window of _widen_qualifier: no comparative after its last number)
        assert refine._CONTEXT_WORD.search(window[refine._last_numeric(window) + 1 :]) is None


@given(_cue_text, st.data())
def test_the_cues_searched_between_places_are_those_of_the_slices_in_generated_text(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    sentence_start = data.draw(st.integers(0, start))
    _cues_held(text, data.draw(st.integers(sentence_start, start)), sentence_start, start)


def _cues_held_in(text: str) -> None:
    for start in range(0, len(text), 5):
        _cues_held(text, max(0, start - 12), max(0, start - 48), start)


def test_a_table_rows_unit_opens_with_a_bracket() -> None:
    # refine_unit looks for a row's unit only where a bracket opens before the figure on its line
    from dutyreport.indicators import refine

    texts = [*_real_texts(), "一般公共预算教育支出(万元) 52,310", "学校数（所） 58 60"]
    found = [m for text in texts for m in refine._ROW_UNIT.finditer(text)]
    assert found and all(m.group()[0] in "(（" for m in found)


def _year_clause_held(text: str, clause_start: int, start: int, clause_end: int) -> None:
    # year_of reads the clause's last and first words by position where it searched slices
    from dutyreport.indicators import years

    words_end = start
    while words_end > clause_start and text[words_end - 1].isspace():
        words_end -= 1
    firsts = years._FROM_FIRSTS
    from_end = (
        words_end > clause_start
        and (firsts is None or text[words_end - 1] in firsts)
        and years._FROM_END.match(text, words_end - 1, start) is not None
    )
    assert from_end == (years._FROM_END.search(text[clause_start:start]) is not None), text[clause_start:start]
    first_word = clause_start
    while first_word < clause_end and text[first_word].isspace():
        first_word += 1
    now = text.startswith(("现", "目前"), first_word, clause_end)
    assert now == text[clause_start:clause_end].lstrip().startswith(("现", "目前")), text[clause_start:clause_end]
    # where the words before the figure hold no present word, neither present pattern matches them
    if years._PRESENT_WORD.search(text, clause_start, start) is None:
        assert years._PRESENT.match(text, clause_start, start) is None, text[clause_start:start]
        assert years._PRESENT_AFTER_BREAK.search(text, clause_start, start) is None, text[clause_start:start]


@given(_cue_text, st.data())
def test_the_clause_words_read_by_position_are_those_of_the_slices_in_generated_text(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    clause_start = data.draw(st.integers(0, start))
    _year_clause_held(text, clause_start, start, data.draw(st.integers(start, len(text))))


def _year_clauses_held(text: str) -> None:
    for start in range(0, len(text), 3):
        _year_clause_held(text, max(0, start - 20), start, min(len(text), start + 20))


def _table_line_held(line: str) -> None:
    # table_years passes over a line opening with a long cell while no table is open: it is no header row, no caption
    from dutyreport.indicators import years

    if years._LONG_FIRST_CELL.match(line):
        cells = line.strip().split()
        assert not (len(cells) >= 3 and all(len(c) <= 8 for c in cells)), line
        assert years._CAPTION.match(line) is None, line
    if "年" not in line:  # nor is a line naming no year: a caption names one, a header row two
        cells = line.strip().split()
        assert sum(1 for c in cells[1:] if years._CELL_YEAR.fullmatch(c)) < 2, line
        assert years._CAPTION.match(line) is None, line


_TABLE_CHARS = list("指标年度2021年 2022年增减\t\u3000\x1c\x85甲乙丙丁戊己庚辛壬癸附表12（）()")


@given(st.one_of(st.sampled_from(["附表12 ", "表2 ", " 表3\t", "表4"]), st.just("")).flatmap(
    lambda lead: st.text(st.sampled_from(_TABLE_CHARS), max_size=40).map(lambda rest: lead + rest)
))
def test_a_line_opening_with_a_long_cell_or_naming_no_year_is_no_header_nor_caption_in_generated_text(
    line: str,
) -> None:
    _table_line_held(line)


def _table_lines_held(text: str) -> None:
    for line in text.splitlines(keepends=True):
        _table_line_held(line)


# The goal words and deadlines as the word tables write them (a deadline's 到 not the end of a change verb's)
_TARGET_AS_WRITTEN = re.compile(
    rf"(?:{alternation(TARGET_CUES)}"
    rf"|{'|'.join(either_pattern(_not_after_change_verb(e.pattern)) for e in TARGET_DEADLINES)})"
)


def _goal_cues_held(text: str, figures: list[tuple[int, int]]) -> None:
    # _kind reads a sentence's goal words and deadlines figure by figure, going on from the figure before

    goals = kinds.GoalCues(text)
    for sentence_start, start in figures:
        full = _TARGET_AS_WRITTEN.search(text[sentence_start:start]) is not None
        assert goals.before(sentence_start, start) == full, (text[sentence_start:start], sentence_start, start)


_GOAL_PIECES = ["截止", "截", "到", "至", "2025年", "2025", "年", "底前", "力争", "计划", "于", "预计", "，", "。", "x"]
_GOAL_PIECES += ["争取", "爭取", "先后", "上级", "资金", "累计", "提高", "增加", "的"]


@given(st.lists(st.sampled_from(_GOAL_PIECES), max_size=20).map("".join), st.data())
def test_the_goal_cues_read_sentence_by_sentence_are_those_of_each_figures_words_in_generated_text(
    text: str, data: st.DataObject
) -> None:
    # figures in reading order, each with the start of its sentence (of one, or of a new one)
    starts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=8)))
    figures, sentence_start = [], 0
    for start in starts:
        if data.draw(st.booleans()):
            sentence_start = data.draw(st.integers(sentence_start, start))
        figures.append((sentence_start, start))
    _goal_cues_held(text, figures)


def _goal_cues_of_every_place_held(text: str) -> None:
    from dutyreport.spans import SENTENCE_ENDS

    ends = Breaks(text).of(SENTENCE_ENDS)
    # every position of every sentence a figure, as the stage reads them: from its sentence's start
    figures = [
        (begin, start)
        for begin, end in zip([0, *(e + 1 for e in ends)], [*ends, len(text)], strict=True)
        for start in range(begin, end + 1)
    ]
    _goal_cues_held(text, figures)


def test_the_goal_cues_of_a_sentence_opening_after_an_as_of_word_are_read_from_its_words() -> None:
    # 到2025年 at a sentence's start: in the sentence's words nothing stands before it (截止 does, in the text)
    text = "截止到2025年达到95%"
    _goal_cues_held(text, [(1, 7), (1, 8), (1, len(text))])
    _goal_cues_held(text, [(2, 7), (2, 8), (2, len(text))])
    _goal_cues_held(text, [(0, 8), (0, 9), (0, len(text))])


def _line_spans_held(text: str) -> None:
    # table_years reads the lines from the positions of the line breaks, not with a scan of the text
    from dutyreport.indicators import years

    scanned = []
    for m in re.finditer(r"[^\n]*\n?", text):
        if m.start() == m.end():
            break
        scanned.append(m.span())
    assert list(years._line_spans(text, Breaks(text).of("\n"))) == scanned, text


@given(st.text(st.sampled_from(list("甲 \n\r\x85\u2028")), max_size=12))
def test_the_lines_read_from_the_line_breaks_are_those_scanned_in_generated_text(text: str) -> None:
    _line_spans_held(text)


def _line_spans_held_with_and_without_a_last_break(text: str) -> None:
    _line_spans_held(text)
    _line_spans_held(text.rstrip("\n"))


def _asides_held(text: str) -> None:
    # the figure stage asks where an aside opens only where a closing bracket stands between the place and the
    # figure: elsewhere the answer is none
    from dutyreport.indicators import build

    breaks = Breaks(text)
    asides, closes = build._Asides(breaks), breaks.of(")）")
    for start in range(0, len(text) + 1, 3):
        k = bisect.bisect_left(closes, start)
        last_close = closes[k - 1] if k else -1
        for pos in (max(0, start - 30), max(0, start - 8), start):
            if last_close < pos:
                assert asides.before(pos, start, max(0, pos - 40)) is None, (text[pos:start], pos, start)


def _one_section_held(text: str) -> None:
    # the figures no section starts or ends inside are found in one walk through the sections' bounds, as asking
    # the section index of each would find them
    from decimal import Decimal

    from dutyreport.indicators import build
    from dutyreport.model.quantities import Count
    from dutyreport.pipeline import document

    doc = document(text)
    if not doc.sections:
        return
    q = Count(value=Decimal(1), text="1")
    picked = [(start, start + width, q, None, None) for start in range(len(text)) for width in (1, 2, 5, 9)]
    crosses = doc.section_index.crosses
    assert build._in_one_section(picked, doc.section_index.bounds) == [p for p in picked if not crosses(p[0], p[1])]


@given(st.text(st.sampled_from(list("(（)）甲，、\n")), max_size=30))
def test_no_aside_opens_where_no_bracket_closes_before_a_figure_in_generated_text(text: str) -> None:
    _asides_held(text)


def _context_held(text: str) -> None:
    # the figure stage asks _widen_qualifier only where a comparative stands in the words before a figure or the
    # figure before it is bounded, and refine_unit only of counts and money: elsewhere each gives the figure back
    from dutyreport.indicators import build, refine
    from dutyreport.indicators.subjects import Figure
    from dutyreport.model.quantities import Count, Money
    from dutyreport.model.report import IndicatorKind
    from dutyreport.quantities.scan import MatchKind, find_quantities

    breaks = Breaks(text)
    clauses, sentences = breaks.of(build._CLAUSE_BREAK), breaks.of("。！？!?\n")
    shared, opens = refine.SharedUnits(text), breaks.of("(（")
    prior: list[Figure] = []
    for m in find_quantities(text):
        if m.kind is not MatchKind.QUANTITY:
            continue
        start, end, q = m.start, m.end, m.quantity
        clause_start = max(build._prev_break(clauses, start), start - build._CLAUSE_REACH)
        sentence_start = max(build._prev_break(sentences, start), start - build._SENTENCE_REACH)
        window_start = max(clause_start, start - 20)
        bounded_before = prior and q.qualifier is None and prior[-1].quantity.qualifier in kinds.BOUNDS
        if not (refine._CONTEXT_WORD.search(text, window_start, start) or bounded_before):
            assert refine._widen_qualifier(text, q, clause_start, start, prior) is q, text[clause_start:end]
        if not isinstance(q, (Count, Money)):
            refined = refine.refine_unit(
                text, q, sentence_start, start, end, clause_start, shared, opens, sentence_start
            )
            assert refined is q
        prior.append(Figure(start, end, q, None, None, IndicatorKind.STOCK))


_CONTEXT_PIECES = ["至少", "不超过", "控制在", "高于", "一般", "、", "和", "，", "。", "配备", "为", "达到", "人", "名"]


@given(
    st.lists(
        st.one_of(st.sampled_from(_CONTEXT_PIECES), st.sampled_from(["12个班", "360人", "2套以上", "5.78%", "3万元"])),
        max_size=16,
    ).map("".join)
)
def test_a_figure_with_no_comparative_nor_bound_before_it_is_widened_by_none_in_generated_text(text: str) -> None:
    _context_held(text)


def _bracket_searched_around(text: str, pos: int) -> tuple[int, int] | None:
    """The (…) or （…） around ``pos`` on its line as the stage searched for it before it read the brackets'
    positions: the last bracket opening in the 60 characters before it, unclosed there, and what closes it
    (or the line) in the 80 after."""
    from dutyreport.lang.punctuation import CLOSE_BRACKETS, OPEN_BRACKETS

    close = re.compile("[" + re.escape(CLOSE_BRACKETS) + "\n]")
    open_at = max(text.rfind(c, max(0, pos - 60), pos) for c in OPEN_BRACKETS)
    if open_at < 0 or close.search(text, open_at, pos):
        return None
    m = close.search(text, pos, pos + 80)
    if m is None or m.group() == "\n":
        return None
    return (open_at, m.end())


def _brackets_held(text: str) -> None:
    # find_years reads the brackets around a year from the positions of the text's brackets and line breaks
    from dutyreport.indicators import years

    around = years._Brackets(Breaks(text)).around
    for pos in range(len(text) + 1):
        assert around(pos) == _bracket_searched_around(text, pos), (text, pos)


@given(
    st.lists(
        st.one_of(st.sampled_from(list("(（)）\n甲")), st.sampled_from(["甲" * 30, "2021年"])), max_size=30
    ).map("".join)
)
def test_the_brackets_around_a_year_read_from_their_positions_are_those_searched_for_in_generated_text(
    text: str,
) -> None:
    _brackets_held(text)


def _last_paras_held(found: object) -> None:
    # year_of reads a paragraph's year from the last mention, kept per mention, that opens a clause of its own
    from dutyreport.indicators.years import Years

    assert isinstance(found, Years)
    mentions = found.all
    for b in range(1, len(mentions) + 1):
        expected: int | None = None  # the last of mentions[a:b] year_of would read, as a goes back from b
        for a in range(b - 1, -1, -1):
            if expected is None and mentions[a].para and not mentions[a].base:
                expected = a
            last = found.last_para[b - 1]
            assert (last if last >= a else None) == expected, (a, b)


@given(st.lists(st.tuples(st.booleans(), st.booleans()), max_size=12))
def test_the_last_paragraph_year_kept_per_mention_is_the_last_read_among_them_in_generated_mentions(
    flags: list[tuple[bool, bool]],
) -> None:
    from dutyreport.indicators.years import YearMention, Years

    mentions = [
        YearMention(i, i + 1, 2020, None, para, para, False, None, base) for i, (para, base) in enumerate(flags)
    ]
    _last_paras_held(Years(mentions))


def _paragraph_years_held(text: str) -> None:
    from dutyreport.indicators import years
    from dutyreport.quantities.scan import find_quantities
    from dutyreport.spans import SENTENCE_ENDS

    breaks = Breaks(text)
    sentences = breaks.of(SENTENCE_ENDS)
    _last_paras_held(years.find_years(text, find_quantities(text), (), 2021, 2021, sentences, text, breaks))



def _change_cues_held(text: str) -> None:
    # _kind searches for a change verb ending the words before a figure (white space after them aside) only where
    # their last character is one the pattern holds

    for words_end in range(len(text) + 1):
        last = text[words_end - 1] if words_end else ""
        for clause_start in (max(0, words_end - 20), max(0, words_end - 2)):
            if words_end > clause_start and (last in kinds._CHANGE_CHARS or last.isspace()):
                continue  # (a character the pattern holds, or white space, which the words never end with)
            assert kinds._CHANGE_CUE.search(text, clause_start, words_end) is None, text[clause_start:words_end]


_CHANGE_WORDS = [*sorted({e.word for e in CHANGE_VERBS}), "幅度", "比例", "率", "为", "為", "了", "达到", "達"]


@given(st.lists(st.one_of(st.sampled_from(_CHANGE_WORDS), st.text(max_size=2)), max_size=5).map("".join))
def test_no_change_verb_ends_words_whose_last_character_the_pattern_does_not_hold_in_generated_text(
    text: str,
) -> None:
    _change_cues_held(text)



def _first_characters_held(text: str) -> None:
    # the stage tries people after a number and a list going on after it only where the character there is one a
    # match may open with (or white space, for a list)
    from dutyreport.indicators import build, refine

    for pos in range(len(text) + 1):
        first = text[pos : pos + 1]
        if first not in refine._PEOPLE_FIRSTS:
            assert refine._PEOPLE.match(text, pos, pos + 4) is None, text[pos : pos + 4]
        if first not in refine._LISTED_FIRSTS and not first.isspace():
            assert refine._LISTED_ITEM.match(text, pos) is None, text[pos : pos + 12]
        # ... and a sentence opening with 其中, a clause opening with 高于 (a margin) only where one may open
        if first not in build._QIZHONG_FIRSTS and not first.isspace():
            assert build._QIZHONG_FIRST.match(text, pos) is None, text[pos : pos + 12]
        if first not in kinds.MARGIN_FIRSTS and not first.isspace():
            assert kinds._MARGIN_OPENS.match(text, pos) is None, text[pos : pos + 12]


def _point_marks_held(text: str) -> None:
    # the 是 of each 二是…十是, read once per text, are those the figure's words were searched back for
    from dutyreport.indicators import build

    marks = build._point_marks(text)
    assert marks == [i for i in range(1, len(text)) if text[i] == "是" and text[i - 1] in build._POINT_NUMERALS]


@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                ["名学生", "教师", "、3", "和4.5", " 及 6", "与7个", "人员", "\u3000", "其中", "仍高于", "三是"]
            ),
            st.text(max_size=2),
        ),
        max_size=6,
    ).map("".join)
)
def test_no_match_opens_where_the_character_is_none_a_match_opens_with_in_generated_text(text: str) -> None:
    _first_characters_held(text)
    _point_marks_held(text)



def _year_word_characters_held(text: str) -> None:
    # find_years tries the words after a year only where the character after it is one they open with, and the
    # words before it only where the character before it is one they hold or white space
    from dutyreport.indicators import years as y

    for pos in range(len(text) + 1):
        after = text[pos : pos + 3]
        if after[:1] not in y._SINCE_AFTER_FIRSTS:
            assert y._SINCE_AFTER.match(after) is None, after
        if after[:1] not in y._DEADLINE_AFTER_FIRSTS:
            assert y._DEADLINE_AFTER.match(after) is None, after
        for before in (text[max(0, pos - 4) : pos], text[max(0, pos - 3) : pos]):
            last = before[-1:]
            if last.isspace():
                continue
            for chars, pattern in (
                (y._SINCE_OPENER_CHARS, y._SINCE_OPENER),
                (y._DEADLINE_BEFORE_CHARS, y._DEADLINE_BEFORE),
                (y._BASE_BEFORE_CHARS, y._BASE_BEFORE),
            ):
                if last not in chars:
                    assert pattern.search(before) is None, (pattern.pattern, before)


_YEAR_WORD_PIECES = ["2021年", "以来", "底前", "年底前", "末", "从", "自 ", "到", "争取", "较", "同比", "\n", "，"]


@given(st.lists(st.one_of(st.sampled_from(_YEAR_WORD_PIECES), st.text(max_size=2)), max_size=8).map("".join))
def test_the_words_around_a_year_hold_the_characters_they_are_tried_at_in_generated_text(text: str) -> None:
    _year_word_characters_held(text)


# --- every shortcut over the real reports (../shared, read at run time) ------------------------------------------

# Each check takes a whole report's text and holds its shortcut to the full computation over it (its stretches,
# places or lines, as the generated-text test of the same shortcut does).
_REAL_REPORT_CHECKS = [
    pytest.param(_skipped_patterns_held, id="skipped patterns find nothing"),
    pytest.param(_quoted_regions_held, id="quoted regions read line break by line break"),
    pytest.param(_kind_cues_held_in, id="one search for each or frequency"),
    pytest.param(_post_phrases_held, id="words after a figure"),
    pytest.param(_topic_skips_held, id="no topic lead"),
    pytest.param(_year_words_held, id="year words tried at their last character"),
    pytest.param(_cues_held_in, id="cues searched between places"),
    pytest.param(_year_clauses_held, id="clause words read by position"),
    pytest.param(_table_lines_held, id="no header nor caption"),
    pytest.param(_goal_cues_of_every_place_held, id="goal cues read sentence by sentence"),
    pytest.param(_line_spans_held_with_and_without_a_last_break, id="lines read from the line breaks"),
    pytest.param(_asides_held, id="no aside without a closing bracket"),
    pytest.param(_one_section_held, id="figures in one section found in one walk"),
    pytest.param(_context_held, id="no widening without a comparative or bound"),
    pytest.param(_brackets_held, id="brackets around a year"),
    pytest.param(_paragraph_years_held, id="the paragraph's year kept per mention"),
    pytest.param(_change_cues_held, id="change verbs end with a character the pattern holds"),
    pytest.param(_first_characters_held, id="people, lists, 其中 and margins open with their first characters"),
    pytest.param(_point_marks_held, id="the points of a text read once"),
    pytest.param(_year_word_characters_held, id="the words around a year hold the characters they are tried at"),
]


@pytest.mark.parametrize("check", _REAL_REPORT_CHECKS)
def test_the_shortcut_is_the_full_computation_in_the_real_reports(check: Callable[[str], None]) -> None:
    paths = real_report_files()
    for path in paths:
        try:
            check(path.read_text(encoding="utf-8"))
        except AssertionError as e:
            raise AssertionError(f"{path.name}: {e}") from e
