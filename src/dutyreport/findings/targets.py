"""Targets: goals for a future date (``到2025年…达到95%以上``), one per indicator that states one, with
the comparator its words give and the deadline it names."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import regex

from ..document import Document
from ..lang.findings import COMPARATOR_WORDS, DEADLINES, GOAL_DEADLINE_WORDS, TARGET_CUES
from ..lang.punctuation import COLONS, COMMAS, PERIODS, SEMICOLONS, SENTENCE_ENDS
from ..lang.script import words_alternation
from ..model.quantities import Qualifier, Range, Ratio
from ..model.report import Comparator, Deadline, Indicator, IndicatorKind, Target
from ..patterns import char_class

__all__ = ["comparator_word", "find_targets"]

_COMPARATOR_RES = tuple((regex.compile(e.pattern), c) for e, c in COMPARATOR_WORDS)
_TARGET_CUE_RE = regex.compile(TARGET_CUES.pattern)
_DEADLINE_RE = regex.compile(DEADLINES.pattern)
_CHANGE_FROM = re.compile(rf"从{char_class(COMMAS + PERIODS + SEMICOLONS, negated=True)}*$")
_GOAL_REACH = 240  # how far before a figure its deadline or cue may stand


def _comparator(text: str, ind: Indicator, clause_start: int) -> Comparator:
    q = ind.quantity.qualifier
    window = text[max(clause_start, ind.start - 12) : ind.end + 4]
    comp = comparator_word(window)
    if comp is not None:
        return comp
    if q is Qualifier.AT_LEAST or q is Qualifier.MORE_THAN:
        return Comparator.GE
    if q is Qualifier.AT_MOST:
        return Comparator.LE
    if q is Qualifier.LESS_THAN:
        return Comparator.LT
    return Comparator.EQ


def comparator_word(window: str) -> Comparator | None:
    """The comparator the words of ``window`` state: the longest comparator word there wins (不低于 over the
    低于 inside it), then the table's order.

    >>> comparator_word("到2025年毛入园率不低于90%"), comparator_word("低于5%")
    (<Comparator.GE: '>='>, <Comparator.LT: '<'>)
    """
    best: tuple[tuple[int, int], Comparator] | None = None
    for rank, (rx, comp) in enumerate(_COMPARATOR_RES):
        for m in rx.finditer(window):
            key = (len(m.group()), -rank)
            if best is None or key > best[0]:
                best = (key, comp)
    return best[1] if best is not None else None


def _quoted(text: str, start: int, pos: int) -> bool:
    """Whether pos sits inside 《…》 opened after start."""
    return text.rfind("《", start, pos) > text.rfind("》", start, pos)  # (-1 where none: no slice of the stretch)


def _goal_anchor(text: str, start: int, end: int, planned: bool = False) -> tuple[int, regex.Match[str] | None]:
    """Where the goal that governs a figure at ``end`` begins (-1: none) and its deadline. In a section that
    announces what is to be done (``planned``) the section is the cue: it stands at ``start``, and a year after it
    is the goal's deadline (2025年开工建设学校4所)."""
    events: list[tuple[int, str, regex.Match[str]]] = []
    for m in _DEADLINE_RE.finditer(text, start, end):
        if not _quoted(text, start, m.start()):
            events.append((m.start(), "year", m))
    for m in _TARGET_CUE_RE.finditer(text, start, end):
        if not _quoted(text, start, m.start()):
            events.append((m.start(), "cue", m))
    events.sort(key=lambda e: e[0])
    cue_pos = start if planned else -1
    deadline: regex.Match[str] | None = None
    last_year: regex.Match[str] | None = None
    for pos, what, m in events:
        if what == "cue":
            if cue_pos < 0 or deadline is None:
                deadline = last_year
            cue_pos = pos
            continue
        post = m.group("post") or ""
        if m.group("asof") and not post.endswith("前"):
            cue_pos, deadline = -1, None  # 截至2023年底: as of a date, the figure is a fact
        elif post in ("以来", "至今"):
            cue_pos, deadline = -1, None
        elif m.group("pre") or post:
            cue_pos, deadline = pos, m
        elif cue_pos >= 0:
            deadline = m
        else:
            deadline = None
        last_year = m if not post.startswith(("以", "至")) else None
    return cue_pos, deadline


_DIGIT = re.compile("[0-9]")


def _target_deadline(m: regex.Match[str], written: str) -> Deadline:
    return Deadline(
        start=m.start(),
        end=m.end(),
        text=written[m.start() : m.end()],
        year=int(m.group("y")),
        month=int(m["m"]) if m["m"] else None,
    )


# Patterns of words: a search between two positions finds one where a word stands wholly between them (the
# engine skips along the words' first characters: one search per stretch, no list of every occurrence in the text).
_CUE_WORDS_RE = re.compile(words_alternation(TARGET_CUES.holds))
_OPENER_WORDS_RE = re.compile(words_alternation(e.pattern for e in GOAL_DEADLINE_WORDS))


def _may_hold_goal(text: str, start: int, end: int) -> bool:
    """Whether :func:`_goal_anchor` can find a goal in ``text[start:end]``: only a goal cue, or a deadline
    that opens a goal (a year, 年, with a word of :data:`GOAL_DEADLINE_WORDS`; a cue word as a deadline's
    ``pre`` is a cue already) starts one. Most figures' stretches hold neither and are not read."""
    if _CUE_WORDS_RE.search(text, start, end) is not None:
        return True
    for w in DEADLINES.holds:  # (the words every deadline holds; a loop, no generator: this runs per figure)
        if text.find(w, start, end) >= 0:
            return _OPENER_WORDS_RE.search(text, start, end) is not None
    return False


_CLAUSE_MARKS = COMMAS + SEMICOLONS + COLONS  # (a comparator's words are read after these and after 、)


def _last_of(text: str, chars: str, start: int, end: int) -> int:
    """The last place in ``[start, end)`` where one of ``chars`` stands (-1 where none does)."""
    last = -1
    for c in chars:
        i = text.rfind(c, start, end)
        if i > last:
            last = i
    return last


def find_targets(doc: Document, indicators: Sequence[Indicator]) -> tuple[Target, ...]:
    """Goals for a future date, one per indicator that states one. A report in traditional characters is read as its
    simplified form (:attr:`~dutyreport.document.Document.folded`); each target is given as written."""
    written, text = doc.text, doc.folded
    out: list[Target] = []
    stops = doc.breaks.of(SENTENCE_ENDS)
    bisect_left, may_hold_goal, passed = bisect.bisect_left, _may_hold_goal, (Ratio, Range)  # (read per figure)
    # a level figure of a section that announces what is to be done is a goal, as the kinds read it (one reading)
    plans, goal = doc.section_index.plans, IndicatorKind.TARGET
    for ind in indicators:
        quantity, start = ind.quantity, ind.start
        if isinstance(quantity, passed) or quantity.is_placeholder:
            continue
        k = bisect_left(stops, start) - 1
        sent_start = stops[k] + 1 if k >= 0 else 0
        if sent_start < start - _GOAL_REACH:
            sent_start = start - _GOAL_REACH
        planned = plans is not None and ind.kind is goal and plans.contains(start, ind.end)
        if not planned and not may_hold_goal(text, sent_start, start):
            continue  # neither a goal cue nor a deadline that opens a goal before the figure
        before = text[sent_start:start]
        if _CHANGE_FROM.search(before) and _DIGIT.search(before, max(0, before.rfind("从"))):
            continue  # 从48.5%提升到53.2%: a change with both ends
        cue_pos, deadline = _goal_anchor(text, sent_start, start, planned)
        if cue_pos < 0:
            if not planned:
                continue
            cue_pos = sent_start  # (a plan's figure after 以来 or 截至 is still the goal the kinds read)
        clause_end = _last_of(text, _CLAUSE_MARKS, sent_start, start)  # (-1 where none)
        span_start = min(cue_pos, deadline.start() if deadline else cue_pos)
        span_start = max(span_start, sent_start)
        if start - span_start > 60:
            span_start = max(clause_end + 1, sent_start)
        comp_start = max(clause_end, text.rfind("、", sent_start, start)) + 1
        out.append(
            Target(
                start=span_start,
                end=ind.end,
                text=written[span_start : ind.end],
                subject=ind.subject,
                comparator=_comparator(text, ind, max(comp_start, sent_start)),
                quantity=quantity,
                deadline=None if deadline is None else _target_deadline(deadline, written),
            )
        )
    return tuple(out)
