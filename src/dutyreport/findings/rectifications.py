"""Rectifications: each problem block of a 整改 report (``(一)关于"X"问题``, labelled lines
``问题1：X。`` / ``整改措施：`` / ``整改时限：`` …, or sentences that each answer a problem: ``一是针对“X”的问题，…``)
with its measures, indicators, targets, status, due date and responsible units."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

import regex

from ..document import Document
from ..lang.dates import YEAR
from ..lang.findings import (
    ANSWERED_PROBLEM,
    FIELD_LABELS,
    MEASURE_CONNECTIVES,
    MEASURE_LEADS,
    MEASURE_VERB_LEADS,
    MEASURE_VERBS,
    PROBLEM_BLOCK,
    PROBLEM_HEADING_LABEL,
    PROBLEM_LABEL,
    PROBLEM_REFERENCES,
    RECTIFICATION_PART_HEADINGS,
    STATUS_WORDS,
)
from ..lang.noise import INDENT
from ..lang.punctuation import COLON_MARKS, COLONS, COMMAS, FULL_STOPS, PART_ENDS
from ..lang.script import alternation
from ..model.report import (
    Deadline,
    Indicator,
    Measure,
    Problem,
    Rectification,
    Responsible,
    Section,
    Status,
    Target,
)
from ..patterns import find_all, lead_words, matches_at
from ..structure.sections import is_plan_heading
from .common import (
    POINT_NUMBER,
    before_details,
    clause_end,
    holds_any,
    inline_items,
    own_end,
    sentence_end,
    trimmed,
)

__all__ = ["find_rectifications"]

_RECT_PART_RE = re.compile("|".join(e.pattern for e in RECTIFICATION_PART_HEADINGS))
_BLOCK_RE = re.compile(PROBLEM_BLOCK.pattern)
_STATUS_RES = tuple((regex.compile(e.pattern), s) for e, s in STATUS_WORDS)
_MEASURE_LEAD_RE = regex.compile(MEASURE_LEADS.pattern)
# A clause of this many characters or fewer names the measure the clauses after it carry out (调整年度预算，追加…):
# the measure does not end with it.
_LABEL_CLAUSE = 8
# a comma before a clause that opens with a measure's verb (``，另安排…``, ``，建立…``)
_MEASURE_CLAUSE = re.compile(
    f"[{COMMAS}]\\s*(?=(?:{MEASURE_VERB_LEADS.pattern})?(?:" + "|".join(e.pattern for e in MEASURE_VERBS) + "))"
)
_LINE_START = "(?m)^"


def _after_line_break(pattern: str) -> re.Pattern[str]:
    """A pattern that opens with ``(?m)^``, as one that opens with the line break before it instead: searched
    in ``"\\n" + text`` (:func:`_line_spans`), the engine skips from one line break to the next rather than
    try the pattern at every character. The rest of the pattern must not look back: at the text's start
    it would see the added line break."""
    rest = pattern.removeprefix(_LINE_START)
    if rest == pattern or "(?<" in rest or "\\A" in rest:
        raise ValueError(f"not a pattern opening with {_LINE_START} that never looks back: {pattern}")
    return re.compile("\n" + rest, re.MULTILINE)


def _line_spans(rx: re.Pattern[str], text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of the first ``limit`` matches in ``text`` of the pattern :func:`_after_line_break`
    made ``rx`` of: those of the pattern itself, left to right, none overlapping."""
    led = "\n" + text
    out: list[tuple[int, int]] = []
    pos = 0
    while len(out) < limit:
        m = rx.search(led, pos)
        if m is None:
            break
        out.append((m.start(), m.end() - 1))  # (the added line break shifts every offset by one)
        pos = max(m.end() - 1, m.start() + 1)  # the next may start right after it, if it ended with a line break
    return out


_PROBLEM_LABEL_RE = _after_line_break(PROBLEM_LABEL.pattern)
_FIELD_RES = tuple((regex.compile(r"(?m)^[ \t\u3000]*(?:" + e.pattern + r")\s*[：:]"), f) for e, f in FIELD_LABELS)
_FIELD_NAMES = {field: e.pattern for e, field in FIELD_LABELS}
# A due date or the responsible units written inside a block's text: ``（责任单位：县教育局；完成时限：
# 2022年底）`` or ``…，牵头单位：县编办``. The value runs to a closing bracket, a stop, or the next label.
_INLINE_DETAIL = re.compile(
    r"(?<=[（(；;，,。])[ \t\u3000]*+(?:(?P<deadline>"
    + _FIELD_NAMES["deadline"]
    + r")|(?P<responsible>"
    + _FIELD_NAMES["responsible"]
    + r"))\s*[：:]"
)
_DETAIL_END = re.compile(
    r"[）)；;。\n]|[，,](?=\s*(?:" + "|".join(e.pattern for e, _ in FIELD_LABELS) + r")\s*[：:])"
)
_DUE_DATE = re.compile(
    rf"(?P<y>{YEAR})\s*年(?:\s*(?P<m>1[0-2]|0?[1-9])\s*月(?:\s*(?P<d>3[01]|[12][0-9]|0?[1-9])\s*日)?)?"
)
_UNIT_SEPARATORS = re.compile(r"[、，,；;/]+")
_MAX_LABELLED = 200  # labelled problem lines read per report
_PROBLEM_HEADING_RE = re.compile(PROBLEM_HEADING_LABEL.pattern)


def _block_sections(doc: Document) -> list[Section]:
    text = doc.folded
    blocks: list[Section] = []
    for s in doc.section_index.every:
        if _BLOCK_RE.match(text[s.heading_start : s.heading_end].strip()):
            blocks.append(s)
    if blocks:
        return blocks
    for s in doc.section_index.every:
        heading = text[s.heading_start : s.heading_end]
        if _RECT_PART_RE.search(heading) and s.children and not is_plan_heading(heading):
            blocks.extend(s.children)
    return blocks


def _status(text: str, start: int, end: int) -> Status | None:
    for rx, status in _STATUS_RES:
        if rx.search(text, start, end):
            return status
    return None


def _field_status(text: str, fields: Sequence[tuple[str, int, int]]) -> Status | None:
    """The status a block's own status line states (``整改状态：已完成``): the first such line that states one."""
    for field, a, b in fields:
        if field == "status" and (status := _status(text, a, b)) is not None:
            return status
    return None


def _measure(text: str, written: str, start: int, end: int) -> Measure | None:
    """A measure written inline: its heading is its first sentence (``一是完善经费保障机制。…``) without the clauses
    giving its details (``，其中…``). ``text``: the report in simplified characters, read; ``written``: as written,
    what the measure gives."""
    m = POINT_NUMBER.match(text, start, end)
    head_start = m.end() if m else start
    head_start, _ = trimmed(text, head_start, end)
    stop = before_details(text, head_start, sentence_end(text, head_start, end))
    hs, he = trimmed(text, head_start, stop)
    s, e = trimmed(text, start, end)
    if he <= hs or e <= s:
        return None
    return Measure(heading=written[hs:he], start=s, end=e, text=written[s:e])


def _inline_measures(text: str, written: str, block: Section) -> tuple[Measure, ...]:
    """The measures of a block without numbered children: its 一是/二是 points, or ``①…②…`` after
    ``整改措施:``."""
    spans: list[tuple[int, int]] = []
    block_end = own_end(block)
    if block.points:
        for k, p in enumerate(block.points):
            nxt = block.points[k + 1].start if k + 1 < len(block.points) else block_end
            # a point ends with its paragraph: ``整改目标:`` on the next line is not part of it
            line_end = text.find("\n", p.start, nxt)
            spans.append((p.start, line_end if line_end >= 0 else nxt))
    else:
        lead = _MEASURE_LEAD_RE.search(text, block.heading_end, block_end)
        if lead is not None:
            line_end = text.find("\n", lead.end(), block_end)
            for s, e in inline_items(text, lead.end(), line_end if line_end >= 0 else block_end):
                spans.append((s, e))
    out = [m for s, e in spans if (m := _measure(text, written, s, e)) is not None]
    return tuple(out)


def _innermost_end(doc: Document, pos: int) -> int:
    """Where the innermost section holding pos ends (its first child after pos, or its end)."""
    end = max((s.end for s in doc.sections), default=pos)
    for s in doc.section_index.every:
        if s.start <= pos < s.end:
            end = s.end
            later = [c.start for c in s.children if c.start > pos]
            if later:
                end = min(end, later[0])
    return end


def _field_lines(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The labelled field lines of [start, end): (field, value start, line end), in order."""
    out: list[tuple[str, int, int]] = []
    for rx, field in _FIELD_RES:
        for m in rx.finditer(text, start, end):
            line_end = text.find("\n", m.end(), end)
            out.append((field, m.end(), line_end if line_end >= 0 else end))
    out.sort(key=lambda f: f[1])
    return out


def _details(
    text: str, written: str, fields: Sequence[tuple[str, int, int]], start: int | None = None, end: int | None = None
) -> tuple[Deadline | None, Responsible | None]:
    """A block's due date and responsible units: from its labelled lines (``fields``), else, when the
    block's range is given, from the first ``（责任单位：…；完成时限：…）`` inside it."""
    found: dict[str, tuple[int, int]] = {}
    for field, a, b in fields:
        if field in ("deadline", "responsible") and field not in found:
            found[field] = (a, b)
    if start is not None and end is not None:
        for m in _INLINE_DETAIL.finditer(text, start, end):
            field = "deadline" if m.group("deadline") else "responsible"
            if field not in found:
                stop = _DETAIL_END.search(text, m.end(), end)
                found[field] = (m.end(), stop.start() if stop else end)
    deadline = responsible = None
    if "deadline" in found:
        a, b = trimmed(text, *found["deadline"])
        if b > a:
            date = _DUE_DATE.search(text, a, b)
            deadline = Deadline(
                start=a,
                end=b,
                text=written[a:b],
                year=int(date.group("y")) if date else None,
                month=int(date.group("m")) if date and date.group("m") else None,
                day=int(date.group("d")) if date and date.group("d") else None,
            )
    if "responsible" in found:
        a, b = trimmed(text, *found["responsible"])
        if b > a:
            units = tuple(u.strip(" \t\u3000等") for u in _UNIT_SEPARATORS.split(written[a:b]))
            responsible = Responsible(start=a, end=b, text=written[a:b], units=tuple(u for u in units if u))
    return deadline, responsible


def _labelled_measures(text: str, written: str, start: int, end: int) -> tuple[Measure, ...]:
    """The measures after ``整改措施:``: its 一是/二是 points (each headed by its first clause), or else the
    ；-separated items of its first sentence (each headed by itself, without the clauses giving its details); a
    sentence without ；whose later clauses open with a measure's verb, one measure per such clause (each headed by
    its first clause), unless what stands before the clause is a label of a few words (:data:`_LABEL_CLAUSE`)."""
    s, e = trimmed(text, start, end)
    if e <= s:
        return ()
    points = list(POINT_NUMBER.finditer(text, s, e))
    out: list[Measure] = []
    if len(points) >= 2 and points[0].start() == s:
        for k, m in enumerate(points):
            stop = points[k + 1].start() if k + 1 < len(points) else sentence_end(text, m.end(), e)
            a, b = trimmed(text, m.start(), stop)
            hs = m.end()
            he = min((i for i in (text.find(c, hs, b) for c in "，,；;。") if i >= 0), default=b)
            hs, he = trimmed(text, hs, he)
            if he > hs:
                out.append(Measure(heading=written[hs:he], start=a, end=b, text=written[a:b]))
        return tuple(out)
    stop = min((i for i in (text.find(c, s, e) for c in "。！？!?") if i >= 0), default=e)
    if not any(text.find(c, s, stop) >= 0 for c in "；;"):
        cuts: list[int] = []
        for m in _MEASURE_CLAUSE.finditer(text, s, stop):
            if m.start() - (cuts[-1] + 1 if cuts else s) > _LABEL_CLAUSE:
                cuts.append(m.start())
        if cuts:
            for a, b in zip([s, *(c + 1 for c in cuts)], [*cuts, stop], strict=True):
                a, b = trimmed(text, a, b)
                he = clause_end(text, a, b)
                if b > a:
                    out.append(Measure(heading=written[a:he], start=a, end=b, text=written[a:b]))
            return tuple(out)
    pos = s
    while pos < stop:
        cut = min((i for i in (text.find(c, pos, stop) for c in "；;") if i >= 0), default=stop)
        a, b = trimmed(text, pos, cut)
        if b > a:
            ha, hb = trimmed(text, a, before_details(text, a, b))
            out.append(Measure(heading=written[ha:hb], start=a, end=b, text=written[a:b]))
        pos = cut + 1
    return tuple(out)


def _labelled_blocks(doc: Document, indicators: Sequence[Indicator], targets: Sequence[Target]) -> list[Rectification]:
    """Rectifications laid out as labelled lines: ``问题1：X。`` / ``整改目标：`` / ``整改措施：`` / ``整改状态：``."""
    written, text = doc.text, doc.folded
    labels = _line_spans(_PROBLEM_LABEL_RE, text, _MAX_LABELLED)  # each looks up its section: keep it bounded
    out: list[Rectification] = []
    for k, (label_start, label_end) in enumerate(labels):
        end = min(labels[k + 1][0] if k + 1 < len(labels) else len(text), _innermost_end(doc, label_end))
        fields = _field_lines(text, label_end, end)
        if not fields:
            continue  # a line that merely starts with 问题1: without the fields of a rectification
        line_end = text.find("\n", label_end, end)
        ps = label_end
        pe = sentence_end(text, ps, fields[0][1] if line_end < 0 else line_end)
        ps, pe = trimmed(text, ps, pe)
        if pe <= ps:
            continue
        start, end = trimmed(text, label_start, end)
        measures: tuple[Measure, ...] = ()
        status: Status | None = None
        goal: list[tuple[int, int]] = []
        deadline, responsible = _details(text, written, fields)
        for field, a, b in fields:
            if field == "measures":
                measures += _labelled_measures(text, written, a, b)
            elif field == "status":
                status = _status(text, a, b)
            elif field == "target":
                goal.append((a, b))
        out.append(
            Rectification(
                problem=Problem(start=ps, end=pe, text=written[ps:pe], source="rectification"),
                start=start,
                end=end,
                text=written[start:end],
                measures=measures,
                indicators=tuple(i for i in indicators if start <= i.start < end),
                targets=tuple(t for t in targets if any(a <= t.end <= b for a, b in goal))
                or tuple(t for t in targets if start <= t.start < end),
                status=status if status is not None else _status(text, pe, end),
                deadline=deadline,
                responsible=responsible,
            )
        )
    return out


def _labelled_problem(text: str, block: Section) -> tuple[int, int] | None:
    """Where the problem of a block headed by its label alone stands (``（一）问题：城区学校大班额问题突出。``): the
    label names the part, the sentence after its colon is the problem. None for any other heading, or a label
    without a colon (``（一）问题`` on a line of its own)."""
    head = text[block.heading_start : block.heading_end].strip()
    if _PROBLEM_HEADING_RE.fullmatch(head) is None:
        return None
    i = block.heading_end
    if not head.endswith(COLON_MARKS):
        while i < block.end and text[i] in INDENT:
            i += 1
        if i >= block.end or text[i] not in COLONS:
            return None
        i += 1
    line_end = text.find("\n", i, block.end)
    ps, pe = trimmed(text, i, sentence_end(text, i, line_end if line_end >= 0 else block.end))
    return (ps, pe) if pe > ps else None


_ANSWERED_RE = regex.compile(ANSWERED_PROBLEM.pattern)
_ANSWERED_LEADS = lead_words(ANSWERED_PROBLEM.pattern) or ()
if not _ANSWERED_LEADS:
    raise ValueError(f"an answered problem's pattern that opens with no word: {ANSWERED_PROBLEM.pattern}")
_REFERENCES = tuple(e.word for e in PROBLEM_REFERENCES)
_MIN_ANSWERED = 2  # a report answers its problems one after another: one such phrase alone is no series of them
_POINT_REACH = 4  # the most characters of the 一是 (一是，) before an answered problem, read back
_FULL_STOP = re.compile(f"[{FULL_STOPS}]")
# a connective at the end of an answered problem's measures (``开设心理课程；同时``): it opens what follows
_CONNECTIVE_END = re.compile(f"(?:{alternation(MEASURE_CONNECTIVES, either_script=False)})$")
_CONNECTIVE_REACH = max(len(e.word) for e in MEASURE_CONNECTIVES)
_ITEM_START = re.compile(f"(?<=[{PART_ENDS}])[ \t\u3000]*{POINT_NUMBER.pattern}")


def _answered(text: str) -> list[tuple[int, int, int, int]]:
    """The problems a report answers in the sentences telling their measures (``一是针对“X”的问题，…``):
    (item start, problem start, problem end, measures start), in order; none where fewer than
    :data:`_MIN_ANSWERED` stand in the report. The item starts at its 一是 where one stands right before."""
    places = [p for w in _ANSWERED_LEADS for p in find_all(text, w)]
    out: list[tuple[int, int, int, int]] = []
    for m in matches_at(_ANSWERED_RE, text, places):
        group = "q" if m.group("q") is not None else "p"
        ps, pe = trimmed(text, *m.span(group))
        if pe <= ps or (group == "p" and holds_any(text[ps:pe], _REFERENCES)):
            continue
        start = m.start()
        point = POINT_NUMBER.search(text, max(0, start - _POINT_REACH), start)
        if point is not None and point.end() == start:
            start = point.start()
        out.append((start, ps, pe, m.end()))
    return out if len(out) >= _MIN_ANSWERED else []


def _answered_measures(text: str, written: str, start: int, end: int) -> tuple[Measure, ...]:
    """The measures of the sentences of [start, end) (:func:`_labelled_measures`, one sentence at a time)."""
    out: list[Measure] = []
    pos = start
    while pos < end:
        full_stop = _FULL_STOP.search(text, pos, end)
        stop = full_stop.start() if full_stop is not None else end
        out.extend(_labelled_measures(text, written, pos, stop))
        pos = stop + 1
    return tuple(out)


def _answered_blocks(
    doc: Document,
    items: Sequence[tuple[int, int, int, int]],
    indicators: Sequence[Indicator],
    targets: Sequence[Target],
) -> list[Rectification]:
    """Rectifications written as sentences that each answer a problem (``一是针对“X”的问题，县财政…。二是针对…``;
    ``items``: :func:`_answered`): the problem X, the clauses after it up to the next item (the next answered
    problem, the next 一是/二是 point, the paragraph's end) its measures."""
    written, text = doc.text, doc.folded
    out: list[Rectification] = []
    in_order = sorted(indicators, key=lambda i: i.start)
    at = [i.start for i in in_order]
    goals = sorted(targets, key=lambda t: t.start)
    goal_at = [t.start for t in goals]
    for k, (start, ps, pe, after) in enumerate(items):
        end = items[k + 1][0] if k + 1 < len(items) else len(text)
        line_end = text.find("\n", after, end)
        end = line_end if line_end >= 0 else end
        point = _ITEM_START.search(text, after, end)
        if point is not None:
            end = point.start()
        start, end = trimmed(text, start, end)
        connective = _CONNECTIVE_END.search(text, max(after, end - _CONNECTIVE_REACH), end)
        if connective is not None:
            start, end = trimmed(text, start, connective.start())
        if end <= after:
            continue
        out.append(
            Rectification(
                problem=Problem(start=ps, end=pe, text=written[ps:pe], source="rectification"),
                start=start,
                end=end,
                text=written[start:end],
                measures=_answered_measures(text, written, after, end),
                indicators=tuple(in_order[bisect_left(at, start) : bisect_left(at, end)]),
                targets=tuple(goals[bisect_left(goal_at, start) : bisect_left(goal_at, end)]),
                status=_status(text, after, end),
            )
        )
    return out


def find_rectifications(
    doc: Document, indicators: Sequence[Indicator] = (), targets: Sequence[Target] = ()
) -> tuple[Rectification, ...]:
    """Each problem block of a 整改 report (or of a report's 整改 part) with its measures. A report in traditional
    characters is read as its simplified form (:attr:`~dutyreport.document.Document.folded`); each item is given as
    written."""
    written, text = doc.text, doc.folded
    labelled = _labelled_blocks(doc, indicators, targets)
    answered = _answered(text)  # (those a block's heading states are that block's problem)
    problem_starts, item_starts = [a[1] for a in answered], [a[0] for a in answered]
    headed: set[int] = set()
    out: list[Rectification] = list(labelled)
    for b in _block_sections(doc):
        if any(b.start <= r.start < b.end or r.start <= b.start < r.end for r in labelled):
            continue  # a section that holds labelled blocks is not itself one
        heading = text[b.heading_start : b.heading_end]
        k = bisect_left(problem_starts, b.heading_start)  # (the answered problems, in order)
        in_heading = [k] if k < len(answered) and answered[k][1] < b.heading_end else []
        first = bisect_left(item_starts, b.start)
        m = _BLOCK_RE.match(heading.strip())
        inside = range(first, bisect_left(item_starts, b.end))
        if not in_heading and inside:
            if m is None:
                continue  # nor one whose heading names no problem and whose sentences answer problems: its blocks
            headed.update(inside)  # (a block's heading names its problem: those it answers are its measures)
        lead = len(heading) - len(heading.lstrip())
        labelled_problem = None if m else _labelled_problem(text, b)
        after = None
        if in_heading:
            headed.add(in_heading[0])
            _, ps, pe, after = answered[in_heading[0]]
        elif m:
            ps, pe = b.heading_start + lead + m.start("p"), b.heading_start + lead + m.end("p")
        elif labelled_problem is not None:
            ps, pe = labelled_problem
        else:
            ps, pe = trimmed(text, b.heading_start, b.heading_end)
        if pe <= ps or text[ps:pe] != text[ps:pe].strip():
            ps, pe = trimmed(text, ps, pe)
        fields = _field_lines(text, b.heading_end, b.end)
        measures = tuple(
            Measure(heading=c.heading.strip(), start=c.start, end=c.end, text=written[c.start : c.end])
            for c in b.children
        ) or _inline_measures(text, written, b)
        if not measures:  # its 整改措施：… lines (after ``(一)问题：X。`` or ``(一)关于“X”的问题``)
            measures = tuple(
                x for field, a, e in fields if field == "measures" for x in _labelled_measures(text, written, a, e)
            )
        if not measures and after is not None:  # (一)针对“X”的问题，新建…。: the clauses after it
            measures = _answered_measures(text, written, after, own_end(b))
        deadline, responsible = _details(text, written, fields, b.heading_end, b.end)
        out.append(
            Rectification(
                problem=Problem(start=ps, end=pe, text=written[ps:pe], source="rectification"),
                start=b.start,
                end=b.end,
                text=written[b.start : b.end],
                measures=measures,
                indicators=tuple(i for i in indicators if b.start <= i.start < b.end),
                targets=tuple(t for t in targets if b.start <= t.start < b.end),
                status=_field_status(text, fields) or _status(text, b.heading_end, b.end),
                deadline=deadline,
                responsible=responsible,
            )
        )
    rest = [
        a for k, a in enumerate(answered) if k not in headed and not any(r.start <= a[0] < r.end for r in labelled)
    ]
    if rest:
        out.extend(_answered_blocks(doc, rest, indicators, targets))
        out.sort(key=lambda r: r.start)
    return tuple(out)
