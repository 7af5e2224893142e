"""The grammar of quantity expressions, shared by the normalizers and the extractor.

One compiled pattern describes a quantity as reports write it: qualifier words, a
numeral (Arabic, Chinese or mixed, or a placeholder ``x``), 余/多, a scale word, a unit
(money, percent, measure word), a per-unit tail and trailing qualifiers; ranges and
ratios are alternatives of the same pattern. :func:`interpret` turns one match into a
quantity. The patterns are built from the tables in :mod:`dutyreport.lang.numbers` and are
linear: every repetition is possessive.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, Inexact, localcontext

import attrs
import regex

from ..errors import NumeralError
from ..lang.dates import YEAR, YEAR_MARK
from ..lang.numbers import (
    BIG_UNITS,
    DIGITS,
    INFIX_APPROX,
    INFIX_MORE,
    MEASURE_ALIASES,
    MEASURE_WORDS,
    MONEY_UNITS,
    PER_PREFIXES,
    PER_UNIT_JOINS,
    PER_UNITS,
    PERCENT_UNITS,
    QUALIFIER_PREFIXES,
    QUALIFIER_SUFFIXES,
    RATIO_WORD_FOLLOWERS,
    RATIO_WORDS,
    REGION_UNITS,
    SCALE_WORDS,
    SMALL_UNITS,
    SPECIAL_TENS,
    Entry,
)
from ..lang.punctuation import CLOSE_BRACKET_CLASS, OPEN_BRACKET_CLASS
from ..lang.script import alternation
from ..model.quantities import Count, Money, Percent, PerUnit, Qualifier, Quantity, Range, Ratio, Scalar
from ..patterns import char_class, first_chars_of, known, lead_words
from .numerals import EXACT, adjacent_range, arabic_value, plain_digits, read_numeral, scaled

__all__ = [
    "JOIN",
    "MASK_CHARS",
    "PLACEHOLDER",
    "QUALIFIER_AFTER",
    "QUALIFIER_BEFORE",
    "QUANTITY",
    "RANGE_SEP",
    "RATIO_MARKS",
    "SCALAR_GROUPS",
    "YUAN_JIAO_FEN",
    "interpret",
    "negate",
    "scalar_quantity",
    "yuan_jiao_fen",
]


def _opening(pattern: str) -> frozenset[str]:
    """The characters a match of ``pattern``, a piece of the grammar, opens with (read from the piece by
    :func:`~dutyreport.patterns.first_chars_of`, never listed again by hand)."""
    return known(first_chars_of(pattern), pattern)


def _alt(*tables: tuple[Entry[object], ...]) -> str:
    """The words of ``tables`` as one alternation, the longest at a place first, as written (the grammar reads
    text whose numerals are folded, not its other traditional characters)."""
    return alternation(*tables, either_script=False)


# The characters of a Chinese numeral: its digits and units, and 廿, 卅, 卌 (twenty, thirty, forty; lang.numbers).
_CN_DIGIT = "".join(e.word for e in DIGITS)
_CN = _CN_DIGIT + "".join(e.word for e in (*SMALL_UNITS, *BIG_UNITS, *SPECIAL_TENS))
# Arabic digits, grouped by thousands commas or not (1,234), then a decimal point and digits or not.
_A_WHOLE = r"[0-9]++(?:,[0-9]{3})*+"
_A = rf"(?:{_A_WHOLE}(?:\.[0-9]++)?+)"
# Digits grouped by spaces (2 315所, 12 345.5万元): only a thousands grouping (a first group of one to
# three digits, then up to six groups of exactly three) and only before a unit or scale word: 2 3 is two
# numbers, and so is a table row of bare numbers (12 345 678). The bound keeps a scan linear.
_GROUP_SPACE = "[ \xa0\u2009\u202f]"
# A numeral character that opens a percent word is the word's where the word follows (3百分点 is 3 percentage
# points, not 300 分): every other numeral character, or one of those where its word does not follow.
_PERCENT_OPENERS = {
    ch: "|".join(re.escape(e.word[1:]) for e in PERCENT_UNITS if e.word[0] == ch)
    for ch in sorted({e.word[0] for e in PERCENT_UNITS} & set(_CN))
}
_C_OPENERS = (f"{ch}(?!{rest})" for ch, rest in _PERCENT_OPENERS.items())
_C_CHAR = "(?:" + "|".join((char_class(c for c in _CN if c not in _PERCENT_OPENERS), *_C_OPENERS)) + ")"
_C = rf"(?:{_C_CHAR}++(?:点[{_CN_DIGIT}]++[万亿]?+)?+)"
NUMERAL = rf"(?:{_A}|{_C})(?:{_A}|{_C})*+"
# A character lost in decoding (clean.decode writes one U+FFFD for each run of bytes it could not read): the digits
# it touches are masked by it (1\ufffd350人: neither 1 nor 350 is known).
LOST_CHAR = "\ufffd"
_LOST_DIGITS = (
    rf"(?:[0-9]++(?:\.[0-9]++)?+{LOST_CHAR}|{LOST_CHAR}++(?=[0-9]))(?:[0-9{LOST_CHAR}]|\.(?=[0-9{LOST_CHAR}]))*+"
)
# A template's or a mask's figure, value unknown: x, xx, xxxxx.xx, x.xx (of x and ×, not inside a word),
# digits masked by stars (*, **, 1*.*, 20*13; not **5, markdown's bold), digits touching a lost character, a
# blank line of underscores (____; one alone where no letter or digit touches it: 在校学生_人).
# A figure whose last digits are masked (8x%, 1xx所, 3,xxx人) is one too; x in thousands groups (x,xxx) is one mask.
PLACEHOLDER = (
    r"(?:(?<![A-Za-z0-9])[xX×]{1,8}+(?:,[xX×]{3}+)*+(?:\.[xX×]{1,4}+)?+(?![A-Za-z])"
    r"|(?<![A-Za-z0-9.,])[0-9]++(?:,[0-9]{3}+)*+(?:,[0-9]{0,2}+)?+[xX×]{1,7}+(?:,[xX×]{3}+)*+(?:\.[0-9xX×]{1,4}+)?+(?![A-Za-z0-9])"
    r"|(?:[0-9]++\*[0-9*]*+|\*++(?![0-9]))(?:\.[0-9*]++)?+"
    f"|{_LOST_DIGITS}"
    r"|_{2,}+|(?<![A-Za-z0-9])_(?![A-Za-z0-9_]))"
)
# The characters a placeholder is made of: a number glued to one (202x, 20*) is masked, not a figure.
MASK_CHARS = "xX×*" + LOST_CHAR
_MONEY_UNIT = _alt(MONEY_UNITS)
_MEASURE = _alt(MEASURE_WORDS)
_REGION = _alt(REGION_UNITS)
_PER = _alt(PER_UNITS)
# A comparison sign that closes or opens an HTML tag (<br/>5所, <p>3所) is markup, not a qualifier.
_TAG_SAFE = {">": r"(?<![A-Za-z0-9/\"'])>", "<": r"<(?![A-Za-z/!])"}
_PREFIX = "|".join(
    (
        _alt(tuple(e for e in QUALIFIER_PREFIXES if e.word not in _TAG_SAFE)),
        *(_TAG_SAFE[e.word] for e in QUALIFIER_PREFIXES if e.word in _TAG_SAFE),
    )
)
_PREFIX = rf"(?={char_class(e.word[0] for e in QUALIFIER_PREFIXES)})(?:{_PREFIX})"
# Between a qualifier and its number: spaces, never a line break (至少\n5所 is two lines).
_GAP = r"[ \t\u3000\xa0]*+"
_SUFFIX = rf"(?={char_class(e.word[0] for e in QUALIFIER_SUFFIXES)})(?:{_alt(QUALIFIER_SUFFIXES)})"
_INFIX = "".join(e.word for e in (*INFIX_MORE, *INFIX_APPROX))
_INFIX_APPROX = frozenset(e.word for e in INFIX_APPROX)
# How each percent word is read (lang.numbers.PERCENT_UNITS): in tenths (约六成 = 60%), in percentage points, in
# percent; a word in tenths stands before none of these characters (成员, 成为, 成立 … are words of their own).
_PERCENT_KIND = {e.word: e.value for e in PERCENT_UNITS}
_TENTHS = frozenset(w for w, kind in _PERCENT_KIND.items() if kind == "tenths")
_PER_MILLE = frozenset(w for w, kind in _PERCENT_KIND.items() if kind == "per mille")
_POINTS = frozenset(_PERCENT_KIND) - _TENTHS - _PER_MILLE
_PERCENTAGE_POINTS = frozenset(w for w, kind in _PERCENT_KIND.items() if kind == "percentage point")
_NOT_TENTHS_BEFORE = "员为立效果本绩功长熟型品就交全不"
_PERCENT = (
    "(?:"
    + "|".join(
        (
            _alt(tuple(e for e in PERCENT_UNITS if e.word not in _TENTHS)),
            *(f"{re.escape(w)}(?!{char_class(_NOT_TENTHS_BEFORE)})" for w in sorted(_TENTHS)),
        )
    )
    + ")"
)
# Every unit opens with one of these characters: tested first, a number followed by none of them (a year,
# a bare figure) fails the unit at once instead of trying each of its hundred words in turn.
_UNIT_WORD = rf"(?:{_MONEY_UNIT}|{_PERCENT}|个(?:{_MEASURE})|{_MEASURE}|{_REGION})"
_UNIT_FIRST = "".join(sorted(_opening(_UNIT_WORD)))
_UNIT = rf"(?={char_class(_UNIT_FIRST)}){_UNIT_WORD}"
_SCALE = "(?:万亿|亿|万|千)"
_A_SPACED = (
    rf"(?:[0-9]{{1,3}}+(?:{_GROUP_SPACE}[0-9]{{3}}+(?![0-9])){{1,6}}+(?:\.[0-9]++)?+"
    rf"(?=[ \t\u3000\xa0]*+(?:{_SCALE}|{_UNIT})))"
)
# A number a PDF's line wrap or a stray space cut, read whole only where the reading is certain and before a
# unit or scale word: a thousands group cut short and finished after a line break (3,26\n4人) or, after a word, a
# space (督导1,0 42校次; not a table's cells, 10,240 10,15 4.6%); digits on both sides of a line break, the first
# one inside a line of words (…惠及学校2\n3所, 、9\n60元: not a line of its own, a caption's number, a table's
# cell; not 小学38\n12所, which may be two figures, nor a year after the break, 达标学校41\n2023年); one or two digits
# after a single space, the first after a word (的2 6家). The scan records the reading as a joined figure: the
# break is damage the text keeps.
_LINE_BREAK = r"[ \t\u3000\xa0]*+\r?\n[ \t\u3000\xa0]*+"
_SPACE = r"[ \u3000\xa0]"
_A_WRAPPED = (  # (most numbers run into no white space: the first look fails them at once)
    rf"(?=[0-9,]++[ \t\u3000\xa0\r\n])"
    rf"(?:(?:[0-9]{{1,3}}+(?:,[0-9]{{3}}+)*+,(?:[0-9]{_LINE_BREAK}[0-9]{{2}}|[0-9]{{2}}{_LINE_BREAK}[0-9])(?![0-9])"
    rf"(?:,[0-9]{{3}}+(?![0-9]))*+"
    rf"|(?<=[\u4e00-\u9fff])[0-9]{{1,3}}+,(?:[0-9]{_SPACE}[0-9]{{2}}|[0-9]{{2}}{_SPACE}[0-9])(?![0-9,])"
    rf"|(?<=[^\s0-9,.])(?<=[^\n]{{8}})[0-9]{_LINE_BREAK}(?!{YEAR}{YEAR_MARK})[0-9]++"
    rf"|(?<=[\u4e00-\u9fff])[0-9]{{1,3}}+{_SPACE}[0-9]{{1,2}}+(?![0-9,]))"
    rf"(?:\.[0-9]++)?+(?=[ \t\u3000\xa0]*+(?:{_SCALE}|{_UNIT})))"
)
# Between a number and its unit or scale word, what text extraction leaves (4800 万元, 3.25 %, xx\n所, 200 余场): a
# few spaces or one line break, taken only where the unit follows (or 余, 多… before it). The scan records such a
# reading.
JOIN = r"(?=[ \t\u3000\xa0\r\n])(?:[ \t\u3000\xa0]{1,3}+|[ \t\u3000\xa0]*+\r?\n[ \t\u3000\xa0]*+)"
# A unit that ends its word: a mark, a space or the line's end after it, no character of another word (多所学校,
# 人员经费 and 人民群众 open words of their own: 1 多所学校 is a list's number before its words).
_UNIT_ALONE = rf"{_UNIT}(?![\u3400-\u9fff])"
# (before 余/多/几/来 after a break, only such a unit, or a scale word: 200 余场, 300\n多人次, 20 来万元)
_JOIN_TO_UNIT = rf"(?:{JOIN}(?={_SCALE}|{_UNIT}|[{_INFIX}](?:[万亿千百]|{_UNIT_ALONE})))"
# Between a scale word and its unit (3 万 多人, 1.2 万\n人次): a few spaces or a line break, where the unit ends its
# word (3.5 亿 人员经费占比, 1.2 万\n人民群众: the unit's character opens another word after the break).
_SCALE_TO_UNIT = rf"(?:{JOIN}(?=[余多]?{_UNIT_ALONE}))"
_PER_PREFIX_WORDS = tuple(e.word for e in PER_PREFIXES)
_PER_PREFIX = f"(?={char_class(w[0] for w in _PER_PREFIX_WORDS)})(?:{_alt(PER_PREFIXES)})"

_RANGE_SEP = r"(?:\((?:含)\)|（含）)?(?:至|到|~|-{1,2}|—{1,2}|－|～)"
# The characters a range's separator opens with.
_SEP_FIRST = "".join(sorted(_opening(_RANGE_SEP)))
# 百分之二十, 千分之三, and 百分 without 之 before its number (百分九十; not 百分点, 百分比).
_PER_CENT_WORD = rf"百分之|千分之|百分(?=[{_CN}0-9])"
_PER_CENT_WORDS = lead_words(_PER_CENT_WORD) or ()
# A per-unit tail: 元/生/年, 元/生·年, and the units in brackets, 元/(生·年).
_PER_JOIN = "".join(re.escape(e.word) for e in PER_UNIT_JOINS)
_PER_SLASH = re.escape(next(e.word for e in PER_UNIT_JOINS if e.value == "slash"))  # (before the first unit too)
_PER_RUN = rf"(?:{_PER})(?:[{_PER_JOIN}](?:{_PER}))*+"
_PER_TAIL = rf"{_PER_SLASH}(?:{_PER_RUN}|{OPEN_BRACKET_CLASS}{_PER_RUN}{CLOSE_BRACKET_CLASS})"

# Amounts in 元/块, 角/毛 and 分 (两块三角, 四块八毛五, 三元五角六分); a single digit after 块 or 毛 is the
# next unit down (三块五 = 3.5, 八毛五 = 0.85). In running text 块 with a digit alone is money only at a
# clause's end or before 钱 or a range's second end (新建3块5人制球场 counts plots); 毛 alone only before 钱.
_TAIL_DIGIT = "一二两三四五六七八九123456789"
_YJF_END = rf"(?=钱|[，,。；;、\s)）]|{_RANGE_SEP}|$)"
_YJF_SCAN = (
    rf"(?:{NUMERAL}(?:[元圆块]零?+{NUMERAL}[角毛](?:零?+{NUMERAL}分|[{_TAIL_DIGIT}](?![0-9{_CN}]))?+"
    rf"|块[{_TAIL_DIGIT}]{_YJF_END}"
    rf"|[角毛](?:零?+{NUMERAL}分|[{_TAIL_DIGIT}])?+(?=钱)))"
)
# Tried only where a numeral runs into 元/块/角/毛: elsewhere the alternative fails after one look. (The look
# reads the numeral as the alternative does, no further: a run of every numeral character, 1,2,3,…, was read
# to its end from each of its numbers, in time quadratic in its length.)
_RATIO_WORD = _alt(RATIO_WORDS)  # 13.5比1 (lang.numbers.RATIO_WORDS: one character each, as the colons)
_RATIO_MARKS = RATIO_MARKS = ":：∶" + "".join(e.word for e in RATIO_WORDS)  # (the colons, then the words)
_YJF_MARKS = "元圆块角毛"  # (what a ratio's terms and an amount's numerals stand before)
# After a ratio in words, its second term ends the figure: the text's end, punctuation or a space, a qualifier
# (以下), or a word of lang.numbers.RATIO_WORD_FOLLOWERS; not a digit, a unit, a year, 多 or any other word
# (比2022年多3所, 三比三看: 'compared with' and a phrase, no ratio).
_RATIO_WORD_END = rf"(?=$|[^\u4e00-\u9fff0-9.%‰A-Za-z]|{_SUFFIX}|{_alt(RATIO_WORD_FOLLOWERS)})"
_RATIO_WORD_TERM = rf"(?=(?:{_A}|{_C})(?![0-9]){_RATIO_WORD_END})"  # (the second term, read again after it)
_YJF_AHEAD = rf"(?=(?:{_PREFIX}{_GAP})?+{NUMERAL}{char_class(_YJF_MARKS)})"
# For the normalizers, the complete written form too: an explicit zero before 角, 分 or 厘 (壹拾元零角零分: the
# form of an invoice), 厘 (a tenth of 分) only after an amount in 元角分 (叁元零伍厘), and 块零 with one digit, which
# is that many 分 (四块零六 = 4.06, as 四块零六分).
YUAN_JIAO_FEN = re.compile(
    rf"(?:(?P<yuan>{NUMERAL})[元圆块])?+(?:(?:零?+(?P<jiao>{NUMERAL})|(?P<zjiao>零))[角毛])?+"
    rf"(?:(?:零?+(?P<fen>{NUMERAL})|(?P<zfen>零))分)?+"
    rf"(?:(?<=[元圆块角毛分])(?:零?+(?P<li>{NUMERAL})|(?P<zli>零))厘)?+"
    rf"(?:(?<=块)零(?P<kfen>[{_TAIL_DIGIT}])|(?P<tail>[{_TAIL_DIGIT}]))?+"
)

# For the normalizers: the qualifier words before and after a number, and a range's separator.
QUALIFIER_BEFORE, QUALIFIER_AFTER, RANGE_SEP = _PREFIX, _SUFFIX, _RANGE_SEP

# Every match starts with one of these characters (a digit, a Chinese numeral, a placeholder, the
# first character of a qualifier or per-unit prefix, or of 百分之/千分之). Leading the pattern with
# this class lets a scan skip every other position at once instead of trying each alternative
# there: same matches, about seven times faster over a report.
# (What a numeral or a placeholder opens with, of the digits, numeral characters and marks the pieces are read
# from: where a match opens with one of them, it opens with its number, never with a qualifier or prefix word.)
NUMBER_FIRST = _opening(NUMERAL) | _opening(PLACEHOLDER)
_WORD_FIRST = _opening(_PREFIX) | _opening(_PER_PREFIX) | _opening(_PER_CENT_WORD)
FIRST_CHARS = _FIRST = "".join(sorted(NUMBER_FIRST | _WORD_FIRST))

# A numeral character that opens no word of the grammar (no qualifier, per-unit or per-cent word) and the
# characters that can stand after a match's first character when it is one of these: more of a numeral
# (Arabic or Chinese, 点, a decimal point or a digit group), a ratio's colon, a range's separator, a mask, white
# space (a join), the first character of a unit, of an infix (余, 多, 来, 几) or of a suffix, a per-unit slash,
# an amount's 元角分. Where anything else follows such a character, QUANTITY matches there nothing but that
# one character as a scalar without a unit (二是, 进一步, (一)), which is no figure: the scan passes over it
# (tests/quantities/test_scan_shortcuts.py holds this to the grammar).
# (NUMERAL_NEXT is built below, from the characters of the numerals, marks and separators read there.)
LONE_FIRST = frozenset(_CN) - _WORD_FIRST


def leading(words: tuple[str, ...] = ()) -> str:
    """A look-ahead on how a match of :data:`QUANTITY` (or of a pattern whose other alternatives open with
    ``words``) can start: a character of :data:`FIRST_CHARS` that is a number's or a one-character word's,
    or the first two characters of a longer qualifier or per-unit word (大于, 人均). A position where 大,
    人 or 生 stand in other words (大学, 学生) is passed over at once instead of failing every alternative."""
    single = set(NUMBER_FIRST)
    pairs: dict[str, set[str]] = {}
    for w in (*(e.word for e in QUALIFIER_PREFIXES), *_PER_PREFIX_WORDS, *_PER_CENT_WORDS, *words):
        if len(w) == 1:
            single.add(w)
        else:
            pairs.setdefault(w[0], set()).add(w[1])
    return (
        f"(?={char_class(single)}"
        + "".join(
            f"|{re.escape(c)}{char_class(seconds)}"
            for c, seconds in sorted(pairs.items())
            if c not in single
        )
        + ")"
    )


# The characters of every unit word and the longest one's length; the characters a range's separator opens with
# (none of theirs: tests/quantities/test_scan_shortcuts.py checks).
_UNIT_WORDS = frozenset(
    {e.word for e in (*MONEY_UNITS, *MEASURE_WORDS, *REGION_UNITS)}
    | {"个" + e.word for e in MEASURE_WORDS}
    | set(_PERCENT_KIND)
)
_UNIT_CHARS = frozenset("".join(_UNIT_WORDS))
# A range's low end is followed by its unit, if any, and then by its separator, which opens with none of the
# units' characters: so where no separator stands after at most the longest unit's length of them, the range
# fails there at once instead of after trying every unit word (most numbers are no range's low end; the look
# is bounded, so the scan stays linear). tests/quantities/test_scan_shortcuts.py holds it to the pattern
# without it.
_LONGEST_UNIT = max(map(len, _UNIT_WORDS))
_RANGE_GUARD = rf"(?={char_class(_UNIT_CHARS)}{{0,{_LONGEST_UNIT}}}+{char_class(_SEP_FIRST)})"


# Before the ratio, the amount in 元角分 and the range, each of which reads a number and then fails on what
# follows it at most places (a colon, 元角分, a range's separator), a cheaper look at what follows: the run
# of the characters the alternative's words before that mark are made of (none of them the mark's), at most
# _REACH of them, must end at the mark, or be longer than that (then the alternative is tried as it was).
# Each alternative can match only where its look holds, so the matches are those of the pattern without
# the looks (tests/quantities/test_scan_shortcuts.py holds them to it); bounded, so the scan stays linear
# (a run of numerals, 1,2,3,…, is not read to its end from each of its numbers).
_REACH = 12
CN_NUMERAL_CHARS = frozenset("点" + _CN)  # what _C is made of
_NUMERAL_CHARS = frozenset("0123456789,.") | CN_NUMERAL_CHARS  # what _A and _C are made of
_RATIO_CHARS = _NUMERAL_CHARS
_YJF_CHARS = _NUMERAL_CHARS | {c for e in QUALIFIER_PREFIXES for c in e.word} | frozenset(" \t\u3000\xa0")
_RANGE_CHARS = (
    _NUMERAL_CHARS
    | {c for w in _PER_PREFIX_WORDS for c in w}
    | frozenset(" \t\u3000\xa0\r\n")
    | frozenset(MASK_CHARS + "_")  # (a range's low end may be a placeholder: xx-3元, *-3元, __至5人)
)
NUMERAL_NEXT = (
    _NUMERAL_CHARS
    | frozenset(_RATIO_MARKS + _SEP_FIRST + _YJF_MARKS + _INFIX + _UNIT_FIRST)
    | _opening(PLACEHOLDER)
    | _opening(_PER_TAIL)
    | _opening(_SUFFIX)
    | _opening(JOIN)
    | _opening(_GROUP_SPACE)
)


def _look(chars: frozenset[str], then: str) -> str:
    """A look-ahead: a run of at most :data:`_REACH` of ``chars`` followed by ``then``, or a longer run."""
    return rf"(?={char_class(chars)}{{0,{_REACH}}}+{then}|{char_class(chars)}{{{_REACH + 1}}})"


_RATIO_LOOK = _look(_RATIO_CHARS, char_class(_RATIO_MARKS))
_YJF_LOOK = _look(_YJF_CHARS, char_class(_YJF_MARKS))
_RANGE_LOOK = _look(_RANGE_CHARS, rf"{char_class(_UNIT_CHARS)}{{0,{_LONGEST_UNIT}}}+{char_class(_SEP_FIRST)}")

# One look before the five alternatives that come before the scalar, which holds wherever one of them can match,
# so that most numbers (20所, 12.5%: no ratio, amount or range) are read once by it and passed on to the scalar
# at once, not once by each look. The ratio x:x and the per-cent words open with one of _TRIED_FIRST; the three
# looks' runs are read as one run of every character they run over but a range's separator (至到 stand in
# qualifier words), at most _REACH of them, which stops at the ratio's or the amount's mark, at a range's unit
# or separator or, past its reach, is as long as the looks' longer runs (each look's run ends there too: none
# of the marks is among those characters). tests/quantities/test_scan_shortcuts.py holds QUANTITY to the
# pattern without it.
# A template's ratio: x:x.
_PH_RATIO = r"(?<![A-Za-z0-9])[xX]{1,3}+[:：∶][xX]{1,3}+(?![A-Za-z0-9:：∶])"
_TRIED_FIRST = _opening(_PH_RATIO) | _opening(_PER_CENT_WORD) | _opening(_PREFIX)
_TRIED_CHARS = (_RATIO_CHARS | _YJF_CHARS | _RANGE_CHARS) - frozenset(_SEP_FIRST)
_TRIED = (
    rf"(?={char_class(_TRIED_FIRST)}"
    rf"|{char_class(_TRIED_CHARS)}{{0,{_REACH}}}+"
    rf"(?:{char_class(_RATIO_MARKS + _YJF_MARKS)}"
    rf"|{char_class(_UNIT_CHARS)}{{0,{_LONGEST_UNIT}}}+{char_class(_SEP_FIRST)})"
    rf"|{char_class(_TRIED_CHARS)}{{{_REACH + 1}}})"
)


# (tests/quantities/test_scan_shortcuts.py holds it to the pattern without the range guard and without the looks.)
QUANTITY = re.compile(
    rf"""
    (?={char_class(_FIRST)})
    (?:
    {_TRIED}(?:
    (?P<ratio>(?:(?P<rpre>{_PREFIX}){_GAP})?+{_RATIO_LOOK}(?P<r1>{_A}|{_C})(?:[:：∶]|{_RATIO_WORD}{_RATIO_WORD_TERM})(?P<r2>{_A}|{_C})(?![0-9])(?P<rsuf>{_SUFFIX})?+)
    |
    (?P<phratio>{_PH_RATIO})
    |
    (?P<pctpre>(?:(?P<pctq>{_PREFIX}){_GAP})?+(?P<pctword>{_PER_CENT_WORD})(?P<pctnum>{NUMERAL}|百|{PLACEHOLDER})
        (?:{_RANGE_SEP}(?P<pctword2>{_PER_CENT_WORD})?+(?P<pcthi>{NUMERAL}|百)(?!{char_class(_UNIT_FIRST)}))?+
        (?P<pctsuf>{_SUFFIX})?+)
    |
    {_YJF_LOOK}(?P<yjf>{_YJF_AHEAD}(?:(?P<ypre>{_PREFIX}){_GAP})?+(?P<ylo>{_YJF_SCAN})(?:{_RANGE_SEP}(?P<yhi>{_YJF_SCAN}))?+
        (?P<ysuf>{_SUFFIX})?+)
    |
    {_RANGE_LOOK}(?P<range>
        (?P<rperpre>{_PER_PREFIX})?+
        (?P<lo>{NUMERAL}(?:{JOIN}(?:万亿|亿|万)(?![0-9]))?+(?![xX×])|{PLACEHOLDER}(?!{YEAR_MARK}))(?:{_JOIN_TO_UNIT})?+{_RANGE_GUARD}(?P<lounit>{_UNIT})?+
        {_RANGE_SEP}
        (?P<hi>{NUMERAL}(?![xX×])|{PLACEHOLDER}(?!{YEAR_MARK}))(?:{_JOIN_TO_UNIT})?+(?P<hiscale>{_SCALE})?+(?P<hiunit>{_UNIT}))
    )
    |
    (?P<scalar>
        (?:(?P<pre>{_PREFIX}){_GAP})?+
        # (a second qualifier only after a per-unit word; no conditional group, which the scan's look-behind refuses)
        (?:(?P<perpre>{_PER_PREFIX})(?P<pre2>{_PREFIX})?+)?+
        (?:(?P<num>{_A_SPACED}|{_A_WRAPPED}|{NUMERAL})(?![*{LOST_CHAR}]|,?+[0-9]*+[xX×]++(?![A-Za-z0-9]))|(?P<ph>{PLACEHOLDER}))
        (?P<gap>{_JOIN_TO_UNIT})?+
        (?:(?P<infix>[{_INFIX}])(?=[万亿千百]|{_UNIT}))?+
        (?P<scale>{_SCALE})?+
        (?:(?<=[万亿]){_SCALE_TO_UNIT})?+
        (?P<infix2>[余多](?={_UNIT}))?+
        (?P<unit>{_UNIT})?+
        (?P<per>{_PER_TAIL})?+
        (?P<suf>{_SUFFIX})?+
    )
    )
    """,
    re.VERBOSE,
)

_PER_WORD = re.compile(_PER)
_PLACEHOLDER = regex.compile(PLACEHOLDER)
_SCALE_TAIL = re.compile(r"(万亿|亿|万|千|百)$")
_MONEY_POWER = {e.word: int(str(e.value)) for e in MONEY_UNITS}
_SCALE_POWER = {e.word: e.value for e in SCALE_WORDS}
_MEASURE_WORDS = {e.word for e in MEASURE_WORDS}
_ALIAS = {e.word: str(e.value) for e in MEASURE_ALIASES}
# Both a money word and a measure word: yuan only where the caller says the text is money
# (parse_money("三块") is 3 yuan; 新建3块运动场 counts plots).
_AMBIGUOUS_MONEY = _MEASURE_WORDS & set(_MONEY_POWER)
_PER_NAME = {e.word: str(e.value) for e in PER_UNITS}
_PREFIX_Q = {e.word: e.value for e in QUALIFIER_PREFIXES}
_SUFFIX_Q = {e.word: e.value for e in QUALIFIER_SUFFIXES}


# No figure in a report runs this long; longer "numerals" are runs of digits (a table flattened,
# an ID) and reading them exactly costs quadratic time downstream (int() of a million digits).
MAX_NUMERAL_CHARS = 64


def _number(text: str) -> tuple[Decimal, bool]:
    if len(text) > MAX_NUMERAL_CHARS:
        raise NumeralError(f"numeral longer than {MAX_NUMERAL_CHARS} characters", text)
    plain = plain_digits(text)
    if plain is not None:
        return plain, False  # (what read_numeral reads of plain digits, without its Numeral)
    n = read_numeral(text)
    return n.value, n.more


_PER_OF_PREFIX = {e.word: e.value for e in PER_PREFIXES}


def _per_from_prefix(perpre: str) -> tuple[str, ...]:
    """What an amount after the per-unit word ``perpre`` (每生每年, 生均) is per: ``("student", "year")``."""
    return _PER_OF_PREFIX[perpre]


def interpret(m: re.Match[str], *, money: bool = False, surface: str | None = None) -> Quantity:
    """The quantity one match of :data:`QUANTITY` describes (on folded text).

    ``money`` reads a bare number as yuan (``parse_money("三百万")``); ``surface`` is the text
    the quantity keeps (the original characters, where the match ran on folded ones).
    Raises :class:`~dutyreport.NumeralError` when the numeral inside is not a number. The arithmetic
    runs in the library's decimal context, whatever the caller's.
    """
    with localcontext(EXACT):
        try:
            return interpret_exact(m, money=money, text=m.group() if surface is None else surface)
        except Inexact:
            raise NumeralError("not exactly readable", m.group()) from None


def interpret_exact(m: re.Match[str], *, money: bool, text: str) -> Quantity:
    """:func:`interpret` for a caller already computing in :data:`~.numerals.EXACT` (the scan): raises
    ``decimal.Inexact`` where a reading would round."""
    alternative = m.lastgroup  # the top-level alternative: its own groups close before it does
    if alternative == "scalar":
        return _scalar(m, money=money, text=text)
    if alternative == "phratio":
        return Ratio(terms=(), text=text)  # x:x, a template's ratio: no term known
    if alternative == "ratio":
        a, _ = _number(m.group("r1"))
        b, _ = _number(m.group("r2"))
        rpre, rsuf = m.group("rpre", "rsuf")  # 不高于20:1, 20:1以内 (both: the one after decides, as for a count)
        return Ratio(terms=(a, b), qualifier=_qualifier(rpre, rsuf), text=text)
    if alternative == "pctpre":
        word, raw = m.group("pctword"), m.group("pctnum")
        pq: Qualifier | None = None
        if m.group("pctsuf"):
            pq = _SUFFIX_Q[m.group("pctsuf")]
        elif m.group("pctq"):
            pq = _PREFIX_Q[m.group("pctq")]
        if _PLACEHOLDER.fullmatch(raw):
            return Percent(points=None, qualifier=pq, text=text)
        value = _per_cent(word, raw)
        if m.group("pcthi"):
            # 百分之二十到三十五, 百分之二十至百分之二十五: the second end is in the first's word unless it has its own
            high = _per_cent(m.group("pctword2") or word, m.group("pcthi"))
            return Range(low=Percent(points=value), high=Percent(points=high), qualifier=pq, text=text)
        return Percent(points=value, qualifier=pq, text=text)
    if alternative == "range":
        return _range(m, money=money, text=text)
    if alternative == "yjf":
        yq: Qualifier | None = None
        if m.group("ysuf"):
            yq = _SUFFIX_Q[m.group("ysuf")]
        elif m.group("ypre"):
            yq = _PREFIX_Q[m.group("ypre")]
        low = yuan_jiao_fen(m.group("ylo"))
        if m.group("yhi") is None:
            return Money(value=low, qualifier=yq, text=text)
        return Range(low=Money(value=low), high=Money(value=yuan_jiao_fen(m.group("yhi"))), qualifier=yq, text=text)
    return _scalar(m, money=money, text=text)


def yuan_jiao_fen(text: str) -> Decimal:
    """Yuan of an amount in 元/块, 角/毛, 分 (``四块八毛五`` = 4.85); :class:`~dutyreport.NumeralError` if none."""
    m = YUAN_JIAO_FEN.fullmatch(text)
    if m is None:
        raise NumeralError("not an amount in 元角分", text)
    yuan, jiao, fen, li, tail, kfen = m.group("yuan", "jiao", "fen", "li", "tail", "kfen")
    written_zero = m.group("zjiao", "zfen", "zli") != (None, None, None)  # (零角, 零分, 零厘: a unit written)
    if tail:
        if fen or li or written_zero or not (yuan or jiao):
            raise NumeralError("a digit after 分", text)
        if jiao:
            fen = tail  # 八毛五: 5 分
        else:
            jiao = tail  # 三块五: 5 角
    if kfen:
        fen = kfen  # 四块零六: 6 分
    if not (jiao or fen or li or written_zero):
        raise NumeralError("no 角 or 分", text)  # 三元 alone is the scalar grammar's
    total = Decimal(0)
    for raw, power in ((yuan, 0), (jiao, -1), (fen, -2), (li, -3)):
        if raw:
            value = _number(raw)[0]
            if power and not 0 <= value < 10:
                raise NumeralError("ten 角, 分 or 厘 and more", text)
            total += value.scaleb(power)
    return total


def _per_cent(word: str, raw: str) -> Decimal:
    """The points of ``百分之<raw>`` (or ``千分之<raw>``): 百分之百 is 100."""
    value = Decimal(100) if raw == "百" else _number(raw)[0]
    return value.scaleb(-1) if word == "千分之" else value


def _range(m: re.Match[str], *, money: bool, text: str) -> Quantity:
    hi_text, unit = _scaled_measure(m.group("hi"), m.group("hiunit"))
    # A masked end (xxx元至600元) is unknown, and so is the range (Range.is_placeholder): its other end is no
    # plain figure of its own.
    lo = None if _PLACEHOLDER.fullmatch(m.group("lo")) else _number(m.group("lo"))[0]
    hi = None if _PLACEHOLDER.fullmatch(hi_text) else _number(hi_text)[0]
    scale = m.group("hiscale")
    lounit = m.group("lounit")
    if scale:
        hi = None if hi is None else scaled(hi, _SCALE_POWER[scale])
    else:
        tail = _SCALE_TAIL.search(m.group("hi"))
        scale = tail.group() if tail else ""
    # 一百二十到一百五十万元, 10-15万元, 三至五千元: a scale written once belongs to both ends, where the low
    # end is below the high end's number before its scale (not in 八千至1.2万元 or 三十至五百人).
    if scale and not lounit and lo is not None and (hi is None or lo < hi.scaleb(-_SCALE_POWER[scale])):
        lo = scaled(lo, _SCALE_POWER[scale])
    low: Scalar = _unit_quantity(lo, lounit or unit, None, m.group("lo") + (lounit or ""), money=money)
    high: Scalar = _unit_quantity(hi, unit, None, m.group("hi"), money=money)
    if type(low) is not type(high):
        low = _unit_quantity(lo, unit, None, m.group("lo"), money=money)
    perpre = m.group("rperpre")
    if perpre and isinstance(low, Money) and isinstance(high, Money):
        # 每人每月400元至900元: both ends are per person (per month)
        per = _per_from_prefix(perpre)
        low = PerUnit(value=low.value, per=per, text=low.text)
        high = PerUnit(value=high.value, per=per, text=high.text)
    return Range(low=low, high=high, text=text)


# Measure words that open with a numeral's unit (千米, 千瓦): after Arabic digits the unit is theirs, so
# 25千米 is 25 千米; after a Chinese numeral the character counts (五千米 is 5000 米, the same length).
_SCALED_MEASURES = frozenset(e.word for e in MEASURE_WORDS if e.word[0] in {u.word for u in SMALL_UNITS})
_SCALED_TAILS = frozenset(w[1:] for w in _SCALED_MEASURES)


# A scale word standing for its own number: 万余人 (10,000 and more), 近亿元; but 万元 alone is a unit.
BARE_SCALES = frozenset(e.word for e in SCALE_WORDS if not e.word.isascii())


def _scaled_measure(num: str, unit: str | None) -> tuple[str, str | None]:
    """``('25千', '米')`` -> ``('25', '千米')``; anything else as it was."""
    if unit and len(num) > 1 and "0" <= num[-2] <= "9" and num[-1] + unit in _SCALED_MEASURES:
        return num[:-1], num[-1] + unit
    return num, unit


def _qualifier(pre: str | None, suf: str | None) -> Qualifier | None:
    """The qualifier of a number with the word ``pre`` before it and ``suf`` after it (the one after decides)."""
    return _SUFFIX_Q[suf] if suf else _PREFIX_Q[pre] if pre else None


#: How a unit's one step (:data:`PLAIN_READERS`) reads a numeral, its qualifier words and its text.
PlainReader = Callable[[str, str | None, str | None, str], Quantity | None]


def _plain_reader(unit: str, *, money: bool) -> PlainReader:
    """:func:`scalar_quantity` (as money or not) of a scalar match whose only groups are a numeral, the ``unit``
    and a qualifier before or after them, where that is its one step (see :func:`_one_step_value`; ``None``
    for any other numeral): what :func:`_unit_quantity` does with the unit decided once, not per figure
    (tests/quantities/test_grammar_shortcuts.py holds each to it)."""
    word = _COUNTED.get(unit)
    power = _MONEY_POWER.get(unit) if money or unit not in _AMBIGUOUS_MONEY else None
    point = unit in _PERCENTAGE_POINTS

    def count(num: str, pre: str | None, suf: str | None, text: str) -> Quantity | None:
        value = _one_step_value(num)
        if value is None:
            return None
        return Count(value=value, measure_word=word, qualifier=_qualifier(pre, suf), text=text)

    def yuan(num: str, pre: str | None, suf: str | None, text: str) -> Quantity | None:
        value = _one_step_value(num)
        if value is None or power is None:
            return None
        return Money(value=scaled(value, power), qualifier=_qualifier(pre, suf), text=text)

    def percent(num: str, pre: str | None, suf: str | None, text: str) -> Quantity | None:
        value = _one_step_value(num)
        if value is None:
            return None
        return Percent(points=value, qualifier=_qualifier(pre, suf), percentage_point=point, text=text)

    def other(num: str, pre: str | None, suf: str | None, text: str) -> Quantity | None:
        value = _one_step_value(num)
        if value is None:
            return None
        return _unit_quantity(value, unit, _qualifier(pre, suf), text, money=money)

    if word is not None:
        return count
    if power is not None:
        return yuan
    if unit in _POINTS:
        return percent
    return other


#: The groups of a scalar match its reading needs, in the order :func:`scalar_quantity` takes them.
SCALAR_GROUPS = ("pre", "pre2", "suf", "infix", "infix2", "unit", "num", "scale", "perpre", "per")


def _scalar(m: re.Match[str], *, money: bool, text: str) -> Quantity:
    return scalar_quantity(m.group(*SCALAR_GROUPS), money=money, text=text)


def scalar_quantity(groups: tuple[str | None, ...], *, money: bool, text: str) -> Quantity:
    """The quantity of a scalar match whose :data:`SCALAR_GROUPS` are ``groups`` (for a caller that has
    read them already), as :func:`interpret_exact` reads it."""
    qualifier: Qualifier | None = None
    pre, pre2, suf, infix, infix2, unit, num, scale, perpre, per = groups
    if unit is not None and num is not None and not (infix or infix2 or scale or perpre or per):
        # Most figures (20所, 12.5%, 约3.5万人, 1350人以上): Arabic digits, a unit and at most a qualifier word,
        # which every step below leaves as they are but for the qualifier: the unit's one step
        # (tests/quantities/test_grammar_shortcuts.py holds this to those steps).
        read = (_MONEY_READERS if money else PLAIN_READERS).get(unit)
        if read is not None and (q := read(num, pre or pre2, suf, text)) is not None:
            return q
    pre = pre or pre2
    if pre:
        qualifier = _PREFIX_Q[pre]
    about = infix in _INFIX_APPROX  # 十来个: about ten
    more = bool(infix or infix2) and not about
    value: Decimal | None = None
    ends: tuple[Decimal, Decimal] | None = None
    if num is not None:
        if num in BARE_SCALES and unit in _MONEY_POWER and not (pre or more or about):
            raise NumeralError("a unit without a number", text)  # 总投资 万元: the digits are missing
        if unit in _SCALED_TAILS:
            num, unit = _scaled_measure(num, unit)
        # 三四所: 3 to 4, not 34 (never in Arabic digits alone)
        ends = adjacent_range(num) if len(num) == 2 and not num.isascii() else None
        if ends is None:
            try:
                value, numeral_more = _number(num)
                more = more or numeral_more
            except NumeralError:
                ends = adjacent_range(num)  # 二三十万, 四五千, 二十三四: neighbouring digits are a range
                if ends is None:
                    raise
    if suf:
        qualifier = _SUFFIX_Q[suf]
    elif more and qualifier is None:
        qualifier = Qualifier.MORE_THAN
    elif about and qualifier is None:
        qualifier = Qualifier.APPROX
    if ends is not None:
        low, high = (_scalar_of(end, scale, perpre, per, unit, None, money=money, text=text) for end in ends)
        return Range(low=low, high=high, qualifier=qualifier, text=text)
    if not (scale or perpre or per):
        return _unit_quantity(value, unit, qualifier, text, money=money)  # (most figures: 20所, 5.23%)
    return _scalar_of(value, scale, perpre, per, unit, qualifier, money=money, text=text)


# What read_numeral reads of each Chinese digit alone (一个, 三所, 两项): read from the table once, not per figure.
_DIGIT_VALUES = {e.word: read_numeral(e.word).value for e in DIGITS}


def _one_step_value(num: str) -> Decimal | None:
    """What :func:`_number` reads of ``num`` where that is all a figure's one step needs: Arabic digits that
    :func:`~.numerals.arabic_value` reads (``12``, ``3.5``, ``4.2万``, ``1,234``) no longer than :func:`_number`
    reads, or a Chinese digit alone (``一``, ``两``); such a numeral is never more than it says and never a
    neighbouring-digit range. ``None`` for any other numeral."""
    value = arabic_value(num) if len(num) <= MAX_NUMERAL_CHARS else None
    return value if value is not None else _DIGIT_VALUES.get(num)


def _scalar_of(
    value: Decimal | None,
    scale: str | None,
    perpre: str | None,
    per: str | None,
    unit: str | None,
    qualifier: Qualifier | None,
    *,
    money: bool,
    text: str,
) -> Scalar:
    """The quantity of a scalar match whose numeral is worth ``value`` (and its scale, per-unit words, unit)."""
    if value is not None and scale:
        value = scaled(value, _SCALE_POWER[scale])
    if (perpre or per) and unit and unit in _MONEY_POWER:
        if value is not None:
            value = scaled(value, _MONEY_POWER[unit])
        names = _per_from_prefix(perpre) if perpre else ()
        if per:
            names += tuple(_PER_NAME[w] for w in _PER_WORD.findall(per))
        return PerUnit(value=value, per=_dedupe(names), qualifier=qualifier, text=text)
    return _unit_quantity(value, unit, qualifier, text, money=money)


def _dedupe(names: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for n in names:
        if n not in out:
            out.append(n)
    return tuple(out)


def _unit_quantity(
    value: Decimal | None,
    unit: str | None,
    qualifier: Qualifier | None,
    text: str,
    *,
    money: bool,
) -> Money | Percent | Count:
    if unit is None:
        if money:
            return Money(value=value, qualifier=qualifier, text=text)
        return Count(value=value, measure_word=None, qualifier=qualifier, text=text)
    word = _COUNTED.get(unit)
    if word is not None:
        return Count(value=value, measure_word=word, qualifier=qualifier, text=text)
    if unit in _MONEY_POWER and (money or unit not in _AMBIGUOUS_MONEY):
        if value is not None:
            value = scaled(value, _MONEY_POWER[unit])
        return Money(value=value, qualifier=qualifier, text=text)
    if unit in _TENTHS:
        return Percent(points=None if value is None else value * 10, qualifier=qualifier, text=text)
    if unit in _PER_MILLE:
        return Percent(points=None if value is None else value.scaleb(-1), qualifier=qualifier, text=text)
    if unit in _POINTS:
        return Percent(points=value, qualifier=qualifier, percentage_point=unit in _PERCENTAGE_POINTS, text=text)
    if unit.startswith("个") and unit[1:] in _MEASURE_WORDS:
        unit = unit[1:]  # 132个班 counts 班
    unit = _ALIAS.get(unit, unit)
    if unit == "万平方米":
        unit = "平方米"
        if value is not None:
            value = value.scaleb(4)
    return Count(value=value, measure_word=unit, qualifier=qualifier, text=text)


def _counted(unit: str) -> str | None:
    """The measure word a count in ``unit`` keeps (个班 counts 班, aliases read as their word), or None where
    :func:`_unit_quantity` reads the unit otherwise (money, a percentage, 万平方米) or as the caller says (块)."""
    if unit in _MONEY_POWER or unit in _PERCENT_KIND:
        return None
    if unit.startswith("个") and unit[1:] in _MEASURE_WORDS:
        unit = unit[1:]
    unit = _ALIAS.get(unit, unit)
    return None if unit == "万平方米" else unit


# Every unit the grammar reads that is a plain count, with the measure word its count keeps: one look instead
# of the steps of :func:`_unit_quantity` for most figures (tests/quantities/test_grammar_shortcuts.py holds it
# to them).
_COUNTED = {
    u: w
    for u in {e.word for e in (*MEASURE_WORDS, *REGION_UNITS)} | {"个" + e.word for e in MEASURE_WORDS}
    if (w := _counted(u)) is not None
}


# Every unit the grammar reads but a scaled measure's tail (25千米: its steps are the full ones), with its one
# step: as the scan reads it (not as money) and as a caller reading money does (块 is yuan there).
PLAIN_READERS: dict[str, PlainReader] = {u: _plain_reader(u, money=False) for u in sorted(_UNIT_WORDS - _SCALED_TAILS)}
_MONEY_READERS: dict[str, PlainReader] = {u: _plain_reader(u, money=True) for u in PLAIN_READERS}


def negate(q: Quantity, text: str) -> Quantity:
    """``q`` after a minus sign (``-1.86%``, ``负百分之十二``), with the surface ``text``.

    A range's sign belongs to its low end (``-2%至3%``); a placeholder stays unknown; a ratio has no sign.
    """
    if isinstance(q, Range):
        return attrs.evolve(q, low=_negate_scalar(q.low, q.low.text), text=text)
    if isinstance(q, Ratio):
        raise NumeralError("a ratio has no sign", text)
    return _negate_scalar(q, text)


def _negate_scalar(q: Scalar, text: str) -> Scalar:
    if isinstance(q, Percent):
        return attrs.evolve(q, points=None if q.points is None else -q.points, text=text)
    return attrs.evolve(q, value=None if q.value is None else -q.value, text=text)
