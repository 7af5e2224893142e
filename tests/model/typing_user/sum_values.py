"""User code that ``mypy --strict`` must accept: it computes with a report's typed values.

``tests/model/test_model.py`` runs mypy on this file (and on ``misuse.py``, which it must reject).
"""

from __future__ import annotations

from decimal import Decimal

import dutyreport
from dutyreport import Indicator, Report


def total_of(r: Report) -> Decimal:
    total: Decimal = sum((i.value for i in r.indicators if isinstance(i.value, Decimal)), Decimal(0))
    return total


def money(r: Report) -> list[Decimal]:
    return [i.value for i in r.indicators if i.unit == "yuan" and isinstance(i.value, Decimal)]


def widest_range(r: Report) -> Decimal | None:
    widths = [
        hi - lo
        for i in r.indicators
        if isinstance(i.quantity, dutyreport.Range)
        for lo, hi in [i.quantity.value]
        if lo is not None and hi is not None
    ]
    return max(widths, default=None)


def where(i: Indicator, r: Report) -> str:
    assert r.text[i.start : i.end] == i.text
    title = r.title.clean if r.title is not None else ""
    return f"{title}: {i.text} ({i.qualifier.value if i.qualifier else 'exact'})"


def round_trip(r: Report) -> bool:
    data: dict[str, object] = r.to_dict()
    return Report.from_dict(data) == r and Report.from_json(r.to_json()) == r
