"""Which measures a figure may state, by its unit and amount: the tables :func:`dutyreport.indicators.keys.key_of`
reads a subject against.

Each unit of :data:`dutyreport.lang.measures.MEASURES` has one table (:class:`Fits`): the measures stated in it, the
names of their synonyms (:func:`dutyreport.indicators.synonyms.names_of`), the counts among them, and the measures
each set of names names (:class:`Named`). A plain 元 amount also fits the per-unit measures whose bound it is below
(生均…为9014元 is per student where it cannot be a total): the amounts between two bounds fit the same measures, so
there is one table for each such stretch. All the tables are built once, at import, from the measure table;
:func:`table_of` gives a quantity's by its type, unit and amount.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

from ..lang.measures import MEASURES, MeasureDef
from ..lang.numbers import TRADITIONAL
from ..model.quantities import Count, Money, Quantity, Range
from .synonyms import KEYS_BY_FIRST, Names, keys_named, names_of

__all__ = ["Fits", "Named", "named_in", "table_of"]

_BY_UNIT: dict[str | None, tuple[MeasureDef, ...]] = {
    unit: tuple(m for m in MEASURES if unit in m.units) for unit in {u for m in MEASURES for u in m.units}
}
_PER_UNIT = tuple(m for m in MEASURES if m.plain_yuan_below is not None and "yuan" not in m.units)
# The units some exact measure is stated in (a per-unit measure, added to yuan's, is never exact).
_EXACT_UNITS = frozenset(u for u, ms in _BY_UNIT.items() if any(m.exact for m in ms))
assert not any(m.exact for m in _PER_UNIT)
_FOLD_UNIT = str.maketrans({e.word: e.value for e in TRADITIONAL})
_FOLDED = frozenset(e.word for e in TRADITIONAL)  # (a unit holding none of them is its own folded form)
_SCALED = re.compile(r"[万亿千百]")


def _fitting(unit: str | None, amount: Decimal | None) -> tuple[MeasureDef, ...]:
    """The measures stated in this unit; for a plain 元 amount also the per-unit measures it may be
    the amount of (生均…为9014元 is per student, where it cannot be a total)."""
    fits = _BY_UNIT.get(unit, ())
    if unit == "yuan" and amount is not None:
        amount = abs(amount)
        fits += tuple(m for m in _PER_UNIT if amount < (m.plain_yuan_below or 0))
    return fits


class Fits(NamedTuple):
    """The measures a unit (and a plain 元 amount) fits (:func:`_fitting`), read once for every figure in it."""

    measures: tuple[MeasureDef, ...]
    names: Names  # their synonyms' first parts (:func:`names_of`)
    exact: bool  # some measure of the unit is exact (the unit is one of _EXACT_UNITS)
    counts: tuple[MeasureDef, ...]  # the measures without the exact ones (where a clause is no plain count)
    in_percent: bool  # the unit is percent
    number: int  # which of the tables (_YUAN_FITS, then _FITS) this is: a subject's readings are kept by it
    # the measures, and the counts, a text's names name (in their order): what key_of tries, looked up, not
    # filtered from the table for each text
    measures_named: Named
    counts_named: Named


def _fits(unit: str | None, amount: Decimal | None, number: int) -> Fits:
    measures = _fitting(unit, amount)
    counts = tuple(m for m in measures if not m.exact)
    return Fits(
        measures,
        names_of(measures),
        unit in _EXACT_UNITS,
        counts,
        unit == "percent",
        number,
        Named(measures),
        Named(counts),
    )


class Named:
    """The measures of a table (in its order) that the names a text holds name (first parts of synonyms,
    :func:`~dutyreport.indicators.synonyms.names_in`): for one name looked up, for several kept by the set of
    names once read (sets of the measure table's words, at most :data:`_NAMED_KEPT` kept for each table)."""

    __slots__ = ("_by_first", "_by_names", "_measures")

    def __init__(self, measures: tuple[MeasureDef, ...]) -> None:
        self._measures = measures
        named = {f: tuple(m for m in measures if m.key in keys) for f, keys in KEYS_BY_FIRST.items()}
        self._by_first = {f: ms for f, ms in named.items() if ms}
        self._by_names: dict[frozenset[str], tuple[MeasureDef, ...]] = {}

    def tried(self, names: frozenset[str]) -> tuple[MeasureDef, ...]:
        """The measures ``names`` name (the others match nothing)."""
        if len(names) == 1:
            return self._by_first.get(next(iter(names)), ())
        found = self._by_names.get(names)
        if found is None:
            found = named_in(self._measures, names)
            if len(self._by_names) < _NAMED_KEPT:
                self._by_names[names] = found
        return found


_NAMED_KEPT = 512


def named_in(measures: Sequence[MeasureDef], names: frozenset[str]) -> tuple[MeasureDef, ...]:
    """The measures of ``measures`` (in their order) some of ``names`` (first parts of synonyms) name.

    >>> from dutyreport.lang.measures import MEASURES
    >>> [m.key for m in named_in(MEASURES, frozenset({"公用经费"}))]
    ['teacher_training_funds_share_of_public_funds']
    """
    keys = keys_named(names)
    return tuple(m for m in measures if m.key in keys)


# The per-unit measures a plain 元 amount may be the amount of are those whose bound it is below: the amounts
# between two bounds fit the same measures, so the fits of each such stretch are read once (_YUAN_FITS, by
# bisect_right of the amount's size in the bounds).
_ZERO = Decimal(0)
_PER_UNIT_LIMITS = sorted({Decimal(m.plain_yuan_below or 0) for m in _PER_UNIT})  # (Decimals: compared with amounts)
_YUAN_FITS = tuple(_fits("yuan", limit, i) for i, limit in enumerate([_ZERO, *_PER_UNIT_LIMITS]))
_FITS: dict[str | None, Fits] = {unit: _fits(unit, None, len(_YUAN_FITS) + i) for i, unit in enumerate(_BY_UNIT)}
assert all(_FOLDED.isdisjoint(unit) for unit in _FITS if unit), "a unit of the table is written in simplified"


def table_of(q: Quantity) -> Fits | None:
    """The table of the measures stated in the quantity's unit (``None``: none is), for a plain 元 amount with the
    per-unit measures it may be the amount of; read by its type: only an amount of money has an amount, and only a
    count's unit (its measure word as written) is folded.

    >>> from dutyreport.model.quantities import Count
    >>> [m.key for m in table_of(Count(value=Decimal(12), measure_word="所", text="12所")).measures][:2]
    ['school_count', 'tutoring_institution_count']
    >>> table_of(Count(value=Decimal(3), measure_word="棵", text="3棵")) is None
    True
    """
    if type(q) is Range:
        q = q.high
    if type(q) is Money:
        amount = q.value
        if amount is None:
            if not q.text or _SCALED.search(q.text):
                return _FITS["yuan"]  # (a placeholder of 万元 or 亿元: no amount)
            amount = _ZERO
        return _YUAN_FITS[bisect.bisect_right(_PER_UNIT_LIMITS, abs(amount))]
    unit = q.measure_word if type(q) is Count else q.unit  # (a count's unit is its measure word: no property read)
    fits = _FITS.get(unit)  # (a unit of the table is its own folded form: looked up first, folded only if not there)
    if fits is None and unit is not None and not _FOLDED.isdisjoint(unit):
        fits = _FITS.get(unit.translate(_FOLD_UNIT))
    return fits
