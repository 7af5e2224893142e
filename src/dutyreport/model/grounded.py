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

from itertools import repeat
from typing import Any, NamedTuple

from attrs import Attribute, field, frozen

__all__ = ["Named", "Span", "each_field", "is_", "optional", "short", "tuple_of"]

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
        if type(value) is tuple and all(map(isinstance, value, repeat(kind))):
            return  # (every item at once; the walk below names the first that is not one)
        if type(value) is not tuple:
            raise TypeError(f"{attribute.name} must be a tuple, not {type(value).__name__}")
        for item in value:
            if not isinstance(item, kind):
                raise TypeError(f"{attribute.name} holds {_names(kind)}, not {type(item).__name__} {item!r:.40}")

    return check


def _names(kind: type | tuple[type, ...]) -> str:
    return " or ".join(k.__name__ for k in kind) if isinstance(kind, tuple) else kind.__name__


def _offset(instance: Any, attribute: Any, value: int) -> None:
    if type(value) is not int:
        raise TypeError(f"{attribute.name} must be an int, not {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, not {value}")


def _end(instance: Any, attribute: Any, value: int) -> None:
    _offset(instance, attribute, value)
    if value < instance.start:
        raise ValueError(f"end {value} before start {instance.start}")


def _text(instance: Any, attribute: Any, value: str) -> None:
    if not isinstance(value, str):
        raise TypeError(f"text must be a str, not {type(value).__name__}")
    if len(value) != instance.end - instance.start:
        raise ValueError(
            f"text of {len(value)} characters for a span of {instance.end - instance.start}"
            f" ({instance.start}..{instance.end})"
        )


class Named(NamedTuple):
    """What a validator reads of the field it checks (its name), for a validator that checks several
    fields at once: one call of a class's validator instead of one per field."""

    name: str


_START, _END = Named("start"), Named("end")


def each_field(instance: Any, checks: tuple[tuple[str, Any], ...]) -> None:
    """Each field's own validator, in field order (``checks``: name and validator): where a class checks
    its fields in one call and one is wrong, the first wrong field raises its own error."""
    for name, check in checks:
        check(instance, Named(name), getattr(instance, name))


def _span(instance: Any, attribute: Any, text: str) -> None:
    """``start``, ``end`` and ``text`` checked in one call (every item of every parse is a span); where
    one is wrong, :func:`_offset`, :func:`_end` and :func:`_text`, in that order, say which."""
    start, end = instance.start, instance.end
    if type(start) is int and type(end) is int and type(text) is str and 0 <= start <= end == start + len(text):
        return
    _offset(instance, _START, start)
    _end(instance, _END, end)
    _text(instance, attribute, text)


@frozen(kw_only=True)
class Span:
    """A stretch of the report's text: ``report.text[start:end] == text``, ``0 <= start <= end``."""

    start: int = field()
    end: int = field()
    text: str = field(validator=_span, repr=short)  # (checks the three)
