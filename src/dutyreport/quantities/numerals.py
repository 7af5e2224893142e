"""Read Chinese, Arabic and mixed numerals exactly, as :class:`~decimal.Decimal`.

:func:`parse_number` accepts the forms these reports (and their readers) write:
``一百零一``, ``一十一``, ``两千六`` (abbreviated tail: 2600), ``1.5亿``, ``8.3861亿``,
``1亿2千万``, ``壹拾万零叁仟``, ``三点一四``, ``负十``, ``１２３``, ``1,234.5``,
``二〇二一`` (digit by digit), ``十万亿`` and ``四万万`` (万万 = 亿), ``三分之二``.

Why not cn2an alone: ``cn2an.cn2an`` returns ``float`` for decimals and scaled forms
(``8.3861亿`` becomes a float product), it is several times slower than one pass over
the characters, and it refuses loose forms that reports do write (``二 十 余 万``,
``3万800``). cn2an stays the reference the tests agree with (see
``tests/quantities/test_numerals.py``) and the renderer behind :mod:`dutyreport._cn2an`.

Arithmetic runs in the library's own decimal contexts (:data:`EXACT`, :data:`QUOTIENT`), never in
the caller's: ``decimal.getcontext().prec = 6`` or a trap the caller set changes no reading. Every
reading is exact, except a quotient that does not terminate (``三分之一``, ``1/3``, ``3^-1``), which is
rounded to :data:`QUOTIENT`'s 34 significant digits. Two notations from calculators are read as
well: ``1.5e3`` and ``2^10`` (an integer power); a value they give beyond 10^±100
(:data:`NOTATION_LIMIT`), infinite or lost to underflow is refused with
:class:`~dutyreport.NumeralError`, as is anything that would not fit :data:`EXACT` exactly.
"""

from __future__ import annotations

import re
from decimal import (
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    DivisionByZero,
    Inexact,
    InvalidOperation,
    Overflow,
    Underflow,
    localcontext,
)

import regex

from ..errors import NumeralError
from ..lang.numbers import (
    BIG_UNITS,
    COUNTING_DIGITS,
    DIGITS,
    FRACTION_WORDS,
    FULLWIDTH,
    INFIX_MORE,
    MINUS_SIGNS,
    SCALE_WORDS,
    SMALL_UNITS,
    SPECIAL_TENS,
    TRADITIONAL,
)

__all__ = [
    "EXACT",
    "FRACTION_WORD",
    "MINUS_VALUES",
    "NOTATION_LIMIT",
    "QUOTIENT",
    "adjacent_range",
    "arabic_value",
    "fold",
    "parse_number",
    "plain_digits",
    "read_numeral",
    "scaled",
]

#: Significant digits of :data:`EXACT`: far more than any figure has, so that no reading rounds.
PRECISION = 200
#: The context every reading is computed in. It traps ``Inexact``: a reading that would lose a digit
#: is refused (:class:`~dutyreport.NumeralError`), never rounded.
EXACT = Context(
    prec=PRECISION, rounding=ROUND_HALF_EVEN, traps=[InvalidOperation, DivisionByZero, Overflow, Underflow, Inexact]
)
FRACTION_WORD = FRACTION_WORDS[0].word  # 分之 (三分之二)
#: The context of quotients (三分之一, 1/3): one that does not terminate is rounded to 34 digits.
QUOTIENT = Context(prec=34, rounding=ROUND_HALF_EVEN, traps=[InvalidOperation, DivisionByZero, Overflow, Underflow])
#: ``1e5`` and ``2^10`` notation gives values up to 10^100 and down to 10^-100; beyond, the text is refused.
NOTATION_LIMIT = 100

_DIGIT: dict[str, int] = {e.word: int(str(e.value)) for e in DIGITS}
_SMALL: dict[str, int] = {e.word: int(str(e.value)) for e in SMALL_UNITS}
_COUNTING_ONLY = frozenset(e.word for e in COUNTING_DIGITS)  # (两: never a digit of a digit string)
_BIG: dict[str, int] = {e.word: int(str(e.value)) for e in BIG_UNITS}
_MORE = frozenset(e.word for e in INFIX_MORE)
_SPECIAL_TENS: dict[str, int] = {e.word: e.value for e in SPECIAL_TENS}
_LATIN_SCALE: dict[str, int] = {e.word: int(str(e.value)) for e in SCALE_WORDS if e.word.isascii()}

# One character in, one character out: offsets found on the folded text hold for the original.
_FOLD: dict[str, str] = {**FULLWIDTH, **{e.word: str(e.value) for e in TRADITIONAL}}
# Few characters of a report fold, so they are found first: str.translate would look up every one.
_FOLDABLE = re.compile("[" + re.escape("".join(_FOLD)) + "]")

_ARABIC = regex.compile(r"[0-9]+(?:\.[0-9]+)?|\.[0-9]+")
_THOUSANDS = regex.compile(r"(?<=[0-9]),(?=[0-9]{3}(?![0-9]))")
_PLAIN = regex.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_SCIENTIFIC = regex.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)[eE][+-]?[0-9]+")
_POWER = regex.compile(r"([+-]?[0-9]+(?:\.[0-9]+)?)\^([+-]?)([0-9]+)")
_SLASH = regex.compile(r"([+-]?[0-9]+(?:\.[0-9]+)?)/([0-9]+(?:\.[0-9]+)?)")
_SPACES = regex.compile(r"[\s\u3000]+")


def fold(text: str) -> str:
    """Full-width and Traditional characters onto their plain forms, character for character."""
    return _FOLDABLE.sub(_fold_char, text)


def _fold_char(m: re.Match[str]) -> str:
    return _FOLD[m.group()]


class Numeral:
    """What :func:`read_numeral` found: the value and whether 余/多/几 widened it upwards."""

    __slots__ = ("more", "value")

    def __init__(self, value: Decimal, more: bool = False) -> None:
        self.value = value
        self.more = more


def parse_number(text: str) -> Decimal:
    """The exact value of a numeral. Raises :class:`~dutyreport.NumeralError` naming the text.

    >>> parse_number("一百零一")
    Decimal('101')
    >>> parse_number("8.3861亿")
    Decimal('838610000')
    >>> parse_number("两千六")
    Decimal('2600')
    >>> parse_number("壹拾万零叁仟")
    Decimal('103000')
    >>> parse_number("１,２３４.５")
    Decimal('1234.5')
    >>> parse_number("1 3/5"), parse_number("二十八万三千点五万")
    (Decimal('1.6'), Decimal('2830005000'))

    Where this reader refuses a string, cn2an gets a second look (see :func:`_cn2an_fallback`):
    ``叁佰圆`` is a numeral to cn2an, which drops a final 元/圆.

    >>> parse_number("叁佰圆")
    Decimal('300')
    >>> parse_number("三五万")
    Traceback (most recent call last):
    ...
    dutyreport.errors.NumeralError: adjacent digits in a numeral with units: '三五万'
    """
    try:
        if type(text) is str and not text[:1].isdigit():
            # (what read_numeral does with a numeral opening with no digit, without building its Numeral)
            fast = _fast_chinese(text)
            return Decimal(fast) if fast is not None else _read_general(text).value
        return read_numeral(text).value
    except NumeralError as refused:
        value = _cn2an_fallback(text)
        if value is None:
            raise refused from None
        return value


# cn2an mis-reads these, so its answer is not taken when the text has one:
# a decimal point (cn2an truncates 1.23456万 to 12345 and reads 二点 as 2) and a
# Chinese digit next to another digit (cn2an adds 三五万 up to 80000; it means 3万–5万).
_CN_DIGITS = "".join(e.word for e in DIGITS)
_NOT_FOR_CN2AN = regex.compile(rf"[.点]|[{_CN_DIGITS}][0-9{_CN_DIGITS}]|[0-9][{_CN_DIGITS}]")


def _cn2an_fallback(text: object) -> Decimal | None:
    """cn2an's reading of a string this reader refused, where that reading is exact and safe.

    Only an ``int`` answer is taken: cn2an answers ``float`` for anything with a fraction,
    and a float is not an exact amount. What cn2an adds in practice is tolerance of a
    final 元/圆/元整 and of the Traditional and variant characters its preprocessor knows.
    Any failure inside cn2an (or cn2an missing) leaves the refusal as it was.
    """
    if not isinstance(text, str) or not text or _NOT_FOR_CN2AN.search(fold(text)):
        return None
    try:
        from ._cn2an import reference_integer

        answer = reference_integer(text)
    except Exception:  # the caller re-raises its own NumeralError instead
        return None
    return None if answer is None else Decimal(answer)


_ZERO = Decimal(0)


def scaled(value: Decimal, power: int) -> Decimal:
    """``value`` times ten to ``power``, with no exponent left where it is whole: 300多万 is 3000000, not
    ``Decimal('3.00E+6')`` (the same number, written as a reader writes it).

    >>> scaled(Decimal("300"), 4), scaled(Decimal("1.5"), 4), scaled(Decimal("5"), -1)
    (Decimal('3000000'), Decimal('15000'), Decimal('0.5'))
    """
    return EXACT.add(value.scaleb(power, EXACT), _ZERO)

# The big units an Arabic numeral is scaled by in one step (8.3861亿, 4.2万), with their powers of ten: those of
# lang.numbers.BIG_UNITS that are scale words too (lang.numbers.SCALE_WORDS; 兆 is not).
_ARABIC_SCALES = {e.word: _BIG[e.word] for e in BIG_UNITS if e.word in {s.word for s in SCALE_WORDS}}
# 余 and 多 between a number and its scale (300余万, 3.5多亿): a lower bound, read in one step too.
_ARABIC_MORE = ("余", "多")
# Arabic digits grouped by thousands commas (1,234,567).
_GROUPED = re.compile(r"[0-9]++(?:,[0-9]{3})*+")
# A numeral as the Chinese fast path reads it: each run of Arabic digits one step, every other character one.
_ARABIC_RUNS = re.compile(r"[0-9]++|[\s\S]")
# Longer digit runs are left to the general reader (and int() of thousands of digits is refused or slow).
_FAST_RUN = 64


def plain_digits(text: str) -> Decimal | None:
    """The value of ``text`` where it is ASCII digits alone (``2021``, ``35``), the commonest numeral: what
    :func:`read_numeral` reads of it, without the reading's steps; ``None`` for any other text. The one
    test of that shape, for the reader and for the callers that read such a numeral before calling it.

    >>> plain_digits("2021"), plain_digits("3.5"), plain_digits("２０")
    (Decimal('2021'), None, None)
    """
    return Decimal(text) if text.isdigit() and text.isascii() else None


def arabic_value(text: str) -> Decimal | None:
    """What :func:`read_numeral` reads of ``text`` where it is ASCII digits with at most one decimal point among
    them, and either thousands commas in its whole part or 万 or 亿 after it (``12``, ``3.50``, ``1,234.5``,
    ``4.2万``): such a numeral is never more than it says and never a neighbouring-digit range. The one reader
    of this shape, for :func:`read_numeral` and for the grammar's one-step figures; ``None`` for any other text.

    >>> arabic_value("3.5万"), arabic_value("1,234.5"), arabic_value("300余万"), arabic_value("三十")
    (Decimal('35000'), Decimal('1234.5'), None, None)
    """
    if text.isascii():
        if text.isdigit():
            return Decimal(text)  # (plain_digits)
        whole, point, fraction = text.partition(".")
        if "," in whole and _GROUPED.fullmatch(whole):
            whole = whole.replace(",", "")  # (as the general reader drops a thousands comma)
        if whole.isdigit() and (fraction.isdigit() or not point):
            return Decimal(whole + point + fraction)
        return None
    power = _ARABIC_SCALES.get(text[-1])
    if power is None:
        return None
    whole, point, fraction = text[:-1].partition(".")
    if not (whole.isascii() and whole.isdigit() and (not point or (fraction.isascii() and fraction.isdigit()))):
        return None
    try:
        # (3.5万 is 35000, not 3.5E+4; 1.23456万 is 12345.6)
        return scaled(Decimal(whole + point + fraction), power)
    except Inexact:
        raise NumeralError(_TOO_LONG, text) from None


def read_numeral(text: str) -> Numeral:
    """Like :func:`parse_number`, and also tells whether 余/多/几 made it a lower bound.

    No cn2an fallback here: the grammar calls this on every candidate in running text.

    >>> n = read_numeral("300余万")
    >>> n.value, n.more
    (Decimal('3000000'), True)
    """
    if not isinstance(text, str):
        raise NumeralError("not a string", repr(text))
    # Fast paths for the common shapes; each gives exactly what the general reader below gives.
    if text[:1].isdigit():
        value = arabic_value(text)  # 2021, 3.5, 1,234, 8.3861亿
        if value is not None:
            return Numeral(value)
        if text[-2:-1] in _ARABIC_MORE and text[-1] in _ARABIC_SCALES:
            value = arabic_value(text[:-2] + text[-1])  # 300余万: 3000000 and more
            if value is not None:
                return Numeral(value, True)
        fast = _fast_chinese(_ARABIC_RUNS.findall(text))  # 4705万2376: each digit run one step
    else:
        fast = _fast_chinese(text)
    if fast is not None:
        return Numeral(Decimal(fast))
    return _read_general(text)


_TOO_LONG = f"more than {PRECISION} digits"


def _read_general(text: str) -> Numeral:
    """Every form :func:`read_numeral` accepts, without its fast paths."""
    with localcontext(EXACT):
        try:
            return _read_folded(text)
        except Inexact:
            raise NumeralError(_TOO_LONG, text) from None


# A whole number and a fraction apart (1 3/5 is one and three fifths): the space is the only sign of the sum.
_MIXED = regex.compile(r"[\s\u3000]*+([+-]?)([0-9]+)[\s\u3000]++([0-9]+)/([0-9]+)[\s\u3000]*+")


def _mixed(m: regex.Match[str], original: str) -> Numeral:
    den = Decimal(m.group(4))
    if den == 0:
        raise NumeralError("division by zero", original)
    value = Decimal(m.group(2)) + QUOTIENT.divide(Decimal(m.group(3)), den)
    return Numeral(-value if m.group(1) == "-" else value)


def _read_folded(text: str) -> Numeral:
    s = fold(text)
    if " " in s or not s.isprintable():
        mixed = _MIXED.fullmatch(s)
        if mixed:
            return _mixed(mixed, text)
        s = _SPACES.sub("", s)
    if "," in s:
        s = _THOUSANDS.sub("", s)
    if not s:
        raise NumeralError("empty numeral", text)
    if _PLAIN.fullmatch(s):
        return Numeral(Decimal(s))
    try:
        return _read(s, text)
    except Inexact:
        raise
    except (ArithmeticError, ValueError) as exc:
        if isinstance(exc, NumeralError):
            raise
        raise NumeralError("not a number", text) from None


# The characters of the Chinese fast path and their values: a digit its value (0–9), a unit below 万 its
# value (10, 100, 1000), a big unit its scale (10**4, 10**8, 10**12): which of the three a character is
# shows in its value.
_FAST_VALUE: dict[str, int] = {
    **{e.word: int(str(e.value)) for e in DIGITS},
    **{e.word: int(str(e.value)) for e in SMALL_UNITS},
    **{e.word: 10 ** int(str(e.value)) for e in BIG_UNITS},
}
_FAST_BIG = 10**4  # the least value of a big unit


def _fast_chinese(s: str | list[str]) -> int | None:
    """A Chinese numeral of digits and units in the usual order, read with ints in one pass.

    ``s`` is the numeral, or its steps: runs of Arabic digits and single characters (``['4705', '万',
    '2376']``). A run of Arabic digits stands for a number as a Chinese digit does, one digit right after a
    unit being an abbreviated tail as 五 is (3万5 = 35000, 3万800 = 30800), as the general reader reads it.
    Returns ``None`` for anything else (a point, 余, an Arabic zero, 万万, adjacent digits, a big unit with
    nothing before it, digit strings ...), which the general reader then handles; where this returns a
    value it is the general reader's value (property tests check that).
    """
    groups: list[tuple[int, int]] = []  # (value, scale of its big unit), as the general reader keeps them
    section = 0  # below the last big unit
    digit = -1  # a pending digit not yet placed
    last_unit = 0  # the unit just before a pending digit, for 三万五 = 35000
    prev = 0  # 0 start, 1 digit, 2 unit, 3 big unit, 4 zero
    section_unit = 0  # the last unit below 万 in the current group (0: none yet)
    unit_seen = False
    values = _FAST_VALUE
    for ch in s:
        v = values.get(ch)
        if v is None:
            if not "0" <= ch[0] <= "9" or prev == 1 or len(ch) > _FAST_RUN:
                return None  # not a numeral's character, or Arabic digits right after a digit
            digit = int(ch)
            if digit == 0:
                return None  # an Arabic 0 is a value (0万 is 0), not 零's gap: the general reader's
            if len(ch) != 1 or (prev != 2 and prev != 3):
                last_unit = 0  # only one digit right after a unit is an abbreviated tail
            prev = 1
        elif v < 10:  # a digit
            if prev == 1:
                return None  # adjacent digits: digit strings and errors are the general reader's
            if v == 0:
                digit = -1
                last_unit = 0
                prev = 4
                continue
            digit = v
            if prev != 2 and prev != 3:
                last_unit = 0
            prev = 1
        elif v < _FAST_BIG:  # 十, 百, 千
            if (section_unit and v >= section_unit) or (prev == 4 and v > 10):
                return None  # 十一十二: units out of order; 零百: a zero before 百 (the general reader's cases)
            section_unit = v
            section += (digit if digit > 0 else 1) * v
            unit_seen = True
            digit = -1
            last_unit = v
            prev = 2
        else:  # 万, 亿, 兆: v is the scale
            if digit > 0 and 10 <= last_unit < _FAST_BIG and prev == 1:
                digit *= last_unit // 10  # 三千二万: the shortened tail 两千六 = 2600 holds before 万 too
            cur = section + (digit if digit > 0 else 0)
            if cur == 0 and prev == 3:
                value, scale = groups.pop()  # 五万亿, 四万万: the group just closed is scaled again
                if groups and groups[-1][1] <= scale * v:
                    return None  # 一亿零三万万: a group no smaller before it (the general reader refuses it)
                groups.append((value * v, scale * v))
                last_unit = v
                continue
            if cur == 0:
                return None  # a big unit with nothing before it: the general reader's case
            while groups and groups[-1][1] < v:
                cur += groups.pop()[0]  # 三千万亿: the 万 group goes under 亿
            if groups and groups[-1][1] == v:
                return None  # 三亿五亿: its scale again after its group closed (the general reader refuses it)
            unit_seen = True
            groups.append((cur * v, v))
            section = 0
            section_unit = 0
            digit = -1
            last_unit = v
            prev = 3
    if not unit_seen:
        # One digit alone (五, 零); longer unit-free strings are digit strings (二〇二一).
        return None if len(s) != 1 else max(digit, 0)
    if digit > 0 and last_unit >= 10:
        digit *= last_unit // 10
    total = section + (digit if digit > 0 else 0)
    for value, _ in groups:
        total += value
    # Past PRECISION digits the general reader refuses a numeral; give it those, so both agree.
    return total if total < _FAST_LIMIT else None


_FAST_LIMIT = 10**PRECISION


def _read(s: str, original: str) -> Numeral:
    negative = False
    if s[0] in "负-+":
        negative = s[0] != "+"
        s = s[1:]
        if s[:1] in ("负", "-"):  # a doubled sign is not a number
            raise NumeralError("not a number", original)
    if not s:
        raise NumeralError("sign without a number", original)
    result = _unsigned(s, original)
    if negative:
        result.value = -result.value
    return result


def _unsigned(s: str, original: str) -> Numeral:
    if _SCIENTIFIC.fullmatch(s):
        return Numeral(_within_notation_limit(Decimal(s), original) + _ZERO)  # 1e5 is 100000, not 1E+5
    if s[-1] in _LATIN_SCALE and _PLAIN.fullmatch(s[:-1]):
        return Numeral(Decimal(s[:-1]).scaleb(_LATIN_SCALE[s[-1]]) + _ZERO)
    m = _POWER.fullmatch(s)
    if m:
        base = Decimal(m.group(1))
        if len(m.group(3)) > 4:
            raise NumeralError("power beyond the notation limit", original)
        exponent = int(m.group(3))
        if m.group(2) == "-":
            if base == 0:
                raise NumeralError("division by zero", original)
            value = QUOTIENT.divide(1, _power(base, exponent, original))
        else:
            value = _power(base, exponent, original)
        return Numeral(_within_notation_limit(value, original))
    m = _SLASH.fullmatch(s)
    if m:
        return Numeral(_slash(m, original))
    if _MIXED_JOIN in s and FRACTION_WORD not in s:
        # 1又1/5: a whole number and a fraction in digits, as 1又五分之一 is read by _fraction
        head, _, tail = s.partition(_MIXED_JOIN)
        m = _SLASH.fullmatch(tail)
        if m is None or tail[0] in "+-":
            raise NumeralError("not a number", original)
        whole = _integer_and_units(head, original)
        return Numeral(whole.value + _slash(m, original), whole.more)
    if FRACTION_WORD in s:
        return _fraction(s, original)
    return _integer_and_units(s, original)


# The word joining a whole number and its fraction (两又四分之一, 1又1/5).
_MIXED_JOIN = "又"


def _slash(m: regex.Match[str], original: str) -> Decimal:
    """The quotient of a fraction in digits (``3/4``): exact where it terminates, else :data:`QUOTIENT`'s."""
    den = Decimal(m.group(2))
    if den == 0:
        raise NumeralError("division by zero", original)
    return QUOTIENT.divide(Decimal(m.group(1)), den)


def _power(base: Decimal, exponent: int, original: str) -> Decimal:
    """``base ** exponent`` for a natural exponent, exactly, or the library's error."""
    try:
        return EXACT.power(base, exponent)
    except (Inexact, Overflow):
        raise NumeralError("power beyond the notation limit", original) from None


def _within_notation_limit(value: Decimal, original: str) -> Decimal:
    """``value``, unless notation made it larger than 10^100 or a nonzero value below 10^-100."""
    if not value.is_finite() or (value and abs(value.adjusted()) > NOTATION_LIMIT):
        raise NumeralError(f"beyond 10^±{NOTATION_LIMIT}", original)
    return value


# The signs of the folded text (lang.numbers.MINUS_SIGNS: what each sign stands for).
#: The signs of the folded text (- and 负, :data:`~dutyreport.lang.numbers.MINUS_SIGNS`' values).
MINUS_VALUES = frozenset(e.value for e in MINUS_SIGNS)


def _fraction(s: str, original: str) -> Numeral:
    """``三分之二``, ``百分之十二点五``, ``两百又四分之一``, ``2又一千分之15``."""
    whole = Decimal(0)
    more = False
    if _MIXED_JOIN in s:
        head, _, s = s.partition(_MIXED_JOIN)
        w = _integer_and_units(head, original)
        whole, more = w.value, w.more
    den_text, _, num_text = s.partition(FRACTION_WORD)
    if not num_text:
        raise NumeralError("fraction without a numerator", original)
    den = _integer_and_units(den_text, original, leading_unit_ok=True).value
    # A sign may stand after 分之 too (三分之负一); the sign before the whole is the caller's.
    negative = num_text[0] in MINUS_VALUES and len(num_text) > 1
    num = _integer_and_units(num_text[1:] if negative else num_text, original)
    if den == 0:
        raise NumeralError("division by zero", original)
    part = QUOTIENT.divide(num.value, den)
    return Numeral(whole + (-part if negative else part), more or num.more)


def _digit_string(s: str) -> Decimal | None:
    """``一二三``, ``二〇一九``, ``一五三零点二``: Chinese digits read one by one (no units)."""
    out = []
    for ch in s:
        d = _DIGIT.get(ch)
        if d is not None:
            if ch in _COUNTING_ONLY:
                return None  # 两两, 三两: 两 counts, it is no digit of a string
            out.append(str(d))
        elif ch == "点" or ch == ".":
            out.append(".")
        elif "0" <= ch <= "9":
            out.append(ch)
        else:
            return None
    text = "".join(out)
    if text.count(".") > 1 or text in (".", "") or text.startswith(".") or text.endswith("."):
        return None
    return Decimal(text)


def _integer_and_units(s: str, original: str, leading_unit_ok: bool = True) -> Numeral:
    if not s:
        raise NumeralError("missing number", original)
    # Digit strings without any unit: 一二三, 二〇二一, 三四点五零.
    if len(s) > 1 and not any(c in _SMALL or c in _BIG or c in _SPECIAL_TENS for c in s):
        v = _digit_string(s)
        if v is not None and not (s[0] in "0123456789" and not any(c in _DIGIT for c in s)):
            return Numeral(v)

    groups: list[tuple[Decimal, int]] = []  # (value already multiplied, power of its big unit)
    section = Decimal(0)  # below the last big unit
    number: Decimal | None = None  # a pending digit (or Arabic number) not yet placed
    number_is_single_digit = False
    last_unit: int | None = None  # value of the unit just before a pending single digit
    prev_kind = ""  # "digit", "unit", "big", "zero", "more", "point"
    fraction_seen = False
    decimal_pending = False  # the pending number has a decimal part (3818.5, 三千点五)
    section_unit: int | None = None  # the last unit below 万 in the current group
    more = False
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if "0" <= ch <= "9" or ch == ".":
            m = _ARABIC.match(s, i)
            if m is None or prev_kind == "digit":
                raise NumeralError("not a number", original)
            number = Decimal(m.group())
            decimal_pending = "." in m.group()
            # One Arabic digit right after a unit is an abbreviated tail like one Chinese digit:
            # 3万5 = 三万五 = 35000, 一千3 = 1300 (cn2an reads them so too); 3万800 stays 30800.
            number_is_single_digit = m.end() - i == 1 and prev_kind in ("unit", "big")
            if not number_is_single_digit:
                last_unit = None
            prev_kind = "digit"
            i = m.end()
            continue
        if ch in _DIGIT:
            d = _DIGIT[ch]
            if d == 0:
                # 零 only marks a gap (一百零一); as a value it is read by the digit-string path.
                if prev_kind == "digit":
                    raise NumeralError("not a number", original)
                number = None
                prev_kind = "zero"
                last_unit = None
                i += 1
                continue
            if prev_kind == "digit":
                raise NumeralError("adjacent digits in a numeral with units", original)
            number = Decimal(d)
            number_is_single_digit = True
            if prev_kind not in ("unit", "big"):
                last_unit = None
            prev_kind = "digit"
            i += 1
            continue
        if ch == "点":
            # A decimal part, read digit by digit: 三点一四, 二百点45, 六万七千点零.
            j = i + 1
            digits = []
            while j < n:
                c = s[j]
                if c in _DIGIT:
                    digits.append(str(_DIGIT[c]))
                elif "0" <= c <= "9":
                    digits.append(c)
                else:
                    break
                j += 1
            if not digits or fraction_seen:
                raise NumeralError("decimal point without digits", original)
            frac = Decimal("0." + "".join(digits))
            fraction_seen = True
            if prev_kind == "digit" and number is not None:
                if number_is_single_digit and last_unit is not None and last_unit >= 10:
                    number = number * (last_unit // 10)  # 三千四点五 = 3400.5
                number = number + frac
            elif prev_kind in ("unit", "big", "zero"):
                number = frac
            else:
                raise NumeralError("not a number", original)
            number_is_single_digit = False
            decimal_pending = prev_kind != "big"  # (二千万点五万 is no decimal of the 万 group)
            last_unit = None
            prev_kind = "digit"
            i = j
            continue
        if ch in _SMALL:
            u = _SMALL[ch]
            if section_unit is not None and u >= section_unit:
                # 十一十二, 一百二百: the units of a group fall (千, 百, 十); anything else is no one numeral
                raise NumeralError("units out of order in a numeral", original)
            if prev_kind == "zero" and u > 10 and not (groups or section):
                # 零百, 零千: 零 marks a gap after what stands before it (一万零百一十 as cn2an reads it: 10110);
                # opening a numeral, it marks none
                raise NumeralError("零 before 百 or 千 with nothing before it", original)
            section_unit = u
            coeff = number if number is not None else Decimal(1)
            if number is None and prev_kind == "" and not leading_unit_ok:
                raise NumeralError("unit without a digit", original)
            section += coeff * u
            number = None
            number_is_single_digit = False
            decimal_pending = False
            last_unit = u
            prev_kind = "unit"
            i += 1
            continue
        if ch in _SPECIAL_TENS:
            if prev_kind == "digit" or (section_unit is not None and section_unit <= 10):
                raise NumeralError("not a number", original)
            section_unit = 10
            section += _SPECIAL_TENS[ch]
            number = None
            last_unit = 10
            prev_kind = "unit"
            i += 1
            continue
        if ch in _BIG:
            p = _BIG[ch]
            if number is not None and number_is_single_digit and last_unit is not None and 10 <= last_unit < 10**4:
                number = number * (last_unit // 10)  # 三千二万 is 3200万, as 两千六 is 2600
            written = number is not None or prev_kind not in ("", "big", "more")
            cur = section + (number if number is not None else 0)
            section = Decimal(0)
            number = None
            number_is_single_digit = False
            if cur == 0 and prev_kind == "big" and groups:
                # 万万 = 亿: the group just closed is multiplied again.
                value, power = groups.pop()
                if groups and groups[-1][1] <= power + p:
                    # 一亿零三万万, 十万亿三千万亿: the scaled group is no smaller than the one before it
                    raise NumeralError("a scale again after its group closed", original)
                groups.append((value.scaleb(p), power + p))
            else:
                # A big unit after a decimal scales the whole number before it, groups of its own size too:
                # 二十八万三千八百点五万 is 283800.5万, as 1.5万 is (the groups below it go under it anyway).
                while groups and (groups[-1][1] < p or (decimal_pending and groups[-1][1] == p)):
                    cur += groups.pop()[0]
                if groups and groups[-1][1] == p:
                    # 三亿五亿, 三千万五千万: a group closed by a scale is followed by smaller ones (三亿五千万);
                    # the same scale again after it names two numbers, not their sum
                    raise NumeralError("a scale again after its group closed", original)
                if cur == 0 and not written:
                    cur = Decimal(1)  # 万余人, 亿元: a big unit alone counts one of itself; 0万 stays 0
                groups.append((cur.scaleb(p), p))
            decimal_pending = False
            section_unit = None
            last_unit = 10**p
            prev_kind = "big"
            i += 1
            continue
        if ch in _MORE:
            more = True
            if ch == "几":
                number = None
            prev_kind = "more"
            i += 1
            continue
        if ch == "半":
            number = Decimal("0.5")
            number_is_single_digit = False
            prev_kind = "digit"
            i += 1
            continue
        if ch == "打" and i == n - 1 and (number is not None or section or groups):
            total = sum((g[0] for g in groups), Decimal(0)) + section + (number or 0)
            return Numeral(total * 12, more)
        raise NumeralError("not a number", original)

    if prev_kind == "" or (prev_kind in ("zero", "more") and not groups and not section and number is None):
        if prev_kind == "zero" and not groups and not section:
            return Numeral(Decimal(0), more)
        raise NumeralError("not a number", original)
    if number is not None and number_is_single_digit and last_unit is not None and last_unit >= 10:
        # Abbreviated tail: 三万五 = 35000, 两千六 = 2600, 一百二 = 120.
        number = number * (last_unit // 10)
    total = sum((g[0] for g in groups), Decimal(0)) + section + (number if number is not None else 0)
    return Numeral(total, more)


# Two neighbouring digits name a range (二三十 = 20 to 30, 七八万 = 7万 to 8万, 二十三四 = 23 to 24,
# 三五百 = 300 to 500): the second one more than the first, or two more (三五).
# Everyday digits only: financial ones (壹贰) and the 幺 of spoken digit strings never name a range.
_RANGE_DIGITS = {e.word: int(str(e.value)) for e in DIGITS if e.word in "一二两三四五六七八九"}


def adjacent_range(text: str) -> tuple[Decimal, Decimal] | None:
    """The two ends of a numeral with two neighbouring digits, or ``None`` where ``text`` is no such range.

    Each end is the numeral with one of the two digits: ``一千五六百`` is ``一千五百`` to ``一千六百``.

    >>> adjacent_range("二三十万")
    (Decimal('200000'), Decimal('300000'))
    >>> adjacent_range("二十三四")
    (Decimal('23'), Decimal('24'))
    >>> adjacent_range("二十三") is None
    True
    """
    s = fold(text)
    pairs = [i for i in range(len(s) - 1) if s[i] in _RANGE_DIGITS and s[i + 1] in _RANGE_DIGITS]
    if len(pairs) != 1:
        return None
    i = pairs[0]
    a, b = _RANGE_DIGITS[s[i]], _RANGE_DIGITS[s[i + 1]]
    if not (a < b <= a + 2) or (i and s[i - 1] in _RANGE_DIGITS) or (i + 2 < len(s) and s[i + 2] in _RANGE_DIGITS):
        return None
    try:
        low = read_numeral(s[: i + 1] + s[i + 2 :])
        high = read_numeral(s[:i] + s[i + 1 :])
    except NumeralError:
        return None
    if low.more or high.more or not low.value < high.value:
        return None
    return low.value, high.value

