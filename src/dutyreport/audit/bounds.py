"""Bounds the genre implies without stating them, and magnitudes: a part of a sample cannot exceed
it, 生均公用经费 cannot exceed 生均一般公共预算教育支出 of the same level, one year's figure cannot
exceed the same figure counted over several years, and a spending item cannot exceed the whole
education budget (a figure that does is an implausible magnitude: flagged, never fixed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from ..lang.audit import AFTER_COMPLETION, BUDGET_PARTS, BUDGET_TOTAL, PER_STUDENT_BOUNDS, SAMPLE_OF, SAMPLE_WORDS
from ..lang.punctuation import CLAUSE_ENDS
from ..model.quantities import Count, Money, PerUnit
from ..model.report import Check, CheckKind, Indicator, IndicatorKind
from .family import family
from .figures import QUOTE_MARKS, Context, check, near, unit_family, value

__all__ = ["budget_magnitude", "per_student", "period_total", "sample"]

_SAMPLE = re.compile(SAMPLE_WORDS.pattern)
_AFTER_COMPLETION = re.compile("|".join(e.pattern for e in AFTER_COMPLETION))
_SAMPLE_OF = re.compile(SAMPLE_OF.pattern)
_BUDGET_TOTAL = regex.compile(BUDGET_TOTAL.pattern)
_BUDGET_PART = re.compile(BUDGET_PARTS.pattern)
_PER_STUDENT = tuple((regex.compile(a.pattern), regex.compile(b.pattern)) for a, b in PER_STUDENT_BOUNDS)
# A period's total and the years' figures it sums are read together (in the corpus, at most three
# figures of the kind apart): a total is compared with the 32 nearest on each side. (Each pair
# compares two subjects, so this family's reach is what a text many reports long pays for most.)
_PERIOD_NEAR = 32


@family(CheckKind.BOUND)
def sample(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``抽查的40所学校中有7所…``: a part of a sample cannot exceed it."""
    text = ctx.text
    out: list[Check] = []
    figs = ctx.figures(inds)
    for k in figs.pairs():  # (of one family, both plain)
        whole, part = inds[k], inds[k + 1]
        if not isinstance(whole.quantity, Count) or not _SAMPLE_OF.fullmatch(text, whole.end, part.start):
            continue
        s_start, _ = ctx.sentence(whole.start)
        clause_start = ctx.clause_start(s_start, whole.start, CLAUSE_ENDS)
        lead = _SAMPLE.search(text, clause_start, whole.start)
        if lead is None:
            continue
        vw, vp = value(whole), value(part)
        assert vw is not None and vp is not None
        holds = vp <= vw
        sym = "<=" if holds else ">"
        claim = f"{part.text} {sym} {whole.text} ({text[lead.start() : whole.start]}…中, a part of the sample)"
        out.append(check(CheckKind.BOUND, claim, holds, [whole, part], vp))
    return out


@family(CheckKind.MAGNITUDE)
def budget_magnitude(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``山区教师交通补贴5000000万元`` in a report whose 一般公共预算教育支出 of that year is 30000万元:
    a spending item larger than the whole education budget is an implausible magnitude."""
    out: list[Check] = []
    totals: dict[str, Indicator] = {}
    money = [inds[k] for k in ctx.figures(inds).of("yuan")]  # (the plain amounts: a Money's family is yuan)
    for i in money:
        is_money = isinstance(i.quantity, Money) and i.kind is IndicatorKind.STOCK
        if is_money and _BUDGET_TOTAL.search(QUOTE_MARKS.sub("", i.subject or "")):
            totals.setdefault(ctx.year(i), i)
    if not totals:
        return out
    for i in money:
        if not isinstance(i.quantity, Money) or i in totals.values():
            continue
        if i.quantity.qualifier is not None:
            continue
        if not _BUDGET_PART.search(i.subject or ""):
            continue
        total = totals.get(ctx.year(i))
        if total is None:
            continue
        vi, vt = value(i), value(total)
        assert vi is not None and vt is not None
        holds = vi <= vt
        sym = "<=" if holds else ">"
        claim = f"{i.subject} {i.text} {sym} {total.subject} {total.text} (a part of the education budget)"
        note = "" if holds else "implausible magnitude: larger than the whole education budget"
        out.append(check(CheckKind.MAGNITUDE, claim, holds, [i, total], vi, note=note))
    return out


@family(CheckKind.BOUND)
def per_student(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``普通小学生均公用经费1200.5元`` cannot exceed ``普通小学生均一般公共预算教育支出9000.5元``."""
    out: list[Check] = []
    plains = ctx.figures(inds).plains
    per = [i for i, is_plain in zip(inds, plains, strict=True) if is_plain and type(i.quantity) is PerUnit]
    per_starts = [i.start for i in per]
    subjects = [i.subject or "" for i in per]
    for part_rx, whole_rx in _PER_STUDENT:
        # whether each figure can be the part, and the level of each that can be the whole (None: it cannot),
        # read once per rule
        parts = [part_rx.search(s) is not None for s in subjects]
        whole_level = {
            w.start: ctx.level(s) if not part and whole_rx.search(s) else None
            for w, s, part in zip(per, subjects, parts, strict=True)
        }
        for p, ps, part in zip(per, subjects, parts, strict=True):
            if not part:
                continue
            lv = ctx.level(ps)
            if lv is None:
                continue
            yp = ctx.year(p)
            for w in near(per, per_starts, p.start):
                if w is p or whole_level[w.start] != lv:
                    continue
                yw = ctx.year(w)
                if yw and yp and yw != yp:
                    continue
                vp, vw = value(p), value(w)
                assert vp is not None and vw is not None
                holds = vp <= vw
                claim = f"{ps} {p.text} {'<=' if holds else '>'} {w.subject or ''} {w.text}"
                out.append(check(CheckKind.BOUND, claim, holds, [p, w], vp))
                break
    return out


@family(CheckKind.BOUND)
def period_total(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """One year's figure cannot exceed the same figure counted over several years (三年来…)."""
    out: list[Check] = []
    if not ctx.period_marks:
        return out  # (no period word: no whole)
    wholes: list[tuple[Indicator, int, str]] = []
    # the counts that are no whole: their indexes and sentence starts (kept as numbers: on a long text,
    # a tuple per count is most of what this family would keep)
    other_ks: list[int] = []
    other_starts: list[int] = []
    figs = ctx.figures(inds)
    fams = figs.fams
    sentence_starts, _ = figs.sentences()
    for k in figs.counts():  # (the plain counts)
        i = inds[k]
        if i.kind is not IndicatorKind.STOCK:
            continue
        s_start = sentence_starts[k]
        period = ctx.period(s_start, i.start)
        if period is not None:
            wholes.append((i, s_start, period))
        else:
            other_ks.append(k)
            other_starts.append(s_start)
    # the parts: the counts with a year, of a family some whole is of (read only where a whole is), by family
    whole_fams = {unit_family(w) for w, _, _ in wholes}
    parts: dict[str | None, list[Indicator]] = {}
    part_sentences: dict[str | None, list[int]] = {}
    for k, s_start in zip(other_ks, other_starts, strict=True):
        fam, i = fams[k], inds[k]
        if fam in whole_fams and ctx.year(i):
            parts.setdefault(fam, []).append(i)
            part_sentences.setdefault(fam, []).append(s_start)
    part_starts = {fam: [p.start for p in members] for fam, members in parts.items()}
    # ctx.similar of a whole's subject and a part's, looked up here (by the whole's, then the part's: no
    # key made per pair, which on a long text is most of what this family allocates)
    alike: dict[str, dict[str, bool]] = {}
    for whole, s_start, period_word in wholes:
        subject = ctx.subject(whole)
        fam = unit_family(whole)
        like_whole = alike.setdefault(subject, {})
        starts = part_starts.get(fam, [])
        near_parts = near(parts.get(fam, []), starts, whole.start, _PERIOD_NEAR)
        near_sentences = near(part_sentences.get(fam, []), starts, whole.start, _PERIOD_NEAR)
        for part, ps in zip(near_parts, near_sentences, strict=True):
            if ps == s_start:
                continue
            part_subject = ctx.subject(part)
            similar = like_whole.get(part_subject)
            if similar is None:
                similar = like_whole[part_subject] = ctx.similar(part_subject, subject, 0.6)
            if not similar:
                continue
            if _AFTER_COMPLETION.search(ctx.text, ps, part.start):
                continue  # (建成投用后,可新增学位2700个: what the year's projects will give, not the year's figure)
            year = ctx.year(part)
            vp, vw = value(part), value(whole)
            assert vp is not None and vw is not None
            holds = vp <= vw
            claim = f"{year}年 {part_subject} {part.text} {'<=' if holds else '>'} {period_word} {whole.text}"
            out.append(check(CheckKind.BOUND, claim, holds, [part, whole], vp))
    return out
