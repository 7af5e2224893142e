"""Comparisons between figures: stated (``工资98,650元,高于公务员（96,420元）``), respective
(``0.418、0.362,分别低于0.50和0.45``), against the bounds of a standard stated after them
(``均达到国家标准（小学≤0.65、初中≤0.55）``), teachers' pay against civil servants' where both are
given, and a figure reached against the goal stated as a bound before it (``不少于60名`` … ``64名``).

Every family here emits ``BOUND``: one figure at least, at most, above or below another.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from decimal import Decimal

import regex

from ..lang.audit import (
    BOUND_SYMBOLS,
    CIVIL_SERVANT_PAY,
    COMPARE_ADVERBS,
    COMPARISONS,
    MEETS_STANDARD,
    PRIOR_YEARS,
    RESPECTIVELY,
    SAME_PERIOD,
    STANDARD_WORDS,
    TARGET_WORDS,
    TEACHER_PAY,
    YEAR_ON_YEAR,
)
from ..lang.punctuation import COLONS, COMMAS, LIST_MARKS, OPEN_BRACKETS
from ..model.quantities import Money, Percent, PerUnit, Qualifier
from ..model.report import Check, CheckKind, Indicator, IndicatorKind
from ..patterns import first_chars, first_chars_of, known, matches_at
from .family import family
from .figures import WINDOW, Context, check, listed_from, plain, unit_family, value

__all__ = ["comparison", "pay_parity", "respective_comparison", "standard_bounds", "target_met"]

_KIND = CheckKind.BOUND

_SYMBOL = {"gt": ">", "ge": ">=", "lt": "<", "le": "<="}
_HOLDS: dict[str, Callable[[Decimal, Decimal], bool]] = {
    "gt": Decimal.__gt__,
    "ge": Decimal.__ge__,
    "lt": Decimal.__lt__,
    "le": Decimal.__le__,
}
# The comparison words, each in a group named by the relation it states (two rows state ``gt``:
# ``regex`` allows a name twice).
_RELATIONS = "|".join(f"(?P<{rel}>{e.pattern})" for rel, e in COMPARISONS)
# Words that make the figure after a comparison a difference from last year, not the figure compared.
_PRIOR_WORDS = f"(?:{PRIOR_YEARS.pattern}|{SAME_PERIOD.pattern}|{YEAR_ON_YEAR.pattern})"
# ``…98,650元,仍高于县公务员（96,420元）``: what stands between a figure and the figure it is compared with.
_COMPARE = regex.compile(
    rf"""
    [,，] \s* (?P<adverb>{COMPARE_ADVERBS.pattern})?   # ,仍
    (?:{_RELATIONS})                                    # 高于
    (?! [^0-9，,。；;]*? {_PRIOR_WORDS} )              # (not 低于去年同期…: a difference from last year)
    (?P<whose>[^0-9，,。；;：:、]{{0,14}}?)              # 县公务员
    [（(]?
    """,
    regex.VERBOSE,
)
# ``小学0.418、初中0.362，分别低于0.50和0.45``: figures compared one by one with the ones after the words.
_RESPECTIVE_COMPARE = regex.compile(
    rf"""
    {RESPECTIVELY.pattern}     # 分别
    (?:{_RELATIONS})           # 低于
    """,
    regex.VERBOSE,
)
_COMPARE_OPENS = ",，"  # (the class _COMPARE opens with)
# What stands right after that comma where it is no white space: an adverb's or a comparison's first character
_COMPARE_SECOND = re.compile(f"(?:{COMPARE_ADVERBS.pattern})?(?:{'|'.join(e.pattern for _, e in COMPARISONS)})")
_COMPARE_SECONDS = known(first_chars(_COMPARE_SECOND), _COMPARE_SECOND.pattern)
_ANY_COMPARISON = re.compile("|".join(e.pattern for _, e in COMPARISONS))
# ``…,均达到国家标准（小学≤…``: between the figures and the bounds they meet.
_MEETS = re.compile(
    rf"""
    [,，] \s* (?:{MEETS_STANDARD.pattern})    # ,均达到
    [^0-9，,。；;]{{0,24}}?                     # 国家基本均衡标准
    [（(：:] \s*
    [^0-9，,。；;、]{{0,6}}?                    # 小学
    """,
    re.VERBOSE,
)
_MEETS_OPENS = tuple(",，")
_MEETS_WORD = known(first_chars_of(MEETS_STANDARD.pattern), MEETS_STANDARD.pattern)  # (均, 达, 符 …)
_BOUND_SEP = regex.compile(r"[、,，；;]\s*[^0-9，,。；;、]{0,6}?")
_SYMBOL_CHARS = "".join(e.word for e in BOUND_SYMBOLS)
_QUALIFIER_RELATION = {
    Qualifier.AT_MOST: "le",
    Qualifier.LESS_THAN: "lt",
    Qualifier.AT_LEAST: "ge",
    Qualifier.MORE_THAN: "gt",
}
_SYMBOLS_OF = {str(e.value): e.word for e in BOUND_SYMBOLS}
_WORDS_OF = {rel: e.pattern for rel, e in COMPARISONS}
_ENDS_AT_MOST = re.compile(rf"(?:[{_SYMBOLS_OF['le']}]|{_WORDS_OF['le']})$")
_ENDS_AT_LEAST = re.compile(rf"(?:[{_SYMBOLS_OF['ge']}]|{_WORDS_OF['ge']})$")
_NAME_BREAKS = OPEN_BRACKETS + LIST_MARKS + COMMAS + COLONS
# a standard or a goal named right after a figure (低于80%的省定要求; 不超过5%的控制目标)
_NORM_AFTER = regex.compile(rf"的?[^0-9，,。；;、]{{0,6}}?(?:{STANDARD_WORDS.pattern}|{TARGET_WORDS.pattern})")
_TEACHER_PAY = re.compile(TEACHER_PAY.pattern)
_CIVIL_SERVANT_PAY = re.compile(CIVIL_SERVANT_PAY.pattern)
_PAY_RATIO = (Decimal("0.5"), Decimal(2))  # two groups' pay: of one order (a difference is far smaller)
_GOAL_KINDS = (IndicatorKind.TARGET, IndicatorKind.STANDARD)  # 到2024年…不少于60名; 平均班额不超过48人


def _relation(m: regex.Match[str]) -> str:
    """Which comparison (gt, ge, lt, le) a match of a comparison pattern names."""
    return str(next(r for r, v in m.groupdict().items() if v is not None and r in _SYMBOL))


def _compare_value(ind: Indicator) -> Decimal | None:
    q = ind.quantity
    if isinstance(q, Percent) and q.percentage_point:
        return None
    return value(ind)


@family(_KIND)
def comparison(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``工资98,650元,高于公务员（96,420元）`` / ``占比43.6%,低于全省50%的目标``: a stated comparison."""
    text = ctx.text
    out: list[Check] = []
    figs = ctx.figures(inds)
    fams = figs.fams
    for k in figs.pairs():  # (of one family, both plain)
        if fams[k] in (None, "pp"):
            continue
        a, b = inds[k], inds[k + 1]
        if a.kind is IndicatorKind.CHANGE or b.kind is IndicatorKind.CHANGE:
            continue
        if a.quantity.qualifier is not None:
            continue
        if text[a.end : a.end + 1] not in _COMPARE_OPENS:
            continue  # (a comparison opens with a comma)
        second = text[a.end + 1 : a.end + 2]
        if second and not second.isspace() and second not in _COMPARE_SECONDS:
            continue  # (then its adverb or its comparison word, after any white space)
        m = _COMPARE.fullmatch(text[a.end : b.start])
        if m is None:
            m = _compare_in_bound(text, a, b)
            if m is None:
                continue
        va, vb = _compare_value(a), _compare_value(b)
        if va is None or vb is None:
            continue
        if _a_margin(m, a, va, vb):
            continue  # 工资9.86万元,高于当地公务员平均水平0.12万元: by how much, not the figure compared with
        rel = _relation(m)
        word = m.group(rel)
        label = b.subject or ""
        label = label if label.startswith(word) else word + label  # (高于公务员…, not 高于高于公务员…)
        year = ctx.year(a)
        shown = b.text.removeprefix(word)  # (低于80%: the figure without the word read as its bound)
        claim = f"{a.subject or ''} {a.text} {_SYMBOL[rel]} {shown} ({label}{', ' + year if year else ''})"
        out.append(check(_KIND, claim, _HOLDS[rel](va, vb), [a, b], va))
    return out


def _compare_in_bound(text: str, a: Indicator, b: Indicator) -> regex.Match[str] | None:
    """``配备率63.2%,低于80%的省定要求``: the comparison word read as the second figure's bound (its text opens
    with it; the figure, the norm, is read with no bound of its own), where a standard or a goal is named right after
    that figure (not ``低于80%的学校``, a threshold)."""
    if not _NORM_AFTER.match(text, b.end):
        return None
    digit = next((n for n, ch in enumerate(b.text) if ch.isdigit()), 0)
    if not digit:
        return None
    return _COMPARE.fullmatch(text[a.end : b.start] + b.text[:digit])


def _a_margin(m: regex.Match[str], a: Indicator, va: Decimal, vb: Decimal) -> bool:
    """Whether the figure after a comparison's noun may be the margin rather than the figure compared
    with: an amount or a count right after the noun (no bracket), not of the first figure's order
    (:data:`_PAY_RATIO`: ``高于公务员年平均工资11.08万元`` compares, ``…平均水平0.12万元`` is by how much)."""
    if m.group().rstrip()[-1:] in OPEN_BRACKETS or isinstance(a.quantity, Percent):
        return False
    return not (va > 0 and _PAY_RATIO[0] <= vb / va <= _PAY_RATIO[1])


@family(_KIND)
def respective_comparison(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``小学0.418、初中0.362，分别低于0.50和0.45的国家标准``: the figures right before 分别低于 are compared
    one by one, in order, with as many figures of their kind listed right after it."""
    text = ctx.text
    out: list[Check] = []
    starts = ctx.figures(inds).starts
    # (every match opens with 分别, as the pattern is written: tried where that stands, found once per parse
    # for the families that read it, not by a scan of the text)
    for m in matches_at(_RESPECTIVE_COMPARE, text, ctx.respectively()):
        s_start, s_end = ctx.sentence(m.start())
        # (the first figure after it may have taken 低于 as its qualifier)
        after = listed_from(ctx, inds, starts, m.start() + len(RESPECTIVELY.pattern), m.end(), s_end)
        j = bisect.bisect_left(starts, m.start())
        before = [i for i in inds[max(0, j - len(after)) : j] if i.start >= s_start]
        if len(after) < 2 or len(before) != len(after):
            continue
        pairs = list(zip(before, after, strict=True))
        if any(unit_family(a) != unit_family(b) or not (plain(a) and plain(b)) for a, b in pairs):
            continue
        rel = _relation(m)
        values = [(_compare_value(a), _compare_value(b)) for a, b in pairs]
        compared = [(va, vb) for va, vb in values if va is not None and vb is not None]
        if len(compared) != len(values):
            continue
        holds = all(_HOLDS[rel](va, vb) for va, vb in compared)
        claim = ", ".join(f"{a.text} {_SYMBOL[rel]} {b.text}" for a, b in pairs)
        out.append(check(_KIND, f"{claim} ({m.group()})", holds, [x for p in pairs for x in p]))
    return out


@family(_KIND)
def standard_bounds(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``差异系数分别为0.452和0.381,均达到…标准（小学≤0.65、初中≤0.55）``: each figure within its bound."""
    text = ctx.text
    out: list[Check] = []
    k = 0
    joined = ctx.figures(inds).joined()
    n = len(inds)
    while k < n:
        j = k + 1
        while j < n and joined[j - 1]:
            j += 1
        if j == n or text[inds[j - 1].end : inds[j - 1].end + 1] not in _MEETS_OPENS:
            k = j  # (what meets a standard opens with a comma, then white space or the words that say it meets)
            continue
        second = text[inds[j - 1].end + 1 : inds[j - 1].end + 2]
        if second and not second.isspace() and second not in _MEETS_WORD:
            k = j
            continue
        values = list(inds[k:j])  # (a list of figures, each joined to the next)
        if not all(plain(v) and v.quantity.qualifier is None for v in values):
            k = j
            continue
        m = _MEETS.fullmatch(text[values[-1].end : inds[j].start])
        if m is None:
            k = j
            continue
        bounds = [inds[j]]
        j2 = j + 1
        while (
            j2 < len(inds) and len(bounds) < len(values) and _BOUND_SEP.fullmatch(text[bounds[-1].end : inds[j2].start])
        ):
            bounds.append(inds[j2])
            j2 += 1
        fam = unit_family(values[0])
        same = all(unit_family(x) == fam for x in (*values, *bounds))
        rels = [_bound_relation(text, b) for b in bounds]
        if len(bounds) != len(values) or not same or None in rels:
            k = j
            continue
        parts = []
        holds = True
        for v, b, rel in zip(values, bounds, rels, strict=True):
            vv, vb = _compare_value(v), _compare_value(b)
            assert rel is not None
            if vv is None or vb is None:
                break
            holds = holds and _HOLDS[rel](vv, vb)
            name_start = ctx.clause_start(b.start - 8, b.start, _NAME_BREAKS)
            name = text[name_start : b.start].strip(_SYMBOL_CHARS + _NAME_BREAKS + " ")
            parts.append(f"{name} {v.text} {_SYMBOL[rel]} {b.text.lstrip(_SYMBOL_CHARS)}".strip())
        else:
            out.append(
                check(
                    _KIND,
                    f"{', '.join(parts)} ({m.group().strip(COMMAS + OPEN_BRACKETS + ' ')})",
                    holds,
                    [*values, *bounds],
                )
            )
        k = j2
    return out


def _bound_relation(text: str, ind: Indicator) -> str | None:
    """The relation a bound figure states: ``≤0.65`` is at most, ``不低于95%`` at least."""
    head = ind.text[:1]
    q = ind.quantity.qualifier
    for row in BOUND_SYMBOLS:  # (≤, <, ≥, >)
        if head in row.word or (q is not None and _QUALIFIER_RELATION.get(q) == row.value):
            return str(row.value)
    before = text[max(0, ind.start - 3) : ind.start]
    if _ENDS_AT_MOST.search(before):
        return "le"
    if _ENDS_AT_LEAST.search(before):
        return "ge"
    return None


@family(_KIND)
def pay_parity(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``教师年平均工资为10.86万元，同口径公务员为10.52万元``: teachers' pay >= civil servants', where a
    sentence (or a table row) states both and no comparison word between them says it already."""
    text = ctx.text
    out: list[Check] = []
    pay = [i for i in inds if type(i.quantity) in (Money, PerUnit) and plain(i)]
    for k, teacher in enumerate(pay):
        if not _TEACHER_PAY.search(teacher.subject or ""):
            continue
        _, s_end = ctx.sentence(teacher.start)
        for other in pay[k + 1 : k + 4]:
            if other.start >= s_end or unit_family(other) != unit_family(teacher):
                break
            if _ANY_COMPARISON.search(text, teacher.end, other.start):
                break  # 不低于公务员96420元: the comparison family reads it
            if _CIVIL_SERVANT_PAY.search(other.subject or "") and not _TEACHER_PAY.search(other.subject or ""):
                vt, vo = value(teacher), value(other)
                assert vt is not None and vo is not None
                if not (vt > 0 and _PAY_RATIO[0] <= vo / vt <= _PAY_RATIO[1]):
                    continue  # 比公务员高2230元: a difference, not the other group's pay
                holds = vt >= vo
                claim = f"{teacher.subject} {teacher.text} {'>=' if holds else '<'} {other.subject} {other.text}"
                year = ctx.year(teacher)
                note = f" (不低于公务员, {year})" if year else " (不低于公务员)"
                out.append(check(_KIND, claim + note, holds, [teacher, other], vt))
                break
    return out


@family(_KIND)
def target_met(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``整改目标：…补充音体美教师不少于60名`` … ``其中音体美教师64名``: a goal stated as a bound, and the first
    figure after it in the same part of the report of its kind, year and subject (what was reached)."""
    out: list[Check] = []
    figs = ctx.figures(inds)
    fams, plains = figs.fams, figs.plains
    for k in figs.qualified():  # (a goal is a bound: a figure with a qualifier)
        goal = inds[k]
        bound = goal.quantity.qualifier
        if goal.kind not in _GOAL_KINDS or bound not in (Qualifier.AT_LEAST, Qualifier.AT_MOST):
            continue
        if not plains[k]:
            continue
        tops = figs.tops()
        top, subject, fam = tops[k], ctx.subject(goal), fams[k]
        for j in range(k + 1, min(len(inds), k + 1 + WINDOW)):
            if tops[j] != top:
                break
            if fams[j] != fam or not plains[j]:
                continue
            reached = inds[j]
            if reached.kind is not IndicatorKind.STOCK or reached.quantity.qualifier is not None:
                continue
            if goal.year and reached.year and goal.year != reached.year:
                continue
            if not ctx.similar(ctx.subject(reached), subject, 0.6):
                continue
            vr, vg = value(reached), value(goal)
            assert vr is not None and vg is not None
            holds = vr >= vg if bound is Qualifier.AT_LEAST else vr <= vg
            sym = (">=" if holds else "<") if bound is Qualifier.AT_LEAST else ("<=" if holds else ">")
            claim = f"{reached.subject} {reached.text} {sym} {goal.text} (目标: {goal.subject})"
            out.append(check(_KIND, claim, holds, [reached, goal], vr))
            break
    return out
