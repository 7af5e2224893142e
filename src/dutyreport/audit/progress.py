"""Work done out of what was found or assigned: ``发现问题115个,已整改108个,整改率93.9%`` /
``任务17项…已完成14项…其余3项``.

Three families read the same pairs — a count of work done and, just before it, the count it was
done out of — and differ in what follows the count done: a rate (``整改率93.9%``, a share), the
rest (``其余3项``, parts that make up the whole), or neither (done within found, a bound).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

import attrs
import regex

from ..lang.audit import COPULAS, DONE_RATES, DONE_WORDS, FOUND_WORDS, REST_WORDS
from ..lang.punctuation import CLAUSE_ENDS
from ..model.quantities import Count, Percent
from ..model.report import Check, CheckKind, Indicator
from ..patterns import find_all, first_chars, known
from .family import family
from .figures import CLAUSE_REACH, Context, check, fmt, plain, value

__all__ = ["done_and_rest", "done_rate", "done_within", "done_within_found"]

_DONE = re.compile(DONE_WORDS.pattern)
_DONE_FIRSTS = known(first_chars(_DONE), _DONE.pattern)  # (refused at import where they cannot be read)
_FOUND = regex.compile(FOUND_WORDS.pattern)
_DONE_RATE = regex.compile(rf"[^0-9。；;]{{0,4}}?(?:{DONE_RATES.pattern})(?:{COPULAS.pattern})?")
_REST = regex.compile(REST_WORDS.pattern)


@attrs.frozen
class _Done:
    """A count of work done, the count it was done out of, and the figures after it in its sentence."""

    done: Indicator
    whole: Indicator
    after: Sequence[Indicator]  # the (up to two) plain figures that follow in the sentence


def done_within(ctx: Context, inds: Sequence[Indicator]) -> list[_Done]:
    """Every count of work done and what it was done out of, found once for the three families (and
    read by the share families, which leave these rates to them)."""
    return ctx.once(done_within, lambda: list(_find_done_within(ctx, inds)))


def done_starts(text: str) -> list[int]:
    """Every position a match of :data:`_DONE` starts at (overlapping ones too), in order. Where none
    stands in a window, no search of the window finds one (the pattern reads nothing around its match)."""
    return sorted(p for c in _DONE_FIRSTS for p in find_all(text, c) if _DONE.match(text, p))


def _find_done_within(ctx: Context, inds: Sequence[Indicator]) -> Iterator[_Done]:
    text = ctx.text
    starts = done_starts(text)
    for k in ctx.figures(inds).counts():  # (the plain counts)
        done = inds[k]
        if done.quantity.qualifier is not None:
            continue
        # (its clause starts at most CLAUSE_REACH characters back: no done word there, none in the clause)
        d = bisect.bisect_left(starts, done.start - CLAUSE_REACH)
        if d == len(starts) or starts[d] >= done.start:
            continue
        s_start, s_end = ctx.sentence(done.start)
        clause_start = ctx.clause_start(max(s_start, done.start - CLAUSE_REACH), done.start, CLAUSE_ENDS)
        if not _DONE.search(text, clause_start, done.start):
            continue
        p_start, _ = ctx.sentence(max(0, s_start - 2))
        whole: Indicator | None = None
        for w in reversed(inds[max(0, k - 8) : k]):
            if w.start < p_start:
                break
            if not isinstance(w.quantity, Count) or w.unit != done.unit or not plain(w) or w.quantity.qualifier:
                continue
            w_start, _ = ctx.sentence(w.start)
            w_clause = ctx.clause_start(max(w_start, w.start - CLAUSE_REACH), w.start, CLAUSE_ENDS)
            if _FOUND.search(text, w_clause, w.start) and not _DONE.search(text, w_clause, w.start):
                whole = w
            break
        if whole is None:
            continue
        after: list[Indicator] = []
        for c in inds[k + 1 : k + 3]:
            if c.start >= s_end or not plain(c):
                break
            after.append(c)
        yield _Done(done, whole, after)


def _is_rate(ctx: Context, d: _Done, c: Indicator) -> bool:
    return isinstance(c.quantity, Percent) and bool(_DONE_RATE.fullmatch(ctx.text[d.done.end : c.start]))


def _is_rest(ctx: Context, d: _Done, c: Indicator) -> bool:
    return (
        c.unit == d.done.unit and isinstance(c.quantity, Count) and bool(_REST.search(ctx.text, c.start - 6, c.start))
    )


def _rate_after_between(ctx: Context, d: _Done) -> Indicator | None:
    """``已完成整改4个,正在整改2个,整改完成率66.7%``: the rate after one more count of the work's (under
    way, or done in part), where the done count has no rate of its own right after it."""
    if len(d.after) < 2 or _is_rate(ctx, d, d.after[0]):
        return None
    between, c = d.after
    if between.unit != d.done.unit or not isinstance(between.quantity, Count) or between.quantity.qualifier:
        return None
    if not isinstance(c.quantity, Percent) or not _DONE_RATE.fullmatch(ctx.text[between.end : c.start]):
        return None
    return c


@family(CheckKind.SHARE)
def done_rate(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``发现问题115个,已整改108个,整改率93.9%``: the rate is done over found; after one more count
    (``…,正在整改2个,整改完成率66.7%``), done over found, or done and that count over found (基本完成 is
    counted as done by some reports): the rate fails where it is neither."""
    out: list[Check] = []
    for d in done_within(ctx, inds):
        vd, vw = value(d.done), value(d.whole)
        assert vd is not None and vw is not None
        if vw == 0:
            continue
        for c in d.after:
            if _is_rate(ctx, d, c):
                rate = vd / vw * 100
                holds = ctx.agrees(rate, c)
                claim = ctx.claim(f"{d.done.text} / {d.whole.text}", rate, c, holds, shown=rate)
                out.append(check(CheckKind.SHARE, claim, holds, [d.done, d.whole, c], rate))
        r = _rate_after_between(ctx, d)
        if r is not None:
            between = d.after[0]
            rate = vd / vw * 100
            terms = f"{d.done.text} / {d.whole.text}"
            figures = [d.done, d.whole, r]
            if not ctx.agrees(rate, r):
                with_between = (vd + (value(between) or 0)) / vw * 100
                if ctx.agrees(with_between, r):
                    rate, terms = with_between, f"({d.done.text} + {between.text}) / {d.whole.text}"
                    figures = [d.done, between, d.whole, r]
            holds = ctx.agrees(rate, r)
            out.append(check(CheckKind.SHARE, ctx.claim(terms, rate, r, holds, shown=rate), holds, figures, rate))
    return out


@family(CheckKind.PARTS_TOTAL)
def done_and_rest(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``任务17项…已完成14项…其余3项``: what is done and the rest make up the whole."""
    out: list[Check] = []
    for d in done_within(ctx, inds):
        vd, vw = value(d.done), value(d.whole)
        assert vd is not None and vw is not None
        for c in d.after:
            if not (_is_rate(ctx, d, c) and vw != 0) and _is_rest(ctx, d, c):
                vr = value(c)
                assert vr is not None
                holds = vd + vr == vw
                rel = "=" if holds else "≠"
                claim = f"{d.done.text} + {c.text} = {fmt(vd + vr, 0)} {rel} {d.whole.text} (done and the rest)"
                out.append(check(CheckKind.PARTS_TOTAL, claim, holds, [d.done, c, d.whole], vd + vr))
    return out


@family(CheckKind.BOUND)
def done_within_found(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``全年督导发现问题50个,已整改45个``: with no rate and no rest stated, done is at most found."""
    out: list[Check] = []
    for d in done_within(ctx, inds):
        vd, vw = value(d.done), value(d.whole)
        assert vd is not None and vw is not None
        if any((_is_rate(ctx, d, c) and vw != 0) or _is_rest(ctx, d, c) for c in d.after):
            continue  # the rate or the rest is checked instead
        if vw != 0 and _rate_after_between(ctx, d) is not None:
            continue
        holds = vd <= vw
        sym = "<=" if holds else ">"
        claim = f"{d.done.text} {sym} {d.whole.text} (done within found)"
        out.append(check(CheckKind.BOUND, claim, holds, [d.done, d.whole], vd))
    return out
