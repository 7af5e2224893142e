"""The grammar's shortcuts for the most common figures give what its full steps give.

A figure of plain digits and a unit (20所, 1350人, 12%) is read in one step, and a unit that is a plain count
finds its measure word in one table; each test below holds one shortcut to the steps it stands for, for every
unit the grammar reads.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dutyreport.lang.numbers import MEASURE_WORDS, MONEY_UNITS, REGION_UNITS
from dutyreport.quantities import grammar
from dutyreport.quantities.grammar import QUANTITY, interpret

_UNITS = sorted(
    {e.word for e in (*MEASURE_WORDS, *MONEY_UNITS, *REGION_UNITS)}
    | {"个" + e.word for e in MEASURE_WORDS}
    | {"%", "个百分点", "百分点", "成"}
)


class _Everything:
    """A set holding every unit: as :data:`grammar._SCALED_TAILS`, it keeps every figure off the one-step read
    (digits before a unit are never a scaled measure, so the steps after it read them as they are)."""

    def __contains__(self, item: object) -> bool:
        return True


def _view(q: Any) -> tuple[str, dict[str, Any], str]:
    return type(q).__name__, q.to_dict(), q.text


@pytest.mark.parametrize("unit", _UNITS)
@pytest.mark.parametrize("money", [False, True])
def test_a_counted_unit_keeps_the_measure_word_the_full_steps_give(
    unit: str, money: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = [_view(grammar._unit_quantity(v, unit, None, "x", money=money)) for v in (Decimal(12), None)]
    monkeypatch.setattr(grammar, "_COUNTED", {})
    assert found == [_view(grammar._unit_quantity(v, unit, None, "x", money=money)) for v in (Decimal(12), None)]


def test_most_units_are_counted() -> None:
    assert len(grammar._COUNTED) > 50  # (the table is used: measure words and 个 + a measure word)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**12).map(str) | st.sampled_from(["0", "007", "1" * 64, "1" * 65]), st.sampled_from(_UNITS))
def test_plain_digits_and_a_unit_read_as_the_full_steps_read_them(digits: str, unit: str) -> None:
    text = digits + unit
    m = QUANTITY.fullmatch(text)
    if m is None or m.lastgroup != "scalar":
        return
    found = [_read(m, money) for money in (False, True)]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(grammar, "_SCALED_TAILS", _Everything())
        assert found == [_read(m, money) for money in (False, True)]


def _read(m: Any, money: bool) -> object:
    try:
        return _view(interpret(m, money=money))
    except ValueError as e:
        return type(e).__name__
