"""From numeric matches to indicators: what is measured, for which year, of what kind.

The extractor (:mod:`dutyreport.extract`) finds every numeric expression; this stage
decides which of them are the report's figures and reads their context:

* skipped: noise (site chrome, spam), damaged dates and 文号 (the corruption list),
  names in quotes and book titles (``“六项机制”``, ``《教育现代化2035》``);
* split: digits run together where the corruption list proves the split;
* subject: the words before the number in its clause (and the noun right after it),
  with a list head (``…支出分别达到幼儿园…元、小学…元``) carried to each item;
* year: the clause's own year, else the sentence's topic year, else the paragraph's,
  else the section's or the report's; ``以来`` and year spans give none;
* qualifier: a comparative a few words before the number (``至少配备两套以上``);
* unit: a per-student amount in a per-student context, a bare number's noun (``9万学生``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

import attrs
import regex

from .extract import Match, MatchKind
from .model import Corruption, CorruptionKind, Indicator, IndicatorKind, Noise, Section
from .quantities import Count, Money, Percent, PerUnit, Qualifier, Quantity, Range, Ratio

__all__ = ["IndicatorContext", "build_indicators"]


class IndicatorContext(NamedTuple):
    """What the report stage knows beyond the matches themselves."""

    noise: Sequence[Noise] = ()
    corruptions: Sequence[Corruption] = ()
    sections: Sequence[Section] = ()
    report_year: int | None = None  # the year 今年 refers to
    default_year: int | None = None  # a year the whole report is about (``2020年,县…`` opening)
    single_year: int | None = None  # the report's year when it covers exactly one (全年 means it)


# --- language data -----------------------------------------------------------------------------

# Words that open a clause and carry no meaning for the subject.
SUBJECT_LEAD_WORDS: tuple[str, ...] = (
    "上年",
    "去年",
    "前年",
    "全年",
    "相比",
    "较",
    "比",
    "由",
    "与",
    "其中",
    "此外",
    "另外",
    "同时",
    "目前",
    "现有",
    "截至目前",
    "截止目前",
    "全区",
    "全县",
    "全市",
    "我区",
    "我县",
    "我市",
    "区域内",
    "累计",
    "共计",
    "合计",
    "共有",
    "共",
    "现",
    "并",
    "另",
    "已",
    "均",
    "还",
    "一是",
    "二是",
    "三是",
    "四是",
    "五是",
    "六是",
    "七是",
    "八是",
    "九是",
    "十是",
    "首先",
    "其次",
    "最后",
    "今年",
    "去年",
    "当年",
)
# Words that close the subject just before the number.
SUBJECT_TAIL_WORDS: tuple[str, ...] = (
    "分别达到",
    "分别为",
    "分别是",
    "分别",
    "达到了",
    "达到",
    "提高到",
    "提升到",
    "增加到",
    "增长到",
    "下降到",
    "控制在",
    "共计",
    "合计",
    "累计",
    "总计",
    "约为",
    "为",
    "达",
    "是",
    "有",
    "了",
    "共",
    "约",
    "近",
    "超过",
    "等",
    "从",
    "的",
    "压减至",
    "压减到",
    "降至",
    "降到",
    "减至",
    "减少至",
    "减少到",
    "减少为",
    "下降至",
    "下降到",
    "增至",
    "增加至",
    "提高至",
    "提升至",
    "缩减至",
    "缩减为",
    "调整为",
)
# A clause whose own words are only these needs the previous figure's subject in front (同比增长8514万元).
CHANGE_WORDS = regex.compile(
    r"^(?:同比上年|同比|比上年|较上年|比去年|较去年|比2\d{3}年|较2\d{3}年)?(?:增长|增加|提高|增幅|下降|减少|上升|降低)"
    r"(?:幅度|比例|率)?(?:为|了|达)?$"
)
_CHANGE_CUE = regex.compile(
    r"(?:增长|增加|提高|增幅|增长率|上升|新增|下降|减少|降低|提升)(?:幅度|比例|率)?(?:为|了|达到|达)?$"
)
_TARGET_CUE = regex.compile(
    r"(?:力争|争取|预计|目标为|目标是|工作目标|拟|计划(?:于|在|到|新建|建成|完成|开办)|到20\d\d年|至20\d\d年|20\d\d年底前)"
)
_FREQUENCY = regex.compile(r"每(?:年|学年|半年|学期|月|季度|周|天|日|[两三四五]年)")
_EACH = regex.compile(r"每(?:个|所|校|班|位|名|人|生|乡镇|社区|中心乡镇|学校)")
_PRESENT = regex.compile(r"(?:^|[，,；;。])\s*(?:现|现有|目前|截至目前|截止目前|至今)")
_NEGATED = regex.compile(r"^(?:没有|无|未|不)")
_RELATIVE = regex.compile(r"同比|比上年|较上年|比去年|较去年|增幅|增长率")
DURATION_UNITS = frozenset({"年", "天", "个月", "周", "分钟", "小时", "课时", "学时"})
_PER_STUDENT = regex.compile(r"生均|按在校学生人数平均|在校学生人数平均")
_PER_PERSON = regex.compile(r"人均|平均工资")
_NORM_CUE = regex.compile(r"一般|原则上|应|须|不得|要求|标准")
_PREFIX_QUALIFIERS: tuple[tuple[str, Qualifier], ...] = (
    ("不低于", Qualifier.AT_LEAST),
    ("不少于", Qualifier.AT_LEAST),
    ("至少", Qualifier.AT_LEAST),
    ("不超过", Qualifier.AT_MOST),
    ("控制在", Qualifier.AT_MOST),
    ("最多", Qualifier.AT_MOST),
    ("高于", Qualifier.MORE_THAN),
    ("超过", Qualifier.MORE_THAN),
    ("低于", Qualifier.LESS_THAN),
)
# A bare number followed by these nouns counts people (9万学生).
PEOPLE_NOUNS = regex.compile(r"^(?:学生|师生|教师|幼儿|儿童|人员|家长|干部|党员|职工|教职工|名学生)")
# A unit named before a bare number (观看学习人次达300多万).
UNIT_BEFORE = regex.compile(r"(人次|人数)[^，,。；;]{0,4}$")

_CLAUSE_BREAK = "，,；;。！？!?：:\n"
_SENTENCE_BREAK = "。！？!?\n"
_QUOTE_PAIRS = {"“": "”", "《": "》", "「": "」", "『": "』", "〈": "〉", '"': '"'}
_NUMERIC = regex.compile(r"[0-9０-９]")


class _Year(NamedTuple):
    start: int
    end: int
    year: int | None  # None: a span or 以来, which gives no single year
    span: tuple[int, int] | None  # the years of a span (2016-2020年)
    topic: bool  # opens its sentence (a topic year that carries on)
    para: bool  # a clause of its own (``2021年,``): it carries on to the end of its paragraph
    deadline: bool
    bracket: tuple[int, int] | None  # the (…) it stands in, if any
    base: bool  # 较2021年的…, 由2021年的…, 比去年…: the year of a compared value only


# --- helpers -------------------------------------------------------------------------------------


def _since(out: list[Indicator], pos: int) -> list[Indicator]:
    """The indicators so far that start at or after ``pos`` (a walk back from the end, not a scan)."""
    k = len(out)
    while k > 0 and out[k - 1].start >= pos:
        k -= 1
    return out[k:]


class _Years:
    """Year mentions in text order, with windows by position (bisect, not scans)."""

    __slots__ = ("all", "starts")

    def __init__(self, years: list[_Year]) -> None:
        self.all = years
        self.starts = [y.start for y in years]

    def between(self, a: int, b: int) -> list[_Year]:
        """Mentions that start in [a, b)."""
        return self.all[bisect.bisect_left(self.starts, a) : bisect.bisect_left(self.starts, b)]


class _Blocks:
    """The union of some spans, for quick "inside one?" and "touches any?" questions (bisect, not scans)."""

    __slots__ = ("ends", "starts")

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def overlaps(self, start: int, end: int) -> bool:
        j = bisect.bisect_right(self.ends, start)
        return j < len(self.starts) and self.starts[j] < end

    def contains(self, start: int, end: int) -> bool:
        j = bisect.bisect_right(self.starts, start) - 1
        return j >= 0 and end <= self.ends[j]


_QUOTE_CHARS = regex.compile("[" + regex.escape("".join(_QUOTE_PAIRS) + "".join(_QUOTE_PAIRS.values())) + "\n]")


def _quoted_regions(text: str) -> list[tuple[int, int]]:
    """Spans inside “…” and 《…》 (within one line), where numbers are names, not figures."""
    out: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for m in _QUOTE_CHARS.finditer(text):
        ch, i = m.group(), m.start()
        if ch == "\n":
            stack.clear()
        elif ch in _QUOTE_PAIRS and not (ch == '"' and stack and stack[-1][0] == '"'):
            stack.append((ch, i))
        elif stack and ch == _QUOTE_PAIRS[stack[-1][0]]:
            _, s = stack.pop()
            out.append((s, i + 1))
    out.sort()
    return out


def _boundaries(text: str, chars: str) -> list[int]:
    return [m.start() for m in regex.finditer("[" + regex.escape(chars) + "]", text)]


# --- the stage -----------------------------------------------------------------------------------


def build_indicators(text: str, matches: Sequence[Match], ctx: IndicatorContext) -> tuple[Indicator, ...]:
    """The report's indicators from the numeric matches of its text."""
    skip = _Blocks([(n.start, n.end) for n in ctx.noise])
    damaged = _Blocks(
        [
            (c.start, c.end)
            for c in ctx.corruptions
            if c.kind
            in (
                CorruptionKind.LOST_DATE_CHAR,
                CorruptionKind.LOST_BRACKET,
                CorruptionKind.SPAM,
                CorruptionKind.SITE_LABEL,
                CorruptionKind.UNBALANCED,
            )
        ]
    )
    run_together = [c for c in ctx.corruptions if c.kind is CorruptionKind.RUN_TOGETHER]
    together = _Blocks([(c.start, c.end) for c in run_together])
    quoted = _Blocks(_quoted_regions(text))
    clauses = _boundaries(text, _CLAUSE_BREAK)
    sentences = _boundaries(text, _SENTENCE_BREAK)
    lines = _boundaries(text, "\n")
    items = _boundaries(text, _CLAUSE_BREAK + "、")
    headings = sorted(h.heading_end for sec in ctx.sections for h in sec.walk())
    labels: dict[int, tuple[str, str]] = {}
    years = _year_mentions(text, matches, ctx, clauses, sentences)
    index = _Years(years)
    section_years = _section_years(text, ctx.sections)

    view = _masked(text, ctx.noise)  # subjects are read from the text without its noise
    picked: list[tuple[int, int, Quantity, int | None, str | None]] = []  # + forced year, forced subject
    for m in matches:
        if m.kind is not MatchKind.QUANTITY:
            continue
        if skip.overlaps(m.start, m.end) or damaged.overlaps(m.start, m.end) or together.overlaps(m.start, m.end):
            continue
        if quoted.contains(m.start, m.end):
            continue
        picked.append((m.start, m.end, m.quantity, None, None))
    picked.extend(_split_run_together(text, run_together, years, clauses))
    picked.sort(key=lambda p: p[0])

    out: list[Indicator] = []
    for start, end, quantity, forced_year, forced_subject in picked:
        clause_start = _prev_break(clauses, start)
        sentence_start = _prev_break(sentences, start)
        line_start = _prev_break(lines, start)
        clause_end = _next_break(clauses, end, len(text))
        pre = text[clause_start:start]
        quantity = _widen_qualifier(text, quantity, clause_start, start, out)
        quantity = _refine_unit(text, quantity, sentence_start, start, end)
        floor = max(sentence_start, _heading_end_before(headings, start, line_start))
        lo = max(_prev_break(items, start), clause_start, floor)
        if out and out[-1].end > lo and out[-1].end <= start:
            lo = out[-1].end
        subject = forced_subject or _subject(view, lo, floor, start, end, clause_end, out, labels, type(quantity))
        subject = subject.replace(_MASK, "") or None if subject else None
        kind = _kind(quantity, pre, text[sentence_start:start])
        deadline, source = False, "forced"
        if forced_year is not None:
            year: int | None = forced_year
        else:
            year, deadline, source = _year_for(
                text,
                index,
                start,
                end,
                clause_start,
                clause_end,
                _year_scope_start(text, sentences, sentence_start, start),
                line_start,
                ctx,
                section_years,
                kind is IndicatorKind.STANDARD,
            )
        frequency = kind is IndicatorKind.STANDARD and _FREQUENCY.search(text[sentence_start:clause_end])
        duration = isinstance(quantity, Count) and quantity.unit in DURATION_UNITS
        if (frequency and source not in ("own", "sentence")) or (duration and source != "own"):
            year = None  # 每年核编一次, 连续九年, 保存90天: no single year
        if source != "own" and kind is IndicatorKind.CHANGE and _RELATIVE.search(pre):
            # 2019年为162926万元,同比增长8514万元: a change belongs to the latest year compared.
            part_start = max(sentence_start, text.rfind("；", 0, start) + 1, text.rfind(";", 0, start) + 1)
            compared = [i.year for i in _since(out, part_start) if i.year and i.kind is not IndicatorKind.CHANGE]
            if compared:
                year = max(compared)
        elif kind is not IndicatorKind.STANDARD and (
            deadline or (year is not None and ctx.report_year is not None and year > ctx.report_year)
        ):
            kind = IndicatorKind.TARGET
        out.append(
            Indicator(
                start=start,
                end=end,
                text=text[start:end],
                quantity=quantity,
                subject=subject,
                year=year,
                kind=kind,
                section=_section_path(ctx.sections, start),
            )
        )
    return tuple(out)


_MASK = "\x00"


def _masked(text: str, noise: Sequence[Noise]) -> str:
    """The text with every noise character replaced by a mask character (offsets unchanged)."""
    if not noise:
        return text
    parts: list[str] = []
    pos = 0
    for n in sorted(noise, key=lambda n: n.start):
        if n.start > pos:
            parts.append(text[pos : n.start])
        s = max(pos, n.start)
        if n.end > s:
            parts.append(_MASK * (n.end - s))
        pos = max(pos, n.end)
    parts.append(text[pos:])
    return "".join(parts)


_POINT = regex.compile(r"[二三四五六七八九十]是")


def _year_scope_start(text: str, sentences: list[int], sentence_start: int, start: int) -> int:
    """Where a figure's sentence begins for years: a 其中 sentence goes on from the one before it;
    a new point (二是, 三是) starts afresh."""
    scope = sentence_start
    if text[sentence_start:start].lstrip().startswith("其中") and sentence_start > 0:
        scope = _prev_break(sentences, sentence_start - 1)
    for m in _POINT.finditer(text, scope, start):
        scope = m.start()
    return scope


def _heading_end_before(heading_ends: list[int], pos: int, line_start: int) -> int:
    """A run-on heading on the figure's own line ends before the figure's words begin."""
    i = bisect.bisect_right(heading_ends, pos) - 1
    return heading_ends[i] if i >= 0 and heading_ends[i] >= line_start else 0


def _prev_break(breaks: list[int], pos: int) -> int:
    i = bisect.bisect_left(breaks, pos) - 1
    return breaks[i] + 1 if i >= 0 else 0


def _next_break(breaks: list[int], pos: int, default: int) -> int:
    i = bisect.bisect_left(breaks, pos)
    return breaks[i] if i < len(breaks) else default


# --- run-together digits ---------------------------------------------------------------------------


def _split_run_together(
    text: str, corruptions: Sequence[Corruption], years: Sequence[_Year], clauses: list[int]
) -> list[tuple[int, int, Quantity, int | None, str | None]]:
    """``分别为:19142408435845214427`` proven to be five figures: one indicator each, at its digits."""
    out: list[tuple[int, int, Quantity, int | None, str | None]] = []
    for c in corruptions:
        if not c.repaired:
            continue
        pieces = regex.split(r"[、,，\s]+", c.repaired)
        digits = regex.search(r"[0-9]+", c.text)
        if digits is None or "".join(pieces) != digits.group():
            continue
        pos = c.start + digits.start()
        span = _year_span_before(years, c.start)
        unit = "人" if regex.search(r"人数|人$", text[max(0, c.start - 12) : c.start]) else None
        opening = max(text.rfind(ch, 0, c.start) for ch in "，,；;。\n") + 1
        subject = _clean_pre(text[opening : c.start]) or None
        for k, piece in enumerate(pieces):
            year = span[0] + k if span and span[1] - span[0] + 1 == len(pieces) else None
            q = Count(value=Decimal(piece), unit=unit, text=piece)
            out.append((pos, pos + len(piece), q, year, subject))
            pos += len(piece)
    return out


def _year_span_before(years: Sequence[_Year], pos: int) -> tuple[int, int] | None:
    for y in reversed(years):
        if y.end <= pos and y.span is not None and y.start >= pos - 60:
            return y.span
    return None


# --- years ------------------------------------------------------------------------------------------

_YEAR_WORD = regex.compile(r"今年|去年|上年|当年|全年")
_RISE = regex.compile(r"(?:增长|增加|提高|下降|减少|降低|上升|增幅)")
_BASE_TO_FIGURE = regex.compile(r"(?:初|底|末)?(?:的)?\s*")
_FROM_OPEN = regex.compile(r"从[^，,。；;]*$")
_TO_WORD = regex.compile(r"到|至")
_FROM_END = regex.compile(r"从\s*$")
_BASE_BEFORE = regex.compile(r"(?:较|比|由|从|与|相比|同比)\s*$")
_SINCE_AFTER = regex.compile(r"^(?:以来|至今|来|及以前|以前|及以后|以后|前入学|后入学)")
_DEADLINE_BEFORE = regex.compile(r"(?:到|至|于|在|计划|力争|争取|预计)\s*$")
_DEADLINE_AFTER = regex.compile(r"^(?:底前|年底前|前|底|末)")


def _year_mentions(
    text: str, matches: Sequence[Match], ctx: IndicatorContext, clauses: list[int], sentences: list[int]
) -> list[_Year]:
    found: list[tuple[int, int, int | None, bool]] = []  # start, end, year, deadline
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for m in matches:
        if m.kind is not MatchKind.DATE:
            continue
        q = m.quantity
        if isinstance(q, Range):
            lo, hi = q.low.value, q.high.value
            if lo is not None and hi is not None:
                spans[(m.start, m.end)] = (int(lo), int(hi))
            found.append((m.start, m.end, None, False))
        elif isinstance(q, Count) and q.unit == "年" and q.value is not None:
            after = text[m.end : m.end + 3]
            year = None if _SINCE_AFTER.match(after) else int(q.value)
            deadline = bool(
                _DEADLINE_BEFORE.search(text[max(0, m.start - 4) : m.start]) or _DEADLINE_AFTER.match(after)
            )
            found.append((m.start, m.end, year, deadline))
    for c in ctx.corruptions:
        if c.kind is CorruptionKind.LOST_DATE_CHAR and c.repaired:
            y = regex.match(r"((?:19|20)\d\d)年", c.repaired)
            if y:
                after = text[c.end : c.end + 3]
                found.append((c.start, c.end, None if _SINCE_AFTER.match(after) else int(y.group(1)), False))
    for w in _YEAR_WORD.finditer(text):
        if ctx.report_year is None:
            continue
        year = ctx.report_year - 1 if w.group() in ("去年", "上年") else ctx.report_year
        if w.group() == "全年":
            year = ctx.single_year
        if w.group() == "全年" and ctx.single_year is None:
            continue  # 全年 names a year only in a report about one year
        if w.group() == "上年" and text[w.start() - 1 : w.start()] in ("比", "较") and _RISE.match(text, w.end()):
            continue  # 比上年增长: a comparison, not the figure's year
        found.append((w.start(), w.end(), year, False))
    found.sort()
    out: list[_Year] = []
    for start, end, year, deadline in found:
        sentence_start = _prev_break(sentences, start)
        clause_start = _prev_break(clauses, start)
        clause_end = _next_break(clauses, end, len(text))
        lead = text[sentence_start:start].strip()
        topic = (
            lead == "" or regex.fullmatch(r"(?:[一二三四五六七八九十]+是|自|在|从|截至|截止|到|至)?", lead) is not None
        )
        para = topic and regex.match(r"(?:年度|年|上半年|下半年)?[，,]", text[end : end + 4]) is not None
        if para and text[start : start + 2] in ("今年", "去年", "当年", "上年"):
            para = False
        del clause_start, clause_end
        out.append(
            _Year(
                start,
                end,
                year,
                spans.get((start, end)),
                topic,
                para,
                deadline,
                _bracket_around(text, start),
                bool(_BASE_BEFORE.search(text[max(0, start - 3) : start])),
            )
        )
    return out


def _bracket_around(text: str, pos: int) -> tuple[int, int] | None:
    """The (…) or （…） around ``pos`` on its line, if any."""
    open_at = max(text.rfind("(", max(0, pos - 60), pos), text.rfind("（", max(0, pos - 60), pos))
    if open_at < 0 or any(c in text[open_at:pos] for c in ")）\n"):
        return None
    m = regex.compile(r"[)）\n]").search(text, pos, pos + 80)
    if m is None or m.group() == "\n":
        return None
    return (open_at, m.end())


def _section_years(text: str, sections: Sequence[Section]) -> list[tuple[int, int, int]]:
    """Top-level sections whose heading or opening words name one year: (start, end, year)."""
    out: list[tuple[int, int, int]] = []
    for s in sections:
        head = s.heading
        opening = text[s.heading_end : s.heading_end + 40].lstrip(" \u3000\n\t。")
        m = regex.search(r"((?:19|20)\d\d)年(?!以来|至今|[-—~至到])", head) or regex.match(
            r"((?:19|20)\d\d)年(?:是|,|，)", opening
        )
        if m:
            out.append((s.start, s.end, int(m.group(1))))
    return out


def _year_for(
    text: str,
    index: _Years,
    start: int,
    end: int,
    clause_start: int,
    clause_end: int,
    sentence_start: int,
    line_start: int,
    ctx: IndicatorContext,
    section_years: Sequence[tuple[int, int, int]],
    standard: bool,
) -> tuple[int | None, bool, str]:
    """The year a figure refers to, whether it is a deadline (到2025年), and where it came from."""

    def visible(y: _Year) -> bool:  # a year inside (…) speaks only for figures inside the same (…)
        return y.bracket is None or y.bracket[0] <= start < y.bracket[1]

    clause_text = text[clause_start:clause_end]
    # 0. 较2021年的8.87亿元: a compared value takes the year named right before it.
    base = [y for y in index.between(clause_start, start) if y.base and y.end <= start]
    if base and _BASE_TO_FIGURE.fullmatch(text, base[-1].end, start):
        return base[-1].year, False, "own"
    # 1. A year in the figure's own clause (before it, or just after: 36名教师于2018年完成交流).
    own = [y for y in index.between(clause_start, clause_end) if visible(y) and not y.base]
    before = [y for y in own if y.end <= start]
    if before:
        y = before[-1]
        if (
            _FROM_OPEN.search(text[clause_start : y.start])
            and _TO_WORD.search(text[y.end : start])
            and _has_figure_between(text, y.end, start)
        ):
            return None, False, "own"  # 从2019年的56.91%提升到60.98%: the year belongs to the first figure
        return y.year, y.deadline, "own"
    after = [y for y in own if y.start >= end]
    if after and not _has_figure_between(text, end, after[0].start):
        return after[0].year, after[0].deadline, "own"
    if _FROM_END.search(text[clause_start:start]):
        return None, False, "own"  # 小学从630元提高到1000元: the value before the change
    # 2. The sentence: its topic year, else the nearest year before the figure,
    #    unless the clause speaks of the present (现全区…, 目前…, 截止目前).
    present = bool(_PRESENT.search(text[sentence_start:start])) or clause_text.lstrip().startswith(("现", "目前"))
    if present:
        return None, False, "present"
    in_sentence = [y for y in index.between(sentence_start, start) if visible(y) and not y.base]
    topics = [y for y in in_sentence if y.topic]
    if topics:
        return topics[0].year, topics[0].deadline, "sentence"
    if in_sentence:
        return in_sentence[-1].year, in_sentence[-1].deadline, "sentence"
    # 3. The paragraph's topic year (a paragraph that opens ``2021年,``).
    para = [y for y in index.between(line_start, sentence_start) if y.para and not y.base]
    if para:
        return para[-1].year, para[-1].deadline, "paragraph"
    # 4. The section's year, then the report's.
    if standard and _NEGATED.match(text[clause_start:start].strip()):
        return None, False, "threshold"  # 没有66人及以上超大班额: a threshold, not a figure of a year
    for s_start, s_end, year in section_years:
        if s_start <= start < s_end:
            return year, False, "section"
    return ctx.default_year, False, "report"


def _has_figure_between(text: str, a: int, b: int) -> bool:
    return bool(_NUMERIC.search(text, a, b)) if b > a else False


# --- subject, kind, qualifier, unit ------------------------------------------------------------------

_LEAD = regex.compile(
    r"^(?:(?:19|20)\d\d年(?:度|底|末|初)?(?:[0-9]{1,2}月(?:份|底)?)?(?:春季|秋季)?|"
    + "|".join(regex.escape(w) for w in sorted(SUBJECT_LEAD_WORDS, key=len, reverse=True))
    + r"|[0-9]{1,2}[)）.、]|[(（][0-9一二三四五六七八九十]{1,2}[)）]|[①-⑳]"
    + r"|[\s\u3000,，、:：;；(（)）“”\"]+)+"
)
_TAIL = regex.compile(
    r"(?:" + "|".join(regex.escape(w) for w in sorted(SUBJECT_TAIL_WORDS, key=len, reverse=True)) + r"|[\s,，、:：])+$"
)
_QUALIFIER_WORDS = regex.compile(
    r"(?:约为|大约|将近|接近|约|近|不低于|不少于|至少|超过|高于|不足|低于|不超过|最多|控制在)$"
)
_POST_STOP = regex.compile(r"[，,。；;：:、\n]|[0-9０-９]")
_POST_LEAD = regex.compile(r"^(?:的|之|余|多|以上|以下|左右|及以上|及以下|以内|和|及|与|或|[)）”’\s])+")
_POST_CHANGE = regex.compile(r"^(?:提高到|提升到|增加到|增长到|下降到|减少到|降低到|调整为|变为|缩减为|缩减到)")
_DATES = regex.compile(
    r"(?:于|在)?(?:19|20)\d\d(?:年)?(?:[-—~至到](?:19|20)\d\d)?年(?:度|底|末|初)?(?:[0-9]{1,2}月(?:份|底)?)?(?:春季|秋季)?"
)
_FIGURE = regex.compile(r"[0-9０-９.]+[^，,。；;：:、\s]{0,2}")
_HEAD_TRIM = regex.compile(r"(?:逐年增长|稳步增长|持续增长|逐年提高|均比上年增长|增长情况|情况|标准分别为)$")


def _clean_pre(raw: str) -> str:
    s: str = _DATES.sub("", raw)
    for _ in range(4):
        s2 = _TAIL.sub("", _LEAD.sub("", s))
        s2 = _QUALIFIER_WORDS.sub("", s2)
        s2 = s2.lstrip("和及与或并、")
        if s2 == s:
            break
        s = s2
    i = s.rfind("等", 0, len(s) - 1)
    if i > 0 and s[i - 1] not in "一二三四五六七八九十同":
        # 有A、B、C等拓展训练项目16个: the category after 等 is the thing counted (not 二等奖).
        s = s[i + 1 :]
    return s.strip()


def _post_phrase(text: str, end: int, clause_end: int) -> str:
    """The noun phrase right after a figure (组织738名教师参加培训 -> 教师参加培训)."""
    raw = _DATES.sub("", text[end : min(clause_end, end + 48)])
    stop = _POST_STOP.search(raw)
    raw = raw[: stop.start() if stop else len(raw)][:24]
    raw = _POST_LEAD.sub("", raw).strip()
    return "" if _POST_CHANGE.match(raw) or CHANGE_WORDS.fullmatch(raw) else raw


def _subject(
    text: str,
    lo: int,
    sentence_start: int,
    start: int,
    end: int,
    clause_end: int,
    prior: list[Indicator],
    labels: dict[int, tuple[str, str]],
    qtype: type,
) -> str | None:
    """What a figure measures, from the words around it (see the module docstring)."""
    raw_pre = text[lo:start]
    if regex.search(r"(?:共|合计|共计|总计)$", raw_pre) and "、" in text[sentence_start:lo]:
        # 访谈校长、教师、家长共156人: the total counts the whole list.
        lo = max(sentence_start, max(text.rfind(c, 0, lo) for c in "，,；;。：:\n") + 1)
        raw_pre = text[lo:start]
    pre = _clean_pre(raw_pre)
    post = _post_phrase(text, end, clause_end)
    same = _since(prior, sentence_start)
    prev_stock = next((i for i in reversed(same) if i.kind is not IndicatorKind.CHANGE and i.subject), None)
    # 同比增长8514万元 / 增幅为5.23%: the change of the figure before it.
    if prev_stock and post == "" and (pre == "" or CHANGE_WORDS.match(pre)):
        return (prev_stock.subject or "") + pre
    # 占比87%, 全年执行数2.2471亿元: an attribute of the figure before it.
    if prev_stock and post == "" and ATTRIBUTE_OF_PREVIOUS.fullmatch(pre):
        return (prev_stock.subject or "") + pre
    # 总投资x万元, 规模9个班: an attribute of the project the sentence opens with.
    if ATTRIBUTE_OF_PROJECT.fullmatch(pre) and lo > sentence_start:
        first = regex.match(r"[^，,；;。]{2,40}", text[sentence_start:lo])
        project = _clean_pre(_FIGURE.sub("", first.group())) if first else ""
        if project and project != pre:
            return project + pre
    # A money verb with nothing after the figure: what it paid for follows (投入100万元,启动…培训).
    if post == "" and MONEY_VERBS.fullmatch(pre) and clause_end < len(text) and text[clause_end] in "，,":
        after = _post_phrase(text, clause_end + 1, _clause_end_after(text, clause_end + 1))
        purpose = _clean_pre(_FIGURE.sub("", after))
        if purpose:
            return pre + purpose
    # A short label under a head: 分别达到幼儿园20885.77元、普通小学…; 情况:中等职业教育…; 其中:小学…
    if pre and len(pre) <= 8 and not GENERIC_VERBS.search(pre):
        head = _list_head(text, sentence_start, lo)
        if head:
            labels[start] = (pre, head)
            return _compose(pre, head)
        # 高中教职工与学生比为1:12.5、初中为1:13.5: the later labels share the first item's noun.
        prev_same = next((i for i in reversed(same) if type(i.quantity) is qtype), None)
        if prev_same is not None and len(pre) <= 4 and _LEVEL.fullmatch(pre):
            head = labels[prev_same.start][1] if prev_same.start in labels else ""
            head = head or _LEVEL_PREFIX.sub("", prev_same.subject or "")
            if head:
                labels[start] = (pre, head)
                return pre + head
    if pre and post and (len(pre) <= 6 or GENERIC_VERBS.fullmatch(pre)):
        return pre + post
    if pre and _LEVEL.fullmatch(pre) and qtype in (Money, PerUnit, Percent):
        topic = _topic_before(text, sentence_start, lo)
        if topic:
            labels[start] = (pre, topic)
            return pre + topic
    if pre:
        return pre
    if post:
        return post
    return prev_stock.subject if prev_stock else None


ATTRIBUTE_OF_PREVIOUS = regex.compile(r"(?:全年)?(?:占|占比|比例|比重|执行数|增幅|增速|[\u4e00-\u9fff]{0,2}率)")
ATTRIBUTE_OF_PROJECT = regex.compile(
    r"(?:总投资|总投入|投资总额|规模|办学规模|设计规模|建筑面积|总建筑面积|占地面积|总占地)(?:约|为)?"
)
MONEY_VERBS = regex.compile(
    r"(?:累计|共|先后|陆续|近两年|近三年|每年)?(?:投入资金|投入经费|投入|投资|拨付|安排资金|筹措资金)"
)
_CLAUSE_END = regex.compile(r"[，,；;。\n]")


def _clause_end_after(text: str, pos: int) -> int:
    m = _CLAUSE_END.search(text, pos)
    return m.start() if m else len(text)


# Level words that label the items of a list (普通高中13033.07元, 初中为1:13.5).
LEVEL_WORDS: tuple[str, ...] = (
    "学前教育",
    "学前",
    "幼儿园",
    "公办幼儿园",
    "小学",
    "普通小学",
    "初中",
    "普通初中",
    "高中",
    "普通高中",
    "中职",
    "中职学校",
    "中等职业教育",
    "中等职业学校",
    "特殊教育",
    "特教",
    "义务教育",
    "九年一贯制学校",
    "完全中学",
)
_LEVEL = regex.compile("|".join(sorted(LEVEL_WORDS, key=len, reverse=True)))
_LEVEL_PREFIX = regex.compile("^(?:" + "|".join(sorted(LEVEL_WORDS, key=len, reverse=True)) + ")")
# Words that say what was done, not what was counted: their object follows the figure.
GENERIC_VERBS = regex.compile(
    r"(?:累计|共|先后|陆续|积极|已|还)?(?:投入资金|投入经费|投入|投资|总投资|组织|完成|聘任|减免|针对|对|为|建|开设|下辖|拥有|"
    r"有|涵盖|终止|注销|成立|举办|开展|召开|发放|培训|引进|招聘|安排|配备|新增|新建|建成|创建|建设|评选|表彰|选派|"
    r"推送|发出|关停|检查|处理|印发|出台|制定|达|实现|覆盖)"
)


# Nouns that name what a list of level-labelled figures measures.
TOPIC_NOUNS = regex.compile(r"经费|支出|标准|定额|比例|生师比|师生比|工资|学位|班额|入学率|入园率|巩固率|覆盖率|补助")


def _topic_before(text: str, floor: int, lo: int) -> str | None:
    """The nearest earlier clause (this sentence, or the line before) that names a measure."""
    window = text[max(0, floor - 80) : lo]
    for clause in reversed(regex.split(r"[，,；;。：:\n]", window)):
        if TOPIC_NOUNS.search(clause):
            topic = _HEAD_TRIM.sub("", _clean_pre(_FIGURE.sub("", clause)))
            topic = regex.sub(r"^(?:连续|调整|逐步|进一步)+", "", topic)
            return topic or None
    return None


_HEAD_MARK = regex.compile(r"([^，,。；;：:]{2,40}?)(?:分别为|分别达到|分别是)|([^，,。；;：:]{2,40})(?<![0-9])[:：]")


_CATEGORY = regex.compile(r"(?:学校|学校\(园\)|学校（园）|园所|机构|单位)$")


def _compose(label: str, head: str) -> str:
    """A label under a head: 幼儿园 under 公办学校 is 公办幼儿园; 初中 under 生均…支出 is 初中生均…支出."""
    category = _CATEGORY.search(head)
    if category and (_LEVEL.fullmatch(label) or label.endswith(("园", "校", "学", "中", "所"))):
        return head[: category.start()] + label
    return label + head


def _list_head(text: str, sentence_start: int, lo: int) -> str | None:
    """The head phrase a list of labelled figures hangs from: before 分别为/分别达到, a colon, or 其中."""
    window = text[sentence_start:lo]
    m = None
    for m in _HEAD_MARK.finditer(window):  # noqa: B007 - the last head before the figure is the one
        pass
    if m is None:
        return None
    raw = m.group(1) or m.group(2) or ""
    if regex.fullmatch(r"\s*其中\s*", raw):
        first = regex.match(r"[^，,；;：:]{2,40}", window.lstrip())
        raw = first.group() if first else ""
    head = _clean_pre(_FIGURE.sub("", raw))
    head = _HEAD_TRIM.sub("", head)
    return head or None


def _kind(q: Quantity, pre: str, sentence_pre: str) -> IndicatorKind:
    if isinstance(q, PerUnit) or _EACH.search(pre) or _FREQUENCY.search(pre):
        return IndicatorKind.STANDARD
    if isinstance(q, Ratio) and regex.search(r"标准|按|配备|比例为", pre):
        return IndicatorKind.STANDARD
    if _TARGET_CUE.search(sentence_pre):
        return IndicatorKind.TARGET
    if _CHANGE_CUE.search(pre.rstrip()) or pre.rstrip().endswith(("新增", "增加", "增长")):
        return IndicatorKind.CHANGE
    if q.qualifier in (Qualifier.AT_LEAST, Qualifier.AT_MOST) and not isinstance(q, Money):
        return IndicatorKind.STANDARD
    return IndicatorKind.STOCK


def _widen_qualifier(text: str, q: Quantity, clause_start: int, start: int, prior: list[Indicator]) -> Quantity:
    """A comparative a few words before the number applies to it (至少配备两套以上, 控制在12个班、360人)."""
    window = text[max(clause_start, start - 20) : start]
    if _NUMERIC.search(window):
        window = window[_last_numeric(window) + 1 :]
    for word, qual in _PREFIX_QUALIFIERS:
        i = window.rfind(word)
        if i < 0:
            continue
        if word == "控制在" and not _NORM_CUE.search(text[clause_start:start]):
            continue  # 大班额控制在5.78%: an achieved value, not a ceiling
        if q.qualifier is None:
            return attrs.evolve(q, qualifier=qual)
        if qual in (Qualifier.AT_LEAST, Qualifier.AT_MOST) and q.qualifier is Qualifier.MORE_THAN and word != "控制在":
            return attrs.evolve(q, qualifier=qual)  # 至少配备两套以上: at least two
        return q
    # 控制在12个班、360人: the list goes on under the same comparative.
    if prior and q.qualifier is None:
        p = prior[-1]
        between = text[p.end : start]
        if (
            p.end >= clause_start - 1
            and regex.fullmatch(r"[、和及与]", between)
            and p.quantity.qualifier in (Qualifier.AT_MOST, Qualifier.AT_LEAST)
            and _QUALIFIER_WORDS.search(text[max(0, p.start - 4) : p.start])
        ):
            return attrs.evolve(q, qualifier=p.quantity.qualifier)
    return q


def _last_numeric(s: str) -> int:
    last = -1
    for m in _NUMERIC.finditer(s):
        last = m.start()
    return last


def _refine_unit(text: str, q: Quantity, sentence_start: int, start: int, end: int) -> Quantity:
    """Units a reader infers from context: per-student money, people behind a bare number."""
    if isinstance(q, Money) and (q.value is None or abs(q.value) < 1_000_000):
        context = text[sentence_start:start]
        if _PER_STUDENT.search(context):
            return PerUnit(value=q.value, per=("student", "year"), qualifier=q.qualifier, text=q.text)
        if _PER_PERSON.search(context):
            return PerUnit(value=q.value, per=("person",), qualifier=q.qualifier, text=q.text)
    if isinstance(q, Count) and q.unit is None and q.value is not None:
        if PEOPLE_NOUNS.match(text[end : end + 4]):
            return attrs.evolve(q, unit="人")
        before = UNIT_BEFORE.search(text[max(sentence_start, start - 12) : start])
        if before:
            return attrs.evolve(q, unit="人次" if before.group(1) == "人次" else "人")
    if isinstance(q, Percent) and q.points is not None:
        return q
    return q


def _section_path(sections: Sequence[Section], pos: int) -> tuple[int, ...]:
    path: list[int] = []
    level = sections
    while True:
        for i, s in enumerate(level):
            if s.start <= pos < s.end:
                path.append(i)
                level = s.children
                break
        else:
            return tuple(path)
