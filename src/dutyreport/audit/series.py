"""A series of years: the figures a ``分别为`` lists after a span of years, one a year (``2021—2023年,…支出
分别为14.62亿元、15.38亿元和16.05亿元``), then their total over the span (``,三年累计投入46.05亿元``) and the
yearly average rate of their change (``,年均增长4.8%``).

The indicators stage dates each figure of such a list by its year; a list is a series where those years
follow one another, one a figure.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator, Sequence
from decimal import Decimal

import regex

from ..lang.audit import RESPECTIVELY_ARE, SERIES_AVERAGE, SERIES_TOTAL
from ..model.quantities import Count, Money, Percent, PerUnit
from ..model.report import Check, CheckKind, Indicator, IndicatorKind
from ..patterns import matches_at
from .family import family
from .figures import Context, check, decimals, fmt, listed_from, plain, total_of, unit_family, value

__all__ = ["series_average_growth", "series_total"]

_ARE = regex.compile(RESPECTIVELY_ARE.pattern)
_TOTAL = regex.compile(SERIES_TOTAL.pattern)
_AVERAGE = regex.compile(SERIES_AVERAGE.pattern)
_WITHIN_ROUNDING = ", within the rounding of its figures"
_MOST_OVER = 2  # (a total more than twice the series' sum is of something else, not a slip of a digit)
_MOST_YEARS = 10  # (a longer list is no series of one report's years)

Series = tuple[list[Indicator], int]  # the series' figures, and the index of the figure after its last


def _series(ctx: Context, inds: Sequence[Indicator]) -> list[Series]:
    """Each series of the text, found once for the two families."""
    return ctx.once(_series, lambda: list(_find_series(ctx, inds)))


def _yearly(i: Indicator) -> bool:
    """A figure a series may hold: an amount or a count of one year, as written (no bound, no change)."""
    q = i.quantity
    return (
        isinstance(q, (Money, Count, PerUnit))
        and plain(i)
        and q.qualifier is None
        and i.kind is IndicatorKind.STOCK
        and i.year is not None
    )


def _find_series(ctx: Context, inds: Sequence[Indicator]) -> Iterator[Series]:
    starts = ctx.figures(inds).starts
    for m in matches_at(_ARE, ctx.text, ctx.respectively()):
        _, s_end = ctx.sentence(m.start())
        listed = listed_from(ctx, inds, starts, m.start(), m.end(), s_end)
        if not 2 <= len(listed) <= _MOST_YEARS or not all(_yearly(i) for i in listed):
            continue
        if len({unit_family(i) for i in listed}) != 1 or ctx.per_unit(listed[0]):
            continue
        years = [int(i.year or 0) for i in listed]
        if any(b != a + 1 for a, b in itertools.pairwise(years)):
            continue  # (the years follow one another, one a figure)
        yield listed, bisect.bisect_left(starts, listed[-1].start) + 1


@family(CheckKind.PARTS_TOTAL)
def series_total(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``…分别为14.62亿元、15.38亿元和16.05亿元,三年累计投入46.05亿元``: a series and its total over the span."""
    text = ctx.text
    out: list[Check] = []
    for listed, k in _series(ctx, inds):
        if k >= len(inds):
            continue
        total = inds[k]
        if not _TOTAL.fullmatch(text, listed[-1].end, total.start) or unit_family(total) != unit_family(listed[0]):
            continue
        if not plain(total) or total.quantity.qualifier is not None:
            continue
        tv = value(total)
        assert tv is not None
        found = total_of(listed)
        if not max(value(i) or 0 for i in listed) < tv <= found * _MOST_OVER:
            continue  # (累计投入资金2.3亿元 after yearly figures of 8亿元: a sum of something else)
        terms = " + ".join(i.text for i in listed)
        holds, note = found == tv, ""
        if not holds:
            # the parts as rounded, each up to half its last digit off, and the total too
            slack = sum((ctx.rounding(i) for i in listed), Decimal(0)) + ctx.rounding(total)
            holds, note = abs(found - tv) <= slack, _WITHIN_ROUNDING
        if holds:
            claim = f"{terms} = {total.text} ({listed[0].year}—{listed[-1].year}{note if found != tv else ''})"
        else:
            written = fmt(found / ctx.scale(total), decimals(total) or 2)
            claim = f"{terms} = {written} ≠ {total.text} ({listed[0].year}—{listed[-1].year})"
        out.append(check(CheckKind.PARTS_TOTAL, claim, holds, [*listed, total], found))
    return out


@family(CheckKind.GROWTH)
def series_average_growth(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``…分别为14.62亿元、15.38亿元和16.05亿元,…年均增长4.8%``: the yearly average rate of a series' rise,
    compounded (``(16.05 / 14.62)^(1/2) - 1``) or as the mean of its yearly rates (either, as reports
    compute it both ways), after the series or after its total."""
    text = ctx.text
    out: list[Check] = []
    for listed, k in _series(ctx, inds):
        after = listed[-1]
        for j in (k, k + 1):  # (right after the series, or after its total)
            if j >= len(inds):
                break
            p = inds[j]
            if _AVERAGE.fullmatch(text, after.end, p.start):
                found = _average_growth(ctx, listed, p)
                if found is not None:
                    out.append(found)
                break
            if j > k or not _TOTAL.fullmatch(text, listed[-1].end, p.start):
                break
            after = p
    return out


def _average_growth(ctx: Context, listed: list[Indicator], p: Indicator) -> Check | None:
    """The check that ``p`` is the yearly average rate of the series ``listed``."""
    q = p.quantity
    if not isinstance(q, Percent) or q.percentage_point or q.qualifier is not None or not plain(p):
        return None
    values = [value(i) for i in listed]
    if any(v is None or v <= 0 for v in values):
        return None
    vs = [v for v in values if v is not None]
    n = len(vs) - 1
    compound = ((vs[-1] / vs[0]) ** (Decimal(1) / n) - 1) * 100
    mean = sum(((b / a - 1) * 100 for a, b in itertools.pairwise(vs)), Decimal(0)) / n
    holds = ctx.agrees(compound, p) or ctx.agrees(mean, p)
    shown = compound if ctx.agrees(compound, p) or not holds else mean
    first, last = listed[0], listed[-1]
    terms = f"({last.text} / {first.text})^(1/{n}) - 1" if shown is compound else f"mean of {n} yearly rates"
    label = f"年均增长, {first.year}—{last.year}"
    claim = ctx.claim(f"{terms}", shown, p, holds, label=label, shown=shown)
    if shown is not compound:
        claim = f"{first.text} -> {last.text}: {claim}"
    return check(CheckKind.GROWTH, claim, holds, [*listed, p], shown)
