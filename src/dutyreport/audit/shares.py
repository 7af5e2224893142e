"""Shares and ratios stated with what they are computed from: ``升学学生总数1850名,占比为41.27%``,
``占…总数3260人的12.6%``, a coverage rate over the counts of its units, ``生师比13.46:1`` over the
sentence's students and teachers, and a ratio said to reach the standard ratio after it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

import regex

from ..lang.audit import (
    COPULAS,
    COVERAGE_NAMES,
    COVERAGE_WORDS,
    NOT_COVERED,
    OF_WHOLE,
    OTHER_RATES,
    PER_UNIT_LEADS,
    RATE_NAMES,
    RATIO_NAMES,
    REACHES,
    SCOPE_WORDS,
    SELF_REGIONS,
    SHARE_OF,
    SHARE_WORDS,
    STANDARD_WORDS,
    STATED_AS,
    STUDENT_WORDS,
    TARGET_WORDS,
    TEACHER_WORDS,
    WHOLE_FIRST,
    WHOLE_WORDS,
)
from ..lang.punctuation import (
    CLAUSE_ENDS,
    CLOSE_BRACKET_CLASS,
    CLOSE_BRACKETS,
    COMMAS,
    OPEN_BRACKET_CLASS,
    OPEN_BRACKETS,
    PART_ENDS,
    SENTENCE_ENDS,
)
from ..model.quantities import Count, Percent, Ratio
from ..model.report import Check, CheckKind, Indicator, IndicatorKind
from . import progress
from .family import family
from .figures import CLAUSE_REACH, WINDOW, Context, check, decimals, f1, fmt, plain, total_of, unit_family, value

__all__ = [
    "counts_before",
    "coverage",
    "per_student_of_total",
    "rate_of_earlier_whole",
    "rate_of_pair",
    "ratio_standard",
    "share",
    "share_of_named",
    "student_teacher_ratio",
]

_NOT_CLAUSE_END = f"[^{re.escape(PART_ENDS + COMMAS)}]"
_SHARE_CLAUSE_ENDS = PART_ENDS + COMMAS  # a share's clause runs over colons (占…总数的: …)
_SHARE = re.compile(rf"(?:{SHARE_WORDS.pattern}){_NOT_CLAUSE_END}{{0,3}}$")
_SHARE_OF = re.compile(rf"^(?:{SHARE_OF.pattern})(?:{_NOT_CLAUSE_END}|(?<=[0-9]),(?=[0-9])){{0,24}}$")
_WHOLE_FIRST = re.compile(WHOLE_FIRST.pattern)
_WHOLE_FIRST_WORD = WHOLE_FIRST.pattern  # (a plain word: tests/audit/test_shortcuts.py)
_WHOLE = re.compile(WHOLE_WORDS.pattern)
_COMMA_OPTIONAL = regex.compile(rf"\s*[{COMMAS}]?\s*")
_OF_OPTIONAL = regex.compile(rf"(?:{OF_WHOLE.pattern})?")
_COVERAGE = re.compile(COVERAGE_WORDS.pattern)
_COVERAGE_NAME = re.compile(COVERAGE_NAMES.pattern)  # (what each match of _COVERAGE ends with)
_SELF_REGION = re.compile(rf"^(?:{SELF_REGIONS.pattern})")
_RATIO_NAME = re.compile(RATIO_NAMES.pattern)
_STUDENT = re.compile(STUDENT_WORDS.pattern)
_TEACHER = re.compile(TEACHER_WORDS.pattern)
_STANDARD = re.compile(STANDARD_WORDS.pattern)
_REACHES = re.compile(REACHES.pattern)
_RATE_NAME = regex.compile(RATE_NAMES.pattern)
_OTHER_RATE = regex.compile(OTHER_RATES.pattern)
_TARGET = re.compile(TARGET_WORDS.pattern)
_NOT_COVERED = re.compile(NOT_COVERED.pattern)
_NAMED_RATE = regex.compile(rf"率(?:{STATED_AS.pattern})?$")
_PER_UNIT = re.compile(PER_UNIT_LEADS.pattern)
_SCOPE = re.compile("|".join(e.pattern for e in SCOPE_WORDS))
# a share word alone after its part (,占56%; ,占比为56%): no whole named in words
_BARE_SHARE = regex.compile(rf"\s*[{COMMAS}]\s*(?:{SHARE_WORDS.pattern})(?:{COPULAS.pattern})?\s*")
_SHARE_WORD = re.compile(SHARE_WORDS.pattern)
# …a share word and the whole's total named in a few words (,占交流总数的33%; ,占总数的56%)
_NAMED_TOTAL_SHARE = regex.compile(
    rf"\s*[{COMMAS}]\s*(?:{SHARE_OF.pattern})(?P<name>[^0-9{re.escape(COMMAS + PART_ENDS)}]{{0,8}}?)"
    rf"(?:{WHOLE_WORDS.pattern})(?:{OF_WHOLE.pattern})?(?:{COPULAS.pattern})?\s*"
)
# ``…占一般公共预算支出1814597万元的比例15.68%``: 占, the whole's name, the whole, then the share.
_SHARE_OF_WHOLE = regex.compile(rf"(?:{SHARE_OF.pattern})(?P<whole>[^0-9，,。；;]{{1,24}}?)$")
_AFTER_WHOLE = regex.compile(rf"(?:{OF_WHOLE.pattern})?(?:{SHARE_WORDS.pattern})?(?:{COPULAS.pattern})?\s*")
_NAME_LEAD = regex.compile(rf"^(?:{SELF_REGIONS.pattern})")
_BRACKET_BODY = f"[^{re.escape(OPEN_BRACKETS + CLOSE_BRACKETS)}\\n]{{0,60}}"
_BRACKETED = regex.compile(rf"{OPEN_BRACKET_CLASS}{_BRACKET_BODY}{CLOSE_BRACKET_CLASS}")
_NAMED_FIGURE_GAP = regex.compile(rf"(?:{STATED_AS.pattern})?\s*")
_RATE_GAP = 16  # the most characters between a figure and its rate's value (,初级中等教育完成率为)
_NAME_REACH = 3000  # how far back the figure a share names is looked for
_STUDENTS_REACH = 2000  # how far back a level's count of students is looked for
_PER_STUDENT_GAP = regex.compile(rf"\s*[{COMMAS}]?\s*")
_LOCAL_NAME = 16  # how far back the words naming a figure are read
_NAME_STOPS = frozenset(CLAUSE_ENDS + OPEN_BRACKETS + CLOSE_BRACKETS + "、")
_SAME_THING = 0.5  # how alike two figures' names are to be counts of one thing in two measure words
_LIKE_RATE = 0.25  # how alike a part's name and its rate's are (已入学 … 入学率; not 实训基地 … 就业率)


def _share_pair(ctx: Context, inds: Sequence[Indicator], k: int) -> tuple[Indicator, Indicator] | None:
    """The numerator and denominator of the share ``inds[k]`` states, where its sentence names both."""
    text = ctx.text
    p = inds[k]
    s_start = ctx.figures(inds).sentences()[0][k]  # (ctx.sentence(p.start), found once per figure)
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
    for k in ctx.figures(inds).of("%"):  # (plain percentages, not points)
        p = inds[k]
        if not isinstance(p.quantity, Percent) or p.kind is IndicatorKind.CHANGE:
            continue
        pair = _share_pair(ctx, inds, k) or _bare_share_of_which(ctx, inds, k)
        if pair is None:
            continue
        num, den = pair
        if unit_family(num) != unit_family(den) or not (plain(num) and plain(den)):
            continue
        if isinstance(num.quantity, (Percent, Ratio)):
            continue
        found = _share_check(ctx, num, den, p, p.subject or "")
        if found is not None:
            out.append(found)
    return out


def _share_check(ctx: Context, num: Indicator, den: Indicator, p: Indicator, label: str) -> Check | None:
    """The check that ``p`` is ``num`` as a percentage of ``den`` (None where ``den`` is zero); ``label``
    names the share or the rate in the claim (``完成率120.8%``: done over the goal)."""
    vn, vd = value(num), value(den)
    assert vn is not None and vd is not None
    if vd == 0:
        return None
    computed = vn / vd * 100
    holds = ctx.agrees(computed, p)
    claim = ctx.claim(f"{num.text} / {den.text}", computed, p, holds, label=label, shown=computed)
    return check(CheckKind.SHARE, claim, holds, [num, den, p], computed)


@family(CheckKind.SHARE)
def coverage(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``公办普惠园20所,民办普惠园10所,非普惠性幼儿园10所,普惠幼儿园覆盖率90%``: a coverage rate over
    the counts of the units it covers and of those it does not."""
    out: list[Check] = []
    figs = ctx.figures(inds)
    for k in sorted(figs.of("%") + figs.of("pp")):  # (plain percentages, points too)
        p = inds[k]
        if not isinstance(p.quantity, Percent):
            continue
        subject = p.subject or ""
        m = _COVERAGE.search(subject) if _COVERAGE_NAME.search(subject) else None
        if m is None:
            continue
        key = _SELF_REGION.sub("", m.group("k"))[:2]
        counts = counts_before(ctx, inds, k)
        if len(counts) < 2 or len({unit_family(i) for i in counts}) != 1:
            continue
        neg = [i for i in counts if (NOT_COVERED.pattern + key) in (i.subject or "")]
        pos = [i for i in counts if key in (i.subject or "") and i not in neg]
        if not neg or not pos or len(neg) + len(pos) != len(counts):
            continue
        sp, sa = total_of(pos), total_of(counts)
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


def counts_before(ctx: Context, inds: Sequence[Indicator], k: int) -> list[Indicator]:
    """The plain counts before ``inds[k]`` in its sentence, within :data:`WINDOW` figures: read from the
    first figure of the sentence (found among the starts by bisection), not from each of the WINDOW."""
    figs = ctx.figures(inds)
    lo = max(0, k - WINDOW, bisect.bisect_left(figs.starts, figs.sentences()[0][k]))
    return [i for i in inds[lo:k] if isinstance(i.quantity, Count) and plain(i)]


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
    for k in ctx.figures(inds).of("ratio", plain_only=False):
        r = inds[k]
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
        # (students per teacher beside the ratio as written, 13.46:1 or 1:12.5, where it fails)
        stated = f"({name.group()} {r.text})" if ok else f"≠ {r.text} ({name.group()})"
        claim = f"{s.text} / {t.text} = {fmt(computed)} {stated}"
        out.append(check(CheckKind.SHARE, claim, ok, [s, t, r], computed))
    return out


@family(CheckKind.BOUND)
def ratio_standard(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``生师比12.5:1,达到了13.5:1的编制标准``: a ratio said to reach a standard ratio of the same sentence."""
    text = ctx.text
    out: list[Check] = []
    for k in ctx.figures(inds).of("ratio", plain_only=False):
        r = inds[k]
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


# --- a rate named after the figure it is a rate of ----------------------------------------------------


def _rate_name(ctx: Context, b: Indicator, p: Indicator) -> str | None:
    """The rate's name when ``p`` is a part-over-whole rate named right after ``b`` (``,入学率为``)."""
    if p.start - b.end > _RATE_GAP:
        return None
    m = _RATE_NAME.fullmatch(ctx.text[b.end : p.start])  # (anchored: read on the words alone)
    if m is None or _OTHER_RATE.search(m.group("name")):
        return None
    return str(m.group("name"))


def _rate_name_at(ctx: Context, inds: Sequence[Indicator], k: int) -> str | None:
    """:func:`_rate_name` of the figure ``inds[k]`` after ``inds[k - 1]``, read once for the families that ask."""
    found: dict[int, str | None] = ctx.once(_rate_name_at, dict)
    if k not in found:
        found[k] = _rate_name(ctx, inds[k - 1], inds[k])
    return found[k]


def _rate_figure(p: Indicator) -> bool:
    q = p.quantity
    return isinstance(q, Percent) and not q.percentage_point and plain(p) and p.kind is not IndicatorKind.CHANGE


def _rate_figures(ctx: Context, inds: Sequence[Indicator]) -> list[int]:
    """The indexes of the rate figures (:func:`_rate_figure`) after the first figure: among the plain
    percentages, not among all figures (found once for the three families that read them)."""
    return ctx.once(_rate_figures, lambda: [k for k in ctx.figures(inds).of("%") if k >= 1 and _rate_figure(inds[k])])


def _part_figure(ctx: Context, i: Indicator) -> bool:
    """A figure a rate can be taken of: a plain count, amount or percentage, not a per-student norm."""
    if not plain(i) or i.quantity.qualifier is not None or unit_family(i) in ("pp", "ratio", None):
        return False
    return not (_PER_UNIT.search(i.subject or "") or ctx.per_unit(i))


def _done_rate(
    ctx: Context, inds: Sequence[Indicator], whole: Indicator | None, done: Indicator, p: Indicator
) -> bool:
    """Whether the progress family reads ``p`` as ``done`` over ``whole`` (over any whole: None) already."""
    return any(
        d.done is done and (whole is None or d.whole is whole) and p in d.after
        for d in progress.done_within(ctx, inds)
    )


def _pair_before(ctx: Context, inds: Sequence[Indicator], k: int) -> tuple[Indicator, Indicator] | None:
    """The two figures a rate at ``inds[k]`` is named after, in its part of the sentence: whole and
    part, of one kind, neither a rate itself (覆盖率达到100%), not two levels' peers (小学…, 初中…), not
    the last two of a longer list (6个问题中,已整改4个,正在整改2个)."""
    if k < 2:
        return None
    a, b = inds[k - 2], inds[k - 1]
    p_start, _ = ctx.part(inds[k].start)
    if a.start < p_start or not (_part_figure(ctx, a) and _part_figure(ctx, b)) or unit_family(a) != unit_family(b):
        return None
    if k >= 3 and inds[k - 3].start >= p_start and unit_family(inds[k - 3]) == unit_family(a):
        return None
    if any(_NOT_COVERED.match(_local_name(ctx, inds, j)) for j in (k - 2, k - 1)):
        return None  # (非普惠性幼儿园7所: the units a coverage rate leaves out, the coverage family's)
    if unit_family(a) == "%" and any(_NAMED_RATE.search(ctx.text, max(0, i.start - 4), i.start) for i in (a, b)):
        return None
    la, lb = ctx.level(a.subject or ""), ctx.level(b.subject or "")
    if la is not None and lb is not None and la != lb:
        return None
    return a, b


@family(CheckKind.SHARE)
def rate_of_pair(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``适龄儿童2300人,已入学2291人,入学率为99.61%`` / ``任务目标数是12个,实际完成15个,完成率为125%``:
    a rate named right after the whole and the part it divides."""
    out: list[Check] = []
    for k in _rate_figures(ctx, inds):
        p = inds[k]
        named = _rate_of_pair(ctx, inds, k)
        if named is not None:
            a, b, name = named
            found = _share_check(ctx, b, a, p, name)
            if found is not None:
                out.append(found)
    return out


def _rate_of_pair(ctx: Context, inds: Sequence[Indicator], k: int) -> tuple[Indicator, Indicator, str] | None:
    """The whole, the part and the rate's name where ``inds[k]`` is a rate of the two figures before it
    (found once per rate for the two families that ask)."""
    found: dict[int, tuple[Indicator, Indicator, str] | None] = ctx.once(_rate_of_pair, dict)
    if k not in found:
        found[k] = _find_rate_of_pair(ctx, inds, k)
    return found[k]


def _find_rate_of_pair(
    ctx: Context, inds: Sequence[Indicator], k: int
) -> tuple[Indicator, Indicator, str] | None:
    p = inds[k]
    name = _rate_name_at(ctx, inds, k)
    if name is None:
        return None
    pair = _pair_before(ctx, inds, k)
    if pair is None:
        return None
    share_word = _SHARE_WORD.search(name) is not None
    part_name = stem = ""  # (the part's name and the rate's, read where no share word names the rate)
    if not share_word:
        part_name, stem = _local_name(ctx, inds, k - 1), ctx.bare(name.removesuffix("率"))
        if _rate_of_figure(part_name, stem):
            return None  # (专任教师1615人,专任教师持证上岗率98.7%: a rate of those teachers, not of them over a whole)
    elif _share_pair(ctx, inds, k) is not None:
        return None  # (升学学生总数1200名,占比为25%: the share family's)
    a, b = pair
    va, vb, stated = value(a), value(b), value(p)
    assert va is not None and vb is not None and stated is not None
    if (vb > va) if stated <= 100 else (vb < va):
        return None  # a rate up to 100% is of a part at most its whole; above 100%, of more than a goal
    if _done_rate(ctx, inds, a, b, p):
        return None  # (发现问题115个,已整改108个,整改率93.9%: the progress family's)
    # 占比 of the figure before; or the part is named like the rate (已入学 … 入学率), or the whole is a
    # goal (任务目标数 … 完成率)
    related = share_word or _named_like(part_name, stem)
    s_start, _ = ctx.sentence(p.start)
    if not related and not _TARGET.search(ctx.text, max(s_start, a.start - 24), a.start):
        return None
    return a, b, name


def _rate_of_figure(name: str, stem: str) -> bool:
    """Whether a rate's name (``stem``, without 率) opens with the noun that ends the figure's ``name``
    and goes on past it: the rate is of the people or things the figure counts (专任教师 … 专任教师学历合格
    率), not the figure over a whole (已入学 … 入学率; 达标学校 … 达标率)."""
    # (a noun of two characters at least, and more after it)
    return any(stem.startswith(name[-n:]) for n in range(min(len(name), len(stem) - 2), 1, -1))


def _named_like(part: str, stem: str) -> bool:
    """Whether a part is named like its rate: alike (:data:`_LIKE_RATE`) and sharing a word of two
    characters with the rate's name where it has one (已入学 … 入学率; not 小学在校生 … 入学率, which shares
    only 学: the rate of the school-age children, not of the pupils before it)."""
    if f1(part, stem) < _LIKE_RATE:
        return False
    return len(stem) < 2 or any(stem[i : i + 2] in part for i in range(len(stem) - 1))


@family(CheckKind.SHARE)
def rate_of_earlier_whole(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``全市薄弱学校2358所…达标学校2240所,达标率95%``: a rate named after its part, over the earlier
    figure of the paragraph the part is most like (of one kind, at least the part, of its level)."""
    out: list[Check] = []
    for k in _rate_figures(ctx, inds):
        p = inds[k]
        b = inds[k - 1]
        name = _rate_name_at(ctx, inds, k)
        if name is None or not isinstance(b.quantity, Count) or not _part_figure(ctx, b):
            continue
        if _rate_of_pair(ctx, inds, k) is not None:
            continue  # the whole stands beside the part: rate_of_pair's
        share_word = _SHARE_WORD.search(name) is not None
        part_name = _local_name(ctx, inds, k - 1)
        stem = ctx.bare(name.removesuffix("率"))
        if not share_word and _rate_of_figure(part_name, stem):
            continue  # a rate of the figure's own people or things, not the figure as a part
        if not share_word and not _named_like(part_name, stem):
            continue  # (招聘特岗教师196名,服务期满留任率93.8%: a rate among those recruited, not of them as a part)
        p_start, _ = ctx.part(b.start)
        if k >= 2 and inds[k - 2].start >= p_start and unit_family(inds[k - 2]) == unit_family(b):
            continue  # the last of a list (已整改4个,正在整改2个): a rate of them all, not of it
        if _NOT_COVERED.match(part_name) or _done_rate(ctx, inds, None, b, p):
            continue
        para_start, _ = ctx.line(b.start)  # (its paragraph's start, found among the line breaks, not by reading back)
        vb, stated = value(b), value(p)
        assert vb is not None and stated is not None
        # 占比 after a part of a 其中 is of the whole that 其中 names (a named rate, 达标率, may be of the
        # part's own group: 其中教学点达标27所,达标率90%)
        named = _whole_of_which(ctx, inds, k - 1) if share_word else None
        if named is not None:
            vw = value(named)
            assert vw is not None
            if not ((vw < vb) if stated <= 100 else (vw > vb)):
                found = _share_check(ctx, b, named, p, name)
                if found is not None:
                    out.append(found)
            continue  # (the whole its 其中 names, or none: not a likelier-named figure further back)
        level = ctx.level(b.subject or "")
        best: tuple[float, int, Indicator] | None = None
        tied = False
        for j in range(k - 2, max(-1, k - 2 - WINDOW), -1):
            w = inds[j]
            if w.start < para_start:
                break
            if not isinstance(w.quantity, Count) or not _part_figure(ctx, w) or w.kind is IndicatorKind.CHANGE:
                continue
            vw = value(w)
            assert vw is not None
            if (vw < vb) if stated <= 100 else (vw > vb):
                continue
            if level is not None and ctx.level(w.subject or "") not in (None, level):
                continue
            score = f1(part_name, _local_name(ctx, inds, j))
            if unit_family(w) != unit_family(b) and score < _SAME_THING:
                continue  # (含教学点573个 … 教学点达标557所: one kind of thing, counted by two words)
            if best is None or score > best[0]:
                best, tied = (score, j, w), False
            elif score == best[0] and value(w) != value(best[2]):
                tied = True
        if best is None or tied:
            continue  # no whole, or two as like the part: which one the rate is of is not certain
        found = _share_check(ctx, b, best[2], p, name)
        if found is not None:
            out.append(found)
    return out


def _bare_share_of_which(ctx: Context, inds: Sequence[Indicator], k: int) -> tuple[Indicator, Indicator] | None:
    """``…在园幼儿10000人。其中公办园24所,在园幼儿5600人,占56%``: a bare 占 right after a part a
    ``其中`` opens, over the whole that ``其中`` names (:func:`_whole_of_which`); None where the share
    names its whole in words (占…总数的48%: which figure that is, is not certain)."""
    if k < 2:
        return None
    named = None
    if not _BARE_SHARE.fullmatch(ctx.text, inds[k - 1].end, inds[k].start):
        named = _NAMED_TOTAL_SHARE.fullmatch(ctx.text, inds[k - 1].end, inds[k].start)
        if named is None:
            return None
    num = inds[k - 1]
    if not isinstance(num.quantity, Count):
        return None
    whole = _whole_of_which(ctx, inds, k - 1)
    if whole is None or (named is not None and not _names_the_whole(ctx, named.group("name"), whole)):
        return None
    return num, whole


def _names_the_whole(ctx: Context, words: str, whole: Indicator) -> bool:
    """Whether the words a share names its total with (``交流`` in 占交流总数的) name the whole a ``其中``
    names: none, or a word of two characters of the whole's name that is not its last noun alone
    (占教师总数的 … 交流轮岗教师: all the teachers, perhaps, not those exchanged)."""
    words = _SELF_REGION.sub("", ctx.bare(words))
    if not words:
        return True
    name = ctx.bare(whole.subject or "")
    head = name[:-2]  # (the name without its last noun)
    return words in name and any(words[i : i + 2] in head for i in range(len(words) - 1))


def _whole_of_which(ctx: Context, inds: Sequence[Indicator], k: int) -> Indicator | None:
    """The whole a ``其中`` before the part ``inds[k]`` in its sentence names: the last count of the part's
    kind before that ``其中`` in the sentence (``专任教师420人,师生比1:20.5,其中公办在编教师120人,占比…``,
    and so for the parts listed after the first), or in the sentence before where ``其中`` opens the
    part's, at least the part; None where no ``其中`` or no such count stands there."""
    text = ctx.text
    b = inds[k]
    s_start, _ = ctx.sentence(b.start)
    at = text.rfind(_WHOLE_FIRST_WORD, s_start, b.start)
    if at < 0:
        return None
    if s_start > 0 and not text[s_start:at].strip():
        s_start, _ = ctx.sentence(s_start - 2)  # (其中 opens the sentence: its whole is in the one before)
    fam = unit_family(b)
    for j in range(k - 1, max(-1, k - 1 - WINDOW), -1):
        w = inds[j]
        if w.start < s_start:
            return None
        if w.end > at:
            continue
        if unit_family(w) == fam:
            ok = isinstance(w.quantity, Count) and _part_figure(ctx, w) and w.kind is not IndicatorKind.CHANGE
            if ok and (value(w) or 0) < (value(b) or 0):
                continue  # (教职工1200人 before 其中…在园幼儿5600人: a smaller count is of something else)
            return w if ok else None
    return None


def _local_name(ctx: Context, inds: Sequence[Indicator], k: int, bare: bool = True) -> str:
    """The words right before ``inds[k]``: back to a clause mark, a bracket, a 、 or the figure before
    (as subjects are compared, unless not ``bare``)."""
    text = ctx.text
    start = inds[k].start
    floor = max(inds[k - 1].end if k else 0, start - _LOCAL_NAME)
    i = start
    while i > floor and text[i - 1] not in _NAME_STOPS:
        i -= 1
    return ctx.bare(text[i:start]) if bare else text[i:start]


# --- a share of a figure named earlier ----------------------------------------------------------------


@family(CheckKind.SHARE)
def share_of_named(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``全市一般公共预算教育经费占一般公共预算支出1814597万元的比例15.68%``: the share of a figure the
    report stated earlier under the name before 占 (``…教育经费(包括…)为284597万元``)."""
    text = ctx.text
    out: list[Check] = []
    for k in _rate_figures(ctx, inds):
        p = inds[k]
        den = inds[k - 1]
        if p.start - den.end > _RATE_GAP or not _AFTER_WHOLE.fullmatch(text, den.end, p.start):
            continue
        if not _part_figure(ctx, den):
            continue
        s_start, _ = ctx.sentence(p.start)
        clause_start = ctx.clause_start(s_start, den.start, _SHARE_CLAUSE_ENDS)
        if k >= 2 and inds[k - 2].start >= clause_start:
            continue  # the numerator is in the clause: the share family's
        m = _SHARE_OF_WHOLE.search(text, clause_start, den.start)
        if m is None:
            continue
        name = _NAME_LEAD.sub("", text[clause_start : m.start()].strip())
        if not 4 <= len(name) <= 24:
            continue
        num = _named_figure(ctx, inds, k - 1, name, den)
        if num is None:
            continue
        found = _share_check(ctx, num, den, p, f"{name}占{m.group('whole')}")
        if found is not None:
            out.append(found)
    return out


def _named_figure(ctx: Context, inds: Sequence[Indicator], k: int, name: str, den: Indicator) -> Indicator | None:
    """The last figure before ``inds[k]`` stated right after ``name`` (a bracket and 为 between), of
    the whole's kind and year, not a per-student figure (生均…)."""
    text = ctx.text
    starts = ctx.figures(inds).starts  # (of the figures before inds[k]: searched below k only)
    pos = den.start
    floor = max(0, den.start - _NAME_REACH)
    year = ctx.year(den)
    while True:
        at = text.rfind(name, floor, pos)
        if at < 0:
            return None
        pos = at
        if _PER_UNIT.search(text, max(0, at - 2), at):
            continue
        j = bisect.bisect_left(starts, at + len(name), 0, k)
        if j >= k:
            continue
        cand = inds[j]
        gap = text[at + len(name) : cand.start]
        if any(c in SENTENCE_ENDS for c in gap):
            continue
        if not _NAMED_FIGURE_GAP.fullmatch(_BRACKETED.sub("", gap)):
            continue
        if unit_family(cand) != unit_family(den) or not _part_figure(ctx, cand):
            continue
        if year and (cand_year := ctx.year(cand)) and cand_year != year:
            continue
        return cand


# --- a figure per student after its total ------------------------------------------------------------


@family(CheckKind.SHARE)
def per_student_of_total(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``小学17126平方米,生均3.51平方米`` after ``小学在校生4873人``: a figure per student stated right
    after its total is the total over the level's students (counted in a measure word, not money)."""
    text = ctx.text
    out: list[Check] = []
    per_units = ctx.figures(inds).per_units()
    for k in range(1, len(inds)):
        if not per_units[k]:
            continue  # (a figure per student, after its total)
        p, total = inds[k], inds[k - 1]
        if not isinstance(p.quantity, Count) or not isinstance(total.quantity, Count):
            continue
        if p.unit != total.unit or ctx.per_unit(total) or not (plain(p) and plain(total)):
            continue
        lead = text[total.end : p.start]
        if len(lead) > 6 or not _PER_STUDENT_GAP.fullmatch(_PER_UNIT.sub("", lead)):
            continue  # (,生均: the words between the total and its figure per student)
        total_name = _local_name(ctx, inds, k - 1)
        level = ctx.level(total_name)
        students = _students(ctx, inds, k - 1, level, _SCOPE.findall(total_name))
        if students is None:
            continue
        vt, vs = value(total), value(students)
        assert vt is not None and vs is not None
        if vs == 0:
            continue
        computed = vt / vs
        holds = ctx.agrees(computed, p)
        claim = ctx.claim(f"{total.text} / {students.text}", computed, p, holds, shown=computed, unit="")
        out.append(check(CheckKind.SHARE, claim, holds, [total, students, p], computed))
    return out


def _students(
    ctx: Context, inds: Sequence[Indicator], k: int, level: int | None, scopes: Sequence[str]
) -> Indicator | None:
    """The last count of students before ``inds[k]`` named with a student word, the same school level
    and every word of ``scopes`` (义务教育…) the total names. Where the total names no level, a count
    a ``其中`` lists is one level's, not the whole count (在校学生20000人,其中…在园幼儿3000人)."""
    text = ctx.text
    floor = inds[k].start - _STUDENTS_REACH
    for j in range(k - 1, -1, -1):
        i = inds[j]
        if i.start < floor:
            return None
        if unit_family(i) != "people" or not plain(i) or i.quantity.qualifier is not None:
            continue
        name = _local_name(ctx, inds, j, bare=False)
        if not _STUDENT.search(name) or ctx.level(name) != level:
            continue
        if any(w not in name for w in scopes):
            return None  # (the count of that scope's students is not the last one stated: none is certain)
        if level is None and text.rfind(_WHOLE_FIRST_WORD, ctx.sentence(i.start)[0], i.start) >= 0:
            continue
        return i
    return None
