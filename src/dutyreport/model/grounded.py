"""The shape every grounded item shares: :class:`Grounded`, a stretch of the report's text.

Every item :func:`dutyreport.parse` finds — an indicator, a section, a noise span, a check, the
title — is ``Grounded``: ``start`` and ``end`` are character offsets into
:attr:`Report.text <dutyreport.Report.text>` (a Python ``str`` index, end exclusive) and ``text``
is ``report.text[start:end]``. It comes in two forms that read alike:

* a :class:`Span` (most items: an indicator, a noise span, a problem …) stores its own ``text``;
* an :class:`Excerpt` (a section and a point of it) reads its ``text`` from the text it was found in,
  which it shares with the report: a section spans most of the report, and a stored copy at every
  level of nesting would hold the report several times over.

The validators hold what an item can hold on its own:

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

import enum
from itertools import repeat
from typing import Any, NamedTuple, Self

import attrs
from attrs import Attribute, field, frozen

__all__ = [
    "Excerpt",
    "Grounded",
    "Named",
    "Span",
    "counted",
    "each_field",
    "fields_repr",
    "is_",
    "optional",
    "short",
    "shown",
    "span_of",
    "tuple_of",
]

_SHOWN = 40  # characters of an item's text that its repr shows


def short(text: str, limit: int = _SHOWN) -> str:
    """The repr of ``text``, cut to ``limit`` characters (an item's repr never prints a whole section).

    >>> short("一" * 50, 4)
    "'一一一一'…(50 chars)"
    """
    if len(text) <= limit:
        return repr(text)
    return f"{text[:limit]!r}…({len(text)} chars)"


def counted(items: tuple[object, ...]) -> str:
    """A tuple of items that hold others, counted for a repr (a section's children, each with theirs, would print
    the report's whole tree).

    >>> counted((1, 2, 3)), counted(())
    ('<3 int>', '()')
    """
    return f"<{len(items)} {type(items[0]).__name__}>" if items else "()"


def shown(value: object) -> str:
    """A field's value as a repr shows it: an enum member as its value (``'change'``, as the JSON view writes it,
    not ``<IndicatorKind.CHANGE: 'change'>``), a string cut by :func:`short`, anything else as its own repr.

    >>> shown(enum.Enum("Kind", {"CHANGE": "change"}).CHANGE), shown("一" * 50)[-11:]
    ("'change'", '…(50 chars)')
    """
    if isinstance(value, enum.Enum):
        return repr(value.value)
    if type(value) is str:
        return short(value)
    return repr(value)


_NO_DEFAULT = object()
# Per model class (the model's few): the fields its repr shows, each with its default (_NO_DEFAULT for none).
_REPR_FIELDS: dict[type, tuple[tuple[str, Any, Any], ...]] = {}


def _default(a: Attribute[Any]) -> Any:
    """A field's default value (a factory's, made once), or :data:`_NO_DEFAULT`."""
    default = a.default
    if default is attrs.NOTHING:
        return _NO_DEFAULT
    factory = getattr(default, "factory", None)  # (an attrs.Factory)
    return default if factory is None else factory()


def _repr_fields(cls: type) -> tuple[tuple[str, Any, Any], ...]:
    found = _REPR_FIELDS.get(cls)
    if found is None:
        found = _REPR_FIELDS[cls] = tuple((a.name, a.repr, _default(a)) for a in attrs.fields(cls) if a.repr)
    return found


def fields_repr(item: Any, *, read_text: bool = False) -> str:
    """The repr of every model item (the classes are declared ``repr=False`` and inherit one that calls this):
    its fields in order, but those left at their default (``note=''``, ``qualifier=None``, ``readings=()``), an
    enum member as its value and a text cut (:func:`shown`), a field's own ``repr=`` where it has one.
    ``read_text``: an :class:`Excerpt`'s text, read, shown after its ``end``. Short whatever the report.

    >>> fields_repr(Span(start=0, end=2, text="学校"))
    "Span(start=0, end=2, text='学校')"
    """
    parts = []
    for name, how, default in _repr_fields(type(item)):
        value = getattr(item, name)
        if default is not _NO_DEFAULT and type(value) is type(default) and value == default:
            continue
        parts.append(f"{name}={how(value) if callable(how) else shown(value)}")
        if read_text and name == "end":
            parts.append(f"text={short(item.text)}")
    return f"{type(item).__name__}({', '.join(parts)})"


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
class Grounded:
    """A stretch of the report's text: ``report.text[start:end] == text``, ``0 <= start <= end``.

    The base of both forms, :class:`Span` (the text stored) and :class:`Excerpt` (the text read
    from the text it was found in), each checking its fields in one validator; a bare ``Grounded``
    has no text:

    >>> Grounded(start=0, end=2).text
    Traceback (most recent call last):
    ...
    TypeError: Grounded is the base of Span and Excerpt: it holds no text
    """

    start: int = field()
    end: int = field()

    @property
    def text(self) -> str:
        """``report.text[start:end]`` (a :class:`Span`'s field, an :class:`Excerpt`'s reading)."""
        raise TypeError(f"{type(self).__name__} is the base of Span and Excerpt: it holds no text")


@frozen(kw_only=True, repr=False)
class Span(Grounded):
    """A grounded item that stores its ``text``. (Its repr, and every subclass's, is :func:`fields_repr`'s.)"""

    text: str = field(validator=_span, repr=short)  # (checks the three)

    def __repr__(self) -> str:
        return fields_repr(self)


_new = object.__new__
_set = object.__setattr__  # (what attrs' own __init__ sets a frozen class's fields with)


def span_of(item: Span) -> Span:
    """A :class:`Span` over the same stretch as ``item``, a span checked when it was made (an indicator a check
    reads): its fields set as they are, not checked again (the constructor checks every span it is given).

    >>> span_of(Span(start=3, end=5, text="学校")) == Span(start=3, end=5, text="学校")
    True
    """
    span = _new(Span)
    _set(span, "start", item.start)
    _set(span, "end", item.end)
    _set(span, "text", item.text)
    return span


def _excerpt(instance: Any, attribute: Any, at: int | None) -> None:
    """``start``, ``end``, the text and where it begins checked in one call: the text read back is
    ``end - start`` characters; where one is wrong, the first wrong one says so."""
    start, end, source = instance.start, instance.end, instance._source
    if type(start) is int and type(end) is int and type(source) is str and 0 <= start <= end:
        if at is None:
            if end - start == len(source):
                return
        elif type(at) is int and 0 <= at <= start and end - at <= len(source):
            return
    _offset(instance, _START, start)
    _end(instance, _END, end)
    if not isinstance(source, str):
        raise TypeError(f"text must be a str, not {type(source).__name__}")
    if at is None:
        _text(instance, attribute, source)
        return
    if type(at) is not int:
        raise TypeError(f"text_at must be an int or None, not {type(at).__name__}")
    if not 0 <= at <= start or end - at > len(source):
        raise ValueError(f"a text of {len(source)} characters at text_at={at} does not hold {start}..{end}")


@frozen(kw_only=True, eq=False, repr=False)
class Excerpt(Grounded):
    """A grounded item that reads its ``text`` from the text it was found in, shared, not copied.

    ``text`` (the argument) is the item's own text, or, with ``text_at``, a longer text that begins
    at offset ``text_at`` of the report — the report's whole text, at 0, as the parser gives it:

    >>> whole = "一、概况\\n学校20所。"
    >>> a = Excerpt(start=5, end=11, text="学校20所。")
    >>> b = Excerpt(start=5, end=11, text=whole, text_at=0)
    >>> a.text, b.text, a == b
    ('学校20所。', '学校20所。', True)

    Equality, hashing, the repr and the JSON view (:func:`dutyreport.serialize.to_dict`) go by
    ``text`` as read, never by the text it is read from (a subclass is declared ``eq=False,
    repr=False`` to keep them). Generic tools see the fields as stored: ``attrs.asdict`` shows the
    whole text under ``_source``, a pickled section carries the report's text (once for a whole
    pickled report), and holding a section holds that text. :meth:`detached` gives a copy that
    holds only its own text; ``attrs.evolve(item, text=…)`` takes a text of the excerpt's own
    length only with ``text_at=None``.
    """

    _source: str = field(alias="text", repr=False)
    _at: int | None = field(default=None, alias="text_at", repr=False, validator=_excerpt)  # (checks the four)

    @property
    def text(self) -> str:
        """``report.text[start:end]``, read when asked."""
        at = self._at
        return self._source if at is None else self._source[self.start - at : self.end - at]

    def read(self, lo: int, hi: int) -> str:
        """``report.text[lo:hi]`` for ``start <= lo <= hi <= end`` (a part of the text, not all of it read).

        >>> item = Excerpt(start=5, end=11, text="一、概况\\n学校20所。", text_at=0)
        >>> item.read(5, 9)
        '学校20'
        >>> item.read(0, 3)
        Traceback (most recent call last):
        ...
        ValueError: 0..3 is not within the excerpt's 5..11
        """
        if not self.start <= lo <= hi <= self.end:
            raise ValueError(f"{lo}..{hi} is not within the excerpt's {self.start}..{self.end}")
        at = self.start if self._at is None else self._at
        return self._source[lo - at : hi - at]

    def detached(self) -> Self:
        """A copy that holds its own text, not the text it was read from (for keeping one section
        of a report without the rest); its children and points too.

        >>> item = Excerpt(start=5, end=11, text="一、概况\\n学校20所。", text_at=0)
        >>> item.detached() == item, item.detached()._source
        (True, '学校20所。')
        """
        changes: dict[str, Any] = {"text": self.text, "text_at": None}
        for a in _own_fields(type(self)):
            value = getattr(self, a.name)
            if type(value) is tuple and value and isinstance(value[0], Excerpt):
                changes[a.alias or a.name] = tuple(v.detached() for v in value)
        return attrs.evolve(self, **changes)

    def _key(self) -> tuple[Any, ...]:
        return (self.start, self.end, self.text, *(getattr(self, a.name) for a in _own_fields(type(self))))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash((type(self), *self._key()))

    def __repr__(self) -> str:
        return fields_repr(self, read_text=True)


_EXCERPT_FIELDS = frozenset({"start", "end", "_source", "_at"})
_OWN_FIELDS: dict[type, tuple[Attribute[Any], ...]] = {}  # (one entry per excerpt class: the model's few)


def _own_fields(cls: type) -> tuple[Attribute[Any], ...]:
    """An excerpt class's fields besides its span and the text it reads, read once per class."""
    own = _OWN_FIELDS.get(cls)
    if own is None:
        own = _OWN_FIELDS[cls] = tuple(a for a in attrs.fields(cls) if a.name not in _EXCERPT_FIELDS)
    return own
