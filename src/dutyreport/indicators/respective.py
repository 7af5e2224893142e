"""The figures a 分别 'respectively' pairs one by one with what stands before it: the names listed before it
(小学、初中生均公用经费分别为720元、940元: 小学生均公用经费, 初中生均公用经费), or the figures stated before it,
whose changes follow (小学在校生8120人,初中在校生4630人,分别比上年增长2.4%和1.7%: 小学在校生增长, 初中在校生增长),
or, where no figures are stated before, the names listed before it, whose changes follow (小学、初中生均支出分别比上年
增长3.1%、4.2%: 小学生均支出增长, 初中生均支出增长).

The list after 分别 is figures joined by a list's joiners, nothing else; the pairing is made only where the count
of names (or of figures before) is read and fits. :mod:`dutyreport.indicators.subjects` asks it first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..lang.figures import FIGURE_MASKS
from ..lang.punctuation import COLONS, COMMAS, LIST_MARKS, PERIODS, SEMICOLONS
from ..lang.script import alternation, spellings
from ..lang.subjects import LIST_JOINERS, RESPECTIVE_LINKS, RESPECTIVE_OPENING
from ..model.report import IndicatorKind
from ..patterns import char_class
from .labels import item_measure
from .places import Figure
from .subject_edges import attribute_of, unmasked

__all__ = ["RESPECTIVE_FIRST", "respective_subject"]

_OPENINGS = tuple(spellings(RESPECTIVE_OPENING))  # (分别, 分別)
_WIDTH = len(RESPECTIVE_OPENING)
RESPECTIVE_FIRST = RESPECTIVE_OPENING[0]  # (what every spelling opens with: 分)
_REACH = 80  # how far before a figure its 分别 may stand (a list of a few figures)
_BREAKS = COMMAS + SEMICOLONS + PERIODS + COLONS + "\n"  # (what ends the clause a list stands in)
_JOINER_WORDS = frozenset(w for e in LIST_JOINERS for w in spellings(e.word))
_JOINERS = tuple(w for e in LIST_JOINERS for w in spellings(e.word) if w not in LIST_MARKS)  # (where no 、 lists)
_FIGURE_FIRST = "0-9０-９" + re.escape("".join(e.word for e in FIGURE_MASKS))
# a later figure of the list: a joiner, a figure's first character (a digit or a template's mask), the rest of it
# (a thousands comma in it, between a digit and three: 1,200人; not a clause's, 2780人,2021年…)
_LATER = re.compile(
    rf"\s*(?:{alternation(LIST_JOINERS)})\s*[{_FIGURE_FIRST}]"
    rf"(?:{char_class(''.join(sorted(_JOINER_WORDS)) + _BREAKS, negated=True)}"
    rf"|(?<=[0-9]){char_class(COMMAS)}(?=[0-9]{{3}}(?![0-9])))*"
)
_LINK = re.compile(rf"\s*(?:{alternation(RESPECTIVE_LINKS)})?\s*")
_NAME_LONGEST = 12  # (a listed name before the last: 小学, 公办幼儿园, 九年义务教育巩固率)
_TIME_WORD = 2  # (what a clause holding no names leaves at most: 上年, 去年)


def respective_subject(
    text: str,
    sentence_start: int,
    start: int,
    end: int,
    clause_end: int,
    prior: Sequence[Figure],
    change_words: re.Pattern[str],
    words_of: Callable[[str], str],
) -> str | None:
    """The subject of the figure at ``start`` where it is one of a list after 分别 that pairs with the names
    listed or the figures stated before it (None: it is none, or the pairing does not fit). ``change_words``
    matches the words of a change in full (比上年增长); ``words_of`` reads the words of a stretch as a subject's."""
    floor = sentence_start if sentence_start > start - _REACH else start - _REACH
    if text.rfind(RESPECTIVE_FIRST, floor, start) < 0:
        return None  # (most figures: no 分 in reach)
    mark = max(text.rfind(w, floor, start) for w in _OPENINGS)
    if mark < 0:
        return None
    after = mark + _WIDTH
    # the figures of the list before this one, each joined to the next by a joiner alone
    i, first = 0, start
    for f in reversed(prior):
        if f.start < after:
            break
        if text[f.end : first].strip() not in _JOINER_WORDS:
            return None
        i, first = i + 1, f.start
    if any(c in _BREAKS for c in text[after:first]):
        return None
    n = i + 1
    pos = end
    # (read to the list's end, not the clause's: a thousands comma, 1,300人, ends no list, though it ends a clause)
    list_end = min(len(text), end + _REACH)
    while (m := _LATER.match(text, pos, list_end)) is not None:
        n += 1
        pos = m.end()
    if n < 2:
        return None
    words = unmasked(text[after:first]).strip()
    if words and change_words.fullmatch(words):
        change = words_of(words)
        paired = _of_figures_before(prior, sentence_start, mark, n, i, change)
        if paired is None:  # 小学、初中分别比上年增长3.1%、4.2%: the change of each name listed before
            name = _of_names_before(text, sentence_start, mark, n, i, words_of)
            paired = attribute_of(name, change) if name else None
        return paired
    if _LINK.fullmatch(words):
        return _of_names_before(text, sentence_start, mark, n, i, words_of)
    return None


def _of_figures_before(
    prior: Sequence[Figure], sentence_start: int, mark: int, n: int, i: int, change: str
) -> str | None:
    """The change ``change`` of the ``i``-th of the last ``n`` figures stated before ``mark`` in the sentence."""
    stated: list[Figure] = []
    for f in reversed(prior):
        if f.start < sentence_start:
            break
        if f.start < mark and f.kind is not IndicatorKind.CHANGE:
            stated.append(f)
            if len(stated) == n:
                break
    if len(stated) < n:
        return None
    subject = stated[n - 1 - i].subject
    return attribute_of(subject, change) if subject else None


def _of_names_before(
    text: str, sentence_start: int, mark: int, n: int, i: int, words_of: Callable[[str], str]
) -> str | None:
    """The ``i``-th of the ``n`` names listed in the clause before ``mark``, with the measure the last one names;
    where that clause names none but a date or a word of time (2021年分别为…, 上年分别为…), those of the list
    before it in the sentence."""
    names, opening = _names(text, max(sentence_start, mark - _REACH), mark, words_of)
    if len(names) == 1 and len(names[0]) <= _TIME_WORD:
        floor = max(sentence_start, mark - _REACH)
        earlier = max(text.rfind(w, floor, opening) for w in _OPENINGS)
        if earlier >= 0:
            names, _ = _names(text, max(sentence_start, earlier - _REACH), earlier, words_of)
    if len(names) != n or any(not x or len(x) > _NAME_LONGEST for x in names[:-1]):
        return None
    if i == n - 1:
        return names[-1]
    measure = item_measure(names[-1], names[:-1])
    if measure:
        return names[i] + measure
    # names that are each a whole measure (入园率、覆盖率分别为…), or each a name with no measure named after the
    # list (小学、初中分别为95%、93%; 甲省、乙省分别为…): each figure's own
    return names[i]


def _names(text: str, floor: int, mark: int, words_of: Callable[[str], str]) -> tuple[list[str], int]:
    """The names listed in the clause before ``mark`` (with 、, or one joiner), and where that clause opens."""
    opening = max(max(text.rfind(c, floor, mark) for c in _BREAKS) + 1, floor)
    head = words_of(unmasked(text[opening:mark]))
    names = head.split(LIST_MARKS)
    if len(names) == 1:
        for joiner in _JOINERS:
            if head.count(joiner) == 1:
                names = head.split(joiner)
                break
    return names, opening
