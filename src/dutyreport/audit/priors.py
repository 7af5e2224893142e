"""A change whose base the report states elsewhere: ``2023年…支出10.35亿元,比上年增长5.6%`` where another
section (a rectification report's 问题表现) states ``2022年…支出9.80亿元``; and ``…占比提高到48.9%,提高6.4个
百分点`` where the same figure was stated before (``…占比为42.5%``).

The base is a figure of the same subject, as subjects are compared (:meth:`~.figures.Context.subject`,
equal, not alike), outside the change's sentence (where its sentence states it, :mod:`.growth` reads it);
for ``比上年`` of the year before, the one value the report gives for it (two values: no base is certain);
for ``提高到…,提高…`` the last such figure before.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import regex

from ..lang.audit import (
    BASE_CHANGE,
    FALL_VERBS,
    FROM_TO_DOWN,
    FROM_TO_UP,
    FROM_WORDS,
    GOVERNMENT_SCOPES,
    RATE_AFTER_CHANGE,
    RISE_SLOGANS,
    RISE_VERBS,
)
from ..lang.measure_words import AREA_WORDS, SECTOR_WORDS
from ..lang.punctuation import COLONS, COMMAS
from ..lang.script import alternation, fold
from ..model.quantities import Count, Money, Percent, PerUnit, Qualifier
from ..model.report import Check, CheckKind, Indicator, IndicatorKind
from .family import family
from .figures import Context, check, plain, unit_family, value
from .growth import rounded_rate
from .subjects import level_of

__all__ = ["goal_over_last_year", "prior_elsewhere"]

_BASE_CHANGE = regex.compile(BASE_CHANGE.pattern)
_RATE_AFTER_CHANGE = regex.compile(RATE_AFTER_CHANGE.pattern)
_RAISED_TO = regex.compile(rf"(?:{FROM_TO_UP.pattern}|{FROM_TO_DOWN.pattern})$")
_FROM = re.compile(FROM_WORDS.pattern)
_FALL = regex.compile(alternation(FALL_VERBS))
_GROWING = regex.compile(f"{alternation(RISE_VERBS)}|{RISE_SLOGANS.pattern}")
_CHANGE_GAP = 20  # (the most words between a figure and its change: ,比2022年同期增长了)
_RAISED_TO_REACH = 4  # (提高到, 降低至: the words right before the figure)
_GOAL_SUBJECT = 6  # (the shortest end of a goal's subject read as the subject of the figure it is held to)
_SAME_ORDER = (Decimal("0.5"), Decimal(2))  # a year's amount against the year before's: of one order
_SHORTEST_SUBJECT = 3  # (a shorter subject names too little to be one figure's: 小学, 学校; 大班额 is enough)
_BASE_REACH = 30_000  # (the farthest a change's base may stand from it: about a long report's length)
_SCOPE_WORDS = tuple(e.word for e in (*AREA_WORDS, *SECTOR_WORDS))
_GOVERNMENT_WORDS = tuple(e.word for e in GOVERNMENT_SCOPES)
_CLAUSE_MARKS = COMMAS + COLONS  # (a clause's words end at these, besides a part's ends)


_LEVEL_TYPES = frozenset({Money, Count, PerUnit, Percent})  # (the quantity types have no subclasses)


def _level_quantity(q: Any) -> bool:
    """An amount, a count or a percentage as stated (not in points), with no bound."""
    return type(q) in _LEVEL_TYPES and q.qualifier is None and not (type(q) is Percent and q.percentage_point)


def _level(i: Indicator) -> bool:
    """A figure a change may be of or from: an amount, a count or a percentage as stated (no bound)."""
    return i.kind is IndicatorKind.STOCK and _level_quantity(i.quantity) and plain(i)


class _Bases:
    """The figures a change may be from, by their subjects as subjects are compared, read once per report: a
    change looks its base up among those of its subject within :data:`_BASE_REACH` characters of it (a report's
    length: a text of many reports pairs no figures across them, and the time stays linear)."""

    __slots__ = ("by_subject", "by_tail", "ctx", "scopes")

    def __init__(self, ctx: Context, inds: Sequence[Indicator]) -> None:
        self.ctx = ctx
        # subject -> (the starts, the figures), in reading order
        self.by_subject: dict[str, tuple[list[int], list[Indicator]]] = {}
        self.by_tail: dict[str, tuple[list[int], list[Indicator]]] = {}  # (by the subject's last characters)
        self.scopes: dict[int, tuple[frozenset[str], frozenset[str]]] = {}  # (a figure's scope by its start, read once)
        # (_level of each figure with a subject, read with the figures' plains read once per parse)
        by_subject, by_tail, bare, stock = self.by_subject, self.by_tail, ctx.bare, IndicatorKind.STOCK
        for i, is_plain in zip(inds, ctx.figures(inds).plains, strict=True):
            if not is_plain or i.kind is not stock or not i.subject or not _level_quantity(i.quantity):
                continue
            subject = bare(i.subject)
            start = i.start
            for key, index in ((subject, by_subject), (subject[-_SHORTEST_SUBJECT:], by_tail)):
                entry = index.get(key)
                if entry is None:
                    index[key] = ([start], [i])
                else:
                    entry[0].append(start)
                    entry[1].append(i)

    def _near(self, index: dict[str, tuple[list[int], list[Indicator]]], key: str, of: Indicator) -> list[Indicator]:
        starts, found = index.get(key, ((), ()))
        lo = bisect.bisect_left(starts, of.start - _BASE_REACH)
        hi = bisect.bisect_right(starts, of.start + _BASE_REACH)
        return list(found[lo:hi])

    def scope(self, i: Indicator) -> tuple[frozenset[str], frozenset[str]]:
        found = self.scopes.get(i.start)
        if found is None:
            found = self.scopes[i.start] = _scope(self.ctx, i)
        return found

    def same(self, subject: str, of: Indicator) -> list[Indicator]:
        """The figures whose subject is ``subject``, in reading order, of the scope of ``of``."""
        if len(subject) < _SHORTEST_SUBJECT:
            return []
        scope = self.scope(of)
        return [i for i in self._near(self.by_subject, subject, of) if _same_scope(self.scope(i), scope)]

    def named_longer(self, subject: str, of: Indicator) -> list[Indicator]:
        """The figures where the measure is named with more words before it (督导时全县56人以上大班额38个 …
        大班额减少至12个), the words adding no school level (初中大班额 is not the county's 大班额) nor another
        scope: read where no figure of the very subject is."""
        if len(subject) < _SHORTEST_SUBJECT:
            return []
        level, scope = level_of(subject), self.scope(of)
        return [
            i
            for i in self._near(self.by_tail, subject[-_SHORTEST_SUBJECT:], of)
            if (b := self.ctx.subject(i)).endswith(subject)
            and level_of(b) == level
            and _same_scope(self.scope(i), scope)
        ]


def _scope(ctx: Context, i: Indicator) -> tuple[frozenset[str], frozenset[str]]:
    """The area and sector (城区, 公办), and the government (全市, 全县), the words of a figure's clause name before
    it."""
    part_start = ctx.part(i.start)[0]
    clause_start = max(ctx.text.rfind(c, part_start, i.start) for c in _CLAUSE_MARKS) + 1  # (-1 + 1: none)
    words = fold(ctx.text[max(part_start, clause_start) : i.start])
    return frozenset(w for w in _SCOPE_WORDS if w in words), frozenset(w for w in _GOVERNMENT_WORDS if w in words)


def _same_scope(a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether two figures are of one scope: the same area and sector, and the same government where both name
    one (a figure naming none is the report's own government's)."""
    return a[0] == b[0] and (a[1] == b[1] or not a[1] or not b[1])


@family(CheckKind.GROWTH)
def prior_elsewhere(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """A figure and its change against a base stated outside its sentence: the year before's figure of
    the same subject (``比上年增长5.6%``), or the same subject's last figure before (``提高到…,提高…``)."""
    text = ctx.text
    out: list[Check] = []
    bases_of: _Bases | None = None  # (made where the first change is met: most reports state few)
    for k in range(1, len(inds)):
        c = inds[k]
        if c.kind is not IndicatorKind.CHANGE or not plain(c):
            continue
        a = inds[k - 1]
        if c.start - a.end > _CHANGE_GAP or not _level(a):
            continue
        s_start, s_end = ctx.sentence(a.start)
        said = _BASE_CHANGE.fullmatch(text, a.end, c.start)
        if said is None:
            if not _RATE_AFTER_CHANGE.fullmatch(text, a.end, c.start):
                continue
            if not _RAISED_TO.search(text, max(s_start, a.start - _RAISED_TO_REACH), a.start):
                continue
            if _FROM.search(text, ctx.part(a.start)[0], a.start):
                continue  # (由A提高到B: the base is in the sentence)
        if bases_of is None:
            bases_of = _Bases(ctx, inds)
        before = [b for b in bases_of.same(ctx.subject(a), a) if not s_start <= b.start < s_end]
        if not before:
            before = [b for b in bases_of.named_longer(ctx.subject(a), a) if not s_start <= b.start < s_end]
        before = [b for b in before if unit_family(b) == unit_family(a)]
        if said is not None:
            year = said.group("y")
            if not year and a.year is None:
                continue  # (比上年 of a figure of no year: which year is the base's is not known)
            base_year = int(year) if year else (a.year or 0) - 1
            bases = [b for b in before if b.year == base_year]
            if len({value(b) for b in bases}) != 1:
                continue  # (none, or two values of that year: which one is the base is not certain)
            base = bases[0]
            years = f"{a.year} vs {base_year}"
        else:
            bases = [b for b in before if b.start < a.start and (b.year is None or a.year is None or b.year < a.year)]
            if not bases:
                continue
            base = bases[-1]
            years = " vs ".join(str(y) for y in (a.year, base.year) if y)
        sign = -1 if _FALL.search(text, a.end, c.start) else 1
        found = _change(ctx, a, base, c, sign, years, yearly=said is not None)
        if found is not None:
            out.append(found)
    return out


def _change(
    ctx: Context, new: Indicator, old: Indicator, c: Indicator, sign: int, years: str, *, yearly: bool
) -> Check | None:
    """The check that ``c`` is the change from ``old`` to ``new``: points for percentages, a rate or an
    amount for amounts and counts (a fall's, ``sign`` -1, without its sign); a ``yearly`` change (against
    the year before) of amounts and counts is of one order (:data:`_SAME_ORDER`), or not read."""
    vn, vo = value(new), value(old)
    assert vn is not None and vo is not None
    cq = c.quantity
    if isinstance(new.quantity, Percent):
        if not (isinstance(cq, Percent) and cq.percentage_point):
            return None
        return _difference(ctx, new, old, c, sign, years)
    if vo <= 0 or (yearly and not _SAME_ORDER[0] <= vn / vo <= _SAME_ORDER[1]):
        return None
    if isinstance(cq, Percent):
        if cq.percentage_point:
            return None
        rate = (vn - vo) / vo * 100
        holds = ctx.agrees(rate * sign, c) or rounded_rate(ctx, new, old, c, sign)
        word = "降幅" if sign < 0 else "增幅"
        label = ", ".join(x for x in (word, years) if x)
        claim = ctx.claim(f"({new.text} - {old.text}) / {old.text}", rate * sign, c, holds, label=label, shown=rate)
        return check(CheckKind.GROWTH, claim, holds, [old, new, c], rate)
    if unit_family(c) != unit_family(new):
        return None
    return _difference(ctx, new, old, c, sign, years)


def _difference(ctx: Context, new: Indicator, old: Indicator, c: Indicator, sign: int, years: str) -> Check:
    """The check that ``c`` is the difference of two figures (a fall's, ``sign`` -1, old less new)."""
    vn, vo = value(new), value(old)
    assert vn is not None and vo is not None
    diff = (vn - vo) * sign
    terms = f"{new.text} - {old.text}" if sign > 0 else f"{old.text} - {new.text}"
    holds = ctx.agrees(diff, c)
    claim = ctx.claim(terms, diff, c, holds, label=", ".join(x for x in (new.subject, years) if x))
    return check(CheckKind.GROWTH, claim, holds, [old, new, c], diff)


@family(CheckKind.BOUND)
def goal_over_last_year(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``确保2024年一般公共预算教育支出不低于13亿元`` in a sentence that keeps it growing (只增不减, 增长),
    after ``2023年…支出12.68亿元``: a goal for a year is at least the year before's figure of the same subject
    (the one value the report gives for it)."""
    text = ctx.text
    out: list[Check] = []
    bases_of: _Bases | None = None
    for k in ctx.figures(inds).qualified():
        goal = inds[k]
        if goal.kind is IndicatorKind.CHANGE or goal.quantity.qualifier is not Qualifier.AT_LEAST:
            continue
        if not isinstance(goal.quantity, (Money, PerUnit)) or not plain(goal) or goal.year is None:
            continue
        s_start, s_end = ctx.sentence(goal.start)
        if not _GROWING.search(text, s_start, s_end):
            continue
        # (the subject, or the longest end of it that names a figure: 确保一般公共预算教育支出 … 一般公共预算教育支出)
        subject = ctx.subject(goal)
        ends = (subject[n:] for n in range(len(subject) - _GOAL_SUBJECT + 1))
        if bases_of is None:
            bases_of = _Bases(ctx, inds)
        bases = next((found for e in ends if (found := bases_of.same(e, goal))), [])
        bases = [b for b in bases if b.year == goal.year - 1 and unit_family(b) == unit_family(goal)]
        if len({value(b) for b in bases}) != 1:
            continue  # (none, or two values of that year: which one the goal is held to is not certain)
        base = bases[0]
        vg, vb = value(goal), value(base)
        assert vg is not None and vb is not None
        holds = vg >= vb
        sym = ">=" if holds else "<"
        claim = f"{goal.text} ({goal.year}) {sym} {base.text} ({base.year}) ({goal.subject or ''}, 只增不减)"
        out.append(check(CheckKind.BOUND, claim, holds, [base, goal], vg))
    return out
