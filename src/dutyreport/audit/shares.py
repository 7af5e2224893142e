"""Shares and ratios stated with what they are computed from: ``升学学生总数1850名,占比为41.27%``,
``占…总数3260人的12.6%``, a coverage rate over the counts of its units, ``生师比13.46:1`` over the
sentence's students and teachers, and a ratio said to reach the standard ratio after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

import regex

from ..lang.audit import (
    COVERAGE_WORDS,
    NOT_COVERED,
    OF_WHOLE,
    RATIO_NAMES,
    REACHES,
    SELF_REGIONS,
    SHARE_OF,
    SHARE_WORDS,
    STANDARD_WORDS,
    STUDENT_WORDS,
    TEACHER_WORDS,
    WHOLE_FIRST,
    WHOLE_WORDS,
)
from ..lang.punctuation import COMMAS, PART_ENDS
from ..model.quantities import Count, Percent, Ratio
from ..model.report import Check, CheckKind, Indicator, IndicatorKind
from .family import family
from .figures import CLAUSE_REACH, WINDOW, Context, check, decimals, fmt, plain, unit_family, value

__all__ = ["coverage", "ratio_standard", "share", "student_teacher_ratio"]

_NOT_CLAUSE_END = f"[^{re.escape(PART_ENDS + COMMAS)}]"
_SHARE_CLAUSE_ENDS = PART_ENDS + COMMAS  # a share's clause runs over colons (占…总数的: …)
_SHARE = re.compile(rf"(?:{SHARE_WORDS.pattern}){_NOT_CLAUSE_END}{{0,3}}$")
_SHARE_OF = re.compile(rf"^(?:{SHARE_OF.pattern})(?:{_NOT_CLAUSE_END}|(?<=[0-9]),(?=[0-9])){{0,24}}$")
_WHOLE_FIRST = re.compile(WHOLE_FIRST.pattern)
_WHOLE = re.compile(WHOLE_WORDS.pattern)
_COMMA_OPTIONAL = regex.compile(rf"\s*[{COMMAS}]?\s*")
_OF_OPTIONAL = regex.compile(rf"(?:{OF_WHOLE.pattern})?")
_COVERAGE = re.compile(COVERAGE_WORDS.pattern)
_SELF_REGION = re.compile(rf"^(?:{SELF_REGIONS.pattern})")
_RATIO_NAME = re.compile(RATIO_NAMES.pattern)
_STUDENT = re.compile(STUDENT_WORDS.pattern)
_TEACHER = re.compile(TEACHER_WORDS.pattern)
_STANDARD = re.compile(STANDARD_WORDS.pattern)
_REACHES = re.compile(REACHES.pattern)


def _share_pair(ctx: Context, inds: Sequence[Indicator], k: int) -> tuple[Indicator, Indicator] | None:
    """The numerator and denominator of the share ``inds[k]`` states, where its sentence names both."""
    text = ctx.text
    p = inds[k]
    s_start, _ = ctx.sentence(p.start)
    clause_start = ctx.clause_start(max(s_start, p.start - CLAUSE_REACH), p.start, _SHARE_CLAUSE_ENDS)
    clause = text[clause_start : p.start]
    if _SHARE_OF.match(clause) and k >= 2:
        # 交流教师412人,占符合条件教师总数3260人的12.6%
        num, den = inds[k - 2], inds[k - 1]
        if (
            den.start >= clause_start
            and _OF_OPTIONAL.fullmatch(text[den.end : p.start])
            and num.start >= s_start
            and clause_start - num.end <= 4
            and _COMMA_OPTIONAL.fullmatch(text[num.end : clause_start])
        ):
            return num, den
    if not _SHARE.search(clause):
        return None
    # a share does not reach back over ``;`` into another clause, nor divide two bounds (不少于40名 / 不少于200名)
    semi = ctx.last_break(s_start, p.start, PART_ENDS)
    before = [i for i in inds[max(0, k - 2) : k] if i.start >= s_start and i.start > semi and not i.quantity.qualifier]
    if len(before) < 2:
        return None
    first, second = before[-2], before[-1]
    if _WHOLE_FIRST.search(text[first.end : second.start]):
        return second, first  # 招聘教师1240名,其中农村学校930名,占75%
    vn, vd = value(first), value(second)
    if vn is None or vd is None or vn > vd:
        return None
    if not _WHOLE.search((second.subject or "") + text[max(s_start, second.start - 8) : second.start]):
        return None
    return first, second


@family(CheckKind.SHARE)
def share(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``升入中职的学生300名,升学学生总数1200名,占比为25%``: a share over its numerator and denominator."""
    out: list[Check] = []
    for k, p in enumerate(inds):
        if not isinstance(p.quantity, Percent) or not plain(p) or p.kind is IndicatorKind.CHANGE:
            continue
        if p.quantity.percentage_point:
            continue
        pair = _share_pair(ctx, inds, k)
        if pair is None:
            continue
        num, den = pair
        if unit_family(num) != unit_family(den) or not (plain(num) and plain(den)):
            continue
        if isinstance(num.quantity, (Percent, Ratio)):
            continue
        vn, vd = value(num), value(den)
        assert vn is not None and vd is not None
        if vd == 0:
            continue
        computed = vn / vd * 100
        claim = f"{num.text} / {den.text} = {p.text} ({p.subject or ''}, computed {fmt(computed)}%)"
        out.append(check(CheckKind.SHARE, claim, ctx.agrees(computed, p), [num, den, p], computed))
    return out


@family(CheckKind.SHARE)
def coverage(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``公办普惠园20所,民办普惠园10所,非普惠性幼儿园10所,普惠幼儿园覆盖率90%``: a coverage rate over
    the counts of the units it covers and of those it does not."""
    out: list[Check] = []
    for k, p in enumerate(inds):
        if not isinstance(p.quantity, Percent) or not plain(p):
            continue
        m = _COVERAGE.search(p.subject or "")
        if m is None:
            continue
        key = _SELF_REGION.sub("", m.group("k"))[:2]
        s_start, _ = ctx.sentence(p.start)
        counts = [
            i for i in inds[max(0, k - WINDOW) : k] if i.start >= s_start and isinstance(i.quantity, Count) and plain(i)
        ]
        if len(counts) < 2 or len({unit_family(i) for i in counts}) != 1:
            continue
        neg = [i for i in counts if (NOT_COVERED.pattern + key) in (i.subject or "")]
        pos = [i for i in counts if key in (i.subject or "") and i not in neg]
        if not neg or not pos or len(neg) + len(pos) != len(counts):
            continue
        sp = sum((value(i) or Decimal(0) for i in pos), Decimal(0))
        sa = sum((value(i) or Decimal(0) for i in counts), Decimal(0))
        if sa == 0:
            continue
        computed = sp / sa * 100
        holds = ctx.agrees(computed, p)
        top = " + ".join(i.text for i in pos)
        bottom = " + ".join(i.text for i in counts)
        rel = "=" if holds else "≠"
        claim = f"({top}) / ({bottom}) = {fmt(computed)}% {rel} {p.text} ({p.subject}, by count of units)"
        out.append(check(CheckKind.SHARE, claim, holds, [*counts, p], computed))
    return out


def _same_scope(ctx: Context, ratio_lead: str, students: Indicator, teachers: Indicator) -> bool:
    """Whether two counts measure what a ratio measures: a level's ratio (``小学生师比``) needs counts
    of that level, not the whole county's pupils (kindergarten included); counts name one level at most."""
    counted = {ctx.level(students.subject or ""), ctx.level(teachers.subject or "")} - {None}
    level = ctx.level(ratio_lead)
    if level is not None:
        return counted == {level}
    return len(counted) <= 1


def _ratio_name(ctx: Context, r: Indicator) -> tuple[int, re.Match[str]] | None:
    """Where the ratio's clause starts and the ratio's name in it (``生师比``), for a two-term ratio."""
    q = r.quantity
    if not isinstance(q, Ratio) or len(q.terms) != 2 or q.terms[1] == 0:
        return None
    s_start, _ = ctx.sentence(r.start)
    clause_start = ctx.clause_start(s_start, r.start, _SHARE_CLAUSE_ENDS)
    name = _RATIO_NAME.search(ctx.text[clause_start : r.start])
    return None if name is None else (clause_start, name)


@family(CheckKind.SHARE)
def student_teacher_ratio(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``高中专任教师400名,学生5000人,生师比12.5:1``: the ratio of the sentence's students to its teachers."""
    text = ctx.text
    out: list[Check] = []
    for k, r in enumerate(inds):
        named = _ratio_name(ctx, r)
        if named is None:
            continue
        clause_start, name = named
        q = r.quantity
        assert isinstance(q, Ratio)
        s_start, _ = ctx.sentence(r.start)
        counts = [
            i for i in inds[max(0, k - WINDOW) : k] if i.start >= s_start and unit_family(i) == "people" and plain(i)
        ]
        students = [i for i in counts if _STUDENT.search((i.subject or "") + ctx.after(i, 3))]
        teachers = [i for i in counts if _TEACHER.search((i.subject or "") + ctx.after(i, 3))]
        students = [i for i in students if i not in teachers]
        if not (students and teachers and _same_scope(ctx, text[clause_start : r.start], students[-1], teachers[-1])):
            continue
        s, t = students[-1], teachers[-1]
        vs, vt = value(s), value(t)
        assert vs is not None and vt is not None
        if vt == 0:
            continue
        a, b = q.terms
        computed = vs / vt
        places = Decimal(1).scaleb(-decimals(r))
        if a >= b:  # 13.46:1, students per teacher
            ok = (computed * b).quantize(places, rounding=ROUND_HALF_UP) == a
        else:  # 1:12.5
            ok = (computed * a).quantize(places, rounding=ROUND_HALF_UP) == b
        claim = f"{s.text} / {t.text} = {fmt(computed)} ({name.group()} {r.text})"
        out.append(check(CheckKind.SHARE, claim, ok, [s, t, r], computed))
    return out


@family(CheckKind.BOUND)
def ratio_standard(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``生师比12.5:1,达到了13.5:1的编制标准``: a ratio said to reach a standard ratio of the same sentence."""
    text = ctx.text
    out: list[Check] = []
    for k, r in enumerate(inds):
        named = _ratio_name(ctx, r)
        if named is None:
            continue
        _, name = named
        q = r.quantity
        assert isinstance(q, Ratio)
        _, s_end = ctx.sentence(r.start)
        for std in inds[k + 1 : k + 1 + WINDOW]:
            if std.start >= s_end:
                break
            sq = std.quantity
            if not isinstance(sq, Ratio) or len(sq.terms) != 2 or sq.terms[1] == 0:
                continue
            if not _STANDARD.search(text[r.end : std.end + 8]) or not _REACHES.search(text, r.end, std.start):
                continue
            rv, sv = q.quotient, sq.quotient
            if rv is None or sv is None:
                continue
            students_first = q.terms[0] >= q.terms[1]
            holds = rv <= sv if students_first else rv >= sv
            sym = "<=" if students_first else ">="
            claim = (
                f"{r.text} {sym} {std.text}: {fmt(ctx.written(r) or rv)} {sym} {fmt(ctx.written(std) or sv)}"
                f" ({name.group()} 达到标准)"
            )
            out.append(check(CheckKind.BOUND, claim, holds, [r, std], rv))
            break
    return out
