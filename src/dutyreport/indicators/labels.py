"""The subject of a short label from what it stands under or beside: a head (幼儿园 under 公办学校), the figure a
bracket breaks down (高中4所(民办1所)), the noun of the figure before it (高中师生比…、初中为…).

:mod:`dutyreport.indicators.subjects` reads the words before a figure; where they are a label alone (a level, a
sector, a place), these put the label together with what it is a label of.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..lang.measures import AREA_WORDS, SECTOR_WORDS, STAGE_WORDS
from ..lang.punctuation import CLOSE_BRACKETS, OPEN_BRACKETS
from ..lang.script import alternation, either_pattern, spellings
from ..lang.subjects import CATEGORY_NOUNS, LEVEL_LINKS, LEVEL_WORDS, SCHOOL_ENDINGS, TOPIC_NOUNS
from ..model.quantities import Count, Quantity
from ..patterns import char_class

if TYPE_CHECKING:
    from .subjects import Figure

__all__ = [
    "LEVEL",
    "LEVEL_LAST",
    "bracket_parent",
    "breakdown_of",
    "compose",
    "item_measure",
    "level_after_link",
    "same_measure",
    "shared_noun",
]

LEVEL = re.compile(alternation(LEVEL_WORDS))  # a level word (小学, 普通高中): the readers of labels share it
_CATEGORY = re.compile(rf"(?:{alternation(CATEGORY_NOUNS)})$")
_SCHOOLISH = tuple(e.word for e in SCHOOL_ENDINGS)
# The last item of a head that lists its items before the measure (小学、初中、普通高等学校生均经费): a school
# noun, or a level word (the school noun first: 特殊教育学校 is not 特殊教育).
_ITEM_NAME = re.compile(either_pattern(rf"[\u4e00-\u9fff]{{1,6}}?(?:学校|学院|院校)|{alternation(LEVEL_WORDS)}"))
_ITEM_JOINERS = ("和", "及", "与")  # (where no 、 lists them)
# what a breakdown in brackets after a figure labels its parts with (高中4所(民办1所), 学校9所(其中小学5所))
_PART_LABEL = re.compile(rf"{alternation(SECTOR_WORDS, AREA_WORDS)}|(?P<level>{alternation(LEVEL_WORDS)})")
_LEVEL_END = re.compile(rf"(?:{alternation(LEVEL_WORDS)})$")  # (a subject that ends with its item's level)
_STAGE_END = re.compile(rf"(?:{alternation(STAGE_WORDS)})$")  # (中小学 ends with no level of its own)
_STAGE_LED = re.compile(alternation(STAGE_WORDS))  # (a head that opens with a stage of several levels: 中小学…)
# a subject that opens with a level, maybe after a place or a sector (高中师生比, 城区小学起始年级班额)
_LEVEL_LED = re.compile(rf"(?:{alternation(SECTOR_WORDS, AREA_WORDS)})?(?P<level>{alternation(LEVEL_WORDS)})")

# a measure's head, the word that links it to the first level of a list of standards, the level (补助标准为小学,
# 补助标准提高到小学: the figure after is the level's standard)
_LEVEL_AFTER_LINK = re.compile(
    rf"(?P<head>.{{2,}}?(?:{alternation(TOPIC_NOUNS)}).*?)(?:{alternation(LEVEL_LINKS)})(?P<level>{alternation(LEVEL_WORDS)})"
)
LEVEL_LAST = frozenset(w[-1] for e in LEVEL_WORDS for w in spellings(e.word))  # (what a level word ends with)


def level_after_link(words: str) -> tuple[str, str] | None:
    """``(level, head)`` where ``words`` are a measure's head, a link word and a level word (营养改善计划补助标准为小学:
    小学 of 营养改善计划补助标准), or None.

    >>> level_after_link("寄宿生生活补助标准提高到初中"), level_after_link("小学")
    (('初中', '寄宿生生活补助标准'), None)
    """
    if words[-1:] not in LEVEL_LAST:
        return None  # (most words end with no level word)
    found = _LEVEL_AFTER_LINK.fullmatch(words)
    return (found.group("level"), found.group("head")) if found else None


_SHORT_NAME = 2
# the last bracket that opens in a stretch (the greedy run gives way from its end back); a bracket that closes
_LAST_OPEN = re.compile(rf"(?s:.*){char_class(OPEN_BRACKETS)}")
_CLOSE = re.compile(char_class(CLOSE_BRACKETS))


def item_measure(last: str, names: Sequence[str]) -> str | None:
    """The measure the last item of a list of names goes on with after its own name, which the names before it
    share (小学、初中生均公用经费: 生均公用经费; 东、西片区: 片区), or None where none is read.

    >>> item_measure("初中生均公用经费", ["小学"]), item_measure("西片区", ["东"]), item_measure("初中", ["小学"])
    ('生均公用经费', '片区', None)
    """
    item = _ITEM_NAME.match(last)
    if item is not None and item.end() < len(last):
        # (names of levels or schools, as the last opens with: 巩固率、高中…毛入学率 lists whole measures)
        return last[item.end() :] if all(_ITEM_NAME.fullmatch(name) for name in names) else None
    widths = {len(name) for name in names}
    width = widths.pop() if len(widths) == 1 else 0
    # (names of a character or two that the last shares its ending with: 东、西片区, 城区、农村学校)
    return last[width:] if 0 < width <= _SHORT_NAME and len(last) - width >= _SHORT_NAME and item is None else None


def same_measure(a: Quantity, b: Quantity) -> bool:
    """Whether two figures count the same way (a kind of quantity, a measure word)."""
    return type(a) is type(b) and getattr(a, "unit", None) == getattr(b, "unit", None)


def compose(label: str, head: str) -> str:
    """A label under a head: 幼儿园 under 公办学校 is 公办幼儿园; 初中 under 生均…支出 is 初中生均…支出; 初中
    under 小学、初中、高中生均…支出 (a head naming its items before the measure) is 初中生均…支出.

    >>> compose("幼儿园", "公办学校"), compose("民办", "高中"), compose("初中", "小学、初中生均公用经费")
    ('公办幼儿园', '民办高中', '初中生均公用经费')

    A level under a head that opens with a stage of several levels takes the stage's place:

    >>> compose("初中", "中小学生均公用经费")
    '初中生均公用经费'
    """
    measure = _measure_after_items(label, head)
    if measure:
        return label + measure
    stage = _STAGE_LED.match(head) if LEVEL.fullmatch(label) else None
    if stage is not None and stage.end() < len(head):
        return label + head[stage.end() :]
    category = _CATEGORY.search(head)
    if category and (LEVEL.fullmatch(label) or label.endswith(_SCHOOLISH)):
        return _join(head[: category.start()], label)
    return _join(label, head)


def _measure_after_items(label: str, head: str) -> str | None:
    """The measure a head names after listing its items, where ``label`` is one of them (幼儿园、普通小学、普通
    高等学校生均经费 -> 生均经费 for 普通小学)."""
    last = head.rfind("、")
    if last < 0:
        last = max(head.rfind(j) for j in _ITEM_JOINERS)
    at = head.find(label) if last >= 0 else -1
    if not 0 <= at <= last + 1:
        return None
    item = _ITEM_NAME.match(head, last + 1)
    measure = head[item.end() :] if item else ""
    return measure if len(measure) >= 2 else None


def _join(a: str, b: str) -> str:
    """``a + b`` without repeating words where one ends as the other begins (各级各类 + 各类小学)."""
    for k in range(min(len(a), len(b)), 1, -1):
        if a.endswith(b[:k]):
            return a + b[k:]
    return a + b


def bracket_parent(
    text: str, sentence_start: int, start: int, prior: Sequence[Figure], quantity: Quantity
) -> Figure | None:
    """The figure (of ``prior``, the report's so far, one of its sentence's) a bracket still open before ``start``
    opened right after, where it counts as the figure at ``start`` does: 高中4所(民办1所), 幼儿园170所(公办55所,
    民办115所) break that figure down."""
    last_open = _LAST_OPEN.match(text, sentence_start, start)
    if last_open is None:
        return None
    opened = last_open.end() - 1
    if _CLOSE.search(text, opened, start) is not None:
        return None
    for figure in reversed(prior):
        if figure.start < sentence_start:
            return None  # (the sentence's figures are the last of the report's: a walk back, not a scan)
        if figure.end <= opened:
            gap = text[figure.end : opened]
            return figure if not gap.strip() and same_measure(figure.quantity, quantity) else None
    return None


def breakdown_of(
    text: str, sentence_start: int, start: int, prior: Sequence[Figure], quantity: Quantity, label: str
) -> tuple[str, str] | None:
    """``(label, head)`` where the label (a sector, a place, or a level) breaks down the figure a bracket opened
    right after (高中4所(民办1所): 民办 of 高中); a level only where that figure counts a category (学校9所(小学
    5所)), not where it names kinds (中小学73所(小学45所…))."""
    part = _PART_LABEL.fullmatch(label)
    if part is None:
        return None
    parent = bracket_parent(text, sentence_start, start, prior, quantity)
    if parent is None or not parent.subject:
        return None
    if part.lastgroup == "level" and not _CATEGORY.search(parent.subject):
        return None
    return label, parent.subject


def shared_noun(
    label: str, start: int, same: Sequence[Figure], quantity: Quantity, labels: dict[int, tuple[str, str]]
) -> str | None:
    """The subject of a level label that shares the noun of the figure before it of its measure (高中师生比为
    1:12.8、初中为1:13.2 -> 初中师生比), or None; ``labels``: the label and head each labelled figure was read
    with (this one's is added)."""
    prev_same = next((i for i in reversed(same) if same_measure(i.quantity, quantity)), None)
    if prev_same is None:
        return None
    head = labels[prev_same.start][1] if prev_same.start in labels else ""
    if not head:
        subject = prev_same.subject or ""
        if type(quantity) is Count and quantity.measure_word and subject.endswith(_SCHOOLISH):
            # 初级中学6所、小学12所; 特殊教育学校1所,幼儿园15所: counts of kinds of schools side by side, each
            # its own (小学 is no 小学初级中学, 幼儿园 no 幼儿园学校)
            return None
        ended = _LEVEL_END.search(subject)
        if ended and ended.start() > 1 and type(quantity) is not Count and not _STAGE_END.search(subject):
            # 寄宿生生活补助小学…元,初中…元: a measure's items (a count of schools lists kinds)
            labels[start] = (label, subject[: ended.start()])
            return subject[: ended.start()] + label
        # the level the subject before opens with gives way to this one, after a place or a sector
        # (城区小学起始年级班额…、初中… -> 城区初中起始年级班额); a bare level lends nothing
        led = _LEVEL_LED.match(subject)
        if led and led.end() < len(subject):
            labels[start] = (label, subject[led.end() :])
            return subject[: led.start("level")] + label + subject[led.end() :]
        head = "" if led else subject
    if head and not _CATEGORY.search(head):  # (中小学校x所,幼儿园x所: kinds of schools side by side)
        labels[start] = (label, head)
        return compose(label, head)
    return None
