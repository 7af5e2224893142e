"""What a figure is of where its own words are one word that says so: money given by a money verb alone (投资2600万元,
投入资金…) is the work it paid for (:func:`money_for`), and a total right after a list of figures (…,共计5所) is the
list's (:func:`total_of_list`, whose year is none where its items' years differ: :func:`listed_before`).
:mod:`.subjects` asks these where a figure's words are such a word.

>>> from dutyreport import parse
>>> text = "某县自查报告\\n一、基本情况\\n加快推进乡镇中心校浴室建设,投资860万元。"
>>> text += "2021年新建小学3所、2022年新建初中2所,共计5所。"
>>> [(i.text, i.subject, i.year) for i in parse(text).indicators if i.text in ("860万元", "5所")]
[('860万元', '乡镇中心校浴室建设投资', None), ('5所', '新建小学、新建初中共计', None)]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..lang.numbers import MEASURE_WORDS, MONEY_UNITS, PERCENT_UNITS, SCALE_WORDS
from ..lang.paid_for import (
    CARRY_OUT_VERBS,
    PURPOSE_OPENERS,
    UNDERTAKING_ADVERBS,
    UNDERTAKING_VERBS,
    WORK_NOUNS,
    WORK_OBJECT_MARKERS,
)
from ..lang.punctuation import (
    CLAUSE_ENDS,
    CLOSE_BRACKETS,
    COMMAS,
    LIST_MARKS,
    OPEN_BRACKETS,
    PART_ENDS,
    PERIODS,
)
from ..lang.script import alternation, either_pattern
from ..lang.subjects import TOTAL_HEAD_MARKS, TOTAL_WORDS
from ..model.quantities import Money
from ..patterns import char_class
from .places import Figure
from .subject_edges import no_dates, unmasked
from .subject_tidy import CLAUSE_END, FIGURE, ITEM_HEADING, NOT_BRACKET, NUMERIC_CHAR, subject_words

__all__ = ["listed_before", "money_for", "total_of_list"]

_TOTAL_ALONE = re.compile(either_pattern(rf"[\s{COMMAS}]*(?:{alternation(TOTAL_WORDS)})\s*"))
_TOTAL_HEAD = re.compile(either_pattern(alternation(TOTAL_HEAD_MARKS)))
_LIST_REACH = 160  # (how far before a total the figures it totals are looked for)
# (where the clause of a list's first item opens: a colon after its head leaves it open)
_LIST_STOPS = PART_ENDS + COMMAS

# A clause naming what is being done (加快推进学校食堂提质工程, 2.充实图书资源): its adverbs, the verbs that drive the
# work on, then the verb and what it names (the verb's group: "build" or "better", kept with the work's name, or a
# "drive" verb, left out).
_DRIVE = alternation(tuple(e for e in UNDERTAKING_VERBS if e.value == "drive"))  # (加快推进: one after another)
_BUILD = tuple(e for e in UNDERTAKING_VERBS if e.value == "build")
_BETTER = tuple(e for e in UNDERTAKING_VERBS if e.value == "better")
_UNDERTAKING = re.compile(
    either_pattern(
        rf"(?P<adverbs>(?:{alternation(UNDERTAKING_ADVERBS)})*)(?:{_DRIVE})*"
        rf"(?:(?P<build>{alternation(_BUILD)})|(?P<better>{alternation(_BETTER)})|{_DRIVE})"
    )
)
_WORK_NOUN = re.compile(either_pattern(alternation(WORK_NOUNS)))  # (what a driven work's name holds)
# what a work carried out after money holds: a word of a work, or a verb of building (为7所小学进行了新建食堂)
_WORK_DONE = re.compile(either_pattern(alternation((*WORK_NOUNS, *_BUILD))))
# a figure with its unit (15所, 300万元, 95%) or a line's item number (2.): what a work's words hold of a figure
_UNITS = alternation((*MEASURE_WORDS, *MONEY_UNITS, *PERCENT_UNITS))
_SCALES = alternation(tuple(e for e in SCALE_WORDS if not e.word.isascii()))
_COUNTED = re.compile(rf"[0-9０-９.]+(?:{_SCALES})?(?:{_UNITS})|^\s*[0-9０-９]{{1,2}}[.．、](?![0-9０-９])")
# what else opens a clause of what money paid for (用于…)
_PURPOSE = re.compile(either_pattern(alternation(PURPOSE_OPENERS)))
# 为8个教学点进行了旱厕改造: what the work was done to, then the work (lang.paid_for.WORK_OBJECT_MARKERS,
# CARRY_OUT_VERBS)
_NOT_CLAUSE_END = char_class(CLAUSE_ENDS, spaces=False, negated=True)
_DONE_TO = re.compile(
    either_pattern(
        rf"(?:{alternation(WORK_OBJECT_MARKERS)})(?P<object>{_NOT_CLAUSE_END}{{1,40}}?)"
        rf"(?:{alternation(CARRY_OUT_VERBS)})了?(?P<work>{_NOT_CLAUSE_END}{{2,24}})"
    )
)
_WORK_REACH = 40  # (the clause or sentence before a money verb's figure is read that far back at most)
_ASIDE = re.compile(rf"{char_class(OPEN_BRACKETS)}{NOT_BRACKET}*{char_class(CLOSE_BRACKETS)}")  # (共计12所学校)


def listed_before(text: str, raw_pre: str, floor: int, lo: int, prior: Sequence[Figure]) -> Sequence[Figure]:
    """The figures a total closes, where its words ``raw_pre`` (from ``lo``) are a total word alone (共计, 合计) right
    after a list of two or more figures of one unit joined by 、 in its sentence (from ``floor``); else none."""
    if not prior or _TOTAL_ALONE.fullmatch(raw_pre) is None:
        return ()
    k = len(prior) - 1
    if prior[k].start < floor or prior[k].end > lo or text[prior[k].end : lo].strip(" \t" + COMMAS):
        return ()  # (the total's words follow the list's last figure, a comma at most between)
    bottom = max(floor, prior[k].start - _LIST_REACH)
    while k > 0 and prior[k - 1].start >= bottom:
        between = text[prior[k - 1].end : prior[k].start]
        if LIST_MARKS not in between or CLAUSE_END.search(between) is not None:
            break
        k -= 1
    items = prior[k:]
    if len(items) < 2 or any(i.quantity.unit != items[-1].quantity.unit for i in items):
        return ()
    return items


def total_of_list(text: str, raw_pre: str, floor: int, lo: int, prior: Sequence[Figure]) -> str | None:
    """The subject of a total of a list of figures (:func:`listed_before`): the head the first item's clause opens
    with and the total word (改造经费为校舍改造80万元、操场改造40万元,合计120万元 -> 改造经费合计), else its items'
    subjects (新建小学3所、初中2所,共计5所 -> 新建小学、初中共计)."""
    items = listed_before(text, raw_pre, floor, lo, prior)
    if not items:
        return None
    word = raw_pre.strip(" \t\n" + COMMAS)
    first = items[0].start
    bottom = max(floor, items[-1].start - _LIST_REACH)
    opening = max(bottom, max(text.rfind(c, bottom, first) for c in _LIST_STOPS) + 1)  # (the first item's clause)
    mark = max(_TOTAL_HEAD.finditer(text, opening, first), key=lambda m: m.start(), default=None)
    if mark is not None and text[mark.end() : first].strip():  # (a label after the mark: 为校舍改造…; not 小学为20所)
        head = subject_words(_COUNTED.sub("", no_dates(unmasked(text[opening : mark.start()]))))
        if head:
            return head + word
    subjects = list(dict.fromkeys(i.subject or "" for i in items))  # (each once: 新建幼儿园3所、新建幼儿园2所)
    return LIST_MARKS.join(subjects) + word if all(subjects) else None


def _work(words: str) -> str | None:
    """The work a clause's words name where they open with a verb of doing it (:data:`_UNDERTAKING`): 积极推进学校
    食堂提质工程 -> 学校食堂提质工程, 添置图书阅览桌椅 -> 添置图书阅览桌椅; None where they open otherwise, or where
    what a driving verb drives holds no word of a work (加强组织领导)."""
    verb = _UNDERTAKING.match(words)
    if verb is None:
        return None
    kept = verb.group("build") or verb.group("better")
    name = words[verb.end() :]
    if len(name) < 2 or not (kept or _WORK_NOUN.search(name)):
        return None
    return (kept or "") + name


def _work_words(clause: str) -> str:
    """A clause's words as a work's name is read from them: no aside in brackets, figure with its unit (15所农村小学
    -> 农村小学; not 5G校园网), date or lead word."""
    return subject_words(_COUNTED.sub("", no_dates(_ASIDE.sub("", unmasked(clause)))))


def _work_in_clause_before(text: str, floor: int, lo: int, prior: Sequence[Figure]) -> str | None:
    """The work named by the clause of its sentence (from ``floor``) right before a comma at ``lo - 1``
    (加快推进农村学校食堂建设,投资2600万元): what money that a verb alone gives (``lo``: where that verb's words open)
    paid for. A clause that holds money, or says what money before it paid for (投入资金2000万元,新建幼儿园5所,
    投入资金…), names no work of this money."""
    reach = max(0, lo - 1 - _WORK_REACH)
    opening = max(text.rfind(c, reach, lo - 1) for c in CLAUSE_ENDS) + 1
    if opening < floor or (opening == 0 and reach > 0):
        return None  # (the clause before belongs to the sentence before; or no break within reach: no short clause)
    for figure in reversed(prior):
        if figure.end < opening - 2:
            break
        if type(figure.quantity) is Money:
            return None  # (money in the clause, or right before it: the clause is that money's)
    return _work(_work_words(text[opening : lo - 1]))


def _topic_sentence_before(text: str, lo: int) -> str | None:
    """The work named by the sentence right before a full stop at ``lo - 1``, where that is a short topic with no
    figure and no comma (2.充实图书资源。投入460万元; its item's number left out)."""
    reach = max(0, lo - 1 - _WORK_REACH)
    opening = max(text.rfind(c, reach, lo - 1) for c in PART_ENDS) + 1
    if opening == 0 and reach > 0:
        return None  # (no break within reach: no short sentence)
    item = ITEM_HEADING.match(text, opening, lo)
    sentence = item.group("heading") if item is not None else text[opening : lo - 1]
    if NUMERIC_CHAR.search(sentence) or any(c in sentence for c in COMMAS):
        return None  # (no topic: figures, or a sentence of several clauses)
    return _work(_work_words(sentence))


def money_for(
    text: str,
    pre: str,
    floor: int,
    lo: int,
    clause_end: int,
    prior: Sequence[Figure],
    words_after: Callable[[str, int, int], str],
) -> str | None:
    """What money given by a money verb alone (``pre``: 投资, 投入资金…) paid for, where a clause says it: the clause
    after it opening with a verb of building or buying (投入300万元,建设标准化考场), else the work the clause of its
    sentence before names (加快推进农村学校食堂建设,投资2600万元), else the thing and work after it (为8所小学进行了
    操场硬化 -> 小学操场硬化), else a clause after it of another purpose (用于…, 着力改善…), else the short topic
    sentence before it (2.充实图书资源。投入460万元), else the clause after it whatever it says (``words_after``:
    the words a clause opens with, as the subject reader reads them after a figure)."""
    purpose, after = "", None
    if clause_end < len(text) and text[clause_end] in COMMAS:
        nxt = CLAUSE_END.search(text, clause_end + 1)
        after = (clause_end + 1, nxt.start() if nxt else len(text))  # (the clause after the figure's)
        purpose = subject_words(FIGURE.sub("", words_after(text, *after)))
        built = _UNDERTAKING.match(purpose) if purpose else None
        if built is not None and built.group("build") and not built.group("adverbs"):
            return pre + purpose
    before = _work_in_clause_before(text, floor, lo, prior) if lo > 2 and text[lo - 1] in COMMAS else None
    if before:
        return before + pre
    done_to = _DONE_TO.match(text, *after) if after is not None else None
    if done_to is not None and _WORK_DONE.search(done_to.group("work")):
        work = _work_words(done_to.group("object")) + _work_words(done_to.group("work"))
        if work:
            return work + pre
    if purpose and (_work(purpose) or _PURPOSE.match(purpose)):
        return pre + purpose
    topic = _topic_sentence_before(text, lo) if lo > 2 and text[lo - 1] in PERIODS else None
    if topic:
        return topic + pre
    return pre + purpose if purpose else None
