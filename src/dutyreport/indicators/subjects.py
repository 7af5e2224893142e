"""What a figure measures: its subject, read from the words around it.

The subject is usually the words before the figure in its clause, with dates, lead words
(``其中``, ``全区``) and linking words (``分别为``, ``达到``) taken off. Reports also hang
figures from a head (``…支出分别达到幼儿园…元、小学…元``; ``情况:中等职业教育…``;
``其中:小学…``), let later labels share the first item's noun (``高中师生比为1:12.8、初中为
1:13.2``), state changes and attributes of the figure before (``同比增长…``, ``占比…``,
``全年执行数…``), put the counted thing after the figure (``组织738名教师参加培训``), and
name what money paid for in the next clause (``投入100万元,启动…``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

import regex

from ..lang.audit import COMPARISONS
from ..lang.dates import YEAR_MARK
from ..lang.figures import (
    COUNTERS,
    PER_PERSON_CUES,
    PER_STUDENT_CUES,
)
from ..lang.numbers import DURATION_CUES
from ..lang.punctuation import (
    CLOSE_BRACKETS,
    COLONS,
    COMMAS,
    FULL_STOPS,
    LIST_MARKS,
    OPEN_BRACKETS,
    PERIODS,
    SEMICOLONS,
)
from ..lang.script import alternation, either_pattern, forms, spellings
from ..lang.subjects import (
    CHANGE_TO_VERBS,
    GENERIC_VERBS,
    HEAD_ENDINGS,
    MONEY_VERBS,
    NAMED_ITEM_VERBS,
    PLAN_ATTRIBUTES,
    PROJECT_NOUNS,
    SCORE_WORDS,
    TOPIC_LEADS,
    TOPIC_NOUNS,
    TOTAL_WORDS,
)
from ..model.quantities import Count, Money, Percent, PerUnit, Qualifier, Quantity
from ..model.report import IndicatorKind
from ..patterns import char_class, first_chars, known, max_width, skipping
from .labels import (
    LEVEL,
    LEVEL_LAST,
    bracket_parent,
    breakdown_of,
    compose,
    level_after_link,
    same_measure,
    shared_noun,
)
from .list_heads import (
    CLAUSE_SPLIT,
    MARK_FIRST,
    NOT_STOP,
    RESPECTIVE_WORDS,
    ListHeads,
    head_mark_of,
    marks_after,
)
from .paid_for import money_for, total_of_list
from .places import Figure, Labels, SubjectPlace, SubjectPlaceFields, recent
from .respective import RESPECTIVE_FIRST, respective_subject
from .subject_edges import DISTRIBUTIVE as _DISTRIBUTIVE
from .subject_edges import (
    DIVIDE_ENDS,
    MARKER_LAST,
    MASK,
    STATED_LAST,
    STATED_WORDS,
    attribute_of,
    bounds_noun,
    divided_into,
    joiner_at_end,
    masked,
    no_dates,
    object_start,
    object_stated_before,
    unclosed_at,
    unmasked,
)
from .subject_edges import JOINER_LAST as _JOINER_LAST
from .subject_tidy import (
    ACTUAL,
    BRACKETS,
    CHANGE_TAIL,
    CHANGE_WORDS,
    DENG_LIST,
    FIGURE,
    HOLDS_OPEN,
    ITEM_HEADING,
    MASK_CHARS,
    MASK_CLASS,
    MONEY_VERB,
    NOT_BRACKET,
    NUMERIC_CHAR,
    OF_BEFORE,
    OF_BEFORE_FIRSTS,
    OF_PREVIOUS,
    OF_PREVIOUS_ENDS,
    OF_PROJECT,
    SCORE,
    SHARE_OF,
    STOPS,
    TAIL,
    TAIL_ENDS,
    TAIL_KEEP,
    TAIL_KEEP_REACH,
    TOTAL_ENDS,
    WHITE_SPACE,
    may_end_with_total,
    subject_words,
)

__all__ = [
    "MASK",
    "NOT_STOP",
    "Figure",
    "Labels",
    "ListHeads",
    "Readings",
    "SubjectPlace",
    "masked",
    "read_subject",
    "recent",
    "unmasked",
]

_LINE_STOPS = STOPS + "\n"
_OPENS = tuple(OPEN_BRACKETS)  # (str.endswith of any)


def _firsts(*patterns: re.Pattern[str]) -> frozenset[str]:
    """The characters a match of any of ``patterns`` opens with (:func:`first_chars`; known for each)."""
    return frozenset().union(*(known(first_chars(p), p.pattern) for p in patterns))


_POST_STOP = re.compile(rf"{char_class(_LINE_STOPS + LIST_MARKS)}|[0-9０-９]")
_POST_STOP_MARKS = frozenset(_LINE_STOPS + LIST_MARKS)  # (what _POST_STOP finds but a figure's digit)
# What a figure stands right before where no words after it are its own: a stop, or the close of the aside it is in.
_POST_FIRST_STOPS = frozenset(_LINE_STOPS + CLOSE_BRACKETS)
_ASIDE_OPEN_REACH = 12  # (how far before a figure the bracket of an aside holding it opens)
_POST_LEAD = re.compile(
    rf"^(?:{either_pattern('的|之|余|多|以上|以下|左右|及以上|及以下|以内|和|及|与|或')}|[)）”’]|{char_class(WHITE_SPACE)})+"
)
_POST_CHANGE = re.compile(rf"^(?:{alternation(CHANGE_TO_VERBS)})")
# a measure word after 个 that names the thing counted (132个班, 48个教学班), at a figure's end
_COUNTERS = "".join(forms(e.word) for e in COUNTERS)  # (个, 個)
_COUNTED_IN_FIGURE = regex.compile(rf"{char_class(_COUNTERS)}(\p{{Han}}+)$")
_COUNTER = re.compile(char_class(_COUNTERS))  # (what a match of it opens with)
# a closing bracket that no bracket opened before it (in the words after a figure): the aside it stands in ends
_UNOPENED_CLOSE = re.compile(rf"^{NOT_BRACKET}*{char_class(CLOSE_BRACKETS)}$")
_CLOSE_LAST = frozenset(CLOSE_BRACKETS)  # (what a match of it ends with: "" is in no set)
_POST_CHANGE_FIRSTS = _firsts(_POST_CHANGE, CHANGE_WORDS)
_MASKED_FIGURE_END = re.compile(rf"{MASK_CLASS}{{1,8}}[\u4e00-\u9fff]?\s*$")  # 共有各类学校XX所 (a template's total)
# Words that end a head without naming what is counted; a rectification's field labels (整改目标：,
# 整改措施：…) label a line, they are no head of the figures on it.
_HEAD_TRIM = re.compile(rf"(?:{alternation(HEAD_ENDINGS)})$")
_RESPECTIVE_MARK = re.compile(either_pattern(rf"(?:{RESPECTIVE_WORDS}){char_class(COLONS)}?"))
# (names listed with 、 may share one figure: 甲、乙各1所)
_ITEM_SPLIT = re.compile(char_class(COMMAS + SEMICOLONS + PERIODS))
_FIRST_CLAUSE = re.compile(rf"{NOT_STOP}{{2,40}}")
# The words before a length of time that say how early what follows was done (提前两年实现…): its subject is that.
_EARLY_CUES = tuple(w for e in DURATION_CUES if e.value == "early" for w in spellings(e.word))
# What a stretch before a figure ends with where it may end with a bracket's opening, an early cue or a dividing verb.
_RARE_ENDS = frozenset(w[-1] for w in (*_OPENS, *_EARLY_CUES, *DIVIDE_ENDS))
_TOTAL_WORD = re.compile(rf"(?:{alternation(TOTAL_WORDS)})$")
_TOTAL_REACH = max(len(e.word) for e in TOTAL_WORDS) + 1  # (how far from the end a match starts: $ before \n)
_HEAD_SENTENCE_ENDS = FULL_STOPS + SEMICOLONS  # (where a head line's last sentence opens after)
_TOPIC_LEAD = re.compile(rf"^(?:{alternation(TOPIC_LEADS)})+")
_POST_TIDY_LAST = TAIL_ENDS | MARKER_LAST | _JOINER_LAST  # (what words after a figure end with that lose a word)
_NAMED_ITEM_VERB = re.compile(alternation(NAMED_ITEM_VERBS))
_LEVEL_FIRSTS = _firsts(LEVEL)
_GENERIC_WORDS = rf"{alternation(GENERIC_VERBS, MONEY_VERBS)}|{either_pattern('总投资|新增|达')}"
_GENERIC = re.compile(either_pattern("(?:累计|共|先后|陆续|积极|已|还)?") + f"(?:{_GENERIC_WORDS})")
_GENERIC_ANY = re.compile(_GENERIC_WORDS)  # (what _GENERIC.search finds: its lead words are optional)
# What a match of _GENERIC (or _GENERIC_ANY: its words without the leads) opens with; of LEVEL; of the two
# patterns that make the words after a figure a change (a string holding none of them is not searched).
_GENERIC_FIRSTS = _firsts(_GENERIC, _GENERIC_ANY)
_SCORE_LEN = max(len(e.word) for e in SCORE_WORDS)
_NAME_STOPS = LIST_MARKS + COMMAS + PERIODS + SEMICOLONS + BRACKETS + "\n"  # (what ends a name of a list)
_NOT_BRACKET_OR_LINE = char_class(BRACKETS + "\n", negated=True)
# after a count in brackets: the bracket's close, the list's other items (、湖南省(18个)), what they all count
_COUNTED_AFTER_LIST = re.compile(
    rf"{char_class(CLOSE_BRACKETS)}(?:、{char_class(_NAME_STOPS, negated=True)}{{1,12}}{char_class(OPEN_BRACKETS)}"
    rf"{_NOT_BRACKET_OR_LINE}{{1,12}}{char_class(CLOSE_BRACKETS)})*"
    rf"(?P<counted>{char_class(_NAME_STOPS + '0123456789', negated=True)}{{2,24}})"
)
_DONE = re.compile(either_pattern(r"已[\u4e00-\u9fff]{1,4}"))  # 已入学, 已完成
_PROJECT_END = re.compile(rf"(?:{alternation(PROJECT_NOUNS)})$")
_PLAN_TAIL = re.compile(rf"(?:{alternation(PLAN_ATTRIBUTES)})$")
_ACTUAL_FIRST = forms("实")
# The most characters a match of OF_BEFORE, _GENERIC or LEVEL takes (longer words are tried no further).
_OF_BEFORE_WIDTH = known(max_width(OF_BEFORE), OF_BEFORE.pattern, "width")
_GENERIC_WIDTH = known(max_width(_GENERIC), _GENERIC.pattern, "width")
_LEVEL_WIDTH = known(max_width(LEVEL), LEVEL.pattern, "width")
_GENERIC_ANY_SEARCH = skipping(_GENERIC_ANY).search  # (most words hold none: the positions tried are few)
_MARKER_SEARCH = re.compile(char_class(MARKER_LAST)).search  # (where :func:`object_start` finds no 对, none)
_TOPIC = re.compile(alternation(TOPIC_NOUNS))
# (a clause that compares its measure with another's names its own before the comparison: 工资不低于公务员工资)
_COMPARED = re.compile("|".join(e.pattern for _, e in COMPARISONS))
_PER_UNIT_ALONE = re.compile(alternation(PER_PERSON_CUES, PER_STUDENT_CUES))  # (whom a figure is per, alone)
_PER_UNIT_FIRSTS = frozenset(f for e in (*PER_PERSON_CUES, *PER_STUDENT_CUES) for f in forms(e.word[0]))
_PER_UNIT_WIDTH = known(max_width(_PER_UNIT_ALONE), _PER_UNIT_ALONE.pattern, "width")
_BOUNDS = (Qualifier.AT_LEAST, Qualifier.AT_MOST, Qualifier.LESS_THAN, Qualifier.MORE_THAN)


class _Words(NamedTuple):
    """What :func:`read_subject` reads of the words of a stretch before a figure, whatever the figure: the
    words themselves (:func:`subject_words`) and the tests of them its readings make (read once for the
    figures of a report whose stretches are the same)."""

    pre: str
    of_before: bool  # no words, or words a reading from the figure before reads (:func:`_reads_figure_before`)
    label: bool  # a short label, no generic verb: maybe an item under a head
    level_label: bool  # a label that is a level word alone (高中, 初中): maybe it shares the noun before
    listed: bool  # the stretch ends with 等: a list of names before the figure that counts them
    object_words: str | None  # the object after 对, where the words read it (督导组对…的18个县: 县)
    with_post: tuple[bool, bool]  # (of pre, of object_words) short or generic: the words after complete them
    level: tuple[bool, bool]  # (of pre, of object_words) a level word alone: the measure may be the topic's
    linkable: bool  # pre ends as a level word does (:func:`~.labels.level_after_link` may read it)
    per_unit: bool  # pre is whom a figure is per alone (每人每月: no measure)
    states: bool  # pre may end with a verb whose object the sentence stated before (:func:`object_stated_before`)


def _short_or_generic(pre: str) -> bool:
    """Whether ``pre`` is words that the words after the figure complete (short, or a generic verb)."""
    n = len(pre)
    if n <= 6:
        return n > 0
    return n <= _GENERIC_WIDTH and pre[0] in _GENERIC_FIRSTS and _GENERIC.fullmatch(pre) is not None


def _level_alone(pre: str) -> bool:
    """Whether ``pre`` is a level word alone (初中, 普通高中)."""
    return 0 < len(pre) <= _LEVEL_WIDTH and pre[0] in _LEVEL_FIRSTS and LEVEL.fullmatch(pre) is not None


def _aside_words(raw_pre: str) -> str | None:
    """The words of the aside a figure stands in, where one opens after the words of a noun (农村薄弱学校(含教学点
    385个): 教学点, what the figure counts), if they name anything."""
    k = unclosed_at(raw_pre) if HOLDS_OPEN(raw_pre) else None
    if k is None or not raw_pre[:k].strip() or not raw_pre[k + 1 :].strip():
        return None  # (高中4所(民办1所), 河北省(35个): a breakdown or a list's count, read as such)
    inner = subject_words(raw_pre[k + 1 :])
    return inner if inner and subject_words(raw_pre[:k]) else None


def _words_of(raw_pre: str) -> _Words:
    """:class:`_Words` of the stretch ``raw_pre`` (unmasked) before a figure."""
    aside = _aside_words(raw_pre) if HOLDS_OPEN(raw_pre) else None  # (most hold no bracket)
    pre = aside or subject_words(raw_pre)
    listed = DENG_LIST in raw_pre and raw_pre.rstrip().endswith(DENG_LIST)
    if not pre:
        return _new_words(_Words, (pre, True, False, False, listed, None, _NEITHER, _NEITHER, False, False, False))
    # (:func:`_level_alone`, :func:`_short_or_generic` and :func:`_reads_figure_before` written out: no match of
    # a pattern is longer than its width, nor opens with a character none of its matches opens with)
    n = len(pre)
    first = pre[0]
    label = (
        n <= 8
        and _GENERIC_ANY_SEARCH(pre) is None  # (a generic verb anywhere)
        and not pre.endswith(_DISTRIBUTIVE)  # (甲、乙各: the names a figure is of, no label under a head)
    )
    level = n <= _LEVEL_WIDTH and first in _LEVEL_FIRSTS and LEVEL.fullmatch(pre) is not None
    with_post = n <= 6 or (n <= _GENERIC_WIDTH and first in _GENERIC_FIRSTS and _GENERIC.fullmatch(pre) is not None)
    of_before = n <= _OF_BEFORE_WIDTH and (
        (OF_BEFORE_FIRSTS is None or first in OF_BEFORE_FIRSTS or pre[-1] in OF_PREVIOUS_ENDS)
        and OF_BEFORE.fullmatch(pre) is not None
    )
    object_words = None
    if n > 6 and _MARKER_SEARCH(pre) is not None:
        obj = object_start(pre)
        if obj is not None and n - obj <= 6:  # (…平台对3260名家长: no words after 对, the thing after the figure)
            object_words = subject_words(pre[obj:])
    if object_words is None:
        post, alone = _WITH_PRE_ONLY[with_post], _WITH_PRE_ONLY[level]
    else:
        post, alone = (with_post, _short_or_generic(object_words)), (level, _level_alone(object_words))
    last = pre[-1]
    return _new_words(
        _Words,
        (
            pre,
            of_before,
            label,
            label and n <= 4 and level,
            listed,
            object_words,
            post,
            alone,
            last in LEVEL_LAST,
            n <= _PER_UNIT_WIDTH and first in _PER_UNIT_FIRSTS and _PER_UNIT_ALONE.fullmatch(pre) is not None,
            n <= STATED_WORDS and last in STATED_LAST,
        ),
    )


def _per_unit_alone(pre: str) -> bool:
    """Whether ``pre`` is whom a figure is per, alone (每人每月: no measure)."""
    return pre[:1] in _PER_UNIT_FIRSTS and _PER_UNIT_ALONE.fullmatch(pre) is not None


_NEITHER = (False, False)
_WITH_PRE_ONLY = {False: _NEITHER, True: (True, False)}  # (of pre, of no object words)
_new_words = tuple.__new__  # (a _Words from its fields in order, without the Python call of its constructor)


class Readings:
    """What :func:`read_subject` has read in one report, for the figures after: the words of each stretch
    before a figure (:class:`_Words`) and the phrase of each head (a list's figures share one), each
    read once. It lives as long as the reading of its report."""

    __slots__ = ("heads", "marked", "words")

    def __init__(self) -> None:
        self.words: dict[str, _Words] = {}
        self.heads: dict[str, str | None] = {}
        # the last window before a figure read for a head (:meth:`head_mark`) and what was found in it
        self.marked: tuple[str, tuple[str, int] | None] | None = None

    def head_mark(self, window: str) -> tuple[str, int] | None:
        """:func:`~.list_heads.head_mark_of` ``window``: where it opens with the window read before and holds no
        mark word past it, what was found there (the labelled figures of a list under one head read it once)."""
        marked = self.marked
        if marked is not None and window.startswith(marked[0]) and not marks_after(window, len(marked[0])):
            return marked[1]
        found, settled = head_mark_of(window)
        self.marked = (window, found) if settled else None
        return found

    def head_phrase(self, raw: str) -> str | None:
        """:func:`_head_phrase` of ``raw``."""
        if raw in self.heads:
            return self.heads[raw]
        found = self.heads[raw] = _head_phrase(raw)
        return found


_BETWEEN_CLAUSES = " \t\u3000，,"  # (what stands between a figure and the clause right after it)


def read_subject(
    text: str,
    at: SubjectPlace | SubjectPlaceFields,
    prior: Sequence[Figure],
    labels: Labels,
    quantity: Quantity,
    readings: Readings,
) -> str | None:
    """What the figure at ``at`` measures (``text`` is the report with its noise masked; ``readings``: what
    was read for the report's figures before, which the caller keeps for the report)."""
    lo, sentence_start, start, end, clause_end, line_head, line_start, next_figure = at
    if text.rfind(RESPECTIVE_FIRST, sentence_start, start) >= 0 and (
        paired := respective_subject(text, sentence_start, start, end, clause_end, prior, CHANGE_WORDS, subject_words)
    ):
        return paired  # 小学、初中…分别为720元、940元; …,分别比上年增长2.4%和1.7%: one by one with those before
    raw_pre = text[lo:start]
    if MASK in raw_pre:
        raw_pre = raw_pre.replace(MASK, "")  # (unmasked)
    last = raw_pre[-1:]  # (read again where the stretch changes)
    if last in TOTAL_ENDS and prior and (total := total_of_list(text, raw_pre, sentence_start, lo, prior)):
        return total  # 校舍改造80万元、操场改造40万元,合计120万元: the list's total
    if (
        (last in TOTAL_ENDS or (last == "\n" and may_end_with_total(raw_pre)))
        and _TOTAL_WORD.search(raw_pre, max(0, len(raw_pre) - _TOTAL_REACH))
        and text.find("、", sentence_start, lo) >= 0
    ):
        # 访谈校长、教师、家长共156人: the total counts the whole list.
        lo = max(sentence_start, max(text.rfind(c, sentence_start, lo) for c in _LINE_STOPS) + 1)
        raw_pre = unmasked(text[lo:start])
        last = raw_pre[-1:]
    respective = _RESPECTIVE_MARK.search(text, lo, start) if "分" in raw_pre else None
    if respective and respective.end() < start:
        # 巩固率分别达到小学99.8%: the label after the mark, under the head before it
        lo = respective.end()
        raw_pre = unmasked(text[lo:start])
        last = raw_pre[-1:]
    if last in _JOINER_LAST and joiner_at_end(raw_pre) is not None and _post_phrase(text, end, clause_end):
        raw_pre = last = ""  # …“大校额”和56人以上“大班额”: the words before the joiner are another item's
    rare_end = last in _RARE_ENDS  # (whether the stretch may end with a bracket, a cue of time or a dividing verb)
    words = readings.words.get(raw_pre)
    if words is None:
        words = readings.words[raw_pre] = _words_of(raw_pre)  # (read once per stretch)
    pre, of_before, label, level_label, listed, object_words, with_post, level, linkable, per_unit, states = words
    linked = level_after_link(pre) if linkable and isinstance(quantity, (Money, PerUnit, Percent)) else None
    if linked:  # 补助标准为小学每生每天5元: the first level's standard
        labels[start] = linked
        return compose(*linked)
    if rare_end and raw_pre.endswith(_OPENS):
        bracketed = _bracketed_count(text, raw_pre, pre, end)
        if bracketed:
            return bracketed
    before = prior[-1] if prior and prior[-1].end == lo else None  # (the figure right before the words, if any)
    inside = _inside_of(before, raw_pre) if before is not None else None
    if inside:
        return inside
    if pre and before is not None and bounds_noun(before.quantity, raw_pre):
        floor = max(sentence_start, prior[-2].end if len(prior) > 1 else 0)  # (after the figure before it)
        opening = max(floor, max(text.rfind(c, floor, prior[-1].start) for c in _LINE_STOPS) + 1)
        # 乡村学校50岁以上教师占比…: which of the noun the figure is of, with the words its clause opened with
        return subject_words(unmasked(text[opening : prior[-1].start])) + prior[-1].quantity.text + pre
    # The words after the figure (:func:`_post_phrase`), read where a reading needs them (most need none); most
    # figures end their clause or stand before a stop, and have none (a masked figure after ends them too).
    masked_next = next_figure < clause_end and next_figure < len(text) and text[next_figure] in MASK_CHARS
    words_end = next_figure if masked_next else clause_end
    post: str | None = "" if end >= words_end or text[end] in _POST_FIRST_STOPS else None  # (as _post_phrase reads)
    if rare_end and raw_pre.endswith(_EARLY_CUES) and type(quantity) is Count:
        # 提前两年实现创建…: how early it was done (the cue, what was done)
        early = _post_phrase(text, end, words_end) if post is None else post
        if early:
            return raw_pre[-len(next(w for w in _EARLY_CUES if raw_pre.endswith(w))) :] + early
    if rare_end and raw_pre.endswith(DIVIDE_ENDS) and type(quantity) is Count:
        # 分3组对全县学校开展检查: the groups the words before divide into, not what they go on to do
        group = divided_into(quantity.measure_word, lambda: _post_phrase(text, end, words_end))
        if group:
            return pre + group

    # The readings of the figure from the figure before (a change, an attribute, what was done of it) and from
    # its item's heading or project are read only where its words are what they read (:data:`OF_BEFORE`, or
    # no words): most figures' words are none of those, and go on to the readings after.
    done_after = text.find("已", end, clause_end) >= 0
    same = recent(prior, sentence_start) if of_before or done_after or "已" in raw_pre else ()
    prev_stock = None
    for i in reversed(same):
        if i.kind is not IndicatorKind.CHANGE and i.subject:
            prev_stock = i
            break
    prev = same[-1] if same else None
    # 公办园增加了31所,达到108所: the level a change reached, in the clause right after it, is of what it measures.
    if not pre and raw_pre and prior and prior[-1].start >= sentence_start and prior[-1].kind is IndicatorKind.CHANGE:
        changed = prior[-1]
        if (
            changed.subject
            and same_measure(quantity, changed.quantity)
            and not text[changed.end : lo].strip(_BETWEEN_CLAUSES)
            and (reached := CHANGE_TAIL.sub("", changed.subject)) != changed.subject
            and reached
        ):
            return reached
    if of_before:
        # 同比增长8514万元 / 增幅为5.23%: the change of the figure before it.
        if (
            prev_stock
            # (no words at all: not an amount after a rate, 巩固率95.2%,…已突破5亿元, which is of no rate)
            and (
                (pre == "" and not _of_no_rate(prev_stock.quantity, quantity, raw_pre))
                or (pre and CHANGE_WORDS.match(pre))
            )
            and (post if post is not None else (post := _post_phrase(text, end, words_end))) == ""
        ):
            return attribute_of(prev_stock.subject or "", pre)
        # 1.加强党的领导。…自评得8分: the score of the item the line opens with.
        if line_start >= 0 and 0 < len(pre) <= _SCORE_LEN and SCORE.fullmatch(pre):
            item = ITEM_HEADING.match(text, line_start, lo)
            if item:
                return subject_words(item.group("heading")) + pre
        # 任务目标数是78.9%,实际已完成95.31%: what was done of what the figure before planned.
        actual = (
            prev
            and prev.subject
            and pre[:1] in _ACTUAL_FIRST
            and ACTUAL.fullmatch(pre)
            and (post if post is not None else (post := _post_phrase(text, end, words_end))) == ""
        )
        if actual and prev and prev.subject and _PLAN_TAIL.search(prev.subject):
            return _PLAN_TAIL.sub("", prev.subject) + pre
    # 适龄儿童4516人,已入学4455人 / 13所小学…,其中12所已完成: how many of the figure before have done it.
    # (the words after a figure are some of its clause's: without a 已 there, they open with none)
    if prev_stock and (
        "已" in raw_pre
        or (
            done_after
            and (post if post is not None else (post := _post_phrase(text, end, words_end))).startswith("已")
        )
    ):
        if post is None:
            post = _post_phrase(text, end, words_end)
        if post == "" or pre == "":
            done = _DONE.fullmatch(raw_pre.strip(" ，,")) if post == "" else _DONE.fullmatch(post)
            if done and same_measure(quantity, prev_stock.quantity):
                return attribute_of(prev_stock.subject or "", done.group())
    if of_before:
        # 占比87%, 全年执行数2.2471亿元, 占全县教师总数的37.5%: an attribute of the figure before it (of its
        # measure, not of its plan).
        if (
            prev_stock
            and (OF_PREVIOUS.fullmatch(pre) or SHARE_OF.fullmatch(pre))
            and (post if post is not None else (post := _post_phrase(text, end, words_end))) == ""
        ):
            return attribute_of(_PLAN_TAIL.sub("", prev_stock.subject or ""), pre)
        of_project = OF_PROJECT.fullmatch(pre) is not None
        # 争取教育基建项目97个,总投资15995万元: an attribute of the projects the figure before counts.
        if of_project and prev and prev.subject and _PROJECT_END.search(prev.subject):
            return attribute_of(prev.subject, pre)
        # 总投资x万元, 规模9个班: an attribute of the project the sentence opens with.
        if of_project and lo > sentence_start:
            first = _FIRST_CLAUSE.match(text, sentence_start, lo)
            project = subject_words(FIGURE.sub("", no_dates(first.group()))) if first else ""
            if first and project and _HEAD_TRIM.fullmatch(project) and first.end() < lo:
                # 整改措施：新建幼儿园14所,总投资…: a field label opens the sentence, the project the clause after it
                first = _FIRST_CLAUSE.match(text, first.end() + 1, lo)
                project = subject_words(FIGURE.sub("", no_dates(first.group()))) if first else ""
            if project and project != pre:
                return project + pre
        # 投入100万元,启动…培训: what the money paid for, where a clause names it (:func:`.paid_for.money_for`).
        if MONEY_VERB.fullmatch(pre) and (
            post if post is not None else (post := _post_phrase(text, end, words_end))
        ) == "":
            paid_for = money_for(text, pre, sentence_start, lo, clause_end, prior, _post_phrase)
            if paid_for:
                return paid_for
    # A short label under a head: 分别达到幼儿园20885.77元、普通小学…; 情况:中等职业教育…; 其中:小学…
    if label:
        broken_down = breakdown_of(text, sentence_start, start, prior, quantity, pre)
        if broken_down is not None:  # 高中4所(民办1所): a breakdown of the figure before it
            labels[start] = broken_down
            return compose(*broken_down)
        head = _list_head(text, sentence_start, lo, readings)
        if head is None and line_head is not None:  # an item of a numbered list of lines under a head line
            # (the head line's last sentence: 经综合评定,总得分为87.6分。各项指标得分如下: -> 各项指标得分)
            head_start = max(line_head[0], *(text.rfind(c, *line_head) + 1 for c in _HEAD_SENTENCE_ENDS))
            head = readings.head_phrase(text[head_start : line_head[1]])
        if head:
            labels[start] = (pre, head)
            return compose(pre, head)
        # 高中师生比为1:12.8、初中为1:13.2: the later labels share the first item's noun.
        if level_label:
            same = same or recent(prior, sentence_start)
            # (a figure in an aside closed before this one is no item of its list: 幼儿园60所(民办25所),小学80所)
            peers = [f for f in same if not _in_closed_aside(text, f, start)]
            shared = shared_noun(pre, start, peers, quantity, labels)
            if shared:
                return shared
    unit = quantity.measure_word if type(quantity) is Count else None
    if (
        unit
        and text[end - 1 : end] == unit[-1]
        and _COUNTER.search(text, start, end) is not None  # (what the pattern opens with)
    ):
        counted = _COUNTED_IN_FIGURE.search(text, start, end)
        if counted and (post if post is not None else (post := _post_phrase(text, end, words_end))) == "":
            post = counted.group(1)  # 96个班, 36个教学班: the measure word after 个 is the thing counted
    if post is None and (listed or object_words is not None or with_post[0] or not pre):
        post = _post_phrase(text, end, words_end)
    if listed and post:
        # 扩建了甲中学、乙中学等5所中小学: the kind the list's names are of (and the verb its item opens with)
        verb = _NAMED_ITEM_VERB.match(pre)
        return (verb.group() if verb else "") + post
    which = 0
    if object_words is not None and post:
        # 督导组对湖南省申报的18个县进行了督导: what was done to is the object after 对
        pre, which = object_words, 1
        per_unit, states = _per_unit_alone(pre), True
    if with_post[which] and post:
        return pre + post
    if (level[which] or per_unit) and isinstance(quantity, (Money, PerUnit, Percent)):
        topic = _topic_before(text, sentence_start, lo, per_unit)
        if topic:
            labels[start] = (pre, topic)
            return topic + pre if per_unit else pre + topic
    if states and pre and post == "" and (stated := object_stated_before(text, sentence_start, lo, pre)):
        return pre + stated  # 新建公办幼儿园6所,其中城区新建4所: the object its verb had before
    if pre:
        return pre
    if post and any(b in raw_pre for b in OPEN_BRACKETS):
        # 小学xx所(含xx所校区): what the bracket after a figure counts is of that figure's thing
        parent = bracket_parent(text, sentence_start, start, prior, quantity)
        if parent is not None and parent.subject:
            return parent.subject + post
    if prev_stock is not None and _of_no_rate(prev_stock.quantity, quantity, raw_pre):
        return post or None  # (巩固率95.2%,…已突破5亿元: an amount of no rate)
    return post or (prev_stock.subject if prev_stock else None)  # (no words: of_before, so read)


def _of_no_rate(before: Quantity, q: Quantity, raw_pre: str) -> bool:
    """Whether ``q``, with the words ``raw_pre`` before it, is no rate while the figure before it is one: no word
    of the one names the other (巩固率95.2%,…已突破5亿元), unless it is the rate's count in brackets
    (占比55.3%(3300人))."""
    return isinstance(before, Percent) and not isinstance(q, Percent) and not raw_pre.endswith(_OPENS)


def _bracketed_count(text: str, raw_pre: str, pre: str, end: int) -> str | None:
    """A count in brackets after each name of a list (河北省(35个)、湖南省(18个)…基本均衡县): the name and what
    the list's counts count, named after its last item."""
    if not pre or not raw_pre.endswith(_OPENS):
        return None
    rest = _COUNTED_AFTER_LIST.match(text, end)
    if rest is None:
        return None
    name = pre.rstrip("(（")
    obj = object_start(name)  # 检查组分别对河北省(35个)…: the name after 对
    return (subject_words(name[obj:]) if obj is not None else name) + rest.group("counted")


def _inside_of(prev: Figure, raw_pre: str) -> str | None:
    """The name a figure stands inside, of the figure after it: 占一般公共预算支出1814597万元的比例15.68% is
    the 比例 of 一般公共预算支出 (not where the figure before bounds a kind: 100人以下的小规模学校)."""
    if not raw_pre.startswith("的") or not prev.subject or HOLDS_OPEN(raw_pre):
        return None
    if prev.quantity.qualifier in _BOUNDS:
        return None
    rest = subject_words(raw_pre[1:])
    return attribute_of(prev.subject, rest) if rest else None


def _post_phrase(text: str, end: int, clause_end: int) -> str:
    """The noun phrase right after a figure (组织738名教师参加培训 -> 教师参加培训)."""
    if end >= clause_end or text[end] in _POST_FIRST_STOPS:
        # (most figures end their clause, or stand before a stop: no words, no date; an aside that closes right
        # after a figure (含教学点385个)已完成…) holds no more of its words, the words after it are of the sentence's)
        return ""
    reach = min(clause_end, end + 48)
    raw = text[end:reach]
    if MASK in raw:
        raw = raw.replace(MASK, "")  # (unmasked)
    if YEAR_MARK in raw:  # (words without it hold no date)
        raw = no_dates(raw)
    stop = _POST_STOP.search(raw)
    # (words that end at a masked figure (高级中学 x所、职业中学 x所) run into a figure as a digit does)
    if stop is not None and not (reach == clause_end < len(text) and text[clause_end] in MASK_CHARS):
        while stop is not None and stop.group() == "、" and not NUMERIC_CHAR.search(raw, stop.end()):
            stop = _POST_STOP.search(raw, stop.end())  # 用于房屋维修、设备设施添置: a list of things, no figures
    if stop is None:
        at_figure, cut = False, 24
    else:
        cut = stop.start()
        at_figure = cut <= 24 and stop.group() not in _POST_STOP_MARKS
        if cut > 24:
            cut = 24
    raw = raw[:cut]
    lead = _POST_LEAD.match(raw)  # (anchored at the start: what sub removes, found with one attempt)
    raw = (raw[lead.end() :] if lead else raw).strip().rstrip("、")
    last = raw[-1:]
    if last in _POST_TIDY_LAST:  # (the last character of a word below, or of a bracket)
        if at_figure and last in TAIL_ENDS and not TAIL_KEEP.search(raw, max(0, len(raw) - TAIL_KEEP_REACH)):
            raw = TAIL.sub("", raw)  # 100人以下的小规模学校有12所: the word before the next figure is its own
        if at_figure and raw[-1:] in MARKER_LAST and object_start(raw) == len(raw):
            raw = raw[:-1].rstrip()  # 投资3200万元,对15所…: the object the next figure counts
        joiner = joiner_at_end(raw) if raw[-1:] in _JOINER_LAST else None
        if joiner is not None:
            raw = raw[:joiner].rstrip()  # 组织40名新教师和15名…: the list goes on with the next figure
        last = raw[-1:]
    unclosed = unclosed_at(raw) if HOLDS_OPEN(raw) else None
    if unclosed is not None:
        # 总数xxxxx人(其中学前…, 1230个县(注:…, …县(区)(以下简称…: an aside opens (and goes on past the words), no
        # thing counted
        raw = raw[:unclosed].rstrip()
        if not raw:
            return ""
        last = raw[-1:]
    if last in _CLOSE_LAST and _UNOPENED_CLOSE.search(raw) is not None:  # (anchored at both ends)
        raw = raw[:-1]  # (含90个教学点),: the bracket the figure stands in closes its words and its clause
    if raw[:1] not in _POST_CHANGE_FIRSTS:
        return raw  # (opens as neither pattern's matches do)
    return "" if _POST_CHANGE.match(raw) or CHANGE_WORDS.fullmatch(raw) else raw


def _in_closed_aside(text: str, f: Figure, start: int) -> bool:
    """Whether the figure ``f`` stands in brackets that close before ``start`` (an aside opened right before it)."""
    opened = max(0, f.start - _ASIDE_OPEN_REACH)
    return any(text.find(c, f.end, start) >= 0 for c in CLOSE_BRACKETS) and any(
        text.find(o, opened, f.start) >= 0 for o in OPEN_BRACKETS
    )


def _topic_before(text: str, floor: int, lo: int, measure_only: bool = False) -> str | None:
    """The nearest earlier clause (this sentence, or the line before) that names a measure (``measure_only``: its
    words up to the measure's, 补助按…发放 -> 补助)."""
    window = unmasked(text[max(0, floor - 80) : lo])
    for clause in reversed(CLAUSE_SPLIT.split(window)):
        if _TOPIC.search(clause):
            topic = _HEAD_TRIM.sub("", subject_words(FIGURE.sub("", no_dates(clause))))
            topic = _TOPIC_LEAD.sub("", topic)
            compared = _COMPARED.search(topic)
            if compared is not None and _TOPIC.search(topic, 0, compared.start()):
                topic = topic[: compared.start()]  # 教师工资不低于公务员工资,人均…: the teachers'
            if measure_only:
                topic = topic[: max((m.end() for m in _TOPIC.finditer(topic)), default=0)]
            return topic or None
    return None


def _list_head(text: str, sentence_start: int, lo: int, readings: Readings) -> str | None:
    """The head phrase a list of labelled figures hangs from: before 分别为/分别达到, a colon, or 其中
    (``readings``: what was read of the report's heads so far)."""
    floor = lo - 160 if lo - 160 > sentence_start else sentence_start  # a head stands within a few clauses of its items
    if MARK_FIRST.search(text, floor, lo) is None:
        return None  # no mark opens there (a mark split by noise still opens with its first character)
    window = text[floor:lo]
    if MASK in window:
        window = window.replace(MASK, "")  # (unmasked)
    found = readings.head_mark(window)
    if found is None:
        return None
    raw, mark_end = found
    for piece in _ITEM_SPLIT.split(window[mark_end:])[:-1]:  # the clauses before the figure's own
        if not NUMERIC_CHAR.search(piece) and piece.strip():
            return None  # 区教育局: 根据…安排,…: a clause without figures between: a salutation, no list head
    return readings.head_phrase(raw)


def _head_phrase(raw: str) -> str | None:
    """The words of a head (its figures, a masked one it ends with, dates, lead and linking words and its
    ending off)."""
    head = _HEAD_TRIM.sub("", subject_words(_MASKED_FIGURE_END.sub("", FIGURE.sub("", no_dates(raw)))))
    return head or None
