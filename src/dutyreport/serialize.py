"""The report as plain data: the JSON object ``../shared/eval/CONTRACT.md`` describes.

Built with a cattrs converter: Decimals become decimal strings, enums their values,
quantities their ``to_dict()`` view, and an indicator's quantity is spread into its
``value``/``unit``/``qualifier`` keys.
"""

from __future__ import annotations

import enum
import json
from decimal import Decimal
from typing import Any

import cattrs

from .model.quantities import Count, Money, Percent, PerUnit, Range, Ratio, decimal_str
from .model.report import Indicator, Report, Section

__all__ = ["to_dict", "to_json"]

_converter = cattrs.Converter()
_converter.register_unstructure_hook(Decimal, decimal_str)
_converter.register_unstructure_hook_func(lambda t: isinstance(t, type) and issubclass(t, enum.Enum), lambda e: e.value)
for _q in (Money, Percent, Count, Ratio, Range, PerUnit):
    _converter.register_unstructure_hook(_q, lambda q: q.to_dict())


def _indicator(i: Indicator) -> dict[str, Any]:
    q = i.quantity.to_dict()
    return {
        "text": i.text,
        "start": i.start,
        "end": i.end,
        "value": q["value"],
        "unit": q["unit"],
        "qualifier": q["qualifier"],
        "subject": i.subject,
        "year": i.year,
        "kind": i.kind.value,
        "section": list(i.section),
        "key": i.key,
        "dimensions": _converter.unstructure(i.dimensions),
    }


def _section(s: Section) -> dict[str, Any]:
    return {
        "number": s.number,
        "heading": s.heading,
        "level": s.level,
        "start": s.start,
        "end": s.end,
        "heading_start": s.heading_start,
        "heading_end": s.heading_end,
        "points": [_converter.unstructure(p) for p in s.points],
        "children": [_section(c) for c in s.children],
    }


_converter.register_unstructure_hook(Indicator, _indicator)
_converter.register_unstructure_hook(Section, _section)


def to_dict(report: Report, *, include_text: bool = False) -> dict[str, Any]:
    """The report as JSON-ready data (without the input text unless asked)."""
    data: dict[str, Any] = _converter.unstructure(report)
    if not include_text:
        del data["text"]
    data["doc_numbers"] = [d.normalized for d in report.doc_numbers]
    data["doc_number_spans"] = [_converter.unstructure(d) for d in report.doc_numbers]
    data["period"] = list(report.period)
    return data


def to_json(report: Report, *, include_text: bool = False, indent: int | None = 1) -> str:
    """The report as a JSON string (UTF-8 text, not ASCII-escaped)."""
    return json.dumps(to_dict(report, include_text=include_text), ensure_ascii=False, indent=indent)
