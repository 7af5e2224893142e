"""The measure tables (indicators/fits.py): what fits a unit and an amount, read from the tables built at
import as the full filter of the measures reads it (tests/indicators/test_key_readings.py holds the reference)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st
from tests.indicators.test_key_readings import fits_for

from dutyreport.indicators import fits, synonyms
from dutyreport.lang.measures import MEASURES


def _fits_held(unit: str | None, amount: Decimal | None) -> None:

    measures = fits._fitting(unit, amount)
    table = fits_for(unit, amount)
    if not measures:
        assert table is None, unit
        return
    assert table is not None and table.measures == measures, (unit, amount)
    assert table.names == synonyms.names_of(measures)
    assert table.exact == (unit in fits._EXACT_UNITS)
    assert table.counts == tuple(m for m in measures if not m.exact)


_BOUNDS = sorted({m.plain_yuan_below for m in MEASURES if m.plain_yuan_below is not None})


def test_the_measures_a_unit_fits_are_read_from_the_tables_as_in_full() -> None:
    near = [Decimal(b) + d for b in _BOUNDS for d in (Decimal(-1), Decimal("-0.01"), Decimal(0), Decimal("0.01"))]
    amounts = [None, Decimal(0), Decimal("-0.5"), *near, *(-a for a in near)]
    for unit in [*{u for m in MEASURES for u in m.units}, "次", "萬元"]:
        for amount in amounts:
            _fits_held(unit, amount)


@given(st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-10**9, max_value=10**9))
def test_the_measures_a_plain_yuan_amount_fits_are_read_from_the_tables_as_in_full(amount: Decimal) -> None:
    _fits_held("yuan", amount)
