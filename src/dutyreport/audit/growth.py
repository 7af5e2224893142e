"""Growth and the direction of change: two years' figures and their stated difference or rate, a
change from one figure to another (``从A提高到B``) and its rate, a table row's two years and their
change, figures listed one by one with their prior values and changes, and rates said all to rise.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

import regex

from ..lang.audit import (
    ALL_RISE,
    AVERAGE_YEARLY,
    BASE_CHANGE,
    CHANGE_LEADS,
    CHANGE_RATES,
    FALL_VERBS,
    FEWER_WORDS,
    FROM_TO_DOWN,
    FROM_TO_UP,
    FROM_WORDS,
    RATE_AFTER_CHANGE,
    RESPECTIVE_CHANGE,
    RESPECTIVE_PRIOR,
    RISE_SLOGANS,
    TABLE_ROW,
    TO_YEAR,
)
from ..lang.dates import YEAR, YEAR_MARK
from ..lang.punctuation import COMMAS
from ..lang.script import alternation
from ..model.quantities import Count, Money, Percent, PerUnit
from ..model.report import Check, CheckKind, Indicator, IndicatorKind
from ..patterns import find_all, held_chars, known, matches_at, max_width, skipping
from .family import family
from .figures import BASE_REACH, BASE_YEAR, PRIOR, Context, check, fmt, listed_from, plain, unit_family, value

__all__ = [
    "all_rise",
    "from_to",
    "from_to_rate",
    "growth",
    "respective_growth",
    "rounded_rate",
    "table_columns",
]

_LEVEL_KINDS = (IndicatorKind.STOCK, IndicatorKind.TARGET)
_FALL = f"(?:{alternation(FALL_VERBS)})"
_FALL_WORD = regex.compile(f"{_FALL}|{FEWER_WORDS.pattern}")  # (between a figure and its change: 比上年少30人)
_FALL_BEFORE = re.compile(rf"{_FALL}[^0-9]{{0,4}}$")
_FALL_BEFORE_IN_CLAUSE = re.compile(rf"{_FALL}[^0-9{re.escape(COMMAS)}]{{0,4}}$")
_CHANGE_LEAD = skipping(re.compile(rf"(?:{CHANGE_LEADS.pattern})$"))
# (said in a claim that holds only because its figures are rounded)
_WITHIN_ROUNDING = ", within the rounding of its figures"
_AVERAGE_YEARLY = re.compile("|".join(e.pattern for e in AVERAGE_YEARLY))
_BASE_CHANGE = re.compile(BASE_CHANGE.pattern)
# (BASE_YEAR's pretest: a match ends right before the figure, so the character there is one it holds, or white
# space. Refused at import where these are not known.)
_BASE_YEAR_LAST = known(held_chars(BASE_YEAR, spaces=True), BASE_YEAR.pattern)
_RATE_AFTER_CHANGE = regex.compile(RATE_AFTER_CHANGE.pattern)
_YEAR_NIAN = re.compile(rf"({YEAR}){YEAR_MARK}")
_UP = re.compile(rf"^(?:{FROM_TO_UP.pattern})(?:{TO_YEAR.pattern})?$")
_DOWN = re.compile(rf"^(?:{FROM_TO_DOWN.pattern})(?:{TO_YEAR.pattern})?$")
_FROM = re.compile(FROM_WORDS.pattern)
# The longest words between the two figures of 从A提高到B that _UP or _DOWN read (and a line break, which
# their $ lets stand at the end).
_FROM_TO_GAP = max(known(max_width(p), p.pattern, "width") for p in (_UP, _DOWN)) + 1
_FROM_AT_END = re.compile(rf"(?:{FROM_WORDS.pattern})+$")
_CHANGE_RATE = regex.compile(rf"^(?:{CHANGE_RATES.pattern})$")
_TABLE_GAP = re.compile(TABLE_ROW.pattern)
_ALL_RISE = re.compile(ALL_RISE.pattern)
_SLOGAN = regex.compile(RISE_SLOGANS.pattern)
_SLOGAN_WORDS = tuple(RISE_SLOGANS.pattern.split("|"))  # (plain words: tests/audit/test_figures.py)
# A character every slogan holds (增), and where it stands in each: a slogan is looked for around it alone
_SLOGAN_SHARED = known(
    min(set.intersection(*(set(w) for w in _SLOGAN_WORDS)), default=None), RISE_SLOGANS.pattern, "shared character"
)
_SLOGAN_OFFSETS = sorted({w.index(_SLOGAN_SHARED) for w in _SLOGAN_WORDS})
_RESPECTIVE_PRIOR = re.compile(RESPECTIVE_PRIOR.pattern)
# (every match holds 分别, and is at most this long: it is tried only that far back from each 分别)
_RESPECTIVE_PRIOR_WIDTH = known(max_width(_RESPECTIVE_PRIOR), _RESPECTIVE_PRIOR.pattern, "width")
_RESPECTIVE_CHANGE = re.compile(RESPECTIVE_CHANGE.pattern)


# --- two years' figures and their change ---------------------------------------------------------


@family(CheckKind.GROWTH)
def growth(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``2021年…52000万元,2020年为50000万元,同比增长2000万元,增幅为4%`` (two years and their difference
    and rate); ``68,452.6万元,较上年的64,910.3万元增长5.46%`` (a figure and its base); ``26,315人,比去年
    增加1,204人,增长4.8%`` (a figure, its increase and the rate over the base they imply)."""
    text = ctx.text
    out: list[Check] = []
    figs = ctx.figures(inds)
    _, sentence_ends = figs.sentences()
    for k in figs.pairs():  # (the figure after it of its kind: read below as b, another would end the search)
        a = inds[k]
        if a.kind not in _LEVEL_KINDS or not isinstance(a.quantity, (Money, Count, PerUnit, Percent)):
            continue
        if isinstance(a.quantity, Percent) and a.quantity.percentage_point:
            continue
        s_end = sentence_ends[k]
        b = inds[k + 1]  # (of a's family and plain: tested above)
        if b.start >= s_end:
            continue  # (no figure after it in its sentence)
        if b.kind is IndicatorKind.CHANGE:
            out.extend(_unstated_base(ctx, a, [i for i in inds[k + 1 : k + 4] if i.start < s_end]))
            continue
        last = text[b.start - 1]
        base = (
            BASE_YEAR.search(text, max(a.end, b.start - BASE_REACH), b.start)
            if last in _BASE_YEAR_LAST or last.isspace()
            else None
        )
        base = base or PRIOR.fullmatch(text, a.end, b.start)
        if base is not None and b.kind in _LEVEL_KINDS:
            # 68,452.6万元,较上年的64,910.3万元增长5.46%: the second figure is the base
            new, old = a, b
            yb = [base.group("y") or base.group("rel")]
            ya = ctx.year(a) or "本年"
            if base.group("y") and ya.isdigit() and int(yb[0]) > int(ya):
                # 2022年为9.6亿元,2023年为10.2亿元: a later year's figure is the new one, the first the base
                new, old, ya, yb = b, a, yb[0], [ya]
        else:
            if a.kind is not IndicatorKind.STOCK or b.kind is not IndicatorKind.STOCK:
                continue  # (two years' figures are both stocks)
            yb = _YEAR_NIAN.findall(text, a.end, b.start)
            if len(yb) != 1:
                continue
            ya = ctx.year(a)
            if not ya or yb[0] == ya:
                continue
            new, old = (a, b) if int(ya) > int(yb[0]) else (b, a)
        vn, vo = value(new), value(old)
        assert vn is not None and vo is not None
        diff = vn - vo
        stated_diff: Indicator | None = None
        _, clause_end = ctx.part(b.start)
        rest = [i for i in inds[k + 1 : k + 4] if i.start < s_end]  # (b and the figures after it in the sentence)
        for c in rest[1:3]:
            if c.start >= clause_end or not plain(c):
                break
            if c.kind is not IndicatorKind.CHANGE and not _CHANGE_LEAD.search(text, max(b.end, c.start - 6), c.start):
                continue
            if _AVERAGE_YEARLY.search(text, b.end, c.start):
                break  # 较2020年的7.6亿元年均增长6.6%: a yearly average over the years between, not their change
            # 比上年的304276万元下降1.73%: a fall states the change without its sign
            sign = -1 if _FALL_BEFORE.search(text[b.end : c.start]) else 1
            if unit_family(a) == "%":
                if unit_family(c) != "pp":
                    break  # a percentage changes by points (下降3.24个百分点), not by a rate
                # 15.68%,比上年的18.92%下降3.24个百分点
                out.append(_difference(ctx, new, old, c, diff, sign, f"{ya} vs {yb[0]}"))
            elif unit_family(c) == unit_family(a):
                stated_diff = c
                out.append(_difference(ctx, new, old, c, diff, sign, f"{ya} vs {yb[0]}"))
            elif isinstance(c.quantity, Percent) and vo != 0:
                rate = diff / vo * 100
                rate_of = (
                    f"{stated_diff.text} / {old.text} ({new.text} - {old.text})"
                    if stated_diff
                    else f"({new.text} - {old.text}) / {old.text}"
                )
                inv = [new, old, c, *([stated_diff] if stated_diff else [])]
                word = "降幅" if sign < 0 else "增幅"
                holds, note = ctx.agrees(rate * sign, c), ""
                if not holds and rounded_rate(ctx, new, old, c, sign):
                    holds, note = True, _WITHIN_ROUNDING
                claim = ctx.claim(rate_of, rate * sign, c, holds, label=word, shown=rate, note=note)
                out.append(check(CheckKind.GROWTH, claim, holds, inv, rate))
    return out


def _difference(
    ctx: Context, new: Indicator, old: Indicator, c: Indicator, diff: Decimal, sign: int, years: str
) -> Check:
    """The check that ``c`` states the difference of two years' figures (a fall's, ``sign`` -1, without its sign)."""
    holds = ctx.agrees(diff * sign, c)
    claim = ctx.claim(f"{new.text} - {old.text}", diff * sign, c, holds, label=f"{new.subject or ''}, {years}")
    return check(CheckKind.GROWTH, claim, holds, [new, old, c], diff)


def rounded_rate(ctx: Context, new: Indicator, old: Indicator, c: Indicator, sign: int) -> bool:
    """Whether the rate ``c`` (of a rise, ``sign`` 1, or of a fall, -1) is what some values the two
    rounded figures may stand for give (12.6亿元 over 11.8亿元: 5.9% to 7.7%), though not what they give."""
    vn, vo = value(new), value(old)
    assert vn is not None and vo is not None
    hn, ho = ctx.rounding(new), ctx.rounding(old)
    if not (hn < vn and ho < vo) or hn == ho == 0:
        return False
    ends = ((vn - hn) / (vo + ho) * 100 - 100) * sign, ((vn + hn) / (vo - ho) * 100 - 100) * sign
    return ctx.agrees_between(min(ends), max(ends), c)


def _unstated_base(ctx: Context, a: Indicator, rest: Sequence[Indicator]) -> list[Check]:
    """``26,315人,比去年增加1,204人,增长4.8%``: the base is the figure less its increase."""
    text = ctx.text
    c = rest[0]
    if not _BASE_CHANGE.fullmatch(text[a.end : c.start]):
        return []
    # the words before the rate make it a change, whatever kind the figure was read as (a goal's 增长6.6%)
    rates = [i for i in rest[1:2] if isinstance(i.quantity, Percent) and not i.quantity.percentage_point and plain(i)]
    if not rates or not _RATE_AFTER_CHANGE.fullmatch(text, c.end, rates[0].start):
        return []
    va, vc = value(a), value(c)
    assert va is not None and vc is not None
    falls = bool(_FALL_WORD.search(text[a.end : c.start]))
    base = va + vc if falls else va - vc
    if base <= 0:
        return []
    rate = vc / base * 100
    p = rates[0]
    sign = "+" if falls else "-"
    holds = ctx.agrees(rate, p)
    note = ""
    if not holds:
        # the rate over the values the two rounded figures may stand for (it grows with the change and
        # falls with the figure, whether the change is a rise or a fall)
        ha, hc = ctx.rounding(a), ctx.rounding(c)
        step = 1 if falls else -1
        low_base, high_base = va + ha + step * (vc - hc), va - ha + step * (vc + hc)
        if vc - hc >= 0 and low_base > 0 and high_base > 0:
            holds = ctx.agrees_between((vc - hc) / low_base * 100, (vc + hc) / high_base * 100, p)
            note = _WITHIN_ROUNDING if holds else ""
    terms = f"{c.text} / ({a.text} {sign} {c.text})"
    claim = ctx.claim(terms, rate, p, holds, label=a.subject or "", shown=rate, note=note)
    return [check(CheckKind.GROWTH, claim, holds, [a, c, p], rate)]


@family(CheckKind.GROWTH)
def table_columns(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """A flattened table row ``名称(单位) 上年 本年 增幅``: two years' figures of one name, then their change
    (a rate for amounts and counts, percentage points for percentages)."""
    text = ctx.text
    out: list[Check] = []
    plains = ctx.figures(inds).plains
    for k in range(len(inds) - 2):
        if not (plains[k] and plains[k + 1] and plains[k + 2]):
            continue
        a, b, c = inds[k], inds[k + 1], inds[k + 2]
        if a.year is None or b.year is None or a.year >= b.year:
            continue
        if not (_TABLE_GAP.fullmatch(text, a.end, b.start) and _TABLE_GAP.fullmatch(text, b.end, c.start)):
            continue
        if unit_family(a) != unit_family(b) or not isinstance(c.quantity, Percent) or a.subject != b.subject:
            continue
        va, vb = value(a), value(b)
        assert va is not None and vb is not None
        name = a.subject or ""
        if isinstance(a.quantity, Percent) and c.quantity.percentage_point:
            diff = vb - va
            holds = ctx.agrees(diff, c)
            claim = ctx.claim(f"{b.text} - {a.text}", diff, c, holds, label=f"{name}, {a.year} vs {b.year}")
            out.append(check(CheckKind.GROWTH, claim, holds, [a, b, c], diff))
        elif isinstance(a.quantity, (Money, Count, PerUnit)) and not c.quantity.percentage_point and va != 0:
            rate = (vb - va) / va * 100
            years = f"{a.year} vs {b.year}"
            holds = ctx.agrees(rate, c)
            claim = ctx.claim(f"({b.text} - {a.text}) / {a.text}", rate, c, holds, label=f"{name}, {years}", shown=rate)
            out.append(check(CheckKind.GROWTH, claim, holds, [a, b, c], rate))
    return out


# --- from one figure to another ------------------------------------------------------------------


def _from_to_pairs(ctx: Context, inds: Sequence[Indicator]) -> list[tuple[int, bool, str]]:
    """``从A提高到B`` / ``由A减少至B``: the index of A, whether it rises, and the words between A and B
    (found once for the two families)."""
    return ctx.once(_from_to_pairs, lambda: list(_find_from_to_pairs(ctx, inds)))


def _find_from_to_pairs(ctx: Context, inds: Sequence[Indicator]) -> Iterator[tuple[int, bool, str]]:
    text = ctx.text
    figs = ctx.figures(inds)
    for k in figs.pairs():  # (of one family, both plain)
        a, b = inds[k], inds[k + 1]
        if b.start - a.end > _FROM_TO_GAP:
            continue  # (more words between them than 提高到 and a year)
        between = text[a.end : b.start]
        up, down = _UP.match(between), _DOWN.match(between)
        if not (up or down):
            continue
        s_start, _ = ctx.part(a.start)
        if not _FROM.search(text[max(s_start, a.start - 12) : a.start]):
            continue
        yield k, bool(up), between


@family(CheckKind.SIGN)
def from_to(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``从650元提高到800元``: the second figure is above the first (below it after 减少到)."""
    out: list[Check] = []
    for k, up, between in _from_to_pairs(ctx, inds):
        a, b = inds[k], inds[k + 1]
        va, vb = value(a), value(b)
        assert va is not None and vb is not None
        holds = vb > va if up else vb < va
        sym = ">" if up else "<"
        year = ctx.year(a)
        subject = _FROM_AT_END.sub("", a.subject or "")
        claim = (
            f"{a.text} {between} {b.text}: {fmt(ctx.written(b) or vb)} {sym} {fmt(ctx.written(a) or va)}"
            f" ({subject}{', ' + year if year else ''})"
        )
        out.append(check(CheckKind.SIGN, claim, holds, [a, b], vb - va))
    return out


@family(CheckKind.GROWTH)
def from_to_rate(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``由37个减少至6个,下降83.8%`` / ``从1,046家压减到41家,压减率96.1%`` / ``提高3.5个百分点``: the
    rate or the amount of a change stated after its two ends."""
    text = ctx.text
    out: list[Check] = []
    for k, up, _ in _from_to_pairs(ctx, inds):
        a, b = inds[k], inds[k + 1]
        va, vb = value(a), value(b)
        assert va is not None and vb is not None
        _, s_end = ctx.part(a.start)
        for c in inds[k + 2 : k + 4]:
            if c.start >= s_end or not plain(c):
                break
            rate_word = _CHANGE_RATE.match(text[b.end : c.start])
            if rate_word is None:
                break
            diff = abs(vb - va)
            if isinstance(c.quantity, Percent) and not c.quantity.percentage_point:
                if va == 0 or isinstance(a.quantity, Percent):
                    break
                rate = diff / abs(va) * 100
                terms = f"({b.text} - {a.text}) / {a.text}" if up else f"({a.text} - {b.text}) / {a.text}"
                name = rate_word.group().strip(COMMAS + " ")
                holds, note = ctx.agrees(rate, c), ""
                if not holds and rounded_rate(ctx, b, a, c, 1 if vb >= va else -1):
                    holds, note = True, _WITHIN_ROUNDING
                claim = ctx.claim(terms, rate, c, holds, label=name, shown=rate, note=note)
                out.append(check(CheckKind.GROWTH, claim, holds, [a, b, c], rate))
            elif unit_family(c) == ("pp" if isinstance(a.quantity, Percent) else unit_family(a)):
                terms = f"{b.text} - {a.text}" if up else f"{a.text} - {b.text}"
                holds = ctx.agrees(diff, c)
                out.append(check(CheckKind.GROWTH, ctx.claim(terms, diff, c, holds), holds, [a, b, c], diff))
            break
    return out


# --- rates said to rise, figures listed with their prior values ----------------------------------


def _rise_slogans(text: str) -> Iterator[Any]:
    """The matches of :data:`_SLOGAN`, as ``finditer`` gives them: tried only where a slogan would
    hold the character every slogan holds (a table without one is refused at import)."""
    starts = [q - d for q in find_all(text, _SLOGAN_SHARED) for d in _SLOGAN_OFFSETS if q >= d]
    # (the pattern is its plain words: it matches only where one of them starts, which str.startswith
    # tells before the pattern is tried)
    return matches_at(_SLOGAN, text, [p for p in starts if text.startswith(_SLOGAN_WORDS, p)])


def rates_of_change(ctx: Context, inds: Sequence[Indicator]) -> list[Indicator]:
    """The rates of change a rise is read from (plain percentages, not points, of kind ``CHANGE``), in
    order: among the plain percentages (:meth:`~.figures.Figures.of`), not among all figures."""
    percents = (inds[k] for k in ctx.figures(inds).of("%"))
    return [i for i in percents if i.kind is IndicatorKind.CHANGE and type(i.quantity) is Percent]


@family(CheckKind.SIGN)
def all_rise(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``…同比增长1.2%,…增长0.5%,均比上年增长`` (in the sentence) and ``逐年增长`` (in the paragraph):
    every rate is a rise."""
    text = ctx.text
    out: list[Check] = []
    triggers: list[tuple[int, int, str]] = []
    for m in _ALL_RISE.finditer(text):
        s, e = ctx.sentence(m.start())
        triggers.append((s, e, m.group()))
    for m in _rise_slogans(text):  # (a slogan's lines: a long line is not read again)
        triggers.append((ctx.line(m.start())[0], ctx.line(m.end())[1], m.group()))
    if not triggers:
        return out
    changes = rates_of_change(ctx, inds)  # (each sentence or line is looked up among them)
    starts = [i.start for i in changes]
    # Each rate is read for the first sentence or line that holds it, and for no other: unread[k] leads on to
    # the first rate at or after k not read yet (its links shortened as they are followed), so a line with many
    # triggers and many rates is read once, not once per trigger.
    unread = list(range(len(changes) + 1))
    for s, e, word in triggers:
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        rates: list[Indicator] = []
        k = _unread_from(unread, lo)
        while k < hi:
            rates.append(changes[k])
            unread[k] = k + 1
            k = _unread_from(unread, k + 1)
        if not rates:
            continue
        signs = []
        for i in rates:
            falls = _FALL_BEFORE_IN_CLAUSE.search(text[max(s, i.start - 8) : i.start])
            v = value(i) or Decimal(0)
            signs.append(-v if falls else v)
        holds = all(v > 0 for v in signs)
        listed = ", ".join(i.text for i in rates)
        out.append(check(CheckKind.SIGN, f"{listed} > 0 ({word})", holds, rates, min(signs)))
    return out


def _unread_from(unread: list[int], k: int) -> int:
    """The first index at or after ``k`` that ``unread`` leads to itself (not read yet), halving the path."""
    while unread[k] != k:
        unread[k] = unread[unread[k]]
        k = unread[k]
    return k


def _respective_priors(text: str, places: Sequence[int]) -> Iterator[re.Match[str]]:
    """The matches of :data:`_RESPECTIVE_PRIOR`, as ``finditer`` gives them: tried only from a
    match's width back from each 分别 (every match holds one; ``places``: where 分别 stands,
    :func:`~.figures.respective_places`)."""
    width = _RESPECTIVE_PRIOR_WIDTH
    starts = (p for q in places for p in range(max(0, q - width), q + 1))
    yield from matches_at(_RESPECTIVE_PRIOR, text, starts)


@family(CheckKind.GROWTH)
def respective_growth(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``分别为14,280元、19,650元，上年分别为13,757元、18,786元，分别增长3.8%、4.6%``: each figure, its
    prior value and its stated rate (or difference), taken one by one in the order listed."""
    text = ctx.text
    out: list[Check] = []
    starts = ctx.figures(inds).starts
    for m in _respective_priors(text, ctx.respectively()):
        s_start, s_end = ctx.sentence(m.start())
        prior = listed_from(ctx, inds, starts, m.end(), m.end(), s_end)
        j = bisect.bisect_left(starts, m.start())
        now = [i for i in inds[max(0, j - len(prior)) : j] if i.start >= s_start]
        if len(prior) < 2 or len(now) != len(prior):
            continue
        change = _RESPECTIVE_CHANGE.search(text, prior[-1].end, s_end)
        if change is None:
            continue
        stated = listed_from(ctx, inds, starts, change.end(), change.end(), s_end)
        if len(stated) != len(prior):
            continue
        triples = list(zip(now, prior, stated, strict=True))
        if any(unit_family(a) != unit_family(b) or not all(map(plain, (a, b, c))) for a, b, c in triples):
            continue
        fall = change.group("fall") is not None
        terms, holds = [], True
        for a, b, c in triples:
            va, vb = value(a), value(b)
            assert va is not None and vb is not None
            diff = (vb - va) if fall else (va - vb)
            fa = unit_family(a)
            if isinstance(c.quantity, Percent) and not c.quantity.percentage_point and fa != "%":
                if vb == 0:
                    break
                computed = diff / vb * 100
                agrees = ctx.agrees(computed, c)
                terms.append(ctx.claim(f"({a.text} - {b.text}) / {b.text}", computed, c, agrees, shown=computed))
            elif unit_family(c) == fa or (fa == "%" and unit_family(c) == "pp"):
                computed = diff
                agrees = ctx.agrees(computed, c)
                terms.append(ctx.claim(f"{a.text} - {b.text}", computed, c, agrees))
            else:
                break
            holds = holds and agrees
        else:
            claim = f"{'; '.join(terms)} (分别{'下降' if fall else '增长'})"
            out.append(check(CheckKind.GROWTH, claim, holds, [x for t in triples for x in t]))
    return out
