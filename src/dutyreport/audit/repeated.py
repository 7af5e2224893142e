"""The same figure stated twice: a distinctive figure repeated in another sentence with a similar
subject, a budget and what was executed of it, a threshold named by the noun after it
(``56人以上大班额``), and an allowance stated twice with different amounts.

Every family here emits ``REPEATED``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from ..lang.audit import EXECUTED, FIXED_FIGURES, THRESHOLD_NOUNS
from ..lang.punctuation import COMMAS
from ..model.quantities import Count, Money, Percent, Qualifier, Ratio
from ..model.report import Check, CheckKind, Indicator
from ..patterns import first_chars, known
from .family import family
from .figures import CLAUSE_REACH, NEAR, QUOTE_MARKS, QUOTES, Context, check, decimals, plain, unit_family, value

__all__ = ["budget_executed", "fixed_figures", "repeated_figures", "thresholds"]

_KIND = CheckKind.REPEATED

_THRESHOLD = re.compile(rf"[{QUOTES}]?(?:" + "|".join(e.pattern for e in THRESHOLD_NOUNS) + r")")
_FIXED = re.compile(FIXED_FIGURES.pattern)
_EXECUTED = re.compile(EXECUTED.pattern)
_EXECUTED_OPENS = known(first_chars(_EXECUTED), _EXECUTED.pattern)  # (what the words of an execution open with)


_ALL_OR_NONE = (Decimal(0), Decimal(100))  # the percentages that are no figure worth noticing twice
_NO_QUOTES = str.maketrans("", "", QUOTES)


def _distinctive(ctx: Context, ind: Indicator) -> bool:
    """A figure worth noticing when stated twice: not 0% or 100%, not a count below 3."""
    v, w = value(ind), ctx.written(ind)
    if v is None or w is None:
        return False
    if isinstance(ind.quantity, Percent):
        return v not in _ALL_OR_NONE
    if isinstance(ind.quantity, Count):
        return w >= 3 or decimals(ind) > 0
    return True


def _signature(ctx: Context, ind: Indicator, subject: str) -> str:
    """The figure's subject (``subject``: ``ctx.subject(ind)``) and the words after it, without quote marks."""
    after = ctx.after(ind, 8)
    return subject + (after.translate(_NO_QUOTES) if QUOTE_MARKS.search(after) else after)


@family(_KIND)
def repeated_figures(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``学前三年毛入园率为88.25%`` here and again in another sentence: one figure, stated the same."""
    out: list[Check] = []
    # (the indexes of the figures by family, value and qualifier: a qualifier as its member, which stands for its
    # value, not read through the enum's property)
    groups: dict[tuple[str | None, Decimal, Qualifier | None], list[int]] = {}
    figs = ctx.figures(inds)
    for k, (i, fam, v) in enumerate(zip(inds, figs.fams, figs.values, strict=True)):
        if v is None or (fam == "ratio" and isinstance(i.quantity, Ratio)):  # (a ratio's family is "ratio")
            continue
        key = (fam, v, i.quantity.qualifier)
        group = groups.get(key)
        if group is None:
            groups[key] = [k]
        else:
            group.append(k)
    _, sentence_ends = figs.sentences()
    alike: dict[str, dict[str, bool]] = {}  # ctx.similar of two signatures, looked up here
    for group in groups.values():
        # (a figure alone with its value is never repeated: only a group's are asked whether they are distinctive)
        if len(group) < 2:
            continue
        # (one group's figures share their value: whether one is distinctive is read off its kind and its
        # text, once for each way the group's figures are written)
        asked: dict[tuple[type, str], bool] = {}
        members = []
        for k in group:
            i = inds[k]
            written_as = (type(i.quantity), i.text)
            found = asked.get(written_as)
            if found is None:
                found = asked[written_as] = _distinctive(ctx, i)
            if found:
                members.append(k)
        if len(members) < 2:
            continue
        chains: list[list[int]] = []
        # per member, by its index: its signature and its school level, read the first time a comparison
        # asks (a member in the sentence of every chain before it is compared with none)
        signatures: dict[int, str] = {}
        levels: dict[int, int | None] = {}
        for k in members:
            start = inds[k].start
            like_m: dict[str, bool] | None = None
            for chain in chains[-NEAR:]:  # the chains begun most recently
                if start <= sentence_ends[chain[-1]]:
                    continue  # in the sentence of the chain's last figure
                head = chain[0]
                if like_m is None:
                    _read(ctx, inds, k, signatures, levels)
                    like_m = alike.setdefault(signatures[k], {})  # (copies of a figure compare the same signatures)
                if head not in levels:
                    _read(ctx, inds, head, signatures, levels)
                if levels[k] != levels[head]:
                    continue
                head_signature = signatures[head]
                similar = like_m.get(head_signature)
                if similar is None:
                    similar = like_m[head_signature] = ctx.similar(signatures[k], head_signature, 0.4)
                if similar:
                    chain.append(k)
                    break
            else:
                chains.append([k])
        for chain in chains:
            if len(chain) < 2:
                continue
            parts = []
            for m in (inds[k] for k in chain):
                y = ctx.year(m)
                parts.append(f"{ctx.subject(m) or ctx.after(m)} {m.text}{' (' + y + ')' if y else ''}")
            out.append(check(_KIND, " = ".join(parts), True, [inds[k] for k in chain], value(inds[chain[0]])))
    return out


def _read(
    ctx: Context, inds: Sequence[Indicator], k: int, signatures: dict[int, str], levels: dict[int, int | None]
) -> None:
    """The signature and the school level of figure ``k``, kept by its index."""
    m = inds[k]
    subject = ctx.subject(m)
    signatures[k] = _signature(ctx, m, subject)
    levels[k] = ctx.level(subject, True)


@family(_KIND)
def budget_executed(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``预算3.1586亿元,全年执行数3.1586亿元``: what was executed is at least what was budgeted."""
    text = ctx.text
    out: list[Check] = []
    figs = ctx.figures(inds)
    values = figs.values
    for k in figs.pairs():  # (of one family, both plain)
        a, b = inds[k], inds[k + 1]
        if text[a.end : a.end + 1] in _EXECUTED_OPENS and _EXECUTED.match(text[a.end : b.start]):
            va, vb = values[k], values[k + 1]
            assert va is not None and vb is not None
            holds = vb >= va
            rel = "=" if va == vb else (">" if holds else "<")
            executed = text[a.end : b.start].strip(COMMAS + " ")
            claim = f"{a.subject} {a.text} (budgeted) {rel} {executed} {b.text} (executed)"
            out.append(check(_KIND, claim, holds, [a, b], vb))
    return out


@family(_KIND)
def thresholds(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``56人以上“大班额”`` here and ``55人以上“大班额”`` there: one noun, one threshold."""
    text = ctx.text
    out: list[Check] = []
    groups: dict[tuple[str, str | None], list[Indicator]] = {}
    for k in ctx.figures(inds).qualified():  # (a threshold has a qualifier)
        i = inds[k]
        q = i.quantity.qualifier
        if (q is not Qualifier.MORE_THAN and q is not Qualifier.AT_LEAST) or not plain(i):
            continue
        m = _THRESHOLD.match(text, i.end)
        if m is None:
            continue
        noun = m.group().strip(QUOTES)
        groups.setdefault((noun, unit_family(i)), []).append(i)
    for (noun, _), members in groups.items():
        # the school level named before each, in its sentence (read back at most CLAUSE_REACH characters)
        levels = {ctx.level(text[max(ctx.part(i.start)[0], i.start - CLAUSE_REACH) : i.start]) for i in members}
        levels.discard(None)
        if len(levels) > 1:
            continue  # thresholds of different school levels may differ
        values = {value(i) for i in members}
        if len(members) < 2 or (len({ctx.top(i.start) for i in members}) < 2 and len(values) > 1):
            continue
        holds = len(values) == 1
        claim = " = ".join(f"{i.text}“{noun}”" for i in members)
        out.append(check(_KIND, f"{claim} (the same threshold)", holds, members, note="" if holds else "differs"))
    return out


@family(_KIND)
def fixed_figures(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``山区教师岗位津贴86.42万元`` in one part of the report and another amount in another, for the same
    year: an allowance stated twice with different amounts."""
    out: list[Check] = []
    yuan = (inds[k] for k in ctx.figures(inds).of("yuan"))  # (the plain amounts: a Money's family is yuan)
    money = [i for i in yuan if isinstance(i.quantity, Money) and _FIXED.search(i.subject or "")]
    top = {i.start: ctx.top(i.start) for i in money}
    for k, a in enumerate(money):
        year = ctx.year(a)
        if not year:
            continue  # (an allowance of no year is compared with none)
        for b in money[k + 1 : k + 1 + NEAR]:
            if top[a.start] == top[b.start] or ctx.year(b) != year:
                continue
            if value(a) == value(b) or a.quantity.qualifier or b.quantity.qualifier:
                continue
            if not ctx.similar(ctx.subject(a), ctx.subject(b), 0.75):
                continue
            claim = f"{a.subject} {a.text} ≠ {b.subject} {b.text} ({year}, the same allowance stated twice)"
            out.append(check(_KIND, claim, False, [a, b], note="differs"))
    return out
