"""What every family reads: a figure as written, subjects compared, the parse's Context."""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS, ROOT
from dutyreport import patterns
from dutyreport.audit import comparisons, figures, growth, periods, progress, repeated, shares, subjects, values
from dutyreport.audit.figures import respective_places
from dutyreport.document import Document
from dutyreport.indicators.build import build_indicators
from dutyreport.lang.audit import (
    LIST_JOINERS,
    PERIOD_TOTALS,
    PERIOD_WORDS,
    RESPECTIVE_PRIOR,
    RESPECTIVELY,
    RISE_SLOGANS,
    SCHOOL_UNIT,
    YEARS_SO_FAR,
)
from dutyreport.lang.punctuation import CLAUSE_ENDS, CLOSE_BRACKETS, OPEN_BRACKETS, PART_ENDS
from dutyreport.lang.script import fold
from dutyreport.model.grounded import Span
from dutyreport.model.quantities import Count
from dutyreport.model.report import CheckKind
from dutyreport.patterns import find_all, matches_at
from dutyreport.pipeline import document
from dutyreport.quantities.numerals import parse_number
from dutyreport.quantities.scan import find_quantities


def _walked_depth(text: str, a: int, b: int) -> int:
    """How many brackets opened in [a, b) are still open at ``b``, walked character by character."""
    d = 0
    for ch in text[a:b]:
        if ch in OPEN_BRACKETS:
            d += 1
        elif ch in CLOSE_BRACKETS:
            d = max(0, d - 1)
    return d


@pytest.mark.parametrize(
    ("figure", "written"),
    [
        ("124680万元", Decimal("124680")),
        ("1,046家", Decimal("1046")),
        ("68,452.6万元", Decimal("68452.6")),
        ("13.46:1", Decimal("13.46")),
        ("１２所", Decimal("12")),
        ("三大", Decimal("3")),
        ("三十所", None),  # (a Chinese numeral is read when it is one character: a count's)
        ("x万元", None),
    ],
)
def test_a_figure_as_written(figure: str, written: Decimal | None) -> None:
    assert values.written_in(figure) == written


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789０１２,.．万元所", min_size=1, max_size=14))
def test_a_number_as_written_is_what_parse_number_reads_of_it(figure: str) -> None:
    token = values._NUM_TOKEN.search(figure)
    written = values.written_in(figure)
    if token is None or not token.group()[0].isdigit():
        assert written is None
    else:
        assert written == parse_number(token.group())


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="学生教师校园人数元年", max_size=12), st.text(alphabet="学生教师校园人数元年", max_size=12))
def test_subject_similarity_is_the_f1_of_shared_characters(a: str, b: str) -> None:
    common = sum((Counter(a) & Counter(b)).values())
    expected = 2 * common / (len(a) + len(b)) if common else 0.0
    assert subjects.f1(a, b) == pytest.approx(expected)
    assert subjects.f1(a, b) == subjects.f1(b, a)
    ctx = figures.Context(Document.of("某"))
    for at_least in (0.4, 0.6, 0.75):  # (the lengths alone rule a pair out only where the F1 would too)
        assert ctx.similar(a, b, at_least) is (subjects.f1(a, b) >= at_least)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="学生教师校园人数元年", max_size=12), st.text(alphabet="学生教师校园人数元年", max_size=12))
def test_the_f1_counts_shared_characters_as_the_multiset_sum_does(a: str, b: str) -> None:
    # the shared characters counted once each where a subject repeats none: the same float as the sum of minima
    expected = 0.0
    if a and b:
        common = sum(min(n, Counter(b)[ch]) for ch, n in Counter(a).items())
        if common:
            p, r = common / len(a), common / len(b)
            expected = 2 * p * r / (p + r)
    assert subjects.f1(a, b) == expected


def test_a_list_joiner_is_a_mark_or_one_of_the_plain_joining_words() -> None:
    # (Figures.joined reads no gap longer than the longest of them)
    words = LIST_JOINERS.pattern.split("|")
    assert all(re.escape(w) == w for w in words)
    for gap in ["、", "，", *words]:
        assert figures.LIST_JOINER.fullmatch(gap) and len(gap) <= figures._JOINER_LONGEST


def test_the_rise_slogans_are_plain_words_found_where_they_stand() -> None:
    # (all_rise looks for the slogans' words with str.find, then matches the pattern there)
    words = RISE_SLOGANS.pattern.split("|")
    assert all(re.escape(w) == w for w in words)
    text = "，".join(words) + "".join(words) + "逐年增长稳步增长"
    for t in [text, *_prepared_texts()[:10]]:
        found = [m.span() for m in matches_at_words(t)]
        assert found == [m.span() for m in growth._SLOGAN.finditer(t)]


_SLOGAN_PIECES = [*"只增不减三个长逐年稳步，", "增长", "逐年增长", "只增不减"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SLOGAN_PIECES), max_size=20).map("".join))
def test_the_rise_slogans_are_found_around_the_character_they_share(text: str) -> None:
    found = [m.span() for m in growth._rise_slogans(text)]
    assert found == [m.span() for m in growth._SLOGAN.finditer(text)]


def matches_at_words(text: str) -> list[Any]:
    starts = [i for w in growth._SLOGAN_WORDS for i in find_all(text, w)]
    found = list(patterns.matches_at(growth._SLOGAN, text, starts))
    # (all_rise: around the character every slogan holds)
    assert [m.span() for m in growth._rise_slogans(text)] == [m.span() for m in found]
    return found


def _done_starts_everywhere(text: str) -> list[int]:
    return [p for p in range(len(text)) if progress._DONE.match(text, p)]


_DONE_PIECES = [*"已完成整改办结销号落实全部到位解决，。 2个", "已整改", "整改完成", "已完成整改"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DONE_PIECES), max_size=30).map("".join))
def test_the_done_words_start_where_a_match_from_every_position_starts(text: str) -> None:
    # (done_within reads no clause before a count where none of these starts within reach)
    assert progress.done_starts(text) == _done_starts_everywhere(text)


def test_the_done_words_of_the_real_reports_start_where_a_match_from_every_position_starts() -> None:
    for text in _prepared_texts():
        folded = fold(text)
        assert progress.done_starts(folded) == _done_starts_everywhere(folded)


def _level_searched_one_by_one(s: str, leftmost: bool) -> int | None:
    found = [(m.start(), i) for i, rx in enumerate(subjects._LEVELS) if (m := rx.search(s))]
    if leftmost and found:
        return min(found)[1]
    return found[0][1] if len(found) == 1 else None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("幼儿园学前小初高中等职业教育特殊教师生"), max_size=16), st.booleans())
def test_a_level_is_what_a_search_for_each_level_finds(s: str, leftmost: bool) -> None:
    # (level_of asks first whether any level's words stand in the subject at all)
    assert subjects.level_of(s, leftmost) == _level_searched_one_by_one(s, leftmost)


def test_the_levels_of_the_real_subjects_are_what_a_search_for_each_level_finds() -> None:
    for text in _prepared_texts()[:40]:
        doc = document(text)
        for i in build_indicators(doc, find_quantities(doc.text)):
            s = subjects.bare_subject(fold(i.subject or ""))
            for leftmost in (False, True):
                assert subjects.level_of(s, leftmost) == _level_searched_one_by_one(s, leftmost)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("普惠园覆盖率占比全县幼儿，12%"), max_size=16))
def test_a_coverage_rate_is_named_only_where_a_coverage_name_stands(subject: str) -> None:
    # (coverage reads a subject's full pattern only where one of the names stands)
    if shares._COVERAGE_NAME.search(subject) is None:
        assert shares._COVERAGE.search(subject) is None


_PRIOR_PIECES = [*"去上一前年度同期分别为:：，、12元", "上年", "分别为", "同期分别为", "上年度同期分别为："]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PRIOR_PIECES), max_size=25).map("".join))
def test_the_prior_values_are_looked_for_back_from_each_respectively(text: str) -> None:
    # (every alternative holds 分别: respective_growth tries the pattern only a match's width back from one)
    assert all(RESPECTIVELY.pattern in alternative for alternative in RESPECTIVE_PRIOR.pattern.split("|"))
    found = [(m.span(), m.group()) for m in growth._respective_priors(text, respective_places(text))]
    assert found == [(m.span(), m.group()) for m in growth._RESPECTIVE_PRIOR.finditer(text)]


def test_the_prior_values_of_the_real_reports_are_what_a_scan_finds() -> None:
    for text in _prepared_texts():
        folded = fold(text)
        found = [m.span() for m in growth._respective_priors(folded, respective_places(folded))]
        assert found == [m.span() for m in growth._RESPECTIVE_PRIOR.finditer(folded)]


_RESPECTIVE_PIECES = [*"分别为高低于、，12%", "分别", "分分别别", "别分别分"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_RESPECTIVE_PIECES), max_size=25).map("".join))
def test_the_respective_words_found_by_their_last_character_are_what_a_scan_finds(text: str) -> None:
    # (分别 found where its 别 stands; it never overlaps itself, so its places are the scan's matches)
    assert respective_places(text) == [m.start() for m in re.finditer(RESPECTIVELY.pattern, text)]


def test_the_respective_words_of_the_real_reports_are_what_a_scan_finds() -> None:
    for text in _prepared_texts():
        folded = fold(text)
        assert respective_places(folded) == [m.start() for m in re.finditer(RESPECTIVELY.pattern, folded)]


_COMPARE_PIECES = [*"分别高低于不超过未达到、，12", "分别", "分别低于", "分分别别不低于", "超额完成"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_COMPARE_PIECES), max_size=25).map("".join))
def test_the_respective_comparisons_looked_for_at_each_respectively_are_what_a_scan_finds(text: str) -> None:
    # (the pattern opens with 分别: respective_comparison tries it only where one stands)
    found = [(m.span(), m.group()) for m in matches_at(comparisons._RESPECTIVE_COMPARE, text, respective_places(text))]
    assert found == [(m.span(), m.group()) for m in comparisons._RESPECTIVE_COMPARE.finditer(text)]


def test_the_respective_comparisons_of_the_real_reports_are_what_a_scan_finds() -> None:
    for text in _prepared_texts():
        folded = fold(text)
        found = [m.span() for m in matches_at(comparisons._RESPECTIVE_COMPARE, folded, respective_places(folded))]
        assert found == [m.span() for m in comparisons._RESPECTIVE_COMPARE.finditer(folded)]


_GAP_PIECES = [*"提高升到至为增加长底末的年\n ", "2025年", "提高到", "增加至"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_GAP_PIECES), max_size=8).map("".join))
def test_no_words_longer_than_the_gap_make_a_change_from_one_figure_to_another(between: str) -> None:
    # (from_to reads no longer gap between two figures)
    if len(between) > growth._FROM_TO_GAP:
        assert growth._UP.match(between) is None and growth._DOWN.match(between) is None


_GAP_WORDS = [*"，, 仍高于低于不达到全年实际执行数为公务员（(小学", "高于", "执行数", "决算数为", "均达到国家标准（"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_GAP_WORDS), max_size=10).map("".join))
def test_a_comparison_and_an_execution_open_with_a_comma(gap: str) -> None:
    # (comparison and budget_executed read no gap that does not open with one)
    if gap[:1] not in comparisons._COMPARE_OPENS:
        assert comparisons._COMPARE.fullmatch(gap) is None
    if gap[:1] not in repeated._EXECUTED_OPENS:
        assert repeated._EXECUTED.match(gap) is None
    words = comparisons._MEETS_WORD
    assert words is not None
    if gap[:1] not in comparisons._MEETS_OPENS or (gap[1:2] and not gap[1].isspace() and gap[1] not in words):
        assert comparisons._MEETS.fullmatch(gap) is None


def test_a_figure_year_is_kept_apart_for_each_start_and_year() -> None:
    # (Context.year keeps what it found by a number made of the start and the year: no two figures share one)
    ctx = figures.Context(Document.of("甲乙丙丁"))
    asked: list[tuple[int, int | None]] = [(1, 2020), (1, None), (0, 12020), (1, 20201), (2, 0), (0, None), (1, 9999)]
    for start, year in asked * 2:
        ind: Any = SimpleNamespace(start=start, year=year)
        assert ctx.year(ind) == (str(year) if year else "")


def test_pairwise_families_compare_the_nearest_candidates() -> None:
    items = list(range(1000))
    near = figures.near(items, items, 500)
    assert near[0] == 500 - figures.NEAR and near[-1] == 500 + figures.NEAR - 1
    assert list(figures.near(items[:10], items[:10], 5)) == items[:10]  # a report's few: all of them


@pytest.mark.parametrize("text", ["近五年来招聘新教师320人", "三年来累计投入", "2019年以来", "近几年来", "12年来"])
def test_period_words_are_found_past_the_first_character_filter(text: str) -> None:
    word = regex.search(PERIOD_WORDS.pattern, text)
    assert word is not None
    found = periods._PERIOD.search(text)
    assert found is not None and found.group() == word.group()


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=list("一二三五十两0129几近累计以来年来，的"), max_size=40))
def test_period_words_are_found_as_the_table_pattern_finds_them(text: str) -> None:
    # the table pattern, its first alternative (a run of numerals and 年来) read from the run's start
    reference = regex.compile(r"(?<![一二三四五六七八九十两0-9])" + PERIOD_WORDS.pattern)
    expected = [m.span() for m in reference.finditer(text)]
    assert [m.span() for m in periods._PERIOD.finditer(text)] == expected


# (the pieces the year and period words are made of, whole and in characters)
_MARK_PIECES = [*"一二三五十两0129几近累计以来年开始起，的", "年来", "近几年来", "2019年", "2020", "以来", "累计"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_MARK_PIECES), max_size=30).map("".join))
def test_the_year_and_period_marks_are_what_a_scan_of_their_patterns_finds(text: str) -> None:
    # (found from the centuries' two digits and from the words every match ends with or is)
    assert periods.year_marks(text) == [(m.start(), m.end(), m.group(1)) for m in periods._YEAR.finditer(text)]
    assert periods.period_marks(text) == [(m.start(), m.end(), m.group()) for m in periods._PERIOD.finditer(text)]


def test_the_year_and_period_marks_of_the_real_reports_are_what_a_scan_of_their_patterns_finds() -> None:
    for text in _prepared_texts():
        doc = Document.of(text)
        assert doc.folded == fold(text) and doc.with_tables(()).folded is doc.folded  # (one fold per parse)
        folded = doc.folded
        years = [(m.start(), m.end(), m.group(1)) for m in periods._YEAR.finditer(folded)]
        assert periods.year_marks(folded) == years
        marks = [(m.start(), m.end(), m.group()) for m in periods._PERIOD.finditer(folded)]
        assert periods.period_marks(folded) == marks


def _places_searched(text: str, words: list[str]) -> dict[str, list[int]]:
    """Where each word starts, overlapping places too: a search from every position."""
    return {w: [m.start() for m in re.finditer(f"(?={re.escape(w)})", text)] for w in words}


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from([*_MARK_PIECES, "来来", "年年来", "计计"]), max_size=30).map("".join),
    st.lists(st.sampled_from(["年来", "以来", "累计", "来", "年年", "来来", "年来来", "计"]), min_size=1, max_size=4),
)
def test_the_places_of_words_found_by_their_last_character_are_what_a_search_finds(
    text: str, words: list[str]
) -> None:
    # (one scan per last character; words ending alike, a word ending with a repeated character, one asked twice)
    assert patterns.word_places(text, words) == _places_searched(text, words)


def test_the_places_of_the_period_words_in_the_real_reports_are_what_a_search_finds() -> None:
    words = [YEARS_SO_FAR.pattern, *PERIOD_TOTALS.pattern.split("|")]
    for text in _prepared_texts():
        folded = fold(text)
        assert patterns.word_places(folded, words) == _places_searched(folded, words)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="，,、；;。！\n甲乙12", max_size=30), st.data())
def test_the_words_after_a_figure_run_to_the_next_stop(text: str, data: st.DataObject) -> None:
    end = data.draw(st.integers(0, len(text)))
    n = data.draw(st.integers(0, 10))
    stop = end  # (read character by character)
    while stop < len(text) and stop - end < n and text[stop] not in figures._AFTER_STOPS:
        stop += 1
    ind: Any = SimpleNamespace(end=end)  # (all that after reads of a figure)
    assert figures.Context(Document.of(text)).after(ind, n) == text[end:stop]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="，,：:；;。12甲乙\n", max_size=60), st.data())
def test_a_clause_starts_after_the_last_break_that_is_no_thousands_separator(text: str, data: st.DataObject) -> None:
    ctx = figures.Context(Document.of(text))
    pos = data.draw(st.integers(0, len(text)))
    sentence_start = data.draw(st.integers(-5, pos))
    lo = max(0, sentence_start, pos - figures.CLAUSE_REACH)
    expected = lo
    for i in range(lo, pos):  # the last break, read forwards
        thousands = i > lo and text[i] == "," and text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit()
        if text[i] in CLAUSE_ENDS and not thousands:
            expected = i + 1
    assert ctx.clause_start(sentence_start, pos, CLAUSE_ENDS) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="，,；;。！\n甲乙", max_size=40), st.data())
def test_the_context_reads_sentences_and_parts_as_the_document_does(text: str, data: st.DataObject) -> None:
    doc = Document.of(text)
    ctx = figures.Context(doc)
    pos = data.draw(st.integers(0, len(text)))
    assert ctx.sentence(pos) == doc.sentence(pos)
    assert ctx.part(pos) == doc.part(pos)
    before = text[: max(0, pos)]
    assert ctx.part(pos)[0] == max((before.rfind(c) + 1 for c in PART_ENDS), default=0)


def test_a_figure_is_read_once_per_parse_and_forgotten_with_it() -> None:
    ctx = figures.Context(Document.of("全县有学校20所。"))
    assert ctx.once("key", lambda: [1]) is ctx.once("key", lambda: [2])
    assert figures.Context(Document.of("全县有学校20所。")).once("key", lambda: [2]) == [2]


def _prepared_texts() -> list[str]:
    shared = ROOT.parent / "shared" / "realworld"
    paths = [*CORPUS, *sorted(shared.glob("*.txt")), *sorted((ROOT / "tests" / "fixtures").glob("*/*.txt"))]
    return [p.read_text(encoding="utf-8") for p in paths]


@pytest.mark.parametrize("text", _prepared_texts()[:40])
def test_the_prepared_figures_are_what_each_figure_gives(text: str) -> None:
    # (Figures and Context.depth stand for the per-figure functions: they must agree with them)
    doc = document(text)
    inds = [i for i in build_indicators(doc, find_quantities(doc.text)) if not doc.in_noise(i.start)]
    ctx = figures.Context(doc)
    figs = ctx.figures(inds)
    assert ctx.figures(inds) is figs
    assert figs.starts == [i.start for i in inds]
    # (the walks of Figures.tops and Figures.sentences read the starts in order; repeated_figures keeps a
    # figure's readings by its index where it kept them by its start: no two figures start alike)
    assert figs.starts == sorted(set(figs.starts))
    assert figs.fams == [values.unit_family(i) for i in inds]
    assert figs.values == [values.value(i) for i in inds]
    assert figs.plains == [values.plain(i) for i in inds]
    assert figs.tops() == [ctx.top(i.start) for i in inds]
    assert figs.sentences() == ([ctx.sentence(i.start)[0] for i in inds], [ctx.sentence(i.start)[1] for i in inds])
    assert figs.per_units() == [ctx.per_unit(i) for i in inds]
    pairs = [
        k
        for k in range(len(inds) - 1)
        if values.plain(inds[k])
        and values.plain(inds[k + 1])
        and values.unit_family(inds[k]) == values.unit_family(inds[k + 1])
    ]
    assert figs.pairs() == pairs
    assert figs.counts() == [k for k, i in enumerate(inds) if isinstance(i.quantity, Count) and values.plain(i)]
    assert figs.qualified() == [k for k, i in enumerate(inds) if i.quantity.qualifier is not None]
    for fam in ("%", "pp", "ratio", "yuan", "people", None):
        assert figs.of(fam) == [k for k, i in enumerate(inds) if values.unit_family(i) == fam and values.plain(i)]
        assert figs.of(fam, plain_only=False) == [k for k, i in enumerate(inds) if values.unit_family(i) == fam]
    schools = [
        k for k, i in enumerate(inds) if isinstance(i.quantity, Count) and i.unit == SCHOOL_UNIT and values.plain(i)
    ]
    assert set(schools) <= set(figs.of(SCHOOL_UNIT))  # (the counts of schools are of their measure word's family)
    rates = [k for k, i in enumerate(inds) if k >= 1 and shares._rate_figure(i)]
    assert shares._rate_figures(ctx, inds) == rates
    gaps = [ctx.text[inds[k].end : inds[k + 1].start] for k in range(len(inds) - 1)]
    joined = [bool(figures.LIST_JOINER.fullmatch(gap)) for gap in gaps]
    assert figs.joined() == joined
    for a in inds[:60]:
        for b in inds[:60]:
            assert ctx.depth(a.end, b.start) == _walked_depth(ctx.text, a.end, b.start)
            if b.start <= ctx.next_bracket(a.end):
                assert _walked_depth(ctx.text, a.end, b.start) == 0


_PER_UNIT_PIECES = ["生均", "人均", "均", "学校", "小学", "12所", "3.51平方米", "8000元", "校舍面积", "，", "。", "\n"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PER_UNIT_PIECES), max_size=24).map("".join))
def test_the_figures_per_unit_found_at_once_are_what_each_figure_gives(text: str) -> None:
    # (Figures.per_units rules a figure out where no 均 stands in it or right before it, or none in the text)
    doc = document(text)
    inds = [i for i in build_indicators(doc, find_quantities(doc.text)) if not doc.in_noise(i.start)]
    figs = figures.Context(doc).figures(inds)
    assert figs.per_units() == [figures.per_unit(doc.folded, i) for i in inds]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("（）()【】[]甲乙12，")), max_size=40), st.data())
def test_a_depth_looked_up_among_the_brackets_is_the_walked_depth(text: str, data: st.DataObject) -> None:
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(0, len(text)))
    ctx = figures.Context(Document.of(text))
    assert ctx.depth(a, b) == _walked_depth(text, a, b)
    if b <= ctx.next_bracket(a):  # (where the families read no depth at all)
        assert _walked_depth(text, a, b) == 0


def _figures_sorted(inds: list[Any]) -> tuple[Span, ...]:
    """A check's figures as the full computation reads them: the distinct spans, sorted."""
    return tuple(Span(start=s, end=e, text=t) for s, e, t in sorted({(i.start, i.end, i.text) for i in inds}))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 12), st.integers(0, 3)), min_size=1, max_size=6))
def test_a_checks_figures_are_their_distinct_spans_in_order(spans: list[tuple[int, int]]) -> None:
    # (check() takes figures given in reading order, each after the one before, as they are: held to the sort of
    # their distinct spans, whatever order, overlap or repetition they are given in)
    text = "学校幼儿园小学初中高中教师学生"
    inds = [SimpleNamespace(start=s, end=s + w, text=text[s : s + w]) for s, w in spans]
    made = figures.check(CheckKind.SIGN, "claim", True, inds)
    assert made.figures == _figures_sorted(inds)
    assert (made.start, made.end, made.text) == (made.figures[0].start, made.figures[0].end, made.figures[0].text)
    assert figures.check(CheckKind.SIGN, "claim", True, iter(inds)) == made


@pytest.mark.parametrize("text", _prepared_texts()[:20])
def test_the_figures_of_checks_over_real_figures_are_their_distinct_spans_in_order(text: str) -> None:
    doc = document(text)
    inds = build_indicators(doc, find_quantities(doc.text))
    for k in range(len(inds)):
        window = list(inds[k : k + 3])
        for given_as in (window, window[::-1], [*window, window[0]], window[:1]):
            assert figures.check(CheckKind.SIGN, "claim", True, given_as).figures == _figures_sorted(given_as)


# How an arithmetic claim is worded (Context.claim), one form per way the families state it: the figure as
# written where it holds, what the figures give against it where it fails; the value computed noted where it holds.
EXAMPLES_CLAIM_FORMS = [
    # (name, computed, holds, label, shown, unit, note, the claim)
    ("holds_with_a_label", "25", True, "占比", "25", "%", "", "300名 / 1200名 = 25% (占比, computed 25%)"),
    ("fails_with_a_label", "24.5", False, "占比", "24.5", "%", "", "300名 / 1200名 = 24.5 ≠ 25% (占比)"),
    ("holds_without_a_label", "25", True, None, "25", "%", "", "300名 / 1200名 = 25% (computed 25%)"),
    ("fails_without_a_label", "24.5", False, None, "24.5", "%", "", "300名 / 1200名 = 24.5 ≠ 25%"),
    ("holds_nothing_shown", "25", True, "占比", None, "%", "", "300名 / 1200名 = 25% (占比)"),
    ("holds_bare_nothing_shown", "25", True, None, None, "%", "", "300名 / 1200名 = 25%"),
    ("holds_with_a_note", "25.4", True, "占比", "25.4", "%", ", a", "300名 / 1200名 = 25% (占比, computed 25.4%, a)"),
    ("holds_in_another_unit", "25", True, None, "25", "", "", "300名 / 1200名 = 25% (computed 25)"),
]


@pytest.mark.parametrize(
    ("computed", "holds", "label", "shown", "unit", "note", "claim"),
    [c[1:] for c in EXAMPLES_CLAIM_FORMS],
    ids=[c[0] for c in EXAMPLES_CLAIM_FORMS],
)
def test_a_claim_is_worded_from_the_figures_as_written(
    computed: str, holds: bool, label: str | None, shown: str | None, unit: str, note: str, claim: str
) -> None:
    doc = document("升入高中的学生300名,初中毕业生1200名,占比为25%。")
    inds = build_indicators(doc, find_quantities(doc.text))
    share = next(i for i in inds if i.text == "25%")
    ctx = figures.Context(doc)
    found = ctx.claim(
        "300名 / 1200名",
        Decimal(computed),
        share,
        holds,
        label=label,
        shown=None if shown is None else Decimal(shown),
        unit=unit,
        note=note,
    )
    assert found == claim
