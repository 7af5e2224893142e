"""Read Chinese, Arabic and mixed numerals exactly, as :class:`~decimal.Decimal`.

:func:`parse_number` accepts the forms these reports (and their readers) write:
``一百零一``, ``一十一``, ``两千六`` (abbreviated tail: 2600), ``1.5亿``, ``8.3861亿``,
``1亿2千万``, ``壹拾万零叁仟``, ``三点一四``, ``负十``, ``１２３``, ``1,234.5``,
``二〇二一`` (digit by digit), ``十万亿`` and ``四万万`` (万万 = 亿), ``五分之一``.

Why not cn2an alone: ``cn2an.cn2an`` returns ``float`` for decimals and scaled forms
(``8.3861亿`` becomes a float product), it is several times slower than one pass over
the characters, and it refuses loose forms that reports do write (``十 余 万``,
``1万600``). cn2an stays the reference the tests agree with (see
``tests/test_numerals.py``) and the renderer behind :mod:`dutyreport._cn2an`.
"""

from __future__ import annotations

from decimal import Decimal, DivisionByZero, InvalidOperation, localcontext

import regex

from .errors import NumeralError
from .lexicon import BIG_UNITS, DIGITS, FULLWIDTH, INFIX_MORE, SCALE_WORDS, SMALL_UNITS, TRADITIONAL

__all__ = ["fold", "parse_number", "read_numeral"]

_DIGIT: dict[str, int] = {e.word: int(str(e.value)) for e in DIGITS}
_SMALL: dict[str, int] = {e.word: int(str(e.value)) for e in SMALL_UNITS}
_BIG: dict[str, int] = {e.word: int(str(e.value)) for e in BIG_UNITS}
_MORE = frozenset(e.word for e in INFIX_MORE)
_SPECIAL_TENS = {"廿": 20, "卅": 30, "卌": 40}
_LATIN_SCALE: dict[str, int] = {e.word: int(str(e.value)) for e in SCALE_WORDS if e.word.isascii()}

# One character in, one character out: offsets found on the folded text hold for the original.
_FOLD = str.maketrans({**FULLWIDTH, **{e.word: str(e.value) for e in TRADITIONAL}})

_ARABIC = regex.compile(r"[0-9]+(?:\.[0-9]+)?|\.[0-9]+")
_THOUSANDS = regex.compile(r"(?<=[0-9]),(?=[0-9]{3}(?![0-9]))")
_PLAIN = regex.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_SCIENTIFIC = regex.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)[eE][+-]?[0-9]+")
_POWER = regex.compile(r"([+-]?[0-9]+(?:\.[0-9]+)?)\^([+-]?)([0-9]+)")
_SLASH = regex.compile(r"([+-]?[0-9]+(?:\.[0-9]+)?)/([0-9]+(?:\.[0-9]+)?)")
_SPACES = regex.compile(r"[\s\u3000]+")


def fold(text: str) -> str:
    """Full-width and Traditional characters onto their plain forms, character for character."""
    return text.translate(_FOLD)


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
    >>> parse_number("8.3861亿") == 838610000
    True
    >>> parse_number("两千六")
    Decimal('2600')
    """
    return read_numeral(text).value


def read_numeral(text: str) -> Numeral:
    """Like :func:`parse_number`, and also tells whether 余/多/几 made it a lower bound."""
    if not isinstance(text, str):
        raise NumeralError("not a string", repr(text))
    s = _SPACES.sub("", fold(text))
    s = _THOUSANDS.sub("", s)
    if not s:
        raise NumeralError("empty numeral", text)
    if _PLAIN.fullmatch(s):
        return Numeral(Decimal(s))
    try:
        return _read(s, text)
    except (InvalidOperation, DivisionByZero, OverflowError, ValueError) as exc:
        if isinstance(exc, NumeralError):
            raise
        raise NumeralError("not a number", text) from None


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
        return Numeral(Decimal(s))
    if s[-1] in _LATIN_SCALE and _PLAIN.fullmatch(s[:-1]):
        return Numeral(Decimal(s[:-1]).scaleb(_LATIN_SCALE[s[-1]]))
    m = _POWER.fullmatch(s)
    if m:
        exponent = int(m.group(3)) * (-1 if m.group(2) == "-" else 1)
        return Numeral(_divide_context(lambda: Decimal(m.group(1)) ** exponent))
    m = _SLASH.fullmatch(s)
    if m:
        den = Decimal(m.group(2))
        if den == 0:
            raise NumeralError("division by zero", original)
        return Numeral(_divide_context(lambda: Decimal(m.group(1)) / den))
    if "分之" in s:
        return _fraction(s, original)
    return _integer_and_units(s, original)


def _divide_context(fn: object) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 34
        value = fn()  # type: ignore[operator]
    assert isinstance(value, Decimal)
    return value


def _fraction(s: str, original: str) -> Numeral:
    """``五分之一``, ``百分之五十五点五七九``, ``三百五又三分之一``, ``3又一千分之23``."""
    whole = Decimal(0)
    more = False
    if "又" in s:
        head, _, s = s.partition("又")
        w = _integer_and_units(head, original)
        whole, more = w.value, w.more
    den_text, _, num_text = s.partition("分之")
    if not num_text:
        raise NumeralError("fraction without a numerator", original)
    den = _integer_and_units(den_text, original, leading_unit_ok=True).value
    num = _integer_and_units(num_text, original)
    if den == 0:
        raise NumeralError("division by zero", original)
    value = _divide_context(lambda: num.value / den)
    return Numeral(whole + value, more or num.more)


def _digit_string(s: str) -> Decimal | None:
    """``一二三``, ``二〇〇二``, ``一七二零点一``: Chinese digits read one by one (no units)."""
    out = []
    for ch in s:
        d = _DIGIT.get(ch)
        if d is not None:
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
    # Digit strings without any unit: 一二三, 二〇二一, 一二点三零.
    if len(s) > 1 and not any(c in _SMALL or c in _BIG or c in _SPECIAL_TENS for c in s):
        v = _digit_string(s)
        if v is not None and not (s[0] in "0123456789" and not any(c in _DIGIT for c in s)):
            return Numeral(v)

    groups: list[tuple[Decimal, int]] = []  # (value already multiplied, power of its big unit)
    section = Decimal(0)  # below the last big unit
    number: Decimal | None = None  # a pending digit (or Arabic number) not yet placed
    number_is_single_cn = False
    last_unit: int | None = None  # value of the unit just before a pending single digit
    prev_kind = ""  # "digit", "unit", "big", "zero", "more", "point"
    fraction_seen = False
    more = False
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if "0" <= ch <= "9" or ch == ".":
            m = _ARABIC.match(s, i)
            if m is None or prev_kind == "digit":
                raise NumeralError("not a number", original)
            number = Decimal(m.group())
            number_is_single_cn = False
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
            number_is_single_cn = True
            if prev_kind not in ("unit", "big"):
                last_unit = None
            prev_kind = "digit"
            i += 1
            continue
        if ch == "点":
            # A decimal part, read digit by digit: 三点一四, 一百点123, 十二万三千点零.
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
                if number_is_single_cn and last_unit is not None and last_unit >= 10:
                    number = number * (last_unit // 10)  # 两千三点一 = 2300.1
                number = number + frac
            elif prev_kind in ("unit", "big", "zero"):
                number = frac
            else:
                raise NumeralError("not a number", original)
            number_is_single_cn = False
            last_unit = None
            prev_kind = "digit"
            i = j
            continue
        if ch in _SMALL:
            u = _SMALL[ch]
            coeff = number if number is not None else Decimal(1)
            if number is None and prev_kind == "" and not leading_unit_ok:
                raise NumeralError("unit without a digit", original)
            section += coeff * u
            number = None
            number_is_single_cn = False
            last_unit = u
            prev_kind = "unit"
            i += 1
            continue
        if ch in _SPECIAL_TENS:
            if prev_kind == "digit":
                raise NumeralError("not a number", original)
            section += _SPECIAL_TENS[ch]
            number = None
            last_unit = 10
            prev_kind = "unit"
            i += 1
            continue
        if ch in _BIG:
            p = _BIG[ch]
            cur = section + (number if number is not None else 0)
            section = Decimal(0)
            number = None
            number_is_single_cn = False
            if cur == 0 and prev_kind == "big" and groups:
                # 万万 = 亿: the group just closed is multiplied again.
                value, power = groups.pop()
                groups.append((value.scaleb(p), power + p))
            else:
                while groups and groups[-1][1] < p:
                    cur += groups.pop()[0]
                if cur == 0:
                    cur = Decimal(1)
                groups.append((cur.scaleb(p), p))
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
            number_is_single_cn = False
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
    if number is not None and number_is_single_cn and last_unit is not None and last_unit >= 10:
        # Abbreviated tail: 三万五 = 35000, 两千六 = 2600, 一百二 = 120.
        number = number * (last_unit // 10)
    total = sum((g[0] for g in groups), Decimal(0)) + section + (number if number is not None else 0)
    return Numeral(total, more)
