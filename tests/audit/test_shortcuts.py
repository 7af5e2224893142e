"""The audit's shortcuts held to the full computation they stand for: a pre-test that skips a pattern,
a bound that skips a search. Each is tried on the real reports (read from ../shared, skipped when absent)
and on generated text."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS, ROOT
from dutyreport.audit import comparisons, counts, figures, growth, outside_noise, parts, shares, subjects
from dutyreport.indicators.build import build_indicators
from dutyreport.model.grounded import Span
from dutyreport.model.quantities import Count, Percent
from dutyreport.model.report import Indicator, IndicatorKind
from dutyreport.pipeline import document
from dutyreport.quantities.scan import find_quantities
from dutyreport.spans import Breaks


def _real_texts() -> list[str]:
    shared = ROOT.parent / "shared" / "realworld"
    paths = [*CORPUS, *sorted(shared.glob("*.txt")), *sorted((ROOT / "tests" / "fixtures").glob("*/*.txt"))]
    return [p.read_text(encoding="utf-8") for p in paths]


REAL = _real_texts()
_NAMES = st.text(alphabet=st.sampled_from(list("小学中幼儿园校区东湖、,，;: \n甲乙")), max_size=60)


def _school_names_hold_their_shortest(text: str) -> None:
    assert all(len(m.group()) >= counts._SCHOOL_SHORTEST for m in counts._SCHOOL.finditer(text))


@settings(max_examples=300, deadline=None)
@given(_NAMES)
def test_no_school_name_is_shorter_than_the_bound_on_their_number(text: str) -> None:
    # (a count of schools above len(rest) // _SCHOOL_SHORTEST is not matched against the names)
    _school_names_hold_their_shortest(text)


@pytest.mark.skipif(not REAL, reason="no real reports")
def test_no_school_name_of_the_real_reports_is_shorter_than_the_bound() -> None:
    for text in REAL:
        _school_names_hold_their_shortest(text)


def _row_before(text: str) -> None:
    for end in range(len(text) + 1):
        found = parts._CLOSE_THEN_SPACE.search(text[max(0, end - 12) : end]) is not None
        if found:
            assert end > 0 and text[end - 1] in parts._ROW_LAST


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("）)】 \t\u3000\n甲12")), max_size=30))
def test_a_table_row_total_stands_after_one_of_the_characters_tested_first(text: str) -> None:
    _row_before(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("各每均甲1所、")), max_size=12))
def test_a_part_counted_for_each_name_stands_after_a_first_character_of_each_of(text: str) -> None:
    # (_multiplier reads _EACH_OF only where the character before the part is one it can start with)
    assert parts._EACH_OF_FIRSTS is not None
    for k in range(1, len(text) + 1):
        if parts._EACH_OF.match(text, k - 1, k):
            assert text[k - 1] in parts._EACH_OF_FIRSTS


def _audited(text: str) -> tuple[figures.Context, list[Indicator]]:
    doc = document(text)
    inds = [i for i in build_indicators(doc, find_quantities(doc.text)) if not doc.in_noise(i.start)]
    return figures.Context(doc), inds


@pytest.mark.parametrize("text", REAL[:40])
def test_the_summable_figures_found_once_are_what_each_figure_gives(text: str) -> None:
    ctx, inds = _audited(text)
    each = [parts._summable(ctx, i) for i in inds]
    assert parts.summables(ctx, inds) == each
    assert parts._summable_ks(ctx, inds) == [k for k, s in enumerate(each) if s]


def test_of_which_is_a_plain_word_found_with_str_find() -> None:
    # (second_breakdown looks for it with str.find, not the pattern)
    assert re.escape(parts._OF_WHICH_WORD) == parts._OF_WHICH_WORD
    assert re.escape(shares._WHOLE_FIRST_WORD) == shares._WHOLE_FIRST_WORD
    assert parts._OF_WHICH.fullmatch(parts._OF_WHICH_WORD)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("发放拨付了安排投入下达甲乙 ")), max_size=12))
def test_a_subject_loses_its_lead_verb_as_the_substitution_takes_it(subject: str) -> None:
    noise = subjects._SUBJECT_NOISE.sub("", subject)
    assert subjects.bare_subject(subject) == subjects._SUBJECT_LEAD.sub("", noise)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("其中:：,， 分别为是按类分甲（(")), max_size=14))
def test_a_part_marker_is_matched_where_a_search_finds_it(between: str) -> None:
    s = between.lstrip(parts.OPEN_BRACKETS)
    found = parts._PART_MARKER.search(s)
    matched = parts._PART_MARKER.match(s)
    assert (found and found.span()) == (matched and matched.span())


@pytest.mark.parametrize("text", REAL[:40])
def test_the_figures_outside_noise_are_those_the_document_says_are(text: str) -> None:
    doc = document(text)
    indicators = build_indicators(doc, find_quantities(doc.text))
    assert outside_noise(doc, indicators) == [i for i in indicators if not doc.in_noise(i.start)]


@pytest.mark.parametrize("text", REAL[:40])
def test_a_rate_of_a_pair_read_once_is_what_reading_it_again_finds(text: str) -> None:
    ctx, inds = _audited(text)
    ks = shares._rate_figures(ctx, inds)
    assert ks == [k for k in ctx.figures(inds).of("%") if k >= 1 and shares._rate_figure(inds[k])]
    assert [shares._rate_of_pair(ctx, inds, k) for k in ks] == [shares._find_rate_of_pair(ctx, inds, k) for k in ks]
    names = [shares._rate_name(ctx, inds[k - 1], inds[k]) for k in ks]
    assert [shares._rate_name_at(ctx, inds, k) for k in ks] == names


@pytest.mark.parametrize("text", REAL[:40])
def test_the_rates_of_change_found_among_the_percentages_are_those_each_figure_gives(text: str) -> None:
    ctx, inds = _audited(text)
    expected = [
        i
        for i in inds
        if i.kind is IndicatorKind.CHANGE
        and isinstance(i.quantity, Percent)
        and not i.quantity.percentage_point
        and figures.plain(i)
    ]
    assert growth.rates_of_change(ctx, inds) == expected


@pytest.mark.parametrize("text", REAL[:40])
def test_the_counts_before_a_figure_in_its_sentence_are_those_a_walk_of_the_window_finds(text: str) -> None:
    ctx, inds = _audited(text)
    for k, p in enumerate(inds):
        s_start, _ = ctx.sentence(p.start)
        window = inds[max(0, k - figures.WINDOW) : k]
        expected = [i for i in window if i.start >= s_start and isinstance(i.quantity, Count) and figures.plain(i)]
        assert shares.counts_before(ctx, inds, k) == expected


def _rises_read_trigger_by_trigger(ctx: figures.Context, inds: list[Indicator]) -> list[list[tuple[int, int]]]:
    """The rates all_rise reads for each sentence or line that says they all rise: every figure of it read
    again for each trigger, its line found by searching the text."""
    text = ctx.text
    triggers = [(*ctx.sentence(m.start()), m.group()) for m in growth._ALL_RISE.finditer(text)]
    for m in growth._SLOGAN.finditer(text):
        line_e = text.find("\n", m.end())
        triggers.append((text.rfind("\n", 0, m.start()) + 1, len(text) if line_e < 0 else line_e, m.group()))
    seen: set[int] = set()
    found = []
    for s, e, _ in triggers:
        rates = [
            i
            for i in inds
            if s <= i.start < e
            and i.kind is IndicatorKind.CHANGE
            and isinstance(i.quantity, Percent)
            and not i.quantity.percentage_point
            and figures.plain(i)
            and i.start not in seen
        ]
        seen.update(i.start for i in rates)
        if rates:
            found.append([(i.start, i.end) for i in rates])
    return found


def _rises(text: str) -> tuple[list[list[tuple[int, int]]], list[list[tuple[int, int]]]]:
    ctx, inds = _audited(text)
    found = [[(f.start, f.end) for f in c.figures] for c in growth.all_rise(ctx, inds)]
    return found, _rises_read_trigger_by_trigger(ctx, inds)


@pytest.mark.parametrize("text", REAL[:40])
def test_the_rates_said_to_rise_are_read_once_as_reading_each_trigger_finds(text: str) -> None:
    found, expected = _rises(text)
    assert found == expected


_RISE_PIECES = ["同比增长1.2%", "增长0.5%", "下降2%", "比上年增长3%", "，", "、", "。", "\n"]
_RISE_PIECES += ["均比上年增长", "逐年增长", "稳步增长"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_RISE_PIECES), max_size=30).map("".join))
def test_the_rates_said_to_rise_in_generated_lines_are_read_once_as_reading_each_trigger_finds(text: str) -> None:
    # (a line with several slogans and sentences that say all rise: each rate read for the first that holds it)
    found, expected = _rises("全县教育经费情况。\n" + text)
    assert found == expected


@pytest.mark.parametrize("text", REAL[:40])
def test_the_line_breaks_the_families_look_up_are_those_of_the_text_they_read(text: str) -> None:
    # (all_rise and rate_of_earlier_whole find a line's ends among the Document's line breaks, not by a search
    # of the folded text: folding keeps every line break where it stands)
    ctx, _ = _audited(text)
    lines = ctx.breaks("\n")
    assert lines == [i for i, c in enumerate(ctx.text) if c == "\n"]
    for pos in range(0, len(ctx.text), 97):
        k = bisect.bisect_left(lines, pos)
        assert (lines[k - 1] + 1 if k else 0) == ctx.text.rfind("\n", 0, pos) + 1
        assert (lines[k] if k < len(lines) else -1) == ctx.text.find("\n", pos)


@pytest.mark.skipif(not REAL, reason="no real reports")
def test_the_window_after_a_bare_count_is_what_reading_to_its_line_end_finds() -> None:
    # (the line break is looked for no further than the reach: a nearer end of the window is the same)
    for text in [*REAL, "落实五项管理" + "甲" * 198 + "\n乙", "落实五项管理" + "甲" * 199 + "\n乙", "三大机制\n"]:
        for m in counts._BARE_COUNT_FIRST.finditer(text):
            e = m.end()
            expected = min(len(text), e + 200, (text.find("\n", e) + 1 or len(text)))
            assert counts.bare_window_end(text, e) == expected


def _items_before_dun(text: str) -> list[tuple[int, int]]:
    """(start, position of the 、) of each non-empty item before a 、: the characters back to the nearest
    stop, at most 12, read from each 、 in turn."""
    found = []
    for p in [i for i, c in enumerate(text) if c == "、"]:
        k = p
        while k > max(0, p - counts._ITEM_CHARS) and not (
            text[k - 1] in counts._ITEM_STOPS_BEFORE or text[k - 1].isspace()
        ):
            k -= 1
        if k < p:
            found.append((k, p))
    return found


_COUNT_CHAR = re.compile(f"[{re.escape(''.join(sorted(counts._COUNT_FIRSTS)))}]")  # (a count's first character)


def _items_before_counted_dun(text: str, duns: Sequence[int] | None = None) -> list[tuple[int, int, int, int]]:
    """(start of its item, position, where the count stands, where the hard stop stands) of each 、 with a
    non-empty item before it and a count after it: counts._counted_duns with each item read back, as
    counts.lists_before reads it."""
    item_back = counts._ITEM_BACK.search
    return [
        (item.start(), q, count_at, stop)
        for q, count_at, stop in counts._counted_duns(text, duns)
        if (item := item_back(text, max(0, q - counts._ITEM_CHARS), q)) is not None
    ]


def _items_before_counted_dun_read_one_by_one(text: str) -> list[tuple[int, int, int, int]]:
    found = []
    for k, p in _items_before_dun(text):
        hard = counts._HARD_STOP.search(text, p)
        count = _COUNT_CHAR.search(text, p + 1, hard.start() if hard else len(text))
        if count is None:
            continue
        after = counts._HARD_STOP.search(text, count.start())
        found.append((k, p, count.start(), after.start() if after else len(text)))
    return found


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("、，。;甲乙丙三五12十大机制 \u3000\xa0\u2003\n“《")), max_size=50))
def test_the_items_before_a_counted_dun_are_what_reading_each_dun_finds(text: str) -> None:
    # (one scan finds the 、, where its count stands and the hard stop after it; the item is read back; the 、
    # before a count are taken together, those after it up to the stop passed over together)
    expected = _items_before_counted_dun_read_one_by_one(text)
    assert _items_before_counted_dun(text) == expected
    assert _items_before_counted_dun(text, Breaks(text).of("、")) == expected


@pytest.mark.skipif(not REAL, reason="no real reports")
def test_the_items_before_a_counted_dun_of_the_real_reports_are_what_reading_each_dun_finds() -> None:
    for text in REAL:
        assert _items_before_counted_dun(text) == _items_before_counted_dun_read_one_by_one(text)


@pytest.mark.skipif(not REAL, reason="no real reports")
def test_the_lists_before_a_count_read_at_the_documents_duns_are_what_a_scan_finds() -> None:
    # (named_counts passes the places of the 、 the Document found in the text as written: folding keeps them)
    for text in REAL:
        doc = document(text)
        folded, duns = doc.folded, doc.breaks.of("、")
        assert duns == [i for i, c in enumerate(folded) if c == "、"]
        assert _items_before_counted_dun(folded, duns) == _items_before_counted_dun_read_one_by_one(folded)
        found = [(m.span(), m.groupdict()) for m in counts.lists_before(folded, duns)]
        assert found == [(m.span(), m.groupdict()) for m in counts._LIST_BEFORE.finditer(folded)]


@pytest.mark.parametrize("item", ["、1", "、x人"])
def test_a_long_list_is_read_for_counts_in_linear_time(item: str) -> None:
    # A list without a hard stop: a count after each 、 (、1) or none at all (、x人). The look-ahead that found
    # such a 、 read the rest of the list from every 、 (the next hard stop after the count, or the count it
    # never found): n² in the list's length, 16 times the list took about 250 times as long.
    import time

    def seconds(n: int) -> float:
        text = "学校" + item * n
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            _items_before_counted_dun(text)
            best = min(best, time.process_time() - t0)
        return best

    assert seconds(64_000) / seconds(4_000) < 48


class _CountedSearches:
    """A pattern that counts its searches."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.searches = pattern, 0

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        self.searches += 1
        return self.pattern.search(text, pos, endpos)


@pytest.mark.parametrize("item", ["、1", "、1、x", "、x人"])
def test_a_long_list_looks_for_its_counted_noun_once_not_from_every_dun(
    item: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (the noun after a count is looked for up to the next hard stop, the rest of such a list: only where an item
    # is tried, not from every 、 after a failed one, or a list without a stop is read again from each)
    counting = _CountedSearches(counts._LIST_NOUN_RE)
    monkeypatch.setattr(counts, "_LIST_NOUN_RE", counting)
    text = "学校" + item * 2000
    assert list(counts.lists_before(text)) == []
    assert counting.searches <= 1


def test_the_counted_nouns_are_plain_words() -> None:
    # (lists_after tries a count only before an opener a noun ends right before, found with str.endswith)
    assert all(re.escape(w) == w and counts._NOUN_RE.fullmatch(w) for w in counts._NOUN_WORDS)


_AFTER_PIECES = [*"三五12个项:：,，“”\" \u3000\n甲、。", "机制", "工程", "分别是", "包括", "即", "集聚区", "三大"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_AFTER_PIECES), max_size=24).map("".join))
def test_the_lists_after_a_count_tried_before_a_noun_are_what_a_scan_finds(text: str) -> None:
    colons = sorted(i for c in counts._OPENER_COLONS for i in range(len(text)) if text[i] == c)
    scan = [(m.span(), m.groupdict()) for m in counts._LIST_AFTER.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in counts.lists_after(text)] == scan
    assert [(m.span(), m.groupdict()) for m in counts.lists_after(text, colons)] == scan


@pytest.mark.parametrize("text", REAL[:40])
def test_the_colons_found_once_are_the_colons_of_the_folded_text(text: str) -> None:
    ctx, _ = _audited(text)
    found = ctx.doc.breaks.of(counts._OPENER_COLONS)
    assert found == sorted(i for i, c in enumerate(ctx.text) if c in counts._OPENER_COLONS)
    scan = [(m.span(), m.groupdict()) for m in counts._LIST_AFTER.finditer(ctx.text)]
    assert [(m.span(), m.groupdict()) for m in counts.lists_after(ctx.text, found)] == scan


def _etc_before_count_one_by_one(text: str) -> list[int]:
    found = [i for i in range(len(text)) if text.startswith(counts.ETC.pattern, i)]
    return [i for i in found if text[i + 1 : i + 2] in counts._COUNT_FIRSTS]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("等三七12个乡镇方面、甲")), max_size=30))
def test_the_etc_before_a_count_is_found_as_reading_each_etc_finds_it(text: str) -> None:
    # (ETC is one plain character, so its places never overlap and the count stands right after it)
    assert len(counts.ETC.pattern) == 1 and re.escape(counts.ETC.pattern) == counts.ETC.pattern
    assert [m.start() for m in counts._ETC_BEFORE_COUNT.finditer(text)] == _etc_before_count_one_by_one(text)


@pytest.mark.skipif(not REAL, reason="no real reports")
def test_the_etc_before_a_count_of_the_real_reports_is_found_as_reading_each_etc_finds_it() -> None:
    for text in REAL:
        assert [m.start() for m in counts._ETC_BEFORE_COUNT.finditer(text)] == _etc_before_count_one_by_one(text)


_COMPARE_PIECES = [
    *"仍均略高低不超未远明甲县（( \u3000\xa0\x85\u2028\u180e\x1c",
    "高于",
    "低于",
    "不低于",
    "超出",
    "公务员",
]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from([",", "，"]), st.lists(st.sampled_from(_COMPARE_PIECES), max_size=12).map("".join))
def test_a_comparison_after_a_comma_opens_with_white_space_or_a_first_character_tested_first(
    comma: str, rest: str
) -> None:
    # (comparison skips the pattern where the character after the comma is neither)
    assert comparisons._COMPARE_SECONDS is not None
    gap = comma + rest
    if comparisons._COMPARE.fullmatch(gap):
        second = gap[1:2]
        assert not second or second.isspace() or second in comparisons._COMPARE_SECONDS


@pytest.mark.parametrize("text", REAL[:40])
def test_a_count_naming_its_noun_after_it_is_of_a_generic_family(text: str) -> None:
    # (parts_and_total reads the noun after a total only where the total's family is a generic word)
    ctx, inds = _audited(text)
    fams = ctx.figures(inds).fams
    for k, i in enumerate(inds):
        if parts._noun_after(ctx.text, i) is not None:
            assert fams[k] in parts._GENERIC, i.text


def _compared_in_full(text: str, before: Indicator | Span, i: Indicator | Span) -> bool:
    """What parts._compared_with stands for: both patterns tried, without its pretests."""
    if figures.BASE_YEAR.search(text, max(before.end, i.start - figures.BASE_REACH), i.start):
        return True
    return figures.PRIOR.fullmatch(text, before.end, i.start) is not None


@pytest.mark.parametrize("text", REAL[:40])
def test_a_figure_compared_with_is_found_as_both_patterns_find_it(text: str) -> None:
    ctx, inds = _audited(text)
    for k, before in enumerate(inds):
        for i in inds[k + 1 : k + 9]:  # (a total or a part and the figures after it, as parts_and_total reads them)
            assert parts._compared_with(ctx.text, before, i) is _compared_in_full(ctx.text, before, i), i.text


_COMPARED_PIECES = ["较", "比", "相比", "同比", "上年", "去年", "上年度", "2022年", "同期", "的", "为", "是", ",", "，"]
_COMPARED_PIECES += [" ", "\n", "\u3000", "增长", "其中", "5.6亿元", "甲"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_COMPARED_PIECES), max_size=12).map("".join))
def test_a_figure_compared_with_in_generated_text_is_found_as_both_patterns_find_it(words: str) -> None:
    text = f"8.1亿元{words}7.6亿元增长6.6%"
    at = 5 + len(words)
    before, i = Span(start=0, end=5, text=text[:5]), Span(start=at, end=at + 5, text=text[at : at + 5])
    assert parts._compared_with(text, before, i) is _compared_in_full(text, before, i)  # type: ignore[arg-type]
