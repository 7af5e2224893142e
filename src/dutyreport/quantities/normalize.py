"""The normalizers: one string in, one exact quantity out (or an error naming the string).

>>> from dutyreport import parse_money, parse_percent, parse_ratio, parse_quantity
>>> parse_money("8.3861亿元").value == 838610000
True
>>> parse_percent("5.23%").fraction
Decimal('0.0523')
>>> parse_ratio("12.38:1").terms
(Decimal('12.38'), Decimal('1'))
>>> parse_quantity("不少于15所").to_dict()
{'value': 15, 'unit': '所', 'qualifier': 'at_least'}
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from decimal import Decimal, localcontext
from typing import TypeVar, cast

import attrs
import regex

from ..errors import MoneyError, NumeralError, PercentError, QuantityError, RatioError
from ..lang.dates import YEAR, YEAR_MARK
from ..lang.numbers import (
    BIG_UNITS,
    BOUND_JOINS,
    COMPARISON_ENDS,
    COMPARISON_OPENERS,
    CURRENCY_AFTER,
    CURRENCY_BEFORE,
    INFIX_MORE,
    LONE_QUALIFIER_PREFIXES,
    LONE_QUALIFIER_SUFFIXES,
    PERCENT_WORDS,
    QUALIFIER_PREFIXES,
    QUALIFIER_SUFFIXES,
    RANGE_BETWEEN,
    SCALE_WORDS,
    SMALL_UNITS,
)
from ..lang.script import alternation, spellings, words_alternation
from ..model.quantities import Count, Money, Percent, PerUnit, Qualifier, Quantity, Range, Ratio, Scalar
from .grammar import (
    MAX_NUMERAL_CHARS,
    NUMERAL,
    QUALIFIER_AFTER,
    QUALIFIER_BEFORE,
    QUANTITY,
    RANGE_SEP,
    YUAN_JIAO_FEN,
    interpret,
    negate,
    yuan_jiao_fen,
)
from .numerals import EXACT, FRACTION_WORD, MINUS_VALUES, QUOTIENT, fold, parse_number, read_numeral, scaled

_Q = TypeVar("_Q", bound=Quantity)
_R = TypeVar("_R")

__all__ = ["parse_money", "parse_percent", "parse_quantity", "parse_ratio"]

_WS = regex.compile(r"[\s\u3000]+")
_THOUSANDS = regex.compile(r"(?<=[0-9]),(?=[0-9]{3}(?![0-9]))")
# The words of currency before an amount (人民币8500元) and after it (8500元整, 8500元RMB): lang.numbers.
_CURRENCY_BEFORE = tuple(e.word for e in CURRENCY_BEFORE)
_CURRENCY_AFTER = tuple(e.word for e in CURRENCY_AFTER)


def _money_wrap(s: str) -> tuple[str, str, str] | None:
    """The currency word before the amount in ``s`` ("" for none), the amount, and the currency words after it
    (the most that leave an amount of one character or more); ``None`` where no amount is left. The words after it
    are taken off from the end, one at a time: a run of them is read once."""
    cur = next((w for w in _CURRENCY_BEFORE if s.startswith(w)), "")
    start, end = len(cur), len(s)
    while (word := next((w for w in _CURRENCY_AFTER if s.endswith(w, start, end)), None)) and end - len(word) > start:
        end -= len(word)
    if end <= start:
        return None
    return cur, s[start:end], s[end:]


def _sign_after_currency(s: str) -> str | None:
    """``s`` with the one sign that stands right after its currency word put before it (人民币负壹元 is read as
    负人民币壹元, ¥-5元 as -¥5元); ``None`` where no sign stands there."""
    cur = next((w for w in _CURRENCY_BEFORE if s.startswith(w)), "")
    n = len(cur)
    if cur and s[n : n + 1] in MINUS_VALUES and len(s) > n + 1 and s[n + 1] not in MINUS_VALUES:
        return s[n] + cur + s[n + 1 :]
    return None


def _currency_sign(s: str, text: str, error: type[QuantityError]) -> str:
    """``s`` with a sign after its currency word put before it (:func:`_sign_after_currency`); ``error`` with
    ``text`` where a sign stands before the currency word and another after it (负人民币负壹元)."""
    moved = _sign_after_currency(s)
    if moved is not None:
        return moved
    if s[:1] in MINUS_VALUES and _sign_after_currency(s[1:]) is not None:
        raise error("two signs", text)
    return s


# An amount in 元角分 with a qualifier word before or after it, or two of them as a range.
_YJF = regex.sub(r"\?P<\w+>", "?:", YUAN_JIAO_FEN.pattern)
_YJF_QUALIFIED = regex.compile(
    rf"(?:(?P<pre>{QUALIFIER_BEFORE}))?+(?P<lo>{_YJF})(?:{RANGE_SEP}(?P<hi>{_YJF}))?+(?:(?P<suf>{QUALIFIER_AFTER}))?+"
)
_QUALIFIER_WORD: dict[str, Qualifier] = {
    e.word: e.value for e in (*QUALIFIER_PREFIXES, *QUALIFIER_SUFFIXES) if isinstance(e.value, Qualifier)
}
# 几十万, 数十亿, 十几: vague amounts that are ranges (neighbouring digits, 三五百, are the grammar's).
_VAGUE = regex.compile(r"(?P<lead>[几数])(?P<unit>十|百|千|万|亿)(?P<rest>[万亿]?)|(?P<teen>十)几(?P<rest2>[万亿]?)")
# The power of ten of each unit a vague amount is written in (read from the numeral tables; "": none).
_POWERS = {e.word: len(str(e.value)) - 1 for e in SMALL_UNITS} | {e.word: e.value for e in BIG_UNITS} | {"": 0}
_CN_SMALL = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_MORE_WORDS = "".join(e.word for e in INFIX_MORE)  # 余, 多, 几 after a number: more than it
_CHENG_ZHE = regex.compile(
    rf"(?P<num>{NUMERAL}|半)(?P<word>成|折)(?P<half>半)?+(?P<tail>[一二三四五六七八九0-9])?+(?P<more>[{_MORE_WORDS}])?+"
)
# Words that are a percentage by themselves (对折), in either script.
_PERCENT_WORD = {form: Decimal(e.value) for e in PERCENT_WORDS for form in spellings(e.word)}
# Two bare numbers as a range (一到五, 20~100, 1万-5万), for parse_quantity: the grammar reads a range only with
# its unit, so that running text's 3-5 (a list, a date) stays no figure.
_BARE_RANGE = regex.compile(
    rf"(?:(?P<pre>{QUALIFIER_BEFORE}))?+(?P<lo>{NUMERAL}){RANGE_SEP}(?P<hi>{NUMERAL})(?:(?P<suf>{QUALIFIER_AFTER}))?+"
)
# A bare number with 余/多/几 after it (五百多, 二十余, 十几): a lower bound.
_BARE_MORE = regex.compile(rf"(?P<num>{NUMERAL})[{_MORE_WORDS}]")
# A bare fraction, a qualifier word before or after it or none (超过1/2, 四分之一以上): a count of what it is of.
_BARE_FRACTION = regex.compile(
    rf"(?:(?P<pre>{QUALIFIER_BEFORE}))?+(?P<num>{NUMERAL}{FRACTION_WORD}{NUMERAL}|[0-9]++/[0-9]++)"
    rf"(?:(?P<suf>{QUALIFIER_AFTER}))?+"
)
# The units a range's high end may close with that its low end shares (两到三千万): the big units and the units of
# a hundred and more, with their powers of ten (not 十: 二到三十 is 2 to 30).
_SHARED_SCALE = {e.word: e.value for e in BIG_UNITS} | {
    e.word: len(str(e.value)) - 1 for e in SMALL_UNITS if e.value >= 100
}


def _trailing_power(numeral: str) -> int:
    """The power of ten of the units a numeral closes with (三千万: 7; 一千五百: 2; 五: 0)."""
    power, i = 0, len(numeral)
    while i and numeral[i - 1] in _SHARED_SCALE:
        i -= 1
        power += _SHARED_SCALE[numeral[i]]
    return power


def _exact(error: type[QuantityError]) -> Callable[[Callable[[str], _R]], Callable[[str], _R]]:
    """Run a normalizer in the library's decimal context (never the caller's); a reading that cannot be
    exact is the normalizer's ``error`` naming the text."""

    def wrap(fn: Callable[[str], _R]) -> Callable[[str], _R]:
        @functools.wraps(fn)
        def run(text: str) -> _R:
            with localcontext(EXACT):
                try:
                    return fn(text)
                except ArithmeticError:
                    raise error("not exactly readable", text) from None

        return run

    return wrap


# A Latin scale letter after digits (15k, 30w): the normalizers read it as 千 or 万; the scan does not
# (30W may be watts, 4K a screen).
_LATIN_SCALE = regex.compile(r"(?<=[0-9])[kKwW](?![A-Za-z])")
_LATIN_SCALE_AS = {e.word: {3: "千", 4: "万"}[int(str(e.value))] for e in SCALE_WORDS if e.word.isascii()}


_CLOSE_WORDS = tuple(sorted((e.word for e in RANGE_BETWEEN if e.value == "close"), key=len, reverse=True))
_JOIN_WORDS = tuple(e.word for e in RANGE_BETWEEN if e.value == "join")
_OPEN_WORDS = tuple(sorted((e.word for e in RANGE_BETWEEN if e.value == "open"), key=len, reverse=True))
_HAS_RANGE_SEP = regex.compile(RANGE_SEP)


def _between(s: str) -> str | None:
    """The range a text ending in 之间 names, written with a range separator (``20%至30%之间`` -> ``20%至30%``,
    ``1万与2万元之间`` -> ``1万至2万元``); ``None`` for any other text."""
    if not s.endswith(_CLOSE_WORDS):
        return None
    body = next(s[: -len(w)] for w in _CLOSE_WORDS if s.endswith(w))
    if body.endswith(_CLOSE_WORDS):
        return None  # (之间 once)
    if body.startswith(_OPEN_WORDS):  # 介于20%至30%之间: the opening word says no more than 之间
        body = body[len(next(w for w in _OPEN_WORDS if body.startswith(w))) :]
        if not body:
            return None
    if _HAS_RANGE_SEP.search(body, 1):  # (a sign before the low end is no separator)
        return body
    for word in _JOIN_WORDS:
        lo, found, hi = body.partition(word)
        if found and lo and hi:
            return f"{lo}至{hi}"
    return None


def _ranged(parser: Callable[[str], _R], s: str, text: str, error: type[QuantityError]) -> _R | None:
    """What ``parser`` reads of the range a text ending in 之间 names; ``None`` where the text names none; the
    ``error`` naming ``text`` where the words around a range hold something else."""
    body = _between(s)
    if body is None:
        return None
    try:
        q = parser(body)
    except QuantityError:
        raise error("not a range", text) from None
    if not isinstance(q, Range):
        raise error("not a range", text)
    return cast(_R, _with_text(q, text))


# A decimal point with no digit before it (.5%, -.34%), for the normalizers only: running text's .5 follows a
# word or a number of its own.
_LEADING_POINT = regex.compile(r"(?<![0-9.])\.(?=[0-9])")


def _prepare(text: str, error: type[QuantityError]) -> str:
    if not isinstance(text, str):
        raise error("not a string", repr(text))
    s: str = _THOUSANDS.sub("", _WS.sub("", fold(text)))
    if any(c in _LATIN_SCALE_AS for c in s):
        s = _LATIN_SCALE.sub(lambda m: _LATIN_SCALE_AS[m.group()], s)
    if "." in s:
        s = _LEADING_POINT.sub("0.", s)  # .5%, -.34%: as parse_number reads .5
    if not s:
        raise error("empty text", text)
    return s


@_exact(QuantityError)
def parse_quantity(text: str) -> Quantity:
    """Any one quantity: money, percent, count, ratio, range or per-unit amount.

    >>> parse_quantity("300多万人次").to_dict()
    {'value': 3000000, 'unit': '人次', 'qualifier': 'more_than'}
    >>> parse_quantity("3至7人").to_dict()
    {'value': [3, 7], 'unit': '人', 'qualifier': None}

    Bare numbers too, where the text is nothing else: a range of two, a number with 余/多/几 after it
    (the scan of running text reads neither without a unit).

    >>> parse_quantity("两到三万").to_dict()
    {'value': [20000, 30000], 'unit': None, 'qualifier': None}
    >>> parse_quantity("五百多").to_dict()
    {'value': 500, 'unit': None, 'qualifier': 'more_than'}

    A comparison (``比30人多``: more than 30 people), and two bounds of one figure (``大于45人且小于56人``,
    ``6周岁以上、12周岁以下``): a range whose ends keep their own qualifiers (the range itself has none).

    >>> q = parse_quantity("大于45人且小于等于56人")
    >>> q.to_dict(), q.low.qualifier.value, q.high.qualifier.value
    ({'value': [45, 56], 'unit': '人', 'qualifier': None}, 'more_than', 'at_most')
    """
    s = _prepare(text, QuantityError)
    return _bounded(_quantity, s, text, QuantityError)


def _quantity(s: str, text: str, worded: bool = True) -> Quantity:
    """:func:`parse_quantity` of the prepared text ``s`` (``text`` as given), but for two bounds; with words
    around one figure (比30大, 过20) only where ``worded``."""
    between = _ranged(parse_quantity, s, text, QuantityError)  # 20%至30%之间
    if between is not None:
        return between
    m = QUANTITY.fullmatch(s)
    if m is None:
        s = _currency_sign(s, text, QuantityError)  # 人民币负壹元: the amount's sign, as before the currency word
    if m is None and s[0] in MINUS_VALUES and len(s) > 1 and s[1] not in MINUS_VALUES:
        # -3%, 负十, -2%至3%: a sign before an amount, a percentage, a count or a range's low end (not a ratio).
        try:
            q = _quantity(s[1:], s[1:], worded)
        except (QuantityError, NumeralError):
            raise QuantityError("not a quantity", text) from None
        if isinstance(q, (Money, Percent, Count, PerUnit, Range)):
            return negate(q, text)
        raise QuantityError("not a quantity", text)
    if m is None:
        money = _money_words(s, text)  # 人民币8500元, 8500元RMB, 八毛钱, 三块五
        if money is not None:
            return money
        bare = _bare(s, text)  # 一到五, 五百多
        if bare is not None:
            return bare
        around = _worded(_quantity, s, text) if worded else None  # 比30大, 过20
        if around is not None:
            return around
        raise QuantityError("not a quantity", text)
    try:
        q = interpret(m)
    except NumeralError:
        raise QuantityError("not a quantity", text) from None
    if type(q) is Count and q.qualifier is not None and _year_with_mark(m):
        raise QuantityError("a year, not a number of years", text)  # 2019年以上, 约2019年: a date's words
    return _with_text(q, text)


def _year_with_mark(m: re.Match[str]) -> bool:
    """Whether a match of the grammar is a scalar whose number is a calendar year and whose unit is its mark
    (``2019年`` of 2019年以上; not 30年以上)."""
    return (
        m.lastgroup == "scalar"
        and m.group("unit") == YEAR_MARK
        and _YEAR_NUMBER.fullmatch(m.group("num") or "") is not None
    )


@_exact(MoneyError)
def parse_money(text: str) -> Money | Range:
    """An amount in yuan; a bare number counts as yuan. Vague amounts give a :class:`Range`, and so do two
    bounds of one amount (``不低于1万元而且不高于3万元``: its ends keep their qualifiers, as in :func:`parse_quantity`).

    >>> parse_money("1000余万元").to_dict()
    {'value': '10000000', 'unit': 'yuan', 'qualifier': 'more_than'}
    >>> parse_money("叁佰万零贰拾元伍角陆分").value
    Decimal('3000020.56')
    """
    s = _prepare(text, MoneyError)
    return _bounded(_money_text, s, text, MoneyError)


def _money_text(s: str, text: str, worded: bool = True) -> Money | Range:
    """:func:`parse_money` of the prepared text ``s`` (``text`` as given), but for two bounds; with words around
    one amount (比1万元多) only where ``worded``."""
    between = _ranged(parse_money, s, text, MoneyError)  # 1万与2万元之间
    if between is not None:
        return between
    s = _currency_sign(s, text, MoneyError)  # 人民币负壹元: the amount's sign, as before the currency word
    if s[0] in MINUS_VALUES and len(s) > 1 and s[1] not in MINUS_VALUES:
        try:
            return _negate(_money_text(s[1:], s[1:], worded), text)
        except MoneyError:
            raise MoneyError("not an amount of money", text) from None  # name the whole input
    wrap = _money_wrap(s)
    core = wrap[1] if wrap else s
    try:
        q = _money(core, text)
    except NumeralError:
        raise MoneyError("not an amount of money", text) from None
    if q is None:
        around = _worded(_money_text, s, text) if worded else None  # 比1万元多
        if isinstance(around, Money):
            return around
        raise MoneyError("not an amount of money", text)
    return q


def _as_money(q: Range | Count | None) -> Money | Range | None:
    """A bare reading of :func:`_bare` in yuan."""
    if isinstance(q, Count):
        return Money(value=q.value, qualifier=q.qualifier, text=q.text)
    if isinstance(q, Range) and isinstance(q.low, Count) and isinstance(q.high, Count):
        return attrs.evolve(q, low=Money(value=q.low.value), high=Money(value=q.high.value))
    return None


def _bare(s: str, text: str) -> Range | Count | None:
    """Numbers without a unit that are still one quantity: a range of two (一到五, 两到三万, 20~100) and a
    number with 余/多/几 after it (五百多: more than 500)."""
    more = _BARE_MORE.fullmatch(s)
    if more is not None:
        try:
            n = read_numeral(s)
        except NumeralError:
            return None
        return Count(value=n.value, measure_word=None, qualifier=Qualifier.MORE_THAN, text=text) if n.more else None
    r = _BARE_RANGE.fullmatch(s)
    if r is None:
        f = _BARE_FRACTION.fullmatch(s)
        if f is None:
            return None
        try:
            value = parse_number(f.group("num"))
        except NumeralError:
            return None
        qualifier = _QUALIFIER_WORD.get(f.group("suf") or f.group("pre") or "")
        return Count(value=value, measure_word=None, qualifier=qualifier, text=text)
    try:
        lo, hi = read_numeral(r.group("lo")), read_numeral(r.group("hi"))
    except NumeralError:
        return None
    low, high = lo.value, hi.value
    power = _trailing_power(r.group("hi"))
    if power and not _trailing_power(r.group("lo")) and low < high.scaleb(-power):
        # 两到三万: a scale written once at the end belongs to both ends where the low end is below the high
        # end's number before it (as the grammar reads 三至五千元; not 一千到一千五百).
        low = scaled(low, power)
    if lo.more or hi.more or low > high:
        return None
    qualifier = _QUALIFIER_WORD.get(r.group("suf") or r.group("pre") or "")  # (the word after decides)
    return Range(low=Count(value=low), high=Count(value=high), qualifier=qualifier, text=text)


# The words of a comparison (比 … 大), of a lone qualifier (过20, 500或更多) and of two bounds (大于10且小于20):
# what parse_quantity, parse_money and parse_percent read where the text is nothing else.
_COMPARISON_OPENERS = tuple(e.word for e in COMPARISON_OPENERS)
_COMPARISON_ENDS = {e.word: e.value for e in COMPARISON_ENDS}
_LONE_PREFIXES = {e.word: e.value for e in LONE_QUALIFIER_PREFIXES}
_LONE_SUFFIXES = {e.word: e.value for e in LONE_QUALIFIER_SUFFIXES}
_LOWER_BOUNDS = frozenset({Qualifier.MORE_THAN, Qualifier.AT_LEAST})
_UPPER_BOUNDS = frozenset({Qualifier.LESS_THAN, Qualifier.AT_MOST})
_BOUNDS = _LOWER_BOUNDS | _UPPER_BOUNDS


# (each table's words as lang.script's alternation writes them: the longest at a place first, 不低于 before 低于)
_BOUND_OPENS = regex.compile(
    "|".join((QUALIFIER_BEFORE, words_alternation(_LONE_PREFIXES), words_alternation(_COMPARISON_OPENERS)))
)
_BOUND_CLOSES = regex.compile(
    "|".join((QUALIFIER_AFTER, words_alternation(_LONE_SUFFIXES), words_alternation(_COMPARISON_ENDS)))
)
# (，并且: one or more in a row; in either script: 並且 as 并且)
_BOUND_JOIN = regex.compile(f"(?:{alternation(BOUND_JOINS)})++")
# Two bounds are two short figures: a longer text is no pair of them (and its cuts are not all tried).
_MAX_BOUNDS_CHARS = 2 * MAX_NUMERAL_CHARS
_MAX_CUTS = 12
_YEAR_CORE = regex.compile(f"{YEAR}{YEAR_MARK}")
_YEAR_NUMBER = regex.compile(YEAR)


def _worded(reader: Callable[[str, str, bool], Quantity], s: str, text: str) -> Scalar | None:
    """One figure with a comparison (比30大, 比10%低) or a lone qualifier word (过20, 500或更多, 170之下) around
    it, read by ``reader``; ``None`` where the text is no such thing or the figure has a qualifier of its own.
    The figure is read without words around it again (比比1大大 is none), and a text longer than two bounds is
    none: the words are taken off once, in time linear in the text."""
    if len(s) > _MAX_BOUNDS_CHARS:
        return None
    qualifier, core = None, ""
    opener = next((w for w in _COMPARISON_OPENERS if s.startswith(w)), None)
    if opener is not None:
        end = next((w for w in _COMPARISON_ENDS if s.endswith(w)), None)
        if end is not None:
            qualifier, core = _COMPARISON_ENDS[end], s[len(opener) : -len(end)]
    if qualifier is None:
        pre = next((w for w in _LONE_PREFIXES if s.startswith(w)), None)
        suf = next((w for w in _LONE_SUFFIXES if s.endswith(w)), None)
        if pre is not None:
            qualifier, core = _LONE_PREFIXES[pre], s[len(pre) :]
        elif suf is not None:
            qualifier, core = _LONE_SUFFIXES[suf], s[: -len(suf)]
    if qualifier is None or not core or _YEAR_CORE.fullmatch(core):
        return None  # (比2020年多 compares a year: no number of years)
    try:
        q = reader(core, core, False)
    except (QuantityError, NumeralError):
        return None
    if not isinstance(q, (Money, Percent, Count, PerUnit)) or q.qualifier is not None:
        return None
    return attrs.evolve(q, qualifier=qualifier, text=text)


def _bounded(reader: Callable[[str, str], _R], s: str, text: str, error: type[QuantityError]) -> _R:
    """What ``reader`` reads of the prepared text ``s``; where it reads nothing, two bounds of one figure
    (大于10小于20, 6周岁以上、12周岁以下, 最多100最少20, 比四分之一大,比二分之一小) as a :class:`Range` whose
    ends keep their qualifiers; else ``reader``'s error naming ``text``."""
    try:
        return reader(s, text)
    except (QuantityError, NumeralError) as e:
        failure = e
    pair = _two_bounds(reader, s, text) if len(s) <= _MAX_BOUNDS_CHARS else None
    if pair is None:
        if isinstance(failure, error):
            raise failure
        raise error("not a quantity", text) from None
    return cast(_R, pair)


def _cuts(s: str) -> list[tuple[int, int]]:
    """Where a text of two bounds may part (the end of the first, the start of the second), in order: at a word
    joining them, before a qualifier word that opens a bound, after one that closes a bound."""
    cuts = {(m.start(), m.end()) for m in _BOUND_JOIN.finditer(s, 1)}
    cuts.update((m.start(), m.start()) for m in _BOUND_OPENS.finditer(s, 1))
    cuts.update((m.end(), m.end()) for m in _BOUND_CLOSES.finditer(s) if m.end() < len(s))
    return sorted(c for c in cuts if c[0] > 0 and c[1] < len(s))[:_MAX_CUTS]


def _two_bounds(reader: Callable[[str, str], _R], s: str, text: str) -> Range | None:
    """The first cut of ``s`` into a lower and an upper bound of one type and unit, the lower not above the
    upper, as a :class:`Range` (either may come first: 最多100最少20); ``None`` where no cut gives one."""
    for end, start in _cuts(s):
        first, second = _bound(reader, s[:end]), _bound(reader, s[start:])
        if first is None or second is None or (first.qualifier in _LOWER_BOUNDS) == (second.qualifier in _LOWER_BOUNDS):
            continue
        low, high = (first, second) if first.qualifier in _LOWER_BOUNDS else (second, first)
        if isinstance(low, Count) and isinstance(high, Count) and (low.measure_word is None) is not (
            high.measure_word is None
        ):  # 大于45小于56人: the measure word written once is both ends'
            word = low.measure_word or high.measure_word
            low, high = attrs.evolve(low, measure_word=word), attrs.evolve(high, measure_word=word)
        if type(low) is not type(high) or low.unit != high.unit:
            continue
        if low.value is not None and high.value is not None and (
            low.value > high.value
            or (low.value == high.value and (low.qualifier, high.qualifier) != (Qualifier.AT_LEAST, Qualifier.AT_MOST))
        ):
            continue  # 大于50小于20, 大于20小于等于20 bound nothing (不少于20且不多于20 is 20)
        return Range(low=low, high=high, text=text)
    return None


def _bound(reader: Callable[[str, str], object], part: str) -> Scalar | None:
    """One bound of a figure: a figure with a qualifier from below or from above, read by ``reader``."""
    try:
        q = reader(part, part)
    except (QuantityError, NumeralError):
        return None
    if isinstance(q, (Money, Percent, Count, PerUnit)) and q.qualifier in _BOUNDS:
        return q
    return None


_MONEY_TAIL = regex.compile(r"(?:元|块)$")


def _money_words(s: str, text: str) -> Money | Range | None:
    """What parse_quantity reads as money without a caller saying so: an amount in 元角分, or one a
    currency word (人民币, RMB, ￥) wraps."""
    wrap = _money_wrap(s)
    if wrap is None:
        return None
    cur, core, tail = wrap
    if cur or tail:
        try:
            return _money(core, text)
        except NumeralError:
            return None
    try:
        return _jiao_fen(core, text)
    except NumeralError:
        return None


def _money(core: str, text: str) -> Money | Range | None:
    jiao_fen = _jiao_fen(core, text)
    if jiao_fen is not None:
        return jiao_fen
    v = _VAGUE.fullmatch(_MONEY_TAIL.sub("", core))
    if v:
        return _vague(v, text)
    m2 = QUANTITY.fullmatch(core)
    if m2 is None:
        return _as_money(_bare(core, text))  # 3000-5000, 3000多: bare numbers count as yuan
    q = interpret(m2, money=True)
    if isinstance(q, Money):
        return _with_text(q, text)
    if isinstance(q, Range) and isinstance(q.low, Money):
        return _with_text(q, text)
    return None


def _jiao_fen(core: str, text: str) -> Money | Range | None:
    """三块五, 八毛, 至少两块三角, 四块二到四块八毛五, 叁元零贰分: amounts with 角/毛 or 分, or a digit after 块."""
    m = _YJF_QUALIFIED.fullmatch(core)
    if m is None:
        return None
    qualifier = _QUALIFIER_WORD.get(m.group("pre") or m.group("suf") or "")
    try:
        lo = yuan_jiao_fen(m.group("lo"))
        if m.group("hi") is None:
            return Money(value=lo, qualifier=qualifier, text=text)
        high = Money(value=yuan_jiao_fen(m.group("hi")))
    except NumeralError:
        return None  # 三元, 3至5元: the scalar grammar's
    return Range(low=Money(value=lo), high=high, qualifier=qualifier, text=text)


def _vague(v: regex.Match[str], text: str) -> Range:
    if v.group("lead"):
        p = _POWERS[v.group("unit")] + _POWERS[v.group("rest")]
        lo, hi = scaled(Decimal(1), p), scaled(Decimal(1), p + 1)
    else:
        p = _POWERS[v.group("rest2")]
        lo, hi = scaled(Decimal(10), p), scaled(Decimal(20), p)
    return Range(low=Money(value=lo), high=Money(value=hi), qualifier=Qualifier.APPROX, text=text)


@_exact(PercentError)
def parse_percent(text: str) -> Percent | Range:
    """A percentage: ``5.23%``, ``百分之八``, ``千分之三``, ``3‰``, ``11个百分点``, ``三成``, ``七五折``,
    ``对折``; a range of percentages (``百分之二十到三十五``, ``20%-25%``) gives a :class:`Range`.

    >>> parse_percent("百分之百").points
    Decimal('100')
    >>> parse_percent("11个百分点").to_dict()
    {'value': '0.11', 'unit': 'percentage_point', 'qualifier': None}
    >>> parse_percent("百分之二十至百分之二十五").to_dict()
    {'value': ['0.2', '0.25'], 'unit': 'percent', 'qualifier': None}
    >>> parse_percent("0.5‰").fraction, parse_percent("八成多").qualifier.value
    (Decimal('0.0005'), 'more_than')
    """
    s = _prepare(text, PercentError)
    return _bounded(_percent_text, s, text, PercentError)


def _percent_text(s: str, text: str, worded: bool = True) -> Percent | Range:
    """:func:`parse_percent` of the prepared text ``s`` (``text`` as given), but for two bounds; with words
    around one percentage (比85%高) only where ``worded``."""
    between = _ranged(parse_percent, s, text, PercentError)  # 百分之五至八之间
    if between is not None:
        return between
    if s[0] in MINUS_VALUES and len(s) > 1 and s[1] not in MINUS_VALUES:
        try:
            return _negate(_percent_text(s[1:], s[1:], worded), text)
        except PercentError:
            raise PercentError("not a percentage", text) from None  # name the whole input
    s = s.replace("佰", "百").replace("仟", "千")
    m = QUANTITY.fullmatch(s)
    try:
        if m is not None:
            q = interpret(m)
            if isinstance(q, Percent) or (isinstance(q, Range) and isinstance(q.low, Percent)):
                return _with_text(q, text)
            raise PercentError("not a percentage", text)
        c = _CHENG_ZHE.fullmatch(s)
        if c is not None:
            return _cheng_zhe(c, text)
        word = _PERCENT_WORD.get(s)
        if word is not None:
            return Percent(points=word, text=text)  # 对折
        frac = regex.fullmatch(
            r"(?P<den>[一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟零]*?)?"
            rf"(?P<base>百|千|万)+{FRACTION_WORD}(?P<num>.+)",
            s,
        )
        if frac is not None:
            den = read_numeral(frac.group(0).partition(FRACTION_WORD)[0]).value
            num = read_numeral(frac.group("num"))
            # (百分之八十多 is more than 80 percent)
            qualifier = Qualifier.MORE_THAN if num.more else None
            return Percent(points=QUOTIENT.divide(num.value, den) * 100, qualifier=qualifier, text=text)
    except NumeralError:
        pass
    around = _worded(_percent_text, s, text) if worded else None  # 比85%高
    if isinstance(around, Percent):
        return around
    raise PercentError("not a percentage", text)


def _cheng_zhe(c: regex.Match[str], text: str) -> Percent:
    """成 is tenths (三成 = 30%); 折 is a discount to tenths (七五折 = 75%, 9.5折 = 95%)."""
    raw = c.group("num")
    if raw == "半":
        value = Decimal(5)
        return Percent(points=value if c.group("word") == "成" else Decimal(50), text=text)
    if c.group("word") == "折" and len(raw) == 2 and all(ch in _CN_SMALL or ch.isdigit() for ch in raw):
        # 七五折, 75折, 三八折: two digits are the percentage.
        value = Decimal(int(read_numeral(raw[0]).value) * 10 + int(read_numeral(raw[1]).value))
    else:
        value = read_numeral(raw).value * 10
    if c.group("half"):
        value += 5
    if c.group("tail"):
        value += read_numeral(c.group("tail")).value
    return Percent(points=value, qualifier=Qualifier.MORE_THAN if c.group("more") else None, text=text)


@_exact(RatioError)
def parse_ratio(text: str) -> Ratio:
    """A ratio written with a colon, ``12.38:1``, ``１：１００``, ``1∶12.5``, or with 比 between its two numbers,
    ``13.5比1``, ``十二点五比一`` (with no number right before and after it, 比 is 'compared with': no ratio).

    >>> parse_ratio("１：１００").terms
    (Decimal('1'), Decimal('100'))
    >>> parse_ratio("十二点五比一").terms
    (Decimal('12.5'), Decimal('1'))
    """
    s = _prepare(text, RatioError)
    m = QUANTITY.fullmatch(s)
    if m is None or not m.group("ratio"):
        raise RatioError("not a ratio", text)
    try:
        q = interpret(m)
    except NumeralError:
        raise RatioError("not a ratio", text) from None
    assert isinstance(q, Ratio)
    return _with_text(q, text)


def _negate(q: _Q, text: str) -> _Q:
    """``q`` after a minus sign; a range's sign is its low end's (``-2%至3%``), as parse_quantity reads it."""
    return cast(_Q, negate(q, text))


def _with_text(q: _Q, text: str) -> _Q:
    if q.text == text:
        return q  # the common case: nothing was folded or stripped, no copy needed
    return attrs.evolve(q, text=text)


