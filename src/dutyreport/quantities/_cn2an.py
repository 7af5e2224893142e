"""The one place dutyreport calls cn2an.

cn2an is a good renderer and a useful second opinion, so the library uses it for
exactly two things:

* :func:`to_chinese` renders a number as a Chinese numeral (``cn2an.an2cn``);
* :func:`reference_value` asks ``cn2an.cn2an(text, "smart")`` what a numeral is worth,
  converted exactly to :class:`~decimal.Decimal`. :func:`dutyreport.parse_number` uses it
  as a last resort when its own reader refuses a string, and the tests use it as the
  reference the reader must agree with.

Why not use cn2an for reading everywhere: it returns ``float`` for anything with a
fraction (``8.3861亿`` is computed as a float product and rounded), it refuses forms
reports write (``300余万``, ``百分之五``, ``十 余 万``), and one call costs several times
one pass of :mod:`dutyreport.numerals` over the characters.

cn2an is imported inside the functions: importing it takes about 100 ms (it builds
its tables and pulls in ``proces``), and ``import dutyreport`` must stay fast for
callers who never need it.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

__all__ = ["reference_integer", "reference_value", "to_chinese"]


def _module() -> Any:
    import cn2an

    return cn2an


def to_chinese(value: int | Decimal, *, financial: bool = False) -> str:
    """``value`` written as a Chinese numeral (via ``cn2an.an2cn``); ``financial`` uses 壹贰叁 digits.

    A :class:`~decimal.Decimal` is rendered from its exact decimal digits, never through
    ``float``. Raises :class:`ValueError` (cn2an's) beyond 16 integer digits, and
    :class:`TypeError` for anything that is not an ``int`` or a ``Decimal`` (``bool`` included).

    >>> to_chinese(10050)
    '一万零五十'
    >>> to_chinese(Decimal("-3.14"))
    '负三点一四'
    >>> to_chinese(103000, financial=True)
    '壹拾万叁仟'
    """
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise TypeError(f"to_chinese takes an int or a Decimal, not {type(value).__name__}")
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"not a finite number: {value}")
        text = format(value, "f")
        if text.startswith("-") and value == 0:
            text = text[1:]  # -0 and -0.00 are plain zero; an2cn would write 负零
    else:
        text = str(value)
    result: str = _module().an2cn(text, "up" if financial else "low")
    return result


def reference_value(text: str) -> Decimal | None:
    """What ``cn2an.cn2an(text, "smart")`` says ``text`` is worth, or ``None`` where it refuses.

    The answer is converted through ``str`` (``repr`` of a float is its shortest exact
    round-trip form), so ``0.1`` comes back as ``Decimal('0.1')``, not the binary
    neighbour ``Decimal(0.1)`` would give. cn2an's floats are still floats: ``8.3861亿``
    is a product cn2an computes in binary and rounds, so a reading that came back as a
    float is only as good as that rounding.

    >>> reference_value("一万零五十")
    Decimal('10050')
    >>> reference_value("三点一四")
    Decimal('3.14')
    >>> reference_value("三百余万") is None
    True
    """
    answer = _answer(text)
    if isinstance(answer, bool) or not isinstance(answer, (int, float)):
        return None
    try:
        value = Decimal(str(answer))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _answer(text: str) -> object:
    """What ``cn2an.cn2an(text, "smart")`` answers, or ``None`` where it refuses."""
    if not isinstance(text, str) or not text:
        return None
    try:
        answer: object = _module().cn2an(text, "smart")
    except (ValueError, KeyError, IndexError, TypeError, AttributeError, ArithmeticError, RecursionError):
        # cn2an signals "not a numeral" with ValueError, but some malformed inputs reach
        # dict look-ups and index arithmetic inside it first.
        return None
    return answer


def reference_integer(text: str) -> int | None:
    """``reference_value`` only where cn2an answered with an ``int``: an exact reading.

    cn2an answers ``float`` whenever the numeral has a fraction or a scale applied to a
    decimal (``1.5万``), and a float is not exact; those answers are dropped here.

    >>> reference_integer("一万零五十")
    10050
    >>> reference_integer("三点一四") is None
    True
    """
    answer = _answer(text)
    if isinstance(answer, bool) or not isinstance(answer, int):
        return None
    return answer
