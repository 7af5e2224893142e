"""Find every numeric expression in running text: :func:`find_quantities`.

One pass of one compiled pattern over the text (folded character for character, so
offsets hold for the input). Calendar dates and year spans come back as matches of
kind ``DATE``; ordinals (``第三``), numbers inside fixed expressions (``五项管理``,
``两个维护``, ``三会一课``) and Chinese numerals without a unit (``统一``) are not
quantities and are skipped.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from decimal import Decimal, localcontext
from typing import Any, NamedTuple

import regex
from attrs import field, frozen

from ..errors import NumeralError
from ..lang.dates import YEAR, YEAR_MARK
from ..lang.docnumbers import BRACKET_FORMS
from ..lang.noise import NOT_FIGURE_LABELS, NUMBER_FORMS
from ..lang.numbers import (
    DASH_JOINERS,
    DOC_NUMBER_ENDS,
    MEASURE_WORDS,
    MINUS_SIGNS,
    MONEY_CUES,
    MONEY_UNITS,
    REGION_COUNT_CUES,
    REGION_UNITS,
    SCHOOL_YEAR_WORDS,
)
from ..lang.punctuation import CLOSE_BRACKETS, OPEN_BRACKETS
from ..lang.script import alternation, words_alternation
from ..lang.traps import (
    CAPTION_VERBS,
    CAPTION_WORDS,
    CYCLE_WORDS,
    FIXED_EXPRESSIONS,
    KIT_WORDS,
    RATE_BASES,
    SCALE_IDIOMS,
    TIME_LIMITS,
    TITLE_ENDS,
    UNIT_TRAPS,
)
from ..model.grounded import Span, each_field, is_
from ..model.quantities import Count, Money, Quantity, Range
from ..patterns import char_class
from .around import (
    adverb_of_one,
    chars_by_word,
    duration_year,
    left_trapped,
    object_of_verb,
    opens_line,
    school_number,
    slogan_spans,
    split_run,
    year_length,
)
from .fields import FIELD_OPENS, field_edits, read_around
from .grammar import (
    BARE_SCALES,
    CN_NUMERAL_CHARS,
    FIRST_CHARS,
    LONE_FIRST,
    MASK_CHARS,
    NUMBER_FIRST,
    NUMERAL,
    NUMERAL_NEXT,
    PLAIN_READERS,
    QUANTITY,
    SCALAR_GROUPS,
    PlainReader,
    interpret_exact,
    leading,
    negate,
    scalar_quantity,
)
from .items import without_run_in_items
from .lengths import with_lengths_more
from .numerals import EXACT, fold, plain_digits, read_numeral
from .ratio_terms import RATIO_MARK_CHARS, ratio_term, term_after, term_before, years_compared

__all__ = ["FIXED_EXPRESSIONS", "Match", "MatchKind", "find_quantities"]


class MatchKind(enum.Enum):
    QUANTITY = "quantity"
    DATE = "date"  # 2021年, 2021年11月, 2016-2020年, 2020-2021学年, 2023学年(度), 6月


_MATCH_FIELDS = (("kind", is_(MatchKind)), ("joined", is_(bool)))


def _match(instance: Match, attribute: Any, joined: bool) -> None:
    if type(instance.kind) is not MatchKind or type(joined) is not bool:
        each_field(instance, _MATCH_FIELDS)


@frozen(kw_only=True, repr=False)
class Match(Span):
    """A numeric expression: its span in the input (``start``, ``end``, ``text``, the shape of every
    grounded item) and its quantity."""

    quantity: Quantity
    kind: MatchKind = field(default=MatchKind.QUANTITY)
    #: Read across the spaces or the line break text extraction left inside the figure (34884 人, xx\n所).
    joined: bool = field(default=False, validator=_match)  # (checks kind too)


_YEAR = YEAR
_YEAR_NUMBER = re.compile(YEAR)
_CN_YEAR = r"[〇○零一二三四五六七八九]{4}"
# A year with masked digits: 20xx, 202X, 20*, 20**.
# A year left blank on a form to fill in: 20__.
_PH_YEAR = r"(?:(?:19|20)?+[xX×]{2}+|(?:19|20)[0-9]?+[xX×*]{1,2}+|(?:19|20)[_＿]{2}+)"
# What makes a year a school year's (lang.numbers.SCHOOL_YEAR_WORDS: 2023学年度, 2022-2023学年).
_SCHOOL_YEAR = alternation(SCHOOL_YEAR_WORDS, either_script=False)
# The spaces a PDF or a converted document leaves between a date's parts (2023 年 4 月 18 日).
_SP = "[ \\t\u3000\xa0]?+"
_DATE = rf"""
    (?P<iso>{_YEAR}[-/.][01]?[0-9][-/.][0-3]?[0-9](?:\s++[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?+)?+)
    |
    (?P<clock>(?<![0-9])[0-2]?[0-9]:[0-5][0-9]:[0-5][0-9])
    |
    (?P<yspan>(?P<y1>{_YEAR})(?:
        年?+\s*+(?:-{{1,2}}|~|至|到)\s*+(?P<y2>{_YEAR})(?:年度|{_SCHOOL_YEAR}|年)?+
        |  # a school year's: the second year may be written with two digits, after a stroke too, and the school
           # year's word after each (2023-24学年, 2023/2024学年, 2023学年至2024学年)
        (?:{_SCHOOL_YEAR})?+\s*+(?:-{{1,2}}|~|至|到|/)\s*+(?P<y2s>{_YEAR}|[0-9]{{2}})(?={_SCHOOL_YEAR}){_SCHOOL_YEAR}
    ))
    |
    (?P<ydate>(?P<y>{_YEAR}|{_CN_YEAR})\s?+(?:年度|年|{_SCHOOL_YEAR})(?:{_SP}[0-9]{{1,2}}{_SP}月(?:份)?+(?:{_SP}[0-9]{{1,2}}(?:-[0-9]{{1,2}})?+{_SP}日)?+)?+)
    |
    (?P<phdate>(?:{_PH_YEAR}|{_YEAR})年[xX×]{{1,2}}+月(?:[xX×]{{1,2}}+日)?+|{_PH_YEAR}年)
    |
    (?P<mrange>(?<![0-9])[0-9]{{1,2}}(?:月)?+(?:-{{1,2}}|~|至|到)[0-9]{{1,2}}月(?:份)?+)
    |
    (?P<mdate>(?<![0-9])[0-9]{{1,2}}{_SP}月(?:份)?+(?:{_SP}[0-9]{{1,2}}(?:-[0-9]{{1,2}})?+{_SP}日)?+)
    |
    (?P<dday>(?<=[至到~-])[0-9]{{1,2}}日)
    |
    (?P<mdate_cn>(?<![{"一二三四五六七八九十"}])(?:十[一二]?|[一二三四五六七八九])月(?:份)?+)
"""
# 第三 (第 3 spaced out), and 表1 / 附件2 captions (not 代表1名: a caption number stands before a space, a stop
# or 所示).
_ORDINAL = (
    rf"(?P<ordinal>第{_SP}(?:{NUMERAL})|(?:{alternation(CAPTION_WORDS, either_script=False)})[0-9]{{1,2}}"
    rf"(?=[\s\u3000:：、.，,。；;)）]|$|{alternation(CAPTION_VERBS, either_script=False)}))"
)
# A list number glued to a year (2.2024年完成…) is numbering, not 2.2024.
_LISTMARK = rf"(?P<listmark>(?<![0-9.])[0-9]{{1,2}}[.．、](?={YEAR}年))"

# Every match starts with one of these characters (or these two): skip all other positions at once.
# How a date starts (a year, a masked year, a month, a day or a clock time by what follows its one or two
# digits): most numbers are no date and are passed on to the other alternatives at once.
_DATE_LEAD = (
    r"(?=19|20|[0-9]{1,2}(?:[:月日~至到-]|[ \t\u3000\xa0]月)|[xX×]{2}|[〇○零一二三四五六七八九]{4}"
    r"|十[一二]?月|[一二三四五六七八九]月)"
)


def _scan_pattern(date_lead: str) -> str:
    return rf"(?:{date_lead}(?:{_DATE})|{_ORDINAL}|{_LISTMARK}|(?:{QUANTITY.pattern}))"


_SCAN_WORDS = ("第", *(e.word for e in CAPTION_WORDS))
# (tests/quantities/test_scan_shortcuts.py holds both leads to the pattern without them; _SCAN_FAST below reads it:
# kept as text, it is compiled once, inside _SCAN_FAST, not on its own as well)
_SCAN = leading(_SCAN_WORDS) + _scan_pattern(_DATE_LEAD)
# The standard engine skips to a pattern's first character in one loop of its own only where the pattern
# opens with a character class; before a look-ahead (the lead) it starts a match at every position. So the
# scan opens with the class of every character a match can start with, and reads :data:`_SCAN` from there
# inside a look-behind of that one character: a match of _SCAN_FAST is one character long, it holds every
# group of _SCAN's match at the same place, and the match of _SCAN ends where its top-level alternative's
# group ends (``m.end(m.lastgroup)``; every alternative is one named group). Same matches, read in a
# quarter less time (tests/quantities/test_scan_shortcuts.py holds it to _SCAN).


# The fixed expressions as a tree of their common beginnings (lang.script.alternation, as written: the scan reads
# text whose numerals alone are folded): the engine follows the branch of the character it meets instead of trying
# every expression in turn, and finds what the plain alternation, longest first, finds
# (tests/quantities/test_scan_shortcuts.py holds the two to the same answers).
_FIXED = re.compile(alternation(FIXED_EXPRESSIONS, either_script=False))
_TRAPS = chars_by_word(UNIT_TRAPS)
_CN_ONLY_TRAPS = frozenset("名")
# lang.traps.TIME_LIMITS by the measure word before them ("" for none): what makes a number a time limit (30日内).
_TIME_LIMITS: dict[str, re.Pattern[str]] = {
    unit: re.compile(alternation(tuple(e for e in TIME_LIMITS if e.value == unit), either_script=False))
    for unit in {e.value for e in TIME_LIMITS}
}
_TIME_LIMIT_FIRSTS: dict[str, frozenset[str]] = {
    unit: frozenset(e.word[0] for e in TIME_LIMITS if e.value == unit) for unit in _TIME_LIMITS
}
_LABEL_OPENERS = frozenset("(（:：")
_NOT_FIGURES = frozenset({"ordinal", "listmark", "phdate", "dday", "iso", "clock", "mrange"})
_DATES = frozenset({"yspan", "ydate", "mdate", "mdate_cn"})
# The groups of a scalar match the scan reads: the grammar's (what it reads a scalar from) and its own, in the
# order the scan unpacks them (tests/quantities/test_scan_shortcuts.py checks it).
_SCALAR_GROUPS = (*SCALAR_GROUPS, "ph", "gap")
_GRAMMAR_GROUPS = len(SCALAR_GROUPS)


# Number forms that are never figures (clock times, telephone numbers, ids, page counts …), tried at a
# number's first character; and the labels after which a number is a code or a counter (邮编：430000).
_NOT_A_FIGURE = regex.compile("|".join(f"(?:{e.pattern})" for e, _ in NUMBER_FORMS), regex.MULTILINE)
# What every such form holds at the number's start or just before it: the full pattern is tried only where
# this shortcut (or an ASCII mark before the number: p-5535942, www.…/175244) allows one, as almost no
# figure does (tests/clean/test_not_figures.py holds the shortcut to the forms).
_FORM_HINT = re.compile(
    r"""
    0[0-9]                                          # a leading zero: codes, area codes, 08:30
    | [0-9]{1,2}[:时点日]                            # clock times and days of the month
    | [一二两三四五六七八九十零〇]{1,3}[时点篇]        # 三点半, 五篇
    | 1[3-9][0-9](?:[*xX×]|(?:[ -]?+[0-9]{4}){2}(?![0-9]))  # mobiles
    | [48]00                                        # 400/800 lines
    | [0-9]++(?:\.[0-9]++)?+[ \t\u3000]*+
      (?:[页頁字篇/@KMGTk]|[千万]字|次[下浏阅播查]|人已?+[下阅浏评收看点]|[政便服咨举投市热专])
    | [0-9]{1,2}[ \t\u3000]*+期                        # a journal's issue: 2022年9期
    """,
    re.VERBOSE,
)
_ASCII_DIGITS = frozenset("0123456789")
_ID_BEFORE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_.~/?#&=%+*!@")

# (see _SCAN above)
_SCAN_FIRST = "".join(sorted(set(FIRST_CHARS) | {w[0] for w in _SCAN_WORDS}))


# A lone numeral character (二是, 进一步, (一)): what _SCAN matches there is that one character as a scalar
# without a unit, which the scan refuses (_never) after looking for a number form there: none starts
# at such a character unless an ASCII mark stands before it (p-一) or 时/点/篇 after it (三点, 五篇). Passed over
# by the pattern, such a place costs the engine one look instead of every alternative, and the scan one match
# less (a match of one character and no match move the scan on alike). Most Chinese numerals in a report are
# these (tests/quantities/test_scan_shortcuts.py holds the skip to the led pattern and the scan's checks).
_LONE = (
    rf"(?<!{char_class(_ID_BEFORE)}){char_class(LONE_FIRST)}"
    + char_class(NUMERAL_NEXT | set("月时篇"), negated=True, spaces=True)
)
_SCAN_FAST = re.compile(rf"{char_class(_SCAN_FIRST)}(?<=(?!{_LONE})(?={_SCAN})[\s\S])", re.VERBOSE)
# The numbers of _SCALAR_GROUPS in _SCAN_FAST (a match's groups read by number, not looked up by name).
_SCALAR_NUMBERS = tuple(_SCAN_FAST.groupindex[g] for g in _SCALAR_GROUPS)
_LABEL_GAP = "[ \t\u3000]*+"
_LABEL_OPEN = "[:(（\\[【]"
_LABEL_BEFORE = re.compile(
    "(?:"
    + words_alternation(e.word for e in NOT_FIGURE_LABELS if e.value.bare)
    + f"){_LABEL_GAP}(?:{_LABEL_OPEN}{_LABEL_GAP})?+$|(?:"
    + words_alternation(e.word for e in NOT_FIGURE_LABELS if not e.value.bare)
    + f"){_LABEL_GAP}{_LABEL_OPEN}{_LABEL_GAP}$"
)
_LABEL_LAST = frozenset(e.word[-1] for e in NOT_FIGURE_LABELS)
_LABEL_SKIP = frozenset(" \t\u3000:(（[【")
_LABEL_REACH = 16


_UNREAD: Any = object()  # (a date not read yet)
# What stands before a figure of the scan's lane (see _scan) that sends it to the full steps: a character a
# number form or a label check looks at, or one that glues it to a word or number.
_LANE_STOPS = _ID_BEFORE | _LABEL_LAST | _LABEL_SKIP | _ASCII_DIGITS | frozenset(e.word for e in RATE_BASES)


class _Span(NamedTuple):
    start: int
    end: int


def find_quantities(text: str, *, skip: Sequence[tuple[int, int]] = ()) -> tuple[Match, ...]:
    """Every numeric expression in ``text``, in order, non-overlapping, with its span.

    ``skip``: spans of ``text`` that are not its words but stand among them (the pinyin a site printed
    after characters): the scan reads the text as if they were absent, and a figure they interrupt
    spans them. A template's field (see :mod:`.fields`) is read as what stands in it, its brackets
    part of the span of the figure that reads it.

    >>> [m.text for m in find_quantities("新改扩建高中3所、小学12所,投资8亿元。")]
    ['3所', '12所', '8亿元']
    >>> find_quantities("2021年新增学位约4240个")[1].quantity.to_dict()
    {'value': 4240, 'unit': '个', 'qualifier': 'approx'}
    >>> [(m.text, m.quantity.to_dict()["value"]) for m in find_quantities("新建十(shí)二所", skip=[(3, 8)])]
    [('十(shí)二所', 12)]
    """
    if not isinstance(text, str):
        raise NumeralError("not a string", repr(text))
    with localcontext(EXACT):
        fields = field_edits(text) if any(o in text for o in FIELD_OPENS) else ()
        if not (skip or fields):
            return with_lengths_more(text, without_run_in_items(text, _scan(text)), MatchKind.QUANTITY)
        skipped = tuple((s, e, "") for s, e in skip)
        found = read_around(text, sorted((*skipped, *fields)), _scan, keep_text=bool(fields))
        if fields:
            # A field read as a bare number, nothing after it its unit (【1】加强…, {{3}}, 【2022】第5号): no field
            # figure, the field is left as written to the scan.
            ends = {e for _, e, _ in fields}
            bare = {
                m.end for m in found if m.end in ends and type(m.quantity) is Count and m.quantity.measure_word is None
            }
            if bare:
                fields = [f for f in fields if f[1] not in bare]
                edits = sorted((*skipped, *fields))
                found = read_around(text, edits, _scan, keep_text=bool(fields)) if edits else _scan(text)
        return with_lengths_more(text, without_run_in_items(text, found), MatchKind.QUANTITY)


def _scan(text: str) -> tuple[Match, ...]:
    folded = fold(text)
    blocked = [_Span(m.start(), m.end()) for m in _FIXED.finditer(folded)]
    slogans = slogan_spans(folded)
    if slogans:  # (most texts name none)
        blocked = sorted(blocked + [_Span(a, b) for a, b in slogans])
    blocked.append(_Span(len(folded) + 1, len(folded) + 1))  # (past every match: the walk below needs no bound)
    block_start, block_end = blocked[0]
    out: list[Match] = []
    bi = 0
    skip_until = 0  # the end of the last number form that is no figure (0755-23456789: both parts)
    search = _SCAN_FAST.search
    at = 0
    dates: dict[tuple[str, str], Quantity | None] = {}  # (what each date read in this text is)
    date_kind = MatchKind.DATE
    lane_units = _LANE_UNITS
    while (m := search(folded, at)) is not None:
        alternative = m.lastgroup or ""  # the top-level alternative that matched (its group spans the match)
        start, end = m.start(), m.end(alternative)
        at = end
        while block_end <= start:
            bi += 1
            block_start, block_end = blocked[bi]
        if block_start < end or start < skip_until:
            continue
        scalar = alternative == "scalar"
        if scalar:
            # (a scalar's groups, read once for every check below and its reading)
            groups = m.group(*_SCALAR_NUMBERS)
            # (pre2 stands only after perpre, which no figure of the lane has)
            pre, _pre2, suf, infix, infix2, unit, num, scale, perpre, per, _ph, gap = groups  # (_SCALAR_GROUPS)
            if (
                unit is not None
                and num is not None
                and not (infix or infix2 or scale or perpre or per or gap)
                and num[0] in _ASCII_DIGITS
                and (lane_unit := lane_units.get(unit)) is not None
            ):
                # Most figures (20所, 12.5%, 3.5万元, 约1350人, 90%以上): Arabic digits, a unit, at most a qualifier
                # before or after them. Where nothing stands before the number or the figure that any check below
                # looks at (a mark of a code or a label, a letter, a digit, a point), no number form starts there
                # and the unit's checks pass, each check below passes too and the figure's reading is the grammar's
                # one step: taken at once. Any other such figure is read by the steps below
                # (tests/quantities/test_scan_shortcuts.py holds the lane to them).
                core = start if pre is None or folded[start] in NUMBER_FIRST else m.start("num")
                before = folded[core - 1] if core else ""
                trap, read = lane_unit
                if (
                    before not in _LANE_STOPS
                    and (core == start or folded[start - 1 : start] not in _LANE_STOPS)
                    and not _FORM_HINT.match(folded, core)
                    and not (trap and not suf and folded[end : end + 1] in trap)
                    and (pre is None or not object_of_verb(folded, end, pre))
                ):
                    surface = text[start:end]
                    q = read(num, pre, suf, surface)
                    if q is not None:
                        _append(out, m, text, folded, start, end, surface, q)
                        continue
        elif alternative in _NOT_FIGURES:
            continue  # ordinals, list marks, placeholder dates, stamps, clock times, 1—11月
        if alternative not in _DATES:
            if folded[start] in NUMBER_FIRST:
                core = start
            elif scalar:
                core = m.start("num") if num is not None else m.start("ph")
            else:
                core = _number_start(m)
            before = folded[core - 1] if core else ""
            if _FORM_HINT.match(folded, core) or before in _ID_BEFORE:
                form = _NOT_A_FIGURE.match(folded, core)
                if form is not None:
                    skip_until = form.end()
                    continue  # 8:30-17:00, 0755-23456789, p-5535942, 共12页, 25.3KB, 精选6篇
            if scalar and _never(num, unit, scale):
                continue  # 统一, a bare x: what _acceptable refuses whatever stands around it
            if (before in _LABEL_LAST or before in _LABEL_SKIP) and _after_label(folded, core):
                continue  # 邮编：430000, 浏览次数：1234
        prev_char = folded[start - 1] if start > 0 else ""
        # A number glued to a Latin word or a digit run (A3, 2.5, ISO9001) is part of it; a Chinese numeral
        # after letters is not (XX三个镇: a masked name, then a count).
        glued = (prev_char.isascii() and prev_char.isalnum() and (folded[start].isascii() or prev_char.isdigit())) or (
            prev_char == "."
        )
        if alternative in _DATES:
            if glued and prev_char != ".":
                continue
            # (a date's quantity is read from its own characters alone, once per date written the same way)
            raw = m.group(alternative)
            q = dates.get((alternative, raw), _UNREAD)
            if q is _UNREAD:
                q = dates[alternative, raw] = _date_quantity(m, alternative)
            if q is not None:
                out.append(Match(start=start, end=end, text=text[start:end], quantity=q, kind=date_kind))
            continue
        if glued:
            continue
        if scalar and gap and "\n" in gap and opens_line(folded, start) and not split_run(folded, start, end):
            # A number alone at the head of its line is a table cell or a list's, not a wrapped figure.
            bare = QUANTITY.match(folded, start, m.start("gap"))
            if bare is None:
                continue
            m, scalar = bare, False  # (read by the general steps below)
            start, end = m.span()
        verdict = _scalar_verdict(m, folded, start, end, groups) if scalar else _acceptable(m, folded, end)
        if verdict is _Verdict.SHORTEN:
            shorter = QUANTITY.match(folded, start, end - 1)  # 12个部门: the measure word is 个, not 个部
            if shorter is None or _acceptable(shorter, folded, shorter.end()) is not _Verdict.YES:
                continue
            m, scalar = shorter, False
            start, end = m.span()
        elif verdict is _Verdict.BLANK:
            blank = text[start:end]
            out.append(Match(start=start, end=end, text=blank, quantity=Money(value=None, text=blank)))
            continue
        elif verdict is not _Verdict.YES:
            if scalar and pre is not None and unit == YEAR_MARK and num is not None and _YEAR_NUMBER.fullmatch(num):
                at = m.start("num")  # 高于2021年, 约2019年: no number of years, and its year is read as the date
            elif scalar and num is not None and num[1:2] in _ASCII_DIGITS and left_trapped(folded, start, num):
                at = start + 1  # 统一3所, 收拾3间: the digits after the word's character are read again
            elif scalar and num is not None and object_of_verb(folded, end, pre):
                at = m.start("num")  # 突破3个方面的难题: the figure, read again without the verb
            continue
        surface = text[start:end]
        try:
            # (the scan runs in EXACT already)
            if scalar:
                q = scalar_quantity(groups[:_GRAMMAR_GROUPS], money=False, text=surface)
            else:
                q = interpret_exact(m, money=False, text=surface)
        except (NumeralError, ArithmeticError):
            continue
        _append(out, m, text, folded, start, end, surface, q)
    return tuple(out)


def _append(
    out: list[Match], m: re.Match[str], text: str, folded: str, start: int, end: int, surface: str, q: Quantity
) -> None:
    """The last steps of every figure the scan reads, ``q`` read from ``surface`` (``text[start:end]``): the
    sign just before it where it is the figure's, yuan from the words before a bare count, whether the reading
    runs across white space; then the match, onto ``out``."""
    if start and text[start - 1] in _SIGNS and _signed(text, folded, start, m, out):
        start -= 1
        surface = text[start:end]
        q = negate(q, surface)  # _signed admits no ratio
    if type(q) is Count and q.measure_word is None:  # (what _money_from_context reads at all)
        q = _money_from_context(q, folded, start, out)
    joined = (" " in surface or not surface.isprintable()) and _joined(m, folded, end)
    out.append(Match(start=start, end=end, text=surface, quantity=q, joined=joined))



def _never(num: str | None, unit: str | None, scale: str | None) -> bool:
    """Whether a scalar match whose numeral, unit and scale are ``num``, ``unit`` and ``scale`` is one
    :func:`_acceptable` refuses by these groups alone: a Chinese numeral or a placeholder with no unit (统一,
    一体化, a bare x). Asked before the checks of its surroundings, none of which can make such a match a figure
    (tests/quantities/test_scan_shortcuts.py holds this to :func:`_acceptable`)."""
    if unit is not None:
        return False
    if num is None:
        return scale is None
    return num[0] not in _ASCII_DIGITS and _DIGIT.search(num) is None


def _number_start(m: re.Match[str]) -> int:
    """Where the number of a match starts (after a qualifier word or a per-unit prefix)."""
    alternative = m.lastgroup
    if alternative == "scalar":
        return m.start("num") if m.group("num") is not None else m.start("ph")
    if alternative == "range":
        return m.start("lo")
    if alternative == "ratio":
        return m.start("r1")
    return m.start()


def _after_label(folded: str, at: int) -> bool:
    """Whether the number at ``at`` follows a label of :data:`~dutyreport.lang.noise.NOT_FIGURE_LABELS`."""
    i = at
    while i > 0 and folded[i - 1] in _LABEL_SKIP:
        i -= 1
    if i == 0 or folded[i - 1] not in _LABEL_LAST:
        return False
    return _LABEL_BEFORE.search(folded, max(0, at - _LABEL_REACH), at) is not None


_WHITE = re.compile(r"\s")


def _joined(m: re.Match[str], folded: str, end: int) -> bool:
    """Whether the reading runs across white space inside the figure (2 315所, 4800 万元, xx\n所) that ends at
    ``end``."""
    alternative = m.lastgroup
    if alternative == "scalar":
        core = m.start("ph") if m.group("ph") is not None else m.start("num")
    elif alternative == "range":
        core = m.start("lo")
    elif alternative == "pctpre":
        core = m.start("pctword")
    else:
        core = m.start()
    return _WHITE.search(folded, core, end) is not None


# A minus sign as pages write it (lang.numbers.MINUS_SIGNS); not a dash (— –), which is a range.
_SIGNS = frozenset(e.word for e in MINUS_SIGNS)
# What stands before a dash that joins two things rather than signs one number: a digit or numeral
# (3-5, 0755-), a letter, lang.numbers.DASH_JOINERS (a closing bracket, a date word, another dash …), a unit
# (3所-5所).
_NOT_BEFORE_SIGN = (
    _ASCII_DIGITS
    | frozenset(e.word for e in DASH_JOINERS)
    | CN_NUMERAL_CHARS
    | {e.word[-1] for e in MEASURE_WORDS}
    | {e.word[-1] for e in MONEY_UNITS}
)


def _signed(text: str, folded: str, start: int, m: re.Match[str], out: list[Match]) -> bool:
    """Whether the sign just before ``start`` belongs to the number matched there (``增长-4%``)."""
    if out and out[-1].end >= start:
        return False  # the character is the previous figure's
    alternative = m.lastgroup
    if alternative == "scalar":
        if m.group("pre") or m.group("perpre"):
            return False  # 超过-3%: the sign would stand before the qualifier
    elif alternative == "pctpre":
        if m.group("pctq"):
            return False
    elif alternative != "range" or m.group("rperpre"):
        return False  # ratios are never signed
    before = folded[start - 2] if start >= 2 else ""
    if folded[start - 1] == "负":
        return before != "正"  # 正负3% is ±3%, not −3%
    return not (before and (before in _NOT_BEFORE_SIGN or (before.isascii() and before.isalnum())))


def _date_quantity(m: re.Match[str], alternative: str) -> Quantity | None:
    """The year, span of years or month of a date match whose top-level alternative is ``alternative``."""
    if alternative == "ydate":
        y = m.group("y")
        value = plain_digits(y)  # (what read_numeral reads of plain digits)
        if value is None:
            try:
                value = read_numeral(y).value
            except NumeralError:
                return None
        return Count(value=value, measure_word="年", text=m.group(alternative))
    if alternative == "yspan":
        first, last = m.group("y1"), m.group("y2") or m.group("y2s")
        y1, y2 = int(first), int(last)
        if len(last) == 2:  # (2023-24学年: the century of the first year)
            y2 += y1 - y1 % 100
        if y2 < y1:
            return None
        low, high = Count(value=Decimal(y1), measure_word="年"), Count(value=Decimal(y2), measure_word="年")
        return Range(low=low, high=high, text=m.group(alternative))
    raw = m.group(alternative)  # mdate, mdate_cn
    month = raw.split("月")[0]
    try:
        return Count(value=read_numeral(month).value, measure_word="月", text=raw)
    except NumeralError:
        return Count(value=Decimal(0), measure_word="月", text=raw)


class _Verdict(enum.Enum):
    YES = 1
    NO = 2
    SHORTEN = 3
    BLANK = 4  # a unit whose digits were left blank: a placeholder


_MONEY_WORDS = frozenset(e.word for e in MONEY_UNITS)
_BLANK_BEFORE = frozenset(" \t\u3000\xa0_")
_NUMBER_BEFORE_GAP = re.compile(r"[0-9xX×*][ \t\u3000\xa0]+$")  # 12345    万元: a wide gap, not a blank
_REGIONS = frozenset(e.word for e in REGION_UNITS)
_REGION_CUE = re.compile(rf"(?:{alternation(REGION_COUNT_CUES, either_script=False)})[ \t\u3000]*$")


_DIGIT = re.compile("[0-9]")
# A line that opens with a short word and then the number: 问题1：…, 任务2：…
_LABEL_WORD_BEFORE = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff]{1,8}[ \t\u3000]*$", re.MULTILINE)
_LIST_MARK = re.compile(r"[.、．)）](?![0-9])")
_OUTLINE_NUMBER = re.compile(r"[1-9][0-9]?(?:\.[0-9]{1,2})+")  # (3.1, 2.3.4: the number of a heading in an outline)
_OUTLINE_TITLE = regex.compile(r"[ \t\u3000]{0,2}+\p{Han}")  # (the heading's words after its number: 3.1 总体目标)


def _acceptable(m: re.Match[str], folded: str, end: int) -> _Verdict:
    """Reject what the grammar matched (up to ``end``) but a reader would not call a quantity."""
    alternative = m.lastgroup  # the top-level alternative that matched
    if alternative == "ratio":
        after = folded[end : end + 1]
        if after in (":", "："):
            return _Verdict.NO  # 08:14:46 is a time
        if term_before(folded, m.start("r1")) >= 0 or term_after(folded, end) >= 0:
            return _Verdict.NO  # 1比2比3, 1:2:3:4: a ratio of more terms, not one of its last two
        if years_compared(folded[m.end("r1")], m.group("r1"), m.group("r2"), folded, m.start("r1")):
            return _Verdict.NO  # 2023比2022: one year compared with another, no ratio
        return _Verdict.YES
    if alternative == "pctpre" or alternative == "range":
        return _Verdict.YES
    return _scalar_verdict(m, folded, m.start(), end, m.group(*_SCALAR_GROUPS))


#: A scalar match's groups, as the scan reads them once (:data:`_SCALAR_GROUPS`, in that order).
_Groups = tuple[str | None, ...]


def _scalar_verdict(m: re.Match[str], folded: str, start: int, end: int, groups: _Groups) -> _Verdict:
    """:func:`_acceptable` of a scalar match from ``start`` to ``end`` whose :data:`_SCALAR_GROUPS` are
    ``groups``."""
    unit, num = groups[5], groups[6]
    if unit and num is not None and num[0] in _ASCII_DIGITS:
        # Most figures (20所, 3.5万元): Arabic digits and a unit, which only the unit's own checks can refuse
        # (each check before them asks for a Chinese numeral, a scale word alone, a placeholder or no unit;
        # the mask check a numeral at the match's end), and the verb a qualifier may be (突破3个方面的难题).
        if groups[0] is not None and object_of_verb(folded, end, groups[0]):
            return _Verdict.NO  # 突破3个方面的难题: the verb's object, read again without it
        return _unit_verdict(folded, start, end, num, unit, groups[2], False)
    return _scalar_checks(m, folded, start, end, groups)


def _scalar_checks(m: re.Match[str], folded: str, start: int, end: int, groups: _Groups) -> _Verdict:
    """Every check of :func:`_scalar_verdict`, in order (tests/quantities/test_scan_shortcuts.py holds its
    shortcut to them)."""
    pre, _pre2, suf, infix, infix2, unit, num, scale, perpre, _per, ph, _gap = groups
    if pre is not None and object_of_verb(folded, end, pre):
        return _Verdict.NO  # 突破3个方面的难题: the verb's object, read again without it
    # (the grammar's digits are ASCII; most numerals open with one)
    chinese = num is not None and num[0] not in _ASCII_DIGITS and _DIGIT.search(num) is None
    if chinese and not unit:
        return _Verdict.NO  # 统一, 一体化: a Chinese numeral needs a unit (every test below says no to it too)
    before_char = folded[start - 1] if start > 0 else ""
    if num is not None and num[0] not in _ASCII_DIGITS and left_trapped(folded, start, num):
        return _Verdict.NO  # 统一, 收拾3间: the word before takes the numeral's first character
    if chinese and unit in _KITS and num is not None and len(num) == 1:
        return _Verdict.NO  # 安保八件套: a kit's name, no count (三千件套 counts lots)
    if chinese and num == "一" and unit and not suf and adverb_of_one(folded, start, end, unit):
        return _Verdict.NO  # 一起来看, 家校一起抓: 'together', not one case
    if num is not None and num in BARE_SCALES and num + (unit or "") in _SCALE_IDIOMS:
        return _Verdict.NO  # 信心百倍: a manner of speaking
    if num is not None and num in BARE_SCALES and before_char in _LABEL_OPENERS and not pre:
        return _Verdict.NO  # (万元), 单位：万元: a unit label, not ten thousand yuan
    if num is not None and num in BARE_SCALES and unit in _MONEY_WORDS and not (pre or infix or infix2):
        # 总投资 万元: the digits were left blank; 数亿元: the number is elsewhere. Never 1万 or 1亿 yuan.
        if before_char not in _BLANK_BEFORE or _NUMBER_BEFORE_GAP.search(folded, max(0, start - 12), start):
            return _Verdict.NO
        return _Verdict.BLANK
    if num is not None and m.end("num") == end < len(folded) and folded[end] in MASK_CHARS:
        return _Verdict.NO  # 202x, 20*: digits masked after these
    if num == "一" and folded[end : end + 1] == "一":
        return _Verdict.NO  # 一校一策, 一镇一品: a slogan's pattern, not a count
    if num == "一" and unit and not suf and folded.startswith(unit, end):
        return _Verdict.NO  # 一座座, 一所所: its measure word doubled, many of them, no count
    if unit in _REGIONS and ph is not None and not _REGION_CUE.search(folded, max(0, start - 8), start):
        return _Verdict.NO  # xx镇, ***镇: a masked name, not a count of towns (辖xx镇 is one)
    if num is not None and not unit:
        # A Chinese numeral needs a unit (统一, 一体化); an Arabic one may stand alone (0.305).
        if chinese or perpre:
            return _Verdict.NO
        before, after = folded[start - 1 : start] if start else "", folded[end : end + 1]
        if "+" in (before, after):
            return _Verdict.NO  # 1+N, 1+6: a formula or a name
        if (before in RATIO_MARK_CHARS or after in RATIO_MARK_CHARS) and ratio_term(folded, start, end):
            return _Verdict.NO  # 1:2:3, 1比2比3: the terms of a ratio of more than two
        # (every test of this block says no alike, so their order is free: the commonest first)
        if _LIST_MARK.match(folded, end) and (start == 0 or folded[start - 1] in "\n \t\u3000。;；:："):
            return _Verdict.NO  # 1. / 2、: list numbering
        if (start == 0 or before == "\n") and _OUTLINE_NUMBER.fullmatch(folded, start, end) and _OUTLINE_TITLE.match(
            folded, end
        ):
            return _Verdict.NO  # 3.1总体目标: a heading's number in an outline, opening its line
        # (each pattern below tried only where the character next to the number can open it)
        after_white, before_white = after.isspace(), before.isspace()
        if ((after == "/" or after_white) and _FRACTION_AFTER.match(folded, end)) or (
            (before == "/" or before_white)
            and folded.find("/", max(0, start - 8), start) >= 0  # (a match holds the stroke)
            and _FRACTION_BEFORE.search(folded, max(0, start - 8), start)
        ):
            return _Verdict.NO  # 1/5, a page counter's 1 / 10: the terms of a fraction, not two figures
        if (after == "-" and _CODE_AFTER.match(folded, end)) or (
            before == "-" and _CODE_BEFORE.search(folded, max(0, start - 12), start)
        ):
            return _Verdict.NO  # 2021-00001, 05-18: the parts of a code or a date
        if (
            after in _LINE_END_FIRST  # (_LINE_END's first character, or the end of the text)
            and not before.isascii()
            and _LINE_END.match(folded, end)
            and _TITLE_END.search(folded, start - 4, start)
        ):
            return _Verdict.NO  # …自评报告12, …报告篇1 closing a line: a page or copy number
        if before in ("(", "（") and after in (")", "）"):
            return _Verdict.NO  # (1), （2）: list numbering
        if ((after in _DOC_CLOSE or after_white) and _DOC_AFTER.match(folded, end)) or (
            before in _DOC_OPEN
            or (
                before_white  # (a match holds one of the opening marks)
                and any(folded.find(c, max(0, start - 8), start) >= 0 for c in _DOC_OPENS)
                and _DOC_BEFORE.search(folded, max(0, start - 8), start)
            )
        ):
            return _Verdict.NO  # 〔2022〕5号, 〔\n2022\n〕\n5\n号: a document number, spaced or broken or not
        if after in (":", "：") and len(num) <= 3 and _LABEL_WORD_BEFORE.search(folded, max(0, start - 12), start):
            return _Verdict.NO  # 问题1：, 任务2：: the number of a labelled line, not a figure
        if num.endswith(".0") and before and not before.isascii():
            return _Verdict.NO  # 提升工程2.0: a version in a name
        if after in _TIME_LIMIT_FIRSTS[""] and _TIME_LIMITS[""].match(folded, end):
            return _Verdict.NO  # 收到意见后30日内: a time limit, no figure
        if school_number(folded, start, end, num):
            return _Verdict.NO  # 44中学, 7小: a school's name, no figure
    if ph is not None and not unit and not scale:
        return _Verdict.NO  # a bare x is a letter, not a placeholder figure (xx万 is one)
    if unit:
        return _unit_verdict(folded, start, end, num, unit, suf, chinese)
    return _Verdict.YES


# The terms of a fraction, spaced or not (1/5, 1 / 10): the number before the stroke and the one after it.
_FRACTION_AFTER = re.compile(r"[ \t\u3000]*+/[ \t\u3000]*+[0-9]")
_FRACTION_BEFORE = re.compile(r"[0-9][ \t\u3000]*+/[ \t\u3000]*+$")
# What closes and opens the numbers of a document number (〔2022〕5号), across the white space a PDF left in it:
# 号 (lang.numbers.DOC_NUMBER_ENDS) and the brackets around its year (lang.docnumbers.BRACKET_FORMS), but
# parentheses, which hold list numbers and asides as well.
_DOC_OPEN = frozenset(e.word for e in BRACKET_FORMS) - frozenset(OPEN_BRACKETS)
_DOC_CLOSE = frozenset(e.word for e in DOC_NUMBER_ENDS) | (
    frozenset(e.value for e in BRACKET_FORMS) - frozenset(CLOSE_BRACKETS)
)
_DOC_AFTER = re.compile(f"\\s*+{char_class(_DOC_CLOSE)}")
_DOC_BEFORE = re.compile(f"{char_class(_DOC_OPEN)}\\s*+$")
_DOC_OPENS = tuple(sorted(_DOC_OPEN))  # (each found by str.find before the pattern is tried)
# A number joined by a hyphen to a digit run that opens with 0 (2021-00001, 05-18): a code's or a date's part.
_CODE_AFTER = re.compile(r"-0[0-9]")
_CODE_BEFORE = re.compile(r"(?<![0-9.])0[0-9]*+-$")
# The end of a line (or of the text) and what closes a title before a number (lang.traps.TITLE_ENDS).
_LINE_END = re.compile(r"[ \t\u3000]*+(?:\n|$)")
# (where it can match: the character after the number, "" at the end of the text)
_LINE_END_FIRST = frozenset((" ", "\t", "\u3000", "\n", ""))
_TITLE_END = re.compile(f"(?:{alternation(TITLE_ENDS, either_script=False)})$")
def _unit_verdict(
    folded: str, start: int, end: int, num: str | None, unit: str, suf: str | None, chinese: bool
) -> _Verdict:
    """The checks of a scalar's unit: a measure word that traps what follows it, a year that is no duration."""
    trap = _trap(unit, chinese)
    limit = _TIME_LIMITS.get(unit)
    if limit is not None and not suf and limit.match(folded, end):
        return _Verdict.NO  # 30个工作日内: a time limit, no figure
    if start and folded[start - 1] in _RATE_BASES and num is not None and _POWER_OF_TEN.fullmatch(num):
        return _Verdict.NO  # 每百名学生, 每10万人口: the base of a rate
    cycle = folded.startswith(_CYCLES, end)  # 5年一周期: the length of a cycle
    if trap and not suf and folded[end : end + 1] in trap and not cycle:
        # 12个部门 counts 个; 9万家长 counts people: drop the trapped measure word and read again.
        shorten = (unit.startswith("个") and len(unit) > 1) or (num is not None and any(c in num for c in "万亿"))
        return _Verdict.SHORTEN if shorten else _Verdict.NO
    if unit == "年" and not cycle and not duration_year(folded, start) and not year_length(folded, start, end):
        return _Verdict.NO
    return _Verdict.YES


_CYCLES = tuple(e.word for e in CYCLE_WORDS)
_KITS = frozenset(e.word for e in KIT_WORDS)
_SCALE_IDIOMS = frozenset(e.word for e in SCALE_IDIOMS)
_RATE_BASES = frozenset(e.word for e in RATE_BASES)
_POWER_OF_TEN = re.compile("[一1]?[0十百千万]++")  # (the base of a rate after 每: 百, 十万, 100, 10万)
_NO_TRAP: frozenset[str] = frozenset()


def _trap(unit: str, chinese: bool) -> frozenset[str]:
    """The characters after a figure in ``unit`` (and no qualifier after it) at which :func:`_unit_verdict`
    refuses it or reads it shorter: 12个部门, 9万家长; 名 traps only a Chinese numeral (3名学生 is a figure)."""
    trap = _TRAPS.get(unit[-1], _NO_TRAP)
    return trap if chinese or unit[-1] not in _CN_ONLY_TRAPS or (unit.startswith("个") and len(unit) > 1) else _NO_TRAP


# The units of the scan's lane, each with its trap and its one-step reading: every unit the grammar reads in one
# step but 年, whose figures (连续30年 and 30年行动) the lane leaves to the full steps.
_LANE_UNITS: dict[str, tuple[frozenset[str], PlainReader]] = {
    unit: (_trap(unit, False) | _TIME_LIMIT_FIRSTS.get(unit, _NO_TRAP), read)
    for unit, read in PLAIN_READERS.items()
    if unit != "年"
}


# (a word of money in either script: 經費 as 经费)
_MONEY_CUE = re.compile(rf"(?:{alternation(MONEY_CUES)})[^,，。;；、]{{0,6}}$")


_LIST_JOIN = re.compile(r"[ \t\u3000]*+(?:[、和及与][ \t\u3000]*+)?+$")


def _money_from_context(q: Quantity, folded: str, start: int, out: list[Match]) -> Quantity:
    """A bare ``1.5亿``, ``300多万`` or ``xx亿`` after 投入/资金 is money (yuan), and so is the next item
    of its list (支出分别为1.2亿、1.5亿)."""
    # (read in the folded text: 億 and 萬 of a text in Traditional characters are 亿 and 万 there)
    surface = folded[start : start + len(q.text)]
    if type(q) is Count and q.measure_word is None and ("万" in surface or "亿" in surface):
        cued = _MONEY_CUE.search(folded[max(0, start - 12) : start]) is not None
        if not cued and out and isinstance(out[-1].quantity, Money):
            prev = out[-1]
            last = folded[prev.end - 1 : prev.end]
            cued = last in ("万", "亿") and _LIST_JOIN.match(folded, prev.end, start) is not None
        if cued:
            return Money(value=q.value, qualifier=q.qualifier, text=q.text)
    return q
