"""The kind of a figure: stock, change (增长, 提高 amounts and rates), target (a goal word, a deadline, a plan's
figure) or standard (a norm: a per-unit amount under a norm word, 每/每年, a bound), read from the words of its clause
before it; and whether a figure after 高于/低于 is the margin between two figures (:func:`is_margin`).

:func:`kind_of` is asked once per figure by :func:`~dutyreport.indicators.build.build_indicators`, which gives it a
:class:`GoalCues` of the text (the sentence's goal words read once, not once per figure).
"""

from __future__ import annotations

import re
import sys
from typing import cast

from ..lang.audit import COMPARE_ADVERBS, COMPARISONS
from ..lang.dates import YEAR
from ..lang.figures import (
    CHANGE_VERBS,
    COMPARED_NORMS,
    COMPARISON_WORDS,
    DIFFERENCE_WORDS,
    EACH_WORDS,
    FREQUENCY_WORDS,
    FUTURE_WORDS,
    NORM_CUES,
    PER_UNIT_NORM_CUES,
    PLAN_DONE_WORDS,
    RATIO_NORM_CUES,
    STRIVING,
    TARGET_CUES,
    TARGET_DEADLINES,
)
from ..lang.punctuation import OPEN_BRACKETS
from ..lang.script import alternation, either_pattern
from ..lang.subjects import CHANGE_TO_VERBS
from ..model.quantities import Count, Money, Percent, PerUnit, Qualifier, Quantity, Range, Ratio
from ..model.report import IndicatorKind
from ..patterns import char_class, first_chars, held_chars, known, lookbehind_width, max_width, skipping
from .places import Figure
from .subject_edges import COMPARED_YEAR, MASK

__all__ = ["BOUNDS", "MARGIN_FIRSTS", "NORM_CUE", "PLAN_DONE", "GoalCues", "goal_word_before", "is_margin", "kind_of"]

BOUNDS = (Qualifier.AT_LEAST, Qualifier.AT_MOST)  # a figure's bound: 至少, 不超过
# (the kinds as module constants: an enum's member, read through its class, costs several plain reads)
_STANDARD, _TARGET = IndicatorKind.STANDARD, IndicatorKind.TARGET
_CHANGE, _STOCK = IndicatorKind.CHANGE, IndicatorKind.STOCK
_UNBOUNDED = sys.maxsize  # (where a pattern's width is not known: the words are searched whole)

# A verb of change, or a difference after a comparison with an earlier time (比上年高出, 较2021年少), ending the words
# before a figure.
_CHANGE_CUE = skipping(
    re.compile(
        either_pattern(
            rf"(?:(?:{alternation(CHANGE_VERBS)})(?:幅度|比例|率)?(?:为|了|达到|达)?"
            rf"|(?:{alternation(COMPARISON_WORDS)}|{COMPARED_YEAR})"
            rf"(?:{alternation(DIFFERENCE_WORDS)})了?)$"
        )
    )
)

def _not_after_change_verb(pattern: str) -> str:
    """A deadline's pattern kept from the character that ends a change verb (到 of 提高到, 至 of 下降至): the
    year after 由2021年的86.4%提高到2023年的92.1% is the year of the value reached, no deadline.

    >>> _not_after_change_verb("到2025年").startswith("到(?<!提高到)")
    True
    """
    ends = [e.word for e in CHANGE_TO_VERBS if e.word.endswith(pattern[0])]
    return pattern[0] + "".join(f"(?<!{re.escape(w)})" for w in ends) + pattern[1:]


# a goal word, or a deadline (到2025年; not 截至2023年 or 截止到2023年, which are as of a date, nor 提高到2023年的…)
_TARGET_CUE = re.compile(
    rf"(?:{alternation(TARGET_CUES)}"
    rf"|{'|'.join(either_pattern(_not_after_change_verb(e.pattern)) for e in TARGET_DEADLINES)})"
)

# ... a goal word alone, no deadline (力争, 计划新建, 争取…)
_GOAL_WORD = re.compile(rf"(?:{alternation(TARGET_CUES, FUTURE_WORDS)}|{either_pattern(STRIVING.pattern)})")


def goal_word_before(text: str, sentence_start: int, start: int) -> bool:
    """A goal word, not a deadline, stands in the figure's sentence before it (lang.figures.TARGET_CUES,
    FUTURE_WORDS, STRIVING).

    >>> goal_word_before("到2021年底,力争建成基地64个", 0, 16), goal_word_before("到2021年底,建成基地64个", 0, 14)
    (True, False)
    """
    return _GOAL_WORD.search(text, sentence_start, start) is not None


_EACH_OR_FREQUENCY = re.compile(alternation(EACH_WORDS, FREQUENCY_WORDS))  # (one search where either will do)
_RATIO_NORM = re.compile(alternation(RATIO_NORM_CUES))
NORM_CUE = re.compile(alternation(NORM_CUES))
_PER_UNIT_NORM = re.compile(alternation(PER_UNIT_NORM_CUES))
_RATE_WRITTEN = re.compile(r"[每/／]")  # (a per-unit figure written as a rate: 每生每年720元, 630元/生/年)


# A clause that opens with 高于 or 低于 (after an adverb, 仍高于) and what it compares with: a figure after it far
# smaller than the figure before (高于公务员平均工资0.3万元) is the margin between the two, not what it compares with
_MARGIN_OPENS = re.compile(
    rf"\s*(?:{COMPARE_ADVERBS.pattern})?(?:{'|'.join(e.pattern for rel, e in COMPARISONS if rel in ('gt', 'lt'))})"
)
# (what such a clause opens with besides white space: a clause opening with none of them is no margin's)
MARGIN_FIRSTS = known(first_chars(_MARGIN_OPENS, spaces=True), _MARGIN_OPENS.pattern)
_MARGIN_BRACKETS = re.compile(char_class(OPEN_BRACKETS))  # (高于公务员（96,420元）: what it compares with)
# (a plan's figure its sentence says was reached already: 截至2023年底…已达到91%, no goal)
PLAN_DONE = re.compile(either_pattern(alternation(PLAN_DONE_WORDS)))
# (a norm compared with names its value: 高于国家基准定额720元; its words end the clause's words, 的 aside)
_MARGIN_NORM = re.compile(either_pattern(rf"(?:{alternation(COMPARED_NORMS)})的?\s*$"))
_MARGIN_NORM_WIDTH = max(len(e.word) for e in COMPARED_NORMS) + 2  # (the characters read before a figure)
_MARGIN_RATIO = 2  # (two figures compared are of one order: a margin is less than half the figure it is of)
_MARGIN_YEAR = re.compile(rf"{YEAR}年")  # (高于2020年的1.2万人: the figure of a year compared with, no margin)


# A change verb ends the words before a figure: its match (no look-behind reads before one) starts at most this far
# before their end (where that is not known, the clause's words are searched whole).
_CHANGE_WIDTH = max_width(_CHANGE_CUE) or _UNBOUNDED
# ... and its last character is the words' last, which a match holds: where the pattern holds no such character,
# no change verb ends the words (most words before a figure end with none: 为, 有, 是, 共).
_CHANGE_CHARS = known(held_chars(_CHANGE_CUE), _CHANGE_CUE.pattern)
# The longest goal word or deadline, and how far before its start a look-behind reads (at most the look-behind's
# width: 到(?<!截止到)2025年 reads two); where either is not known, every figure's words are searched whole.
_TARGET_WIDTH = max_width(_TARGET_CUE) or _UNBOUNDED
_TARGET_BEHIND: int = _UNBOUNDED if (_reach := lookbehind_width(_TARGET_CUE)) is None else _reach


class GoalCues:
    """Whether a goal word or a deadline stands in a figure's sentence before it: ``_TARGET_CUE.search(
    text[sentence_start:start])``, read once per sentence rather than once per figure.

    The figures of one sentence come in order: where the words before one figure hold no cue, the next figure
    of the sentence needs only the matches that end after the last one read, which start at most a cue's
    length before it (a match found stays one: the pattern reads nothing after its match). Such a search is
    made in the text, not a slice, only where the look-behinds of the matches it may find read no
    character before the sentence (where a slice would show them none).
    """

    __slots__ = ("_found", "_from", "_until", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._from = -1  # the sentence start of the last reading
        self._until = -1  # ... the end of the words it read
        self._found = False  # ... and whether they hold a cue

    def before(self, sentence_start: int, start: int) -> bool:
        """``_TARGET_CUE.search(text[sentence_start:start]) is not None``."""
        if sentence_start == self._from and start >= self._until:
            if not self._found:
                resume = self._until - _TARGET_WIDTH + 1  # (a match ending after the last reading starts here)
                if resume < sentence_start + _TARGET_BEHIND:
                    self._found = _TARGET_CUE.search(self.text[sentence_start:start]) is not None
                else:
                    self._found = _TARGET_CUE.search(self.text, resume, start) is not None
        else:
            self._from = sentence_start
            self._found = _TARGET_CUE.search(self.text[sentence_start:start]) is not None
        self._until = start
        return self._found


def is_margin(text: str, clause_start: int, start: int, q: Quantity, before: Figure) -> bool:
    """Whether the figure at ``start`` is the margin by which the figure ``before`` it in its sentence is above or
    below what its clause compares it with (…10.2万元,高于公务员平均工资0.3万元; …55%,高于全省平均水平3个百分点): the
    clause opens with 高于/低于, names no figure in brackets, and the figure is a difference of percentages or, after
    no norm (高于国家基准定额720元 names the norm's value), less than half the figure before of its measure."""
    if _MARGIN_OPENS.match(text, clause_start, start) is None or _MARGIN_BRACKETS.search(text, clause_start, start):
        return False
    if isinstance(q, Percent) and q.percentage_point:
        return True
    if _MARGIN_NORM.search(text, max(clause_start, start - _MARGIN_NORM_WIDTH), start):
        return False  # 高于国家基准定额720元: the norm's value
    if _MARGIN_YEAR.search(text, clause_start, start):
        return False  # 高于2020年的1.2万人: that year's figure
    p = before.quantity
    if type(p) is not type(q) or not isinstance(q, (Count, Money, Percent, PerUnit)) or p.unit != q.unit:
        return False
    a, b = getattr(p, "value", None), q.value
    return a is not None and b is not None and b * _MARGIN_RATIO < a


def kind_of(
    q: Quantity, text: str, clause_start: int, start: int, goals: GoalCues, sentence_start: int, planned: bool
) -> IndicatorKind:
    """The kind the words of the figure's clause before it (``text[clause_start:start]``) make it (``planned``:
    whether it stands under a heading of what is to be done).

    >>> from dutyreport.quantities.scan import find_quantities
    >>> def kind(text: str, planned: bool = False) -> str:
    ...     q = [m for m in find_quantities(text) if m.quantity.unit][-1]
    ...     return kind_of(q.quantity, text, 0, q.start, GoalCues(text), 0, planned).value
    >>> kind("全县新建学校2所"), kind("比上年增长5.2%"), kind("到2025年达到95%"), kind("班额不超过45人")
    ('stock', 'change', 'target', 'standard')
    >>> kind("新增学位不少于800个", planned=True)
    'target'
    """
    kind = type(q)  # (no quantity type has a subtype: a type is asked, not an instance)
    if kind is PerUnit or (kind is Range and type(cast(Range, q).high) is PerUnit):
        if _PER_UNIT_NORM.search(text, sentence_start, start) or _RATE_WRITTEN.search(q.text):
            # 生均公用经费标准为每生每年720元, 630元/生/年: a norm, or a rate written as one; else the amount reached
            return _STANDARD
    elif _EACH_OR_FREQUENCY.search(text, clause_start, start):
        return _STANDARD
    if kind is Ratio and _RATIO_NORM.search(text, clause_start, start):
        return _STANDARD
    if goals.before(sentence_start, start):  # (a goal word or a deadline in the sentence before the figure)
        return _TARGET
    # a change verb ending the words (white space and noise after them aside, 增长(zhǎng)15%: the stage passes the
    # text with its noise masked): searched where such a match can start
    words_end = start
    while words_end > clause_start and (text[words_end - 1].isspace() or text[words_end - 1] == MASK):
        words_end -= 1
    if words_end > clause_start and text[words_end - 1] in _CHANGE_CHARS:
        from_ = words_end - _CHANGE_WIDTH if words_end - _CHANGE_WIDTH > clause_start else clause_start
        if _CHANGE_CUE.search(text, from_, words_end):
            return _CHANGE
    if q.qualifier in BOUNDS and kind is not Money:
        # 班额不超过45人 is a norm; under 下一步打算, 新增学位不少于800个 is a goal (a bound with no 每 and no norm
        # word: 规模一般控制在12个班 stays a norm there)
        if planned and not NORM_CUE.search(text, clause_start, start):
            return _TARGET
        return _STANDARD
    return _STOCK
