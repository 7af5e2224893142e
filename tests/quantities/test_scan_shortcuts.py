"""The scan's shortcuts agree with the full computations they stand for.

``find_quantities`` leads its pattern (and its dates) with a look-ahead on how a match can start (read
from the characters a match can start with, inside a look-behind), refuses some scalar matches by their
groups before looking around them, skips the adjacent-digit reading of Arabic numerals and leaves in
place the matches read before the first span it skips; each test below holds one shortcut to what it
replaces, over the real reports and over generated text made of the characters the grammar reads.
"""

from __future__ import annotations

import re
from decimal import localcontext

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS, fixture_files, real_report_files, realworld_files
from dutyreport.lang.numbers import QUALIFIER_PREFIXES
from dutyreport.lang.traps import FIXED_EXPRESSIONS, TIME_LIMITS
from dutyreport.quantities import grammar, scan
from dutyreport.quantities.grammar import LONE_FIRST, NUMERAL_NEXT, QUANTITY
from dutyreport.quantities.items import without_run_in_items
from dutyreport.quantities.lengths import with_lengths_more
from dutyreport.quantities.numerals import EXACT, adjacent_range, fold
from dutyreport.quantities.scan import find_quantities

_FULL_SCAN = re.compile(scan._scan_pattern(""), re.VERBOSE)  # the pattern without its leads
_SCAN = re.compile(scan._SCAN, re.VERBOSE)  # the pattern with them (the scan reads it inside _SCAN_FAST)


def _without(pattern: str, *pieces: str) -> str:
    """``pattern`` with each of ``pieces`` (a look or a guard that stands in it once) taken out: the pattern
    a shortcut stands for."""
    for piece in pieces:
        assert pattern.count(piece) == 1, piece
        pattern = pattern.replace(piece, "")
    return pattern


def _never_a_figure(m: re.Match[str]) -> bool:
    """Whether the scan refuses a scalar match by its groups alone (``scan._never`` of its numeral, unit and
    scale), before it looks around the match."""
    return scan._never(*m.group("num", "unit", "scale"))

_FILES = [*CORPUS, *realworld_files(), *fixture_files()]

# What the grammar reads, what qualifier words are made of, and what stands around them.
_CHARS = sorted(
    set("0123456789一二两三四五六七八九十百千万亿零〇○点xX×*_.,:：%-~/至到余多年月日份度学所人元个项班校生均每第表图附件")
    | {c for e in QUALIFIER_PREFIXES for c in e.word}
    | set("学大高小于约近超不低少足接最将 \n、，。（）")
)
_TEXT = st.text(st.one_of(st.sampled_from(_CHARS), st.characters(codec="utf-8")), max_size=40)


def _answers(p: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None, dict[str, str | None]]]:
    return [(m.span(), m.lastgroup, m.groupdict()) for m in p.finditer(text)]


@pytest.mark.parametrize("path", _FILES, ids=[p.stem[:12] for p in _FILES])
def test_the_led_scan_finds_what_the_full_pattern_finds_in_the_real_reports(path: object) -> None:
    text = fold(path.read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    assert _answers(_SCAN, text) == _answers(_FULL_SCAN, text)


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.integers(0, 40))
def test_the_led_scan_finds_what_the_full_pattern_finds_anywhere(text: str, pos: int) -> None:
    assert _answers(_SCAN, text) == _answers(_FULL_SCAN, text)
    a, b = _SCAN.search(text, pos), _FULL_SCAN.search(text, pos)
    assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup))


def _fast_answers(text: str, pos: int = 0) -> list[tuple[tuple[int, int], str | None, dict[str, str | None]]]:
    """The matches of the scan's class-led pattern as the scan reads them: each from where the last ended."""
    out = []
    while (m := scan._SCAN_FAST.search(text, pos)) is not None:
        assert m.lastgroup is not None
        pos = m.end(m.lastgroup)
        out.append(((m.start(), pos), m.lastgroup, m.groupdict()))
    return out


_LONE = re.compile(scan._LONE)


def _led_answers(text: str) -> list[tuple[tuple[int, int], str | None, dict[str, str | None]]]:
    """The led pattern's matches but those at a lone numeral character (which the class-led scan passes over)."""
    return [a for a in _answers(_SCAN, text) if not _LONE.match(text, a[0][0])]


def _check_lone(text: str) -> int:
    """At every lone numeral character, the led pattern matches nothing or that character as a scalar the scan
    refuses by its groups, where no number form starts; returns how many such places matched."""
    seen = 0
    for i in range(len(text)):
        if not _LONE.match(text, i):
            continue
        m = _SCAN.match(text, i)
        if m is None:
            continue
        assert (m.span(), m.lastgroup) == ((i, i + 1), "scalar"), (text, i)
        assert _never_a_figure(m) and scan._acceptable(m, text, m.end()) is scan._Verdict.NO, (text, i)
        assert not scan._FORM_HINT.match(text, i) and not scan._NOT_A_FIGURE.match(text, i), (text, i)
        seen += 1
    return seen


@pytest.mark.parametrize("path", _FILES, ids=[p.stem[:12] for p in _FILES])
def test_the_class_led_scan_finds_what_the_led_scan_finds_in_the_real_reports(path: object) -> None:
    text = fold(path.read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    assert _fast_answers(text) == _led_answers(text)
    _check_lone(text)


def test_lone_numeral_characters_are_common_in_the_real_reports() -> None:
    seen = sum(_check_lone(fold(p.read_text(encoding="utf-8"))) for p in _FILES)
    assert seen > 100  # (the skip is taken: 一是, 进一步, (一) are everywhere)


# Lone numeral characters, what may follow them, and what may not.
_LONE_TEXT = st.text(
    st.one_of(
        st.sampled_from(_CHARS),
        st.sampled_from(sorted(LONE_FIRST | NUMERAL_NEXT | set("是步)）”,，。月时篇-Ap"))),
        st.characters(codec="utf-8"),
    ),
    max_size=40,
)


@settings(max_examples=600, deadline=None)
@given(_LONE_TEXT, st.integers(0, 40))
def test_the_class_led_scan_finds_what_the_led_scan_finds_anywhere(text: str, pos: int) -> None:
    assert _fast_answers(text) == _led_answers(text)
    _check_lone(text)
    m = _SCAN.search(text, pos)
    while m is not None and _LONE.match(text, m.start()):
        m = _SCAN.search(text, m.start() + 1)
    assert _fast_answers(text, pos)[:1] == ([(m.span(), m.lastgroup, m.groupdict())] if m else [])


def _scalars(text: str) -> list[re.Match[str]]:
    found = [m for m in _FULL_SCAN.finditer(text) if m.lastgroup == "scalar"]
    found += [m for i in range(len(text)) if (m := QUANTITY.match(text, i)) and m.lastgroup == "scalar"]
    return found


def _check_refusals(text: str) -> int:
    refused = 0
    for m in _scalars(text):
        if _never_a_figure(m):
            assert scan._acceptable(m, text, m.end()) is scan._Verdict.NO, (m.group(), m.start())
            refused += 1
    return refused


def test_a_scalar_refused_by_its_groups_is_refused_by_every_check_in_the_real_reports() -> None:
    refused = sum(_check_refusals(fold(p.read_text(encoding="utf-8"))) for p in _FILES)
    assert refused > 100  # (the shortcut is taken: Chinese numerals without a unit are common)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_a_scalar_refused_by_its_groups_is_refused_by_every_check_anywhere(text: str) -> None:
    _check_refusals(text)


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(max_codepoint=127), max_size=12))
def test_arabic_numerals_have_no_adjacent_digit_reading(text: str) -> None:
    assert adjacent_range(text) is None


def _placed_everywhere(text: str, skip: list[tuple[int, int]]) -> list[scan.Match]:
    """Every match of the text read without ``skip`` placed back in ``text``, one by one (the numbers of items run
    into the words left out, as :func:`find_quantities` leaves them)."""
    kept = [i for i in range(len(text)) if not any(s <= i < e for s, e in skip)]
    out = []
    for m in scan._scan("".join(text[i] for i in kept)):
        start, end = kept[m.start], kept[m.end - 1] + 1
        out.append(attrs.evolve(m, start=start, end=end, text=text[start:end]))
    return list(with_lengths_more(text, without_run_in_items(text, tuple(out)), scan.MatchKind.QUANTITY))


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.lists(st.tuples(st.integers(0, 40), st.integers(1, 6)), max_size=3))
def test_matches_before_the_first_span_skipped_stand_where_they_were_read(
    text: str, spans: list[tuple[int, int]]
) -> None:
    skip = [(s, s + n) for s, n in spans]
    with localcontext(EXACT):
        expected = _placed_everywhere(text, skip)
    assert list(find_quantities(text, skip=skip)) == expected


def test_matches_placed_around_pinyin_in_the_real_reports() -> None:
    for path in _FILES:
        text = path.read_text(encoding="utf-8")
        for at in range(0, len(text), max(1, len(text) // 7)):
            skip = [(at, at + 3)]
            with localcontext(EXACT):
                expected = _placed_everywhere(text, skip)
            assert list(find_quantities(text, skip=skip)) == expected, (path.name, at)


def _check_verdicts(text: str) -> int:
    """A scalar's verdict with its shortcut (Arabic digits and a unit: only the unit's checks) is the verdict of
    every check; returns how many took the shortcut."""
    taken = 0
    for m in _scalars(text):
        groups = m.group(*scan._SCALAR_GROUPS)
        args = (m, text, m.start(), m.end(), groups)
        assert scan._scalar_verdict(*args) is scan._scalar_checks(*args), (m.group(), m.start())
        num, unit = m.group("num", "unit")
        taken += bool(num and unit and num[0].isascii() and num[0].isdigit())
    return taken


def test_a_scalar_verdict_is_that_of_every_check_in_the_real_reports() -> None:
    taken = sum(_check_verdicts(fold(p.read_text(encoding="utf-8"))) for p in _FILES)
    assert taken > 100  # (the shortcut is taken: most figures are digits and a unit)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_a_scalar_verdict_is_that_of_every_check_anywhere(text: str) -> None:
    _check_verdicts(text)


# The scan's pattern without the look before a range's unit.
_UNGUARDED_QUANTITY = _without(QUANTITY.pattern, grammar._RANGE_GUARD)
_UNGUARDED = re.compile(scan._scan_pattern("").replace(QUANTITY.pattern, _UNGUARDED_QUANTITY), re.VERBOSE)


@pytest.mark.parametrize("sep", ["(含)-", "（含）至", "至", "到", "~", "-", "--", "—", "——", "－", "～"])
def test_no_unit_holds_the_character_a_range_separator_opens_with(sep: str) -> None:
    assert re.fullmatch(grammar.RANGE_SEP, sep)
    assert sep[0] in grammar._SEP_FIRST
    assert not grammar._UNIT_CHARS & set(grammar._SEP_FIRST)


@pytest.mark.parametrize("path", _FILES, ids=[p.stem[:12] for p in _FILES])
def test_the_range_guard_changes_no_match_in_the_real_reports(path: object) -> None:
    text = fold(path.read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    assert _answers(_FULL_SCAN, text) == _answers(_UNGUARDED, text)


_RANGE_TEXT = st.text(
    st.one_of(
        st.sampled_from(_CHARS), st.sampled_from(sorted(grammar._UNIT_CHARS | set(grammar._SEP_FIRST) | set("含 ")))
    ),
    max_size=40,
)


@settings(max_examples=600, deadline=None)
@given(_RANGE_TEXT)
def test_the_range_guard_changes_no_match_anywhere(text: str) -> None:
    assert _answers(_FULL_SCAN, text) == _answers(_UNGUARDED, text)
    assert [m.groupdict() for m in QUANTITY.finditer(text)] == [
        m.groupdict() for m in re.finditer(_UNGUARDED_QUANTITY, text, re.VERBOSE)
    ]


# The fixed expressions as a plain alternation, longest first.
_PLAIN_FIXED = re.compile(
    "|".join(re.escape(w) for w in sorted({e.word for e in FIXED_EXPRESSIONS}, key=len, reverse=True))
)
_FIXED_TEXT = st.text(
    st.one_of(st.sampled_from(sorted({c for e in FIXED_EXPRESSIONS for c in e.word})), st.sampled_from(_CHARS)),
    max_size=40,
)


@pytest.mark.parametrize("path", _FILES, ids=[p.stem[:12] for p in _FILES])
def test_the_fixed_expressions_by_first_character_find_what_the_plain_alternation_finds_in_the_real_reports(
    path: object,
) -> None:
    text = fold(path.read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    assert [m.span() for m in scan._FIXED.finditer(text)] == [m.span() for m in _PLAIN_FIXED.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_FIXED_TEXT)
def test_the_fixed_expressions_by_first_character_find_what_the_plain_alternation_finds_anywhere(text: str) -> None:
    assert [m.span() for m in scan._FIXED.finditer(text)] == [m.span() for m in _PLAIN_FIXED.finditer(text)]
    words = sorted({e.word for e in FIXED_EXPRESSIONS})
    assert all(scan._FIXED.fullmatch(w) for w in words)


# The look before an amount in 元角分 as it was, over every character a numeral has (linear no more: it read a run
# of them to its end from each of its numbers); the look that reads the numeral as the amount does passes fewer
# places, never one where an amount stands.
_RUN_AHEAD = rf"(?=(?:{grammar._PREFIX}{grammar._GAP})?+[0-9.,{grammar._CN}]++[元圆块角毛])"
_RUN_LED = re.compile(QUANTITY.pattern.replace(grammar._YJF_AHEAD, _RUN_AHEAD), re.VERBOSE)
_AMOUNT_TEXT = st.text(
    st.one_of(st.sampled_from(_CHARS), st.sampled_from(list("元圆块角毛分钱零.,，至")), st.sampled_from(["约", "近"])),
    max_size=40,
)


def test_the_amount_look_is_the_numeral_read() -> None:
    assert _RUN_LED.pattern != QUANTITY.pattern
    assert grammar.NUMERAL in grammar._YJF_AHEAD


@pytest.mark.parametrize("path", _FILES, ids=[p.stem[:12] for p in _FILES])
def test_the_amount_look_changes_no_match_in_the_real_reports(path: object) -> None:
    text = fold(path.read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    assert [(m.span(), m.groupdict()) for m in QUANTITY.finditer(text)] == [
        (m.span(), m.groupdict()) for m in _RUN_LED.finditer(text)
    ]


@settings(max_examples=600, deadline=None)
@given(_AMOUNT_TEXT)
def test_the_amount_look_changes_no_match_anywhere(text: str) -> None:
    assert [(m.span(), m.groupdict()) for m in QUANTITY.finditer(text)] == [
        (m.span(), m.groupdict()) for m in _RUN_LED.finditer(text)
    ]
    for i in range(len(text)):
        a, b = QUANTITY.match(text, i), _RUN_LED.match(text, i)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


# The grammar without the looks before its ratio, amount and range (each a run of at most grammar._REACH
# characters ending at the mark the alternative needs, or a longer run), nor the one look before all five
# alternatives that come before the scalar (grammar._TRIED).
_UNLOOKED = re.compile(
    _without(QUANTITY.pattern, grammar._TRIED, grammar._RATIO_LOOK, grammar._YJF_LOOK, grammar._RANGE_LOOK), re.VERBOSE
)
_LOOK_TEXT = st.lists(
    st.one_of(
        st.sampled_from(_CHARS),
        st.sampled_from(sorted(set(grammar._RATIO_MARKS + grammar._YJF_MARKS + grammar._SEP_FIRST) | {"∶", "含"})),
        st.sampled_from(["每生每年", "每人", "生均", "超过", " ", "\n", "1234567890", "一千二百三十四万"]),
        st.sampled_from(sorted({e.word for e in QUALIFIER_PREFIXES})),  # (至少, 不到: a separator's characters)
        st.sampled_from(["3元5角", "xx:xx", "百分之", "千分之", "12:1", "5%", "人次", "万元", "平方米"]),
    ),
    max_size=30,
).map("".join)


@pytest.mark.parametrize(
    ("chars", "marks"),
    [
        (grammar._RATIO_CHARS, grammar._RATIO_MARKS),
        (grammar._YJF_CHARS, grammar._YJF_MARKS),
        (grammar._RANGE_CHARS, grammar._SEP_FIRST),
    ],
    ids=["ratio", "amount", "range"],
)
def test_no_mark_an_alternative_needs_is_among_the_characters_its_look_runs_over(
    chars: frozenset[str], marks: str
) -> None:
    assert not chars & set(marks)
    assert all(look in QUANTITY.pattern for look in (grammar._RATIO_LOOK, grammar._YJF_LOOK, grammar._RANGE_LOOK))


def test_the_one_look_before_the_alternatives_runs_over_no_mark_and_every_look_s_characters_but_separators() -> None:
    marks = set(grammar._RATIO_MARKS + grammar._YJF_MARKS + grammar._SEP_FIRST)
    assert not grammar._TRIED_CHARS & marks
    assert grammar._TRIED_CHARS | marks >= grammar._RATIO_CHARS | grammar._YJF_CHARS | grammar._RANGE_CHARS
    assert grammar._TRIED in QUANTITY.pattern


def test_the_one_look_passes_most_numbers_to_the_scalar() -> None:
    tried = re.compile(grammar._TRIED)
    assert [t for t in ("12.5%", "1350人", "3.5万人", "2023年") if tried.match(t)] == []
    assert [t for t in ("12:1", "3元5角", "3至5人", "3-5万元", "x:x", "约5%", "百分之十") if not tried.match(t)] == []


def test_the_looks_pass_a_number_longer_than_their_reach() -> None:
    long = "1" * (grammar._REACH + 3)
    for text, alternative in [
        (f"{long}:1", "ratio"),
        (f"{long}元5角", "yjf"),
        (f"{long}至{long}人", "range"),
        (f"每生每年{long}-{long}元", "range"),
    ]:
        m = QUANTITY.match(text)
        assert m is not None and m.lastgroup == alternative and m.end() == len(text)


@pytest.mark.parametrize("path", _FILES, ids=[p.stem[:12] for p in _FILES])
def test_the_looks_change_no_match_in_the_real_reports(path: object) -> None:
    text = fold(path.read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    assert [(m.span(), m.groupdict()) for m in QUANTITY.finditer(text)] == [
        (m.span(), m.groupdict()) for m in _UNLOOKED.finditer(text)
    ]


# Texts the property above found where the looks read another match than the pattern without them.
EXAMPLES_LOOKS_FOUND = ["*-3元5角", "__-3元5角", "\ufffd-3元5角", "×-3至5人"]


@pytest.mark.parametrize("text", EXAMPLES_LOOKS_FOUND)
def test_the_looks_run_over_a_placeholder_that_opens_a_range(text: str) -> None:
    assert [(m.span(), m.groupdict()) for m in QUANTITY.finditer(text)] == [
        (m.span(), m.groupdict()) for m in _UNLOOKED.finditer(text)
    ]


@settings(max_examples=800, deadline=None)
@given(_LOOK_TEXT)
def test_the_looks_change_no_match_anywhere(text: str) -> None:
    assert [(m.span(), m.groupdict()) for m in QUANTITY.finditer(text)] == [
        (m.span(), m.groupdict()) for m in _UNLOOKED.finditer(text)
    ]


def test_a_scalar_s_groups_read_by_number_are_those_read_by_name_in_the_real_reports() -> None:
    scalars = 0
    for path in _FILES:
        for m in scan._SCAN_FAST.finditer(fold(path.read_text(encoding="utf-8"))):
            if m.lastgroup == "scalar":
                scalars += 1
                assert m.group(*scan._SCALAR_NUMBERS) == m.group(*scan._SCALAR_GROUPS)
    assert scalars > 0 or not _FILES


def _date_readings(text: str, readings: dict[tuple[str, str], object]) -> int:
    """Each date of ``text`` as :func:`scan._date_quantity` reads it where it stands, held to the reading of the
    same date written the same way elsewhere (in ``readings``; the scan reads each such date once per text)."""
    seen = 0
    for m in scan._SCAN_FAST.finditer(text):
        alternative = m.lastgroup
        if alternative not in scan._DATES:
            continue
        with localcontext(EXACT):
            q = scan._date_quantity(m, alternative)
        view = None if q is None else (type(q).__name__, q.to_dict(), q.text, repr(q))
        assert readings.setdefault((alternative, m.group(alternative)), view) == view, m.group(alternative)
        seen += 1
    return seen


def test_a_date_reads_the_same_wherever_it_stands_in_the_real_reports() -> None:
    readings: dict[tuple[str, str], object] = {}
    assert sum(_date_readings(fold(p.read_text(encoding="utf-8")), readings) for p in _FILES) > 100 or not _FILES


_DATE_TEXT = st.lists(
    st.one_of(
        st.sampled_from(_CHARS),
        st.sampled_from(["2021", "二〇二一", "2020-2021", "2020—2021", "3-5", "十二", "九", "11", "07", "1999"]),
        st.sampled_from(["年", "年度", "学年", "月", "份", "日", "至", "到", "~", "-", " "]),
    ),
    max_size=30,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_DATE_TEXT, _DATE_TEXT)
def test_a_date_reads_the_same_wherever_it_stands(a: str, b: str) -> None:
    readings: dict[tuple[str, str], object] = {}
    for text in (a, b, a + b, b + a, f"{a}，{b}"):
        _date_readings(text, readings)


# A figure for each group of a scalar match (a group set in one of them at least): the scan unpacks a match's
# groups by their order in _SCALAR_GROUPS, in its lane and in its full steps.
_FIGURES_BY_GROUP = (
    "约20所",  # pre
    "生均约500元",  # perpre, pre2
    "20所以上",  # suf
    "20余万人",  # infix, scale
    "12 345万余人",  # scale, infix2
    "1350人",  # num, unit
    "500元/生",  # per
    "xx所",  # ph
    "20 所",  # gap
)


def test_the_scan_reads_each_group_of_a_scalar_as_the_grammar_does() -> None:
    seen: set[str] = set()
    for figure in _FIGURES_BY_GROUP:
        text = f"全县{figure}。"
        m = scan._SCAN_FAST.search(text)
        assert m is not None and m.lastgroup == "scalar", figure
        seen |= {g for g in scan._SCALAR_GROUPS if m.group(g) is not None}
        grammar_match = QUANTITY.fullmatch(figure)
        assert grammar_match is not None, figure
        (found,) = find_quantities(text)
        assert found.text == figure
        read = grammar.interpret(grammar_match)
        assert (type(found.quantity), found.quantity.to_dict()) == (type(read), read.to_dict()), figure
    assert seen == set(scan._SCALAR_GROUPS)


@pytest.mark.parametrize("path", _FILES, ids=[p.stem[:12] for p in _FILES])
def test_a_match_opening_with_a_number_s_first_character_opens_with_its_number(path: object) -> None:
    folded = fold(path.read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    opened = 0
    for m in scan._SCAN_FAST.finditer(folded):
        if folded[m.start()] in grammar.NUMBER_FIRST and m.lastgroup not in scan._DATES | scan._NOT_FIGURES:
            assert scan._number_start(m) == m.start(), m.group()
            opened += 1
    assert opened or not folded.strip()


def _seen(matches: tuple[scan.Match, ...]) -> list[tuple[object, ...]]:
    """Everything of the matches (a quantity's text and type are not part of its equality)."""
    return [(m, type(m.quantity).__name__, m.quantity.to_dict(), m.quantity.text) for m in matches]


def _without_lane(text: str) -> list[tuple[object, ...]]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(scan, "_LANE_UNITS", {})  # (no unit in the lane: every figure read by the full steps)
        return _seen(find_quantities(text))


def _lane_taken(text: str) -> int:
    """How many figures of ``text`` the scan's lane reads (each one a figure the full steps read alike)."""
    taken = 0

    def counted(read: grammar.PlainReader) -> grammar.PlainReader:
        def count(num: str, pre: str | None, suf: str | None, text: str) -> object:
            nonlocal taken
            q = read(num, pre, suf, text)
            taken += q is not None
            return q

        return count  # type: ignore[return-value]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(scan, "_LANE_UNITS", {u: (trap, counted(read)) for u, (trap, read) in scan._LANE_UNITS.items()})
        find_quantities(text)
    return taken


@pytest.mark.parametrize("unit", sorted(scan._LANE_UNITS))
def test_a_lane_unit_s_trap_is_where_the_unit_s_checks_say_no(unit: str) -> None:
    # (the lane also leaves to the full steps a figure the first character of a time limit follows: 30个工作日内;
    # the unit's checks say no to it where the whole limit follows, 30个工作组 stays a figure)
    trap, _ = scan._LANE_UNITS[unit]
    limits = {e.word for e in TIME_LIMITS if e.value == unit}
    firsts = {w[0] for w in limits}
    nexts = sorted({c for t in scan._TRAPS.values() for c in t} | {"", "，", "的", "学"} | limits | firsts)
    for after in nexts:
        for suf in (None, "以上"):
            text = f"新增12{unit}{after}"
            start, end = 2, 4 + len(unit)
            verdict = scan._unit_verdict(text, start, end, "12", unit, suf, False)
            said_no = not suf and (after[:1] in scan._trap(unit, False) or after in limits)
            assert (verdict is scan._Verdict.YES) == (not said_no), (after, suf)
            assert not said_no or after[:1] in trap  # (the lane leaves it to the checks)


@pytest.mark.parametrize("unit", sorted(grammar.PLAIN_READERS))
def test_a_one_step_unit_s_figures_read_the_same_with_the_lane_emptied(unit: str) -> None:
    text = f"新增12{unit}。约3.5{unit}以上，共1,234{unit}，连续30{unit}。"
    assert _seen(find_quantities(text)) == _without_lane(text)
    if unit == "年":
        assert _lane_taken(text) == 0  # (连续30年, 30年行动: the lane leaves a year to the full steps)


def test_the_lane_reads_the_figures_of_most_one_step_units() -> None:
    taken = {unit for unit in grammar.PLAIN_READERS if _lane_taken(f"新增12{unit}。")}
    assert "年" not in taken and len(taken) > 50


@pytest.mark.parametrize("path", _FILES, ids=[p.stem[:12] for p in _FILES])
def test_the_lane_finds_what_the_full_steps_find_in_the_real_reports(path: object) -> None:
    text = path.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    assert _seen(find_quantities(text)) == _without_lane(text)


def test_the_lane_takes_most_figures_of_the_real_reports() -> None:
    taken = sum(_lane_taken(p.read_text(encoding="utf-8")) for p in [*real_report_files(), *fixture_files()])
    assert taken > 1000


_LANE_TEXT = st.lists(
    st.one_of(
        st.sampled_from(_CHARS),
        st.sampled_from([*sorted(scan._LANE_STOPS | set("负−－+")), "邮编", "电话", "第", "约", "以上", "左右"]),
        st.sampled_from(["约", "超过 ", "不低于", "近0", "达到", ">", "≥"]),
        st.sampled_from(["20所", "12.5%", "3.5万元", "1350人", "4亿元", "25千米", "3个部门", "9万家长", "30年", "5块"]),
        st.sampled_from(["0755", "138", "12:30", "08:30:45", "2021-01-01", "1.2.3", "12页", "x", "\n", " ", "、"]),
    ),
    max_size=24,
).map("".join)


# Figures the lane must leave to the full steps: after a stamp's digit, a letter, a point, a label, a sign
# joining two things, in a number form; and figures it reads (a sign, a qualifier after them).
LANE_EDGES = [
    "08:30:456人",
    "A3所",
    "p-5所",
    "2.5所",
    "邮编：430000人",
    "共12页",
    "0755-23456789",
    "3所-5所",
    "增长-4%",
    "负12%",
    "1350人以上",
    "新建3块运动场",
    "投入1.5亿，支出1.2亿、1.5亿",
    "12个部门",
    "9万家长",
    "连续30年",
    "从教30年",
    "25千米",
    "4800 万元",
    "3约5所",
    ".约5所",
    "约 5所",
    "约0755人",
    "超过 12页",
    "号码：约 430000人",
    "A超过5所",
    "约12时",
]


@pytest.mark.parametrize("text", LANE_EDGES)
def test_the_lane_finds_what_the_full_steps_find_at_its_edges(text: str) -> None:
    assert _seen(find_quantities(text)) == _without_lane(text)


@settings(max_examples=800, deadline=None)
@given(_LANE_TEXT)
def test_the_lane_finds_what_the_full_steps_find_anywhere(text: str) -> None:
    assert _seen(find_quantities(text)) == _without_lane(text)


def _bare_number_pretests_hold(text: str) -> int:
    """The characters a bare number's checks look for before trying their patterns are in every match
    of those patterns: the stroke of a fraction before the number, an opening mark of a document number,
    the first character of a line's end (or the end of the text) after it. How many matches were met."""
    met = 0
    for start in range(len(text) + 1):
        reach = max(0, start - 8)
        if scan._FRACTION_BEFORE.search(text, reach, start):
            assert text.find("/", reach, start) >= 0, (text, start)
            met += 1
        if scan._DOC_BEFORE.search(text, reach, start):
            assert any(text.find(c, reach, start) >= 0 for c in scan._DOC_OPENS), (text, start)
            met += 1
        if scan._LINE_END.match(text, start):
            assert text[start : start + 1] in scan._LINE_END_FIRST, (text, start)
            met += 1
    return met


def test_the_bare_number_pretests_hold_in_the_real_reports() -> None:
    met = sum(_bare_number_pretests_hold(fold(p.read_text(encoding="utf-8"))) for p in _FILES)
    assert met > 100  # (line ends at least are common)


@settings(max_examples=400, deadline=None)
@given(st.text(st.sampled_from(list("0123456789/〔[]〕【】﹝﹞［］号 \t\u3000\n\xa0\x0b甲报告")), max_size=30))
def test_the_bare_number_pretests_hold_anywhere(text: str) -> None:
    _bare_number_pretests_hold(text)


def test_the_document_number_opening_marks_are_the_ones_found_by_str_find() -> None:
    assert set(scan._DOC_OPENS) == scan._DOC_OPEN


@pytest.mark.parametrize("field", ["【1】所", "【 】所 "])
def test_the_fields_of_a_long_text_are_found_in_linear_time(field: str) -> None:
    # Review 11: the look for what follows a field (a digit after it keeps it as written) copied the rest of the
    # text from each field: n² in the number of fields, twice the fields took about four times as long.
    import time

    from dutyreport.quantities.fields import field_edits

    def seconds(n: int) -> float:
        text = field * n
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            field_edits(text)
            best = min(best, time.process_time() - t0)
        return best

    assert seconds(160_000) / seconds(20_000) < 14
