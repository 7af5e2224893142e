"""User code that ``mypy --strict`` must reject, each line marked with the error it must get.

A value is a Decimal, a tuple or None: it cannot be used as a Decimal until it is narrowed.
"""

from __future__ import annotations

from decimal import Decimal

from dutyreport import Indicator, Report


def unnarrowed(i: Indicator) -> Decimal:
    return i.value  # E: return-value


def as_string(i: Indicator) -> str:
    return i.value  # E: return-value


def title_as_text(r: Report) -> str:
    return r.title  # E: return-value


def summed(r: Report) -> Decimal:
    return sum((i.value for i in r.indicators), Decimal(0))  # E: type-var
