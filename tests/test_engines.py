"""Two regex engines, one meaning.

Most patterns are compiled with ``regex``; the hot ones that need nothing from it (no ``\\p{…}``,
no variable-width look-behind, no reverse search) are compiled with the standard library's ``re``,
which runs them several times faster (``make bench``). These tests hold the two engines to the same
answers for every such pattern, and hold the list search that replaced a scan from every position
to the scan it replaced.
"""

from __future__ import annotations

import bisect
import importlib
import pkgutil
import re
import warnings

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

import dutyreport
from conftest import CORPUS, realworld_files
from dutyreport.audit import counts
from dutyreport.audit.figures import respective_places
from dutyreport.indicators import list_heads
from dutyreport.indicators import subject_tidy as tidy
from dutyreport.lang.audit import NAMED_NOUNS
from dutyreport.lang.script import fold


def _re_patterns() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for info in pkgutil.walk_packages(dutyreport.__path__, "dutyreport."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        short = info.name.rsplit(".", 1)[-1]
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                out.append((f"{short}.{name}", value))
    return out


RE_PATTERNS = _re_patterns()


def _as_regex(p: re.Pattern[str]) -> regex.Pattern[str]:
    flags = p.flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE)
    return regex.compile(p.pattern, flags)


def _answers(p: re.Pattern[str] | regex.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in p.finditer(text)]


def test_the_hot_patterns_are_on_the_standard_engine() -> None:
    names = {name for name, _ in RE_PATTERNS}
    assert {"grammar.QUANTITY", "scan._SCAN_FAST", "counts._LIST_BEFORE"} <= names


@pytest.mark.parametrize(("name", "pattern"), RE_PATTERNS, ids=[n for n, _ in RE_PATTERNS])
def test_both_engines_compile_it_without_warnings(name: str, pattern: re.Pattern[str]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a nested-set warning would mean the engines read it apart
        re.compile(pattern.pattern, pattern.flags)
        _as_regex(pattern)


@pytest.mark.skipif(not CORPUS, reason="corpus not available")
@pytest.mark.parametrize(("name", "pattern"), RE_PATTERNS, ids=[n for n, _ in RE_PATTERNS])
def test_both_engines_agree_on_the_corpus(name: str, pattern: re.Pattern[str]) -> None:
    other = _as_regex(pattern)
    for path in CORPUS:
        text = path.read_text(encoding="utf-8")
        assert _answers(pattern, text) == _answers(other, text), path.name


_SOME_TEXT = (
    "0123456789一二三四五六七八九十百千万亿元所人个项大%.,，。、；:：“”《》\n "
    "年月日约近超余多和及与等分别为其中机制工程学校"
    "\t\u3000\xa0\x85\u2028"  # white space both engines count as such
)


def test_the_engines_differ_on_white_space_only_at_the_information_separators() -> None:
    # re counts U+001C..U+001F (control characters no report holds) as white space, regex does not;
    # the patterns on re treat them as white space. Anything more would show up here.
    differ = [c for c in range(0x3100) if bool(re.match(r"\s", chr(c))) != bool(regex.match(r"\s", chr(c)))]
    assert differ == [0x1C, 0x1D, 0x1E, 0x1F]


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_both_engines_agree_on_text_made_of_the_patterns_own_characters(data: st.DataObject) -> None:
    name, pattern = data.draw(st.sampled_from(RE_PATTERNS), label="pattern")
    own = sorted({c for c in pattern.pattern if not c.isspace() and c not in "\\()[]{}?*+|^$"})
    text = data.draw(st.text(alphabet=st.sampled_from(own + list(_SOME_TEXT)), max_size=60), label="text")
    assert _answers(pattern, text) == _answers(_as_regex(pattern), text), name


_LIST_ALPHABET = list("、、、，。：“”《》 \nAB甲乙丙和及与等三四五2312大项个所机制工程学校措施第")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_LIST_ALPHABET), max_size=120))
def test_the_list_search_finds_what_a_scan_from_every_position_finds(text: str) -> None:
    found = [(m.span(), m.groupdict()) for m in counts.lists_before(text)]
    assert found == _answers(counts._LIST_BEFORE, text)


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        ("推行例会制、挂图作战制、限时办结制三大机制", ["推行例会制、挂图作战制、限时办结制"]),
        ("建成第三、第四幼儿园、城东幼儿园三所幼儿园", ["建成第三、第四幼儿园、城东幼儿园"]),
        ("一段超过十二个字的很长很长的开头、乙和丙三大工程", ["十二个字的很长很长的开头、乙和丙"]),
        ("甲、、乙、丙三大工程", ["乙、丙"]),
        ("甲乙丙三大工程", []),
    ],
)
def test_the_list_before_a_count(text: str, lists: list[str]) -> None:
    assert [m.group("list") for m in counts.lists_before(text)] == lists


_BARE_ALPHABET = list("一二两三四五六七八九十0123456789大项个所方面家机制工程学校管理、，。 \n")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_BARE_ALPHABET), max_size=50))
def test_the_bare_count_opening_with_its_first_character_finds_what_the_bare_count_finds(text: str) -> None:
    assert _answers(counts._BARE_COUNT_FIRST, text) == _answers(counts._BARE_COUNT, text)
    assert _answers(counts._HEADING_COUNT_FIRST, text) == _answers(counts._HEADING_COUNT, text)
    assert _answers(counts._HEADING_BIG_COUNT_FIRST, text) == _answers(counts._HEADING_BIG_COUNT, text)


_HEAD_ALPHABET = list("，,。；;：:分别為达到是甲乙丙丁0123学校人数其中別達 \u3000、.元")


def _last_head_mark_held(window: str) -> None:
    full = list(list_heads._HEAD_MARK.finditer(window))
    got = list_heads.last_head_mark(window)
    if not full:
        assert got is None, window
    else:
        assert got is not None, window
        assert (got.span(), got.groups()) == (full[-1].span(), full[-1].groups()), window


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_HEAD_ALPHABET), max_size=160))
def test_the_last_head_mark_is_the_last_a_full_scan_finds(window: str) -> None:
    _last_head_mark_held(window)


@pytest.mark.skipif(not CORPUS, reason="corpus not available")
def test_the_last_head_mark_of_the_real_reports_is_the_last_a_full_scan_finds() -> None:
    # each clause is scanned only as far as a mark can end a match (_head_mark_reach): over every window the
    # stage reads (the 160 characters before a place), the same last match as the whole window's scan
    for path in CORPUS:
        text = path.read_text(encoding="utf-8")
        for i in range(0, len(text), 3):
            _last_head_mark_held(text[max(0, i - 160) : i])


_NOUNS = NAMED_NOUNS.pattern.split("|")


@pytest.mark.skipif(not CORPUS, reason="corpus not available")
@pytest.mark.parametrize("maker", [counts.names_ending_with, counts.list_ending_with], ids=lambda f: f.__name__)
def test_patterns_made_per_counted_noun_agree_on_the_corpus(maker: object) -> None:
    texts = [p.read_text(encoding="utf-8") for p in CORPUS]
    for noun in _NOUNS:
        pattern = maker(noun)  # type: ignore[operator]
        for text in texts:
            assert _answers(pattern, text) == _answers(_as_regex(pattern), text), noun


# (管理 whole as well as its characters: lists that end with it, in one stretch between stops or in several)
_LIST_PIECES = [*"、、、，。 ：“\n作业睡眠手机读物体质管理和项", "管理", "管理", "体质管理"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LIST_PIECES), max_size=50).map("".join), st.data())
def test_a_list_after_a_count_is_searched_from_its_first_item(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    full = counts.list_ending_with("管理").search(text, start, end)
    narrowed = counts.list_after_count(text, "管理", start, end)
    assert (full and full.span()) == (narrowed and narrowed.span())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("2021年度底和及与、，: （1）①约不低于控制在教师学生\n")), max_size=30))
def test_subject_words_strip_their_lead_and_tail_as_the_full_patterns_do(s: str) -> None:
    for lead in (tidy._LEAD, tidy._JOINERS):
        assert tidy._after_lead(lead, s) == lead.sub("", s)
    if not (s and s[-1] in tidy._QUALIFIER_ENDS):
        assert tidy.QUALIFIER_BEFORE.sub("", s) == s  # skipped: nothing to strip
    if not (s and (s[-1] in tidy.TAIL_ENDS or s[-1].isspace())):
        assert tidy.TAIL.sub("", s) == s


_AFTER_ALPHABET = list("三四五12大项个机制工程措施学校幼儿园”\" :：,，、分别是为即包括甲乙丙。\n")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_AFTER_ALPHABET), max_size=80))
def test_the_lists_after_a_count_are_what_a_scan_from_every_position_finds(text: str) -> None:
    assert counts.list_openers(text) == [m.start() for m in counts._LIST_OPENER.finditer(text)]
    found = [(m.span(), m.groupdict()) for m in counts.lists_after(text)]
    assert found == _answers(counts._LIST_AFTER, text)


_OPENING_ALPHABET = list("分别为是:：。；;\n \u3000\t\xa0\x1c甲乙丙、和2所")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_OPENING_ALPHABET), max_size=80))
# (each run of white space is tried once, from its first place after a stop: a character str.isspace holds and
# the pattern's \s does not, \x1c, parts one run from the next)
@example("\n\x1c\n分别为甲乙丙")
@example("。 \n\n分别为甲乙；\n 分别是丙丁")
@example("分别为甲乙 \n分别为丙丁")
def test_the_respective_openings_are_what_a_scan_from_every_position_finds(text: str) -> None:
    found = [(m.span(), m.groupdict()) for m in counts.respectively_openings(text, respective_places(text))]
    assert found == _answers(counts._RESPECTIVELY_OPENING, text)


_BARE_EDGES = ["落实十二方面机制。", "12方面工程", "三方面工程", "三大机制", "2019年三是", "三大\n机制", "十二"]


@pytest.mark.parametrize("text", _BARE_EDGES)
def test_the_bare_count_looks_for_its_noun_as_far_as_the_widest_count_reaches(text: str) -> None:
    # (十二方面机制: the noun four characters after the count's first one; a look-ahead any shorter misses it)
    assert _answers(counts._BARE_COUNT_FIRST, text) == _answers(counts._BARE_COUNT, text)
    assert re.fullmatch(counts._COUNT, "十二方面") and len("十二方面") <= (counts._COUNT_WIDTH or 0)


@pytest.mark.skipif(not CORPUS, reason="corpus not available")
def test_the_narrowed_count_searches_agree_with_full_scans_on_the_corpus() -> None:
    for path in CORPUS:
        text = fold(path.read_text(encoding="utf-8"))
        assert [(m.span(), m.groupdict()) for m in counts.lists_before(text)] == _answers(counts._LIST_BEFORE, text)
        found = [(m.span(), m.groupdict()) for m in counts.respectively_openings(text, respective_places(text))]
        assert found == _answers(counts._RESPECTIVELY_OPENING, text), path.name
        blank = text.replace("\n", "\n\n \n")  # (runs of blank lines before the openings)
        found = [(m.span(), m.groupdict()) for m in counts.respectively_openings(blank, respective_places(blank))]
        assert found == _answers(counts._RESPECTIVELY_OPENING, blank), path.name
        assert _answers(counts._BARE_COUNT_FIRST, text) == _answers(counts._BARE_COUNT, text), path.name
        assert _answers(counts._HEADING_COUNT_FIRST, text) == _answers(counts._HEADING_COUNT, text), path.name
        big = counts._HEADING_BIG_COUNT
        assert _answers(counts._HEADING_BIG_COUNT_FIRST, text) == _answers(big, text), path.name
        assert counts.list_openers(text) == [m.start() for m in counts._LIST_OPENER.finditer(text)], path.name


@pytest.mark.skipif(not CORPUS, reason="corpus not available")
def test_the_lists_after_bare_counts_are_what_full_searches_find_in_the_real_reports() -> None:
    for path in [*CORPUS, *realworld_files()]:
        text = fold(path.read_text(encoding="utf-8"))
        for m in counts._BARE_COUNT.finditer(text):
            end = min(len(text), m.end() + 200)
            full = counts.list_ending_with(m.group("noun")).search(text, m.end(), end)
            narrowed = counts.list_after_count(text, m.group("noun"), m.end(), end)
            assert (full and full.span()) == (narrowed and narrowed.span()), path.name


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 60), max_size=12), st.lists(st.integers(0, 60), unique=True, max_size=15))
def test_the_figures_after_a_word_are_those_the_nearest_word_after_them_reaches(
    word_at: list[int], figure_at: list[int]
) -> None:
    # non-overlapping words of two to four characters, and the figures' starts
    words: list[tuple[int, int]] = []
    for at in sorted(word_at):
        if not words or at >= words[-1][1]:
            words.append((at, at + 2 + at % 3))
    starts = sorted(figure_at)
    word_starts = [w for w, _ in words]
    expected = []
    for k, start in enumerate(starts):  # (the first word from five characters before the figure ends before it)
        w = bisect.bisect_left(word_starts, start - 5)
        if w < len(words) and words[w][1] <= start:
            expected.append(k)
    assert counts.after_words(words, starts) == expected
