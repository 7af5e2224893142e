"""The report as plain data and back: one cattrs converter for both directions, and its JSON Schema.

:func:`to_dict` gives the JSON-ready dict of a :class:`~dutyreport.Report` (the input text
included) and :func:`from_dict` loads it back: ``from_dict(to_dict(r)) == r``. The dict is the
attrs classes as the converter unstructures them, with four changes, each made in one hook here
and mirrored in :func:`json_schema`:

* a ``Decimal`` is a plain decimal string (``"838610000"``, ``"0.0523"``): never a float, never
  rounded, never an exponent, whatever the caller's decimal context;
* a quantity is an object tagged with its ``type`` (``money``, ``percent``, ``count``, ``ratio``,
  ``range``, ``per_unit``), and an indicator or target also shows its quantity's JSON view flat
  (``value``, ``unit``, ``qualifier``: the keys ``../shared/eval/CONTRACT.md`` reads; they are
  written for readers and ignored when loading);
* the title and a rectification's problem are their text (``title``, ``problem``: a ``str``, as
  the contract reads them) with the span beside it (``title_start``/``title_end``,
  ``problem_start``/``problem_end``);
* ``doc_numbers`` lists the normalized 文号 as strings; the items themselves are ``doc_number_spans``.

``docs/format.md`` documents every key.
"""

from __future__ import annotations

import enum
import json
import re
import types
import typing
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.strategies import configure_tagged_union

from .errors import FormatError
from .model.grounded import Excerpt, Grounded
from .model.quantities import Count, Money, Percent, PerUnit, Qualifier, Quantity, Range, Ratio, Scalar
from .model.report import Indicator, Point, Rectification, Report, Section, Target

__all__ = ["decimal_str", "from_dict", "from_json", "json_schema", "quantity_view", "to_dict", "to_json"]


# --- decimals --------------------------------------------------------------------------------

_DECIMAL_RE = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]*[1-9])?")


def decimal_str(value: Decimal) -> str:
    """Plain decimal notation, exact, without exponent or trailing zeros: ``8.3861E+8`` -> ``838610000``.

    Independent of the decimal context (no rounding, no signal):

    >>> import decimal
    >>> with decimal.localcontext(prec=6):
    ...     decimal_str(Decimal("999999999999999999999999999999")), decimal_str(Decimal("1.2300E+5"))
    ('999999999999999999999999999999', '123000')
    """
    if not value.is_finite():
        raise ValueError(f"not a finite decimal: {value}")
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _exactly(kind: type) -> Any:
    """A structure hook that takes a value of ``kind`` as it is (no ``int("3")``, no ``bool("no")``)."""

    def hook(value: object, _: type) -> object:
        if type(value) is not kind:
            raise TypeError(f"expected {kind.__name__}, not {type(value).__name__} {value!r:.40}")
        return value

    return hook


def _message(exc: BaseException, _: Any) -> str:
    return "required key missing" if isinstance(exc, KeyError) else str(exc)


def _structure_decimal(value: object, _: type) -> Decimal:
    if not isinstance(value, str):
        raise TypeError(f"a decimal is a string, not {type(value).__name__}")
    if not _DECIMAL_RE.fullmatch(value):
        raise ValueError(f"not a plain decimal string: {value!r}")
    return Decimal(value)


# --- the JSON view of a quantity (CONTRACT.md) -----------------------------------------------


def _count_json(value: Decimal | None) -> int | str | None:
    """A count goes out as an int where it is whole, otherwise as a decimal string."""
    if value is None:
        return None
    text = decimal_str(value)
    return text if "." in text else int(text)


def _scalar_json(q: Scalar) -> int | str | None:
    if isinstance(q, Count):
        return _count_json(q.value)
    return None if q.value is None else decimal_str(q.value)


def quantity_view(q: Quantity) -> dict[str, Any]:
    """``{"value", "unit", "qualifier"}``: money in yuan and percentages as fractions (decimal strings),
    counts as ints where whole, ``[low, high]`` for a range, the terms for a ratio, ``None`` for a
    placeholder.

    >>> quantity_view(Percent(points=Decimal("5.23")))
    {'value': '0.0523', 'unit': 'percent', 'qualifier': None}
    """
    value: Any
    if isinstance(q, Range):
        value = [_scalar_json(q.low), _scalar_json(q.high)]
    elif isinstance(q, Ratio):
        value = [decimal_str(t) for t in q.terms] or None  # x:x, a placeholder: None
    else:
        value = _scalar_json(q)
    qualifier = None if q.qualifier is None else q.qualifier.value
    return {"value": value, "unit": _unit_label(q.unit), "qualifier": qualifier}


# The labels ../shared/eval/CONTRACT.md names for an amount per unit and a period: an amount per person is
# yuan/person whatever period it is paid by (每人每年, 每人每学期: the model keeps the period, PerUnit.per), an
# amount per student and a period yuan/student/year (每生每学期 as 每生每年). Other units are labelled as they are.
_PERIOD_LABELS = {"yuan/person/": "yuan/person", "yuan/student/": "yuan/student/year"}


def _unit_label(unit: str | None) -> str | None:
    """The JSON view's label of a unit (:data:`_PERIOD_LABELS`).

    >>> _unit_label("yuan/person/term"), _unit_label("yuan/student/term"), _unit_label("yuan/student")
    ('yuan/person', 'yuan/student/year', 'yuan/student')
    """
    if unit is not None:
        for head, label in _PERIOD_LABELS.items():
            if unit.startswith(head):
                return label
    return unit


# --- the converter ---------------------------------------------------------------------------

_TAGS: dict[type, str] = {Money: "money", Percent: "percent", Count: "count", Ratio: "ratio", Range: "range",
                          PerUnit: "per_unit"}

_converter = cattrs.Converter()
_converter.register_unstructure_hook(Decimal, decimal_str)
_converter.register_structure_hook(Decimal, _structure_decimal)
for _kind in (int, str, bool):
    _converter.register_structure_hook(_kind, _exactly(_kind))
for _union in (Scalar, Quantity):
    configure_tagged_union(_union, _converter, tag_generator=_TAGS.__getitem__, tag_name="type")
    # the same object, its tag first for a reader
    _converter.register_unstructure_hook(_union, lambda q: {"type": _TAGS[type(q)], **_converter.unstructure(q)})


def _with_view(cls: type[Indicator] | type[Target]) -> None:
    """Indicators and targets: the span, the quantity's flat view, then the item's own keys."""
    unstructure = make_dict_unstructure_fn(cls, _converter)

    def hook(item: Indicator | Target) -> dict[str, Any]:
        data = unstructure(item)
        out = {"start": data.pop("start"), "end": data.pop("end"), "text": data.pop("text")}
        out.update(quantity_view(item.quantity))
        out.update(data)
        return out

    _converter.register_unstructure_hook(cls, hook)


_with_view(Indicator)
_with_view(Target)


def _excerpt(cls: type[Section] | type[Point]) -> None:
    """Sections and points: the text they read (under ``text``, after the span, as a stored one is), not
    the report's text they read it from."""
    unstructure = make_dict_unstructure_fn(cls, _converter, _source=override(omit=True), _at=override(omit=True))
    structure = make_dict_structure_fn(cls, _converter, _source=override(rename="text"), _at=override(omit=True))

    def to(item: Section | Point) -> dict[str, Any]:
        return {"start": item.start, "end": item.end, "text": item.text, **unstructure(item)}

    _converter.register_unstructure_hook(cls, to)
    _converter.register_structure_hook(cls, structure)


_excerpt(Point)  # (before Section: a section's hooks are made with its points')
_excerpt(Section)


def _flat(data: dict[str, Any], key: str, item: Grounded | None, text: str | None) -> dict[str, Any]:
    """``key`` (an item) becomes its text (``text``) with ``key_start``/``key_end`` after it."""
    out: dict[str, Any] = {}
    for k, v in data.items():
        if k == key:
            out[key] = text
            out[f"{key}_start"] = None if item is None else item.start
            out[f"{key}_end"] = None if item is None else item.end
        else:
            out[k] = v
    return out


def _span_of(data: Mapping[str, Any], key: str) -> tuple[int, int]:
    start, end = data.get(f"{key}_start"), data.get(f"{key}_end")
    if type(start) is not int or type(end) is not int:
        raise FormatError(f"{key!r} without its span ({key}_start, {key}_end)")
    return start, end


_unstructure_rectification = make_dict_unstructure_fn(Rectification, _converter)
_structure_rectification = make_dict_structure_fn(Rectification, _converter)


def _rectification_to(r: Rectification) -> dict[str, Any]:
    return _flat(_unstructure_rectification(r), "problem", r.problem, r.problem.text)


def _rectification_from(data: Mapping[str, Any], _: type) -> Rectification:
    start, end = _span_of(data, "problem")
    problem = {"start": start, "end": end, "text": data["problem"], "source": "rectification"}
    return _structure_rectification({**data, "problem": problem}, Rectification)


_converter.register_unstructure_hook(Rectification, _rectification_to)
_converter.register_structure_hook(Rectification, _rectification_from)

_unstructure_report = make_dict_unstructure_fn(Report, _converter)
_structure_report = make_dict_structure_fn(Report, _converter)


def _report_to(report: Report) -> dict[str, Any]:
    title = report.title
    data = _flat(_unstructure_report(report), "title", title, None if title is None else title.clean)
    out: dict[str, Any] = {}
    for k, v in data.items():
        if k == "doc_numbers":
            out[k] = [d.normalized for d in report.doc_numbers]
            out["doc_number_spans"] = v
        else:
            out[k] = v
    return out


def _report_from(data: Mapping[str, Any], _: type) -> Report:
    text = data.get("text")
    if not isinstance(text, str):
        raise FormatError("no input text (key 'text'): a saved report loads back only with its text")
    fields = dict(data)
    clean = fields.pop("title", None)
    title = None
    if clean is not None:
        start, end = _span_of(data, "title")
        title = {"start": start, "end": end, "text": text[start:end], "clean": clean}
    fields["title"] = title
    fields["doc_numbers"] = fields.pop("doc_number_spans", [])
    return _structure_report(fields, Report)


_converter.register_unstructure_hook(Report, _report_to)
_converter.register_structure_hook(Report, _report_from)


# --- the public functions --------------------------------------------------------------------


def to_dict(report: Report, *, include_text: bool = True) -> dict[str, Any]:
    """The report as JSON-ready data (``docs/format.md``); with the input text, :func:`from_dict` loads it back.

    >>> import dutyreport
    >>> r = dutyreport.parse("某县教育工作自查报告\\n一、基本情况\\n全县投入资金3.2亿元。")
    >>> data = to_dict(r)
    >>> data["title"], data["indicators"][0]["value"], data["indicators"][0]["quantity"]["type"]
    ('某县教育工作自查报告', '320000000', 'money')
    >>> from_dict(data) == r
    True
    """
    data: dict[str, Any] = _converter.unstructure(report, Report)
    if not include_text:
        del data["text"]
    return data


def to_json(report: Report, *, include_text: bool = True, indent: int | None = 1) -> str:
    """The report as a JSON string (UTF-8 text, not ASCII-escaped)."""
    return json.dumps(to_dict(report, include_text=include_text), ensure_ascii=False, indent=indent)


def from_dict(data: Mapping[str, Any]) -> Report:
    """The :class:`~dutyreport.Report` that :func:`to_dict` gave; :class:`~dutyreport.FormatError` for any
    other data (a missing or mistyped key, a span that does not read back from the text)."""
    if not isinstance(data, Mapping):
        raise FormatError(f"a saved report is a JSON object, not {type(data).__name__}")
    try:
        report = _converter.structure(data, Report)
    except FormatError:
        raise
    except cattrs.BaseValidationError as exc:
        messages = cattrs.transform_error(exc, format_exception=_message)
        raise FormatError("not a saved report: " + "; ".join(messages)) from None
    except (ValueError, TypeError, KeyError) as exc:
        raise FormatError(f"not a saved report: {exc}") from None
    for where, item in _grounded_items(report):
        if report.text[item.start : item.end] != item.text:
            raise FormatError(f"{where} at {item.start}..{item.end} does not read back from the text", item.text)
    return _anchored(report)


def _anchored(report: Report) -> Report:
    """The report with its sections and points reading the report's text, as :func:`~dutyreport.parse`
    gives them (one string shared), not a copy of their own each (once they are known to read back)."""
    text = report.text

    def section(s: Section) -> Section:
        return attrs.evolve(
            s,
            text=text,
            text_at=0,
            children=tuple(section(c) for c in s.children),
            points=tuple(attrs.evolve(p, text=text, text_at=0) for p in s.points),
        )

    return attrs.evolve(report, sections=tuple(section(s) for s in report.sections))


def from_json(data: str | bytes) -> Report:
    """The :class:`~dutyreport.Report` that :func:`to_json` gave."""
    try:
        loaded = json.loads(data)
    except ValueError as exc:
        raise FormatError(f"not JSON: {exc}") from None
    return from_dict(loaded)


def _grounded_items(report: Report) -> Iterator[tuple[str, Grounded]]:
    """Every grounded item in a report, with where it stands (``indicators[3]``)."""

    def items(where: str, value: object) -> Iterator[tuple[str, Grounded]]:
        if isinstance(value, Grounded):
            yield where, value
        if isinstance(value, tuple):
            for k, v in enumerate(value):
                yield from items(f"{where}[{k}]", v)
        elif attrs.has(type(value)):
            for a in attrs.fields(typing.cast(Any, type(value))):
                v = getattr(value, a.name)
                if isinstance(v, (Grounded, tuple)):
                    yield from items(f"{where}.{a.name}" if where else a.name, v)

    yield from items("", report)


# --- the JSON Schema -------------------------------------------------------------------------

_DECIMAL_SCHEMA: dict[str, Any] = {"type": "string", "pattern": f"^{_DECIMAL_RE.pattern}$"}
_VIEW_SCALAR: dict[str, Any] = {"anyOf": [{"type": "null"}, {"type": "integer"}, _DECIMAL_SCHEMA]}
_VIEW_SCHEMA: dict[str, Any] = {
    "value": {
        "description": "the quantity as CONTRACT.md reads it: money in yuan and percentages as fractions "
        "(decimal strings), counts as ints where whole, [low, high] for a range, the terms of a ratio, "
        "null for a placeholder",
        "anyOf": [_VIEW_SCALAR, {"type": "array", "items": _VIEW_SCALAR, "minItems": 2}],
    },
    "unit": {"type": ["string", "null"]},
    "qualifier": {"enum": [None, *(q.value for q in Qualifier)]},
}


def json_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) of :func:`to_dict`'s dict, derived from the attrs classes.

    >>> schema = json_schema()
    >>> schema["$schema"], sorted(schema["properties"])[:4]
    ('https://json-schema.org/draft/2020-12/schema', ['admin_level', 'checks', 'corruptions', 'doc_number_spans'])
    """
    defs: dict[str, Any] = {}
    root = _object_schema(Report, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://dutyreport.invalid/report.schema.json",
        "title": "dutyreport Report",
        "description": "A parsed report as dutyreport.to_dict gives it (docs/format.md).",
        **root,
        "$defs": defs,
    }


def _ref(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    name = cls.__name__
    if name not in defs:
        defs[name] = {}  # a placeholder first: sections hold sections
        defs[name] = _object_schema(cls, defs)
    return {"$ref": f"#/$defs/{name}"}


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if tp is type(None):
        return {"type": "null"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is str:
        return {"type": "string"}
    if tp is Decimal:
        return _DECIMAL_SCHEMA
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [m.value for m in tp]}
    if origin is typing.Literal:
        return {"enum": list(args)}
    if origin in (typing.Union, types.UnionType):
        if all(a in _TAGS for a in args):  # a quantity, tagged with its type
            return {"oneOf": [_ref(a, defs) for a in args]}
        return {"anyOf": [_type_schema(a, defs) for a in args]}
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _type_schema(args[0], defs)}
        return {"type": "array", "prefixItems": [_type_schema(a, defs) for a in args], "items": False}
    if attrs.has(tp):
        return _ref(tp, defs)
    raise TypeError(f"no JSON Schema for {tp!r}")


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    """The object the converter makes of ``cls``, each adjustment above mirrored here."""
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = {}
    if cls in _TAGS:
        props["type"] = {"const": _TAGS[cls]}
    for a in attrs.fields(cls):
        if issubclass(cls, Excerpt) and a.name in ("_source", "_at"):
            if a.name == "_source":  # the text read, where a stored one stands
                props["text"] = {"type": "string"}
            continue
        props[a.name] = _type_schema(hints[a.name], defs)
        if issubclass(cls, Grounded) and a.name in ("start", "end"):
            props[a.name] = {**props[a.name], "minimum": 0}
    if cls in (Indicator, Target):
        props = _replace(props, "text", {"text": props["text"], **_VIEW_SCHEMA})
    if cls is Rectification:
        props = _replace(props, "problem", _flat_schema("problem", nullable=False))
    if cls is Report:
        props = _replace(props, "title", _flat_schema("title", nullable=True))
        strings = {"type": "array", "items": {"type": "string"}}
        props = _replace(props, "doc_numbers", {"doc_numbers": strings, "doc_number_spans": props["doc_numbers"]})
    schema = {"type": "object", "properties": props, "required": list(props), "additionalProperties": False}
    if cls is Report:  # a title has its span; no title, no span
        schema["if"] = {"properties": {"title": {"type": "string"}}}
        schema["then"] = {"properties": {"title_start": {"type": "integer"}, "title_end": {"type": "integer"}}}
        schema["else"] = {"properties": {"title_start": {"type": "null"}, "title_end": {"type": "null"}}}
    return schema


def _replace(props: dict[str, Any], key: str, new: dict[str, Any]) -> dict[str, Any]:
    """``props`` with ``key`` replaced by the properties ``new``, in its place."""
    out: dict[str, Any] = {}
    for k, v in props.items():
        out.update(new if k == key else {k: v})
    return out


def _flat_schema(key: str, *, nullable: bool) -> dict[str, Any]:
    offset = {"type": ["integer", "null"] if nullable else "integer", "minimum": 0}
    return {key: {"type": ["string", "null"] if nullable else "string"}, f"{key}_start": offset, f"{key}_end": offset}
