"""What the words around a number say of it, beyond its own reading: the word before that takes its numeral into
itself (统一, 收拾), a verb that takes the figure as its object (突破3个方面的难题), 一起 that means 'together'
(与家长一起…), a slogan named whole (三个代表), a school named by its number (44中学), and a number of years that is
a duration or a length (连续九年, 受教育年限12年) rather than a date.

The quantity scan (:mod:`dutyreport.quantities.scan`) asks these of a number its grammar read; each reads the word
tables of :mod:`dutyreport.lang.traps` and :mod:`dutyreport.lang.numbers`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..lang.entry import Entry
from ..lang.figures import CHANGE_VERBS
from ..lang.numbers import DURATION_CUES, QUALIFIER_SUFFIXES, YEAR_LENGTH_NAMES
from ..lang.punctuation import CLAUSE_CLOSERS, COMMAS, PART_ENDS, RUN_STOPS
from ..lang.script import alternation, words_alternation
from ..lang.subjects import LEVEL_WORDS, LINKING_ENDS, TOTAL_WORDS
from ..lang.traps import (
    ADVERBS_OF_ONE,
    CASE_NOUNS,
    COMPANION_FALSE_FRIENDS,
    LEFT_TRAPS,
    LENGTH_THRESHOLD_LEADS,
    PREFIX_VERBS,
    SCHOOL_NUMBER_ENDS,
    SLOGAN_TAILS,
    SLOGANS,
    TOGETHER_COMPANIONS,
)
from .grammar import BARE_SCALES

__all__ = [
    "YEAR_LENGTH_NAME",
    "adverb_of_one",
    "chars_by_word",
    "duration_year",
    "left_trapped",
    "object_of_verb",
    "opens_line",
    "school_number",
    "slogan_spans",
    "split_run",
    "year_length",
]

# A slogan named whole (lang.traps.SLOGANS): after an opening quote, or before a stop, 的 or a slogan's tail (the
# words found by an alternation the engine skips along to, what stands around them read after).
_SLOGAN = re.compile(alternation(SLOGANS, either_script=False))
_SLOGAN_QUOTES = frozenset("“\"「『")
_SLOGAN_AFTER = re.compile(rf"[”\"」』，,。；;、：:\s]|$|的|(?:{alternation(SLOGAN_TAILS, either_script=False)})")



def chars_by_word(entries: Iterable[Entry[Any]]) -> dict[str, frozenset[str]]:
    """A table of (word, characters) rows as each word's characters, the rows of one word together.

    >>> rows = [Entry("统", "一", "统一"), Entry("收", "拾", "收拾"), Entry("统", "二", "统二")]
    >>> sorted(chars_by_word(rows)["统"])
    ['一', '二']
    """
    out: dict[str, frozenset[str]] = {}
    for e in entries:
        out[e.word] = out.get(e.word, frozenset()) | {str(e.value)}
    return out


# lang.traps.LEFT_TRAPS: the character before a numeral -> the numeral characters it takes into its word (统一, 收拾).
_LEFT_TRAPS = chars_by_word(LEFT_TRAPS)


def left_trapped(folded: str, start: int, num: str | None) -> bool:
    """Whether the numeral opening at ``start`` opens with a character the word before it takes (统一, 收拾).

    >>> left_trapped("统一规划", 1, "一"), left_trapped("新建一所", 2, "一")
    (True, False)
    """
    return start > 0 and num is not None and num[0] in _LEFT_TRAPS.get(folded[start - 1], ())


_PREFIX_VERBS = {e.word: e.value for e in PREFIX_VERBS}
_HAN = re.compile(r"[\u3400-\u9fff]")


def object_of_verb(folded: str, end: int, pre: str | None) -> bool:
    """Whether the qualifier ``pre`` is a verb whose object the figure ending at ``end`` opens (突破3个方面的难题).

    >>> object_of_verb("突破3个方面的难题", 4, "突破"), object_of_verb("突破3万人。", 5, "突破")
    (True, False)
    """
    followers = _PREFIX_VERBS.get(pre) if pre is not None else None
    return followers is not None and _HAN.match(folded, end) is not None and not folded.startswith(followers, end)


# lang.traps.ADVERBS_OF_ONE by measure word: the verbs after it (or after 来) that make 一 and it 'together'.
_ADVERBS_OF_ONE = {
    e.word[1:]: re.compile(f"来?(?:{words_alternation(e.value)})")
    for e in ADVERBS_OF_ONE
}


# lang.traps.TOGETHER_COMPANIONS by measure word: the words naming who does it along (与家长一起).
_COMPANIONS = {
    unit: frozenset(e.word for e in TOGETHER_COMPANIONS if "一" + unit in e.value)
    for unit in _ADVERBS_OF_ONE
}
_COMPANION_REACH = 10  # (how far before 一起 the companion may stand: one noun phrase)
_CLAUSE_CLOSING = frozenset(CLAUSE_CLOSERS) | frozenset("\n")
_NO_COMPANION = frozenset(e.word for e in COMPANION_FALSE_FRIENDS)  # (同时, 参与: two characters each)
_CASE_NOUN = re.compile(alternation(CASE_NOUNS))


def adverb_of_one(folded: str, start: int, end: int, unit: str) -> bool:
    """Whether 一 and ``unit`` from ``start`` to ``end`` are the adverb 'together' (一起来抓, 家校一起抓, 与家长一起…),
    not one case (一起火灾, 事故一起。): one of its verbs follows, right after it or after 来; or a companion word
    (与, 和; not inside a word such as 同时 or 参与) stands before it in its clause, not right before it, and the
    clause goes on after it, with no noun of a case (事故, 违规…) right after 一起.

    >>> adverb_of_one("与家长一起解决问题", 3, 5, "起"), adverb_of_one("发生事故一起。", 4, 6, "起")
    (True, False)
    """
    verbs = _ADVERBS_OF_ONE.get(unit)
    if verbs is None:
        return False  # (a measure word that makes no adverb with 一)
    if verbs.match(folded, end) is not None:
        return True
    companions = _COMPANIONS[unit]
    if not companions or end >= len(folded) or folded[end] in _CLAUSE_CLOSING or _CASE_NOUN.match(folded, end):
        return False  # (…一起。, 一起事故: one case)
    for at in range(start - 2, max(-1, start - 1 - _COMPANION_REACH), -1):
        c = folded[at]
        if c in _CLAUSE_CLOSING:
            return False
        if c in companions and not (folded[at - 1 : at + 1] in _NO_COMPANION or folded[at : at + 2] in _NO_COMPANION):
            return True
    return False


_SCHOOL_NUMBER_END = re.compile(alternation(SCHOOL_NUMBER_ENDS))
_SCHOOL_NUMBER_FIRSTS = frozenset(e.word[0] for e in SCHOOL_NUMBER_ENDS)
# A level's or a total's label right before the number (小学45中学12, 合计12中学…): a flattened table's cell, whose
# number is no school's name (after a colon, 高中:1中、2中, a list of schools' names opens).
_LABEL_BEFORE_NUMBER = re.compile(
    rf"(?:{alternation(LEVEL_WORDS)}|{alternation(SCHOOL_NUMBER_ENDS)}|{alternation(TOTAL_WORDS)})[ \t\u3000]*$"
)
_LABEL_REACH = 10

_DURATION_CUES = tuple(e.word for e in DURATION_CUES)
_DURATION_REACH = max(map(len, _DURATION_CUES))


def duration_year(folded: str, start: int) -> bool:
    """``连续九年`` is a figure; ``三年行动``, ``两年来``, ``从教30年`` are not (lang.numbers.DURATION_CUES).
    A cue read as the figure's qualifier opens the match itself (``近三年``: about three years).

    >>> duration_year("连续九年", 2), duration_year("三年行动", 0)
    (True, False)
    """
    before = folded[max(0, start - _DURATION_REACH) : start]
    return any(before.endswith(c) for c in _DURATION_CUES) or folded.startswith(_DURATION_CUES, start)


_YEAR_LENGTH_REACH = 24  # (how far back a sentence may name the length: a clause or two)
YEAR_LENGTH_NAME = re.compile(alternation(YEAR_LENGTH_NAMES))  # (受教育年限: a length in years is named)
_CHANGE_VERB = re.compile(alternation(CHANGE_VERBS))
_PART_END = re.compile(f"[{re.escape(PART_ENDS)}]")
_COMMA = re.compile(f"[{re.escape(COMMAS)}]")
# (a bound after a length and the 的 of a noun it qualifies: 满10年的教师, 20年以上的教师)
_BOUND_THEN_NOUN = re.compile(rf"(?:{alternation(QUALIFIER_SUFFIXES)})(?:{alternation(LINKING_ENDS)})")  # 20年以上的
_LINK_THEN_NOUN = re.compile(alternation(LINKING_ENDS))
_THRESHOLD_LEAD = re.compile(rf"(?:{alternation(LENGTH_THRESHOLD_LEADS)})[ \t\u3000]*$")  # 满10年的


def year_length(folded: str, start: int, end: int) -> bool:
    """``平均受教育年限达到12年`` and ``…，比上年增加2.1年`` are figures (lang.numbers.YEAR_LENGTH_NAMES): a length in
    years named before the number in its clause, or in its sentence where a verb of change leads the number's clause.
    A name opening with the 年 of a year is none (2021年数据), nor is a length that qualifies a noun after it, a
    threshold (任教年限满10年的教师, 教龄20年以上的教师).

    >>> year_length("平均受教育年限达到12年", 9, 12), year_length("任教年限满10年的教师", 5, 8)
    (True, False)
    """
    lo = max(0, start - _YEAR_LENGTH_REACH)
    name = None
    for found in YEAR_LENGTH_NAME.finditer(folded, lo, start):
        if not folded[found.start() - 1 : found.start()].isdigit():
            name = found  # (the last before the number)
    if name is None or _PART_END.search(folded, name.end(), start):
        return False  # (no name of a length in years in the sentence before the number)
    if _BOUND_THEN_NOUN.match(folded, end) or (
        _LINK_THEN_NOUN.match(folded, end) and _THRESHOLD_LEAD.search(folded, max(0, start - 4), start)
    ):
        return False  # (a threshold of whom the noun after it names)
    commas = [m.end() for m in _COMMA.finditer(folded, name.end(), start)]
    return not commas or _CHANGE_VERB.search(folded, commas[-1], start) is not None


def school_number(folded: str, start: int, end: int, num: str) -> bool:
    """Whether the whole number from ``start`` to ``end`` names a school with the word after it (44中学, 7小), not a
    cell after a level's or a total's label (小学45中学12).

    >>> school_number("市44中学", 1, 3, "44"), school_number("小学45中学12", 2, 4, "45")
    (True, False)
    """
    return (
        folded[end : end + 1] in _SCHOOL_NUMBER_FIRSTS
        and "." not in num
        and _SCHOOL_NUMBER_END.match(folded, end) is not None
        and not _LABEL_BEFORE_NUMBER.search(folded, max(0, start - _LABEL_REACH), start)
    )


def slogan_spans(folded: str) -> list[tuple[int, int]]:
    """The spans of the slogans named whole (lang.traps.SLOGANS): after an opening quote, or before a stop, 的 or a
    slogan's tail (三个代表重要思想; 四个服务中心 counts its centres).

    >>> slogan_spans("践行“三个代表”重要思想"), slogan_spans("建成四个服务中心")
    ([(3, 7)], [])
    """
    return [
        m.span()
        for m in _SLOGAN.finditer(folded)
        if folded[m.start() - 1 : m.start()] in _SLOGAN_QUOTES or _SLOGAN_AFTER.match(folded, m.end())
    ]


# A number a preview set on a line of its own, inside a sentence its lines cut into runs.
_OPENS_LINE = re.compile(r"(?:^|\n)[ \t\u3000\xa0]*$")
_RUN_GOES_ON = frozenset(CLAUSE_CLOSERS)  # (what follows the unit where the sentence goes on)
_LINKS = frozenset(e.word for e in LINKING_ENDS)  # (的 after the unit: the figure qualifies the noun after it)
_BOUND_END = re.compile(rf"(?:{alternation(QUALIFIER_SUFFIXES)})$")
_RUN_BEFORE_STOPS = frozenset(RUN_STOPS)  # (what ends a sentence's run on the line before a number)


def split_run(folded: str, start: int, end: int) -> bool:
    """A number on a line of its own inside a sentence a preview cut into runs, one a line (…有学校\n120\n所,在校…):
    the line before stops mid-sentence, and the sentence's punctuation follows the unit, or 的 does (4\n元的营养餐),
    or a scale word opens the unit's line (10.9\n万名学生). (A year set so is a date, read apart.)

    >>> text = "全县现有\\n10.9\\n万名学生"
    >>> split_run(text, 5, 12), opens_line(text, 5)
    (True, True)
    """
    if end >= len(folded):
        return False
    if folded[end] not in _RUN_GOES_ON and folded[end] not in _LINKS:
        unit_line = folded.rfind("\n", start, end) + 1
        if (
            folded[unit_line : unit_line + 1] not in BARE_SCALES
            or end - unit_line < 2
            or _BOUND_END.search(folded, unit_line, end)
        ):
            # (the unit alone on its line, a table's cells one a line, before a word: 12\n所属单位; a scale word with
            # no unit after it, opening a word: 1\n万州区…; or a table's label naming a class by its bound:
            # 9\n万元以上设备数)
            return False
    line = folded.rfind("\n", max(0, start - 8), start)
    return line > 0 and not folded[line - 1].isspace() and folded[line - 1] not in _RUN_BEFORE_STOPS


def opens_line(folded: str, start: int) -> bool:
    """Whether only white space stands between the line's start and ``start``."""
    return _OPENS_LINE.search(folded, max(0, start - 8), start) is not None or start == 0
