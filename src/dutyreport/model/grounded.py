"""The shape every grounded item shares: :class:`Span`, a stretch of the report's text.

Every item :func:`dutyreport.parse` finds — an indicator, a section, a noise span, a check, the
title — is a ``Span`` (a subclass of it): ``start`` and ``end`` are character offsets into
:attr:`Report.text <dutyreport.Report.text>` (a Python ``str`` index, end exclusive) and ``text``
is ``report.text[start:end]``. The validators hold what a span can hold on its own:

>>> Span(start=3, end=5, text="学校")
Span(start=3, end=5, text='学校')
>>> Span(start=3, end=5, text="学")
Traceback (most recent call last):
...
ValueError: text of 1 characters for a span of 2 (3..5)

That ``text`` reads back from the report is checked where the report is known (tests, and
:meth:`Report.from_dict <dutyreport.Report.from_dict>`).
"""

from __future__ import annotations

from typing import Any

from attrs import Attribute, field, frozen

__all__ = ["Span", "is_", "optional", "short", "tuple_of"]

_SHOWN = 40  # characters of an item's text that its repr shows


def short(text: str, limit: int = _SHOWN) -> str:
    """The repr of ``text``, cut to ``limit`` characters (an item's repr never prints a whole section).

    >>> short("一" * 50, 4)
    "'一一一一'…(50 chars)"
    """
    if len(text) <= limit:
        return repr(text)
    return f"{text[:limit]!r}…({len(text)} chars)"


# Validators as plain functions: every item of every parse runs them, and a function call costs less
# than attrs' validator objects (``instance_of`` wrapped in ``optional``).


def is_(kind: type | tuple[type, ...]) -> Any:
    """A validator: the value is an instance of ``kind``."""

    def check(instance: Any, attribute: Attribute[Any], value: Any) -> None:
        if not isinstance(value, kind):
            raise TypeError(f"{attribute.name} must be {_names(kind)}, not {type(value).__name__} {value!r:.40}")

    return check


def optional(kind: type | tuple[type, ...]) -> Any:
    """A validator: the value is ``None`` or an instance of ``kind``."""

    def check(instance: Any, attribute: Attribute[Any], value: Any) -> None:
        if value is not None and not isinstance(value, kind):
            shown = f"{type(value).__name__} {value!r:.40}"
            raise TypeError(f"{attribute.name} must be {_names(kind)} or None, not {shown}")

    return check


def tuple_of(kind: type | tuple[type, ...]) -> Any:
    """A validator: the value is a tuple of instances of ``kind``."""

    def check(instance: Any, attribute: Attribute[Any], value: Any) -> None:
        if type(value) is not tuple:
            raise TypeError(f"{attribute.name} must be a tuple, not {type(value).__name__}")
        for item in value:
            if not isinstance(item, kind):
                raise TypeError(f"{attribute.name} holds {_names(kind)}, not {type(item).__name__} {item!r:.40}")

    return check


def _names(kind: type | tuple[type, ...]) -> str:
    return " or ".join(k.__name__ for k in kind) if isinstance(kind, tuple) else kind.__name__


def _offset(instance: Any, attribute: Attribute[int], value: int) -> None:
    if type(value) is not int:
        raise TypeError(f"{attribute.name} must be an int, not {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, not {value}")


def _end(instance: Any, attribute: Attribute[int], value: int) -> None:
    _offset(instance, attribute, value)
    if value < instance.start:
        raise ValueError(f"end {value} before start {instance.start}")


def _text(instance: Any, attribute: Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        raise TypeError(f"text must be a str, not {type(value).__name__}")
    if len(value) != instance.end - instance.start:
        raise ValueError(
            f"text of {len(value)} characters for a span of {instance.end - instance.start}"
            f" ({instance.start}..{instance.end})"
        )


@frozen(kw_only=True)
class Span:
    """A stretch of the report's text: ``report.text[start:end] == text``, ``0 <= start <= end``."""

    start: int = field(validator=_offset)
    end: int = field(validator=_end)
    text: str = field(validator=_text, repr=short)
