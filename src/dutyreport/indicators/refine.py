"""A figure's quantity as the words around it read it: the bound a comparative before it or after its list
states (``至少配备两套以上``, ``分别控制在45人和50人以内``), the unit a list or a table row states once
(``分别提高2.3个、3.9个和6.1个百分点``, ``生均公用经费(元) 720 750``), the people a bare number counts
(``9万学生``), and an amount per student or per person (``生均…为2431.76元``).

The indicator stage (:mod:`dutyreport.indicators.build`) asks these of each figure it keeps, in that order.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from decimal import Decimal

import attrs
import regex

from ..lang.audit import COPULAS
from ..lang.figures import (
    CONTEXT_QUALIFIERS,
    NEGATING_MODALS,
    NORM_QUALIFIERS,
    PEOPLE_NOUNS,
    PER_PERSON_CUES,
    PER_STUDENT_CUES,
    QUALIFIER_BRIDGES,
    UNIT_NAMING_WORDS,
    WHOLE_AMOUNT_WORDS,
)
from ..lang.numbers import MONEY_UNITS
from ..lang.punctuation import CLOSE_BRACKET_CLASS, COMMAS, OPEN_BRACKET_CLASS, PERIODS, SEMICOLONS
from ..lang.script import alternation, either_pattern, fold
from ..lang.subjects import GENERIC_VERBS, LIST_JOINERS, MONEY_VERBS
from ..lang.traps import NAMED_MEASURES
from ..model.quantities import Count, Money, Percent, PerUnit, Qualifier, Quantity
from ..patterns import char_class, first_chars, known, max_width
from ..quantities.grammar import QUALIFIER_AFTER
from ..structure.tables import UNITS
from .kinds import BOUNDS, NORM_CUE
from .subject_tidy import QUALIFIER_BEFORE
from .subjects import Figure
from .units import PER_UNIT_BELOW, in_unit

__all__ = [
    "LIST_JOIN",
    "LIST_JOIN_WIDTH",
    "SharedUnits",
    "bound_of_list",
    "measured_before",
    "per_unit_of_subject",
    "qualified",
    "refine_unit",
]

_NUMERIC = re.compile(r"[0-9０-９]")
LIST_JOIN = re.compile(f"(?:{alternation(LIST_JOINERS)})")  # 、/和/及/与 between two figures of a list
LIST_JOIN_WIDTH = max_width(LIST_JOIN) or 160  # (the most characters between two listed figures)
_NORM_ONLY = frozenset(e.word for e in NORM_QUALIFIERS)  # a bound only where a norm is stated
_PER_STUDENT = re.compile(alternation(PER_STUDENT_CUES))
_PER_PERSON = re.compile(alternation(PER_PERSON_CUES))
_WHOLE_AMOUNT = re.compile(alternation(WHOLE_AMOUNT_WORDS))
# (a masked amount in 万元 or more: no amount per head, where its words name a whole)
_SCALED_MONEY = re.compile(alternation(tuple(e for e in MONEY_UNITS if e.value >= 4)))
_PEOPLE = re.compile(rf"(?:名)?(?:{alternation(PEOPLE_NOUNS)})")  # (matched where a number ends)
_PEOPLE_FIRSTS = known(first_chars(_PEOPLE), _PEOPLE.pattern)  # (where the number is followed by none, no match)
_UNIT_NAMED = re.compile(
    rf"({alternation(UNIT_NAMING_WORDS)}){char_class(COMMAS + PERIODS + SEMICOLONS, negated=True)}{{0,4}}$"
)
_UNIT_OF_NAMING = {e.word: e.value for e in UNIT_NAMING_WORDS}
_PERSON = "person"  # (what an amount per person is per: PerUnit.per)
_CONTEXT_QUALIFIERS: tuple[tuple[str, Qualifier], ...] = tuple((e.word, e.value) for e in CONTEXT_QUALIFIERS)
_CONTEXT_WORD = re.compile(alternation(CONTEXT_QUALIFIERS))  # longest first: 不高于 is not 高于
# A table row's unit in parentheses after its label: 生均公用经费(元) 720 750.
_ROW_UNIT = regex.compile(rf"{OPEN_BRACKET_CLASS}({UNITS}){CLOSE_BRACKET_CLASS}")
# The rest of a list whose last item alone names the unit: 、3.9个和6.1个百分点 / 、96.8和97.1%
_LISTED_NUMBER = r"[0-9]+(?:\.[0-9]+)?"
_SHARED_POINTS = re.compile(
    rf"(?:\s*{LIST_JOIN.pattern}\s*{_LISTED_NUMBER}个?)*\s*{LIST_JOIN.pattern}\s*{_LISTED_NUMBER}"
    r"(?P<unit>个百分点|百分点|%|％)"
)
# _SHARED_POINTS read item by item (see :class:`SharedUnits`): one more number of the list, and the unit
# that may close it.
_LISTED_ITEM = re.compile(either_pattern(rf"\s*{LIST_JOIN.pattern}\s*{_LISTED_NUMBER}"))
# (what an item may open with besides white space: where a number is followed by none, no list goes on after it)
_LISTED_FIRSTS = known(first_chars(_LISTED_ITEM, spaces=True), _LISTED_ITEM.pattern)
_LISTED_UNIT = re.compile(r"个百分点|百分点|%|％")
_BRIDGE = re.compile(rf"(?:{alternation(QUALIFIER_BRIDGES, GENERIC_VERBS, MONEY_VERBS)})$")
# A name of what is measured ending before a copula (…教师数分别为): a comparative before it is the name's.
_NAMED_MEASURE = re.compile(rf"(?:{alternation(NAMED_MEASURES)})\S{{0,2}}?(?:{COPULAS.pattern})$")
_SUFFIX_END = re.compile(rf"(?:{QUALIFIER_AFTER})$")
_LIST_REACH = 8  # how many figures of a list its bound after the last one is looked for across
_MEASURED_REACH = 8  # (the figures before a bare number read for one with a measure)
# a modal negating the comparative after it (不得低于), and what negating a strict bound makes of it
_NEGATED = re.compile(rf"(?:{alternation(NEGATING_MODALS)})$")
_MODAL_LONGEST = max(len(e.word) for e in NEGATING_MODALS)
_NEGATION_OF = {Qualifier.LESS_THAN: Qualifier.AT_LEAST, Qualifier.MORE_THAN: Qualifier.AT_MOST}


def _widen_qualifier(text: str, q: Quantity, clause_start: int, start: int, prior: list[Figure]) -> Quantity:
    """A comparative a few words before the number applies to it (至少配备两套以上, 控制在12个班、360人)."""
    window_start = clause_start if clause_start > start - 20 else start - 20
    window, last = "", {}
    # (most windows hold no comparative: the words read after the last number in it hold none either)
    if _CONTEXT_WORD.search(text, window_start, start):
        window = text[window_start:start]
        if _NUMERIC.search(window):
            window = window[_last_numeric(window) + 1 :]
        # where each word stands last (a word inside a longer one, 高于 in 不高于, is not found)
        last = {fold(m.group()): m.start() for m in _CONTEXT_WORD.finditer(window)}
    for word, qual in _CONTEXT_QUALIFIERS if last else ():  # most windows hold none
        i = last.get(word, -1)
        if i < 0:
            continue
        if word in _NORM_ONLY and not NORM_CUE.search(text[clause_start:start]):
            continue  # 大班额控制在5.78%: an achieved value, not a ceiling
        between = window[i + len(word) :]
        if between and not _BRIDGE.search(between):
            continue  # 高于当地公务员年平均工资11.08万元: the figure is the reference, not bounded
        if between and _NAMED_MEASURE.search(between):
            continue  # 拥有高于规定学历教师数为5.6人: the comparative is part of what is counted
        if qual in _NEGATION_OF and _NEGATED.search(window, max(0, i - _MODAL_LONGEST), i):
            qual = _NEGATION_OF[qual]  # 不得低于…总额的5%: at least
        if q.qualifier is None:
            return attrs.evolve(q, qualifier=qual)
        tightens = qual in BOUNDS and q.qualifier is Qualifier.MORE_THAN
        if tightens and word not in _NORM_ONLY:
            return attrs.evolve(q, qualifier=qual)  # 至少配备两套以上: at least two
        return q
    # 控制在12个班、360人: the list goes on under the same comparative.
    if prior and q.qualifier is None:
        p = prior[-1]
        if (
            p.quantity.qualifier in BOUNDS
            and p.end >= clause_start - 1
            and LIST_JOIN.fullmatch(text, p.end, start)
            and QUALIFIER_BEFORE.search(text[max(0, p.start - 4) : p.start])
        ):
            return attrs.evolve(q, qualifier=p.quantity.qualifier)
    return q


def bound_of_list(
    text: str, q: Quantity, end: int, picked: Sequence[tuple[int, int, Quantity, object, object]], k: int
) -> Quantity:
    """分别控制在45人和50人以内: a qualifier written once after the last figure of a list (figures of one unit
    joined by 、/和/及/与 alone) qualifies each figure of it."""
    for nxt_start, nxt_end, nq, _, _ in picked[k + 1 : k + 1 + _LIST_REACH]:
        if type(nq) is not type(q) or getattr(nq, "unit", None) != getattr(q, "unit", None):
            return q
        if not LIST_JOIN.fullmatch(text, end, nxt_start):
            return q
        if nq.qualifier is not None:
            return attrs.evolve(q, qualifier=nq.qualifier) if _SUFFIX_END.search(text, nxt_start, nxt_end) else q
        end = nxt_end
    return q


def _last_numeric(s: str) -> int:
    last = -1
    for m in _NUMERIC.finditer(s):
        last = m.start()
    return last


class SharedUnits:
    """The unit a list states once after its last number (``、3.9个和6.1个百分点``, ``、96.8和97.1%``),
    as :data:`_SHARED_POINTS` reads it after each number of the list: the same for all of them, so
    each list is walked once (a list of n numbers costs n steps, not n²).

    :data:`_SHARED_POINTS` matches after a number when the numbers that follow it, each after a
    、/和/及/与 and an optional 个, end with one the unit follows: only the last can be followed by a
    unit, as a unit stops the list.
    """

    __slots__ = ("_found", "steps", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: dict[int, str | None] = {}  # a position after a number -> the unit its list ends with
        self.steps = 0  # numbers read: the work done, which tests hold linear

    def after(self, pos: int) -> str | None:
        """``_SHARED_POINTS.match(text, pos)``'s unit, or None where it does not match."""
        text, found = self.text, self._found
        walked: list[int] = []
        unit: str | None = None
        while pos not in found:
            item = _LISTED_ITEM.match(text, pos)
            self.steps += 1
            if item is None:
                break
            walked.append(pos)
            end = item.end()
            nxt = end + 1 if text.startswith("个", end) else end
            if _LISTED_ITEM.match(text, nxt) is None:  # the list's last number
                closing = _LISTED_UNIT.match(text, end)
                unit = closing.group() if closing else None
                break
            pos = nxt
        else:
            unit = found[pos]
        for p in walked:
            found[p] = unit
        return unit


def per_unit_of_subject(q: Quantity, subject: str | None) -> Quantity:
    """An amount in 元 of a per-student subject is per student and year, of a per-person one per person,
    wherever the subject's words stand (a list's head line: 生均…经费情况为:\n(1)幼儿园为2431.76元).

    >>> from decimal import Decimal
    >>> per_unit_of_subject(Money(value=Decimal("720")), "小学生均公用经费")
    PerUnit(value=Decimal('720'), per=('student', 'year'))
    """
    if not isinstance(q, Money) or not subject or (q.value is not None and abs(q.value) >= PER_UNIT_BELOW):
        return q
    if _PER_STUDENT.search(subject):
        return PerUnit(value=q.value, per=("student", "year"), qualifier=q.qualifier, text=q.text)
    if _PER_PERSON.search(subject):
        return PerUnit(value=q.value, per=(_PERSON,), qualifier=q.qualifier, text=q.text)
    return q


def measured_before(out: Sequence[Figure], sentence_start: int) -> bool:
    """A figure with a measure stands before in the sentence, among its last few (新增学位3200个，其中幼儿园1200,
    小学2000): a bare number after it is one of its figures, its measure left unsaid."""
    for f in reversed(out[-_MEASURED_REACH:]):
        if f.end <= sentence_start:
            return False
        if f.quantity.unit is not None:
            return True
    return False


def refine_unit(
    text: str,
    q: Quantity,
    sentence_start: int,
    start: int,
    end: int,
    line_start: int,
    shared_units: SharedUnits,
    opens: Sequence[int],
    prev_end: int,
    whole_above: Decimal | None = None,
) -> Quantity:
    """Units a reader infers from context: per-student money, people behind a bare number,
    a table row's unit in its label (一般公共预算教育支出(万元) 52,310 55,980), a unit a list
    states once at its end (分别提高2.3个、3.9个和6.1个百分点; 分别为95.2、96.8和97.1%).
    (``prev_end``: where the figure before it in its sentence ends, else the sentence's start; ``whole_above``: ten
    times that figure's amount, where it is one per unit: an amount at least that large named a whole after it,
    每人每年800元,补助金额达36.5万元, is no amount per person, while 其中中央资金600元 after 每人1000元 stays one.)"""
    if isinstance(q, Count) and q.value is not None:  # (each test of a bare number's unit asked once)
        unit = q.measure_word
        if unit is None or unit == "个":
            # (a list goes on after the number only where an item may open: white space, or a list's joiner)
            follows = text[end : end + 1]
            shared = shared_units.after(end) if follows in _LISTED_FIRSTS or follows.isspace() else None
            points = shared is not None and shared not in ("%", "％")
            if shared and (unit is None or points):  # (3个、4个和5%: no unit of its own to give)
                return Percent(points=q.value, qualifier=q.qualifier, percentage_point=points, text=q.text)
        if unit is not None:
            return q
        row = None
        k = bisect.bisect_left(opens, line_start)
        if k < len(opens) and opens[k] < start:  # (a row's unit opens with a bracket: where none opens, none is)
            for row in _ROW_UNIT.finditer(text, line_start, start):  # noqa: B007 - the nearest label counts
                pass
        if row is None:
            if text[end : end + 1] in _PEOPLE_FIRSTS and _PEOPLE.match(text, end, end + 4):
                return attrs.evolve(q, measure_word="人")
            before = _UNIT_NAMED.search(text, max(sentence_start, start - 12), start)
            if before:
                return attrs.evolve(q, measure_word=_UNIT_OF_NAMING[fold(before.group(1))])
            return q
        q = in_unit(q, row.group(1))
        if not isinstance(q, Money):
            return q  # (money goes on to be read per student or per person)
    if isinstance(q, Money) and (q.value is None or abs(q.value) < PER_UNIT_BELOW):
        if (
            whole_above is not None
            and (q.value >= whole_above if q.value is not None else _SCALED_MONEY.search(q.text) is not None)
            and _WHOLE_AMOUNT.search(text, prev_end, start)
        ):
            return q  # (its own words name a whole: the per-unit words before belong to the figure before)
        if _PER_STUDENT.search(text, sentence_start, start):
            return PerUnit(value=q.value, per=("student", "year"), qualifier=q.qualifier, text=q.text)
        if _PER_PERSON.search(text, sentence_start, start):
            return PerUnit(value=q.value, per=(_PERSON,), qualifier=q.qualifier, text=q.text)
    return q


def qualified(text: str, q: Quantity, clause_start: int, start: int, prior: list[Figure]) -> Quantity:
    """The figure's bound as the words before it state it: a comparative a few words before (``至少…以上``), the
    bound of the list it goes on (``控制在12个班、360人``), a negated strict bound (``不得低于5%``: at least).
    (``prior``: the figures kept before it.)

    >>> from decimal import Decimal
    >>> qualified("至少配备两套", Count(value=Decimal(2), measure_word="套"), 0, 4, []).qualifier.value
    'at_least'
    """
    window_start = clause_start if clause_start > start - 20 else start - 20
    # (most figures have no comparative before them: what would make _widen_qualifier read one is asked first)
    if _CONTEXT_WORD.search(text, window_start, start) or (
        prior and q.qualifier is None and prior[-1].quantity.qualifier in BOUNDS
    ):
        q = _widen_qualifier(text, q, clause_start, start, prior)
    if q.qualifier in _NEGATION_OF and _NEGATED.search(text, max(0, start - _MODAL_LONGEST), start):
        # 不得低于5%: the comparative the figure opens with is negated, at least 5%
        q = attrs.evolve(q, qualifier=_NEGATION_OF[q.qualifier])
    return q
