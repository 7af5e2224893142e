"""Parts and their total: lists after a total (``共有学校16所:幼儿园5所、小学7所…``), the parts of a
``其中`` (which may not add up to the whole, but cannot exceed it), a breakdown in the next sentence,
a flattened table's total row, a total of new staff and its channels.

Every family here emits ``PARTS_TOTAL``: the sum of some parts against their total, claimed equal
(a list that makes up its total) or at most the total (the parts a ``其中`` names).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

import regex

from ..lang.audit import (
    AVERAGE_NAMES,
    BASE_YEARS,
    EACH_OF,
    NEXT_PARTS,
    OF_WHICH,
    PART_ATTRIBUTES,
    PART_MARKERS,
    PEOPLE_UNITS,
    PRIOR_VALUES,
    RESPECTIVELY,
    STATED_AS,
    SUM_WORDS,
    SUPPLY_TOTALS,
)
from ..lang.figures import PEOPLE_NOUNS
from ..lang.measure_words import LEVEL_WORDS
from ..lang.numbers import MEASURE_WORDS, TRADITIONAL
from ..lang.punctuation import (
    CLAUSE_ENDS,
    CLOSE_BRACKET_CLASS,
    COLONS,
    COMMAS,
    LIST_MARKS,
    OPEN_BRACKET_CLASS,
    OPEN_BRACKETS,
    PART_ENDS,
)
from ..lang.script import alternation
from ..model.quantities import Count
from ..model.report import Check, CheckKind, Indicator, IndicatorKind
from ..patterns import first_chars, held_chars, known
from .family import family
from .figures import (
    BASE_REACH,
    BASE_YEAR,
    PRIOR,
    WINDOW,
    Context,
    check,
    decimals,
    fmt,
    near,
    plain,
    total_of,
    unit_family,
    value,
)

__all__ = ["next_sentence_parts", "parts_and_total", "parts_then_total", "second_breakdown", "supply", "table_total"]

_KIND = CheckKind.PARTS_TOTAL

_PART_MARKER = re.compile(r"^\s*[,，]?\s*(?:" + "|".join(e.pattern for e in PART_MARKERS) + r")")
_OF_WHICH = re.compile(OF_WHICH.pattern)
_OF_WHICH_WORD = OF_WHICH.pattern  # (a plain word: tests/audit/test_shortcuts.py)
_OF_WHICH_OPEN = re.compile(rf"{OF_WHICH.pattern}[^{re.escape(PART_ENDS + COMMAS)}]*$")
_PART_OPENER = re.compile(rf"[{re.escape(COMMAS + COLONS + OPEN_BRACKETS)}]|{OF_WHICH.pattern}|{RESPECTIVELY.pattern}")
_EACH_OF = re.compile(EACH_OF.pattern)
# The words before a part that name a school level and nothing more (,其中小学 / 、初中为): where the parts open so, a
# part whose own words name people the total's do not (在园幼儿, 教职工 after 在校学生3000人,其中小学…) is no part.
_LEVEL_ALONE = re.compile(
    rf"[\s{re.escape(COMMAS + COLONS + LIST_MARKS)}]*(?:{OF_WHICH.pattern})?\s*(?:{alternation(LEVEL_WORDS)})"
    rf"(?:{STATED_AS.pattern})?[\s{re.escape(COLONS)}]*"
)
_PEOPLE_NOUN = re.compile(alternation(PEOPLE_NOUNS))
_PART_WORDS_REACH = 24  # (how far back a part's own words are read for the people they name)
_PART_SEPARATOR = re.compile(rf"[{re.escape(CLAUSE_ENDS + LIST_MARKS)}][^{re.escape(CLAUSE_ENDS + LIST_MARKS)}]*$")
# (the one character before a part that _EACH_OF may match)
_EACH_OF_FIRSTS = known(first_chars(_EACH_OF), _EACH_OF.pattern)
_NEXT_PARTS = regex.compile(NEXT_PARTS.pattern)
_NEXT_PART_GAP = regex.compile(r"[^0-9，,；;。]{0,12}[、，,][^0-9，,；;。]{0,12}")
_CLOSE_THEN_SPACE = re.compile(rf"{CLOSE_BRACKET_CLASS}[ \t\u3000]+$")
# what the character before a table row's total is (the last of _CLOSE_THEN_SPACE's spaces, or the line
# break its $ may stand before): where another stands, the pattern is not tried
_ROW_LAST = frozenset(" \t\u3000\n")
_OPEN_BRACKET_CHARS = tuple(OPEN_BRACKETS)
_CELL_PUNCT = regex.compile(r"[，。；;、:：]|(?<![0-9]),|,(?![0-9])")  # a thousands separator is not punctuation
_SUPPLY = tuple((regex.compile(a.pattern), regex.compile(b.pattern)) for a, b in SUPPLY_TOTALS)
_NO_SUM = ("%", "pp", "ratio", None)  # figures that are not added up
_AVERAGE = re.compile(AVERAGE_NAMES.pattern)
_SUM_WORD = regex.compile(SUM_WORDS.pattern)
# ``192所(个)``: a total of things counted by two measure words, the second in brackets.
_MEASURE = {e.word: e.word for e in MEASURE_WORDS} | {t.word: str(t.value) for t in TRADITIONAL}
_OTHER_MEASURE = regex.compile(rf"{OPEN_BRACKET_CLASS}(?P<w>\p{{Han}}{{1,2}}){CLOSE_BRACKET_CLASS}")
_LIST_MARK = regex.compile(f"[{re.escape(LIST_MARKS + COMMAS)}]")
_SUM_GAP = 24  # the most characters between two parts listed before their total (、两栋房屋收购资金)
# (_compared_with's pretests: a match of either pattern ends right before the figure, so the character there is
# one they hold, or white space; a prior value opens with a comma. Refused at import where these are not known.)
_COMPARED_LAST = known(held_chars(BASE_YEAR, spaces=True), BASE_YEARS.pattern) | known(
    held_chars(PRIOR, spaces=True), PRIOR_VALUES.pattern
)
_PRIOR_FIRST = known(first_chars(PRIOR), PRIOR_VALUES.pattern)
_GENERIC = frozenset(e.word for e in MEASURE_WORDS if e.value == "generic")  # (个: counts of any noun)
# (a count in a generic word is of that word's family, not of people: the family tells such a count)
if _GENERIC & frozenset(PEOPLE_UNITS):
    raise ValueError("a generic measure word that counts people")
_HAN = regex.compile(r"\p{Han}")
_ATTRIBUTE = re.compile("|".join(re.escape(e.word) for e in PART_ATTRIBUTES))
_ATTRIBUTE_OF = {e.word: e.value for e in PART_ATTRIBUTES}
_PART_NAME_STOP = re.compile(rf"[{re.escape(COMMAS + COLONS + LIST_MARKS + PART_ENDS + OPEN_BRACKETS)}]")


def _multiplier(ctx: Context, s_start: int, ind: Indicator) -> int:
    """``A、B、C各1所`` counts three times (the names back to the start of its clause, in the part of a
    sentence that starts at ``s_start``)."""
    text = ctx.text
    if ind.start == 0 or text[ind.start - 1] not in _EACH_OF_FIRSTS:
        return 1  # (the one character before it opens no match)
    if not _EACH_OF.match(text, ind.start - 1, ind.start):
        return 1
    clause_start = ctx.clause_start(s_start, ind.start, CLAUSE_ENDS)
    names = text[clause_start : ind.start - 1]
    return names.count("、") + 1


def _other_people(text: str, total: Indicator, part: Indicator) -> bool:
    """The words of ``part`` since the list's last mark name people the total's subject does not name
    (在园幼儿, 教职工 after 在校学生)."""
    start = max(total.end, part.start - _PART_WORDS_REACH)
    own = _PART_SEPARATOR.search(text, start, part.start)
    if own is not None:
        start = own.start()
    if _LEVEL_ALONE.fullmatch(text, start, part.start):
        return False  # (幼儿园57所: a level, whatever word it holds)
    found = _PEOPLE_NOUN.search(text, start, part.start)
    # (a noun whose last character the total's subject holds names its people: 学生 of 在校生)
    return found is not None and found.group()[-1] not in (total.subject or "")


def _marker(between: str) -> str | None:
    """What opens the parts after a total, read on what stands between the total and its first part:
    ``其中``, a colon…, ``""`` for a bracket or a comma alone; ``None`` where nothing opens them (the
    figure is a peer in a list: 批评教育5人、约谈2人…)."""
    if not _PART_OPENER.search(between):
        return None
    m = _PART_MARKER.match(between.lstrip(OPEN_BRACKETS))  # (anchored: a search would try every position)
    if m:
        return m.group().strip(" " + COMMAS) or ":"
    if _OF_WHICH_OPEN.search(between):
        return OF_WHICH.pattern
    return ""


def _compared_with(text: str, before: Indicator, i: Indicator) -> bool:
    """Whether ``i`` is the figure the one ``before`` it is compared with, another year's value and no part
    (``5.9亿元,比上年的5.6亿元增长5.4%``, ``8.1亿元,上年为7.6亿元``)."""
    last = text[i.start - 1]  # (what a match of either pattern ends with, but for white space after it)
    if last not in _COMPARED_LAST and not last.isspace():
        return False
    if BASE_YEAR.search(text, max(before.end, i.start - BASE_REACH), i.start):
        return True
    return text[before.end : before.end + 1] in _PRIOR_FIRST and PRIOR.fullmatch(text, before.end, i.start) is not None


def _noun_after(text: str, i: Indicator) -> str | None:
    """The character after a count in a generic measure word when it opens the counted noun (``21个县``:
    县), else None (``21个,``; a count in 所 or 人 names its noun by the measure word itself)."""
    q = i.quantity
    if not isinstance(q, Count) or q.unit not in _GENERIC or i.end >= len(text):
        return None
    ch = text[i.end]
    return ch if _HAN.match(ch) else None


def attributes_overlap(text: str, total: Indicator, parts: Sequence[Indicator]) -> bool:
    """Whether the parts a 其中 names may overlap: named by two different attributes (本科…3540人, 高级职称860
    人); read only where parts exceed their total, which parts of one attribute, or of none (school levels,
    places), cannot. A part named by no attribute is no second one (本科3100人, 专科900人)."""
    found: set[str] = set()
    end = total.end
    for p in parts:
        words = text[end : p.start]
        name = words[max((m.end() for m in _PART_NAME_STOP.finditer(words)), default=0) :]
        m = _ATTRIBUTE.search(name)
        if m:
            found.add(_ATTRIBUTE_OF[m.group()])
        end = p.end
    return len(found) > 1


def _unit_changes(total: Indicator, last: Indicator | None, other: Indicator) -> bool:
    """Whether ``other`` leaves a list of parts that so far wrote its total's measure word (名, then 人)."""
    t, o = total.quantity, other.quantity
    if last is None or not isinstance(t, Count) or not isinstance(o, Count) or not isinstance(last.quantity, Count):
        return False
    return last.quantity.unit == t.unit != o.unit


@family(_KIND)
def parts_and_total(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """A total and the parts listed after it in its sentence (``共有学校12所:幼儿园4所、小学5所…``);
    after ``其中`` or in brackets, parts that need not make up the total but cannot exceed it."""
    text = ctx.text
    out: list[Check] = []
    figs = ctx.figures(inds)
    fams, plains, starts, per_units = figs.fams, figs.plains, figs.starts, figs.per_units()
    n = len(inds)
    part_ends, ends_n, text_n = ctx.breaks(PART_ENDS), len(ctx.breaks(PART_ENDS)), len(text)
    for k in _summable_ks(ctx, inds):  # (a total is summable: plain, added up, no change, no qualifier…)
        if k + 1 == n:
            continue
        total = inds[k]
        e = bisect.bisect_left(part_ends, total.start)  # (ctx.part(total.start), its end)
        s_end = part_ends[e] if e < ends_n else text_n
        if starts[k + 1] >= s_end:
            continue  # (no figure after it in its part: no parts)
        s_start = part_ends[e - 1] + 1 if e else 0
        fam = fams[k]
        families = {fam}
        after = text[total.end : total.end + 1]
        second = _OTHER_MEASURE.match(text, total.end) if after in OPEN_BRACKETS else None
        if second is not None and isinstance(total.quantity, Count) and second.group("w") in _MEASURE:
            families.add(_MEASURE[second.group("w")])  # 192所(個): parts in 所 and in 个
        paren = second is None and after in _OPEN_BRACKET_CHARS
        # a table row's total is read with all its parts; any other total is given up at its first part
        # where what stands before that part opens no parts (or opens none after a skipped figure)
        row = (
            total.start > 0
            and text[total.start - 1] in _ROW_LAST
            and _CLOSE_THEN_SPACE.search(text[max(0, total.start - 12) : total.start]) is not None
        )
        bracket = ctx.next_bracket(total.end)  # (no bracket before it, no depth to find)
        noun = _noun_after(text, total) if fam in _GENERIC else None  # (a count in 个: its family is its word)
        listed: list[Indicator] = []  # (the parts; how many times each counts is read once a check is made)
        skipped = heads = False
        opens: str | None = None
        for j in range(k + 1, min(n, k + 1 + WINDOW)):
            if starts[j] >= s_end:
                break
            other = inds[j]
            d = ctx.depth(total.end, other.start) if other.start > bracket else 0
            if paren:
                if d == 0:
                    break
                if d > 1:
                    continue
            elif d > 0:
                continue
            if per_units[j]:
                continue  # 小学17126平方米,生均3.51平方米: a norm beside a part, not a part
            if (
                noun is not None
                and (found := _noun_after(text, other)) is not None
                and found != noun
                and (listed or _PART_OPENER.search(text, total.end, other.start))
            ):
                continue  # 21个县未达标,其中东部2个市8个县: a count of another noun is no part
            if fams[j] not in families or not plains[j] or other.kind is IndicatorKind.CHANGE:
                if not listed and not paren:
                    skipped = True
                    continue
                break
            if listed and len(families) == 1 and _unit_changes(total, listed[-1], other):
                break  # 招聘教师212名,其中…149名,交流教师468人: a part keeps its total's measure word
            if (
                listed
                and _LEVEL_ALONE.fullmatch(text, total.end, listed[0].start)
                and _other_people(text, total, other)
            ):
                break  # 在校学生3000人,其中小学1800人,初中1200人,在园幼儿900人: the levels' list has ended
            if _compared_with(text, listed[-1] if listed else total, other):
                break  # 其中A 5.9亿元,比上年的5.6亿元…: the figure A is compared with, not a part
            if not listed and not row:
                opens = _marker(text[total.end : other.start])
                heads = opens is not None and not (skipped and not _OF_WHICH.match(opens))
                if not heads:
                    break  # (what follows decides nothing: no check from this total)
            listed.append(other)
        if not listed or not (row or heads):
            continue
        tv = value(total)
        assert tv is not None
        parts: list[tuple[Indicator, int]] | None = None  # (each part and how many times it counts, read once needed)
        if row:
            parts = [(p, _multiplier(ctx, s_start, p)) for p in listed]
            if _table_total(ctx, total, parts, _sum_counted(parts)):
                terms = " + ".join(p.text for p, _ in parts)
                claim = f"{terms} = {total.text} ({total.subject or ''}, table row)"
                out.append(check(_KIND, claim, True, [total, *(p for p, _ in parts)], tv))
                continue
        # (what opens the parts: read above on the same words, where this is no table row)
        marker = _marker(text[total.end : listed[0].start]) if row else opens
        if marker is None:
            continue  # 批评教育5人、约谈2人…: the figure is a peer in a list, not its head
        of_which = bool(_OF_WHICH.match(marker))
        if (len(listed) < 2 or skipped) and not of_which:
            continue
        if parts is None:
            parts = [(p, _multiplier(ctx, s_start, p)) for p in listed]
        total_sum = _sum_counted(parts)
        if of_which and not paren:
            later, total_sum = _later_clause_parts(ctx, inds, k, total, total_sum)
            parts += [(i, 1) for i in later]
        terms = " + ".join(" + ".join([p.text] * n) if n > 1 else p.text for p, n in parts)
        name = total.subject or ""
        used = [total, *(p for p, _ in parts)]
        if total_sum == tv:
            out.append(check(_KIND, f"{terms} = {total.text} ({name})", True, used, total_sum))
        elif of_which or paren:  # 其中…: parts within the total
            if all(i.subject and _AVERAGE.search(i.subject) for i in used):
                continue  # 平均教龄16.5年,其中乡村教师平均教龄19年: a group's average may pass the whole's
            holds = total_sum <= tv
            if not holds and attributes_overlap(text, total, [p for p, _ in parts]):
                continue  # (本科学历3540人,高级职称860人: parts that overlap may exceed their total)
            sym = "<=" if holds else ">"
            claim = f"{terms} = {fmt(total_sum / ctx.scale(total))} {sym} {total.text} ({name}, {OF_WHICH.pattern})"
            out.append(check(_KIND, claim, holds, used, total_sum))
        elif marker:
            claim = f"{terms} = {fmt(total_sum / ctx.scale(total))} ≠ {total.text} ({name})"
            out.append(check(_KIND, claim, False, used, total_sum))
    return out


def _sum_counted(parts: Iterable[tuple[Indicator, int]]) -> Decimal:
    """The sum of the parts, each as many times as it counts (``A、B、C各1所``)."""
    return sum(((value(p) or Decimal(0)) * n for p, n in parts), Decimal(0))


def _table_total(ctx: Context, total: Indicator, parts: Sequence[tuple[Indicator, int]], parts_sum: Decimal) -> bool:
    """``专任教师(人) 900 小学500 初中400``: a table row's total followed by its named columns (summing to
    ``parts_sum``), summing exactly."""
    text = ctx.text
    if len(parts) < 2 or not _CLOSE_THEN_SPACE.search(text[max(0, total.start - 12) : total.start]):
        return False
    if any(n != 1 or _CELL_PUNCT.search(text, total.end, p.start) for p, n in parts):
        return False
    return parts_sum == value(total)  # (each part counts once here)


def _later_clause_parts(
    ctx: Context, inds: Sequence[Indicator], k: int, total: Indicator, have: Decimal
) -> tuple[list[Indicator], Decimal]:
    """``总投入9亿元,其中A 6亿元,增长5%;B 2亿元;C 1亿元。``: the parts that go on after 其中's clause, one
    per ``;``-clause, taken only when they complete the total exactly with the parts before (``have``, their
    sum), and the sum of them all (``have`` where none is taken)."""
    _, s_end = ctx.part(total.start)
    _, f_end = ctx.sentence(total.start)
    if s_end >= f_end:
        return [], have  # (a part that ends before its sentence ends at a semicolon)
    fam = unit_family(total)
    later: list[Indicator] = []
    clause_end = s_end
    for i in inds[k + 1 : k + 1 + WINDOW]:
        if i.start >= f_end:
            break
        if i.start < clause_end or ctx.per_unit(i):
            continue
        if unit_family(i) != fam or not plain(i) or i.kind is IndicatorKind.CHANGE or i.quantity.qualifier:
            return [], have
        later.append(i)
        clause_end = ctx.part(i.start)[1]
    if not later:
        return [], have
    total_sum = have + total_of(later)
    if total_sum != value(total):
        return [], have
    return later, total_sum


@family(_KIND)
def next_sentence_parts(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``…支出7.64亿元,占…22.8%。其中:学前教育0.58亿元、义务教育4.96亿元…``: a breakdown opening a new sentence."""
    text = ctx.text
    out: list[Check] = []
    starts = ctx.figures(inds).starts
    for m in _NEXT_PARTS.finditer(text):
        s_start, s_end = ctx.sentence(m.start())
        if s_start == 0 or m.start() - s_start > 4 or text[s_start : m.start()].strip():
            continue  # only a sentence that opens with 其中
        p_start, _ = ctx.sentence(max(0, s_start - 2))
        prev = inds[bisect.bisect_left(starts, p_start) : bisect.bisect_left(starts, s_start)][-WINDOW:]
        here = inds[bisect.bisect_left(starts, s_start) : bisect.bisect_left(starts, s_end)][:WINDOW]
        if not here or not plain(here[0]):
            continue
        fam = unit_family(here[0])
        if fam in _NO_SUM:
            continue
        heads = [i for i in prev if unit_family(i) == fam and i.kind is not IndicatorKind.CHANGE]
        if len(heads) != 1 or not plain(heads[0]) or heads[0].quantity.qualifier is not None:
            continue
        total = heads[0]
        parts: list[Indicator] = []
        for i in here:
            if unit_family(i) != fam or not plain(i) or i.kind is IndicatorKind.CHANGE or i.quantity.qualifier:
                break
            if parts and not _NEXT_PART_GAP.fullmatch(text, parts[-1].end, i.start):
                break
            if parts and _compared_with(text, parts[-1], i):
                break  # (A 5.9亿元,比上年的5.6亿元: the figure A is compared with, not a part)
            parts.append(i)
        tv = value(total)
        assert tv is not None
        total_sum = total_of(parts)
        if len(parts) < 2 or total_sum != tv:
            # parts named at length, or apart by figures of another kind (受益学生…人次): taken only where
            # they make up the total exactly
            exact = _exact_parts(ctx, here, fam, tv)
            if exact is not None:
                parts, total_sum = exact, tv
        if len(parts) < 2:
            continue
        terms = " + ".join(i.text for i in parts)
        used = [total, *parts]
        name = total.subject or ""
        if total_sum == tv:
            out.append(check(_KIND, f"{terms} = {total.text} ({name})", True, used, tv))
            continue
        holds = total_sum < tv
        if not holds and attributes_overlap(text, total, parts):
            continue  # (parts that overlap may exceed their total)
        sym = "<=" if holds else ">"
        claim = f"{terms} = {fmt(total_sum / ctx.scale(total))} {sym} {total.text} ({name}, {OF_WHICH.pattern})"
        out.append(check(_KIND, claim, holds, used, total_sum))
    return out


def _exact_parts(ctx: Context, here: Sequence[Indicator], fam: str | None, tv: Decimal) -> list[Indicator] | None:
    """The figures of kind ``fam`` of a breakdown's sentence, past figures of other kinds and norms per
    student, up to one that is no part (a change, a bound, a base compared with): None unless there are
    two at least and they sum to ``tv`` exactly."""
    text = ctx.text
    parts: list[Indicator] = []
    for i in here:
        if unit_family(i) != fam or ctx.per_unit(i):
            continue
        if not plain(i) or i.kind is IndicatorKind.CHANGE or i.quantity.qualifier:
            break
        if parts and _compared_with(text, parts[-1], i):
            break
        parts.append(i)
    if len(parts) < 2 or total_of(parts) != tv:
        return None
    return parts


@family(_KIND)
def table_total(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """A flattened table's total row (合计 181 68,420 4,642): each column's cells above it sum to it."""
    text = ctx.text
    out: list[Check] = []
    at: dict[int, Indicator] | None = None  # (the figures by start, gathered once a table has a total row)
    for table in ctx.tables:
        if table.total is None or table.total < 2:
            continue
        if at is None:
            at = {i.start: i for i in inds}
        for col, (hs, he) in enumerate(table.header[1:], start=1):
            cells = [at.get(row[col][0]) for row in table.rows]
            total = cells[table.total]
            parts = [c for k, c in enumerate(cells) if k != table.total and c is not None]
            if total is None or len(parts) != len(cells) - 1 or not all(map(plain, (*parts, total))):
                continue
            if any(unit_family(p) != unit_family(total) for p in parts):
                continue
            computed = total_of(parts)
            holds = ctx.agrees(computed, total)
            terms = " + ".join(p.text for p in parts)
            written = fmt(computed / ctx.scale(total), decimals(total))
            if "," in total.text:
                written = format(Decimal(written), ",")  # 68,320 as the table writes its numbers
            claim = f"{terms} = {written} {'=' if holds else '≠'} {total.text} ({text[hs:he]})"
            out.append(check(_KIND, claim, holds, [*parts, total], computed))
    return out


@family(_KIND)
def supply(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``补充教师数为185人`` and, in another sentence of that year, three or more channels (招聘…、选调…)
    that make it up."""
    text = ctx.text
    out: list[Check] = []
    by_sentence: dict[int, list[Indicator]] = {}
    figs = ctx.figures(inds)
    for total_rx, verb_rx in _SUPPLY:
        totals = [inds[k] for k in figs.of("people") if total_rx.search(inds[k].subject or "")]
        if not totals:
            continue
        if not by_sentence:  # (the people figures by sentence, gathered once a rule has a total)
            sentence_starts, _ = figs.sentences()
            for k in figs.of("people", plain_only=False):
                by_sentence.setdefault(sentence_starts[k], []).append(inds[k])
        # the sentences that list three or more channels, found once (not once per total)
        listing: list[tuple[int, int, list[Indicator], set[str], Decimal]] = []
        for s_start, in_sentence in by_sentence.items():
            members = [
                i for i in in_sentence if plain(i) and verb_rx.search(text[max(s_start, i.start - 12) : i.start])
            ]
            if len(members) >= 3:  # (with the years its channels name, but no year, and their sum)
                years = {ctx.year(i) for i in members} - {""}
                listing.append((s_start, ctx.sentence(s_start)[1], members, years, total_of(members)))
        listing_starts = [entry[0] for entry in listing]
        for total in totals:
            total_year = {ctx.year(total)} - {""}
            for s_start, s_end, members, member_years, total_sum in near(listing, listing_starts, total.start):
                if s_start <= total.start < s_end:
                    continue
                if len(member_years | total_year) > 1:
                    continue  # (the channels and the total of more than one year)
                holds = total_sum == value(total)
                terms = " + ".join(i.text for i in members)
                rel = "=" if holds else "≠"
                year = ctx.year(total)
                claim = (
                    f"{terms} = {fmt(total_sum, 0)} {rel} {total.text} ({total.subject}{', ' + year if year else ''})"
                )
                out.append(check(_KIND, claim, holds, [*members, total], total_sum))
    return out


def _summable(ctx: Context, i: Indicator) -> bool:
    return (
        plain(i)
        and unit_family(i) not in _NO_SUM
        and i.kind is not IndicatorKind.CHANGE
        and i.quantity.qualifier is None
        and not ctx.per_unit(i)
    )


def summables(ctx: Context, inds: Sequence[Indicator]) -> list[bool]:
    """:func:`_summable` of each figure, found once for the families that add figures up."""
    return ctx.once(summables, lambda: _find_summables(ctx, inds))


def _find_summables(ctx: Context, inds: Sequence[Indicator]) -> list[bool]:
    figs = ctx.figures(inds)
    no_sum, change = _NO_SUM, IndicatorKind.CHANGE
    return [
        plain and fam not in no_sum and i.kind is not change and i.quantity.qualifier is None and not per_unit
        for i, plain, fam, per_unit in zip(inds, figs.plains, figs.fams, figs.per_units(), strict=True)
    ]


def _summable_ks(ctx: Context, inds: Sequence[Indicator]) -> list[int]:
    """The indexes of the summable figures (:func:`summables`), found once."""
    return ctx.once(_summable_ks, lambda: [k for k, s in enumerate(summables(ctx, inds)) if s])


@family(_KIND)
def parts_then_total(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``置换资金135.3万元、房屋收购资金54.8万元、土地征收22.4万元,共计212.5万元``: parts listed first,
    then their total after 共计/合计/总计."""
    text = ctx.text
    out: list[Check] = []
    summable = summables(ctx, inds)
    for k in _summable_ks(ctx, inds):
        total = inds[k]
        if k < 2 or total.start - inds[k - 1].end > 8:
            continue
        prev = inds[k - 1]
        if not _SUM_WORD.fullmatch(text[prev.end : total.start]):
            continue  # (anchored: read on the words between alone)
        fam = unit_family(total)
        p_start, _ = ctx.part(total.start)
        parts: list[Indicator] = []
        nxt = total
        for j in range(k - 1, max(-1, k - 1 - WINDOW), -1):
            i = inds[j]
            if i.start < p_start:
                break
            if unit_family(i) != fam:
                if _LIST_MARK.search(text, i.end, nxt.start):
                    break  # another kind of figure with its own item: the list ends
                continue  # (两栋房屋收购资金54.8万元: a figure inside an item's name)
            gap = text[i.end : nxt.start]
            if not summable[j] or len(gap) > _SUM_GAP or not _LIST_MARK.search(gap) or _OF_WHICH.search(gap):
                break
            parts.append(i)
            nxt = i
        if len(parts) < 2:
            continue
        parts.reverse()
        tv = value(total)
        assert tv is not None
        total_sum = total_of(parts)
        terms = " + ".join(p.text for p in parts)
        if total_sum == tv:
            out.append(check(_KIND, f"{terms} = {total.text} (共计)", True, [*parts, total], total_sum))
        else:
            written = fmt(total_sum / ctx.scale(total), decimals(total) or 2)
            claim = f"{terms} = {written} ≠ {total.text} (共计)"
            out.append(check(_KIND, claim, False, [*parts, total], total_sum))
    return out


@family(_KIND)
def second_breakdown(ctx: Context, inds: Sequence[Indicator]) -> list[Check]:
    """``学校398所,其中,完全小学334所,初级中学63所,特殊教育学校1所;农村374所,城区24所``: after a total
    and its parts, the next part of the sentence breaks the same total down another way."""
    text = ctx.text
    out: list[Check] = []
    summable = summables(ctx, inds)
    for k in _summable_ks(ctx, inds):
        total = inds[k]
        if text.find(_OF_WHICH_WORD, total.end, total.end + 4) < 0:
            continue  # (no 其中 right after it: _OF_WHICH is a plain word, found as one)
        _, p_end = ctx.part(total.start)
        _, s_end = ctx.sentence(total.start)
        if p_end >= s_end:
            continue
        fam = unit_family(total)
        first: list[Indicator] = []
        second: list[Indicator] = []
        for j in range(k + 1, min(len(inds), k + 1 + WINDOW)):
            i = inds[j]
            if i.start >= s_end:
                break
            if ctx.depth(total.end, i.start) > 0 or ctx.per_unit(i):
                continue
            into = first if i.start < p_end else second
            if unit_family(i) != fam or not summable[j]:
                if into is second:
                    break
                continue
            if into is second and second and ctx.part(i.start)[0] != ctx.part(second[0].start)[0]:
                break  # (one part of the sentence only)
            into.append(i)
        tv = value(total)
        assert tv is not None
        if len(first) < 2 or len(second) < 2 or total_of(first) != tv:
            continue  # the first breakdown makes up the total: the second is of the same whole
        total_sum = total_of(second)
        terms = " + ".join(i.text for i in second)
        name = total.subject or ""
        if total_sum == tv:
            out.append(check(_KIND, f"{terms} = {total.text} ({name}, another breakdown)", True, [total, *second], tv))
        else:
            holds = total_sum < tv
            sym = "<=" if holds else ">"
            written = fmt(total_sum / ctx.scale(total))
            claim = f"{terms} = {written} {sym} {total.text} ({name}, another breakdown)"
            out.append(check(_KIND, claim, holds, [total, *second], total_sum))
    return out
